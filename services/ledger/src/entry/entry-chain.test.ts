import { ChainedContent, firstBrokenLink, GENESIS_HASH, linkHash, StoredLink } from './entry-chain';

function content(seq: number, overrides: Partial<ChainedContent> = {}): ChainedContent {
  return {
    id: `00000000-0000-4000-8000-00000000000${seq}`,
    branchId: 'b',
    seq,
    kind: 'CLAIM',
    memberId: 'm',
    schemeVersionId: 'v',
    itemCode: 'dues',
    itemLabel: '按时交纳党费',
    occurredOn: '2024-03-01',
    quantity: 2,
    level: null,
    points: null,
    leading: null,
    contributors: null,
    matter: null,
    note: '按时交纳',
    evidenceIds: ['e2', 'e1'],
    reversesEntryId: null,
    reason: null,
    declaredBy: 'recorder',
    declaredByRole: 'BRANCH_RECORDER',
    recordedAt: '2024-03-02T08:00:00.000Z',
    ...overrides,
  };
}

function chain(count: number): StoredLink[] {
  const links: StoredLink[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq += 1) {
    const c = content(seq);
    const hash = linkHash(prev, c);
    links.push({ ...c, prevHash: prev, hash });
    prev = hash;
  }
  return links;
}

describe('the entry hash chain', () => {
  it('holds for entries written in order, and the same content read back as strings hashes the same', () => {
    const links = chain(3);
    expect(firstBrokenLink(links, { lastSeq: 3, lastHash: links[2].hash })).toBeNull();
    expect(linkHash(GENESIS_HASH, content(1, { quantity: Number('2.0') }))).toBe(links[0].hash);
    expect(linkHash(GENESIS_HASH, content(1, { evidenceIds: ['e1', 'e2'] }))).toBe(links[0].hash);
  });

  it('finds an entry whose content was changed', () => {
    const links = chain(4);
    links[2] = { ...links[2], note: '改过的说明' };
    expect(firstBrokenLink(links, null)).toEqual({
      seq: 3,
      entryId: links[2].id,
      problem: '第 3 号记录的内容与其哈希不符，记录可能被改动',
    });
  });

  it('finds an entry rewritten with a fresh hash by its broken successor link', () => {
    const links = chain(3);
    const forged = content(2, { points: 5 });
    links[1] = { ...forged, prevHash: links[0].hash, hash: linkHash(links[0].hash, forged) };
    expect(firstBrokenLink(links, null)).toMatchObject({
      seq: 3,
      problem: '第 3 号记录所记的前一条哈希与第 2 号记录不符',
    });
  });

  it('finds a deleted entry in the middle and at the end', () => {
    const links = chain(4);
    expect(firstBrokenLink([links[0], links[2], links[3]], null)).toEqual({
      seq: 2,
      entryId: null,
      problem: '第 2 号记录缺失（下一条是第 3 号）',
    });
    expect(firstBrokenLink(links.slice(0, 3), { lastSeq: 4, lastHash: links[3].hash })?.problem).toBe(
      '链尾记为第 4 号，但实际只有 3 条完整记录，末尾记录可能被删除',
    );
  });
});
