import { lambdaHandler } from '@pamong/http/aws';
import { createPersonnelApp } from './app';
import { runPersonnelTask } from './tasks';

/** HTTP requests, and the import worker's own async invocations (`{ pamongTask, tenantId, jobId }`). */
export const handler = lambdaHandler(createPersonnelApp, { runTask: runPersonnelTask });
