import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@reinstate/audit';
import { AppConfig, QUEUES } from '@reinstate/platform';
import { AuthService } from './auth/auth.service';
import { RefreshToken } from './auth/refresh-token.entity';
import { RefreshTokenRepository } from './auth/refresh-token.repository';
import { TokenService } from './auth/token.service';
import { Invitation } from './invitations/invitation.entity';
import { InvitationHooks } from './invitations/invitation-hooks';
import { InvitationRepository } from './invitations/invitation.repository';
import { InvitationService } from './invitations/invitation.service';
import { Membership } from './memberships/membership.entity';
import { MembershipRepository } from './memberships/membership.repository';
import { MembershipService } from './memberships/membership.service';
import { Tenant } from './tenants/tenant.entity';
import { TenantHooks } from './tenants/tenant-hooks';
import { TenantRepository } from './tenants/tenant.repository';
import { TenantService } from './tenants/tenant.service';
import { PasswordHasher } from './users/password-hasher';
import { ProfileService } from './users/profile.service';
import { User } from './users/user.entity';
import { UserRepository } from './users/user.repository';

/** Tenants, users, memberships, invitations and tokens. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Tenant, User, Membership, Invitation, RefreshToken]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.JWT_SECRET,
        signOptions: { expiresIn: config.JWT_ACCESS_TTL_SECONDS, algorithm: 'HS256', issuer: 'reinstate', audience: 'reinstate-api' },
        verifyOptions: { algorithms: ['HS256'], issuer: 'reinstate', audience: 'reinstate-api' },
      }),
    }),
    BullModule.registerQueue({ name: QUEUES.identity }),
    AuditModule,
  ],
  providers: [
    TenantRepository,
    UserRepository,
    MembershipRepository,
    InvitationRepository,
    RefreshTokenRepository,
    PasswordHasher,
    TokenService,
    AuthService,
    TenantService,
    ProfileService,
    MembershipService,
    InvitationService,
    InvitationHooks,
    TenantHooks,
  ],
  exports: [InvitationHooks, TenantHooks, AuthService, TenantService, ProfileService, MembershipService, InvitationService, JwtModule, AuditModule, BullModule],
})
export class IdentityModule {}
