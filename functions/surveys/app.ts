import { type AppDeps, createFunctionApp, type RouteApp } from '@pamong/http';
import { publicSurveyRoutes } from './routes/public';
import { reportRoutes } from './routes/reports';
import { surveyUnitRoutes } from './routes/units';

/**
 * The surveys context (SKM/IKM): survey units and their setup, the public QR survey, live IKM,
 * reports and the public transparency page.
 */
export function registerSurveyRoutes(app: RouteApp): void {
  surveyUnitRoutes(app);
  publicSurveyRoutes(app);
  reportRoutes(app);
}

export function createSurveysApp(deps: AppDeps): RouteApp {
  const app = createFunctionApp(deps);
  registerSurveyRoutes(app);
  return app;
}
