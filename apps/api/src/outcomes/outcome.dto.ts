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

export class MinimumDetectableEffectDto {
  @ApiProperty({
    example: 0.53,
    description: 'The standardised effect the test detects with power 0.8 at α = 0.05 for the paired counts it has',
  })
  readonly d!: number;
  @ApiProperty({
    example: 0.64,
    description: 'The same in the scale’s own points: d × sdChange (d × s_p for a difference)',
  })
  readonly points!: number;
}

/** Every field null in a suppressed row. */
export class ArmOutcomeDto {
  @ApiProperty({ type: Number, nullable: true, example: 40, description: 'Participants enrolled in the arm' })
  readonly enrolled!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 38,
    description: 'Of those, with a scorable wave-0 measurement',
  })
  readonly withBaseline!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 30, description: 'Of those, with a scorable follow-up' })
  readonly paired!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 0.2105, description: '(withBaseline − paired) / withBaseline' })
  readonly attrition!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 3.1 }) readonly baselineMean!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 2.4 }) readonly followUpMean!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: -0.7, description: 'Mean of follow-up − baseline' })
  readonly meanChange!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 1.2 }) readonly sdChange!: number | null;
  @ApiProperty({
    nullable: true,
    type: [Number],
    example: [-1.148, -0.252],
    description: '95 % interval of meanChange',
  })
  readonly ci95!: [number, number] | null;
  @ApiProperty({ type: Number, nullable: true, example: -3.195 }) readonly t!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 29 }) readonly df!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 0.0034 }) readonly p!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: -0.583 }) readonly cohensDz!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: -0.568 }) readonly hedgesGz!: number | null;
  @ApiProperty({ nullable: true, type: ReliableChangeDto }) readonly reliableChange!: ReliableChangeDto | null;
  @ApiProperty({
    nullable: true,
    type: MinimumDetectableEffectDto,
    description:
      'The change this arm could have detected (power 0.8, α = 0.05); null below 2 paired or when not even d = 10 would do',
  })
  readonly minimumDetectableEffect!: MinimumDetectableEffectDto | null;
}

export class ArmsDto {
  @ApiProperty({ nullable: true, type: ArmOutcomeDto, description: 'Null when nobody is enrolled in the arm' })
  readonly intervention!: ArmOutcomeDto | null;
  @ApiProperty({ nullable: true, type: ArmOutcomeDto, example: null })
  readonly comparison!: ArmOutcomeDto | null;
}

export class AdjustedDifferenceDto {
  @ApiProperty({
    example: -0.52,
    description: 'β₁ of followUp = β₀ + β₁·[intervention] + β₂·baseline over both arms’ paired participants (ANCOVA)',
  })
  readonly meanDifference!: number;
  @ApiProperty({ example: 0.2, description: 'Standard error of β₁ by ordinary least squares' }) readonly se!: number;
  @ApiProperty({ type: [Number], example: [-0.92, -0.12], description: 'β₁ ± t₀.₉₇₅,n−3 · se' })
  readonly ci95!: [number, number];
  @ApiProperty({ type: Number, nullable: true, example: -2.6, description: 'β₁ / se; null when se = 0' }) readonly t!:
    number | null;
  @ApiProperty({ example: 57, description: 'n₁ + n₂ − 3' }) readonly df!: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.012 }) readonly p!: number | null;
}

export class DifferenceDto {
  @ApiProperty({ example: -0.55, description: 'Mean change of the intervention arm minus that of the comparison arm' })
  readonly meanDifference!: number;
  @ApiProperty({ type: [Number], example: [-1.02, -0.08] }) readonly ci95!: [number, number];
  @ApiProperty({ type: Number, nullable: true, example: -2.35, description: "Welch's t" }) readonly t!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 51.3, description: 'Welch–Satterthwaite degrees of freedom' })
  readonly df!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 0.023 }) readonly p!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: -0.61 }) readonly hedgesG!: number | null;
  @ApiProperty({
    nullable: true,
    type: AdjustedDifferenceDto,
    description:
      'The baseline-adjusted difference, reported beside the Welch difference the verdict rests on; null when the baselines do not vary within the arms',
  })
  readonly adjusted!: AdjustedDifferenceDto | null;
  @ApiProperty({
    nullable: true,
    type: MinimumDetectableEffectDto,
    description: 'The difference between the arms this comparison could have detected (power 0.8, α = 0.05)',
  })
  readonly minimumDetectableEffect!: MinimumDetectableEffectDto | null;
}

export class OutcomeDto {
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Null in a row of several projects' })
  readonly projectId!: string | null;
  @ApiProperty({ example: 'djg-6' }) readonly instrument!: string;
  @ApiProperty({ example: 'total' }) readonly scale!: string;
  @ApiProperty({ enum: ['lower-is-better', 'higher-is-better'] }) readonly direction!: string;
  @ApiProperty({ format: 'date-time', description: 'The instant the answer describes' }) readonly asOf!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '18234',
    description: 'The last event position the answer includes',
  })
  readonly position!: string | null;
  @ApiProperty({
    type: Number,
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
    description:
      'small-sample, high-attrition, no-comparison-group, baseline-imbalance; on rows of GET /api/outcomes also multiple-comparisons (p < 0.05 but pAdjusted ≥ 0.05)',
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
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.054,
    description:
      'Holm-adjusted p over the rows of the answer that have a p (of difference when controlled, else of the intervention arm); a lone row’s is its p',
  })
  readonly pAdjusted!: number | null;
}

export class GroupedOutcomesDto {
  @ApiProperty({ enum: GROUP_BYS }) readonly groupBy!: string;
  @ApiProperty({ example: 'djg-6' }) readonly instrument!: string;
  @ApiProperty({ example: 'total' }) readonly scale!: string;
  @ApiProperty({ format: 'date-time' }) readonly asOf!: string;
  @ApiProperty({ type: String, nullable: true, example: '18234' }) readonly position!: string | null;
  @ApiPropertyOptional({
    example: 0,
    description: 'For a funder: projects hidden at this scale, left out of pooled rows so that no row gives them away',
  })
  readonly projectsLeftOut!: number;
  @ApiProperty({ type: [GroupedOutcomeDto] }) readonly rows!: GroupedOutcomeDto[];
}
