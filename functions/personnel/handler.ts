import { lambdaHandler } from '@pamong/http/aws';
import { createPersonnelApp } from './app';

export const handler = lambdaHandler(createPersonnelApp);
