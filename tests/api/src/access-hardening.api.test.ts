import { dataOf, errorCodeOf, GraphQLResponse, startTestPlatform, TestPlatform } from '../../support/src/test-platform';
import { apiGraphql } from './generated/api';

/** apiGraphql(`query AccessHardeningOrganizations { organizations { children { children { … { id } } } } }`), `levels` fields deep. */
function nested(levels: number): string {
  let inner = 'id';
  for (let i = 1; i < levels; i += 1) inner = `children { ${inner} }`;
  return `{ organizations { ${inner} } }`;
}

describe('the public API refuses abusive requests before any service is asked', () => {
  let platform: TestPlatform;
  let production: TestPlatform;
  let districtId: string;

  beforeAll(async () => {
    [platform, production] = await Promise.all([startTestPlatform(), startTestPlatform({ production: true })]);
    districtId = dataOf(
      await platform.query('mutation { createOrganization(input: { level: DISTRICT, name: "加固区" }) { id } }'),
    ).createOrganization.id;
  });
  afterAll(() => Promise.all([platform.stop(), production.stop()]));

  it('answers a query within the limits', async () => {
    expect(dataOf(await platform.query(nested(4))).organizations).toHaveLength(1);
  });

  it('refuses a query nested deeper than the limit', async () => {
    const response = await platform.query(nested(14));
    expect(errorCodeOf(response)).toBe('QUERY_TOO_DEEP');
    expect(response.errors![0].message).toMatch(/嵌套.*超过上限/);
    expect(response.errors![0].extensions).toMatchObject({ requestId: expect.any(String) });
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: organization(id: $id) { id }`).join(' ');
    const response = await platform.query(`query($id: ID!) { ${aliases} }`, { id: districtId });
    expect(['TOO_MANY_ALIASES', 'TOO_MANY_ROOT_FIELDS']).toContain(errorCodeOf(response));
    const fewer = Array.from({ length: 12 }, (_, i) => `a${i}: organization(id: $id) { n${i}: name }`).join(' ');
    const within = dataOf(await platform.query(`query($id: ID!) { ${fewer} }`, { id: districtId }));
    expect(Object.keys(within)).toHaveLength(12);
    const nestedAliases = `query($id: ID!) { organization(id: $id) { ${Array.from({ length: 31 }, (_, i) => `x${i}: name`).join(' ')} } }`;
    expect(errorCodeOf(await platform.query(nestedAliases, { id: districtId }))).toBe('TOO_MANY_ALIASES');
  });

  it('refuses a page of 10,000 rows, given literally or as a variable', async () => {
    const literal = await platform.query(
      apiGraphql(
        `query AccessHardeningOrganization($id: ID!) { organization(id: $id) { members(first: 10000) { total } } }`,
      ),
      { id: districtId },
    );
    expect(errorCodeOf(literal)).toBe('PAGE_TOO_LARGE');
    const variable = await platform.query(
      apiGraphql(
        `query AccessHardeningOrganization2($id: ID!, $n: Int!) { organization(id: $id) { members(first: $n) { total } } }`,
      ),
      { id: districtId, n: 10000 },
    );
    expect(errorCodeOf(variable)).toBe('PAGE_TOO_LARGE');
  });

  it('refuses a query whose pages multiply past the cost limit', async () => {
    const response = await platform.query(
      apiGraphql(
        `query AccessHardeningOrganizations2 { organizations { members(first: 200) { items { entries(first: 200) { items { id } } } } } }`,
      ),
    );
    expect(errorCodeOf(response)).toBe('QUERY_TOO_COSTLY');
  });

  it('refuses batched requests', async () => {
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${platform.sessionFor({ role: 'SYSTEM' as never, scopePath: null, subject: 'system' })}`,
      },
      body: JSON.stringify([{ query: '{ organizations { id } }' }, { query: '{ organizations { name } }' }]),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as GraphQLResponse;
    expect(body.errors![0].extensions!.code).toBe('BATCH_NOT_ALLOWED');
  });

  it('in production: no introspection and no field suggestions; outside production both stay for the IDE', async () => {
    expect(
      dataOf(await platform.query(apiGraphql(`query AccessHardening__schema { __schema { queryType { name } } }`)))
        .__schema.queryType.name,
    ).toBe('Query');
    expect(
      errorCodeOf(
        await production.query(apiGraphql(`query AccessHardening__schema2 { __schema { queryType { name } } }`)),
      ),
    ).toBe('INTROSPECTION_DISABLED');
    const typo = '{ organisations { id } }';
    expect(JSON.stringify((await platform.query(typo)).errors)).toContain('organizations');
    const hidden = await production.query(typo);
    expect(hidden.errors).toHaveLength(1);
    expect(JSON.stringify(hidden.errors)).not.toContain('organizations');
  });

  it('masks internals: every error carries a code, a Chinese message and the request id, never a stack or a service name', async () => {
    const response = await platform.query(
      apiGraphql(
        `query AccessHardeningOrganization3($id: ID!) { organization(id: $id) { members(first: -1) { total } } }`,
      ),
      { id: districtId },
    );
    const [error] = response.errors!;
    expect(error.extensions).toMatchObject({
      code: expect.any(String),
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(JSON.stringify(error)).not.toMatch(/stacktrace|serviceName|at Object\./);
  });
});
