import { Injectable } from '@nestjs/common';
import { AuditService } from '@reinstate/audit';
import { Actor, Clock, TenantDb, newId } from '@reinstate/platform';
import { isUniqueViolation } from '@reinstate/platform';
import { IdentityErrors } from '../identity.errors';
import { Membership } from '../memberships/membership.entity';
import { MembershipRepository, type UserTenantRow } from '../memberships/membership.repository';
import { Tenant } from '../tenants/tenant.entity';
import { TenantHooks } from '../tenants/tenant-hooks';
import { TenantRepository } from '../tenants/tenant.repository';
import { assertTimeZone } from '../tenants/time-zone.policy';
import { PasswordHasher } from '../users/password-hasher';
import { passwordProblem } from '../users/password.policy';
import { User } from '../users/user.entity';
import { UserRepository } from '../users/user.repository';
import { RefreshTokenRepository } from './refresh-token.repository';
import { decideRefresh, parseRefreshToken } from './refresh-token.policy';
import { TokenService, sha256, type TokenPair } from './token.service';

export interface SignupInput {
  tenantName: string;
  displayName: string;
  email: string;
  password: string;
  timeZone?: string;
  locale?: 'ja' | 'en';
}

export interface LoginInput {
  email: string;
  password: string;
  tenantId?: string;
}

/** A login either yields tokens for one tenant or asks the user to choose among several. */
export type LoginResult =
  | { kind: 'tokens'; tokens: TokenPair; actor: Actor }
  | { kind: 'choose_tenant'; tenants: { tenantId: string; tenantName: string; role: string }[] };

@Injectable()
export class AuthService {
  constructor(
    private readonly db: TenantDb,
    private readonly tenants: TenantRepository,
    private readonly users: UserRepository,
    private readonly memberships: MembershipRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly tokens: TokenService,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly tenantHooks: TenantHooks,
    private readonly clock: Clock,
  ) {}

  /** Self-service sign-up: a new consultancy and its first admin, in one transaction. */
  async signup(input: SignupInput): Promise<{ tokens: TokenPair; actor: Actor }> {
    const email = input.email.trim();
    const problem = passwordProblem(input.password, email);
    if (problem) throw IdentityErrors.weakPassword(problem.issue, problem.message);
    const timeZone = input.timeZone ?? 'Asia/Tokyo';
    assertTimeZone(timeZone);
    const passwordHash = await this.hasher.hash(input.password); // outside the transaction: it is slow
    const now = this.clock.now();
    const actor: Actor = { tenantId: newId(), userId: newId(), membershipId: newId(), role: 'admin' };
    const locale = input.locale ?? 'ja';

    return this.db.run({ tenantId: actor.tenantId, userId: actor.userId }, async () => {
      await this.tenants.insert(
        Object.assign(new Tenant(), {
          id: actor.tenantId,
          name: input.tenantName.trim(),
          timeZone,
          defaultLocale: locale,
          createdAt: now,
          updatedAt: now,
        }),
      );
      try {
        await this.users.insert(
          Object.assign(new User(), {
            id: actor.userId,
            email,
            passwordHash,
            displayName: input.displayName.trim(),
            locale,
            createdAt: now,
            updatedAt: now,
          }),
        );
      } catch (err) {
        if (isUniqueViolation(err, 'users_email_key')) throw IdentityErrors.emailTaken();
        throw err;
      }
      await this.memberships.insert(
        Object.assign(new Membership(), {
          tenantId: actor.tenantId,
          id: actor.membershipId,
          userId: actor.userId,
          role: 'admin',
          status: 'active',
          createdAt: now,
          updatedAt: now,
        }),
      );
      await this.audit.record(actor, {
        action: 'tenant.created',
        entityType: 'tenant',
        entityId: actor.tenantId,
        after: { name: input.tenantName.trim(), timeZone, adminEmail: email },
      });
      await this.tenantHooks.runCreated({ actor });
      return { tokens: await this.tokens.issue(actor), actor };
    });
  }

  /** Checks the password, then either issues tokens or lists the tenants to choose from. */
  async login(input: LoginInput): Promise<LoginResult> {
    const creds = await this.db.run({}, () => this.users.credentialsByEmail(input.email.trim()));
    const ok = await this.hasher.verify(creds?.passwordHash ?? null, input.password);
    if (!creds || !ok) throw IdentityErrors.invalidCredentials();
    const userId = creds.id;
    const options = await this.db.run({ userId }, () => this.memberships.activeTenantsOfUser(userId));
    if (options.length === 0) throw IdentityErrors.noMembership();

    let chosen: UserTenantRow | undefined;
    if (input.tenantId) {
      chosen = options.find((o) => o.tenantId === input.tenantId);
      if (!chosen) throw IdentityErrors.tenantNotFound();
    } else if (options.length === 1) {
      chosen = options[0];
    } else {
      return {
        kind: 'choose_tenant',
        tenants: options.map((o) => ({ tenantId: o.tenantId, tenantName: o.tenantName, role: o.role })),
      };
    }
    const actor: Actor = { userId, tenantId: chosen!.tenantId, role: chosen!.role, membershipId: chosen!.membershipId };
    const tokens = await this.db.run({ tenantId: actor.tenantId, userId }, async () => {
      await this.audit.record(actor, { action: 'auth.login', entityType: 'membership', entityId: actor.membershipId });
      return this.tokens.issue(actor);
    });
    return { kind: 'tokens', tokens, actor };
  }

  /**
   * Rotates a refresh token. A spent token presented again revokes its whole family; that
   * revocation commits before the error is thrown, so the thief's copy dies too.
   */
  async refresh(rawToken: string): Promise<TokenPair> {
    const parsed = parseRefreshToken(rawToken);
    if (!parsed) throw IdentityErrors.invalidRefreshToken();
    const now = this.clock.now();
    const outcome = await this.db.run({ tenantId: parsed.tenantId }, async () => {
      const token = await this.refreshTokens.findForUpdate(parsed.tenantId, sha256(parsed.secret));
      if (!token) return { error: IdentityErrors.invalidRefreshToken() };
      const decision = decideRefresh(token, now);
      const actor: Actor = {
        tenantId: parsed.tenantId,
        userId: token.userId,
        role: token.role as Actor['role'],
        membershipId: token.membershipId,
      };
      if (decision === 'reused') {
        await this.refreshTokens.revokeFamily(parsed.tenantId, token.familyId, now);
        await this.audit.record(actor, {
          action: 'auth.refresh_token_reused',
          entityType: 'membership',
          entityId: token.membershipId,
          after: { familyId: token.familyId },
        });
        return { error: IdentityErrors.refreshTokenReused() };
      }
      if (decision === 'revoked') return { error: IdentityErrors.refreshTokenRevoked() };
      if (decision === 'expired') return { error: IdentityErrors.refreshTokenExpired() };
      if (token.memberStatus !== 'active') return { error: IdentityErrors.refreshTokenRevoked() };
      await this.refreshTokens.markUsed(parsed.tenantId, token.id, now);
      return { tokens: await this.tokens.issue(actor, token.familyId) };
    });
    if ('error' in outcome) throw outcome.error;
    return outcome.tokens;
  }

  /** Ends the session the refresh token belongs to, or every session of this membership. */
  async logout(actor: Actor, rawToken?: string): Promise<void> {
    const now = this.clock.now();
    await this.db.run({ tenantId: actor.tenantId }, async () => {
      const parsed = rawToken ? parseRefreshToken(rawToken) : null;
      const token =
        parsed && parsed.tenantId === actor.tenantId
          ? await this.refreshTokens.findForUpdate(actor.tenantId, sha256(parsed.secret))
          : null;
      if (token && token.membershipId === actor.membershipId) {
        await this.refreshTokens.revokeFamily(actor.tenantId, token.familyId, now);
      } else {
        await this.refreshTokens.revokeMembership(actor.tenantId, actor.membershipId, now);
      }
      await this.audit.record(actor, { action: 'auth.logout', entityType: 'membership', entityId: actor.membershipId });
    });
  }
}
