import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLES } from '@outcome/application';
import { INSTRUMENTS, type Instrument } from '@outcome/instruments';
import { Roles } from '../auth/roles.decorator';
import { ApiErrorResponses } from '../docs/api-error-responses.decorator';
import { InstrumentListDto, type InstrumentSummaryDto } from './instrument-list.dto';

function summaryOf(instrument: Instrument): InstrumentSummaryDto {
  return {
    id: instrument.id,
    name: instrument.name,
    domain: instrument.domain,
    direction: instrument.direction,
    mainScale: instrument.mainScale,
    items: instrument.items.map((item) => item.text),
    answers: instrument.answers.map(({ code, label }) => ({ code, label })),
    scales: instrument.scales.map((scale) => ({
      name: scale.name,
      itemNumbers: [...scale.itemNumbers],
      range: scale.range,
      maxMissingItems: scale.maxMissingItems,
      categories: (scale.categories ?? []).map(({ code, label, min, max }) => ({ code, label, min, max })),
    })),
  };
}

/** The questionnaires this platform scores: what the dashboard's labels and forms are made from. */
@ApiTags('instruments')
@ApiBearerAuth()
@Controller('api/instruments')
export class InstrumentsController {
  @Get()
  @Roles(...ROLES)
  @ApiOperation({
    summary: 'The questionnaires: items and answers in NL, FR and EN, scales, categories and outcome domain',
    description: 'The same for every token; docs/instruments.md explains each one.',
  })
  @ApiOkResponse({ type: InstrumentListDto })
  @ApiErrorResponses(401)
  list(): InstrumentListDto {
    return { instruments: INSTRUMENTS.map(summaryOf) };
  }
}
