import { lambdaHandler } from '@pamong/http/aws';
import { createPerformanceApp } from './app';

export const handler = lambdaHandler(createPerformanceApp);
