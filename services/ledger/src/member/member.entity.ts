import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ExemptionReason, Gender, MemberKind, MemberStatus } from './member-kind';

@Entity({ name: 'member' })
export class MemberEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'district_id', type: 'uuid' }) districtId!: string;
  @Column({ name: 'org_id', type: 'uuid' }) orgId!: string;
  @Column({ name: 'org_path', type: 'ltree' }) orgPath!: string;
  @Column({ name: 'member_no', type: 'text' }) memberNo!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) gender!: Gender;
  @Column({ type: 'text' }) kind!: MemberKind;
  @Column({ type: 'text' }) status!: MemberStatus;
  @Column({ name: 'join_date', type: 'date', nullable: true }) joinDate!: string | null;
  @Column({ name: 'birth_date', type: 'date' }) birthDate!: string;
  @Column({ name: 'exempt_reason', type: 'text', nullable: true }) exemptReason!: ExemptionReason | null;
  @Column({ name: 'exempt_note', type: 'text', nullable: true }) exemptNote!: string | null;
  @Column({ name: 'exempt_assembly_on', type: 'date', nullable: true }) exemptAssemblyOn!: string | null;
  @Column({ name: 'exempt_approved_by', type: 'text', nullable: true }) exemptApprovedBy!: string | null;
  @Column({ name: 'exempt_approved_on', type: 'date', nullable: true }) exemptApprovedOn!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
