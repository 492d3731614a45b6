import type { LoginRecord, LoginResult } from './port';

/**
 * Applicant accounts (issue 12 §1). Applicants register themselves, so they are many and
 * untrusted: in AWS they live in their own Cognito user pool (self sign-up, the email verified
 * with a code, a separate app client with a secret, so only the API can sign anyone up); locally
 * the table holds them, and the codes go to a local outbox.
 *
 * The username is the NIK, unique per tenant (`${tenantId}.${nik}` in the pool, as for staff). The
 * table's records are the same for both adapters and are written by the recruitment repository in
 * one transaction: the login record at `keys.login(tenantId, nik)` (the NIK's uniqueness guard),
 * the account at `keys.user(tenantId, applicantId)` with role `applicant` (what `activeAccount`
 * reads on every request) and the applicant's profile. The account is `unverified` until the code
 * is confirmed; only then can the applicant log in.
 *
 * The sequence of `registerApplicant`:
 *   1. `signUp`: the provider's account, which gives the applicant id (Cognito: the pool's `sub`;
 *      local: a new ULID); Cognito sends the code by email here;
 *   2. the table transaction; if it fails, `abandon` undoes step 1;
 *   3. `sendCode`: locally the code is made and put in the outbox; Cognito has sent it already.
 */
export interface ApplicantIdentityPort {
  readonly kind: 'local' | 'cognito';
  /** Attributes for the login record: local, the scrypt hash; Cognito, none (the pool holds it). */
  credentialAttributes(password: string): Promise<Partial<LoginRecord>>;
  /**
   * Cognito: SignUp with the applicant app client, `email` and `name` as attributes; 409 `conflict`
   * when `${tenantId}.${nik}` exists, 400 at `password` when the pool's policy refuses it, 429 when
   * Cognito throttles. Local: a new id, nothing else.
   */
  signUp(input: ApplicantSignUp): Promise<{ applicantId: string }>;
  /** Undoes `signUp` after the table write failed (Cognito: AdminDeleteUser; local: nothing). */
  abandon(input: { tenantId: string; nik: string }): Promise<void>;
  /** Local: makes a code and puts it in the outbox. Cognito: nothing (SignUp sent it). */
  sendCode(input: { tenantId: string; nik: string; email: string; name: string }): Promise<void>;
  /** Asks for a new code (Cognito: ResendConfirmationCode). */
  resendCode(input: { tenantId: string; nik: string; email: string; name: string }): Promise<void>;
  /**
   * Checks the code. 400 at `code` when it is wrong or has expired; 429 after too many wrong codes
   * (Cognito's own limit: `LimitExceededException`/`TooManyFailedAttemptsException`). Cognito:
   * ConfirmSignUp. A code for an account already confirmed is 409.
   */
  confirm(input: { tenantId: string; nik: string; code: string }): Promise<void>;
  /** The login of an applicant (the platform's `login` with a NIK as username). */
  login(input: { tenantId: string; nik: string; password: string; sourceIp?: string }): Promise<LoginResult>;
}

export interface ApplicantSignUp {
  tenantId: string;
  nik: string;
  email: string;
  name: string;
  password: string;
}

/** A username that is a NIK (16 digits) belongs to an applicant; staff usernames may not be one. */
export const isApplicantUsername = (username: string): boolean => /^\d{16}$/.test(username);
