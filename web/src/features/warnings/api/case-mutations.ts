import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type {
  DecideWarningOutcomeInput,
  PairWarningHelperInput,
  RecordDisposalStepInput,
  RecordWarningInterviewInput,
  ReviseRectificationPlanInput,
  SetRectificationPlanInput,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

const InterviewDocument = graphql(`
  mutation ConsoleRecordWarningInterview($input: RecordWarningInterviewInput!) {
    recordWarningInterview(input: $input) {
      id
      status
    }
  }
`);

const PairHelperDocument = graphql(`
  mutation ConsolePairWarningHelper($input: PairWarningHelperInput!) {
    pairWarningHelper(input: $input) {
      id
      status
    }
  }
`);

const SetPlanDocument = graphql(`
  mutation ConsoleSetRectificationPlan($input: SetRectificationPlanInput!) {
    setRectificationPlan(input: $input) {
      id
      status
    }
  }
`);

const RevisePlanDocument = graphql(`
  mutation ConsoleReviseRectificationPlan($input: ReviseRectificationPlanInput!) {
    reviseRectificationPlan(input: $input) {
      id
      status
    }
  }
`);

const DecideOutcomeDocument = graphql(`
  mutation ConsoleDecideWarningOutcome($input: DecideWarningOutcomeInput!) {
    decideWarningOutcome(input: $input) {
      id
      status
    }
  }
`);

const DisposalStepDocument = graphql(`
  mutation ConsoleRecordDisposalStep($input: RecordDisposalStepInput!) {
    recordDisposalStep(input: $input) {
      id
      status
    }
  }
`);

/** Each step of a case, one request each; after any, the case and the board are read again. */
export function useCaseMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => {
    void queryClient.invalidateQueries({ queryKey: ['WarningCase'] });
    void queryClient.invalidateQueries({ queryKey: ['WarningBoard'] });
  };
  return {
    interview: useMutation({
      mutationFn: (input: RecordWarningInterviewInput) => request(InterviewDocument, { input }),
      onSuccess,
    }),
    pairHelper: useMutation({
      mutationFn: (input: PairWarningHelperInput) => request(PairHelperDocument, { input }),
      onSuccess,
    }),
    setPlan: useMutation({
      mutationFn: (input: SetRectificationPlanInput) => request(SetPlanDocument, { input }),
      onSuccess,
    }),
    revisePlan: useMutation({
      mutationFn: (input: ReviseRectificationPlanInput) => request(RevisePlanDocument, { input }),
      onSuccess,
    }),
    decideOutcome: useMutation({
      mutationFn: (input: DecideWarningOutcomeInput) => request(DecideOutcomeDocument, { input }),
      onSuccess,
    }),
    disposalStep: useMutation({
      mutationFn: (input: RecordDisposalStepInput) => request(DisposalStepDocument, { input }),
      onSuccess,
    }),
  };
}
