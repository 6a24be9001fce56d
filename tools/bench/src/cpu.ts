import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * The CPU a process has used so far (user + system), in ms, from /proc (Linux); with `reaped`, also that of its
 * children that have ended and been waited for. Null where it cannot be read.
 */
export function cpuMs(pid: number, reaped = false): number | null {
  try {
    // The fields after the command name, which may hold spaces and ends with ')'.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ').map(Number);
    const ticks = fields[11] + fields[12] + (reaped ? fields[13] + fields[14] : 0);
    return (ticks * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** The processes whose command starts with `prefix` (PostgreSQL's backends: postgres). */
function processesNamed(prefix: string): number[] {
  try {
    return readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .map(Number)
      .filter((pid) => {
        try {
          return readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith(prefix);
        } catch {
          return false;
        }
      });
  } catch {
    return [];
  }
}

/**
 * CPU used by each named process, and by every PostgreSQL process on this machine together, between two
 * readings: what a request costs each part of the platform, whatever the parts run at once.
 */
export class CpuMeter {
  constructor(private readonly processes: ReadonlyMap<string, number>) {}

  reading(): Map<string, number> {
    const used = new Map<string, number>();
    for (const [name, pid] of this.processes) {
      const ms = cpuMs(pid);
      if (ms !== null) used.set(name, ms);
    }
    // Backends and autovacuum workers come and go: the ones that ended count in the postmaster's reaped children.
    const postgres = processesNamed('postgres')
      .map((pid) => cpuMs(pid, true))
      .filter((ms): ms is number => ms !== null);
    if (postgres.length > 0)
      used.set(
        'postgres',
        postgres.reduce((a, b) => a + b, 0),
      );
    return used;
  }
}

/** Each part's CPU per request between two readings, in ms (parts missing from either reading left out). */
export function cpuPerRequest(
  before: ReadonlyMap<string, number>,
  after: ReadonlyMap<string, number>,
  requests: number,
): Record<string, number> {
  const result: Record<string, number> = {};
  if (requests <= 0) return result;
  for (const [name, ms] of after) {
    const start = before.get(name);
    if (start !== undefined) result[name] = (ms - start) / requests;
  }
  return result;
}
