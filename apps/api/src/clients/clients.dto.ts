import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../identity/dto/identity.dto';

const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class CreateClientDto {
  @ApiProperty({ example: '株式会社さくら物販' })
  @IsString() @Length(1, 200)
  companyName: string;

  @ApiPropertyOptional({ example: 'amazon.co.jp', default: 'amazon.co.jp' })
  @IsOptional() @Matches(/^[a-z0-9.-]{2,40}$/, { message: 'marketplace must look like amazon.co.jp' })
  marketplace?: string;

  @ApiPropertyOptional({ example: 'A1B2C3D4E5F6G7', description: 'Merchant / seller ID' })
  @IsOptional() @Matches(/^[A-Z0-9]{8,20}$/, { message: 'sellerId must be 8–20 capital letters or digits' })
  sellerId?: string;

  @ApiPropertyOptional({ example: 'さくらストア' })
  @IsOptional() @IsString() @Length(1, 200)
  storeName?: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional() @IsBoolean()
  usesFba?: boolean;

  @ApiPropertyOptional({ enum: ['ja', 'en'], default: 'ja' })
  @IsOptional() @IsIn(['ja', 'en'])
  preferredLanguage?: 'ja' | 'en';

  @ApiPropertyOptional({ example: '03-1234-5678' })
  @IsOptional() @Matches(/^[0-9+() -]{6,30}$/, { message: 'contactPhone must be a phone number' })
  contactPhone?: string;

  @ApiPropertyOptional({ description: 'Staff only' })
  @IsOptional() @IsString() @MaxLength(5000)
  internalNote?: string;
}

export class UpdateClientDto extends PartialType(CreateClientDto) {
  @ApiProperty({ description: 'The version the change is based on (optimistic locking)' })
  @IsInt() @Min(1)
  version: number;
}

export class ClientListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Company name prefix or exact seller ID' })
  @IsOptional() @IsString() @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ example: 'amazon.co.jp' })
  @IsOptional() @Matches(/^[a-z0-9.-]{2,40}$/)
  marketplace?: string;

  @ApiPropertyOptional()
  @IsOptional() @Transform(toBool) @IsBoolean()
  usesFba?: boolean;
}

export class InviteClientUserDto {
  @ApiProperty({ example: 'owner@sakura-shop.jp' })
  @IsEmail() @MaxLength(254)
  email: string;
}

export class LinkClientUserDto {
  @ApiProperty({ format: 'uuid', description: 'A membership with the client role' })
  @IsUUID()
  membershipId: string;
}

export class ClientDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() companyName: string;
  @ApiProperty() marketplace: string;
  @ApiPropertyOptional({ nullable: true }) sellerId: string | null;
  @ApiPropertyOptional({ nullable: true }) storeName: string | null;
  @ApiProperty() usesFba: boolean;
  @ApiProperty({ enum: ['ja', 'en'] }) preferredLanguage: string;
  @ApiPropertyOptional({ nullable: true }) contactPhone: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Only for staff' }) internalNote?: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ClientPageDto {
  @ApiProperty({ type: [ClientDto] }) items: ClientDto[];
  @ApiPropertyOptional({ nullable: true }) nextCursor: string | null;
}

export class ClientUserDto {
  @ApiProperty({ format: 'uuid' }) membershipId: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty() status: string;
}
