import { loadAppConfig } from '@outcome/shared';
import type { Options } from 'pino-http';
import { requestLoggerOptions } from '../../http/request-logger.options';
import { withoutLinkSecret } from './without-link-secret';

describe(withoutLinkSecret.name, () => {
  it('hides the secret of a questionnaire link, with or without a query', () => {
    expect(withoutLinkSecret('/q/Vh3k9Qp2xR7mT1sZ4bN8cL6dF0gJ5aYw')).toBe('/q/[redacted]');
    expect(withoutLinkSecret('/q/Vh3k9Qp2xR7mT1sZ4bN8cL6dF0gJ5aYw?lang=fr')).toBe('/q/[redacted]?lang=fr');
  });

  it('leaves every other url as it is', () => {
    expect(withoutLinkSecret('/q/assets/questionnaire.css')).toBe('/q/assets/questionnaire.css');
    expect(withoutLinkSecret('/api/participants/1/questionnaire-links')).toBe(
      '/api/participants/1/questionnaire-links',
    );
  });
});

describe('The request log line of a questionnaire link', () => {
  it('shows its path without the secret', () => {
    const [options] = requestLoggerOptions(loadAppConfig({ env: { DEMO: '0' } }), { isTTY: false }).pinoHttp as [
      Options,
      unknown,
    ];
    const serialize = options.serializers!['req']! as (request: object) => { url: string };

    expect(serialize({ method: 'GET', url: '/q/Vh3k9Qp2xR7mT1sZ4bN8cL6dF0gJ5aYw', id: '1' }).url).toBe('/q/[redacted]');
  });
});
