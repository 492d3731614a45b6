import { type AppDeps, createFunctionApp, type RouteApp } from '@pamong/http';
import { holidayRoutes } from './routes/holidays';

/**
 * The attendance and leave context (issue 13). So far: the tenant's holiday calendar, which leave
 * counts working days against. Work locations, schedules, check-in and leave follow here, one
 * route module each, one line each below.
 */
export function registerAttendanceRoutes(app: RouteApp): void {
  holidayRoutes(app);
}

export function createAttendanceApp(deps: AppDeps): RouteApp {
  const app = createFunctionApp(deps);
  registerAttendanceRoutes(app);
  return app;
}
