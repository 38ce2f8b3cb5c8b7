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
