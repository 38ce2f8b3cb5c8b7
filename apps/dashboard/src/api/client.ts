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

/** Every route with a POST that takes JSON. */
export type JsonPostPath = {
  [P in keyof paths]: paths[P] extends { post: { requestBody?: { content: { 'application/json': unknown } } } }
    ? P
    : never;
}[keyof paths];

type PostOperation<P extends JsonPostPath> = paths[P] extends { post: infer Operation } ? Operation : never;

/** The body a POST route takes, as the OpenAPI document describes it. */
export type BodyOf<P extends JsonPostPath> =
  PostOperation<P> extends { requestBody?: { content: { 'application/json': infer Body } } } ? Body : never;

/** What a POST route answers with 201 (or 200). */
export type PostAnswerOf<P extends JsonPostPath> =
  PostOperation<P> extends { responses: { 201: { content: { 'application/json': infer Body } } } }
    ? Body
    : PostOperation<P> extends { responses: { 200: { content: { 'application/json': infer Body } } } }
      ? Body
      : never;

/** One failing field of a refused request, by its path in the body (`consent.givenOn`, `responses[3]`). */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

/** A refused request: the api's `{statusCode, error, message}`, with `code` and `details` where it gives them. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string | null = null,
    readonly details: readonly FieldProblem[] = [],
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
  const body = (await response.json().catch(() => null)) as {
    message?: unknown;
    code?: unknown;
    details?: unknown;
  } | null;
  const message = Array.isArray(body?.message) ? body.message.join('; ') : String(body?.message ?? response.statusText);
  const details = Array.isArray(body?.details) ? (body.details as FieldProblem[]) : [];
  return new ApiError(response.status, message, typeof body?.code === 'string' ? body.code : null, details);
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

  /** A write, sent once whatever the network does: the same key makes a resend answer the first answer. */
  async post<P extends JsonPostPath>(
    template: P,
    request: { path?: object; body: BodyOf<P>; idempotencyKey: string },
  ): Promise<PostAnswerOf<P>> {
    return (await this.write(
      'POST',
      urlOf(template, request),
      request.idempotencyKey,
      request.body,
    )) as PostAnswerOf<P>;
  }

  /** A DELETE write (a retraction, an erasure), with its idempotency key. */
  async delete(
    template: keyof paths,
    request: { path: object; idempotencyKey: string },
  ): Promise<{ position?: string }> {
    return (await this.write('DELETE', urlOf(template, request), request.idempotencyKey)) as { position?: string };
  }

  private async write(method: string, url: string, idempotencyKey: string, body?: unknown): Promise<unknown> {
    const response = await fetch(url, {
      method,
      headers: {
        Authorization: `Bearer ${this.token}`,
        Accept: 'application/json',
        'Idempotency-Key': idempotencyKey,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw await refusal(response);
    return response.json();
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
