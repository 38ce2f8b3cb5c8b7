import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DemoDataset } from '@outcome/application';
import { AppConfig } from '@outcome/shared';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the demo organisation's token is kept, to explore the demo data with. */
export const DEMO_TOKEN_FILE_NAME = 'demo-organisation-token';

/** API.md "Running": with DEMO=1 on the embedded default, an empty data folder gets the demo dataset. */
@Injectable()
export class DemoDatasetBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly demo: DemoDataset,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo || !this.config.isEmbedded) return;
    const loaded = await this.demo.loadIntoEmptyStore();
    if (!loaded) return;
    const file = join(this.config.dataDir, DEMO_TOKEN_FILE_NAME);
    writeFileSync(file, `${loaded.token}\n`, { mode: 0o600 });
    this.logger.log(
      `Loaded the demo dataset (fictitious data, recorded by "demo-dataset"): ${loaded.projects} projects, ${loaded.participants} participants. Its organisation's token is in ${file}. Start with DEMO=0 for an empty platform.`,
    );
  }
}
