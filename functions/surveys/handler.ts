import { lambdaHandler } from '@pamong/http/aws';
import { createSurveysApp } from './app';

export const handler = lambdaHandler(createSurveysApp);
