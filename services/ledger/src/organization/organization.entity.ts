import { Column, Entity, PrimaryColumn } from 'typeorm';
import { OrgLevel } from './org-level';

@Entity({ name: 'organization' })
export class OrganizationEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'district_id', type: 'uuid' }) districtId!: string;
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId!: string | null;
  @Column({ type: 'text' }) level!: OrgLevel;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'ltree' }) path!: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
