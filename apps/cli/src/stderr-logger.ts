import { ConsoleLogger, type LogLevel } from '@nestjs/common';

/**
 * Nest's console logger writing every level to stderr: stdout carries a command's answer alone,
 * so that `--json` gives one JSON document whatever the platform logs (warnings, failures).
 */
export class StderrLogger extends ConsoleLogger {
  protected override printMessages(
    messages: unknown[],
    context?: string,
    logLevel?: LogLevel,
    _writeStreamType?: 'stdout' | 'stderr',
    errorStack?: unknown,
  ): void {
    super.printMessages(messages, context, logLevel, 'stderr', errorStack);
  }
}
