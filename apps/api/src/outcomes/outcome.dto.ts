import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GROUP_BYS } from '@outcome/application';

export class ReliableChangeDto {
  @ApiProperty({ example: 1.9, description: '1.96 · √2 · SEM, in the scale’s own points (Jacobson & Truax)' })
  readonly threshold!: number;
  @ApiProperty({ example: 0.3, description: 'Share of paired participants who improved by more than the threshold' })
  readonly improved!: number;
  @ApiProperty({ example: 0.033, description: 'Share who worsened by more than the threshold' })
  readonly deteriorated!: number;
}

/** Every field null in a suppressed row. */
export class ArmOutcomeDto {
  @ApiProperty({ nullable: true, example: 40, description: 'Participants enrolled in the arm' })
  readonly enrolled!: number | null;
  @ApiProperty({ nullable: true, example: 38, description: 'Of those, with a scorable wave-0 measurement' })
  readonly withBaseline!: number | null;
  @ApiProperty({ nullable: true, example: 30, description: 'Of those, with a scorable follow-up' })
  readonly paired!: number | null;
  @ApiProperty({ nullable: true, example: 0.2105, description: '(withBaseline − paired) / withBaseline' })
  readonly attrition!: number | null;
  @ApiProperty({ nullable: true, example: 3.1 }) readonly baselineMean!: number | null;
  @ApiProperty({ nullable: true, example: 2.4 }) readonly followUpMean!: number | null;
  @ApiProperty({ nullable: true, example: -0.7, description: 'Mean of follow-up − baseline' })
  readonly meanChange!: number | null;
  @ApiProperty({ nullable: true, example: 1.2 }) readonly sdChange!: number | null;
  @ApiProperty({
    nullable: true,
    type: [Number],
    example: [-1.148, -0.252],
    description: '95 % interval of meanChange',
  })
  readonly ci95!: [number, number] | null;
  @ApiProperty({ nullable: true, example: -3.195 }) readonly t!: number | null;
  @ApiProperty({ nullable: true, example: 29 }) readonly df!: number | null;
  @ApiProperty({ nullable: true, example: 0.0034 }) readonly p!: number | null;
  @ApiProperty({ nullable: true, example: -0.583 }) readonly cohensDz!: number | null;
  @ApiProperty({ nullable: true, example: -0.568 }) readonly hedgesGz!: number | null;
  @ApiProperty({ nullable: true, type: ReliableChangeDto }) readonly reliableChange!: ReliableChangeDto | null;
}

export class ArmsDto {
  @ApiProperty({ nullable: true, type: ArmOutcomeDto, description: 'Null when nobody is enrolled in the arm' })
  readonly intervention!: ArmOutcomeDto | null;
  @ApiProperty({ nullable: true, type: ArmOutcomeDto, example: null })
  readonly comparison!: ArmOutcomeDto | null;
}

export class DifferenceDto {
  @ApiProperty({ example: -0.55, description: 'Mean change of the intervention arm minus that of the comparison arm' })
  readonly meanDifference!: number;
  @ApiProperty({ type: [Number], example: [-1.02, -0.08] }) readonly ci95!: [number, number];
  @ApiProperty({ nullable: true, example: -2.35, description: "Welch's t" }) readonly t!: number | null;
  @ApiProperty({ nullable: true, example: 51.3, description: 'Welch–Satterthwaite degrees of freedom' })
  readonly df!: number | null;
  @ApiProperty({ nullable: true, example: 0.023 }) readonly p!: number | null;
  @ApiProperty({ nullable: true, example: -0.61 }) readonly hedgesG!: number | null;
}

export class OutcomeDto {
  @ApiProperty({ nullable: true, format: 'uuid', description: 'Null in a row of several projects' })
  readonly projectId!: string | null;
  @ApiProperty({ example: 'djg-6' }) readonly instrument!: string;
  @ApiProperty({ example: 'total' }) readonly scale!: string;
  @ApiProperty({ enum: ['lower-is-better', 'higher-is-better'] }) readonly direction!: string;
  @ApiProperty({ format: 'date-time', description: 'The instant the answer describes' }) readonly asOf!: string;
  @ApiProperty({ nullable: true, example: '18234', description: 'The last event position the answer includes' })
  readonly position!: string | null;
  @ApiProperty({
    nullable: true,
    example: null,
    description: 'The follow-up wave asked for; null: each participant’s latest',
  })
  readonly wave!: number | null;
  @ApiProperty({ type: ArmsDto }) readonly arms!: ArmsDto;
  @ApiProperty({
    nullable: true,
    type: DifferenceDto,
    example: null,
    description: 'Null unless both arms have 2+ paired',
  })
  readonly difference!: DifferenceDto | null;
  @ApiProperty({ nullable: true, enum: ['insufficient-data', 'before-after', 'controlled'], example: 'before-after' })
  readonly evidenceLevel!: string | null;
  @ApiProperty({
    nullable: true,
    enum: [
      'effective',
      'no-detectable-effect',
      'harmful',
      'scores-improved',
      'no-detectable-change',
      'scores-worsened',
      'insufficient-data',
    ],
    example: 'scores-improved',
  })
  readonly verdict!: string | null;
  @ApiProperty({
    example: ['no-comparison-group'],
    description: 'small-sample, high-attrition, no-comparison-group, baseline-imbalance',
  })
  readonly warnings!: string[];
  @ApiProperty({ example: false, description: 'For a funder: a small cell, every count and statistic withheld' })
  readonly suppressed!: boolean;
}

export class GroupedOutcomeDto extends OutcomeDto {
  @ApiProperty({
    example: 'neighbour-help',
    description: 'The group: a project id, intervention type, age band, risk factor or arm',
  })
  readonly group!: string;
}

export class GroupedOutcomesDto {
  @ApiProperty({ enum: GROUP_BYS }) readonly groupBy!: string;
  @ApiProperty({ example: 'djg-6' }) readonly instrument!: string;
  @ApiProperty({ example: 'total' }) readonly scale!: string;
  @ApiProperty({ format: 'date-time' }) readonly asOf!: string;
  @ApiProperty({ nullable: true, example: '18234' }) readonly position!: string | null;
  @ApiPropertyOptional({
    example: 0,
    description: 'For a funder: projects hidden at this scale, left out of pooled rows so that no row gives them away',
  })
  readonly projectsLeftOut!: number;
  @ApiProperty({ type: [GroupedOutcomeDto] }) readonly rows!: GroupedOutcomeDto[];
}
