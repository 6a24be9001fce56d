import { SESSION_TTL_SECONDS } from '@jifen/kit';
import { EndedSessions, EndedSessionsAnswer, EndedSessionsQuestion, SESSION_CHECK } from './ended-sessions';

/** A ledger feed under the test's hand: each question waits for the test to answer it (or to fail it). */
function fakeLedger() {
  const asked: {
    question: EndedSessionsQuestion;
    answer: (a: EndedSessionsAnswer) => void;
    fail: (e: Error) => void;
    signal: AbortSignal;
  }[] = [];
  const ask = (question: EndedSessionsQuestion, signal: AbortSignal) =>
    new Promise<EndedSessionsAnswer>((answer, fail) => {
      asked.push({ question, answer, fail, signal });
      signal.addEventListener('abort', () => fail(new Error('aborted')));
    });
  return { asked, ask };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));
const answer = (at: number, ids: string[], version = 1): EndedSessionsAnswer => ({
  feed: 'f',
  version,
  at: new Date(at).toISOString(),
  sessions: ids.map((id) => ({ id, endedAt: new Date(at).toISOString() })),
});

describe("the gateway's list of ended sessions", () => {
  let now = Date.parse('2026-11-21T08:00:00Z');
  const clock = () => now;

  it('is unchecked until the ledger first answers, then knows the ended sessions with no further call', async () => {
    const ledger = fakeLedger();
    const ended = new EndedSessions(ledger.ask, clock);
    expect(ended.verdict('a')).toBe('UNCHECKED');
    await tick();
    expect(ledger.asked[0].question).toEqual({ waitMs: SESSION_CHECK.waitMs });
    ledger.asked[0].answer(answer(now, ['a']));
    await tick();
    expect(ended.verdict('a')).toBe('ENDED');
    expect(ended.verdict('b')).toBe('LIVE');
    // The next question asks from the answer's time and waits for news of this feed's next version.
    expect(ledger.asked[1].question).toEqual({
      since: new Date(now).toISOString(),
      feed: 'f',
      version: 1,
      waitMs: SESSION_CHECK.waitMs,
    });
    ended.stop();
  });

  it('catches up at once when asked (after an operation that may end sessions), and goes stale when that fails', async () => {
    const ledger = fakeLedger();
    const ended = new EndedSessions(ledger.ask, clock);
    ended.start();
    ledger.asked[0].answer(answer(now, []));
    await tick();
    const caughtUp = ended.catchUp();
    const question = ledger.asked.find((a) => a.question.waitMs === 0)!;
    question.answer(answer(now, ['x']));
    expect(await caughtUp).toBe(true);
    expect(ended.verdict('x')).toBe('ENDED');
    const failing = ended.catchUp();
    ledger.asked
      .filter((a) => a.question.waitMs === 0)
      .at(-1)!
      .fail(new Error('refused'));
    expect(await failing).toBe(false);
    expect(ended.verdict('y')).toBe('UNCHECKED');
    ended.stop();
  });

  it('fails closed when the ledger has not answered for longer than the staleness bound', async () => {
    const ledger = fakeLedger();
    const ended = new EndedSessions(ledger.ask, clock);
    ended.start();
    ledger.asked[0].answer(answer(now, []));
    await tick();
    now += SESSION_CHECK.staleAfterMs;
    expect(ended.verdict('z')).toBe('LIVE');
    now += 1;
    expect(ended.verdict('z')).toBe('UNCHECKED');
    const checking = ended.check('z');
    ledger.asked
      .filter((a) => a.question.waitMs === 0)
      .at(-1)!
      .answer(answer(now, []));
    expect(await checking).toBe('LIVE');
    ended.stop();
  });

  it('forgets a session once no access token of it can still be valid', async () => {
    const ledger = fakeLedger();
    const ended = new EndedSessions(ledger.ask, clock);
    ended.start();
    ledger.asked[0].answer(answer(now, ['old']));
    await tick();
    expect(ended.size).toBe(1);
    now += SESSION_TTL_SECONDS * 1000 + SESSION_CHECK.keepMarginMs;
    const caughtUp = ended.catchUp();
    ledger.asked
      .filter((a) => a.question.waitMs === 0)
      .at(-1)!
      .answer(answer(now, []));
    await caughtUp;
    expect(ended.size).toBe(0);
    ended.stop();
  });

  it('does not ask again in a tight loop a ledger that answers "nothing new" without waiting', async () => {
    let asked = 0;
    const ended = new EndedSessions(async () => {
      asked += 1;
      return answer(now, [], 0);
    }, clock);
    ended.start();
    for (let i = 0; i < 20; i += 1) await tick();
    // The first answer is news (a feed not known before); the second is not, and is followed by a pause.
    expect(asked).toBe(2);
    ended.stop();
  });

  it('stops its request under way when stopped', async () => {
    const ledger = fakeLedger();
    const ended = new EndedSessions(ledger.ask, clock);
    ended.start();
    ended.stop();
    expect(ledger.asked[0].signal.aborted).toBe(true);
    expect(await ended.catchUp()).toBe(false);
  });
});
