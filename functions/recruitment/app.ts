import { type AppDeps, createFunctionApp, type RouteApp } from '@pamong/http';
import { publicRoundRoutes } from './routes/public';
import { roundRoutes } from './routes/rounds';

/**
 * The recruitment context (issue 12): selection rounds and their formasi for staff, and the public
 * careers page. Applicants, applications, announcements and ranking come in later slices.
 */
export function registerRecruitmentRoutes(app: RouteApp): void {
  roundRoutes(app);
  publicRoundRoutes(app);
}

export function createRecruitmentApp(deps: AppDeps): RouteApp {
  const app = createFunctionApp(deps);
  registerRecruitmentRoutes(app);
  return app;
}
