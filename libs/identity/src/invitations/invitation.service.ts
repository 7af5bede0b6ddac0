import { InjectQueue } from '@nestjs/bull';
import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '@reinstate/audit';
import {
  Actor,
  AppConfig,
  Clock,
  JOBS,
  QUEUES,
  TenantDb,
  clampLimit,
  decodeCursor,
  newId,
  requireRole,
  toPage,
  type DeliverInvitationJob,
  type Page,
  type Role,
} from '@reinstate/platform';
import { isUniqueViolation } from '@reinstate/platform';
import type { Queue } from 'bull';
import { randomSecret, sha256, TokenService, type TokenPair } from '../auth/token.service';
import { IdentityErrors } from '../identity.errors';
import { Membership } from '../memberships/membership.entity';
import { MembershipRepository } from '../memberships/membership.repository';
import { PasswordHasher } from '../users/password-hasher';
import { passwordProblem } from '../users/password.policy';
import { User } from '../users/user.entity';
import { UserRepository } from '../users/user.repository';
import { Invitation } from './invitation.entity';
import { InvitationHooks } from './invitation-hooks';
import { InvitationRepository, type InvitationStatusFilter } from './invitation.repository';
import { canInvite, invitationState } from './invitation.policy';

export interface CreatedInvitation {
  invitation: Invitation;
  /** Shown once, to the inviting admin, until mail delivery carries it (worker issue). */
  token: string;
  acceptUrl: string;
}

export interface AcceptInvitationInput {
  token: string;
  password: string;
  displayName?: string;
}

@Injectable()
export class InvitationService {
  private readonly logger = new Logger(InvitationService.name);

  constructor(
    private readonly db: TenantDb,
    private readonly invitations: InvitationRepository,
    private readonly memberships: MembershipRepository,
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly hooks: InvitationHooks,
    @InjectQueue(QUEUES.identity) private readonly queue: Queue,
  ) {}

  async create(actor: Actor, input: { email: string; role: Role }): Promise<CreatedInvitation> {
    requireRole(actor, ['admin']);
    if (!canInvite(actor.role, input.role)) throw IdentityErrors.invitationNotFound();
    const token = randomSecret();
    const now = this.clock.now();
    const invitation = Object.assign(new Invitation(), {
      tenantId: actor.tenantId,
      id: newId(),
      email: input.email.trim(),
      role: input.role,
      tokenHash: sha256(token),
      invitedBy: actor.membershipId,
      expiresAt: new Date(now.getTime() + this.config.INVITATION_TTL_HOURS * 3_600_000),
      sentAt: null,
      acceptedAt: null,
      acceptedMembershipId: null,
      revokedAt: null,
      createdAt: now,
    });
    await this.db.run({ tenantId: actor.tenantId }, async () => {
      await this.invitations.insert(invitation);
      await this.audit.record(actor, {
        action: 'invitation.created',
        entityType: 'invitation',
        entityId: invitation.id,
        after: { email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt },
      });
    });
    await this.enqueueDelivery(actor.tenantId, invitation.id);
    const { tokenHash: _hidden, ...shown } = invitation;
    return {
      invitation: shown as Invitation,
      token,
      acceptUrl: `${this.config.APP_BASE_URL}/accept-invitation?token=${encodeURIComponent(token)}`,
    };
  }

  async list(actor: Actor, query: { status?: InvitationStatusFilter; cursor?: string; limit?: number }): Promise<Page<Invitation>> {
    requireRole(actor, ['admin']);
    const limit = clampLimit(query.limit);
    const after = decodeCursor(query.cursor);
    const rows = await this.db.run({ tenantId: actor.tenantId }, () =>
      this.invitations.list(actor.tenantId, query.status, this.clock.now(), after, limit),
    );
    return toPage(rows, limit, (i) => ({ at: i.createdAt.toISOString(), id: i.id }));
  }

  get(actor: Actor, id: string): Promise<Invitation> {
    requireRole(actor, ['admin']);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const inv = await this.invitations.findById(actor.tenantId, id);
      if (!inv) throw IdentityErrors.invitationNotFound();
      return inv;
    });
  }

  async revoke(actor: Actor, id: string): Promise<Invitation> {
    requireRole(actor, ['admin']);
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const inv = await this.invitations.findById(actor.tenantId, id, true);
      if (!inv) throw IdentityErrors.invitationNotFound();
      const state = invitationState(inv, this.clock.now());
      if (state === 'accepted') throw IdentityErrors.invitationUsed();
      if (state !== 'revoked') {
        await this.invitations.update(actor.tenantId, id, { revokedAt: this.clock.now() });
        await this.audit.record(actor, { action: 'invitation.revoked', entityType: 'invitation', entityId: id });
      }
      return (await this.invitations.findById(actor.tenantId, id))!;
    });
  }

  /** Sends the invitation again (a lost e-mail, or Redis was down when it was created). */
  async resend(actor: Actor, id: string): Promise<void> {
    const inv = await this.get(actor, id);
    if (invitationState(inv, this.clock.now()) !== 'pending') throw IdentityErrors.invitationExpired();
    await this.enqueueDelivery(actor.tenantId, id);
  }

  /**
   * The worker's side of delivery. Idempotent: a redelivered job changes nothing. A missing
   * invitation throws so the job is retried: the creating transaction may not have committed yet.
   */
  async markSent(actor: Actor, id: string): Promise<boolean> {
    return this.db.run({ tenantId: actor.tenantId }, async () => {
      const inv = await this.invitations.findById(actor.tenantId, id, true);
      if (!inv) throw IdentityErrors.invitationNotFound();
      if (inv.sentAt) return false;
      await this.invitations.update(actor.tenantId, id, { sentAt: this.clock.now() });
      await this.audit.record(actor, { action: 'invitation.sent', entityType: 'invitation', entityId: id, after: { email: inv.email } });
      return true;
    });
  }

  /**
   * Accepts with the token. A new e-mail gets an account with the given password; an
   * existing account must prove its password (accepting never resets someone's password).
   */
  async accept(input: AcceptInvitationInput): Promise<{ tokens: TokenPair; actor: Actor }> {
    const located = await this.db.run({}, () => this.invitations.locateByTokenHash(sha256(input.token)));
    if (!located) throw IdentityErrors.invitationNotFound();
    const { tenantId } = located;
    const invitation = await this.db.run({ tenantId }, () => this.invitations.findById(tenantId, located.id));
    if (!invitation) throw IdentityErrors.invitationNotFound();
    this.assertPending(invitation);

    const existing = await this.db.run({}, () => this.users.credentialsByEmail(invitation.email));
    let passwordHash: string | null = null;
    if (existing) {
      if (!(await this.hasher.verify(existing.passwordHash, input.password))) throw IdentityErrors.invalidCredentials();
    } else {
      if (!input.displayName?.trim()) throw IdentityErrors.displayNameRequired();
      const problem = passwordProblem(input.password, invitation.email);
      if (problem) throw IdentityErrors.weakPassword(problem.issue, problem.message);
      passwordHash = await this.hasher.hash(input.password);
    }
    const userId = existing?.id ?? newId();
    const actor: Actor = { tenantId, userId, role: invitation.role, membershipId: newId() };

    return this.db.run({ tenantId, userId }, async () => {
      const locked = await this.invitations.findById(tenantId, invitation.id, true);
      this.assertPending(locked!); // re-checked under the lock: single use even when raced
      const now = this.clock.now();
      try {
        if (passwordHash) {
          await this.users.insert(
            Object.assign(new User(), {
              id: userId,
              email: invitation.email,
              passwordHash,
              displayName: input.displayName!.trim(),
              locale: 'ja',
              createdAt: now,
              updatedAt: now,
            }),
          );
        }
        await this.memberships.insert(
          Object.assign(new Membership(), {
            tenantId,
            id: actor.membershipId,
            userId,
            role: invitation.role,
            status: 'active',
            createdAt: now,
            updatedAt: now,
          }),
        );
      } catch (err) {
        if (isUniqueViolation(err, 'users_email_key')) throw IdentityErrors.emailTaken();
        if (isUniqueViolation(err, 'memberships_tenant_id_user_id_key')) throw IdentityErrors.alreadyMember();
        throw err;
      }
      await this.invitations.update(tenantId, invitation.id, { acceptedAt: now, acceptedMembershipId: actor.membershipId });
      await this.hooks.runAccepted({ actor, invitationId: invitation.id });
      await this.audit.record(actor, {
        action: 'invitation.accepted',
        entityType: 'invitation',
        entityId: invitation.id,
        after: { membershipId: actor.membershipId, role: invitation.role, newAccount: passwordHash !== null },
      });
      return { tokens: await this.tokens.issue(actor), actor };
    });
  }

  private assertPending(inv: Invitation): void {
    const state = invitationState(inv, this.clock.now());
    if (state === 'accepted') throw IdentityErrors.invitationUsed();
    if (state === 'revoked') throw IdentityErrors.invitationRevoked();
    if (state === 'expired') throw IdentityErrors.invitationExpired();
  }

  private async enqueueDelivery(tenantId: string, invitationId: string): Promise<void> {
    const job: DeliverInvitationJob = { tenantId, invitationId };
    try {
      await this.queue.add(JOBS.deliverInvitation, job, { jobId: `invitation:${invitationId}:${Date.now()}` });
    } catch (err) {
      // The invitation is stored; an admin can resend it once Redis is back.
      this.logger.error({ err, invitationId }, 'could not enqueue invitation delivery');
    }
  }
}
