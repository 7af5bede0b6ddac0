import { Injectable } from '@nestjs/common';
import { Actor, TenantDb } from '@reinstate/platform';
import { IdentityErrors } from '../identity.errors';
import { MembershipRepository, type UserTenantRow } from '../memberships/membership.repository';
import { Tenant } from '../tenants/tenant.entity';
import { TenantRepository } from '../tenants/tenant.repository';
import { User } from './user.entity';
import { UserRepository } from './user.repository';

export interface Profile {
  user: User;
  tenant: Tenant;
  role: Actor['role'];
  membershipId: string;
  memberships: UserTenantRow[];
}

/** What GET /me shows: who I am, where I am, and where else I could sign in. */
@Injectable()
export class ProfileService {
  constructor(
    private readonly db: TenantDb,
    private readonly users: UserRepository,
    private readonly tenants: TenantRepository,
    private readonly memberships: MembershipRepository,
  ) {}

  me(actor: Actor): Promise<Profile> {
    // One read: the three statements go out together.
    return this.db.read({ tenantId: actor.tenantId, userId: actor.userId }, async () => {
      const [user, tenant, memberships] = await Promise.all([
        this.users.findById(actor.userId),
        this.tenants.findById(actor.tenantId),
        this.memberships.activeTenantsOfUser(actor.userId),
      ]);
      if (!user || !tenant) throw IdentityErrors.tenantNotFound();
      return { user, tenant, role: actor.role, membershipId: actor.membershipId, memberships };
    });
  }
}
