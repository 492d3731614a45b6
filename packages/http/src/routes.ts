import { idSchema, versionOnlySchema } from '@pamong/core';
import * as z from 'zod';
import type { Access } from './access';
import { defineRoute, jsonContent } from './app';

export const idParam = <K extends string>(name: K) =>
  z.object({ [name]: idSchema } as Record<K, typeof idSchema>);
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

/**
 * A state change on one entity: `POST <path>` with the entity's current `version`, answering the
 * entity. Suspend, deactivate, disable and their reverses all have this shape.
 */
export const stateChangeRoute = <const A extends Access, P extends z.ZodObject, S extends z.ZodType>(
  access: A,
  r: {
    path: string;
    operationId: string;
    summary: string;
    tags: string[];
    params: P;
    entity: S;
    entityName: string;
  },
) =>
  defineRoute(access, {
    method: 'post',
    path: r.path,
    operationId: r.operationId,
    summary: r.summary,
    tags: r.tags,
    request: { params: r.params, ...jsonBody(versionOnlySchema) },
    responses: { 200: jsonContent(r.entity, `The ${r.entityName}`) },
  });
