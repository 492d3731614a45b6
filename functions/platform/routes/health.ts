import { defineRoute, jsonContent, type RouteApp } from '@pamong/http';
import * as z from 'zod';

const health = defineRoute('public', {
  method: 'get',
  path: '/health',
  operationId: 'health',
  summary: 'Liveness check',
  tags: ['platform'],
  responses: { 200: jsonContent(z.object({ status: z.literal('ok') }), 'Alive') },
});

export function healthRoutes(app: RouteApp) {
  app.openapi(health, (c) => c.json({ status: 'ok' as const }, 200));
}
