import type { FromEnvInit } from '@aws-sdk/credential-provider-env';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
export declare const defaultProvider: (init?: FromEnvInit) => AwsCredentialIdentityProvider;
