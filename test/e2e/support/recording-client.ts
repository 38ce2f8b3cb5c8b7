import type { Response } from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { ADMIN_TOKEN } from './test-api';

/** A thin client over the routes of docs/api.md, asserting the status each call must answer. */
export class RecordingClient {
  constructor(
    private readonly http: TestAgent,
    private readonly token: string,
  ) {}

  static admin(http: TestAgent): RecordingClient {
    return new RecordingClient(http, ADMIN_TOKEN);
  }

  as(token: string): RecordingClient {
    return new RecordingClient(this.http, token);
  }

  /** Sends a request with extra headers and answers whatever came back, for tests of statuses and headers. */
  send(
    method: 'get' | 'post' | 'delete',
    path: string,
    options: { body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    const pending = this.http[method](path)
      .set('Authorization', `Bearer ${this.token}`)
      .set(options.headers ?? {});
    return options.body === undefined ? pending : pending.send(options.body as object);
  }

  async post<T = Record<string, unknown>>(path: string, body: unknown, expected = 201): Promise<T> {
    const response = await this.http
      .post(path)
      .set('Authorization', `Bearer ${this.token}`)
      .send(body as object);
    if (response.status !== expected) {
      throw new Error(
        `POST ${path} answered ${response.status}, expected ${expected}: ${JSON.stringify(response.body)}`,
      );
    }
    return response.body as T;
  }

  async get<T = Record<string, unknown>>(path: string, expected = 200): Promise<T> {
    const response = await this.http.get(path).set('Authorization', `Bearer ${this.token}`);
    if (response.status !== expected) {
      throw new Error(
        `GET ${path} answered ${response.status}, expected ${expected}: ${JSON.stringify(response.body)}`,
      );
    }
    return (response.body ?? response.text) as T;
  }

  async delete<T = Record<string, unknown>>(path: string, expected = 200): Promise<T> {
    const response = await this.http.delete(path).set('Authorization', `Bearer ${this.token}`);
    if (response.status !== expected) {
      throw new Error(
        `DELETE ${path} answered ${response.status}, expected ${expected}: ${JSON.stringify(response.body)}`,
      );
    }
    return response.body as T;
  }

  /** The project's NDJSON export, parsed. */
  async events(projectId: string): Promise<Record<string, unknown>[]> {
    const response = await this.http
      .get(`/api/projects/${projectId}/events`)
      .set('Authorization', `Bearer ${this.token}`);
    if (response.status !== 200) throw new Error(`export answered ${response.status}: ${response.text}`);
    return response.text
      .split('\n')
      .filter((line) => line.length > 0)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  async createOrganisation(name: string): Promise<{ organisationId: string; token: string }> {
    const organisation = await this.post<{ id: string }>('/api/organisations', { name });
    const issued = await this.post<{ token: string }>('/api/tokens', {
      role: 'organisation',
      organisationId: organisation.id,
    });
    return { organisationId: organisation.id, token: issued.token };
  }

  async issueToken(role: 'funder' | 'evaluator', projectIds: string[]): Promise<string> {
    return (await this.post<{ token: string }>('/api/tokens', { role, projectIds })).token;
  }
}
