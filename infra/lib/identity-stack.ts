import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { NagSuppressions } from 'cdk-nag';
import type { Construct } from 'constructs';

/** The claims the app reads from the token. Only admin APIs (the function role) may set them. */
export const CUSTOM_ATTRIBUTES = ['tenantId', 'role', 'agencyId', 'employeeId'] as const;

export class IdentityStack extends Stack {
  readonly userPool: cognito.UserPool;
  readonly apiClient: cognito.UserPoolClient;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    this.userPool = new cognito.UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { username: true },
      signInCaseSensitive: false,
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      // Staff accounts are reset by their admins (AdminSetUserPassword), not by self-service email.
      accountRecovery: cognito.AccountRecovery.NONE,
      customAttributes: Object.fromEntries(
        CUSTOM_ATTRIBUTES.map((name) => [name, new cognito.StringAttribute({ mutable: true })]),
      ),
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    NagSuppressions.addResourceSuppressions(this.userPool, [
      {
        id: 'AwsSolutions-COG2',
        reason:
          'MFA is optional so that regional staff without a second device can still sign in; threat protection runs in full-function mode instead.',
      },
    ]);

    const standard = { fullname: true, email: true } as const;
    this.apiClient = this.userPool.addClient('ApiClient', {
      // The API logs users in server-side (POST /v1/auth/login); the browser never talks to Cognito.
      authFlows: { adminUserPassword: true },
      generateSecret: false,
      idTokenValidity: Duration.hours(8),
      accessTokenValidity: Duration.hours(8),
      refreshTokenValidity: Duration.hours(8),
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      readAttributes: new cognito.ClientAttributes()
        .withStandardAttributes({ ...standard, emailVerified: true })
        .withCustomAttributes(...CUSTOM_ATTRIBUTES),
      // Deliberately no custom attribute: a token holder must never be able to change its own tenant or role.
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes(standard),
    });
  }
}
