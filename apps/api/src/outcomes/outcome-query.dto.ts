import { ApiPropertyOptional } from '@nestjs/swagger';
import { GROUP_BYS, type GroupBy } from '@outcome/application';
import { INSTRUMENTS } from '@outcome/instruments';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { ViewReadQueryDto } from '../consistency/view-read-query.dto';
import { IsOneOf } from '../http/validation/is-one-of';

const INSTRUMENT_IDS = INSTRUMENTS.map((instrument) => instrument.id);

/** What an outcome route accepts (docs/api.md "Reads"). */
export class OutcomeQueryDto extends ViewReadQueryDto {
  @ApiPropertyOptional({
    enum: INSTRUMENT_IDS,
    description: "The questionnaire; default: the project's first (across projects: the one most of them measure)",
  })
  @IsOptional()
  @IsOneOf(INSTRUMENT_IDS)
  readonly instrument?: string;

  @ApiPropertyOptional({
    example: 'total',
    description: "The instrument's scale; default its main scale (`total`; `metric` for SWEMWBS; `percent` for WHO-5)",
  })
  @IsOptional()
  @MaxLength(40)
  @Matches(/^[a-z][a-z0-9-]*$/, { message: 'must be the name of a scale of the instrument, such as total' })
  readonly scale?: string;

  @ApiPropertyOptional({
    example: '1',
    description: "The follow-up wave compared with wave 0; default: each participant's latest scored wave above 0",
  })
  @IsOptional()
  @Matches(/^[1-9]\d{0,2}$/, { message: 'must be a follow-up wave: a whole number from 1 to 999' })
  readonly wave?: string;
}

export class GroupedOutcomesQueryDto extends OutcomeQueryDto {
  @ApiPropertyOptional({
    enum: GROUP_BYS,
    default: 'project',
    description: 'How the participants are grouped into rows',
  })
  @IsOptional()
  @IsOneOf(GROUP_BYS)
  readonly groupBy?: GroupBy;
}

/** The application's request from the query string. */
export function outcomeRequestOf<Q extends OutcomeQueryDto>({ wave, ...query }: Q) {
  return { ...query, wave: wave === undefined ? undefined : Number(wave) };
}
