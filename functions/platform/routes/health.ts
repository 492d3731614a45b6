import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { type AppEnv, defineRoute, jsonContent } from '@pamong/http';

const health = defineRoute('public', {
  method: 'get',
  path: '/health',
  operationId: 'health',
  summary: 'Liveness check',
  tags: ['platform'],
  responses: { 200: jsonContent(z.object({ status: z.literal('ok') }), 'Alive') },
});

export function healthRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(health, (c) => c.json({ status: 'ok' as const }, 200));
}
