import { createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { AccessClaims } from '@reinstate/identity';
import { AppConfig, isUuid, ROLES, type Actor } from '@reinstate/platform';
import { ExtractJwt, Strategy } from 'passport-jwt';

/** Bearer access tokens: the tenant and role come from the token, never from the body. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject, not the string: jsonwebtoken otherwise tries createPublicKey() on the string
      // first and catches its exception on every request (~7 % of a case detail's CPU, bench/cases).
      // passport-jwt's types say string | Buffer; it hands the value to jsonwebtoken, which takes a KeyObject.
      secretOrKey: createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8')) as unknown as Buffer,
      algorithms: ['HS256'],
      issuer: 'reinstate',
      audience: 'reinstate-api',
      ignoreExpiration: false,
    });
  }

  validate(claims: AccessClaims): Actor | false {
    if (!isUuid(claims.sub) || !isUuid(claims.tid) || !isUuid(claims.mid) || !ROLES.includes(claims.role)) return false;
    return { userId: claims.sub, tenantId: claims.tid, role: claims.role, membershipId: claims.mid };
  }
}
