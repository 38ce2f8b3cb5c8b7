import { ApiProperty } from '@nestjs/swagger';

export class PowerPlanDto {
  @ApiProperty({
    example: 90,
    description: 'Participants each arm needs at the follow-up: the smallest n ≥ 2 whose power reaches the target',
  })
  readonly pairedPerArm!: number;
  @ApiProperty({ example: 113, description: 'Participants to enrol per arm: ⌈pairedPerArm / (1 − attrition)⌉' })
  readonly enrolPerArm!: number;
  @ApiProperty({ example: 0.8038, description: 'The power at pairedPerArm (noncentral t)' })
  readonly achievedPower!: number;
}
