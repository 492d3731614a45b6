import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppDeps, type AppEnv, createFunctionApp, mountDocs } from '@pamong/http';
import { registerPersonnelRoutes } from './personnel/app';
import { registerPlatformRoutes } from './platform/app';
import { registerSurveyRoutes } from './surveys/app';

/** Every function's route registration. A new bounded context adds one line here. */
export const FUNCTION_ROUTES: { name: string; register: (app: OpenAPIHono<AppEnv>) => void }[] = [
  { name: 'platform', register: registerPlatformRoutes },
  { name: 'surveys', register: registerSurveyRoutes },
  { name: 'personnel', register: registerPersonnelRoutes },
];

/**
 * The whole API as one app, at the same paths API Gateway routes to each function: used by the
 * local stack, the tests and the bench. It serves the merged /openapi.json and /docs.
 */
export function createApi(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = createFunctionApp(deps);
  for (const f of FUNCTION_ROUTES) f.register(app);
  mountDocs(app, { title: 'Pamong API', version: '0.1.0' });
  return app;
}
