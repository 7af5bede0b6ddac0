import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { AuthService, type LoginResult } from '@reinstate/identity';
import { DomainError } from '@reinstate/platform';
import { Strategy } from 'passport-local';
import type { LoginDto } from '../identity/dto/auth.dto';

/** E-mail and password (passport-local); the optional tenantId picks one of several memberships. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  async validate(req: { body: LoginDto }, email: string, password: string): Promise<LoginResult> {
    if (typeof email !== 'string' || typeof password !== 'string') {
      throw new DomainError('VALIDATION_FAILED', 'invalid', 'email and password are required.');
    }
    return this.auth.login({ email, password, tenantId: req.body.tenantId });
  }
}
