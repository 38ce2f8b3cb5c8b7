import type { AppConfig } from '@outcome/shared';
import type { Params } from 'nestjs-pino';
import { destination, type DestinationStream } from 'pino';
import { build as prettyLogLines } from 'pino-pretty';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { withoutLinkSecret } from '../questionnaire-links/self-completion/without-link-secret';

const CORRELATION_HEADER = 'x-correlation-id';
const CORRELATION_ID = /^[\w.:-]{1,100}$/;

/**
 * Structured logs (pino), one line per request, carrying the correlation id that the events of
 * the request carry too. Bodies are never logged (they hold personal data), nor tokens. JSON
 * lines, except for a person at a terminal, who reads them as plain lines.
 */
export function requestLoggerOptions(config: AppConfig, output: { readonly isTTY?: boolean } = process.stdout): Params {
  return {
    pinoHttp: [
      {
        level: config.logLevel,
        genReqId: (request: IncomingMessage, response: ServerResponse) => {
          const given = request.headers[CORRELATION_HEADER];
          const id = typeof given === 'string' && CORRELATION_ID.test(given) ? given : randomUUID();
          response.setHeader('X-Correlation-Id', id);
          return id;
        },
        customAttributeKeys: { reqId: 'correlationId' },
        redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
        serializers: {
          req: (request: { method: string; url: string; id: unknown }) => ({
            method: request.method,
            url: withoutLinkSecret(request.url),
          }),
          res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
        },
        autoLogging: { ignore: (request: IncomingMessage) => request.url === '/health' },
      },
      output.isTTY ? readableLines() : destination({ dest: 1, sync: true }),
    ],
  };
}

// Both synchronous: on SIGTERM Nest re-raises the signal after its shutdown hooks, which kills the
// process before an asynchronous stream could flush the last lines (the shutdown's own).
function readableLines(): DestinationStream {
  return prettyLogLines({
    destination: 1,
    sync: true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,context',
    messageFormat: '{if context}{context}: {end}{msg}',
    singleLine: true,
  });
}
