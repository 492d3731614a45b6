import { type AppDeps, createFunctionApp, type RouteApp } from '@pamong/http';
import { assessmentRoutes } from './routes/assessment';
import { feedbackRoutes } from './routes/feedback';
import { followUpRoutes } from './routes/follow-up';
import { settingsRoutes } from './routes/settings';
import { skpRoutes } from './routes/skp';

/**
 * The performance context (issue 14): the tenant's performance settings, SKP planning with the
 * cascade and the plan's lifecycle, realisation and continuous feedback, assessment with the
 * predikat matrix and the organisation's distribution caps, organisation ratings fed by the unit's
 * IKM, anonymous 360 rounds, and the follow-up register.
 */
export function registerPerformanceRoutes(app: RouteApp): void {
  settingsRoutes(app);
  skpRoutes(app);
  assessmentRoutes(app);
  feedbackRoutes(app);
  followUpRoutes(app);
}

export function createPerformanceApp(deps: AppDeps): RouteApp {
  const app = createFunctionApp(deps);
  registerPerformanceRoutes(app);
  return app;
}
