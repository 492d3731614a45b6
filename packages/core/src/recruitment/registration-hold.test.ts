import { describe, expect, it } from 'vitest';
import { mayReplaceUnverified, UNVERIFIED_HOLD_HOURS, unverifiedHoldEnds } from './registration-hold';

describe('an unverified account’s hold on its NIK', () => {
  const made = '2026-03-10T02:00:00.000Z';
  const unverified = { role: 'applicant', status: 'unverified' };
  const at = (iso: string) => new Date(iso);

  it('lasts 24 hours from when the account was made', () => {
    expect(UNVERIFIED_HOLD_HOURS).toBe(24);
    expect(unverifiedHoldEnds(made).toISOString()).toBe('2026-03-11T02:00:00.000Z');
    expect(unverifiedHoldEnds('2026-12-31T20:30:00+07:00').toISOString()).toBe('2027-01-01T13:30:00.000Z');
  });

  it('gives way at the end of the hold, not a millisecond before', () => {
    expect(mayReplaceUnverified(unverified, made, at('2026-03-10T02:00:00Z'))).toBe(false);
    expect(mayReplaceUnverified(unverified, made, at('2026-03-11T01:59:59.999Z'))).toBe(false);
    expect(mayReplaceUnverified(unverified, made, at('2026-03-11T02:00:00Z'))).toBe(true);
    expect(mayReplaceUnverified(unverified, made, at('2026-06-01T00:00:00Z'))).toBe(true);
  });

  it('never gives way for a verified or disabled account, or for staff', () => {
    const later = at('2027-03-10T02:00:00Z');
    expect(mayReplaceUnverified({ role: 'applicant', status: 'active' }, made, later)).toBe(false);
    expect(mayReplaceUnverified({ role: 'applicant', status: 'disabled' }, made, later)).toBe(false);
    expect(mayReplaceUnverified({ role: 'employee', status: 'unverified' }, made, later)).toBe(false);
  });

  it('refuses a creation time that is not an instant', () => {
    expect(() => unverifiedHoldEnds('kemarin')).toThrow(/not an instant/);
  });
});
