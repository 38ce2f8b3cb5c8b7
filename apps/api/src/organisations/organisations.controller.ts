import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RegisterOrganisationCommand, type WriteContext } from '@outcome/application';
import { Roles } from '../auth/roles.decorator';
import { CurrentWriteContext } from '../auth/write-context.decorator';
import { ApiErrorResponses } from '../docs/api-error-responses.decorator';
import { OrganisationRegisteredDto, RegisterOrganisationDto } from './register-organisation.dto';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('api/organisations')
export class OrganisationsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Register an organisation (admin)' })
  @ApiCreatedResponse({ type: OrganisationRegisteredDto })
  @ApiErrorResponses(400, 401, 403)
  register(@Body() body: RegisterOrganisationDto, @CurrentWriteContext() context: WriteContext) {
    return this.commands.execute(new RegisterOrganisationCommand(body.name, context));
  }
}
