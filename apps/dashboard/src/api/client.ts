import type { paths } from './openapi';

/** Every route with a GET that answers JSON. */
export type JsonGetPath = {
  [P in keyof paths]: paths[P] extends { get: { responses: { 200: { content: { 'application/json': unknown } } } } }
    ? P
    : never;
}[keyof paths];

type GetOperation<P extends JsonGetPath> = paths[P] extends { get: infer Operation } ? Operation : never;

/** What a route answers with 200, as the OpenAPI document describes it. */
export type AnswerOf<P extends JsonGetPath> =
  GetOperation<P> extends { responses: { 200: { content: { 'application/json': infer Body } } } } ? Body : never;

type ParametersOf<P extends JsonGetPath> =
  GetOperation<P> extends { parameters: infer Parameters } ? Parameters : never;

/** The path and query parameters a route takes. */
export interface RequestOf<P extends JsonGetPath> {
  readonly path?: ParametersOf<P> extends { path?: infer Path } ? Path : never;
  readonly query?: ParametersOf<P> extends { query?: infer Query } ? Query : never;
}

/** A refused request: the api's `{statusCode, error, message}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The address of a route with its parameters filled in. */
export function urlOf(template: string, request: { path?: object; query?: object } = {}): string {
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(String((request.path as Record<string, unknown> | undefined)?.[name] ?? '')),
  );
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined && value !== null && value !== '') query.set(name, String(value));
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

async function refusal(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as { message?: unknown } | null;
  const message = Array.isArray(body?.message) ? body.message.join('; ') : String(body?.message ?? response.statusText);
  return new ApiError(response.status, message);
}

/** Calls the api with the signed-in token. */
export class ApiClient {
  constructor(private readonly token: string) {}

  async get<P extends JsonGetPath>(template: P, request: RequestOf<P> = {}): Promise<AnswerOf<P>> {
    const response = await this.fetch(
      urlOf(template, request as { path?: object; query?: object }),
      'application/json',
    );
    return (await response.json()) as AnswerOf<P>;
  }

  /** A route that answers NDJSON, one JSON value a line. */
  async getLines<T>(template: keyof paths, request: { path?: object; query?: object } = {}): Promise<T[]> {
    const response = await this.fetch(urlOf(template, request), 'application/x-ndjson');
    const text = await response.text();
    return text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as T);
  }

  private async fetch(url: string, accept: string): Promise<Response> {
    const response = await fetch(url, { headers: { Authorization: `Bearer ${this.token}`, Accept: accept } });
    if (!response.ok) throw await refusal(response);
    return response;
  }
}
