import { describe, expect, it } from 'vitest';
import type { AppError } from '../errors';
import {
  assertCanRegisterPasskey,
  MAX_PASSKEYS_PER_EMPLOYEE,
  passkeyCheckInRule,
  passkeyFlags,
  relyingPartyOf,
} from './passkeys';

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    const err = e as AppError & { errors?: { path: string }[] };
    return { status: err.status, paths: (err.errors ?? []).map((x) => x.path) };
  }
  return null;
};

describe('passkeyCheckInRule', () => {
  it('never asks when the policy is off, whatever is registered or sent', () => {
    expect(passkeyCheckInRule('off', 0, false)).toBe('none');
    expect(passkeyCheckInRule('off', 2, true)).toBe('none');
  });

  it('optional: nothing before a passkey is registered, the passkey every time after', () => {
    expect(passkeyCheckInRule('optional', 0, false)).toBe('none');
    expect(refusal(() => passkeyCheckInRule('optional', 0, true))).toEqual({
      status: 400,
      paths: ['assertion'],
    });
    expect(refusal(() => passkeyCheckInRule('optional', 1, false))).toEqual({
      status: 400,
      paths: ['assertion'],
    });
    expect(passkeyCheckInRule('optional', 1, true)).toBe('verify');
  });

  it('required: 403 without a registered passkey, 400 without the assertion', () => {
    expect(refusal(() => passkeyCheckInRule('required', 0, false))?.status).toBe(403);
    expect(refusal(() => passkeyCheckInRule('required', 0, true))?.status).toBe(403);
    expect(refusal(() => passkeyCheckInRule('required', 3, false))).toEqual({
      status: 400,
      paths: ['assertion'],
    });
    expect(passkeyCheckInRule('required', 3, true)).toBe('verify');
  });
});

describe('registration limits and flags', () => {
  it(`allows up to ${MAX_PASSKEYS_PER_EMPLOYEE} passkeys`, () => {
    expect(() => assertCanRegisterPasskey(MAX_PASSKEYS_PER_EMPLOYEE - 1)).not.toThrow();
    expect(refusal(() => assertCanRegisterPasskey(MAX_PASSKEYS_PER_EMPLOYEE))).toEqual({
      status: 400,
      paths: ['response'],
    });
  });

  it('flags a synced passkey and only that', () => {
    expect(passkeyFlags({ backedUp: true })).toEqual(['synced-passkey']);
    expect(passkeyFlags({ backedUp: false })).toEqual([]);
  });

  it('takes the relying party from the web origin: its host name, without port or path', () => {
    expect(relyingPartyOf('https://pamong.lampungprov.go.id/attendance')).toEqual({
      rpID: 'pamong.lampungprov.go.id',
      origin: 'https://pamong.lampungprov.go.id',
    });
    expect(relyingPartyOf('http://localhost:3000')).toEqual({
      rpID: 'localhost',
      origin: 'http://localhost:3000',
    });
  });
});
