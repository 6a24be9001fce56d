import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The ledger's `Member`, seen by the rating service: it adds the member's ratings and warning cases. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Member {
  @Field(() => ID) id!: string;
}
