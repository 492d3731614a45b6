import { type AppDeps, type BackgroundTask, createFunctionApp, type RouteApp } from '@pamong/http';
import { buildOpenApiDocument, mountDocs } from '@pamong/http/openapi';
import type { LocalOutbox } from '@pamong/identity';
import { registerAttendanceRoutes } from './attendance/app';
import { functionFolders } from './discover';
import { registerPasskeyRoutes } from './passkeys/app';
import { registerPerformanceRoutes } from './performance/app';
import { registerPersonnelRoutes } from './personnel/app';
import { runPersonnelTask } from './personnel/tasks';
import { registerPlatformRoutes } from './platform/app';
import { registerRecruitmentRoutes } from './recruitment/app';
import { runRecruitmentTask } from './recruitment/tasks';
import { registerSurveyRoutes } from './surveys/app';

/**
 * Each function's route registration, by folder name, in the order of the merged document (the
 * platform's health and auth first). A new bounded context adds one line here; the list below
 * refuses to load until it has.
 */
const REGISTER: Record<string, (app: RouteApp) => void> = {
  platform: registerPlatformRoutes,
  surveys: registerSurveyRoutes,
  personnel: registerPersonnelRoutes,
  attendance: registerAttendanceRoutes,
  passkeys: registerPasskeyRoutes,
  performance: registerPerformanceRoutes,
  recruitment: registerRecruitmentRoutes,
};

/**
 * Every function's route registration, checked against the folder scan infra makes one Lambda per
 * folder from (`functionFolders`): a function folder without a line above, or a line without its
 * folder, fails here, so the local stack and the tests serve exactly the functions AWS gets. The
 * imports stay static (typed, and read by the bundler like any other import): this module is for
 * the local stack, the tests, the bench and infra's document build, never a Lambda handler.
 */
export const FUNCTION_ROUTES = matchFolders(functionFolders(), REGISTER);

/** `registered` in its own order, once its names are exactly `folders`; throws naming each difference. */
export function matchFolders<T>(
  folders: readonly string[],
  registered: Record<string, T>,
): { name: string; register: T }[] {
  const missing = folders.filter((name) => !Object.hasOwn(registered, name));
  const stray = Object.keys(registered).filter((name) => !folders.includes(name));
  if (missing.length > 0 || stray.length > 0) {
    throw new Error(
      [
        ...missing.map(
          (n) => `functions/${n} has a handler.ts but functions/registry.ts does not register it`,
        ),
        ...stray.map(
          (n) => `functions/registry.ts registers "${n}", which is no functions/<name>/handler.ts`,
        ),
      ].join('; '),
    );
  }
  return Object.entries(registered).map(([name, register]) => ({ name, register }));
}

/**
 * Every background task, run in this process: the local stack and the tests have no worker
 * functions, so the one process that serves every function runs each function's tasks. In AWS each
 * function's worker.ts runs its own (personnel/tasks.ts, recruitment/tasks.ts).
 */
export async function runTaskInProcess(deps: AppDeps, task: BackgroundTask): Promise<void> {
  switch (task.pamongTask) {
    case 'importEmployees':
      return runPersonnelTask(deps, task);
    case 'importExamScores':
      return runRecruitmentTask(deps, task);
    default: {
      const unknown: never = task;
      throw new Error(`no runner for the task ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * The whole API as one app, at the same paths API Gateway routes to each function: used by the
 * local stack, the tests and the bench. It serves the merged /openapi.json and /docs.
 */
export function createApi(deps: AppDeps & { outbox?: LocalOutbox }): RouteApp {
  // One process holds every function here, so background tasks can run in it (never in AWS).
  deps.runTaskInProcess ??= runTaskInProcess;
  const app = createFunctionApp(deps);
  for (const f of FUNCTION_ROUTES) f.register(app);
  if (deps.outbox) mountLocalOutbox(app, deps.outbox);
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

/**
 * `GET /v1/local/outbox?to=<email>`: the emails the local stack would have sent (applicants'
 * verification codes), newest first, for the e2e tests and whoever tries the product locally
 * (issue 12 §1). Only the local stack mounts it (no function registers it, so it exists in no
 * Lambda and not in the OpenAPI document).
 */
function mountLocalOutbox(app: RouteApp, outbox: LocalOutbox): void {
  app.get('/v1/local/outbox', (c) => {
    const to = c.req.query('to');
    return c.json({ items: outbox.list(to) }, 200);
  });
}
