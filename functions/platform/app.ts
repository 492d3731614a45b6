import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppDeps, type AppEnv, createFunctionApp, mountDocs } from '@pamong/http';
import { auditRoutes } from './routes/audit';
import { authRoutes } from './routes/auth';
import { healthRoutes } from './routes/health';
import { orgRoutes } from './routes/org';
import { tenantRoutes } from './routes/tenants';
import { userRoutes } from './routes/users';

/** The platform context: health, auth, tenants, the organisation tree, users and the audit trail. */
export function registerPlatformRoutes(app: OpenAPIHono<AppEnv>): void {
  healthRoutes(app);
  authRoutes(app);
  tenantRoutes(app);
  orgRoutes(app);
  userRoutes(app);
  auditRoutes(app);
}

/** The Lambda's app: the shared conventions, this context's routes, and its own OpenAPI document. */
export function createPlatformApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = createFunctionApp(deps);
  registerPlatformRoutes(app);
  mountDocs(app, { title: 'Pamong API: platform', version: '0.1.0' });
  return app;
}
