import { lambdaHandler } from '@pamong/http/aws';
import { createLambdaTaskQueue } from '@pamong/http/lambda';
import { createS3DocumentStore } from '@pamong/http/s3';
import { createCognitoApplicantIdentity } from '@pamong/identity';
import { createRecruitmentApp } from './app';

/**
 * Recruitment registers applicants (SignUp and the email code in their own pool), so it carries
 * the Cognito client; its tokens are checked like every function's, without the staff admin adapter.
 * Applicants' documents and the score files go to the documents bucket; the score import runs in
 * the worker function (worker.ts), which this one invokes asynchronously, so the sheet parser is not
 * in this bundle.
 */
export const handler = lambdaHandler(createRecruitmentApp, {
  applicants: createCognitoApplicantIdentity,
  documents: createS3DocumentStore,
  tasks: createLambdaTaskQueue,
});
