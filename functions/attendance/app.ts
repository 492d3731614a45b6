import { type AppDeps, createFunctionApp, type RouteApp } from '@pamong/http';
import { holidayRoutes } from './routes/holidays';
import { leaveRoutes } from './routes/leave';
import { passkeyRoutes } from './routes/passkeys';
import { placeRoutes } from './routes/places';
import { punchRoutes } from './routes/punches';
import { recapRoutes } from './routes/recap';
import { requestRoutes } from './routes/requests';
import { rosterRoutes } from './routes/rosters';

/**
 * The attendance and leave context (issue 13): the tenant's holiday calendar, settings, work
 * locations, schedules and shift rosters, check-in with the month and team views, off-site duty and
 * izin, leave (cuti) with its two-step approval, the balance and Plt/Plh delegations, and the
 * monthly recap with its XLSX export and the month close, and passkeys for check-in.
 */
export function registerAttendanceRoutes(app: RouteApp): void {
  holidayRoutes(app);
  leaveRoutes(app);
  passkeyRoutes(app);
  placeRoutes(app);
  punchRoutes(app);
  recapRoutes(app);
  requestRoutes(app);
  rosterRoutes(app);
}

export function createAttendanceApp(deps: AppDeps): RouteApp {
  const app = createFunctionApp(deps);
  registerAttendanceRoutes(app);
  return app;
}
