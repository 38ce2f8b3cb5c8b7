import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsString, Length } from 'class-validator';

export class RegisterOrganisationDto {
  @ApiProperty({ example: 'Buurtwerk Noord', minLength: 1, maxLength: 200 })
  @IsDefined({ message: 'is required' })
  @IsString({ message: 'must be text' })
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  readonly name!: string;
}

export class OrganisationRegisteredDto {
  @ApiProperty({ format: 'uuid' })
  readonly id!: string;

  @ApiProperty({ example: 'Buurtwerk Noord' })
  readonly name!: string;

  @ApiProperty({ example: '42', description: 'Global position of the last event written' })
  readonly position!: string;
}
