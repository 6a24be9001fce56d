import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One line of a member's transfer history (组织关系转接); never changed once written. */
@Entity({ name: 'member_transfer' })
export class MemberTransferEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'district_id', type: 'uuid' }) districtId!: string;
  @Column({ name: 'member_id', type: 'uuid' }) memberId!: string;
  @Column({ name: 'from_org_id', type: 'uuid' }) fromOrgId!: string;
  /** `null` when the member left the district (转出). */
  @Column({ name: 'to_org_id', type: 'uuid', nullable: true }) toOrgId!: string | null;
  @Column({ name: 'transferred_on', type: 'date' }) transferredOn!: string;
  @Column({ type: 'text' }) reason!: string;
  @Column({ name: 'recorded_by', type: 'text' }) recordedBy!: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: Date;
}
