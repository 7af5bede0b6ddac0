import { ExecutionContext, Injectable, type CanActivate } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { DomainError, requireRole, type Actor, type Role } from '@reinstate/platform';
import { LoginDto } from '../identity/dto/auth.dto';
import { validationPipe } from '../http/validation';
import { IS_PUBLIC, ROLES } from './decorators';
import { AccessTokenVerifier } from './jwt.strategy';

/** Every route needs a valid access token unless marked @Public(). */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenVerifier,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; user?: Actor }>();
    const actor = this.tokens.actorOf(request.headers.authorization);
    if (!actor) throw new DomainError('UNAUTHENTICATED', 'unauthenticated', 'A valid access token is required.');
    request.user = actor;
    return true;
  }
}

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, [context.getHandler(), context.getClass()]);
    if (!roles) return true;
    const actor = context.switchToHttp().getRequest<{ user?: Actor }>().user;
    if (!actor) return false;
    requireRole(actor, roles);
    return true;
  }
}

/**
 * passport-local on the login route. Guards run before pipes, so the body is validated here
 * first (same rules as every DTO); coded errors from the service pass through unchanged.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  private readonly pipe = validationPipe();

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<{ body: unknown }>();
    req.body = await this.pipe.transform(req.body, { type: 'body', metatype: LoginDto });
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T>(err: unknown, user: T): T {
    if (err) throw err;
    if (!user) throw new DomainError('VALIDATION_FAILED', 'invalid', 'email and password are required.');
    return user;
  }
}
