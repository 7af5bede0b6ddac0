import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ProfileService, TenantService } from '@reinstate/identity';
import type { Actor } from '@reinstate/platform';
import { CurrentActor, Roles } from '../auth/decorators';
import { ApiErrors } from '../http/api-errors.decorator';
import { MeDto, TenantDto, UpdateTenantDto } from './dto/identity.dto';
import { presentTenant } from './presenters';

@ApiTags('me')
@ApiBearerAuth()
@Controller()
export class MeController {
  constructor(
    private readonly profiles: ProfileService,
    private readonly tenants: TenantService,
  ) {}

  @Get('me')
  @ApiOkResponse({ type: MeDto })
  @ApiErrors(401)
  async me(@CurrentActor() actor: Actor): Promise<MeDto> {
    const p = await this.profiles.me(actor);
    return {
      userId: p.user.id,
      email: p.user.email,
      displayName: p.user.displayName,
      locale: p.user.locale,
      role: p.role,
      membershipId: p.membershipId,
      tenant: presentTenant(p.tenant),
      memberships: p.memberships.map((m) => ({ tenantId: m.tenantId, tenantName: m.tenantName, role: m.role })),
    };
  }

  @Get('tenant')
  @ApiOkResponse({ type: TenantDto, description: 'The current consultancy and its settings' })
  @ApiErrors(401)
  async tenant(@CurrentActor() actor: Actor): Promise<TenantDto> {
    return presentTenant(await this.tenants.get(actor));
  }

  @Patch('tenant')
  @Roles('admin')
  @ApiOkResponse({ type: TenantDto })
  @ApiErrors(400, 401, 403)
  async updateTenant(@CurrentActor() actor: Actor, @Body() dto: UpdateTenantDto): Promise<TenantDto> {
    return presentTenant(await this.tenants.update(actor, dto));
  }
}
