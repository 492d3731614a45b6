import type { Claims, Role } from '@pamong/core';

/**
 * The login record lives in the table for both adapters, at `keys.login(tenantId, username)`
 * (`keys.platformLogin(username)` for platform admins). It is the username's uniqueness guard and,
 * for the local adapter, the credential store.
 */
export interface LoginRecord {
  userId: string;
  username: string;
  tenantId: string;
  /** Local adapter only: `scrypt$<N>$<r>$<p>$<salt b64>$<hash b64>`. */
  passwordHash?: string;
  /**
   * @deprecated No longer read or written by the login: failures are counted per source address
   * in separate items (see `IdentityPort.login`). Writers still set it to 0 on new records.
   */
  failedAttempts?: number;
  /** @deprecated Older records may carry it; the login ignores it. */
  lockedUntil?: string;
  /** `unverified`: an applicant who has not confirmed their email yet (cannot log in). */
  status: 'active' | 'disabled' | 'unverified';
  /** Copies of the user's claims, kept in step by the users repository in the same transaction,
   * so a login reads one item. */
  name: string;
  role: Role;
  agencyId: string | null;
  employeeId: string | null;
}

export interface AccountInput {
  tenantId: string;
  userId: string;
  username: string;
  password: string;
  name: string;
  email?: string;
  role: Role;
  agencyId?: string | null;
  employeeId?: string | null;
}

export interface LoginResult {
  token: string;
  expiresAt: string;
  claims: Claims;
  name: string;
}

/** One port, two adapters (Cognito in AWS, the table locally); both issue the same claims. */
export interface IdentityPort {
  readonly kind: 'local' | 'cognito';
  /**
   * The attributes the login record must carry for this adapter (local: the scrypt hash).
   * Called before the transaction that creates the user, so the record goes in that transaction.
   */
  credentialAttributes(password: string): Promise<Partial<LoginRecord>>;
  /** After the user's transaction has committed (Cognito: AdminCreateUser with the custom attributes). */
  provisionAccount(input: AccountInput): Promise<void>;
  /** Role/agency/employee changes, and enable/disable, after they have been committed to the table. */
  syncAccount(
    tenantId: string,
    username: string,
    changes: { role?: Role; agencyId?: string | null; employeeId?: string | null; enabled?: boolean },
  ): Promise<void>;
  /**
   * 401 AppError on a wrong password or unknown user (same message), 403 when disabled (said only
   * after the right password). `sourceIp` is the caller's address as the platform saw it
   * (`clientIp`); without one every such login shares the one source `unknown`, so the login
   * route always passes it. Repeated failures are answered per adapter:
   * - local: throttled per source, never per account alone. After 5 failures for one username
   *   from one source, that source waits 1 minute, doubling with each further failure up to 15;
   *   30 failures from one source across the tenant's usernames lock that source out of the
   *   tenant for 15 minutes. Both answer 429 `rate-limited` with `Retry-After`, the same for
   *   unknown usernames; the owner logging in from another address is not affected.
   * - Cognito: Cognito's own per-user lockout (after 5 failures, 1 s doubling up to about 15
   *   minutes, whatever the source) answers 423 `locked`; its threat protection sees `sourceIp`;
   *   its throttling answers 429 `rate-limited`.
   */
  login(input: {
    tenantId: string;
    username: string;
    password: string;
    sourceIp?: string;
  }): Promise<LoginResult>;
  /** Verifies signature, issuer, audience and expiry; 401 AppError otherwise. */
  verify(token: string): Promise<Claims>;
}
