import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AccessTokens } from '@outcome/application';
import { AppConfig } from '@outcome/shared';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where a generated admin token is kept, readable by the operator only. */
export const ADMIN_TOKEN_FILE_NAME = 'admin-token';

/**
 * API.md "Identity and roles": the admin token comes from ADMIN_TOKEN; where it is unset, the
 * server makes one on first start, keeps it in the data folder and prints it once.
 */
@Injectable()
export class AdminTokenBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('AdminToken');

  constructor(
    private readonly tokens: AccessTokens,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const generated = await this.tokens.ensureAdminToken(this.config.adminToken, new Date());
    if (!generated) return;
    const file = join(this.config.dataDir, ADMIN_TOKEN_FILE_NAME);
    mkdirSync(this.config.dataDir, { recursive: true });
    writeFileSync(file, `${generated}\n`, { mode: 0o600 });
    this.logger.warn(
      `Admin token (shown this once; also kept in ${file}, readable by you only): ${generated}  — set ADMIN_TOKEN to choose your own.`,
    );
  }
}
