import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import type { Role } from '@reinstate/platform';

const ROLE_VALUES = ['admin', 'consultant', 'client'] as const;

/** Shared query parameters of every list: keyset cursor and page size. */
export class PageQueryDto {
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional() @IsString() @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  limit?: number;
}

export class CreateInvitationDto {
  @ApiProperty({ example: 'consultant@example.jp' })
  @IsEmail() @MaxLength(254)
  email: string;

  @ApiProperty({ enum: ROLE_VALUES })
  @IsIn(ROLE_VALUES)
  role: Role;
}

export class AcceptInvitationDto {
  @ApiProperty({ description: 'The token from the invitation link' })
  @IsString() @Length(20, 100)
  token: string;

  @ApiProperty({ description: 'New password; or the existing password when the e-mail already has an account' })
  @IsString() @Length(1, 512)
  password: string;

  @ApiPropertyOptional({ description: 'Required when the e-mail has no account yet' })
  @IsOptional() @IsString() @Length(1, 100)
  displayName?: string;
}

export class InvitationListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['pending', 'accepted', 'revoked', 'expired'] })
  @IsOptional() @IsIn(['pending', 'accepted', 'revoked', 'expired'])
  status?: 'pending' | 'accepted' | 'revoked' | 'expired';
}

export class InvitationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ROLE_VALUES }) role: Role;
  @ApiProperty({ enum: ['pending', 'accepted', 'revoked', 'expired'] }) status: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) sentAt: string | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) acceptedAt: string | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) revokedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class CreatedInvitationDto {
  @ApiProperty({ type: InvitationDto }) invitation: InvitationDto;
  @ApiProperty({ description: 'Shown once; the link the invitee opens' }) token: string;
  @ApiProperty() acceptUrl: string;
}

export class InvitationPageDto {
  @ApiProperty({ type: [InvitationDto] }) items: InvitationDto[];
  @ApiPropertyOptional({ nullable: true }) nextCursor: string | null;
}

export class MemberListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ROLE_VALUES })
  @IsOptional() @IsIn(ROLE_VALUES)
  role?: Role;

  @ApiPropertyOptional({ enum: ['active', 'suspended'] })
  @IsOptional() @IsIn(['active', 'suspended'])
  status?: 'active' | 'suspended';
}

export class UpdateMemberDto {
  @ApiPropertyOptional({ enum: ROLE_VALUES })
  @IsOptional() @IsIn(ROLE_VALUES)
  role?: Role;

  @ApiPropertyOptional({ enum: ['active', 'suspended'] })
  @IsOptional() @IsIn(['active', 'suspended'])
  status?: 'active' | 'suspended';
}

export class MemberDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLE_VALUES }) role: Role;
  @ApiProperty({ enum: ['active', 'suspended'] }) status: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class MemberPageDto {
  @ApiProperty({ type: [MemberDto] }) items: MemberDto[];
  @ApiPropertyOptional({ nullable: true }) nextCursor: string | null;
}

export class TenantDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'Asia/Tokyo' }) timeZone: string;
  @ApiProperty({ enum: ['ja', 'en'] }) defaultLocale: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class UpdateTenantDto {
  @ApiPropertyOptional()
  @IsOptional() @IsString() @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ example: 'Asia/Tokyo' })
  @IsOptional() @IsString() @Length(1, 64)
  timeZone?: string;

  @ApiPropertyOptional({ enum: ['ja', 'en'] })
  @IsOptional() @IsIn(['ja', 'en'])
  defaultLocale?: 'ja' | 'en';
}

export class MeMembershipDto {
  @ApiProperty({ format: 'uuid' }) tenantId: string;
  @ApiProperty() tenantName: string;
  @ApiProperty({ enum: ROLE_VALUES }) role: string;
}

export class MeDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ['ja', 'en'] }) locale: string;
  @ApiProperty({ enum: ROLE_VALUES }) role: string;
  @ApiProperty({ format: 'uuid' }) membershipId: string;
  @ApiProperty({ type: TenantDto }) tenant: TenantDto;
  @ApiProperty({ type: [MeMembershipDto], description: 'Every tenant this account can sign in to' }) memberships: MeMembershipDto[];
}
