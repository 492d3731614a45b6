import { type AppDeps, createFunctionApp, type RouteApp } from '@pamong/http';
import { careerRoutes } from './routes/careers';
import { competencyRoutes } from './routes/competencies';
import { correctionRoutes } from './routes/corrections';
import { employeeRoutes } from './routes/employees';
import { exportRoutes } from './routes/export';
import { importRoutes } from './routes/imports';
import { mentoringRoutes } from './routes/mentoring';
import { placementRoutes } from './routes/placement';
import { positionRoutes } from './routes/positions';
import { summaryRoutes } from './routes/summary';
import { trainingRoutes } from './routes/trainings';

/**
 * The personnel context: employee records and history, positions and competency-based placement,
 * competency search, training, mentoring, careers, import/export and the headcount dashboard.
 * Each route module registers its own operations; one line each here.
 */
export function registerPersonnelRoutes(app: RouteApp): void {
  employeeRoutes(app);
  importRoutes(app);
  exportRoutes(app);
  positionRoutes(app);
  competencyRoutes(app);
  placementRoutes(app);
  careerRoutes(app);
  correctionRoutes(app);
  trainingRoutes(app);
  mentoringRoutes(app);
  summaryRoutes(app);
}

export function createPersonnelApp(deps: AppDeps): RouteApp {
  const app = createFunctionApp(deps);
  registerPersonnelRoutes(app);
  return app;
}
