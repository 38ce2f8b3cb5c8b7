import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '@outcome/application';

export class SessionDto {
  @ApiProperty({ enum: ROLES, example: 'funder' }) readonly role!: string;
  @ApiProperty({ format: 'uuid', description: 'The token’s own id (what an admin revokes)' }) readonly tokenId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'An organisation token’s organisation' })
  readonly organisationId!: string | null;
  @ApiProperty({
    type: [String],
    nullable: true,
    description: 'A funder’s or evaluator’s granted projects; null for the other roles',
  })
  readonly projectIds!: string[] | null;
  @ApiProperty({
    example: 10,
    description: 'k: a funder sees no cell of 1 to k − 1 participants (docs/statistics.md, "Suppression")',
  })
  readonly suppressionMinCell!: number;
}
