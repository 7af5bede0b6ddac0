import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

export class SignupDto {
  @ApiProperty({ example: 'Sakura Appeals K.K.', description: 'Name of the consultancy' })
  @IsString() @Length(1, 200)
  tenantName: string;

  @ApiProperty({ example: '山田 花子' })
  @IsString() @Length(1, 100)
  displayName: string;

  @ApiProperty({ example: 'hanako@example.jp' })
  @IsEmail() @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 10, maxLength: 128 })
  @IsString() @Length(1, 512)
  password: string;

  @ApiPropertyOptional({ example: 'Asia/Tokyo', default: 'Asia/Tokyo' })
  @IsOptional() @IsString() @Length(1, 64)
  timeZone?: string;

  @ApiPropertyOptional({ enum: ['ja', 'en'], default: 'ja' })
  @IsOptional() @IsIn(['ja', 'en'])
  locale?: 'ja' | 'en';
}

export class LoginDto {
  @ApiProperty({ example: 'hanako@example.jp' })
  @IsEmail() @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString() @Length(1, 512)
  password: string;

  @ApiPropertyOptional({ description: 'Which consultancy, when the account belongs to several' })
  @IsOptional() @IsUUID()
  tenantId?: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'The opaque refresh token from the last sign-in or refresh' })
  @IsString() @Length(1, 200)
  refreshToken: string;
}

export class LogoutDto {
  @ApiPropertyOptional({ description: 'End this session only; without it every session of this membership ends' })
  @IsOptional() @IsString() @Length(1, 200)
  refreshToken?: string;
}

export class TokenPairDto {
  @ApiProperty() accessToken: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType: 'Bearer';
  @ApiProperty({ description: 'Seconds until the access token expires' }) expiresIn: number;
  @ApiProperty() refreshToken: string;
  @ApiProperty({ format: 'date-time' }) refreshExpiresAt: string;
}

export class TenantChoiceDto {
  @ApiProperty({ format: 'uuid' }) tenantId: string;
  @ApiProperty() tenantName: string;
  @ApiProperty({ enum: ['admin', 'consultant', 'client'] }) role: string;
}

export class LoginResponseDto {
  @ApiPropertyOptional({ type: TokenPairDto, description: 'Present when a tenant was chosen (or there is only one)' })
  tokens?: TokenPairDto;

  @ApiPropertyOptional({ type: [TenantChoiceDto], description: 'Present when the account belongs to several tenants: log in again with tenantId' })
  chooseTenant?: TenantChoiceDto[];
}
