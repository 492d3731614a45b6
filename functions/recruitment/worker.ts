import { taskHandler } from '@pamong/http/aws';
import { createS3DocumentStore } from '@pamong/http/s3';
import { runRecruitmentTask } from './tasks';

/**
 * The exam score import worker: task events from the recruitment function, with the long timeout
 * imports need. The XLSX reader (exceljs) is in this bundle only, never in the HTTP handler's.
 */
export const handler = taskHandler(runRecruitmentTask, { documents: createS3DocumentStore });
