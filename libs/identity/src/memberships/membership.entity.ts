import type { Role } from '@reinstate/platform';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type MembershipStatus = 'active' | 'suspended';

/** Ties a user to a tenant with a role. */
@Entity('memberships')
export class Membership {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Column('text')
  role: Role;

  @Column('text')
  status: MembershipStatus;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
