import { lambdaHandler } from '@pamong/http/aws';
import { createRecruitmentApp } from './app';

export const handler = lambdaHandler(createRecruitmentApp);
