import { lambdaHandler } from '@pamong/http/aws';
import { createCognitoApplicantIdentity, createCognitoIdentity } from '@pamong/identity';
import { createPlatformApp } from './app';

/**
 * Platform logs users in and manages their accounts, so it carries the Cognito client: the staff
 * pool's admin adapter and the applicants' pool (an applicant logs in with the NIK as username).
 */
export const handler = lambdaHandler(createPlatformApp, {
  identity: createCognitoIdentity,
  applicants: createCognitoApplicantIdentity,
});
