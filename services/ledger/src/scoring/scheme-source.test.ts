import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { requestSize, SubgraphSchemeSource } from './scheme-source';

/** A stand-in scheme service: version A from 2025-01-01, B from 2025-07-01, none before; it records every request. */
function schemeService(): Promise<{
  server: Server;
  url: string;
  requests: { query: string; variables: Record<string, any> }[];
}> {
  const requests: { query: string; variables: Record<string, any> }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const { query, variables } = JSON.parse(body);
      requests.push({ query, variables });
      let data: unknown;
      if (query.includes('... on SchemeVersion')) {
        data = {
          _entities: variables.representations.map((r: { id: string }) => ({
            id: r.id,
            rules: { name: `rules ${r.id}`, items: [{ code: 'x' }] },
            scheme: { name: `方案${r.id}` },
          })),
        };
      } else {
        const answer: Record<string, { id: string } | null> = {};
        for (const [name, day] of Object.entries(variables)) {
          if (!name.startsWith('d')) continue;
          answer[`v${name.slice(1)}`] =
            (day as string) >= '2025-07-01' ? { id: 'B' } : (day as string) >= '2025-01-01' ? { id: 'A' } : null;
        }
        data = { _entities: [answer] };
      }
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data }));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, requests }),
    ),
  );
}

describe('SubgraphSchemeSource', () => {
  let service: Awaited<ReturnType<typeof schemeService>>;
  const branch = { id: 'b1', path: 'd.t.b1' };
  beforeEach(async () => (service = await schemeService()));
  afterEach(() => new Promise((done) => service.server.close(done)));

  it('answers each day with the version in force, fetching each version once however many days use it', async () => {
    const source = new SubgraphSchemeSource(() => service.url);
    const found = await source.versionsOn('token', branch, [
      '2025-03-01',
      '2025-08-01',
      '2025-03-01',
      '2024-12-31',
      '2025-09-09',
    ]);
    expect([...found.entries()].map(([day, v]) => [day, v?.versionId ?? null, v?.schemeName ?? null])).toEqual([
      ['2025-03-01', 'A', '方案A'],
      ['2025-08-01', 'B', '方案B'],
      ['2024-12-31', null, null],
      ['2025-09-09', 'B', '方案B'],
    ]);
    expect(found.get('2025-08-01')).toBe(found.get('2025-09-09'));
    expect(service.requests).toHaveLength(2);
    expect(service.requests[1].variables.representations).toEqual([
      { __typename: 'SchemeVersion', id: 'A' },
      { __typename: 'SchemeVersion', id: 'B' },
    ]);
  });

  it('asks only for the versions in force once it holds their rules', async () => {
    const source = new SubgraphSchemeSource(() => service.url);
    await source.versionsOn('token', branch, ['2025-03-01']);
    const again = await source.versionsOn('token', branch, ['2025-03-02', '2025-04-01']);
    expect(again.get('2025-04-01')?.document).toEqual({ name: 'rules A', items: [{ code: 'x' }] });
    expect(service.requests.map((r) => r.query.includes('... on SchemeVersion'))).toEqual([false, true, false]);
  });

  it('keeps the shared rules frozen, so that no request can change another one’s', async () => {
    const source = new SubgraphSchemeSource(() => service.url);
    const rules = (await source.versionsOn('token', branch, ['2025-03-01'])).get('2025-03-01')!.document as unknown as {
      items: { code: string }[];
    };
    expect(() => {
      rules.items[0].code = 'changed';
    }).toThrow(TypeError);
    expect(Object.isFrozen(rules.items)).toBe(true);
  });

  it('asks for a power of two of days, the last one repeated, so that few query texts serve every count', async () => {
    const source = new SubgraphSchemeSource(() => service.url);
    const found = await source.versionsOn('token', branch, ['2024-12-31', '2025-03-01', '2025-08-01']);
    expect([...found.values()].map((v) => v?.versionId ?? null)).toEqual([null, 'A', 'B']);
    const { variables, query } = service.requests[0];
    expect(Object.keys(variables).filter((name) => name.startsWith('d'))).toEqual(['d0', 'd1', 'd2', 'd3']);
    expect(variables.d3).toBe('2025-08-01');
    expect(query.match(/effectiveSchemeVersion/g)).toHaveLength(4);
    await new SubgraphSchemeSource(() => service.url).versionsOn('token', branch, ['2025-01-01', '2025-01-02']);
    await new SubgraphSchemeSource(() => service.url).versionsOn('token', branch, [
      '2025-01-01',
      '2025-01-02',
      '2025-01-03',
      '2025-01-04',
    ]);
    const texts = new Set(
      service.requests.filter((r) => !r.query.includes('... on SchemeVersion')).map((r) => r.query),
    );
    expect(texts.size).toBe(2);
  });

  it('rounds every count of days up to a power of two', () => {
    expect([1, 2, 3, 4, 5, 8, 9, 100, 366].map(requestSize)).toEqual([1, 2, 4, 4, 8, 8, 16, 128, 512]);
  });

  it('makes no request for no days', async () => {
    const source = new SubgraphSchemeSource(() => service.url);
    expect((await source.versionsOn('token', branch, [])).size).toBe(0);
    expect(service.requests).toHaveLength(0);
  });
});
