import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import {
  INTERNAL_TOKEN_HEADER,
  Logger,
  mintInternalToken,
  PeerUrls,
  SESSION_TTL_SECONDS,
  systemCaller,
} from '@jifen/kit';

/** The ledger's answer at POST /internal/ended-sessions (services/ledger/src/identity/session-endings.ts). */
export interface EndedSessionsAnswer {
  feed: string;
  version: number;
  at: string;
  sessions: { id: string; endedAt: string }[];
}

/** What the gateway asks: what ended since its last answer, held open up to `waitMs` when it holds the ledger's current version. */
export interface EndedSessionsQuestion {
  since?: string;
  feed?: string;
  version?: number;
  waitMs: number;
}

export type AskLedger = (question: EndedSessionsQuestion, signal: AbortSignal) => Promise<EndedSessionsAnswer>;

export const SESSION_CHECK = {
  /** How long the ledger may hold a feed request open with no news. */
  waitMs: 20_000,
  /** No answer from the ledger for this long: session tokens are refused (503) until one comes. */
  staleAfterMs: 60_000,
  /** A catch-up (after a revoking operation, or when the list went stale) gives up after this long. */
  catchUpTimeoutMs: 3_000,
  /** Pauses between failed feed requests: short, so that a restarted ledger is heard from within a second or two. */
  retryMs: [250, 500, 1_000, 2_000] as readonly number[],
  /** An answer with no news that came back sooner than this is followed by a pause of as long. */
  minQuietAnswerMs: 1_000,
  /** An ended session is kept until no access token of it can still be valid, with this margin for clock skew. */
  keepMarginMs: 60_000,
} as const;

/**
 * - LIVE: not known to have ended, and the list is fresh;
 * - ENDED: logged out, its password changed or reset, its account disabled, its refresh token reused, its member
 *   transferred, its organisation moved;
 * - UNCHECKED: the ledger has not answered for longer than `staleAfterMs`: the list cannot be trusted.
 */
export type SessionVerdict = 'LIVE' | 'ENDED' | 'UNCHECKED';

/**
 * The sessions that ended while access tokens of theirs may still be valid, as the gateway knows them with no call
 * per request: fed by the ledger (a long-poll it answers as soon as a commit ends sessions, with catch-up from the
 * last answer's time after any gap, and everything ended within a token's lifetime on the first call), and brought
 * up to date before the answer of any operation that may end sessions is sent (sign-in-plugin.ts), so that the
 * very next request through this gateway is judged on it.
 *
 * Failure mode: only the ledger ends sessions, so while it cannot answer nothing new ends there, and the list is
 * kept for `staleAfterMs` (60 s) after the last answer; past that every session token is refused (fail closed) until
 * the ledger answers again. A catch-up that fails after a revoking operation makes the list stale at once.
 */
export class EndedSessions {
  private readonly ended = new Map<string, number>();
  private lastAnswerAt = -Infinity;
  private cursor: Omit<EndedSessionsQuestion, 'waitMs'> = {};
  private started = false;
  private readonly stopping = new AbortController();

  constructor(
    private readonly ask: AskLedger,
    private readonly now: () => number = Date.now,
    private readonly logger?: Logger,
  ) {}

  /** The verdict from what is known now; starts the feed on first use. */
  verdict(sessionId: string): SessionVerdict {
    if (!this.started) this.start();
    if (this.ended.has(sessionId)) return 'ENDED';
    return this.now() - this.lastAnswerAt <= SESSION_CHECK.staleAfterMs ? 'LIVE' : 'UNCHECKED';
  }

  /** The verdict, asking the ledger once first when the list is stale (the gateway's first request, or after an outage). */
  async check(sessionId: string): Promise<SessionVerdict> {
    const known = this.verdict(sessionId);
    if (known !== 'UNCHECKED') return known;
    await this.catchUp();
    return this.verdict(sessionId);
  }

  /**
   * Asks the ledger now, not waiting, for what ended since the feed's last answer. Called after an operation that
   * may end sessions has been answered by the ledger, so the sessions it ended are committed and are read here.
   * A failure marks the list stale (session tokens are refused until the ledger answers again).
   */
  async catchUp(): Promise<boolean> {
    if (this.stopping.signal.aborted) return false;
    try {
      this.take(await this.asking({ since: this.cursor.since, waitMs: 0 }, SESSION_CHECK.catchUpTimeoutMs));
      return true;
    } catch {
      this.lastAnswerAt = -Infinity;
      return false;
    }
  }

  /** Starts the long-poll loop (once). */
  start(): void {
    if (this.started || this.stopping.signal.aborted) return;
    this.started = true;
    void this.follow();
  }

  /** Ends the loop and any request under way. */
  stop(): void {
    this.stopping.abort();
  }

  /** How many ended sessions are held (for tests and logs). */
  get size(): number {
    return this.ended.size;
  }

  private async follow(): Promise<void> {
    let failures = 0;
    while (!this.stopping.signal.aborted) {
      try {
        const asked = this.cursor;
        const startedAt = this.now();
        const answer = await this.asking({ ...asked, waitMs: SESSION_CHECK.waitMs }, SESSION_CHECK.waitMs + 10_000);
        this.take(answer);
        this.cursor = { since: answer.at, feed: answer.feed, version: answer.version };
        if (failures > 0) this.logger?.info('ended-sessions feed answers again', { failures });
        failures = 0;
        // A ledger that answers "nothing new" without waiting must not be asked again in a tight loop.
        const noNews = answer.feed === asked.feed && answer.version === asked.version;
        if (noNews && this.now() - startedAt < SESSION_CHECK.minQuietAnswerMs)
          await this.pause(SESSION_CHECK.minQuietAnswerMs);
      } catch (error) {
        if (this.stopping.signal.aborted) return;
        if (failures === 0)
          this.logger?.warn(
            'ended-sessions feed unreachable: session tokens are refused 60 s after its last answer until it answers',
            { error: String(error) },
          );
        const pause = SESSION_CHECK.retryMs[Math.min(failures, SESSION_CHECK.retryMs.length - 1)];
        failures += 1;
        await this.pause(pause);
      }
    }
  }

  /** One question, given up after `timeoutMs` or when the list is stopped (its listener on the stop signal removed after). */
  private async asking(question: EndedSessionsQuestion, timeoutMs: number): Promise<EndedSessionsAnswer> {
    const controller = new AbortController();
    const abort = () => controller.abort();
    const timer = setTimeout(abort, timeoutMs);
    this.stopping.signal.addEventListener('abort', abort);
    try {
      return await this.ask(question, controller.signal);
    } finally {
      clearTimeout(timer);
      this.stopping.signal.removeEventListener('abort', abort);
    }
  }

  private take(answer: EndedSessionsAnswer): void {
    const now = this.now();
    const keepMs = SESSION_TTL_SECONDS * 1000 + SESSION_CHECK.keepMarginMs;
    for (const session of answer.sessions) {
      const forgetAt = Date.parse(session.endedAt) + keepMs;
      if (forgetAt > now) this.ended.set(session.id, forgetAt);
    }
    for (const [id, forgetAt] of this.ended) if (forgetAt <= now) this.ended.delete(id);
    this.lastAnswerAt = now;
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.stopping.signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.stopping.signal.addEventListener('abort', done);
    });
  }
}

/**
 * Asks the ledger's feed over HTTP, as the platform itself. node:http rather than fetch: an aborted fetch (Node 20's
 * undici) leaves its connection open until the ledger answers, which kept a stopping ledger waiting out the long-poll;
 * an aborted node:http request closes its socket at once. One connection per question (they are few: one per news,
 * one per 20 s, one per revoking operation), so none is left idle when either side stops.
 */
export function askLedgerOverHttp(urls: PeerUrls, tokenSecret: string, now: () => number = Date.now): AskLedger {
  return (question, signal) =>
    new Promise((resolve, reject) => {
      const token = mintInternalToken(tokenSecret, { ...systemCaller, subject: 'gateway' }, randomUUID(), now());
      const body = JSON.stringify(question);
      const url = new URL('/internal/ended-sessions', urls.ledger);
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const request = send(
        url,
        {
          method: 'POST',
          agent: false,
          signal,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            [INTERNAL_TOKEN_HEADER]: token,
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            try {
              const answer = JSON.parse(Buffer.concat(chunks).toString('utf8')) as EndedSessionsAnswer;
              if (response.statusCode !== 200 || !Array.isArray(answer?.sessions) || typeof answer.at !== 'string')
                throw new Error(`ended-sessions feed answered ${response.statusCode}`);
              resolve(answer);
            } catch (error) {
              reject(error);
            }
          });
        },
      );
      request.on('error', reject);
      request.end(body);
    });
}
