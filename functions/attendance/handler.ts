import { lambdaHandler } from '@pamong/http/aws';
import { createAttendanceApp } from './app';

export const handler = lambdaHandler(createAttendanceApp);
