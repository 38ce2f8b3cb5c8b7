import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INTERVENTION_TYPES } from '@outcome/domain';

export class EnrolmentCountsDto {
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 24,
    description: 'Null for a funder when the count is a small cell',
  })
  readonly intervention!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 20 })
  readonly comparison!: number | null;
}

export class ProjectSummaryDto {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ format: 'uuid' }) readonly organisationId!: string;
  @ApiProperty({ example: 'Buddies in Molenbeek' }) readonly name!: string;
  @ApiProperty({ enum: INTERVENTION_TYPES }) readonly interventionType!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) readonly targetGroup!: string | null;
  @ApiProperty({ format: 'date' }) readonly startsOn!: string;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) readonly endsOn!: string | null;
  @ApiProperty({ example: ['djg-6', 'who-5'] }) readonly instruments!: string[];
  @ApiProperty() readonly hasComparisonGroup!: boolean;
  @ApiProperty({ type: EnrolmentCountsDto, description: 'Participants enrolled per arm (erased ones no longer count)' })
  readonly enrolled!: EnrolmentCountsDto;
}

export class ProjectListDto {
  @ApiProperty({ type: [ProjectSummaryDto] }) readonly projects!: ProjectSummaryDto[];
  @ApiProperty({ format: 'date-time' }) readonly asOf!: string;
  @ApiProperty({ type: String, nullable: true, example: '42', description: 'Last event position the answer includes' })
  readonly position!: string | null;
}
