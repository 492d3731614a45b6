import { lambdaHandler } from '@pamong/http/aws';
import { createLambdaTaskQueue } from '@pamong/http/lambda';
import { createS3DocumentStore } from '@pamong/http/s3';
import { createPersonnelApp } from './app';

/**
 * HTTP requests only. The import runs in the worker function (worker.ts), which this one invokes
 * asynchronously, so the file parser is not in this bundle and requests get an HTTP-sized timeout.
 */
export const handler = lambdaHandler(createPersonnelApp, {
  documents: createS3DocumentStore,
  tasks: createLambdaTaskQueue,
});
