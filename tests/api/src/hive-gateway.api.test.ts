import { RunningGateway } from '@jifen/gateway';
import { Caller, Role, systemCaller } from '@jifen/kit';
import { dataOf, startHiveBeside, startTestPlatform, TestPlatform, textOf } from '../../support/src/test-platform';
import { apiGraphql } from './generated/api';
import type { HiveGatewayOrgQuery, HiveGatewayMembersOfOrganizationQuery, OrgLevel } from './generated/api/graphql';

/** One HTTP answer of a gateway: its status and its JSON body. */
interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The answer with each error's `requestId` checked (a fresh uuid) and taken out, so that two gateways' answers compare. */
function comparable(answer: Answer): Answer {
  const errors = answer.body.errors?.map((error) => {
    const { requestId, ...extensions } = error.extensions ?? {};
    expect(requestId).toMatch(uuid);
    return { ...error, extensions };
  });
  return { status: answer.status, body: { ...answer.body, ...(errors ? { errors } : {}) } };
}

const orgQuery = apiGraphql(`query HiveGatewayOrg($id: ID!) {
  organization(id: $id) {
    id name level levelLabel path memberCount
    parent { id name }
    children { id name level children { id name } }
    members(first: 10) { total items { id memberNo name kind organization { id name } } }
    quotaPolicy(cycle: 2026) { cycle fiveStarPercent fourStarPercent threeStarPercent isDefault inherited }
    ratingRollup(period: "2026") { organizationId rated exempt period children { organizationId } }
    filings { id status scheme { id name } }
    effectiveScheme(on: "2026-11-21") { id name templateCode }
  }
  schemes { id name ownerOrganizationId }
}`);

const schemesQuery = apiGraphql(`query HiveGatewaySchemes { schemes { id } }`);
const pageOfN = apiGraphql(`query HiveGatewayPageOfN($n: Int!) { organizations { members(first: $n) { total } } }`);

/**
 * Hive Gateway (hive/hive-gateway.ts) beside the Apollo gateway, on the same services and supergraph: the
 * same requests, sent over HTTP to each, get the same status and body (request ids aside).
 */
describe('Hive Gateway serves the same API as the Apollo gateway', () => {
  let platform: TestPlatform;
  let hive: RunningGateway;
  const id: Record<string, string> = {};
  const path: Record<string, string> = {};

  const post = async (url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  };
  /** The same request to the Apollo gateway and to Hive's: [apollo, hive]. */
  const both = (body: unknown, headers: Record<string, string> = {}) =>
    Promise.all([post(platform.gatewayUrl, body, headers), post(hive.url, body, headers)]);
  const bearer = (caller: Caller) => ({ authorization: `Bearer ${platform.sessionFor(caller)}` });
  const township = (key: 'T1' | 'T2'): Caller => ({
    role: Role.TOWNSHIP,
    scopePath: path[key],
    subject: `account:hive-${key}`,
  });

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => new Date('2026-11-21T08:00:00Z') });
    const create = async (key: string, level: OrgLevel, parent: string | null) => {
      const made = dataOf(
        await platform.query(
          apiGraphql(
            `mutation HiveGatewayCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }`,
          ),
          {
            input: { level, name: `${key}组织`, parentId: parent ? id[parent] : null },
          },
        ),
      ).createOrganization;
      id[key] = made.id;
      path[key] = made.path;
    };
    await create('D', 'DISTRICT', null);
    await create('T1', 'TOWNSHIP', 'D');
    await create('T2', 'TOWNSHIP', 'D');
    await create('B1', 'BRANCH', 'T1');
    await create('B2', 'BRANCH', 'T1');
    await create('B3', 'BRANCH', 'T2');
    const members: [string, string, string][] = [
      ['B1', 'H1', '张红'],
      ['B1', 'H2', '李明'],
      ['B2', 'H3', '王芳'],
      ['B3', 'H4', '赵强'],
    ];
    for (const [org, memberNo, name] of members) {
      dataOf(
        await platform.query(
          apiGraphql(`mutation HiveGatewayAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }`),
          {
            input: {
              organizationId: id[org],
              memberNo,
              name,
              gender: 'FEMALE',
              kind: 'FULL',
              joinDate: '2010-07-01',
              birthDate: '1985-05-05',
            },
          },
        ),
      );
    }
    dataOf(
      await platform.query(
        apiGraphql(
          `mutation HiveGatewayAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: "pioneer-index", name: "东城先锋指数") { id } }`,
        ),
        { o: id.T1 },
      ),
    );
    hive = await startHiveBeside(platform);
  });
  afterAll(async () => {
    await hive?.stop();
    await platform?.stop();
  });

  it('gives SYSTEM the same organization, children, members, quota, rollup and schemes across the three subgraphs', async () => {
    const [apollo, viaHive] = await both({ query: textOf(orgQuery), variables: { id: id.T1 } }, bearer(systemCaller));
    expect(apollo.status).toBe(200);
    expect(apollo.body.errors).toBeUndefined();
    const data = apollo.body.data as HiveGatewayOrgQuery;
    expect(data.organization!.children).toHaveLength(2);
    expect(data.organization!.members.total).toBe(3);
    expect(data.schemes).toHaveLength(1);
    expect(viaHive).toEqual(apollo);
  });

  it('gives a township the same view of its own township', async () => {
    const [apollo, viaHive] = await both({ query: textOf(orgQuery), variables: { id: id.T1 } }, bearer(township('T1')));
    expect(apollo.status).toBe(200);
    expect((apollo.body.data as HiveGatewayOrgQuery).organization!.members.total).toBe(3);
    expect(comparable(viaHive)).toEqual(comparable(apollo));
  });

  it('gives a sibling township the same answer: nothing of the other township', async () => {
    const [apollo, viaHive] = await both({ query: textOf(orgQuery), variables: { id: id.T1 } }, bearer(township('T2')));
    expect((apollo.body.data as HiveGatewayOrgQuery | undefined)?.organization ?? null).toBeNull();
    expect(comparable(viaHive)).toEqual(comparable(apollo));
    const [ownApollo, ownHive] = await both(
      { query: textOf(orgQuery), variables: { id: id.T2 } },
      bearer(township('T2')),
    );
    expect((ownApollo.body.data as HiveGatewayOrgQuery).organization!.members.total).toBe(1);
    expect(comparable(ownHive)).toEqual(comparable(ownApollo));
  });

  it('never answers one caller with another’s subgraph response: concurrent identical queries from two townships', async () => {
    const query = {
      query: textOf(
        apiGraphql(
          `query HiveGatewayMembersOfOrganization($id: ID!) { organization(id: $id) { id name members(first: 5) { total } } }`,
        ),
      ),
      variables: { id: id.T1 },
    };
    const callers = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? 'T1' : 'T2') as 'T1' | 'T2');
    const answers = await Promise.all(callers.map((key) => post(hive.url, query, bearer(township(key)))));
    answers.forEach((answer, i) => {
      const organization = (answer.body.data as HiveGatewayMembersOfOrganizationQuery).organization;
      if (callers[i] === 'T1') expect(organization?.members.total).toBe(3);
      else expect(organization).toBeNull();
    });
  });

  it('passes on a subgraph’s own error code: a township may not rename itself', async () => {
    const rename = {
      query: textOf(
        apiGraphql(
          `mutation HiveGatewayRenameOrganization($id: ID!) { renameOrganization(id: $id, name: "改名") { id } }`,
        ),
      ),
      variables: { id: id.T1 },
    };
    const [apollo, viaHive] = await both(rename, bearer(township('T1')));
    expect(apollo.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(comparable(viaHive)).toEqual(comparable(apollo));
  });

  it('refuses a request without Authorization with 401 UNAUTHENTICATED, and lets it sign in', async () => {
    const [apollo, viaHive] = await both({ query: textOf(orgQuery), variables: { id: id.T1 } });
    expect(apollo.status).toBe(401);
    expect(apollo.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(comparable(viaHive)).toEqual(comparable(apollo));
    const [badLoginApollo, badLoginHive] = await both({
      query: textOf(
        apiGraphql(`mutation HiveGatewayLogin { login(username: "nobody", password: "wrong-password") { token } }`),
      ),
    });
    expect(badLoginApollo.body.errors?.[0].extensions?.code).not.toBe('UNAUTHENTICATED');
    expect(comparable(badLoginHive)).toEqual(comparable(badLoginApollo));
  });

  it('refuses a forged bearer with 401', async () => {
    const forged = platform.sessionFor(systemCaller).replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'));
    const [apollo, viaHive] = await both(
      { query: textOf(orgQuery), variables: { id: id.T1 } },
      { authorization: `Bearer ${forged}` },
    );
    expect(apollo.status).toBe(401);
    expect(apollo.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(comparable(viaHive)).toEqual(comparable(apollo));
    const [malformedApollo, malformedHive] = await both(
      { query: textOf(schemesQuery) },
      { authorization: 'Basic abc' },
    );
    expect(malformedApollo.status).toBe(401);
    expect(comparable(malformedHive)).toEqual(comparable(malformedApollo));
  });

  it.each([
    [
      'a query nested deeper than 12 levels',
      { query: `{ organizations { ${'children { '.repeat(13)}id${' }'.repeat(13)} } }` },
      'QUERY_TOO_DEEP',
    ],
    [
      'too many aliases',
      { query: `{ organizations { ${Array.from({ length: 31 }, (_, i) => `n${i}: name`).join(' ')} } }` },
      'TOO_MANY_ALIASES',
    ],
    [
      'a page of 10,000 rows as a literal',
      {
        query: textOf(
          apiGraphql(`query HiveGatewayOrganizations { organizations { members(first: 10000) { total } } }`),
        ),
      },
      'PAGE_TOO_LARGE',
    ],
    ['a page of 10,000 rows through a variable', { query: textOf(pageOfN), variables: { n: 10000 } }, 'PAGE_TOO_LARGE'],
    [
      'every branch’s members under every town',
      {
        query: textOf(
          apiGraphql(
            `query HiveGatewayOrganizations3 { organizations { children { children { members(first: 200) { items { id name } } } } } }`,
          ),
        ),
      },
      'QUERY_TOO_COSTLY',
    ],
    ['a field that does not exist', { query: '{ organizations { nme } }' }, 'GRAPHQL_VALIDATION_FAILED'],
    ['a syntax error', { query: '{ organizations { id }' }, 'GRAPHQL_PARSE_FAILED'],
    [
      'a batch of two operations',
      [{ query: textOf(schemesQuery) }, { query: textOf(schemesQuery) }],
      'BATCH_NOT_ALLOWED',
    ],
    ['a document of more than 10,000 tokens', { query: `{ schemes { ${'id '.repeat(10_001)}} }` }, 'QUERY_TOO_LARGE'],
    ['a variable of the wrong type', { query: textOf(pageOfN), variables: { n: 'x' } }, 'BAD_USER_INPUT'],
    ['a missing variable', { query: textOf(pageOfN) }, 'BAD_USER_INPUT'],
    ['a body without a query', { variables: {} }, 'BAD_REQUEST'],
  ])('refuses %s with the same status, code and message', async (_case, body, code) => {
    const [apollo, viaHive] = await both(body, bearer(systemCaller));
    expect(apollo.status).toBe(400);
    expect(apollo.body.errors?.[0].extensions?.code).toBe(code);
    expect(comparable(viaHive)).toEqual(comparable(apollo));
  });

  it('refuses a "simple" POST (text/plain, a form: what a cross-site form can send) before GraphQL, as not JSON', async () => {
    const body = JSON.stringify({ query: textOf(schemesQuery) });
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded']) {
      const [apollo, viaHive] = await both(body, { ...bearer(systemCaller), 'content-type': contentType });
      expect(apollo.status).toBe(415);
      expect(apollo.body.errors?.[0].extensions?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(comparable(viaHive)).toEqual(comparable(apollo));
    }
  });

  it('in production, refuses introspection, and names a subgraph it cannot reach without its address', async () => {
    const production = await startHiveBeside(platform, {
      urls: { ...platform.urls, rating: 'http://127.0.0.1:1/graphql' },
      production: true,
    });
    try {
      const introspection = await post(
        production.url,
        { query: textOf(apiGraphql(`query HiveGatewaySchema { __schema { queryType { name } } }`)) },
        bearer(systemCaller),
      );
      expect(introspection.status).toBe(400);
      expect(introspection.body.errors?.map((e) => e.extensions?.code)).toEqual(['INTROSPECTION_DISABLED']);
      const down = await post(
        production.url,
        {
          query: textOf(
            apiGraphql(
              `query HiveGatewayOrganizationDown($id: ID!) { organization(id: $id) { name quotaPolicy { cycle } } }`,
            ),
          ),
          variables: { id: id.T1 },
        },
        bearer(systemCaller),
      );
      expect(down.status).toBe(200);
      expect(down.body.data).toEqual({ organization: { name: 'T1组织', quotaPolicy: null } });
      expect(down.body.errors?.map((e) => [e.extensions?.code, e.extensions?.service, e.message])).toEqual([
        ['SUBGRAPH_UNAVAILABLE', 'rating', '评星定级服务暂时不可用：由它提供的字段为空，其余照常返回；请稍后重试'],
      ]);
      expect(JSON.stringify(down.body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|_entities|representations/);
    } finally {
      await production.stop();
    }
  });

  it('weighs the limits before the sign-in guard, as Apollo does: an anonymous too-deep query gets QUERY_TOO_DEEP', async () => {
    const [apollo, viaHive] = await both({
      query: `{ organizations { ${'children { '.repeat(13)}id${' }'.repeat(13)} } }`,
    });
    expect(apollo.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(comparable(viaHive)).toEqual(comparable(apollo));
  });
});
