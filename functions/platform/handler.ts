import { lambdaHandler } from '@pamong/http/aws';
import { createPlatformApp } from './app';

export const handler = lambdaHandler(createPlatformApp);
