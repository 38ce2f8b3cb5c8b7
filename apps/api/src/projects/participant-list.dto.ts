import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AGE_BANDS, ARMS, EXIT_REASONS } from '@outcome/domain';

export class ParticipantListItemDto {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'P-017' }) readonly reference!: string | null;
  @ApiProperty({ enum: ARMS }) readonly arm!: string;
  @ApiProperty({ enum: AGE_BANDS }) readonly ageBand!: string;
  @ApiProperty({ format: 'date' }) readonly enrolledOn!: string;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) readonly exitedOn!: string | null;
  @ApiPropertyOptional({ enum: EXIT_REASONS, nullable: true }) readonly exitReason!: string | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) readonly consentWithdrawnOn!: string | null;
  @ApiProperty({ example: 3 }) readonly measurements!: number;
  @ApiProperty({ example: 12 }) readonly contacts!: number;
  @ApiProperty({ example: 540 }) readonly contactMinutes!: number;
}

export class ParticipantListDto {
  @ApiProperty({ type: [ParticipantListItemDto] }) readonly participants!: ParticipantListItemDto[];
  @ApiProperty({ format: 'date-time' }) readonly asOf!: string;
  @ApiProperty({ type: String, nullable: true, example: '42' }) readonly position!: string | null;
}
