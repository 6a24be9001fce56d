import { getOperationAST, GraphQLError, parse } from 'graphql';
import { EndedSessions } from './ended-sessions';
import { LoginThrottle } from './login-throttle';
import { SignInGate } from './sign-in-gate';

/** A gate over a throttle of 3 attempts that never refill, and a list of ended sessions that counts its catch-ups. */
function gateFor() {
  const throttle = new LoginThrottle({ burst: 3, refillEveryMs: 3_600_000 });
  let catchUps = 0;
  const ended = { catchUp: async () => ((catchUps += 1), true) } as unknown as EndedSessions;
  return { gate: new SignInGate(throttle, ended), throttle, catchUps: () => catchUps };
}
const operation = (text: string) => {
  const document = parse(text);
  return { operation: getOperationAST(document)!, document };
};
const ask = (gate: SignInGate, text: string, variables?: Record<string, unknown>, address = '10.0.0.1') => {
  const { operation: op, document } = operation(text);
  return gate.before(op, document, variables, address);
};
const failed = (code: string) => ({ extensions: { code } });

describe('the sign-in gate', () => {
  it('lets queries and other mutations pass untouched', () => {
    const { gate } = gateFor();
    expect(ask(gate, '{ me { role } }')).toBeNull();
    expect(ask(gate, 'mutation { addMember(input: {}) { id } }')).toBeNull();
  });

  it('counts each sign-in field, aliases included, and refuses past the allowance with 429', () => {
    const { gate } = gateFor();
    expect(
      ask(
        gate,
        'mutation { a: login(username: "x", password: "y") { token } b: login(username: "x", password: "z") { token } }',
      ),
    ).toEqual({ address: '10.0.0.1', attempts: 2, revoking: false });
    let refusal: unknown;
    try {
      ask(
        gate,
        'mutation { a: login(username: "x", password: "y") { token } b: login(username: "x", password: "z") { token } }',
      );
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(GraphQLError);
    expect((refusal as GraphQLError).extensions).toMatchObject({
      code: 'TOO_MANY_SIGN_IN_ATTEMPTS',
      retryAfterSeconds: expect.any(Number),
      http: { status: 429 },
    });
    expect(
      ask(gate, 'mutation { login(username: "x", password: "y") { token } }', undefined, '10.0.0.2'),
    ).not.toBeNull();
  });

  it('reads the operation as sent: a field skipped by its directive is not an attempt', () => {
    const { gate } = gateFor();
    expect(
      ask(gate, 'mutation($v: Boolean!) { login(username: "x", password: "y") @include(if: $v) { token } }', {
        v: false,
      }),
    ).toBeNull();
    expect(
      ask(gate, 'mutation($v: Boolean!) { login(username: "x", password: "y") @include(if: $v) { token } }', {
        v: true,
      }),
    ).toMatchObject({ attempts: 1 });
  });

  it('gives back every attempt that was not a failed guess', async () => {
    const { gate, throttle } = gateFor();
    const ticket = ask(gate, 'mutation { login(username: "x", password: "y") { token } }');
    await gate.after(ticket, undefined);
    const bad = ask(gate, 'mutation { login(username: "x", password: "y") { token } }');
    await gate.after(bad, [failed('BAD_USER_INPUT')]);
    for (let i = 0; i < 2; i += 1)
      await gate.after(ask(gate, 'mutation { login(username: "x", password: "y") { token } }'), [
        failed('INVALID_CREDENTIALS'),
      ]);
    // Two failed guesses kept, one attempt left.
    expect(throttle.take('10.0.0.1').allowed).toBe(true);
    expect(throttle.take('10.0.0.1').allowed).toBe(false);
  });

  it('brings the list of ended sessions up to date after an operation that may end sessions, before its answer', async () => {
    const { gate, catchUps } = gateFor();
    for (const text of [
      'mutation { logout(refreshToken: "r") }',
      'mutation { changePassword(oldPassword: "a", newPassword: "b") }',
      'mutation { setAccountDisabled(id: "1", disabled: true) { id } }',
      'mutation { resetAccountPassword(id: "1", password: "p") { id } }',
      'mutation { refreshSession(refreshToken: "r") { token } }',
    ]) {
      await gate.after(ask(gate, text, undefined, `addr-${text.length}`), undefined);
    }
    expect(catchUps()).toBe(5);
    await gate.after(
      ask(gate, 'mutation { login(username: "x", password: "y") { token } }', undefined, '10.9.9.9'),
      undefined,
    );
    expect(catchUps()).toBe(5);
  });
});
