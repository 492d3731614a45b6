import { lambdaHandler } from '@pamong/http/aws';
import { createPasskeysApp } from './app';

export const handler = lambdaHandler(createPasskeysApp);
