import { z } from '@hono/zod-openapi';
import { idSchema } from '@pamong/core';

export const idParam = <K extends string>(name: K) =>
  z.object({ [name]: idSchema } as Record<K, typeof idSchema>);
export const versionBody = z.strictObject({ version: z.number().int().min(1) });
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
