import { type AppDeps, createFunctionApp, type RouteApp } from '@pamong/http';
import { docsPage } from '@pamong/http/docs';
import { auditRoutes } from './routes/audit';
import { authRoutes } from './routes/auth';
import { healthRoutes } from './routes/health';
import { orgRoutes } from './routes/org';
import { tenantRoutes } from './routes/tenants';
import { userRoutes } from './routes/users';

/** The platform context: health, auth, tenants, the organisation tree, users and the audit trail. */
export function registerPlatformRoutes(app: RouteApp): void {
  healthRoutes(app);
  authRoutes(app);
  tenantRoutes(app);
  orgRoutes(app);
  userRoutes(app);
  auditRoutes(app);
}

/**
 * The Lambda's app: the shared conventions, this context's routes and the /docs page. The OpenAPI
 * document itself is not served here: infra builds it at deploy time and CloudFront serves it as a
 * file, so no function carries the generator.
 */
export function createPlatformApp(deps: AppDeps): RouteApp {
  const app = createFunctionApp(deps);
  registerPlatformRoutes(app);
  app.get('/docs', docsPage());
  return app;
}
