import { readFileSync } from 'node:fs';

/** The resident set size of a process in MB, from /proc (Linux); null where it cannot be read. */
export function rssMb(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Samples the processes' resident memory every `everyMs` and keeps each one's peak, until stopped. */
export class PeakMemory {
  private readonly peaks = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly processes: ReadonlyMap<string, number>,
    everyMs = 250,
  ) {
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
    this.sample();
  }

  sample(): void {
    for (const [name, pid] of this.processes) {
      const mb = rssMb(pid);
      if (mb !== null) this.peaks.set(name, Math.max(this.peaks.get(name) ?? 0, mb));
    }
  }

  stop(): Map<string, number> {
    clearInterval(this.timer);
    this.sample();
    return new Map(this.peaks);
  }
}
