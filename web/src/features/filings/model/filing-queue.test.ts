import type { FilingQueueRowFragment } from '../../../gql/graphql';
import { filingQueue } from './filing-queue';

const filing = (
  id: string,
  path: string | null,
  submits: string[],
  extra: Partial<FilingQueueRowFragment> = {},
): FilingQueueRowFragment => ({
  id,
  status: 'SUBMITTED',
  note: null,
  updatedAt: '2026-12-01T00:00:00.000Z',
  organization: path ? { id: `o-${id}`, name: `支部${id}`, path } : null,
  scheme: { id: `s-${id}`, name: `方案${id}`, templateCode: 'town-attendance' },
  baseVersion: null,
  history: [
    { action: 'CREATE', actorName: '张书记', at: '2026-11-01T00:00:00.000Z', comment: null },
    ...submits.map((at, i) => ({ action: 'SUBMIT' as const, actorName: `报送人${i + 1}`, at, comment: null })),
  ],
  ...extra,
});

describe('the queue of filings a committee decides', () => {
  it('keeps those strictly below the node, names who submitted last, longest waiting first', () => {
    const rows = filingQueue(
      [
        filing('a', 'd.t.b1', ['2026-11-03T02:00:00.000Z']),
        filing('b', 'd.t.b2', ['2026-11-01T02:00:00.000Z', '2026-11-02T02:00:00.000Z']),
        filing('own', 'd.t', ['2026-11-01T00:00:00.000Z']),
        filing('other', 'd.t2.b', ['2026-11-01T00:00:00.000Z']),
        filing('upper', null, ['2026-11-01T00:00:00.000Z']),
        filing('draft', 'd.t.b3', [], { status: 'DRAFT' }),
      ],
      'd.t',
    );
    expect(rows.map((r) => [r.id, r.organizationName, r.submittedBy, r.submittedAt, r.revision])).toEqual([
      ['b', '支部b', '报送人2', '2026-11-02T02:00:00.000Z', '采用模板的新方案'],
      ['a', '支部a', '报送人1', '2026-11-03T02:00:00.000Z', '采用模板的新方案'],
    ]);
  });

  it('names what a filing revises', () => {
    const [revision] = filingQueue(
      [
        filing('r', 'd.t.b', ['2026-11-03T02:00:00.000Z'], {
          baseVersion: { id: 'v', version: 2, scheme: { id: 's-r', name: '方案r' } },
        }),
      ],
      'd.t',
    );
    const [copy] = filingQueue(
      [
        filing('c', 'd.t.b', ['2026-11-03T02:00:00.000Z'], {
          baseVersion: { id: 'v', version: 1, scheme: { id: 'x', name: '镇方案' } },
        }),
      ],
      'd.t',
    );
    expect([revision!.revision, copy!.revision]).toEqual(['修订第 2 版', '以“镇方案”第 1 版为底稿的新方案']);
  });
});
