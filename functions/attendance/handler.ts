import { lambdaHandler } from '@pamong/http/aws';
import { createS3DocumentStore } from '@pamong/http/s3';
import { createAttendanceApp } from './app';

/** The documents store holds leave attachments (the attendance role reaches only their prefix). */
export const handler = lambdaHandler(createAttendanceApp, { documents: createS3DocumentStore });
