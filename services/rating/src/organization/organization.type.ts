import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The ledger's `Organization`, seen by the rating service: it adds quota fields, resolved from `path`. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Organization {
  @Field(() => ID) id!: string;
  @Directive('@external')
  @Field(() => String)
  path!: string;
}
