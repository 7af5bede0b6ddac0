import { createSecretKey, type KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { AccessClaims } from '@reinstate/identity';
import { AppConfig, isUuid, ROLES, type Actor } from '@reinstate/platform';
import { verify } from 'jsonwebtoken';

const BEARER = /^bearer +([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/i;

/**
 * Bearer access tokens: the tenant and role come from the token, never from the body. Verified
 * here directly (HS256 only, issuer, audience, expiry) rather than through passport-jwt, whose
 * per-request strategy machinery cost ~5 % of the API's CPU on the case routes (bench/cases);
 * passport still runs the password login. The key is a KeyObject: given a string, jsonwebtoken
 * first tries createPublicKey() on it and catches the exception, on every request.
 */
@Injectable()
export class AccessTokenVerifier {
  private readonly key: KeyObject;

  constructor(config: AppConfig) {
    this.key = createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8'));
  }

  /** The actor of a valid `Authorization: Bearer …` header, else null (missing, forged, expired, malformed). */
  actorOf(authorization: string | undefined): Actor | null {
    const token = BEARER.exec(authorization ?? '')?.[1];
    if (!token) return null;
    let claims: AccessClaims & { exp?: unknown };
    try {
      claims = verify(token, this.key, { algorithms: ['HS256'], issuer: 'reinstate', audience: 'reinstate-api' }) as unknown as AccessClaims & { exp?: unknown };
    } catch {
      return null;
    }
    // jsonwebtoken checks `exp` only when present; our tokens always carry one, so one without is not ours.
    if (typeof claims.exp !== 'number') return null;
    if (!isUuid(claims.sub) || !isUuid(claims.tid) || !isUuid(claims.mid) || !ROLES.includes(claims.role)) return null;
    return { userId: claims.sub, tenantId: claims.tid, role: claims.role, membershipId: claims.mid };
  }
}
