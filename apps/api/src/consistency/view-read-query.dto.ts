import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { IsInstant } from '../http/validation/is-instant';

/** What every view route accepts (docs/api.md "Reads"). */
export class ViewReadQueryDto {
  @ApiPropertyOptional({
    description: 'Wait (at most 10 s) until the view includes this position, as answered by a write; else 503',
    example: '42',
  })
  @IsOptional()
  @Matches(/^\d{1,20}$/, { message: 'must be a position as a write answered it (a whole number)' })
  readonly consistentWith?: string;

  @ApiPropertyOptional({
    description: 'The view as it stood at this instant, from the events recorded up to then',
    example: '2026-06-30T23:59:59Z',
  })
  @IsOptional()
  @IsInstant()
  readonly asOf?: string;
}
