/**
 * Each process's old-generation heap limit, in MB. Without one, V8 lets a busy process's heap grow towards
 * its default limit (about 2 GB here) before collecting hard, so that twenty clients pushed the gateways and
 * the rating service past 300 MB resident (rating past 550 MB in a district preview). With these, every process
 * stays under 300 MB at M scale, a rating run over a district of 30,000 members included; collecting more often
 * costs 5–10 % more CPU on reads and 10–15 % on a district preview (BENCHMARKS.md).
 */
export const HEAP_LIMIT_MB = {
  scheme: 96,
  ledger: 192,
  rating: 192,
  gateway: 160,
} as const;

export type LimitedProcess = keyof typeof HEAP_LIMIT_MB;

/** The Node options that start a process with its limit. */
export function heapArgs(name: LimitedProcess): string[] {
  return [`--max-old-space-size=${HEAP_LIMIT_MB[name]}`];
}
