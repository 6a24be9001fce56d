import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TodoKind, todoKindLabels } from './todo-rules';

registerEnumType(TodoKind, {
  name: 'TodoKind',
  description: '待办事项的种类',
  valuesConfig: Object.fromEntries(Object.values(TodoKind).map((k) => [k, { description: todoKindLabels[k] }])),
});

/**
 * The fields of one line of 待办, the same in every service that lists some. Each service names its own type
 * (`FilingTodo`, `RatingTodo`, `RegisterTodo`) extending this: a `@shareable` value type defined in three subgraphs
 * composes, but Hive Gateway's supergraph stitching refuses it ("Multiple canonical definitions"). Only the
 * subclasses are in the schema (type-graphql emits the types a resolver reaches).
 */
@ObjectType()
export abstract class TodoItemFields {
  @Field(() => TodoKind, { description: '种类' }) kind!: TodoKind;
  @Field(() => String, { description: '说明，如“3 份积分方案待审批”' }) label!: string;
  @Field(() => Int, { description: '件数' }) count!: number;
  @Field(() => Date, { nullable: true, description: '最早一件等待自哪天' }) oldestSince!: string | null;
  @Field(() => Date, { nullable: true, description: '最近的期限（公示期满日、约谈期限）' }) dueOn!: string | null;
  @Field(() => ID, {
    nullable: true,
    description: '最早一件的编号（报审、评定、预警案件、异议、公示或申报），据以打开办理',
  })
  targetId!: string | null;
  @Field(() => String, { nullable: true, description: '期间，如 2024-H1（评定）' }) periodKey!: string | null;
}
