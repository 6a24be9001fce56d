import { Directive, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EntryKind, EntryState } from './entry-state';

export enum HonourLevel {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  UNIT = 'UNIT',
  BRANCH = 'BRANCH',
}

registerEnumType(HonourLevel, {
  name: 'HonourLevel',
  description: '表彰、成果等的级别',
  valuesConfig: {
    NATIONAL: { description: '国家级' },
    PROVINCIAL: { description: '省级' },
    CITY: { description: '市级' },
    COUNTY: { description: '县（区）级' },
    TOWNSHIP: { description: '乡镇（党工委）级' },
    UNIT: { description: '本单位' },
    BRANCH: { description: '党支部' },
  },
});
registerEnumType(EntryState, {
  name: 'EntryState',
  description: '积分记录所处环节',
  valuesConfig: {
    DECLARED: { description: '已申报，待支委初评' },
    ACCEPTED: { description: '支委初评认定，待党员大会评定' },
    REJECTED: { description: '初评不予认定' },
    CONFIRMED: { description: '党员大会已评定，待公示' },
    PUBLISHED: { description: '公示中' },
    FINAL: { description: '公示期满，已确认' },
    REVERSED: { description: '已冲正（被一条冲正记录抵消）' },
  },
});
registerEnumType(EntryKind, {
  name: 'EntryKind',
  description: '记录类型',
  valuesConfig: { CLAIM: { description: '积分记录' }, REVERSAL: { description: '冲正记录' } },
});

@ObjectType({ description: '支委初评' })
export class EntryReview {
  @Field(() => String, { description: 'ACCEPTED 认定 / REJECTED 不予认定' }) decision!: string;
  @Field(() => Float, { nullable: true, description: '认定的分值（扣分为负；期间封顶等由期间积分计算）' }) points!:
    number | null;
  @Field(() => String, { nullable: true, description: '理由' }) reason!: string | null;
  @Field(() => String, { description: '初评人的调用者标识（account:<编号>、key:<编号> 或 system），供程序比对' })
  reviewedBy!: string;
  @Field(() => String, { description: '初评人署名：组织、角色和姓名（初评时的名称），如“青山村党支部 书记 张某”' })
  reviewedByName!: string;
  @Field(() => String, { description: '初评时间' }) reviewedAt!: string;
}

@ObjectType({ description: '积分记录（台账中的一条，只增不改）' })
@Directive('@key(fields: "id")')
export class Entry {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '本支部台账中的序号' }) seq!: number;
  @Field(() => EntryKind) kind!: EntryKind;
  @Field(() => EntryState) state!: EntryState;
  @Field(() => ID, { description: '党员' }) memberId!: string;
  @Field(() => ID, { description: '所属党支部' }) branchId!: string;
  @Field(() => ID, { description: '申报时执行的方案版本' }) schemeVersionId!: string;
  @Field(() => String, { description: '项目代码' }) itemCode!: string;
  @Field(() => String, { description: '项目名称' }) itemLabel!: string;
  @Field(() => Date, { description: '发生日期' }) occurredOn!: string;
  @Field(() => Float, { nullable: true, description: '数量' }) quantity!: number | null;
  @Field(() => HonourLevel, { nullable: true, description: '级别' }) level!: HonourLevel | null;
  @Field(() => Float, { nullable: true, description: '申报的分值（酌情给分的项目）' }) points!: number | null;
  @Field(() => Boolean, { nullable: true, description: '牵头、组织' }) leading!: boolean | null;
  @Field(() => Int, { nullable: true, description: '共同完成的单位数' }) contributors!: number | null;
  @Field(() => String, { nullable: true, description: '事项（同一事项按最高级别计一次）' }) matter!: string | null;
  @Field(() => String, { nullable: true, description: '说明' }) note!: string | null;
  @Field(() => [ID], { description: '证明材料' }) evidenceIds!: string[];
  @Field(() => ID, { nullable: true, description: '冲正记录所抵消的记录' }) reversesEntryId!: string | null;
  @Field(() => String, { nullable: true, description: '冲正理由' }) reason!: string | null;
  @Field(() => ID, { nullable: true, description: '抵消本记录的冲正记录' }) reversedBy!: string | null;
  @Field(() => String, { description: '申报人的调用者标识（account:<编号>、key:<编号> 或 system），供程序比对' })
  declaredBy!: string;
  @Field(() => String, { description: '申报人署名：组织、角色和姓名（申报时的名称），如“青山村党支部 党员 李明”' })
  declaredByName!: string;
  @Field(() => String, { description: '申报人角色' }) declaredByRole!: string;
  @Field(() => String, { description: '登记时间' }) recordedAt!: string;
  @Field(() => String, { description: '本条在支部哈希链中的哈希' }) hash!: string;
  @Field(() => EntryReview, { nullable: true, description: '支委初评' }) review!: EntryReview | null;
  @Field(() => ID, { nullable: true, description: '评定它的党员大会' }) assemblyId!: string | null;
  @Field(() => ID, { nullable: true, description: '公示它的公示' }) windowId!: string | null;
  districtId!: string;
}

@ObjectType({ description: '一页积分记录' })
export class EntryPage {
  @Field(() => [Entry]) items!: Entry[];
  @Field(() => Int, { description: '符合条件的总条数' }) total!: number;
}

@ObjectType({ description: '证明材料' })
export class Evidence {
  @Field(() => ID) id!: string;
  @Field(() => String) fileName!: string;
  @Field(() => String) contentType!: string;
  @Field(() => Int, { description: '字节数' }) size!: number;
  @Field(() => String) sha256!: string;
  @Field(() => String) uploadedBy!: string;
  @Field(() => String) uploadedAt!: string;
  branchId!: string;
}

@ObjectType({ description: '台账哈希链核验结果' })
export class LedgerVerification {
  @Field(() => Boolean, { description: '整条链完好' }) ok!: boolean;
  @Field(() => Int, { description: '核验的记录条数' }) checked!: number;
  @Field(() => Int, { nullable: true, description: '第一处断裂的序号' }) brokenAt!: number | null;
  @Field(() => ID, { nullable: true, description: '第一处断裂的记录' }) brokenEntryId!: string | null;
  @Field(() => String, { nullable: true, description: '问题' }) problem!: string | null;
}

@InputType({ description: '申报积分' })
export class DeclareEntryInput {
  @Field(() => ID, { description: '党员' }) memberId!: string;
  @Field(() => String, { description: '项目代码（见方案）' }) item!: string;
  @Field(() => Date, { description: '发生日期' }) occurredOn!: string;
  @Field(() => Float, { nullable: true, description: '数量（按数量计分的项目）' }) quantity?: number | null;
  @Field(() => HonourLevel, { nullable: true, description: '级别（按级别计分的项目）' }) level?: HonourLevel | null;
  @Field(() => Float, { nullable: true, description: '建议分值（酌情给分的项目）' }) points?: number | null;
  @Field(() => Boolean, { nullable: true, description: '牵头、组织' }) leading?: boolean | null;
  @Field(() => Int, { nullable: true, description: '共同完成的单位数' }) contributors?: number | null;
  @Field(() => String, { nullable: true, description: '事项' }) matter?: string | null;
  @Field(() => String, { nullable: true, description: '说明' }) note?: string | null;
  @Field(() => [ID], { nullable: true, description: '证明材料：POST /uploads/evidence 上传后回答中的 id' })
  evidenceIds?: string[] | null;
}

@InputType({ description: '登记一次会议或活动的出席（每人一条记录）' })
export class RecordAttendanceInput {
  @Field(() => ID, { description: '党支部' }) organizationId!: string;
  @Field(() => String, { description: '项目代码' }) item!: string;
  @Field(() => Date, { description: '会议或活动日期' }) occurredOn!: string;
  @Field(() => [ID], { description: '出席的党员' }) memberIds!: string[];
  @Field(() => String, { nullable: true, description: '说明，如会议名称' }) note?: string | null;
  @Field(() => Boolean, { defaultValue: false, description: '由支委按签到表登记，直接认定（初评）' }) accept!: boolean;
}

@InputType({ description: '成批登记同一党支部的积分记录（如支部的系统对接时）：逐条检查，有一条不对则全部不登记' })
export class RecordEntriesInput {
  @Field(() => ID, { description: '党支部' }) organizationId!: string;
  @Field(() => [DeclareEntryInput], { description: '记录，一次 1 到 1000 条，均为本支部党员' })
  entries!: DeclareEntryInput[];
  @Field(() => Boolean, { defaultValue: false, description: '由支委登记，直接认定（初评）' }) accept!: boolean;
}

@InputType({ description: '从已上传的 CSV 或 xlsx 文件导入积分记录：逐行检查，有一行不对则全部不导入' })
export class ImportEntriesInput {
  @Field(() => ID, { description: '党支部' }) organizationId!: string;
  @Field(() => ID, {
    description:
      '导入文件：先 POST /uploads/import?organizationId=…&fileName=… 上传（CSV 或 xlsx，不超过 5 MB，1 小时内有效），用其回答中的 id；导入成功后文件即用掉',
  })
  uploadId!: string;
  @Field(() => Boolean, { defaultValue: false, description: '由支委导入，直接认定（初评）' }) accept!: boolean;
}

@InputType({ description: '支委初评' })
export class ReviewEntriesInput {
  @Field(() => [ID], { description: '同一党支部的记录' }) entryIds!: string[];
  @Field(() => Boolean, { description: 'true 认定，false 不予认定' }) accept!: boolean;
  @Field(() => Float, { nullable: true, description: '酌情给分项目的分值（逐条初评时）' }) points?: number | null;
  @Field(() => String, { nullable: true, description: '理由（不予认定时必填）' }) reason?: string | null;
}
