import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DemoDataset } from '@outcome/application';
import { AppConfig } from '@outcome/shared';
import { keepDemoTokens } from './demo-token-files';

/** docs/api.md "Running": with DEMO=1 on the embedded default, an empty data folder gets the demo dataset. */
@Injectable()
export class DemoDatasetBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly demo: DemoDataset,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo || !this.config.isEmbedded) return;
    const started = Date.now();
    const loaded = await this.demo.loadIntoEmptyStore();
    if (!loaded) return;
    keepDemoTokens(this.config.dataDir, loaded.tokens);
    this.logger.log(
      `Loaded the demo dataset in ${Date.now() - started} ms (fictitious data, recorded by "demo-dataset"): ${loaded.projects} projects, ${loaded.participants} participants, ${loaded.events} events. Its organisation's, a funder's and an evaluator's tokens are in ${this.config.dataDir}. Start with DEMO=0 for an empty platform.`,
    );
  }
}
