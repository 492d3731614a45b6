/**
 * One NIK, one account (ASN-RULES §7), but an account whose email was never verified holds its NIK
 * only for a while. A mistyped address sends the code nowhere, and anyone can type another person's
 * NIK with their own address; neither may lock the NIK for good. So a registration with the NIK of
 * an account still unverified this long after it was made replaces that account. Until then the
 * NIK is taken: its owner enters the code, or asks for a new one. Cognito's confirmation codes
 * live 24 hours too, so an account is never replaced while its code still works.
 */
export const UNVERIFIED_HOLD_HOURS = 24;

/** When an unverified account made at `createdAt` stops holding its NIK. */
export function unverifiedHoldEnds(createdAt: string): Date {
  const made = Date.parse(createdAt);
  if (Number.isNaN(made)) throw new Error(`not an instant: ${createdAt}`);
  return new Date(made + UNVERIFIED_HOLD_HOURS * 3_600_000);
}

/**
 * Whether a registration now may replace the account behind a NIK's login record: only an
 * applicant's account never verified, and only once its hold has ended.
 */
export function mayReplaceUnverified(
  login: { role: string; status: string },
  createdAt: string,
  now: Date,
): boolean {
  if (login.role !== 'applicant' || login.status !== 'unverified') return false;
  return now.getTime() >= unverifiedHoldEnds(createdAt).getTime();
}
