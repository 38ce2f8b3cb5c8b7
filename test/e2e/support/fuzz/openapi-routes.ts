/** The parts of an OpenAPI 3 document the hostile tests read. */
export interface OpenApiSchema {
  readonly $ref?: string;
  readonly type?: string;
  readonly format?: string;
  readonly enum?: readonly unknown[];
  readonly example?: unknown;
  readonly items?: OpenApiSchema;
  readonly oneOf?: readonly OpenApiSchema[];
  readonly properties?: Readonly<Record<string, OpenApiSchema>>;
  readonly required?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
}

interface OpenApiParameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly schema?: OpenApiSchema;
}

interface OpenApiOperation {
  readonly parameters?: readonly OpenApiParameter[];
  readonly requestBody?: { readonly content?: Readonly<Record<string, { readonly schema?: OpenApiSchema }>> };
  readonly security?: readonly unknown[];
}

export interface OpenApiDocument {
  readonly paths: Readonly<Record<string, Readonly<Record<string, OpenApiOperation>>>>;
  readonly components?: { readonly schemas?: Readonly<Record<string, OpenApiSchema>> };
}

export interface QueryParameter {
  readonly name: string;
  readonly schema: OpenApiSchema;
}

/** One route of the document, as the fuzzer and the access matrix walk it. */
export interface DocumentedRoute {
  /** `POST /api/projects/{projectId}/participants`, as the document writes it. */
  readonly name: string;
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  readonly path: string;
  readonly pathParameters: readonly string[];
  readonly queryParameters: readonly QueryParameter[];
  /** The JSON body's schema, references resolved; undefined for a route that takes none. */
  readonly body?: OpenApiSchema;
  /** Whether the route asks for a bearer token. */
  readonly needsToken: boolean;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Every operation of the document, so that a route added to the code is fuzzed without anyone listing it. */
export function documentedRoutes(document: OpenApiDocument): DocumentedRoute[] {
  const resolve = schemaResolver(document);
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    METHODS.filter((method) => operations[method]).map((method) => {
      const operation = operations[method]!;
      const parameters = operation.parameters ?? [];
      const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
      return {
        name: `${method.toUpperCase()} ${path}`,
        method,
        path,
        pathParameters: parameters.filter((parameter) => parameter.in === 'path').map(({ name }) => name),
        queryParameters: parameters
          .filter((parameter) => parameter.in === 'query')
          .map(({ name, schema }) => ({ name, schema: resolve(schema ?? {}) })),
        body: bodySchema ? resolve(bodySchema) : undefined,
        needsToken: (operation.security ?? []).length > 0,
      };
    }),
  );
}

/** Replaces every `$ref` with the schema it names, at every depth. */
function schemaResolver(document: OpenApiDocument): (schema: OpenApiSchema) => OpenApiSchema {
  const schemas = document.components?.schemas ?? {};
  const resolve = (schema: OpenApiSchema, seen: readonly string[] = []): OpenApiSchema => {
    if (schema.$ref) {
      const name = schema.$ref.split('/').at(-1)!;
      if (seen.includes(name) || !schemas[name]) return {};
      return resolve(schemas[name], [...seen, name]);
    }
    return {
      ...schema,
      ...(schema.items ? { items: resolve(schema.items, seen) } : {}),
      ...(schema.oneOf ? { oneOf: schema.oneOf.map((option) => resolve(option, seen)) } : {}),
      ...(schema.properties
        ? {
            properties: Object.fromEntries(
              Object.entries(schema.properties).map(([name, property]) => [name, resolve(property, seen)]),
            ),
          }
        : {}),
    };
  };
  return (schema) => resolve(schema);
}
