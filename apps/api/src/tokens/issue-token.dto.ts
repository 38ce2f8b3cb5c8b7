import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsOptional,
  IsString,
  Length,
  ValidateIf,
} from 'class-validator';
import { EachIsText } from '../http/validation/each-is-text';
import { IsOneOf } from '../http/validation/is-one-of';
import { OnlyFor } from '../http/validation/only-for';

const GRANTABLE_ROLES = ['organisation', 'funder', 'evaluator'] as const;

export class IssueTokenDto {
  @ApiProperty({ enum: GRANTABLE_ROLES })
  @IsDefined({ message: 'is required' })
  @IsOneOf(GRANTABLE_ROLES)
  readonly role!: (typeof GRANTABLE_ROLES)[number];

  @ApiPropertyOptional({ format: 'uuid', description: 'Required for role organisation' })
  @ValidateIf((dto: IssueTokenDto) => dto.role === 'organisation' || dto.organisationId !== undefined)
  @IsDefined({ message: 'is required for an organisation token' })
  @OnlyFor('role', ['organisation'])
  @IsString({ message: 'must be text (the organisation id)' })
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  readonly organisationId?: string;

  @ApiPropertyOptional({ type: [String], description: 'Required for roles funder and evaluator: the projects granted' })
  @ValidateIf((dto: IssueTokenDto) => dto.role === 'funder' || dto.role === 'evaluator' || dto.projectIds !== undefined)
  @IsDefined({ message: 'is required for a funder or evaluator token' })
  @OnlyFor('role', ['funder', 'evaluator'])
  @IsArray({ message: 'must be a list of project ids' })
  @ArrayMinSize(1, { message: 'must grant at least one project' })
  @ArrayMaxSize(1000, { message: 'must grant at most 1000 projects' })
  @EachIsText()
  readonly projectIds?: string[];

  @ApiPropertyOptional({ example: 'Fund Noord — 2026 review' })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  readonly label?: string;
}

export class IssuedTokenDto {
  @ApiProperty({ format: 'uuid' })
  readonly id!: string;

  @ApiProperty({ description: 'The bearer secret: shown this once, stored only hashed', example: 'olt_3q2…' })
  readonly token!: string;

  @ApiProperty({ enum: GRANTABLE_ROLES })
  readonly role!: string;
}

export class ListedTokenDto {
  @ApiProperty({ format: 'uuid' })
  readonly id!: string;

  @ApiProperty({ enum: ['admin', ...GRANTABLE_ROLES] })
  readonly role!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Fund Noord — 2026 review' })
  readonly label!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'For organisation tokens' })
  readonly organisationId!: string | null;

  @ApiProperty({ type: [String], nullable: true, description: 'For funder and evaluator tokens' })
  readonly projectIds!: string[] | null;

  @ApiProperty({ example: '2026-03-01T09:00:00.000Z' })
  readonly createdAt!: string;

  @ApiProperty({ type: String, nullable: true, example: null })
  readonly revokedAt!: string | null;
}

export class TokenListDto {
  @ApiProperty({ type: [ListedTokenDto] })
  readonly tokens!: ListedTokenDto[];
}

export class RevokedTokenDto {
  @ApiProperty({ format: 'uuid' })
  readonly id!: string;

  @ApiProperty({ example: '2026-03-01T09:00:00.000Z' })
  readonly revokedAt!: string;
}
