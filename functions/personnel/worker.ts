import { taskHandler } from '@pamong/http/aws';
import { createS3DocumentStore } from '@pamong/http/s3';
import { runPersonnelTask } from './tasks';

/** The import worker: task events from the personnel function, with the long timeout imports need. */
export const handler = taskHandler(runPersonnelTask, { documents: createS3DocumentStore });
