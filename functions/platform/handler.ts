import { lambdaHandler } from '@pamong/http/aws';
import { createCognitoIdentity } from '@pamong/identity';
import { createPlatformApp } from './app';

/** Platform logs users in and manages their accounts, so it alone carries the Cognito admin client. */
export const handler = lambdaHandler(createPlatformApp, { identity: createCognitoIdentity });
