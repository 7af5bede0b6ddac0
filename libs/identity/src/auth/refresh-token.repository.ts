import { Injectable } from '@nestjs/common';
import { TenantDb } from '@reinstate/platform';
import { RefreshToken } from './refresh-token.entity';

export interface RefreshTokenWithMember extends RefreshToken {
  userId: string;
  role: string;
  memberStatus: string;
}

@Injectable()
export class RefreshTokenRepository {
  constructor(private readonly db: TenantDb) {}

  async insert(token: RefreshToken): Promise<void> {
    await this.db.manager().insert(RefreshToken, token);
  }

  /** Locks the token row so two concurrent refreshes with one token serialise (the second is reuse). */
  async findForUpdate(tenantId: string, tokenHash: Buffer): Promise<RefreshTokenWithMember | null> {
    const rows = await this.db.manager().query(
      `SELECT r.id, r.family_id, r.membership_id, r.expires_at, r.used_at, r.revoked_at, r.created_at,
              m.user_id, m.role, m.status AS member_status
         FROM refresh_tokens r JOIN memberships m ON m.tenant_id = r.tenant_id AND m.id = r.membership_id
        WHERE r.tenant_id = $1 AND r.token_hash = $2
        FOR UPDATE OF r`,
      [tenantId, tokenHash],
    );
    const r = rows[0];
    if (!r) return null;
    return Object.assign(new RefreshToken(), {
      tenantId,
      id: r.id,
      familyId: r.family_id,
      membershipId: r.membership_id,
      tokenHash,
      expiresAt: r.expires_at,
      usedAt: r.used_at,
      revokedAt: r.revoked_at,
      createdAt: r.created_at,
      userId: r.user_id,
      role: r.role,
      memberStatus: r.member_status,
    });
  }

  async markUsed(tenantId: string, id: string, at: Date): Promise<void> {
    await this.db.manager().update(RefreshToken, { tenantId, id }, { usedAt: at });
  }

  async revokeFamily(tenantId: string, familyId: string, at: Date): Promise<void> {
    await this.db
      .manager()
      .query('UPDATE refresh_tokens SET revoked_at = $3 WHERE tenant_id = $1 AND family_id = $2 AND revoked_at IS NULL', [
        tenantId,
        familyId,
        at,
      ]);
  }

  async revokeMembership(tenantId: string, membershipId: string, at: Date): Promise<void> {
    await this.db
      .manager()
      .query(
        'UPDATE refresh_tokens SET revoked_at = $3 WHERE tenant_id = $1 AND membership_id = $2 AND revoked_at IS NULL',
        [tenantId, membershipId, at],
      );
  }
}
