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
      secretOrKey: config.JWT_SECRET,
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
