import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AGE_BANDS, ARMS, CONTACT_KINDS, EXIT_REASONS, GENDERS, RISK_FACTORS } from '@outcome/domain';
import { PersonalDetailsDto } from './enrol-participant.dto';

class ConsentOnFileDto {
  @ApiProperty({ format: 'date' }) readonly givenOn!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) readonly withdrawnOn!: string | null;
}

class ExitOnFileDto {
  @ApiProperty({ format: 'date' }) readonly on!: string;
  @ApiProperty({ enum: EXIT_REASONS }) readonly reason!: string;
}

class MeasurementOnFileDto {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ example: 'djg-6' }) readonly instrument!: string;
  @ApiProperty({ example: 0 }) readonly wave!: number;
  @ApiProperty({ format: 'date' }) readonly takenOn!: string;
  @ApiProperty({ example: ['yes', 'no', 'no', 'yes', 'more-or-less', null] }) readonly responses!: unknown[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number', nullable: true },
    example: { total: 2, emotional: 1, social: 1 },
    description: 'Each scale’s score, null where too many items were missing',
  })
  readonly scores!: Record<string, number | null>;
  @ApiProperty({ description: 'True once a correction replaced the first responses' }) readonly corrected!: boolean;
  @ApiProperty({ format: 'date-time' }) readonly recordedAt!: string;
}

class ContactOnFileDto {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ format: 'date' }) readonly on!: string;
  @ApiProperty({ example: 45 }) readonly minutes!: number;
  @ApiProperty({ enum: CONTACT_KINDS }) readonly kind!: string;
}

class DoseDto {
  @ApiProperty({ example: 12 }) readonly contacts!: number;
  @ApiProperty({ example: 540 }) readonly minutes!: number;
}

export class ParticipantRecordDto {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ format: 'uuid' }) readonly projectId!: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'P-017' }) readonly reference!: string | null;
  @ApiProperty({ enum: ARMS }) readonly arm!: string;
  @ApiProperty({ format: 'date' }) readonly enrolledOn!: string;
  @ApiProperty({ enum: AGE_BANDS }) readonly ageBand!: string;
  @ApiPropertyOptional({ enum: GENDERS, nullable: true }) readonly gender!: string | null;
  @ApiProperty({ enum: RISK_FACTORS, isArray: true }) readonly riskFactors!: string[];
  @ApiProperty({ type: ConsentOnFileDto }) readonly consent!: ConsentOnFileDto;
  @ApiPropertyOptional({ type: PersonalDetailsDto, nullable: true }) readonly personal!: PersonalDetailsDto | null;
  @ApiPropertyOptional({ type: ExitOnFileDto, nullable: true }) readonly exit!: ExitOnFileDto | null;
  @ApiProperty({ type: [MeasurementOnFileDto], description: 'Measurements that count; retracted ones are left out' })
  readonly measurements!: MeasurementOnFileDto[];
  @ApiProperty({ type: [ContactOnFileDto] }) readonly contacts!: ContactOnFileDto[];
  @ApiProperty({ type: DoseDto }) readonly dose!: DoseDto;
  @ApiProperty({ example: '57', description: "Position of the participant's last event" }) readonly position!: string;
}
