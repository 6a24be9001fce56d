/**
 * Each process's heap limits, in MB: the old generation's, and the young generation's semi-space.
 *
 * Without an old-generation limit, V8 lets a busy process's heap grow towards its default (about 2 GB here)
 * before collecting hard, so that twenty clients pushed the gateways and the rating service past 300 MB
 * resident (rating past 550 MB in a district preview). With these limits every process stays under 300 MB at
 * M scale, a rating run over a district of 30,000 members included.
 *
 * Under a small old-generation limit V8 collects the old generation more often as the heap nears it, so that
 * every short-lived object promoted there costs more. A larger young generation lets fewer of them get there:
 * recording batches of 40 entries, the ledger used 33 ms of CPU a batch with the old-generation limit alone and
 * 27–30 with a 32 MB semi-space (the default is 16; BENCHMARKS.md). The rating service holds a district's
 * scores and results during a preview, so its old generation is kept smaller to leave room for the young one.
 */
export const HEAP_LIMIT_MB = {
  scheme: { old: 96, semi: null },
  ledger: { old: 192, semi: 32 },
  rating: { old: 160, semi: 16 },
  gateway: { old: 160, semi: 16 },
} as const;

export type LimitedProcess = keyof typeof HEAP_LIMIT_MB;

/** The Node options that start a process with its limits. */
export function heapArgs(name: LimitedProcess): string[] {
  const { old, semi } = HEAP_LIMIT_MB[name];
  return [`--max-old-space-size=${old}`, ...(semi === null ? [] : [`--max-semi-space-size=${semi}`])];
}
