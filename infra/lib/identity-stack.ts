import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { NagSuppressions } from 'cdk-nag';
import type { Construct } from 'constructs';

/** The claims the app reads from the token. Only admin APIs (the function role) may set them. */
export const CUSTOM_ATTRIBUTES = ['tenantId', 'role', 'agencyId', 'employeeId'] as const;

/** What the applicants' app client may read and write: nothing but their email and name. */
export const APPLICANT_ATTRIBUTES = { email: true, fullname: true } as const;

/**
 * Where the applicant pool's mail (verification codes, password resets) comes from. Cognito's own
 * sender allows 50 messages a day per account, and one recruitment round registers thousands of
 * applicants, so every stage but `dev` sends through SES from the regional government's address.
 */
export interface ApplicantEmail {
  /** The sender, on an identity verified in SES (`rekrutmen@bkd.lampungprov.go.id`). */
  from: string;
  /** The SES identity when it is the address's domain rather than the address itself. */
  verifiedDomain?: string;
  replyTo?: string;
  /** SES's region, when not the pool's. */
  sesRegion?: string;
}

export interface IdentityStackProps extends StackProps {
  /** Undefined: Cognito's own sender (50 a day; `dev` only, which buildApp enforces). */
  applicantEmail?: ApplicantEmail;
}

export class IdentityStack extends Stack {
  readonly userPool: cognito.UserPool;
  readonly apiClient: cognito.UserPoolClient;
  /** Self-registered job applicants (issue 12 §1): their own pool, apart from staff. */
  readonly applicantPool: cognito.UserPool;
  readonly applicantClient: cognito.UserPoolClient;
  /** The applicant client's secret, for the functions that sign applicants up and log them in. */
  readonly applicantClientSecret: secretsmanager.Secret;

  constructor(scope: Construct, id: string, props: IdentityStackProps = {}) {
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

    // Applicants register themselves, so they are many and untrusted: a pool of their own, which
    // no staff token comes from and whose tokens can only ever mean the role `applicant`.
    this.applicantPool = new cognito.UserPool(this, 'ApplicantPool', {
      selfSignUpEnabled: true,
      // The username is `${tenantId}.${nik}`, written by the API only; matched exactly, so the
      // token's `cognito:username` is the tenant id as written (the app reads the tenant from it).
      signInAliases: { username: true },
      signInCaseSensitive: true,
      autoVerify: { email: true },
      userVerification: {
        emailStyle: cognito.VerificationEmailStyle.CODE,
        emailSubject: 'Kode verifikasi Pamong',
        emailBody:
          'Kode verifikasi akun pelamar Pamong Anda adalah {####}. Masukkan kode ini di halaman pendaftaran. Abaikan email ini jika Anda tidak mendaftar.',
      },
      keepOriginal: { email: true },
      ...(props.applicantEmail
        ? {
            email: cognito.UserPoolEmail.withSES({
              fromEmail: props.applicantEmail.from,
              fromName: 'Pamong',
              replyTo: props.applicantEmail.replyTo,
              sesRegion: props.applicantEmail.sesRegion ?? this.region,
              sesVerifiedDomain: props.applicantEmail.verifiedDomain,
            }),
          }
        : {}),
      // The API's rule for an applicant's password (passwordSchema: 10 to 128 characters, no
      // classes), so a password the API accepts is one the pool accepts, as in the local adapter.
      passwordPolicy: {
        minLength: 10,
        requireLowercase: false,
        requireUppercase: false,
        requireDigits: false,
        requireSymbols: false,
      },
      // An applicant resets a forgotten password with a code sent to the verified email.
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      standardAttributes: {
        email: { required: true, mutable: true },
        fullname: { required: true, mutable: true },
      },
      // Deliberately no custom attribute: the tenant is the username's prefix, the role the pool's.
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    NagSuppressions.addResourceSuppressions(this.applicantPool, [
      {
        id: 'AwsSolutions-COG2',
        reason:
          'Applicants are members of the public applying for a job; a second factor is not required of them, and their accounts reach only their own applications.',
      },
      {
        id: 'AwsSolutions-COG1',
        reason:
          'Length, not composition: at least 10 characters like every password the API accepts (passwordSchema), as NIST SP 800-63B advises over character-class rules.',
      },
      {
        id: 'AwsSolutions-COG8',
        reason:
          'Essentials, not Plus: threat protection is charged per monthly active user and applicants are many, seasonal members of the public; their login is throttled by WAF, Cognito and its own lockout.',
      },
    ]);

    this.applicantClient = this.applicantPool.addClient('ApplicantClient', {
      // Only the API holds the secret, so only the API can sign up, confirm and log in (no browser
      // talks to this pool directly, and nobody can sign up around the API's NIK checks).
      generateSecret: true,
      authFlows: { adminUserPassword: true },
      // No hosted UI and no OAuth flows: the API's admin login is the only way in.
      disableOAuth: true,
      idTokenValidity: Duration.hours(8),
      accessTokenValidity: Duration.hours(8),
      refreshTokenValidity: Duration.hours(8),
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      readAttributes: new cognito.ClientAttributes().withStandardAttributes(APPLICANT_ATTRIBUTES),
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes(APPLICANT_ATTRIBUTES),
    });

    // Read by CloudFormation through a custom resource (DescribeUserPoolClient) straight into the
    // secret: the value never appears in a template or an output.
    this.applicantClientSecret = new secretsmanager.Secret(this, 'ApplicantClientSecret', {
      description:
        'Client secret of the applicant pool app client (SECRET_HASH of SignUp, ConfirmSignUp, login)',
      secretStringValue: this.applicantClient.userPoolClientSecret,
    });
    // userPoolClientSecret made that custom resource: CDK's singleton function with its own role.
    const describeClient = this.node.tryFindChild('AWS679f53fac002430cb0da5b7982bd2287');
    if (describeClient) {
      NagSuppressions.addResourceSuppressions(
        describeClient,
        [
          {
            id: 'AwsSolutions-IAM4',
            reason:
              "CDK's AwsCustomResource function (DescribeUserPoolClient at deploy time) logs with AWSLambdaBasicExecutionRole; it runs only during deployments.",
            appliesTo: [
              'Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
            ],
          },
        ],
        true,
      );
    }
    NagSuppressions.addResourceSuppressions(this.applicantClientSecret, [
      {
        id: 'AwsSolutions-SMG4',
        reason:
          'A Cognito app client secret cannot be rotated in place; rotating means a new app client, which is a deployment, not a rotation Lambda.',
      },
    ]);
  }
}
