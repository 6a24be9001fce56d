import { createHash } from 'node:crypto';

/** How long a renewal's answer is given again to a request that sent the same refresh token. */
export const REFRESH_GRACE_MS = 20_000;

/**
 * One renewal per refresh token. A refresh token is single-use: the ledger ends the whole session when one comes
 * back a second time (a stolen copy). Two tabs of one browser can send the same token at once; the second is given
 * the first one's answer (the same new cookies) instead of reaching the ledger, for a few seconds. Tokens are kept
 * hashed, and for no longer than that.
 */
export class RefreshOnce<T> {
  private readonly recent = new Map<string, { answer: Promise<T>; at: number }>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly graceMs = REFRESH_GRACE_MS,
  ) {}

  run(refreshToken: string, renew: () => Promise<T>): Promise<T> {
    this.forgetOld();
    const key = createHash('sha256').update(refreshToken).digest('base64url');
    const known = this.recent.get(key);
    if (known) return known.answer;
    const answer = renew();
    this.recent.set(key, { answer, at: this.now() });
    // A renewal that failed outright (not refused: the engine threw) may be tried again at once.
    answer.catch(() => this.recent.delete(key));
    return answer;
  }

  /** How many renewals are remembered (for tests). */
  get size(): number {
    return this.recent.size;
  }

  private forgetOld(): void {
    const oldest = this.now() - this.graceMs;
    for (const [key, entry] of this.recent) {
      if (entry.at >= oldest) break; // insertion order is time order
      this.recent.delete(key);
    }
  }
}
