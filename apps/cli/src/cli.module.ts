import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@outcome/application';
import type { AppConfig } from '@outcome/shared';

/** The cli's providers: the platform's stores and handlers, without running projections. */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: CliModule, imports: [PlatformModule.forRoot(config, { runProjections: false })] };
  }
}
