import { SESSION_TTL_SECONDS } from '@jifen/kit';
import { ENDED_SESSIONS_FEED, endedSessionsRequest, feedWindowStart, SessionEndings } from './session-endings';

const now = new Date('2026-11-21T08:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('the feed of ended sessions', () => {
  it('reads back as far as a live access token can reach, and from the last answer with an overlap', () => {
    const lifetime = SESSION_TTL_SECONDS * 1000 + ENDED_SESSIONS_FEED.overlapMs;
    expect(feedWindowStart(null, now)).toEqual(ago(lifetime));
    expect(feedWindowStart(ago(5_000), now)).toEqual(ago(5_000 + ENDED_SESSIONS_FEED.overlapMs));
    expect(feedWindowStart(ago(3_600_000), now)).toEqual(ago(lifetime));
  });

  it('reads a malformed request as "everything, now"', () => {
    expect(endedSessionsRequest(null)).toEqual({ since: null, feed: null, version: null, waitMs: 0 });
    expect(endedSessionsRequest({ since: 'soon', version: '3', waitMs: 1e12 })).toEqual({
      since: null,
      feed: null,
      version: null,
      waitMs: ENDED_SESSIONS_FEED.maxWaitMs,
    });
    expect(endedSessionsRequest({ since: now.toISOString(), feed: 'f', version: 2, waitMs: -5 })).toEqual({
      since: now,
      feed: 'f',
      version: 2,
      waitMs: 0,
    });
  });

  it('answers at once a gateway that does not hold its version, and holds one that does until a session ends', async () => {
    const rows = [{ id: 's1', endedAt: ago(1_000) }];
    const reads: Date[] = [];
    const endings = new SessionEndings(
      async (from) => {
        reads.push(from);
        return rows;
      },
      () => now,
    );
    const first = await endings.answer({ since: null, feed: null, version: null, waitMs: 20_000 });
    expect(first).toEqual({
      feed: endings.feedId,
      version: 0,
      at: now.toISOString(),
      sessions: [{ id: 's1', endedAt: ago(1_000).toISOString() }],
    });

    let answered = false;
    const waiting = endings.answer({ since: now, feed: endings.feedId, version: 0, waitMs: 20_000 }).then((answer) => {
      answered = true;
      return answer;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(answered).toBe(false);
    rows.push({ id: 's2', endedAt: now });
    endings.ended();
    const second = await waiting;
    expect(second.version).toBe(1);
    expect(second.sessions.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(reads[1]).toEqual(ago(ENDED_SESSIONS_FEED.overlapMs));
  });

  it("answers a gateway that asks with another process's feed id at once (the ledger restarted)", async () => {
    const endings = new SessionEndings(
      async () => [],
      () => now,
    );
    await expect(
      endings.answer({ since: now, feed: 'an earlier ledger', version: 0, waitMs: 20_000 }),
    ).resolves.toMatchObject({ feed: endings.feedId, version: 0, sessions: [] });
  });

  it('answers with nothing new when the wait runs out', async () => {
    const endings = new SessionEndings(
      async () => [],
      () => now,
    );
    await expect(endings.answer({ since: now, feed: endings.feedId, version: 0, waitMs: 20 })).resolves.toMatchObject({
      version: 0,
      sessions: [],
    });
  });
});
