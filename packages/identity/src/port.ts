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
  failedAttempts: number;
  /** ISO time until which logins are refused (423), after 5 failures in a row. */
  lockedUntil?: string;
  status: 'active' | 'disabled';
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
  /** 401 AppError on a wrong password or unknown user (same message), 423 when locked, 403 when disabled. */
  login(input: { tenantId: string; username: string; password: string }): Promise<LoginResult>;
  /** Verifies signature, issuer, audience and expiry; 401 AppError otherwise. */
  verify(token: string): Promise<Claims>;
}
