import { type AppDeps, createFunctionApp, type RouteApp } from '@pamong/http';
import { registrationRoutes } from './routes/registration';

/**
 * Registering a passkey for check-in (issue 13 §2), a function of its own: the ceremony runs once
 * per phone and needs `@simplewebauthn/server` with its attestation, X.509 and ASN.1 code (about
 * 320 KB minified), which the attendance function, called by every employee at the morning peak,
 * then does not parse at its cold start (issue 9). The passkeys' list, removal and reset, the
 * check-in's assertion options and the assertion's verification stay with attendance
 * (functions/attendance/routes/passkeys.ts and webauthn.ts), on the same items.
 */
export function registerPasskeyRoutes(app: RouteApp): void {
  registrationRoutes(app);
}

export function createPasskeysApp(deps: AppDeps): RouteApp {
  const app = createFunctionApp(deps);
  registerPasskeyRoutes(app);
  return app;
}
