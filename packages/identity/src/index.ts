export { type ApplicantIdentityPort, type ApplicantSignUp, isApplicantUsername } from './applicants';
export { WRONG_CREDENTIALS } from './claims';
export { type CognitoIdentityOptions, cognitoUsername, createCognitoIdentity } from './cognito';
export { type CognitoApplicantIdentityOptions, createCognitoApplicantIdentity } from './cognito-applicants';
export {
  type ApplicantPoolOptions,
  type CognitoPoolOptions,
  createCognitoTokenIdentity,
  createIdTokenVerifier,
} from './cognito-verify';
export {
  createLocalIdentity,
  LOCK_MINUTES,
  type LocalIdentity,
  type LocalIdentityOptions,
  MAX_FAILED_ATTEMPTS,
} from './local';
export {
  createLocalApplicantIdentity,
  createLocalOutbox,
  EMAIL_CODE,
  type LocalOutbox,
  type OutboxMessage,
} from './local-applicants';
export { hashPassword, verifyPassword } from './password';
export type { AccountInput, IdentityPort, LoginRecord, LoginResult } from './port';
export {
  type AwsCredentialIdentity,
  type AwsStoreProviderOptions,
  createAwsStoreProvider,
  createTenantCredentialProvider,
  type TenantCredentialProvider,
  type TenantCredentialProviderOptions,
} from './tenant-access';
