import { Logger } from '@nestjs/common';
import type { ProjectionLogger } from '@outcome/read-models';

/** The runner's reports, as structured log lines (pino's object-then-message form). */
export class NestProjectionLogger implements ProjectionLogger {
  private readonly logger = new Logger('Projections');

  info(message: string, details: Readonly<Record<string, unknown>>): void {
    this.logger.log(details, message);
  }

  warn(message: string, details: Readonly<Record<string, unknown>>): void {
    this.logger.warn(details, message);
  }

  error(message: string, details: Readonly<Record<string, unknown>>): void {
    this.logger.error(details, message);
  }
}
