import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const MemberDetailDocument = graphql(`
  query MemberDetail($id: ID!, $period: String!) {
    member(id: $id) {
      id
      name
      memberNo
      kind
      status
      organization {
        id
        name
      }
      score(period: $period) {
        total
        state
        graded
        reviewPending
        grade {
          name
        }
        star {
          base
          starPoints
        }
        veto {
          label
        }
        forcedGrade {
          label
        }
        consequences {
          label
        }
        components {
          code
          label
          kind
          score
          weight
          contribution
        }
        explanation {
          rule
          text
          component
          entries {
            id
            kind
            state
            itemLabel
            occurredOn
            points
            note
            review {
              points
            }
          }
        }
      }
      rating(period: $period) {
        status
        total
        base
        starPoints
        stars
        rank
        warning
        grade {
          name
        }
        consequences {
          label
        }
        explanation
      }
      warningCases {
        id
        periodKey
        trigger
        total
        triggerNote
        openedOn
        interviewDue
        status
        interviewedOn
        interviewedBy
        helperName
        plan
        rectifyDeadline
        outcome
        outcomeNote
        disposalMeasure
        overdue
      }
    }
  }
`);

/** A member's period: the breakdown with the entries behind each step, the rating and why, and any warning case. */
export function useMemberDetail(id: string, period: string) {
  return useQuery({
    queryKey: ['MemberDetail', { id, period }],
    queryFn: () => request(MemberDetailDocument, { id, period }),
  });
}
