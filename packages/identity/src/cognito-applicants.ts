import { createHmac } from 'node:crypto';
import type { AwsJsonCall } from '@pamong/aws';
import { AppError, conflict, forbidden, validationError } from '@pamong/core';
import type { JWTVerifyGetKey } from 'jose';
import type { ApplicantIdentityPort } from './applicants';
import { wrongCredentials } from './claims';
import {
  cognitoCall,
  cognitoUsername,
  errorName,
  type InitiateAuthOutput,
  LOGIN_CONTEXT,
  mapCommon,
  mapLoginError,
} from './cognito';
import { createApplicantTokenVerifier } from './cognito-verify';

export interface CognitoApplicantIdentityOptions {
  /** The applicants' pool, not the staff pool. */
  userPoolId: string;
  /** Its app client, which has a secret: only the API, which holds it, can sign anyone up. */
  clientId: string;
  clientSecret: string;
  region: string;
  /** The Cognito API; tests pass their own. Default: `cognitoCall` in the pool's region. */
  call?: AwsJsonCall;
  /** The pool's key set; tests pass a local one. */
  jwks?: JWTVerifyGetKey;
  now?: () => Date;
}

/**
 * The SECRET_HASH Cognito asks of every client-side call of an app client with a secret:
 * Base64(HMAC-SHA256(key = the client secret, message = username + client id)).
 */
export const secretHash = (clientSecret: string, username: string, clientId: string): string =>
  createHmac('sha256', clientSecret)
    .update(username + clientId)
    .digest('base64');

const messageOf = (err: unknown, fallback: string) => (err as Error)?.message || fallback;

const tooManyCodes = () =>
  new AppError(
    429,
    'rate-limited',
    'Too many requests',
    'Too many verification attempts. Wait a while, then ask for a new code.',
  );

const wrongCode = (err: unknown) =>
  validationError(
    [{ path: 'code', message: messageOf(err, 'is wrong or has expired') }],
    'The verification code is wrong or has expired.',
  );

const alreadyConfirmed = () => conflict('The email address of this account is verified already.');

/**
 * Applicant accounts in their own Cognito pool (issue 12 §1): self sign-up through the API (the
 * app client has a secret, so every call carries SECRET_HASH), the email verified with the code
 * Cognito sends on SignUp, and the login as for staff with ADMIN_USER_PASSWORD_AUTH. The pool
 * has no custom attributes: the tenant is the username's prefix and the role is the pool's.
 */
export function createCognitoApplicantIdentity(opts: CognitoApplicantIdentityOptions): ApplicantIdentityPort {
  const call = opts.call ?? cognitoCall({ region: opts.region });
  const verifyIdToken = createApplicantTokenVerifier(opts);
  const now = opts.now ?? (() => new Date());
  const account = (tenantId: string, nik: string) => {
    const Username = cognitoUsername(tenantId, nik);
    return { Username, SecretHash: secretHash(opts.clientSecret, Username, opts.clientId) };
  };

  return {
    kind: 'cognito',

    // The pool holds the password; the login record keeps no credential.
    async credentialAttributes() {
      return {};
    },

    async signUp({ tenantId, nik, email, name, password }) {
      try {
        const out = await call<{ UserSub?: string }>('SignUp', {
          ClientId: opts.clientId,
          ...account(tenantId, nik),
          Password: password,
          UserAttributes: [
            { Name: 'email', Value: email },
            { Name: 'name', Value: name },
          ],
        });
        if (!out.UserSub) throw new Error('Cognito SignUp returned no UserSub');
        return { applicantId: out.UserSub };
      } catch (err) {
        throw mapSignUpError(err);
      }
    },

    async abandon({ tenantId, nik }) {
      try {
        await call('AdminDeleteUser', {
          UserPoolId: opts.userPoolId,
          Username: cognitoUsername(tenantId, nik),
        });
      } catch (err) {
        if (errorName(err) === 'UserNotFoundException') return;
        throw mapCommon(err);
      }
    },

    // SignUp has sent the code already.
    async sendCode() {},

    async resendCode({ tenantId, nik }) {
      try {
        await call('ResendConfirmationCode', { ClientId: opts.clientId, ...account(tenantId, nik) });
      } catch (err) {
        const name = errorName(err);
        if (name === 'InvalidParameterException' && /confirmed/i.test(messageOf(err, ''))) {
          throw alreadyConfirmed();
        }
        throw mapCommon(err);
      }
    },

    async confirm({ tenantId, nik, code }) {
      try {
        await call('ConfirmSignUp', {
          ClientId: opts.clientId,
          ...account(tenantId, nik),
          ConfirmationCode: code,
        });
      } catch (err) {
        throw mapConfirmError(err);
      }
    },

    async login({ tenantId, nik, password, sourceIp }) {
      const startedAt = now();
      const { Username, SecretHash } = account(tenantId, nik);
      let out: InitiateAuthOutput;
      try {
        out = await call<InitiateAuthOutput>('AdminInitiateAuth', {
          UserPoolId: opts.userPoolId,
          ClientId: opts.clientId,
          AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: Username, PASSWORD: password, SECRET_HASH: SecretHash },
          ...(sourceIp && sourceIp !== 'unknown'
            ? { ContextData: { ...LOGIN_CONTEXT, IpAddress: sourceIp } }
            : {}),
        });
      } catch (err) {
        if (errorName(err) === 'UserNotConfirmedException') {
          throw forbidden('The email address of this account is not verified yet.');
        }
        throw mapLoginError(err);
      }
      if (out.ChallengeName) {
        throw forbidden(
          `This account needs a further step (${out.ChallengeName}) that this sign-in does not support.`,
        );
      }
      const idToken = out.AuthenticationResult?.IdToken;
      if (!idToken) throw new Error('Cognito returned neither tokens nor a challenge');
      const { claims, payload } = await verifyIdToken(idToken);
      // The username carries the tenant, so this holds unless the token is not this account's.
      if (claims.tenantId !== tenantId) throw wrongCredentials();
      const ttl = out.AuthenticationResult?.ExpiresIn ?? 3600;
      return {
        token: idToken,
        expiresAt: new Date(startedAt.getTime() + ttl * 1000).toISOString(),
        claims,
        name: typeof payload.name === 'string' ? payload.name : nik,
      };
    },
  };
}

function mapSignUpError(err: unknown): unknown {
  const name = errorName(err);
  const message = messageOf(err, '');
  if (name === 'UsernameExistsException') {
    return conflict('An applicant with this NIK is already registered in this tenant.');
  }
  if (
    name === 'InvalidPasswordException' ||
    (name === 'InvalidParameterException' && /password/i.test(message))
  ) {
    return validationError(
      [{ path: 'password', message: message || 'does not meet the password policy' }],
      'The password does not meet the password policy.',
    );
  }
  if (name === 'InvalidParameterException' && /email/i.test(message)) {
    return validationError(
      [{ path: 'email', message: message || 'is not a valid email address' }],
      'The email address is not valid.',
    );
  }
  return mapCommon(err);
}

function mapConfirmError(err: unknown): unknown {
  switch (errorName(err)) {
    case 'CodeMismatchException':
    case 'ExpiredCodeException':
      return wrongCode(err);
    // Said as a wrong code, so the answer does not tell whether the NIK is registered.
    case 'UserNotFoundException':
      return wrongCode(undefined);
    case 'TooManyFailedAttemptsException':
    case 'LimitExceededException':
      return tooManyCodes();
    case 'NotAuthorizedException':
      if (/current status is confirmed/i.test(messageOf(err, ''))) return alreadyConfirmed();
      return mapCommon(err);
    default:
      return mapCommon(err);
  }
}
