import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { collectScoredCases, ScoredCase } from '../../../services/rules/src/templates/template-test-kit';

const TEMPLATES = resolve(__dirname, '../../../services/rules/src/templates');

type Fn = (...args: unknown[]) => unknown;

/**
 * Runs every template's table tests (their own assertions on the engine included) with `it` and
 * `describe` collected here instead of registered, so that each member they score is known.
 */
export function collectTableCases(): ScoredCase[] {
  const bodies: Fn[] = [];
  const globals = globalThis as unknown as Record<string, unknown>;
  const saved = { it: globals.it, test: globals.test, describe: globals.describe };
  const it = Object.assign((_: string, fn: Fn) => void bodies.push(fn), {
    each: (table: unknown[]) => (_: string, fn: Fn) =>
      table.forEach((row) => bodies.push(() => fn(...(Array.isArray(row) ? row : [row])))),
  });
  const describe = (_: string, fn: Fn) => fn();
  Object.assign(globals, { it, test: it, describe });
  try {
    for (const file of readdirSync(TEMPLATES).filter((f) => f.endsWith('.template.test.ts'))) {
      // Each table test is loaded synchronously in its own module registry, which only require() does.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      jest.isolateModules(() => require(join(TEMPLATES, file)));
    }
  } finally {
    Object.assign(globals, saved);
  }
  return collectScoredCases(() => bodies.forEach((body) => body()));
}

export type { ScoredCase };
