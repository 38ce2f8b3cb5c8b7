import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@outcome/application';
import type { AppConfig } from '@outcome/shared';
import { LoggerModule } from 'nestjs-pino';
import { destination } from 'pino';

/** A projector process: keeps the views up to date, takes over a view when another projector stops. */
@Module({})
export class ProjectorModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ProjectorModule,
      imports: [
        // Synchronous, so the shutdown's own lines are written before the process ends (see the api's logger).
        LoggerModule.forRoot({ pinoHttp: [{ level: config.logLevel }, destination({ dest: 1, sync: true })] }),
        PlatformModule.forRoot(config, { runProjections: true }),
      ],
    };
  }
}
