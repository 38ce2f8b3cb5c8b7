import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { PlatformModule } from '@outcome/application';
import type { AppConfig } from '@outcome/shared';
import { LoggerModule } from 'nestjs-pino';
import { BearerTokenGuard } from './auth/bearer-token.guard';
import { HealthController } from './health/health.controller';
import { PlatformHealthIndicators } from './health/platform-health.indicators';
import { HomeController } from './home/home.controller';
import { ApiExceptionFilter } from './http/api-exception.filter';
import { requestLoggerOptions } from './http/request-logger.options';
import { AdminTokenBootstrap } from './identity/admin-token.bootstrap';
import { DemoDatasetBootstrap } from './demo/demo-dataset.bootstrap';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import { InstrumentsController } from './instruments/instruments.controller';
import { HttpDrain } from './lifecycle/http-drain';
import { MeasurementsController } from './measurements/measurements.controller';
import { OrganisationsController } from './organisations/organisations.controller';
import { OutcomesController } from './outcomes/outcomes.controller';
import { ProjectViewsController } from './outcomes/project-views.controller';
import { ParticipantsController } from './participants/participants.controller';
import { PowerController } from './power/power.controller';
import { ProjectsController } from './projects/projects.controller';
import { QuestionnaireLinksModule } from './questionnaire-links/questionnaire-links.module';
import { rateLimitOptions } from './rate-limit/rate-limit.options';
import { SessionController } from './session/session.controller';
import { TokensController } from './tokens/tokens.controller';

/** The HTTP api: routes of docs/api.md over the shared platform; runs the projections too unless PROJECTOR=external. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        LoggerModule.forRoot(requestLoggerOptions(config)),
        PlatformModule.forRoot(config, { runProjections: config.projector === 'in-process' }),
        ThrottlerModule.forRoot(rateLimitOptions(config)),
        TerminusModule.forRoot({ errorLogStyle: 'pretty', gracefulShutdownTimeoutMs: 0 }),
        QuestionnaireLinksModule,
      ],
      controllers: [
        HomeController,
        HealthController,
        OrganisationsController,
        TokensController,
        SessionController,
        InstrumentsController,
        ProjectsController,
        ParticipantsController,
        MeasurementsController,
        OutcomesController,
        ProjectViewsController,
        PowerController,
      ],
      providers: [
        { provide: APP_GUARD, useClass: BearerTokenGuard },
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        AdminTokenBootstrap,
        DemoDatasetBootstrap,
        HttpDrain,
        PlatformHealthIndicators,
      ],
    };
  }
}
