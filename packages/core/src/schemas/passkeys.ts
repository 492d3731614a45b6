import * as z from 'zod';
import { idSchema } from '../ids';

/**
 * Passkeys for check-in (issue 13 §2). The WebAuthn options and responses are the JSON that
 * `@simplewebauthn/server` and `@simplewebauthn/browser` exchange; they pass through as objects and
 * are checked by the verification, not field by field here.
 */

const webAuthnJson = z.record(z.string(), z.unknown());

export const passkeyOptionsSchema = z.object({
  /** PublicKeyCredentialCreationOptionsJSON or PublicKeyCredentialRequestOptionsJSON, for the browser. */
  options: webAuthnJson,
  expiresAt: z.string(),
});
export type PasskeyOptions = z.infer<typeof passkeyOptionsSchema>;

export const finishPasskeyRegistrationSchema = z.strictObject({
  /** The browser's RegistrationResponseJSON. */
  response: webAuthnJson,
  /** A name the employee recognises the device by ("HP Samsung A15"). */
  name: z.string().trim().min(1).max(60),
});
export type FinishPasskeyRegistrationInput = z.infer<typeof finishPasskeyRegistrationSchema>;

export const passkeySchema = z.object({
  /** The credential id (base64url). */
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  /** Synced to a cloud account (iCloud Keychain, Google Password Manager): allowed, but flagged at check-in. */
  backedUp: z.boolean(),
  deviceType: z.enum(['singleDevice', 'multiDevice']),
  transports: z.array(z.string()),
});
export type Passkey = z.infer<typeof passkeySchema>;

export const passkeyListSchema = z.object({ items: z.array(passkeySchema) });

export const passkeyParamSchema = z.object({ passkeyId: z.string().regex(/^[A-Za-z0-9_-]{16,1024}$/) });

export const resetPasskeysSchema = z.strictObject({ reason: z.string().trim().min(1).max(500) });
export const resetPasskeysResultSchema = z.object({ employeeId: idSchema, removed: z.int() });
