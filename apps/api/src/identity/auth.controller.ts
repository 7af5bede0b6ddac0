import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { AuthService, InvitationService, type LoginResult } from '@reinstate/identity';
import type { Actor } from '@reinstate/platform';
import { CurrentActor, Public } from '../auth/decorators';
import { LocalAuthGuard } from '../auth/guards';
import { ApiErrors } from '../http/api-errors.decorator';
import { LoginDto, LoginResponseDto, LogoutDto, RefreshDto, SignupDto, TokenPairDto } from './dto/auth.dto';
import { AcceptInvitationDto } from './dto/identity.dto';

/** Sign-up, sign-in, token refresh and sign-out. Rate-limited per client address. */
@ApiTags('auth')
@Controller('auth')
@UseGuards(ThrottlerGuard)
@Throttle({ auth: {} })
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly invitations: InvitationService,
  ) {}

  @Public()
  @Post('signup')
  @ApiOkResponse({ type: TokenPairDto, description: 'A new consultancy with you as its admin' })
  @ApiErrors(400, 409, 413, 429)
  async signup(@Body() dto: SignupDto): Promise<TokenPairDto> {
    return (await this.auth.signup(dto)).tokens;
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @UseGuards(LocalAuthGuard)
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiErrors(400, 401, 403, 404, 429)
  login(@Body() _dto: LoginDto, @Req() req: { user: LoginResult }): LoginResponseDto {
    const result = req.user;
    return result.kind === 'tokens' ? { tokens: result.tokens } : { chooseTenant: result.tenants };
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto, description: 'A new pair; the presented refresh token is spent' })
  @ApiErrors(400, 401, 429)
  refresh(@Body() dto: RefreshDto): Promise<TokenPairDto> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiErrors(400, 401, 429)
  async logout(@CurrentActor() actor: Actor, @Body() dto: LogoutDto): Promise<void> {
    await this.auth.logout(actor, dto.refreshToken);
  }

  @Public()
  @Post('accept-invitation')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto, description: 'Joined the consultancy; signed in' })
  @ApiErrors(400, 401, 404, 409, 410, 429)
  async acceptInvitation(@Body() dto: AcceptInvitationDto): Promise<TokenPairDto> {
    return (await this.invitations.accept(dto)).tokens;
  }
}
