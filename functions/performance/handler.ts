import { lambdaHandler } from '@pamong/http/aws';
import { createS3DocumentStore } from '@pamong/http/s3';
import { createPerformanceApp } from './app';

/** The documents store holds SKP evidence (the performance role reaches only its prefix). */
export const handler = lambdaHandler(createPerformanceApp, { documents: createS3DocumentStore });
