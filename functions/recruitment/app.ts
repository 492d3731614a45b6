import { type AppDeps, createFunctionApp, type RouteApp } from '@pamong/http';
import { announcementRoutes } from './routes/announcements';
import { applicantRoutes } from './routes/applicants';
import { applicationRoutes } from './routes/applications';
import { publicRoundRoutes } from './routes/public';
import { rankingRoutes } from './routes/ranking';
import { roundRoutes } from './routes/rounds';
import { scoreImportRoutes } from './routes/score-imports';

/**
 * The recruitment context (issue 12): selection rounds and their formasi for staff, and the public
 * careers page; applicants' accounts, profiles and applications; the staff's screening, the
 * announcements with their hash chain, and objections; the exam scores, the ranking and hiring.
 */
export function registerRecruitmentRoutes(app: RouteApp): void {
  roundRoutes(app);
  publicRoundRoutes(app);
  applicantRoutes(app);
  applicationRoutes(app);
  announcementRoutes(app);
  scoreImportRoutes(app);
  rankingRoutes(app);
}

export function createRecruitmentApp(deps: AppDeps): RouteApp {
  const app = createFunctionApp(deps);
  registerRecruitmentRoutes(app);
  return app;
}
