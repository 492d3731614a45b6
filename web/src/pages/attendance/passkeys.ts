/**
 * The passkey pages' pure rules (issue 13 §2), unit-tested in tests/web/attendance-passkeys.test.ts:
 * what a check-in needs under the tenant's policy, a first name for this device from its user
 * agent, and what went wrong, in a word, when the browser's passkey prompt or the API refused.
 * No Preact and no browser globals here.
 */

export type PasskeyPolicy = 'off' | 'optional' | 'required';

/** Passkeys one employee may hold (the API's MAX_PASSKEYS_PER_EMPLOYEE). */
export const MAX_PASSKEYS = 5;

/** The longest device name the API takes. */
export const MAX_NAME_LENGTH = 60;

/**
 * What the check-in page does before a punch: `none`, send it as it is; `confirm`, ask the
 * browser for an assertion first; `register-first`, offer the Passkey page instead of the buttons.
 * `registered` is null while the list is unknown (not loaded, or its read failed): the page then
 * asks for assertion options, and the API's 409 says there is no passkey after all. An unknown
 * policy (settings not loaded) with no passkey sends the punch; the API refuses it if it must.
 */
export function checkInPasskeyStep(
  policy: PasskeyPolicy | null | undefined,
  registered: number | null,
): 'none' | 'confirm' | 'register-first' {
  if (policy === 'off') return 'none';
  if (registered === null) return 'confirm';
  if (registered > 0) return 'confirm';
  return policy === 'required' ? 'register-first' : 'none';
}

/** The words a guessed device name is made of, in the reader's language. */
export interface DeviceWords {
  iphone: string;
  ipad: string;
  androidPhone: string;
  androidTablet: string;
  /** A phone of a brand the user agent names: "HP Samsung". */
  phoneOf: (brand: string) => string;
  /** A computer with its system: "Laptop Windows". */
  laptopOf: (system: string) => string;
  laptop: string;
  other: string;
}

/** Android makers whose model codes survive in user agents, and their everyday names. */
const ANDROID_BRANDS: readonly [RegExp, string][] = [
  [/\bSAMSUNG\b|\bSM-[A-Z]\d/i, 'Samsung'],
  [/\bRedmi\b/i, 'Redmi'],
  [/\bPOCO\b/i, 'POCO'],
  [/\bXiaomi\b|\bMi \d/i, 'Xiaomi'],
  [/\bOPPO\b|\bCPH\d{4}\b/i, 'OPPO'],
  [/\bvivo\b/i, 'vivo'],
  [/\bRMX\d{4}\b|\brealme\b/i, 'realme'],
  [/\bInfinix\b/i, 'Infinix'],
];

/**
 * A first name for this device, from its user agent, for the employee to keep or change: "iPhone",
 * "Ponsel Android" ("HP Samsung" where the agent names the maker), "Laptop Windows". An iPad that
 * asks for desktop sites says "Macintosh" but has a touch screen (`touchPoints`).
 */
export function guessDeviceName(userAgent: string, words: DeviceWords, touchPoints = 0): string {
  const ua = userAgent || '';
  if (/\biPhone\b|\biPod\b/.test(ua)) return words.iphone;
  if (/\biPad\b/.test(ua) || (/\bMacintosh\b/.test(ua) && touchPoints > 1)) return words.ipad;
  if (/\bAndroid\b/i.test(ua)) {
    if (!/\bMobile\b/.test(ua)) return words.androidTablet;
    const brand = ANDROID_BRANDS.find(([re]) => re.test(ua))?.[1];
    return brand ? words.phoneOf(brand) : words.androidPhone;
  }
  if (/\bCrOS\b/.test(ua)) return 'Chromebook';
  if (/\bWindows\b/.test(ua)) return words.laptopOf('Windows');
  if (/\bMacintosh\b|\bMac OS X\b/.test(ua)) return words.laptopOf('Mac');
  if (/\bLinux\b|\bX11\b/.test(ua)) return words.laptop;
  return words.other;
}

/**
 * Why the browser's passkey prompt gave no answer:
 * - `cancelled`: the person closed the prompt or let it time out (NotAllowedError), or it was
 *   aborted; nothing is wrong, nothing was sent;
 * - `unsupported`: this browser has no WebAuthn;
 * - `insecure`: the page's address cannot hold passkeys (not https, an IP address);
 * - `already`: this device already holds one of this person's passkeys (registration);
 * - `noLock`: the device cannot verify its user (no screen lock, fingerprint or PIN);
 * - `failed`: anything else the authenticator said.
 */
export type BrowserProblem = 'cancelled' | 'unsupported' | 'insecure' | 'already' | 'noLock' | 'failed';

/** The browser's refusal in a word (the errors of @simplewebauthn/browser and of WebAuthn itself). */
export function browserProblem(err: unknown): BrowserProblem {
  if (!(err instanceof Error) && !(typeof err === 'object' && err !== null && 'name' in err)) return 'failed';
  const e = err as { name?: unknown; message?: unknown; code?: unknown };
  const name = typeof e.name === 'string' ? e.name : '';
  const message = typeof e.message === 'string' ? e.message : '';
  const code = typeof e.code === 'string' ? e.code : '';
  if (/not supported in this browser/i.test(message)) return 'unsupported';
  if (name === 'NotAllowedError' || name === 'AbortError' || code === 'ERROR_CEREMONY_ABORTED')
    return 'cancelled';
  if (code === 'ERROR_INVALID_DOMAIN' || code === 'ERROR_INVALID_RP_ID' || name === 'SecurityError')
    return 'insecure';
  if (code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED' || name === 'InvalidStateError') return 'already';
  if (code === 'ERROR_AUTHENTICATOR_MISSING_USER_VERIFICATION_SUPPORT' || name === 'ConstraintError')
    return 'noLock';
  return 'failed';
}

/**
 * Whether this page can offer passkeys at all: WebAuthn present, on a secure origin whose host is
 * a domain name (WebAuthn refuses IP addresses). What the browser gives is passed in.
 */
export function passkeySupport(env: {
  hasWebAuthn: boolean;
  secureContext: boolean;
  hostname: string;
}): 'ok' | 'unsupported' | 'insecure' {
  if (!env.hasWebAuthn) return 'unsupported';
  const ip = /^\d{1,3}(\.\d{1,3}){3}$/.test(env.hostname) || env.hostname.includes(':');
  if (!env.secureContext || ip) return 'insecure';
  return 'ok';
}

/**
 * What the API refused about a passkey, from a 400's field errors (the API writes English):
 * - `expired`: the prompt's challenge expired (5 minutes) or was used already;
 * - `limit`: the employee holds the most passkeys allowed;
 * - `duplicate`: this credential is registered already;
 * - `usedElsewhere`: the passkey signed another check-in meanwhile;
 * - `needed`: a check-in without the assertion the policy asks for;
 * - `notRegistered`: an assertion, but no passkey is registered;
 * - `name`: the device name is empty or too long;
 * - `unverified`: the response or assertion did not verify (another site, no user verification).
 * Null when no error is about a passkey.
 */
export type PasskeyRefusal =
  | 'expired'
  | 'limit'
  | 'duplicate'
  | 'usedElsewhere'
  | 'needed'
  | 'notRegistered'
  | 'name'
  | 'unverified';

export function passkeyRefusal(errors: readonly { path: string; message: string }[]): PasskeyRefusal | null {
  for (const { path, message } of errors) {
    if (path === 'name') return 'name';
    if (path !== 'response' && path !== 'assertion') continue;
    if (/expired|already used/i.test(message)) return 'expired';
    if (/already have \d+ passkeys/i.test(message)) return 'limit';
    if (/already registered/i.test(message)) return 'duplicate';
    if (/used elsewhere/i.test(message)) return 'usedElsewhere';
    if (/no passkey is registered/i.test(message)) return 'notRegistered';
    if (/confirm the check-in/i.test(message)) return 'needed';
    return 'unverified';
  }
  return null;
}
