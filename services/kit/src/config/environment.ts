/**
 * One validated configuration per process. Every variable a process reads is declared here as a
 * spec; `readEnvironment` checks them all at start-up and reports every problem at once.
 * Nothing else in the code base reads `process.env`.
 */
export interface VariableSpec<T> {
  readonly name: string;
  readonly description: string;
  /** Shown in the README table; `undefined` means the variable is required or optional without default. */
  readonly defaultText?: string;
  readonly parse: (raw: string | undefined) => T;
}

export class EnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置有误 (configuration is invalid):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Specs = Record<string, VariableSpec<unknown>>;
export type EnvironmentOf<S extends Specs> = { [K in keyof S]: S[K] extends VariableSpec<infer T> ? T : never };

export function readEnvironment<S extends Specs>(specs: S, env: NodeJS.ProcessEnv = process.env): EnvironmentOf<S> {
  const problems: string[] = [];
  const result: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(specs)) {
    try {
      result[key] = spec.parse(emptyToUndefined(env[spec.name]));
    } catch (error) {
      problems.push(`${spec.name}: ${(error as Error).message}`);
    }
  }
  if (problems.length > 0) throw new EnvironmentError(problems);
  return result as EnvironmentOf<S>;
}

function emptyToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** A duration in milliseconds, a whole number from 1 ms to an hour. */
export function millisecondsVariable(name: string, description: string, fallback: number): VariableSpec<number> {
  return {
    name,
    description,
    defaultText: String(fallback),
    parse: (raw) => {
      if (raw === undefined) return fallback;
      const value = Number(raw);
      if (!/^\d+$/.test(raw) || value < 1 || value > 3_600_000)
        throw new Error(`应为 1 到 3600000 之间的毫秒数，收到 "${raw}"`);
      return value;
    },
  };
}

export function portVariable(name: string, description: string, fallback: number): VariableSpec<number> {
  return {
    name,
    description,
    defaultText: String(fallback),
    parse: (raw) => {
      if (raw === undefined) return fallback;
      const port = Number(raw);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error(`端口必须是 0 到 65535 的整数，收到 "${raw}"`);
      return port;
    },
  };
}

export function stringVariable(name: string, description: string, fallback: string): VariableSpec<string>;
export function stringVariable(name: string, description: string): VariableSpec<string | undefined>;
export function stringVariable(name: string, description: string, fallback?: string): VariableSpec<string | undefined> {
  return { name, description, defaultText: fallback, parse: (raw) => raw ?? fallback };
}

export function urlVariable(name: string, description: string, protocols: string[]): VariableSpec<string | undefined> {
  return {
    name,
    description,
    parse: (raw) => {
      if (raw === undefined) return undefined;
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        throw new Error(`不是有效的地址："${raw}"`);
      }
      if (!protocols.includes(url.protocol))
        throw new Error(`地址协议应为 ${protocols.join(' 或 ')}，收到 "${url.protocol}"`);
      return raw;
    },
  };
}

export function enumVariable<T extends string>(
  name: string,
  description: string,
  values: readonly T[],
  fallback: T,
): VariableSpec<T> {
  return {
    name,
    description,
    defaultText: fallback,
    parse: (raw) => {
      if (raw === undefined) return fallback;
      if (!(values as readonly string[]).includes(raw))
        throw new Error(`取值应为 ${values.join(' / ')} 之一，收到 "${raw}"`);
      return raw as T;
    },
  };
}
