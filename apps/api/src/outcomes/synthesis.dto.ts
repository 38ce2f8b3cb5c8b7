import { ApiProperty } from '@nestjs/swagger';
import { INTERVENTION_TYPES } from '@outcome/domain';
import { STUDY_DESIGNS } from './synthesis-query.dto';

export class SynthesisRowDto {
  @ApiProperty({ format: 'uuid' }) readonly projectId!: string;
  @ApiProperty({
    example: -0.62,
    description:
      'The project’s own estimate: difference.meanDifference (controlled) or the intervention arm’s meanChange',
  })
  readonly effect!: number;
  @ApiProperty({ example: 0.031, description: 'Its squared standard error (Welch’s SE², or sdChange² / paired)' })
  readonly variance!: number;
  @ApiProperty({
    example: -0.55,
    description:
      'Empirical-Bayes estimate μ + τ²/(τ² + variance)·(effect − μ): small projects are pulled toward the pool',
  })
  readonly shrunken!: number;
  @ApiProperty({ example: 2, description: '1 = best shrunken estimate in the scale’s direction; ties by row order' })
  readonly rank!: number;
}

class ExcludedProjectsDto {
  @ApiProperty({ example: 1, description: 'For a funder: projects hidden at this scale (small cells), never pooled' })
  readonly suppressed!: number;
  @ApiProperty({
    example: 2,
    description: 'Projects on the scale without an estimate for the design (evidence level, or a variance of 0)',
  })
  readonly notQualifying!: number;
}

export class OutcomeSynthesisDto {
  @ApiProperty({ enum: STUDY_DESIGNS }) readonly design!: string;
  @ApiProperty({ example: 'djg-6' }) readonly instrument!: string;
  @ApiProperty({ example: 'total' }) readonly scale!: string;
  @ApiProperty({ enum: ['lower-is-better', 'higher-is-better'] }) readonly direction!: string;
  @ApiProperty({ nullable: true, enum: INTERVENTION_TYPES, example: null }) readonly interventionType!: string | null;
  @ApiProperty({ format: 'date-time', description: 'The instant the answer describes' }) readonly asOf!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '18234',
    description: 'The last event position the answer includes',
  })
  readonly position!: string | null;
  @ApiProperty({ example: 7, description: 'K, the projects pooled; every statistic below is null when K < 2' })
  readonly projects!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: -0.547,
    description: 'μ, the DerSimonian–Laird random-effects mean',
  })
  readonly pooled!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.094,
    description: 'Hartung–Knapp–Sidik–Jonkman standard error of μ',
  })
  readonly se!: number | null;
  @ApiProperty({ nullable: true, type: [Number], example: [-0.777, -0.317], description: 'μ ± t₀.₉₇₅,K−1 · se' })
  readonly ci95!: [number, number] | null;
  @ApiProperty({ type: Number, nullable: true, example: -5.83 }) readonly t!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 6, description: 'K − 1' }) readonly df!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 0.0011 }) readonly p!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 6.32, description: 'Cochran’s Q about the fixed-effect mean' })
  readonly q!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.0036,
    description: 'τ², the variance of the true effects between projects',
  })
  readonly tau2!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.05,
    description: 'I²: the share of the spread that is heterogeneity',
  })
  readonly i2!: number | null;
  @ApiProperty({
    nullable: true,
    type: [Number],
    example: [-0.832, -0.262],
    description: 'Where a new project’s true effect would lie: μ ± t₀.₉₇₅,K−2 · √(τ² + se²ᵣₑ); null below 3 projects',
  })
  readonly predictionInterval!: [number, number] | null;
  @ApiProperty({ type: ExcludedProjectsDto }) readonly excluded!: ExcludedProjectsDto;
  @ApiProperty({ type: [SynthesisRowDto], description: 'The pooled projects in catalogue order' })
  readonly rows!: SynthesisRowDto[];
}
