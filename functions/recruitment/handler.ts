import { lambdaHandler } from '@pamong/http/aws';
import { createCognitoApplicantIdentity } from '@pamong/identity';
import { createRecruitmentApp } from './app';

/**
 * Recruitment registers applicants (SignUp and the email code in their own pool), so it carries
 * the Cognito client; its tokens are checked like every function's, without the staff admin adapter.
 */
export const handler = lambdaHandler(createRecruitmentApp, { applicants: createCognitoApplicantIdentity });
