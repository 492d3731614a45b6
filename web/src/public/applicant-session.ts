/**
 * The applicant's session: the token from the login, kept in sessionStorage under a key of its
 * own per tenant slug (`pamong.applicant.<slug>`), apart from the staff app's `pamong.token`, so an
 * applicant's session never signs in the staff app, nor a session of one region another's pages.
 * The token dies with the tab, and it is dropped once it has expired.
 */

export interface ApplicantSession {
  token: string;
  /** ISO time the token expires at. */
  expiresAt: string;
  /** The applicant's name, for the greeting. */
  name: string;
}

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const sessionKey = (tenant: string) => `pamong.applicant.${tenant.toLowerCase()}`;

function storage(): KeyValueStore | null {
  try {
    return sessionStorage;
  } catch {
    // Blocked storage: the session lives as long as the page.
    return null;
  }
}

/** The stored session of `tenant`, or null (none, unreadable, or expired at `now`: then removed). */
export function readSession(
  tenant: string,
  now: Date = new Date(),
  store: KeyValueStore | null = storage(),
): ApplicantSession | null {
  if (!store) return null;
  let raw: string | null;
  try {
    raw = store.getItem(sessionKey(tenant));
  } catch {
    return null;
  }
  if (!raw) return null;
  let parsed: Partial<ApplicantSession> | null = null;
  try {
    parsed = JSON.parse(raw) as Partial<ApplicantSession>;
  } catch {
    parsed = null;
  }
  const expires = Date.parse(parsed?.expiresAt ?? '');
  if (!parsed || typeof parsed.token !== 'string' || !parsed.token || !(expires > now.getTime())) {
    clearSession(tenant, store);
    return null;
  }
  return { token: parsed.token, expiresAt: parsed.expiresAt as string, name: parsed.name ?? '' };
}

export function saveSession(
  tenant: string,
  session: ApplicantSession,
  store: KeyValueStore | null = storage(),
): void {
  try {
    store?.setItem(sessionKey(tenant), JSON.stringify(session));
  } catch {
    // Not kept: the applicant logs in again after a reload.
  }
}

export function clearSession(tenant: string, store: KeyValueStore | null = storage()): void {
  try {
    store?.removeItem(sessionKey(tenant));
  } catch {
    // Nothing to clear.
  }
}

/** Where a page sends a visitor without a session: the login, then back to `next`. */
export const loginPath = (tenant: string, next?: string) =>
  `/karier/${encodeURIComponent(tenant)}/masuk${next ? `?lanjut=${encodeURIComponent(next)}` : ''}`;

/**
 * The page to go to after the login: `next` when it is one of this tenant's careers pages (never
 * another site: the value comes from the address bar), else the applicant's own page.
 */
export function afterLoginPath(tenant: string, next: string | null | undefined): string {
  const base = `/karier/${encodeURIComponent(tenant)}`;
  if (next && (next === base || next.startsWith(`${base}/`)) && !next.startsWith('//') && !/[\\]/.test(next))
    return next;
  return `${base}/saya`;
}

/**
 * What the registration hands to the verification page (and the verification to the login): the
 * NIK to fill in and where the code went. In sessionStorage, not in the address: a NIK in a URL
 * ends up in the history and in server logs.
 */
export interface PendingApplicant {
  nik: string;
  /** Masked, as the API answered it. */
  email?: string;
  delivery?: 'email' | 'local-outbox';
  verified?: boolean;
}

const pendingKey = (tenant: string) => `${sessionKey(tenant)}.pending`;

export function readPending(
  tenant: string,
  store: KeyValueStore | null = storage(),
): PendingApplicant | null {
  try {
    const raw = store?.getItem(pendingKey(tenant));
    const parsed = raw ? (JSON.parse(raw) as PendingApplicant) : null;
    return parsed && typeof parsed.nik === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

export function savePending(
  tenant: string,
  pending: PendingApplicant,
  store: KeyValueStore | null = storage(),
): void {
  try {
    store?.setItem(pendingKey(tenant), JSON.stringify(pending));
  } catch {
    // The next page asks for the NIK instead.
  }
}
