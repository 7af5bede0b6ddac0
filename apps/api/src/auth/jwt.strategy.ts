import { createSecretKey, type KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { AccessClaims } from '@reinstate/identity';
import { AppConfig, isUuid, ROLES, type Actor } from '@reinstate/platform';
import { verify } from 'jsonwebtoken';

const BEARER = /^bearer +([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/i;
/** Verified tokens remembered (a client sends the same token with every request until it expires). */
const CACHE_SIZE = 10_000;

/**
 * Bearer access tokens: the tenant and role come from the token, never from the body. Verified
 * here directly (HS256 only, issuer, audience, expiry) rather than through passport-jwt, whose
 * per-request strategy machinery cost ~5 % of the API's CPU on the case routes (bench/cases);
 * passport still runs the password login. The key is a KeyObject: given a string, jsonwebtoken
 * first tries createPublicKey() on it and catches the exception, on every request.
 *
 * A token once verified is remembered with its expiry until then (bounded, oldest out first):
 * the same string always verifies the same way, so only its expiry is checked again, which saves
 * jsonwebtoken's decode and checks (~7 % of a case read's CPU, bench/cases). Forged or refused
 * tokens are never remembered.
 */
@Injectable()
export class AccessTokenVerifier {
  private readonly key: KeyObject;
  private readonly verified = new Map<string, { actor: Actor; exp: number }>();

  constructor(config: AppConfig) {
    this.key = createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8'));
  }

  /** The actor of a valid `Authorization: Bearer …` header, else null (missing, forged, expired, malformed). */
  actorOf(authorization: string | undefined): Actor | null {
    const token = BEARER.exec(authorization ?? '')?.[1];
    if (!token) return null;
    const known = this.verified.get(token);
    if (known) {
      // As jsonwebtoken: valid while the expiry (whole seconds) is still ahead.
      if (known.exp > Math.floor(Date.now() / 1000)) return known.actor;
      this.verified.delete(token);
      return null;
    }
    const entry = this.verify(token);
    if (!entry) return null;
    if (this.verified.size >= CACHE_SIZE) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, entry);
    return entry.actor;
  }

  private verify(token: string): { actor: Actor; exp: number } | null {
    let claims: AccessClaims & { exp?: unknown };
    try {
      claims = verify(token, this.key, { algorithms: ['HS256'], issuer: 'reinstate', audience: 'reinstate-api' }) as unknown as AccessClaims & { exp?: unknown };
    } catch {
      return null;
    }
    // jsonwebtoken checks `exp` only when present; our tokens always carry one, so one without is not ours.
    if (typeof claims.exp !== 'number') return null;
    if (!isUuid(claims.sub) || !isUuid(claims.tid) || !isUuid(claims.mid) || !ROLES.includes(claims.role)) return null;
    // Frozen: one object serves every request that carries this token.
    return { actor: Object.freeze({ userId: claims.sub, tenantId: claims.tid, role: claims.role, membershipId: claims.mid }), exp: claims.exp };
  }
}
