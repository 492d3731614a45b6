import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import type { Me } from '../api/client';
import { useI18n } from '../i18n';
import { navFor, pageAt } from '../routes';
import { useSession } from '../session';
import { LangSwitch } from './LangSwitch';

export function Layout({ me, children }: { me: Me; children: ComponentChildren }) {
  const { t } = useI18n();
  const { signOut } = useSession();
  const { path, route } = useLocation();
  const items = navFor(me.user.role);
  // A page under an entry (the attendance tabs share one) marks that entry too, as the section.
  const section = pageAt(path)?.nav;
  return (
    <div class="layout">
      <a class="skip-link" href="#main">
        {t.header.skip}
      </a>
      <header class="topbar">
        <div class="brand">
          <span class="brand-mark" aria-hidden="true">
            P
          </span>
          <span class="brand-text">
            <strong>{t.appName}</strong>
            <span class="brand-tenant">{me.tenant?.name ?? t.header.platform}</span>
          </span>
        </div>
        <div class="topbar-right">
          <span class="whoami">
            <span class="whoami-name">{me.user.name}</span>
            <span class="whoami-role">{t.roles[me.user.role]}</span>
          </span>
          <LangSwitch />
          <button
            type="button"
            class="btn btn-small"
            onClick={() => {
              signOut();
              route('/');
            }}
          >
            {t.header.logout}
          </button>
        </div>
      </header>
      <nav class="mainnav" aria-label={t.header.mainNav}>
        <ul>
          {items.map((item) => (
            <li key={item.href}>
              <a
                href={item.href}
                aria-current={path === item.href ? 'page' : section === item.label ? 'true' : undefined}
              >
                {t.nav[item.label]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" class="content" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
