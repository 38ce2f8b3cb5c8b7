import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/** `/docs` (OpenAPI UI) and `/docs-json` (the document), generated from the code. */
export function setUpApiDocs(app: INestApplication): void {
  const document = createApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', customSiteTitle: 'Outcome Ledger API' });
}

/** The OpenAPI document of the app's routes (also the source of the dashboard's typed api calls). */
export function createApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Outcome Ledger')
      .setDescription(
        'Record interventions against loneliness and the repeated measurements of their participants as events; read honest outcome views. Every `/api` route takes `Authorization: Bearer <token>`. Writes answer the global `position` of their last event; view routes accept `consistentWith=<position>` and `asOf=<instant>`. Errors are `{statusCode, error, message}`.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
}
