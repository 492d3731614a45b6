import { type AwsCallOptions, type AwsJsonCall, awsJsonClient } from '@pamong/aws';
import { AppError, conflict, forbidden, validationError } from '@pamong/core';
import { wrongCredentials } from './claims';
import { type CognitoPoolOptions, createIdTokenVerifier, createTokenVerifier } from './cognito-verify';
import type { IdentityPort } from './port';

export interface CognitoIdentityOptions extends CognitoPoolOptions {
  /** The Cognito API; tests pass their own. Default: `cognitoCall` in the pool's region. */
  call?: AwsJsonCall;
}

/**
 * The operations Cognito authorizes by the app client (its id and SECRET_HASH), not by IAM: the
 * SDK sends them unsigned (its `smithy.api#noAuth` operations), and so does `cognitoCall`. Only
 * the ones these adapters call; another such operation belongs here before it is called.
 */
const PUBLIC_OPERATIONS = new Set(['SignUp', 'ConfirmSignUp', 'ResendConfirmationCode']);

/**
 * Cognito's user-pool API over its JSON protocol: the same requests the SDK client sends
 * (`X-Amz-Target: AWSCognitoIdentityProviderService.<operation>`, the input as JSON 1.1), signed
 * with the function's credentials except for the public operations, without the client's ~38 KiB
 * of models and middleware. Its errors are AwsServiceErrors named as the SDK names its exceptions
 * (`UsernameExistsException`); throttling, 5xx and no answer are tried 3 times in all.
 */
export function cognitoCall(opts: Omit<AwsCallOptions, 'service' | 'endpointId'>): AwsJsonCall {
  return awsJsonClient({
    ...opts,
    service: 'cognito-idp',
    endpointId: 'COGNITO_IDENTITY_PROVIDER',
    targetPrefix: 'AWSCognitoIdentityProviderService',
    jsonVersion: '1.1',
    unsignedOperations: PUBLIC_OPERATIONS,
  });
}

/** A user attribute as Cognito's API writes it. */
export interface CognitoAttribute {
  Name: string;
  Value: string;
}

/** The part of AdminInitiateAuth's answer the logins read. */
export interface InitiateAuthOutput {
  ChallengeName?: string;
  AuthenticationResult?: { IdToken?: string; ExpiresIn?: number };
}

/** One pool serves every tenant, and usernames are unique per tenant only. */
export const cognitoUsername = (tenantId: string, username: string) => `${tenantId}.${username}`;

export const errorName = (err: unknown) => (err as { name?: string })?.name;

const rateLimited = () =>
  new AppError(
    429,
    'rate-limited',
    'Too many requests',
    'The sign-in service is busy. Try again in a moment.',
  );

/** Errors every admin call can meet; anything else is left as it is (a 500 upstream). */
export function mapCommon(err: unknown): unknown {
  const name = errorName(err);
  if (name === 'TooManyRequestsException' || name === 'LimitExceededException') return rateLimited();
  return err;
}

/**
 * Sent with each login so Cognito's threat protection judges the caller's address, not the
 * function's. Cognito asks for a server name, path and headers too; these are fixed labels.
 */
export const LOGIN_CONTEXT = { ServerName: 'pamong-api', ServerPath: '/v1/auth/login', HttpHeaders: [] };

/**
 * The production identity: Amazon Cognito. The tenant, role, agency and employee live in custom
 * attributes that only these admin calls write (no app client has write access to them).
 *
 * Repeated failed logins are Cognito's to handle; this adapter keeps no counter of its own.
 * - Cognito's lockout is per user, whatever the source: after 5 failed passwords it refuses the
 *   user for 1 second, doubling with each further failure up to about 15 minutes, and resets
 *   after a success or 15 minutes without attempts (AWS documents this and may change it). It is
 *   answered 423 `locked`. Unlike the local adapter, a stranger who keeps failing can therefore
 *   keep the owner locked out, up to about 15 minutes per failed attempt once the lockout has grown.
 * - Threat protection (Plus plan, full function, see the identity stack) gets the caller's
 *   address in `ContextData`, so its risk decisions concern that address, not the function's.
 * - Cognito's request throttling is answered 429 `rate-limited`. In front of it, WAF applies only
 *   its loose per-address global limit to the login (it is not a `/v1/public/` route).
 */
export function createCognitoIdentity(opts: CognitoIdentityOptions): IdentityPort {
  const call = opts.call ?? cognitoCall({ region: opts.region });
  const verifyIdToken = createIdTokenVerifier(opts);
  // Any request's token: staff, or an applicant's when the applicant pool is given.
  const verifyToken = createTokenVerifier(opts);
  const now = opts.now ?? (() => new Date());
  const pool = { UserPoolId: opts.userPoolId };

  return {
    kind: 'cognito',

    // Cognito holds the password; the login record keeps no credential.
    async credentialAttributes() {
      return {};
    },

    async provisionAccount(input) {
      const Username = cognitoUsername(input.tenantId, input.username);
      const attributes: CognitoAttribute[] = [
        { Name: 'name', Value: input.name },
        ...(input.email ? [{ Name: 'email', Value: input.email }] : []),
        { Name: 'custom:tenantId', Value: input.tenantId },
        { Name: 'custom:role', Value: input.role },
        ...(input.agencyId ? [{ Name: 'custom:agencyId', Value: input.agencyId }] : []),
        ...(input.employeeId ? [{ Name: 'custom:employeeId', Value: input.employeeId }] : []),
      ];
      try {
        await call('AdminCreateUser', {
          ...pool,
          Username,
          MessageAction: 'SUPPRESS',
          UserAttributes: attributes,
        });
      } catch (err) {
        throw mapProvisionError(err, input.username);
      }
      try {
        await call('AdminSetUserPassword', { ...pool, Username, Password: input.password, Permanent: true });
      } catch (err) {
        // Without a password the account could never log in, and it would block the username: remove it.
        // If the removal fails too, the first error is still the one worth reporting.
        await call('AdminDeleteUser', { ...pool, Username }).catch(() => undefined);
        throw mapProvisionError(err, input.username);
      }
    },

    async syncAccount(tenantId, username, changes) {
      const Username = cognitoUsername(tenantId, username);
      const set: CognitoAttribute[] = [];
      const cleared: string[] = [];
      if (changes.role !== undefined) set.push({ Name: 'custom:role', Value: changes.role });
      for (const [field, attr] of [
        ['agencyId', 'custom:agencyId'],
        ['employeeId', 'custom:employeeId'],
      ] as const) {
        const value = changes[field];
        if (value === undefined) continue;
        if (value === null) cleared.push(attr);
        else set.push({ Name: attr, Value: value });
      }
      try {
        if (set.length > 0) {
          await call('AdminUpdateUserAttributes', { ...pool, Username, UserAttributes: set });
        }
        if (cleared.length > 0) {
          await call('AdminDeleteUserAttributes', { ...pool, Username, UserAttributeNames: cleared });
        }
        if (changes.enabled === true) await call('AdminEnableUser', { ...pool, Username });
        if (changes.enabled === false) await call('AdminDisableUser', { ...pool, Username });
      } catch (err) {
        throw mapCommon(err);
      }
    },

    async login({ tenantId, username, password, sourceIp }) {
      const startedAt = now();
      let out: InitiateAuthOutput;
      try {
        out = await call<InitiateAuthOutput>('AdminInitiateAuth', {
          ...pool,
          ClientId: opts.clientId,
          AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: cognitoUsername(tenantId, username), PASSWORD: password },
          ...(sourceIp && sourceIp !== 'unknown'
            ? { ContextData: { ...LOGIN_CONTEXT, IpAddress: sourceIp } }
            : {}),
        });
      } catch (err) {
        throw mapLoginError(err);
      }
      if (out.ChallengeName) {
        throw forbidden(
          `This account needs a further step (${out.ChallengeName}) that this sign-in does not support. Ask an administrator to reset it.`,
        );
      }
      const idToken = out.AuthenticationResult?.IdToken;
      if (!idToken) throw new Error('Cognito returned neither tokens nor a challenge');
      const { claims, payload } = await verifyIdToken(idToken);
      // The username carries the tenant, so this holds unless the attributes were set wrongly.
      if (claims.tenantId !== tenantId) throw wrongCredentials();
      const ttl = out.AuthenticationResult?.ExpiresIn ?? 3600;
      return {
        token: idToken,
        expiresAt: new Date(startedAt.getTime() + ttl * 1000).toISOString(),
        claims,
        name: typeof payload.name === 'string' ? payload.name : username,
      };
    },

    async verify(token) {
      return (await verifyToken(token)).claims;
    },
  };
}

function mapProvisionError(err: unknown, username: string): unknown {
  switch (errorName(err)) {
    case 'UsernameExistsException':
      return conflict(`The username "${username}" is already taken in this tenant.`);
    case 'InvalidPasswordException':
      return validationError(
        [{ path: 'password', message: (err as Error).message || 'does not meet the password policy' }],
        'The password does not meet the password policy.',
      );
    default:
      return mapCommon(err);
  }
}

export function mapLoginError(err: unknown): unknown {
  const name = errorName(err);
  const message = (err as Error)?.message ?? '';
  if (name === 'NotAuthorizedException') {
    if (/user is disabled/i.test(message)) return forbidden('This account is disabled.');
    // Cognito's own lockout after repeated wrong passwords.
    if (/password attempts exceeded/i.test(message)) {
      return new AppError(423, 'locked', 'Account locked', 'Too many failed logins. Try again later.');
    }
    return wrongCredentials();
  }
  if (name === 'UserNotFoundException') return wrongCredentials();
  if (name === 'PasswordResetRequiredException') {
    return forbidden('This account needs a password reset before it can log in. Ask an administrator.');
  }
  if (name === 'UserNotConfirmedException') {
    return forbidden('This account is not confirmed yet. Ask an administrator.');
  }
  return mapCommon(err);
}
