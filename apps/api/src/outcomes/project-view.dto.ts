import { ApiProperty } from '@nestjs/swagger';
import { ArmOutcomeDto } from './outcome.dto';

class AnswerPositionDto {
  @ApiProperty({ format: 'date-time', description: 'The instant the answer describes' }) readonly asOf!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '18234',
    description: 'The last event position the answer includes',
  })
  readonly position!: string | null;
}

export class TrajectoryPointDto {
  @ApiProperty({ example: 'djg-6' }) readonly instrument!: string;
  @ApiProperty({ example: 'total' }) readonly scale!: string;
  @ApiProperty({ example: 1 }) readonly wave!: number;
  @ApiProperty({ format: 'date' }) readonly takenOn!: string;
  @ApiProperty({ format: 'uuid' }) readonly measurementId!: string;
  @ApiProperty({ example: 2 }) readonly score!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: -2,
    description: 'From wave 0; null at wave 0 or without a baseline',
  })
  readonly change!: number | null;
  @ApiProperty({
    nullable: true,
    enum: ['improved', 'deteriorated', 'unchanged'],
    description: "Against the reliable-change threshold of the participant's arm in the project",
  })
  readonly reliableChange!: string | null;
}

class DoseDto {
  @ApiProperty({ example: 8 }) readonly contacts!: number;
  @ApiProperty({ example: 640 }) readonly minutes!: number;
}

export class ParticipantTrajectoryDto extends AnswerPositionDto {
  @ApiProperty({ format: 'uuid' }) readonly participantId!: string;
  @ApiProperty({ enum: ['intervention', 'comparison'] }) readonly arm!: string;
  @ApiProperty({ format: 'date' }) readonly enrolledOn!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) readonly exitedOn!: string | null;
  @ApiProperty({ type: DoseDto }) readonly dose!: DoseDto;
  @ApiProperty({ type: [TrajectoryPointDto], description: 'Every scored wave, in wave order' })
  readonly scores!: TrajectoryPointDto[];
}

export class EnrolmentPeriodDto {
  @ApiProperty({ example: '2026-03' }) readonly period!: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 12,
    description: 'Enrolled in the month (null: a small cell, for a funder)',
  })
  readonly enrolled!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 0 }) readonly exited!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 40, description: 'Enrolled and not left at the month’s end' })
  readonly active!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 15, description: 'With any measurement taken in the month' })
  readonly measured!: number | null;
}

export class ProjectEnrolmentDto extends AnswerPositionDto {
  @ApiProperty({ format: 'uuid' }) readonly projectId!: string;
  @ApiProperty({ enum: ['month'] }) readonly interval!: string;
  @ApiProperty({ type: [EnrolmentPeriodDto] }) readonly rows!: EnrolmentPeriodDto[];
}

export class MeasurementDueDto {
  @ApiProperty({ format: 'uuid' }) readonly participantId!: string;
  @ApiProperty({ type: String, nullable: true, example: 'BD-014' }) readonly reference!: string | null;
  @ApiProperty({ example: 'djg-6' }) readonly instrument!: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 1,
    description: 'Null when never measured: the baseline is due',
  })
  readonly lastWave!: number | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) readonly lastTakenOn!: string | null;
  @ApiProperty({ example: 2 }) readonly dueWave!: number;
  @ApiProperty({ format: 'date' }) readonly dueSince!: string;
}

export class MeasurementsDueDto extends AnswerPositionDto {
  @ApiProperty({ format: 'uuid' }) readonly projectId!: string;
  @ApiProperty({ example: 12 }) readonly afterWeeks!: number;
  @ApiProperty({ type: [MeasurementDueDto], description: 'Oldest first' }) readonly rows!: MeasurementDueDto[];
}

export class DoseBandDto extends ArmOutcomeDto {
  @ApiProperty({ example: 10 }) readonly fromHours!: number;
  @ApiProperty({ type: Number, nullable: true, example: 25, description: 'Null on the last band' }) readonly toHours!:
    number | null;
  @ApiProperty({ example: false }) readonly suppressed!: boolean;
}

export class DoseResponseDto extends AnswerPositionDto {
  @ApiProperty({ format: 'uuid' }) readonly projectId!: string;
  @ApiProperty({ example: 'djg-6' }) readonly instrument!: string;
  @ApiProperty({ example: 'total' }) readonly scale!: string;
  @ApiProperty({ enum: ['lower-is-better', 'higher-is-better'] }) readonly direction!: string;
  @ApiProperty({ type: [DoseBandDto] }) readonly bands!: DoseBandDto[];
}
