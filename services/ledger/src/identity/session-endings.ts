import { SESSION_TTL_SECONDS } from '@jifen/kit';
import { randomUUID } from 'node:crypto';

/**
 * What the gateway asks the ledger's `ended-sessions` feed (POST /internal/ended-sessions): the sessions ended since
 * `since` (the `at` of its previous answer), waiting up to `waitMs` for news when it already holds this copy's
 * `version` of the feed `feed`.
 */
export interface EndedSessionsRequest {
  since: Date | null;
  feed: string | null;
  version: number | null;
  waitMs: number;
}

export interface EndedSessionsAnswer {
  /** This ledger process: a new id after a restart, so that a gateway asking with the old one is answered at once. */
  feed: string;
  /** Counts the commits that ended sessions in this process; the gateway sends it back to wait for the next one. */
  version: number;
  /** When this answer was read: the gateway's `since` next time. */
  at: string;
  sessions: { id: string; endedAt: string }[];
}

export const ENDED_SESSIONS_FEED = {
  /** The longest a feed request is held open with no news. */
  maxWaitMs: 25_000,
  /**
   * Each answer reaches this far back before `since`: a session's `ended_at` is taken when the request that ended it
   * began, a little before its transaction committed (a password hashed in between), so a row can become visible
   * after an answer that read past its time. Sessions are answered again within this overlap; the gateway's set
   * does not mind.
   */
  overlapMs: 60_000,
} as const;

/** From when an answer reads ended sessions: since the last answer (with the overlap), never before a live access token could have been issued. */
export function feedWindowStart(since: Date | null, now: Date): Date {
  const oldest = now.getTime() - SESSION_TTL_SECONDS * 1000 - ENDED_SESSIONS_FEED.overlapMs;
  if (since === null) return new Date(oldest);
  return new Date(Math.max(since.getTime() - ENDED_SESSIONS_FEED.overlapMs, oldest));
}

/** The feed's request from an internal call's body; anything malformed reads as "everything, now". */
export function endedSessionsRequest(body: unknown): EndedSessionsRequest {
  const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const since = typeof input.since === 'string' ? new Date(input.since) : null;
  const waitMs =
    typeof input.waitMs === 'number' && Number.isFinite(input.waitMs)
      ? Math.min(Math.max(input.waitMs, 0), ENDED_SESSIONS_FEED.maxWaitMs)
      : 0;
  return {
    since: since && !Number.isNaN(since.getTime()) ? since : null,
    feed: typeof input.feed === 'string' ? input.feed : null,
    version: typeof input.version === 'number' ? input.version : null,
    waitMs,
  };
}

/**
 * Tells the gateway which sessions ended, so that their access tokens (which it checks with no database call) stop
 * at once. The services that end sessions call `ended()` after their transaction has committed; a feed request
 * waiting for news is then answered within the same tick. A second ledger process would not hear another's
 * `ended()`: its waiting requests learn at the end of their wait (25 s), or sooner with PostgreSQL's LISTEN/NOTIFY
 * in place of this in-process signal.
 */
export class SessionEndings {
  readonly feedId = randomUUID();
  private version = 0;
  private readonly waiters = new Set<() => void>();

  constructor(
    private readonly readEnded: (from: Date) => Promise<{ id: string; endedAt: Date }[]>,
    private readonly clock: () => Date,
  ) {}

  /** After a commit that ended one or more sessions. */
  ended(): void {
    this.version += 1;
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }

  async answer(request: EndedSessionsRequest): Promise<EndedSessionsAnswer> {
    if (request.feed === this.feedId && request.version === this.version && request.waitMs > 0)
      await this.news(request.waitMs);
    // The version before the read: a commit between the two is answered again at the next request, never lost.
    const version = this.version;
    const now = this.clock();
    const sessions = await this.readEnded(feedWindowStart(request.since, now));
    return {
      feed: this.feedId,
      version,
      at: now.toISOString(),
      sessions: sessions.map((s) => ({ id: s.id, endedAt: new Date(s.endedAt).toISOString() })),
    };
  }

  /** Resolves at the next `ended()`, or after `ms`. */
  private news(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      timer.unref();
      this.waiters.add(wake);
    });
  }
}

/** What a service that may end sessions (a member moved, a subtree moved) needs: the clock sessions run on, and whom to tell after the commit. */
export interface SessionClock {
  now: () => Date;
  ended: () => void;
}
