import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { CreateAccountInput, CreateApiKeyInput } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

const CreateAccountDocument = graphql(`
  mutation ConsoleCreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      id
      label
    }
  }
`);

const SetAccountDisabledDocument = graphql(`
  mutation ConsoleSetAccountDisabled($id: ID!, $disabled: Boolean!) {
    setAccountDisabled(id: $id, disabled: $disabled) {
      id
      disabledAt
    }
  }
`);

const UnlockAccountDocument = graphql(`
  mutation ConsoleUnlockAccount($id: ID!) {
    unlockAccount(id: $id) {
      id
      failedLogins
      lockedUntil
    }
  }
`);

const ResetAccountPasswordDocument = graphql(`
  mutation ConsoleResetAccountPassword($id: ID!, $password: String!) {
    resetAccountPassword(id: $id, password: $password) {
      id
    }
  }
`);

const CreateApiKeyDocument = graphql(`
  mutation ConsoleCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
        organizationId
        prefix
      }
    }
  }
`);

const RevokeApiKeyDocument = graphql(`
  mutation ConsoleRevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);

/** After any change to accounts or keys, the lists and the audit log are read again. */
function useAfterChange() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['ScopeAccess'] });
    void queryClient.invalidateQueries({ queryKey: ['AuditLog'] });
  };
}

/** The console's changes to accounts and keys, each one request; errors are the API's (Chinese) for the form to show. */
export function useAccessMutations() {
  const onSuccess = useAfterChange();
  return {
    createAccount: useMutation({
      mutationFn: (input: CreateAccountInput) => request(CreateAccountDocument, { input }),
      onSuccess,
    }),
    setDisabled: useMutation({
      mutationFn: (v: { id: string; disabled: boolean }) => request(SetAccountDisabledDocument, v),
      onSuccess,
    }),
    unlock: useMutation({ mutationFn: (id: string) => request(UnlockAccountDocument, { id }), onSuccess }),
    resetPassword: useMutation({
      mutationFn: (v: { id: string; password: string }) => request(ResetAccountPasswordDocument, v),
      onSuccess,
    }),
    createApiKey: useMutation({
      mutationFn: (input: CreateApiKeyInput) => request(CreateApiKeyDocument, { input }),
      onSuccess,
    }),
    revokeApiKey: useMutation({ mutationFn: (id: string) => request(RevokeApiKeyDocument, { id }), onSuccess }),
  };
}
