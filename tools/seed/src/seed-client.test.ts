import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { seedClient } from './seed-client';

/**
 * The seed's client against a stand-in service that first answers as a ledger does when the scheme service it depends
 * on is restarting (INTERNAL), then succeeds: a call with a client key is tried again (the service does it once), a
 * call without one is not; a refusal of the input is never tried again.
 */
describe('seedClient retries', () => {
  let server: Server;
  let url = '';
  let failures = 0;
  let calls = 0;
  let refuse = false;

  beforeAll(async () => {
    server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        calls += 1;
        response.setHeader('content-type', 'application/json');
        if (refuse) {
          response.end(JSON.stringify({ errors: [{ message: '日期不对', extensions: { code: 'BAD_USER_INPUT' } }] }));
        } else if (failures > 0) {
          failures -= 1;
          response.end(
            JSON.stringify({
              errors: [{ message: '依赖的服务暂时无法访问，请稍后重试', extensions: { code: 'INTERNAL' } }],
            }),
          );
        } else response.end(JSON.stringify({ data: { recordEntries: [{ id: 'e1' }] } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => {
    calls = 0;
    refuse = false;
  });

  const client = () => seedClient({ ledger: url, scheme: url, rating: url }, 'x'.repeat(43));
  const mutation = 'mutation($clientKey: String) { recordEntries(clientKey: $clientKey) { id } }';

  it('tries a call with a client key again after a transient failure', async () => {
    failures = 2;
    const data = await client().call<{ recordEntries: { id: string }[] }>('ledger', mutation, { clientKey: 'k1' });
    expect(data.recordEntries).toEqual([{ id: 'e1' }]);
    expect(calls).toBe(3);
  }, 20_000);

  it('does not try a call without a client key again', async () => {
    failures = 1;
    await expect(client().call('ledger', mutation, {})).rejects.toThrow(
      'ledger 服务拒绝了 recordEntries（INTERNAL）：依赖的服务暂时无法访问，请稍后重试',
    );
    expect(calls).toBe(1);
  });

  it('does not try a refused input again, client key or not', async () => {
    refuse = true;
    await expect(client().call('ledger', mutation, { clientKey: 'k2' })).rejects.toThrow(
      '（BAD_USER_INPUT）：日期不对',
    );
    expect(calls).toBe(1);
  });
});
