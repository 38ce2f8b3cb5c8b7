import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AccessTokens } from '@outcome/application';
import { AppConfig, folderFailureReason, UnusableSettingError } from '@outcome/shared';

/** Where a generated admin token is kept, readable by the operator only. */
export const ADMIN_TOKEN_FILE_NAME = 'admin-token';

/**
 * docs/api.md "Identity and roles": the admin token comes from ADMIN_TOKEN; where it is unset, the
 * server makes one on first start and keeps it in the data folder; the start's closing summary
 * prints it once.
 */
@Injectable()
export class AdminTokenBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('AdminToken');
  private generated: { readonly token: string; readonly file: string } | undefined;

  /** The admin token made on this start, to be shown this once, and where it is kept. */
  get generatedOnThisStart(): { readonly token: string; readonly file: string } | undefined {
    return this.generated;
  }

  constructor(
    private readonly tokens: AccessTokens,
    private readonly config: AppConfig,
  ) {}

  private get file(): string {
    return join(this.config.dataDir, ADMIN_TOKEN_FILE_NAME);
  }

  async onApplicationBootstrap(): Promise<void> {
    const changes = await this.tokens.ensureAdminToken(this.config.adminToken, new Date());
    if (changes.revoked === 'environment') {
      this.logger.warn('ADMIN_TOKEN is no longer set: the admin token it gave is revoked.');
    }
    if (this.config.adminToken) this.forgetGeneratedToken(changes.revoked === 'generated');
    if (changes.generated) this.keep(changes.generated);
  }

  private forgetGeneratedToken(revoked: boolean): void {
    const fileLeft = existsSync(this.file);
    // force: a replica sharing the data folder may have deleted it a moment ago.
    rmSync(this.file, { force: true });
    if (revoked || fileLeft) {
      this.logger.log(
        `ADMIN_TOKEN is set: the admin token made on first start is revoked${fileLeft ? ` and ${this.file} deleted` : ''}.`,
      );
    }
  }

  private keep(token: string): void {
    try {
      mkdirSync(this.config.dataDir, { recursive: true });
      writeFileSync(this.file, `${token}\n`, { mode: 0o600 });
    } catch (error) {
      // The token is valid from now on and will not be made again: where no file can hold it, the message must.
      throw new UnusableSettingError(
        'DATA_DIR',
        `Cannot keep the admin token ${token} (note it, or set ADMIN_TOKEN): DATA_DIR ${this.config.dataDir} ${folderFailureReason(error)}`,
        { cause: error },
      );
    }
    this.generated = { token, file: this.file };
  }
}
