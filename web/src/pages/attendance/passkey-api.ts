/**
 * Calls of the passkey API (issue 13 §2), one function per operationId, and the two ceremonies
 * the pages run with @simplewebauthn/browser: registering a passkey on this device, and confirming
 * a check-in with one. A refusal of the browser's prompt comes back as a PasskeyPromptError (in a
 * word, ./passkeys `browserProblem`), an API refusal as the usual ApiError.
 */
import {
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  startAuthentication,
  startRegistration,
} from '@simplewebauthn/browser';
import { ApiError, api, type BodyOf, call, type ItemOf, type ResponseOf } from '../../api/client';
import { type BrowserProblem, browserProblem } from './passkeys';

export type Passkey = ItemOf<'listMyPasskeys'>;
export type PasskeyOptions = ResponseOf<'startPasskeyRegistration'>;
export type ResetPasskeysResult = ResponseOf<'resetEmployeePasskeys'>;
export type FinishPasskeyRegistrationBody = BodyOf<'finishPasskeyRegistration'>;

/** WebAuthn creation options with a fresh challenge (valid 5 minutes). */
export const startPasskeyRegistration = () => call(api.POST('/v1/passkeys/registration-options'));

/** Stores the passkey the browser made (verified by the API against the challenge and this site). */
export const finishPasskeyRegistration = (body: FinishPasskeyRegistrationBody) =>
  call(api.POST('/v1/passkeys', { body }));

/** One's own passkeys (at most 5), oldest first. */
export const listMyPasskeys = async (): Promise<Passkey[]> =>
  (await call(api.GET('/v1/attendance/passkeys'))).items;

/** Removes one of one's own passkeys. */
export const removePasskey = async (passkeyId: string): Promise<void> => {
  await call(api.DELETE('/v1/attendance/passkeys/{passkeyId}', { params: { path: { passkeyId } } }));
};

/** WebAuthn request options for one's passkeys before a check-in; 409 when one has none. */
export const startCheckInAssertion = () => call(api.POST('/v1/attendance/passkeys/assertion-options'));

/** Removes every passkey of an employee (tenant and agency admins, in their scope), with a reason. */
export const resetEmployeePasskeys = (employeeId: string, reason: string) =>
  call(
    api.POST('/v1/attendance/employees/{employeeId}/passkeys/reset', {
      params: { path: { employeeId } },
      body: { reason },
    }),
  );

/** The browser's passkey prompt gave no answer: closed, unsupported, no screen lock… */
export class PasskeyPromptError extends Error {
  readonly problem: BrowserProblem;
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : 'passkey prompt failed', { cause });
    this.name = 'PasskeyPromptError';
    this.problem = browserProblem(cause);
  }
}

async function prompt<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw new PasskeyPromptError(err);
  }
}

/**
 * Registers a passkey on this device: options from the API, the device's prompt (fingerprint,
 * face or PIN), then the response stored under the name the employee gave.
 */
export async function registerPasskey(name: string): Promise<Passkey> {
  const { options } = await startPasskeyRegistration();
  const response = await prompt(() =>
    startRegistration({ optionsJSON: options as unknown as PublicKeyCredentialCreationOptionsJSON }),
  );
  return finishPasskeyRegistration({ response: response as unknown as Record<string, unknown>, name });
}

/**
 * The assertion a check-in carries: options from the API, then the device's prompt. Null when the
 * API says there is no passkey to confirm with (409): the punch then goes without one.
 */
export async function checkInAssertion(): Promise<Record<string, unknown> | null> {
  let options: PasskeyOptions['options'];
  try {
    ({ options } = await startCheckInAssertion());
  } catch (err) {
    if (err instanceof ApiError && err.status === 409) return null;
    throw err;
  }
  const assertion: AuthenticationResponseJSON = await prompt(() =>
    startAuthentication({ optionsJSON: options as unknown as PublicKeyCredentialRequestOptionsJSON }),
  );
  return assertion as unknown as Record<string, unknown>;
}
