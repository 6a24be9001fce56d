import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { rootFieldsOf } from '@jifen/kit';
import { DocumentNode, GraphQLError, OperationDefinitionNode } from 'graphql';
import { EndedSessions } from './ended-sessions';
import { GatewayContext } from './gateway-context';
import { LoginThrottle } from './login-throttle';

/** Root fields that try a password or a refresh token: each one counts as an attempt of the client address. */
const SIGN_IN_FIELDS: ReadonlySet<string> = new Set(['login', 'refreshSession']);

/** Root fields that may end sessions (a reused refresh token ends its session; a member or a node that moves ends its accounts'). */
const REVOKING_FIELDS: ReadonlySet<string> = new Set([
  'logout',
  'changePassword',
  'resetAccountPassword',
  'setAccountDisabled',
  'refreshSession',
  'transferMember',
  'transferMemberOut',
  'moveOrganization',
]);

/** The answers of a failed guess: only these keep their attempt counted. */
const FAILED_GUESS_CODES: ReadonlySet<unknown> = new Set(['INVALID_CREDENTIALS', 'INVALID_REFRESH_TOKEN']);

/** What one mutation took from the throttle, and whether it may end sessions. */
export interface SignInTicket {
  address: string;
  attempts: number;
  revoking: boolean;
}

type ErrorLike = { extensions?: Record<string, unknown> };

/**
 * What the gateway does around an operation that signs in or may end sessions, the same for both engines:
 * - before execution, a mutation's sign-in fields are taken from its client address's allowance
 *   (login-throttle.ts); past it the operation is refused with 429 `TOO_MANY_SIGN_IN_ATTEMPTS`;
 * - after execution, before the answer is sent, attempts that were not failed guesses are given back, and after a
 *   field that may end sessions the list of ended sessions is brought up to date (ended-sessions.ts), so that the
 *   next request with an access token of an ended session is refused.
 * Queries pass untouched: both kinds of field are mutations.
 */
export class SignInGate {
  constructor(
    private readonly throttle: LoginThrottle,
    private readonly endedSessions: EndedSessions,
  ) {}

  /** Throws the 429 GraphQLError when the address has no attempts left; null when the operation is none of this gate's. */
  before(
    operation: OperationDefinitionNode,
    document: DocumentNode,
    variables: Record<string, unknown> | undefined,
    address: string | undefined,
  ): SignInTicket | null {
    if (operation.operation !== 'mutation') return null;
    const names = rootFieldsOf(operation, document, variables ?? {}).map((field) => field.name);
    const attempts = names.filter((name) => SIGN_IN_FIELDS.has(name)).length;
    const revoking = names.some((name) => REVOKING_FIELDS.has(name));
    if (attempts === 0 && !revoking) return null;
    const key = address ?? 'unknown';
    if (attempts > 0) {
      const verdict = this.throttle.take(key, attempts);
      if (!verdict.allowed) throw tooManyAttempts(verdict.retryAfterSeconds);
    }
    return { address: key, attempts, revoking };
  }

  async after(ticket: SignInTicket | null, errors: readonly ErrorLike[] | undefined): Promise<void> {
    if (!ticket) return;
    const failedGuesses = (errors ?? []).filter((error) => FAILED_GUESS_CODES.has(error.extensions?.code)).length;
    const notGuesses = ticket.attempts - Math.min(failedGuesses, ticket.attempts);
    if (notGuesses > 0) this.throttle.giveBack(ticket.address, notGuesses);
    if (ticket.revoking) await this.endedSessions.catchUp();
  }
}

/** The refusal of a client address that has used up its sign-in attempts. */
function tooManyAttempts(retryAfterSeconds: number): GraphQLError {
  // Apollo reads `http.headers` as its HeaderMap; Hive's door sets the header itself (hive/sign-in-plugin.ts).
  const extensions: Record<string, unknown> = {
    code: 'TOO_MANY_SIGN_IN_ATTEMPTS',
    retryAfterSeconds,
    http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
  };
  return new GraphQLError(`登录尝试过于频繁，请 ${retryAfterSeconds} 秒后再试`, { extensions });
}

/** The gate as an Apollo Server plugin. */
export function signInGatePlugin(gate: SignInGate): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      let ticket: SignInTicket | null = null;
      return {
        async didResolveOperation({ operation, document, request, contextValue }) {
          if (operation) ticket = gate.before(operation, document, request.variables, contextValue.clientAddress);
        },
        async willSendResponse({ response }) {
          await gate.after(ticket, response.body.kind === 'single' ? response.body.singleResult.errors : undefined);
        },
      };
    },
  };
}
