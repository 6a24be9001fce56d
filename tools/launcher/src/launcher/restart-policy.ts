/**
 * When the supervisor restarts a process that died, and when it gives up.
 *
 * The first restart comes quickly (an OOM crash or a kill should cost callers a second or two), later ones
 * further apart so that a process that dies at once does not spin; a process that stayed up a while starts
 * the sequence again. One that cannot even start again (its port taken, the database gone, a broken build)
 * is not retried forever: the launcher stops and says which and why.
 */
export interface RestartPolicy {
  /** Delay before the first restart; each further one doubles it. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** A process up this long since it was ready counts as healthy: its next restart is a first one again. */
  stableAfterMs: number;
  /** This many failed starts (exited or timed out before ready) within `failureWindowMs` make the launcher give up. */
  maxFailedStarts: number;
  failureWindowMs: number;
}

export const RESTART_POLICY: RestartPolicy = {
  firstDelayMs: 500,
  maxDelayMs: 10_000,
  stableAfterMs: 30_000,
  maxFailedStarts: 5,
  failureWindowMs: 60_000,
};

/** The delay before restart number `attempt` (1 for the first): 0.5 s, 1 s, 2 s, 4 s, 8 s, 10 s, 10 s … */
export function restartDelayMs(attempt: number, policy: RestartPolicy = RESTART_POLICY): number {
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.max(0, attempt - 1));
}

/** The failed starts still inside the window at `now`, and whether there are enough of them to give up. */
export function judgeFailedStarts(
  failedAt: number[],
  now: number,
  policy: RestartPolicy = RESTART_POLICY,
): { recent: number[]; giveUp: boolean } {
  const recent = failedAt.filter((at) => now - at < policy.failureWindowMs);
  return { recent, giveUp: recent.length >= policy.maxFailedStarts };
}

/** "0.5 秒", "2 秒" */
export function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} 秒`;
}
