import { describe, expect, it } from 'vitest';
import { attendanceEn } from '../../web/src/pages/attendance/i18n/en';
import { attendanceId } from '../../web/src/pages/attendance/i18n/id';
import { passkeyEn } from '../../web/src/pages/attendance/i18n/passkey-en';
import { passkeyId } from '../../web/src/pages/attendance/i18n/passkey-id';
import {
  browserProblem,
  checkInPasskeyStep,
  guessDeviceName,
  passkeyRefusal,
  passkeySupport,
} from '../../web/src/pages/attendance/passkeys';
import { auditLabelsEn, auditLabelsId, fieldLabel, flagLabel } from '../../web/src/pages/audit-labels';

/** The passkey pages' pure rules: the check-in step by policy, a device's first name, refusals in a word. */

describe('checkInPasskeyStep', () => {
  it('never asks under `off`, whatever is registered', () => {
    expect(checkInPasskeyStep('off', 0)).toBe('none');
    expect(checkInPasskeyStep('off', 2)).toBe('none');
    expect(checkInPasskeyStep('off', null)).toBe('none');
  });

  it('confirms with the passkey once one is registered (optional and required)', () => {
    expect(checkInPasskeyStep('optional', 1)).toBe('confirm');
    expect(checkInPasskeyStep('required', 3)).toBe('confirm');
    // Settings not loaded yet: a registered passkey is still asked for (the API would refuse without).
    expect(checkInPasskeyStep(null, 1)).toBe('confirm');
  });

  it('sends the punch without one under `optional`, and offers the Passkey page under `required`', () => {
    expect(checkInPasskeyStep('optional', 0)).toBe('none');
    expect(checkInPasskeyStep('required', 0)).toBe('register-first');
    expect(checkInPasskeyStep(undefined, 0)).toBe('none');
  });

  it('asks for options when the list is unknown (the API answers 409 when there is none)', () => {
    expect(checkInPasskeyStep('optional', null)).toBe('confirm');
    expect(checkInPasskeyStep('required', null)).toBe('confirm');
  });
});

describe('guessDeviceName', () => {
  const UA = {
    iphone:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    ipad: 'Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
    ipadDesktop:
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
    chromeAndroid:
      'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
    samsungInternet:
      'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
    oppo: 'Mozilla/5.0 (Linux; Android 13; CPH2591) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
    redmi:
      'Mozilla/5.0 (Linux; Android 13; Redmi Note 12) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
    androidTablet:
      'Mozilla/5.0 (Linux; Android 13; SM-X200) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
    windows:
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
    mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
    chromebook:
      'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
    linux:
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  };
  const id = passkeyId.devices;

  it('names phones the way staff say them, in Indonesian', () => {
    expect(guessDeviceName(UA.iphone, id)).toBe('iPhone');
    expect(guessDeviceName(UA.chromeAndroid, id)).toBe('Ponsel Android');
    expect(guessDeviceName(UA.samsungInternet, id)).toBe('HP Samsung');
    expect(guessDeviceName(UA.oppo, id)).toBe('HP OPPO');
    expect(guessDeviceName(UA.redmi, id)).toBe('HP Redmi');
    expect(guessDeviceName(UA.androidTablet, id)).toBe('Tablet Android');
  });

  it('tells an iPad asking for desktop sites by its touch screen', () => {
    expect(guessDeviceName(UA.ipad, id)).toBe('iPad');
    expect(guessDeviceName(UA.ipadDesktop, id, 5)).toBe('iPad');
    expect(guessDeviceName(UA.ipadDesktop, id, 0)).toBe('Laptop Mac');
  });

  it('names computers as laptops with their system, and falls back to a plain name', () => {
    expect(guessDeviceName(UA.windows, id)).toBe('Laptop Windows');
    expect(guessDeviceName(UA.mac, id)).toBe('Laptop Mac');
    expect(guessDeviceName(UA.chromebook, id)).toBe('Chromebook');
    expect(guessDeviceName(UA.linux, id)).toBe('Laptop');
    expect(guessDeviceName('', id)).toBe('Perangkat saya');
  });

  it('speaks English with the English words', () => {
    expect(guessDeviceName(UA.chromeAndroid, passkeyEn.devices)).toBe('Android phone');
    expect(guessDeviceName(UA.samsungInternet, passkeyEn.devices)).toBe('Samsung phone');
    expect(guessDeviceName(UA.windows, passkeyEn.devices)).toBe('Windows laptop');
  });

  it('always fits the API’s 60 characters', () => {
    for (const ua of Object.values(UA)) {
      const name = guessDeviceName(ua, id);
      expect(name.length).toBeGreaterThan(0);
      expect(name.length).toBeLessThanOrEqual(60);
    }
  });
});

describe('browserProblem', () => {
  const named = (name: string, message = '', code?: string) =>
    Object.assign(new Error(message), { name }, code ? { code } : {});

  it('takes a closed or timed-out prompt as a cancellation, not a failure', () => {
    expect(
      browserProblem(named('NotAllowedError', 'The operation either timed out or was not allowed.')),
    ).toBe('cancelled');
    expect(browserProblem(named('AbortError'))).toBe('cancelled');
    // @simplewebauthn/browser wraps NotAllowedError, keeping its name.
    expect(browserProblem(named('NotAllowedError', 'x', 'ERROR_PASSTHROUGH_SEE_CAUSE_PROPERTY'))).toBe(
      'cancelled',
    );
  });

  it('tells a browser without WebAuthn, a bad address, a device already registered and one without a lock', () => {
    expect(browserProblem(new Error('WebAuthn is not supported in this browser'))).toBe('unsupported');
    expect(
      browserProblem(named('SecurityError', '127.0.0.1 is an invalid domain', 'ERROR_INVALID_DOMAIN')),
    ).toBe('insecure');
    expect(
      browserProblem(
        named('InvalidStateError', 'previously registered', 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED'),
      ),
    ).toBe('already');
    expect(
      browserProblem(named('ConstraintError', 'uv', 'ERROR_AUTHENTICATOR_MISSING_USER_VERIFICATION_SUPPORT')),
    ).toBe('noLock');
  });

  it('calls anything else a failure', () => {
    expect(browserProblem(named('UnknownError'))).toBe('failed');
    expect(browserProblem('boom')).toBe('failed');
    expect(browserProblem(null)).toBe('failed');
  });
});

describe('passkeySupport', () => {
  it('needs WebAuthn on a secure origin named by a domain', () => {
    expect(passkeySupport({ hasWebAuthn: true, secureContext: true, hostname: 'pamong.go.id' })).toBe('ok');
    expect(passkeySupport({ hasWebAuthn: true, secureContext: true, hostname: 'localhost' })).toBe('ok');
    expect(passkeySupport({ hasWebAuthn: false, secureContext: true, hostname: 'pamong.go.id' })).toBe(
      'unsupported',
    );
    expect(passkeySupport({ hasWebAuthn: true, secureContext: false, hostname: 'pamong.go.id' })).toBe(
      'insecure',
    );
    // WebAuthn refuses IP addresses as relying parties, even the loopback one.
    expect(passkeySupport({ hasWebAuthn: true, secureContext: true, hostname: '127.0.0.1' })).toBe(
      'insecure',
    );
    expect(passkeySupport({ hasWebAuthn: true, secureContext: true, hostname: '[::1]' })).toBe('insecure');
  });
});

describe('passkeyRefusal', () => {
  const at = (path: string, message: string) => [{ path, message }];

  it('reads the API’s registration refusals', () => {
    expect(
      passkeyRefusal(at('response', 'the passkey prompt has expired or was already used; start again')),
    ).toBe('expired');
    expect(passkeyRefusal(at('response', 'you already have 5 passkeys; remove one first'))).toBe('limit');
    expect(passkeyRefusal(at('response', 'this passkey is already registered'))).toBe('duplicate');
    expect(passkeyRefusal(at('response', 'the passkey could not be verified: Unexpected origin'))).toBe(
      'unverified',
    );
    expect(passkeyRefusal(at('name', 'Too small: expected string to have >=1 characters'))).toBe('name');
  });

  it('reads the check-in’s refusals at `assertion`', () => {
    expect(
      passkeyRefusal(at('assertion', 'confirm the check-in with your passkey (fingerprint, face or PIN)')),
    ).toBe('needed');
    expect(passkeyRefusal(at('assertion', 'no passkey is registered for you'))).toBe('notRegistered');
    expect(passkeyRefusal(at('assertion', 'the passkey was used elsewhere meanwhile; try again'))).toBe(
      'usedElsewhere',
    );
    expect(
      passkeyRefusal(at('assertion', 'the passkey prompt has expired or was already used; start again')),
    ).toBe('expired');
    expect(passkeyRefusal(at('assertion', 'the passkey could not be verified'))).toBe('unverified');
  });

  it('is null for errors that are not about a passkey', () => {
    expect(passkeyRefusal(at('accuracyM', 'too large'))).toBeNull();
    expect(passkeyRefusal([])).toBeNull();
  });
});

describe('texts', () => {
  it('have the same keys in both languages', () => {
    const shape = (o: unknown): unknown =>
      o && typeof o === 'object' && !Array.isArray(o)
        ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k, shape(v)]))
        : Array.isArray(o)
          ? o.length
          : typeof o;
    expect(shape(passkeyEn)).toEqual(shape(passkeyId));
  });

  it('say the why in plain Indonesian, and name the tab and the synced flag', () => {
    expect(passkeyId.why.lead).toBe(
      'Passkey memastikan absen dilakukan oleh Anda sendiri, dengan sidik jari, wajah atau PIN ponsel Anda.',
    );
    expect(attendanceId.tabs.passkeys).toBe('Passkey');
    expect(attendanceEn.tabs.passkeys).toBe('Passkey');
    expect(attendanceId.flags['synced-passkey']).toMatch(/tersinkron ke akun awan/);
  });

  it('label the passkey audit actions, fields and flag in both languages', () => {
    for (const labels of [auditLabelsId, auditLabelsEn]) {
      for (const action of ['passkey.register', 'passkey.remove', 'passkey.reset'])
        expect(labels.actions[action], action).toBeTruthy();
      expect(fieldLabel(labels, 'employee', 'passkey')).not.toMatch(/^Passkey$/i);
      expect(fieldLabel(labels, 'employee', 'passkeys')).toBeTruthy();
      expect(flagLabel(labels, 'synced-passkey')).not.toBe('synced-passkey');
    }
    expect(auditLabelsId.actions['passkey.reset']).toBe('Passkey absen diatur ulang oleh admin');
  });
});
