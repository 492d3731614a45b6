import type { Role } from '@pamong/core';
import type { AnyComponent } from 'preact';
import { ErrorBoundary, LocationProvider, Route, Router } from 'preact-iso';
import { Layout } from './components/Layout';
import { Forbidden, Loading } from './components/ui';
import { describeError, I18nProvider, useI18n } from './i18n';
import { Login } from './pages/Login';
import { NotFound } from './pages/NotFound';
import { PAGES, type Page } from './routes';
import { SessionProvider, useMe, useSession } from './session';

/**
 * The routes of the page list, each behind its role check: a role that may not open a page sees
 * why instead of a page whose calls the API would refuse.
 */
const ROUTES = PAGES.map((page: Page) => {
  const Component = page.component as AnyComponent<Record<string, unknown>>;
  const roles: readonly Role[] | undefined = 'roles' in page && !('ungated' in page) ? page.roles : undefined;
  function Gated(props: Record<string, unknown>) {
    const me = useMe();
    if (roles && !roles.includes(me.user.role)) return <Forbidden />;
    return <Component {...props} />;
  }
  return { path: page.path, component: Gated };
});

function Shell() {
  const { state, reload, signOut } = useSession();
  const { t } = useI18n();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'signedOut') return <Login reason={state.reason} />;
  if (state.status === 'failed') {
    return (
      <main class="center-card">
        <div class="alert alert-error" role="alert">
          <p>{t.login.loadFailed}</p>
          <p>{describeError(t, state.error).message}</p>
        </div>
        <p class="actions">
          <button type="button" class="btn btn-primary" onClick={reload}>
            {t.common.retry}
          </button>
          <button type="button" class="btn" onClick={() => signOut()}>
            {t.header.logout}
          </button>
        </p>
      </main>
    );
  }
  return (
    <Layout me={state.me}>
      <ErrorBoundary>
        <Router>
          {ROUTES.map((r) => (
            <Route key={r.path} path={r.path} component={r.component} />
          ))}
          <Route default component={NotFound} />
        </Router>
      </ErrorBoundary>
    </Layout>
  );
}

export function App() {
  return (
    <I18nProvider>
      <LocationProvider>
        <SessionProvider>
          <Shell />
        </SessionProvider>
      </LocationProvider>
    </I18nProvider>
  );
}
