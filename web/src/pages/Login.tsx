import type { Role } from '@pamong/core';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { login } from '../api/client';
import { LangSwitch } from '../components/LangSwitch';
import { ErrorMessage, InputField, Notice } from '../components/ui';
import { useI18n } from '../i18n';
import { homeFor, mayOpenPath } from '../routes';
import { type SignedOutReason, useSession } from '../session';

/** The seeded demo tenants, offered as suggestions; any slug can be typed. */
const TENANT_SUGGESTIONS = ['lampung', 'bandarlampung', 'palembang', 'platform'];

/** Keep a deep link (after an expired session, say) when the role may open it. */
function landsOn(path: string, role: Role): boolean {
  if (path === '/') return false;
  return mayOpenPath(role, path);
}

export function Login({ reason }: { reason?: SignedOutReason }) {
  const { t } = useI18n();
  const { signIn } = useSession();
  const { path, route } = useLocation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const value = (k: string) => String(data.get(k) ?? '');
    setBusy(true);
    setError(null);
    try {
      const res = await login({
        tenant: value('tenant').trim().toLowerCase(),
        username: value('username').trim().toLowerCase(),
        password: value('password'),
      });
      // Someone who opened a deep link lands there; everyone else on their role's start page.
      if (!landsOn(path, res.user.role)) route(homeFor(res.user.role), true);
      await signIn(res);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const reasonText =
    reason === 'expired'
      ? t.login.expired
      : reason === 'tenant-suspended'
        ? t.problems['tenant-suspended']
        : reason === 'signedOut'
          ? t.login.signedOut
          : null;

  return (
    <main class="login-page">
      <div class="login-top">
        <LangSwitch />
      </div>
      <div class="login-card">
        <div class="login-brand">
          <span class="brand-mark" aria-hidden="true">
            P
          </span>
          <div>
            <strong>{t.appName}</strong>
            <span>{t.tagline}</span>
          </div>
        </div>
        <h1>{t.login.title}</h1>
        <p class="muted">{t.login.intro}</p>
        {reasonText &&
          !error &&
          (reason === 'signedOut' ? (
            <Notice>{reasonText}</Notice>
          ) : (
            <div class="alert alert-warn" role="alert">
              {reasonText}
            </div>
          ))}
        <ErrorMessage
          error={error}
          overrides={{ unauthorized: t.login.wrongCredentials, validation: t.login.wrongCredentials }}
          fieldNames={['tenant', 'username', 'password']}
        />
        <form onSubmit={onSubmit} class="stack">
          <InputField
            label={t.login.tenant}
            name="tenant"
            hint={t.login.tenantHint}
            list="tenant-suggestions"
            autoComplete="organization"
            autoCapitalize="none"
            spellcheck={false}
            maxLength={40}
          />
          <datalist id="tenant-suggestions">
            {TENANT_SUGGESTIONS.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
          <InputField
            label={t.login.username}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellcheck={false}
            maxLength={64}
          />
          <InputField
            label={t.login.password}
            name="password"
            type="password"
            autoComplete="current-password"
            maxLength={128}
          />
          <button type="submit" class="btn btn-primary btn-block" disabled={busy}>
            {busy ? t.login.submitting : t.login.submit}
          </button>
        </form>
      </div>
    </main>
  );
}
