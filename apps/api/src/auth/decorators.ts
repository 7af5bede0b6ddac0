import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Actor, Role } from '@reinstate/platform';

export const IS_PUBLIC = 'reinstate:public';
export const ROLES = 'reinstate:roles';

/** The route needs no access token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call the route (checked again in the service). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** The authenticated actor (user, tenant, role) taken from the access token. */
export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => {
  return ctx.switchToHttp().getRequest<{ user: Actor }>().user;
});
