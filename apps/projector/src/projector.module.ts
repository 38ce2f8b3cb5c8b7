import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@outcome/application';
import type { AppConfig } from '@outcome/shared';
import { LoggerModule } from 'nestjs-pino';

/** A projector process: keeps the views up to date, takes over a view when another projector stops. */
@Module({})
export class ProjectorModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ProjectorModule,
      imports: [
        LoggerModule.forRoot({ pinoHttp: { level: config.logLevel } }),
        PlatformModule.forRoot(config, { runProjections: true }),
      ],
    };
  }
}
