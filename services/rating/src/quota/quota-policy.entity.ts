import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'quota_policy' })
export class QuotaPolicyEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'district_id', type: 'uuid' }) districtId!: string;
  @Column({ name: 'org_id', type: 'uuid' }) orgId!: string;
  @Column({ type: 'integer' }) cycle!: number;
  @Column({ name: 'five_star_percent', type: 'numeric' }) fiveStarPercent!: string;
  @Column({ name: 'four_star_percent', type: 'numeric' }) fourStarPercent!: string;
  @Column({ name: 'three_star_percent', type: 'numeric' }) threeStarPercent!: string;
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @Column({ name: 'set_by', type: 'text' }) setBy!: string;
  @Column({ name: 'set_at', type: 'timestamptz' }) setAt!: Date;
}
