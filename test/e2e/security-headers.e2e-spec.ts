import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { RecordingClient } from './support/recording-client';
import { startTestApi, type TestApi } from './support/test-api';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function policyOf(header: string | undefined): Record<string, string> {
  return Object.fromEntries(
    (header ?? '')
      .split(';')
      .map((directive) => directive.trim())
      .filter(Boolean)
      .map((directive) => {
        const [name, ...sources] = directive.split(/\s+/);
        return [name!, sources.join(' ')];
      }),
  );
}

describe('Security headers and CORS', () => {
  let api: TestApi;
  let organisationToken: string;

  beforeAll(async () => {
    api = await startTestApi();
    organisationToken = (await RecordingClient.admin(api.http).createOrganisation('Buurtwerk Headers')).token;
  });
  afterAll(() => api.close());

  it.each(['/', '/health', '/api/projects', '/api/nowhere', '/docs-json'])(
    'answers %s with a same-origin Content-Security-Policy and the other security headers',
    async (path) => {
      const response = await api.http.get(path).set('Authorization', `Bearer ${organisationToken}`);

      expect(policyOf(response.headers['content-security-policy'])).toMatchObject({
        'default-src': "'self'",
        'script-src': "'self'",
        'style-src': "'self'",
        'img-src': "'self' data:",
        'connect-src': "'self'",
        'object-src': "'none'",
        'frame-ancestors': "'none'",
      });
      expect(response.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
      });
      expect(response.headers['x-powered-by']).toBeUndefined();
    },
  );

  it('sends no CORS header to another origin, on a request or a preflight', async () => {
    const simple = await api.http
      .get('/api/projects')
      .set('Origin', 'https://evil.example')
      .set('Authorization', `Bearer ${organisationToken}`);
    const preflight = await api.http
      .options('/api/projects')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization,content-type');

    for (const response of [simple, preflight]) {
      expect(Object.keys(response.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
  });
});

describe('The pages in a real Chromium under that policy', () => {
  let api: TestApi;
  let browser: Browser;
  let origin: string;
  let organisationToken: string;

  beforeAll(async () => {
    api = await startTestApi();
    organisationToken = (await RecordingClient.admin(api.http).createOrganisation('Buurtwerk Browser')).token;
    await api.app.listen(0, '127.0.0.1');
    origin = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await api.close();
  });

  /** Every violation of the page's Content-Security-Policy, as the browser reports it. */
  async function violationsWhile(page: Page, act: () => Promise<void>): Promise<string[]> {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (event) =>
        console.error('Content Security Policy violation: ' + event.violatedDirective + ' ' + event.blockedURI));`,
    });
    await act();
    return violations;
  }

  it('shows the dashboard and signs in without a violation', async () => {
    const page = await browser.newPage();
    const violations = await violationsWhile(page, async () => {
      await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
      await page.getByLabel('Access token').fill(organisationToken);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForLoadState('networkidle');
    });

    expect(await page.locator('#root *').count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await page.close();
  }, 60_000);

  it('shows the API docs without a violation', async () => {
    const page = await browser.newPage();
    const violations = await violationsWhile(page, async () => {
      await page.goto(`${origin}/docs`, { waitUntil: 'networkidle' });
      await page.locator('.swagger-ui .opblock').first().waitFor();
    });

    expect(violations).toEqual([]);
    await page.close();
  }, 60_000);
});
