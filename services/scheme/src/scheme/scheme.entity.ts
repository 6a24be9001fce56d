import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'scheme' })
export class SchemeEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'district_id', type: 'uuid' }) districtId!: string;
  @Column({ name: 'owner_org_id', type: 'uuid' }) ownerOrgId!: string;
  /** The owner's ltree path (the ledger's), kept for the caller's view; null only on rows older than the column that the ledger could not fill. */
  @Column({ name: 'owner_org_path', type: 'ltree', nullable: true }) ownerOrgPath!: string | null;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ name: 'template_code', type: 'text', nullable: true }) templateCode!: string | null;
  @Column({ name: 'created_by', type: 'text' }) createdBy!: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity({ name: 'scheme_version' })
export class SchemeVersionEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'district_id', type: 'uuid' }) districtId!: string;
  @Column({ name: 'scheme_id', type: 'uuid' }) schemeId!: string;
  @Column({ type: 'integer' }) version!: number;
  @Column({ type: 'jsonb' }) rules!: Record<string, unknown>;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ name: 'created_by', type: 'text' }) createdBy!: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity({ name: 'scheme_assignment' })
export class SchemeAssignmentEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'district_id', type: 'uuid' }) districtId!: string;
  @Column({ name: 'org_id', type: 'uuid' }) orgId!: string;
  @Column({ name: 'scheme_version_id', type: 'uuid' }) schemeVersionId!: string;
  @Column({ name: 'effective_from', type: 'date' }) effectiveFrom!: string;
  @Column({ name: 'created_by', type: 'text' }) createdBy!: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
