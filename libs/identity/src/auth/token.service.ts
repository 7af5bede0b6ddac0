import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Actor, AppConfig, Clock, newId } from '@reinstate/platform';
import { RefreshToken } from './refresh-token.entity';
import { RefreshTokenRepository } from './refresh-token.repository';
import { formatRefreshToken } from './refresh-token.policy';

export interface TokenPair {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: string;
}

/** Claims of the short-lived access token. */
export interface AccessClaims {
  sub: string;
  tid: string;
  role: Actor['role'];
  mid: string;
}

export function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly repo: RefreshTokenRepository,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Issues an access token and a refresh token (a new family unless one is given). Runs inside the caller's transaction. */
  async issue(actor: Actor, familyId: string = newId()): Promise<TokenPair> {
    const now = this.clock.now();
    const secret = randomSecret();
    const token = new RefreshToken();
    token.tenantId = actor.tenantId;
    token.id = newId();
    token.familyId = familyId;
    token.membershipId = actor.membershipId;
    token.tokenHash = sha256(secret);
    token.expiresAt = new Date(now.getTime() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    token.createdAt = now;
    await this.repo.insert(token);
    const claims: AccessClaims = { sub: actor.userId, tid: actor.tenantId, role: actor.role, mid: actor.membershipId };
    return {
      accessToken: await this.jwt.signAsync(claims),
      tokenType: 'Bearer',
      expiresIn: this.config.JWT_ACCESS_TTL_SECONDS,
      refreshToken: formatRefreshToken(actor.tenantId, secret),
      refreshExpiresAt: token.expiresAt.toISOString(),
    };
  }
}
