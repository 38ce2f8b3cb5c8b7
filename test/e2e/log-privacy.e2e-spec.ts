import { createTemporaryDirectory, type TemporaryDirectory } from '@outcome/shared/testing';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { EXAMPLE_BASELINE, EXAMPLE_PROJECT } from './support/example-bodies';
import { ADMIN_TOKEN } from './support/test-api';

const PERSON = {
  name: 'Griet Vanderstraeten',
  phone: '+32 471 55 44 33',
  email: 'griet.vanderstraeten@example.org',
  address: 'Kloosterstraat 17, 9000 Gent',
  notes: 'Daughter visits on Sundays',
};

interface Answer {
  readonly status: number;
  readonly text: string;
  readonly body: Record<string, unknown>;
}

/** Every secret, personal detail and answer the scenario saw: none may be in any log line. */
class Witnessed {
  readonly secrets: string[] = [ADMIN_TOKEN];
  readonly answers: string[] = [];
}

describe('The logs at every level (LOG_LEVEL=trace) of a real api process', () => {
  let folder: TemporaryDirectory;
  let api: ApiProcess;
  let baseUrl: string;
  const witnessed = new Witnessed();

  async function call(method: string, path: string, token: string | undefined, body?: unknown): Promise<Answer> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        'Idempotency-Key': `log-${Math.random()}`,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    witnessed.answers.push(text);
    return {
      status: response.status,
      text,
      body: text.startsWith('{') ? (JSON.parse(text) as Record<string, unknown>) : {},
    };
  }

  beforeAll(async () => {
    folder = createTemporaryDirectory('outcome-ledger-logs-');
    api = startApiProcess({ DATA_DIR: folder.path, ADMIN_TOKEN, LOG_LEVEL: 'trace' });
    baseUrl = await api.url;

    const organisation = await call('POST', '/api/organisations', ADMIN_TOKEN, { name: 'Buurtwerk Logs' });
    const issued = await call('POST', '/api/tokens', ADMIN_TOKEN, {
      role: 'organisation',
      organisationId: organisation.body.id,
    });
    const token = issued.body.token as string;
    witnessed.secrets.push(token);
    const project = await call('POST', '/api/projects', token, EXAMPLE_PROJECT);
    const enrolment = {
      reference: 'P-LOG-1',
      arm: 'intervention',
      enrolledOn: '2026-01-10',
      ageBand: '80+',
      consent: { givenOn: '2026-01-10' },
      personal: PERSON,
    };
    const participant = await call('POST', `/api/projects/${project.body.id}/participants`, token, enrolment);
    await call('POST', `/api/participants/${participant.body.id}/measurements`, token, EXAMPLE_BASELINE);
    await call('GET', `/api/participants/${participant.body.id}`, token);
    // A questionnaire link's path is its secret: made, opened and answered without a token.
    const link = await call('POST', `/api/participants/${participant.body.id}/questionnaire-links`, token, {
      instrument: 'djg-6',
      wave: 1,
      language: 'nl',
    });
    const linkPath = link.body.url as string;
    witnessed.secrets.push(linkPath);
    await call('GET', linkPath, undefined);
    await call('POST', linkPath, undefined, { responses: EXAMPLE_BASELINE.responses });
    // Refusals that quote what they were sent, a token in the wrong place, and a token that no longer works.
    await call('POST', `/api/projects/${project.body.id}/participants`, token, {
      ...enrolment,
      personal: { ...PERSON, email: 42 },
      notes: PERSON.notes,
    });
    await call('POST', '/api/organisations', ADMIN_TOKEN, { name: token });
    await call('GET', '/api/projects', `${token}x`);
    const funder = await call('POST', '/api/tokens', ADMIN_TOKEN, { role: 'funder', projectIds: [project.body.id] });
    witnessed.secrets.push(funder.body.token as string);
    await call('DELETE', `/api/tokens/${funder.body.id}`, ADMIN_TOKEN);
    await call('GET', '/api/projects', funder.body.token as string);
    await call('DELETE', `/api/participants/${participant.body.id}`, token);
    await api.stop();
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    folder?.remove();
  });

  it('logged every request (the test reads a real log)', () => {
    expect(api.output().match(/"msg":"request completed"/g)?.length).toBeGreaterThanOrEqual(13);
  });

  it("logs a questionnaire link's path without its secret", () => {
    expect(api.output().match(/"url":"\/q\/\[redacted\]"/g)).toHaveLength(2);
  });

  it('holds no token, nor any hash-free piece of one', () => {
    for (const secret of witnessed.secrets) expect(api.output()).not.toContain(secret.slice(4, 24));
  });

  it('holds no personal detail', () => {
    for (const detail of Object.values(PERSON)) expect(api.output()).not.toContain(detail);
  });

  it('holds no answer that was given', () => {
    const answers = witnessed.answers.filter((text) => text.length > 40);
    expect(answers.length).toBeGreaterThan(5);
    for (const text of answers) {
      expect(api.output()).not.toContain(text);
      expect(api.output()).not.toContain(JSON.stringify(text).slice(1, -1).slice(0, 60));
    }
  });
});
