import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { docsPage } from './docs-page';
import type { RouteApp } from './route-app';

/**
 * The OpenAPI document, built from the routes' own zod schemas. Kept out of `@pamong/http`'s main
 * entry so that no Lambda bundle carries the generator: in AWS the document is built at deploy
 * time (infra) and served as a static file; locally and in tests `mountDocs` serves it live.
 */
export const API_INFO = {
  title: 'Pamong API',
  version: '0.1.0',
  description: 'Pamong: personnel SaaS for Indonesian regional governments.',
} as const;

export function buildOpenApiDocument(app: Pick<RouteApp, 'routeConfigs'>, info = API_INFO) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });
  for (const { middleware: _middleware, ...route } of app.routeConfigs) registry.registerPath(route);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info,
    servers: [{ url: '/' }],
  });
}

/** /openapi.json (OpenAPI 3.1) and /docs (Scalar) for whatever routes `app` holds. */
export function mountDocs(app: RouteApp, info = API_INFO): void {
  let doc: ReturnType<typeof buildOpenApiDocument> | undefined;
  app.get('/openapi.json', (c) => {
    doc ??= buildOpenApiDocument(app, info);
    return c.json(doc);
  });
  app.get('/docs', docsPage());
}
