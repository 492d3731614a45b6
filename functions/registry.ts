import { type AppDeps, createFunctionApp, type RouteApp } from '@pamong/http';
import { buildOpenApiDocument, mountDocs } from '@pamong/http/openapi';
import { registerPersonnelRoutes } from './personnel/app';
import { runPersonnelTask } from './personnel/tasks';
import { registerPlatformRoutes } from './platform/app';
import { registerSurveyRoutes } from './surveys/app';

/** Every function's route registration. A new bounded context adds one line here. */
export const FUNCTION_ROUTES: { name: string; register: (app: RouteApp) => void }[] = [
  { name: 'platform', register: registerPlatformRoutes },
  { name: 'surveys', register: registerSurveyRoutes },
  { name: 'personnel', register: registerPersonnelRoutes },
];

/**
 * The whole API as one app, at the same paths API Gateway routes to each function: used by the
 * local stack, the tests and the bench. It serves the merged /openapi.json and /docs.
 */
export function createApi(deps: AppDeps): RouteApp {
  // One process holds every function here, so background tasks can run in it (never in AWS).
  deps.runTaskInProcess ??= runPersonnelTask;
  const app = createFunctionApp(deps);
  for (const f of FUNCTION_ROUTES) f.register(app);
  mountDocs(app);
  return app;
}

/**
 * The merged OpenAPI document, built from the route declarations alone (no table, no identity):
 * infra ships it as a static `/openapi.json`, so no Lambda carries the generator.
 */
export function apiDocument() {
  const offline = new Proxy({} as AppDeps, {
    get: (_t, prop) => {
      throw new Error(`building the OpenAPI document needs no deps.${String(prop)}`);
    },
  });
  const app = createFunctionApp(offline);
  for (const f of FUNCTION_ROUTES) f.register(app);
  return buildOpenApiDocument(app);
}
