import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppDeps, type AppEnv, createFunctionApp, mountDocs } from '@pamong/http';
import { publicSurveyRoutes } from './routes/public';
import { reportRoutes } from './routes/reports';
import { surveyUnitRoutes } from './routes/units';

/**
 * The surveys context (SKM/IKM): survey units and their setup, the public QR survey, live IKM,
 * reports and the public transparency page.
 */
export function registerSurveyRoutes(app: OpenAPIHono<AppEnv>): void {
  surveyUnitRoutes(app);
  publicSurveyRoutes(app);
  reportRoutes(app);
}

export function createSurveysApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = createFunctionApp(deps);
  registerSurveyRoutes(app);
  mountDocs(app, { title: 'Pamong API: surveys', version: '0.1.0' });
  return app;
}
