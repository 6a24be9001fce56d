import { ScoreState, scoreStateOf, WindowSpan } from './score-state';

const q1: WindowSpan = { id: 'q1', periodStart: '2024-01-01', periodEnd: '2024-03-31', status: 'CLOSED' };
const q2: WindowSpan = { id: 'q2', periodStart: '2024-04-01', periodEnd: '2024-06-30', status: 'OPEN' };
const h1 = { start: '2024-01-01', end: '2024-06-30' };

describe('the state of a period score', () => {
  it('is provisional until windows cover the whole period', () => {
    expect(scoreStateOf({ period: h1, windows: [q1], heldBy: [], entryWindows: ['q1'] })).toBe(ScoreState.PROVISIONAL);
    expect(
      scoreStateOf({
        period: { start: '2024-01-01', end: '2024-03-31' },
        windows: [q1, q2],
        heldBy: [],
        entryWindows: [],
      }),
    ).toBe(ScoreState.FINAL);
  });

  it('is published while a covering window runs, final once all are closed', () => {
    expect(scoreStateOf({ period: h1, windows: [q1, q2], heldBy: [], entryWindows: ['q1', 'q2'] })).toBe(
      ScoreState.PUBLISHED,
    );
    expect(
      scoreStateOf({ period: h1, windows: [q1, { ...q2, status: 'CLOSED' }], heldBy: [], entryWindows: ['q1', 'q2'] }),
    ).toBe(ScoreState.FINAL);
  });

  it('stays provisional while an entry of the member waits for a batch (a correction after publicity)', () => {
    expect(
      scoreStateOf({ period: h1, windows: [q1, { ...q2, status: 'CLOSED' }], heldBy: [], entryWindows: ['q1', null] }),
    ).toBe(ScoreState.PROVISIONAL);
  });

  it('is held by an open objection in any window over the period, even after the window closed', () => {
    expect(scoreStateOf({ period: h1, windows: [q1, q2], heldBy: ['q1'], entryWindows: [] })).toBe(ScoreState.HELD);
    expect(
      scoreStateOf({
        period: { start: '2024-04-01', end: '2024-06-30' },
        windows: [q1, q2],
        heldBy: ['q1'],
        entryWindows: [],
      }),
    ).toBe(ScoreState.PUBLISHED);
  });

  it('finds a gap between windows', () => {
    const q3: WindowSpan = { id: 'q3', periodStart: '2024-07-01', periodEnd: '2024-09-30', status: 'CLOSED' };
    expect(
      scoreStateOf({
        period: { start: '2024-01-01', end: '2024-09-30' },
        windows: [q1, q3],
        heldBy: [],
        entryWindows: [],
      }),
    ).toBe(ScoreState.PROVISIONAL);
  });
});
