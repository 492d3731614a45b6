import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, lazy, Route, Router } from 'preact-iso';
import './public.css';
import { DICTIONARIES, type Lang, LangContext, type LangState, saveLang, storedLang, useLang } from './i18n';
import { SurveyPage } from './survey';
import { PublicLayout, useTitle } from './ui';
import { ShortLinkPage, UnitListPage } from './units';

// The transparency page is not on a citizen's way from the QR code to "saved": it loads on demand,
// so the survey route does not pay for it.
const IkmPage = lazy(() => import('./ikm'));
// The careers page (issue 12) is another audience's: it loads on demand as well.
const CareersListPage = lazy(() => import('./careers').then((m) => m.CareersListPage));
const CareersRoundPage = lazy(() => import('./careers').then((m) => m.CareersRoundPage));
// The applicant's pages (registration, code, login, my page, the application, the proof check).
const RegisterPage = lazy(() => import('./applicant-pages').then((m) => m.RegisterPage));
const VerifyPage = lazy(() => import('./applicant-pages').then((m) => m.VerifyPage));
const LoginPage = lazy(() => import('./applicant-pages').then((m) => m.LoginPage));
const ProofCheckPage = lazy(() => import('./applicant-pages').then((m) => m.ProofCheckPage));
const MyPage = lazy(() => import('./applicant-me').then((m) => m.MyPage));
const ApplicationPage = lazy(() => import('./applicant-wizard').then((m) => m.ApplicationPage));
const AnnouncementsPage = lazy(() => import('./announcements').then((m) => m.AnnouncementsPage));

/** Links to any other path (the admin app) are left to the browser: a full load of the other app. */
const PUBLIC_SCOPE = /^\/(survei|s|ikm|karier)(\/|$)/;

function NotFound() {
  const { t } = useLang();
  useTitle(t.pageNotFound);
  return (
    <PublicLayout>
      <h1>{t.pageNotFound}</h1>
    </PublicLayout>
  );
}

/** The public site: no session, no admin code; its own routes, dictionary and stylesheet. */
export function PublicApp() {
  const [lang, setLangState] = useState<Lang>(storedLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    saveLang(next);
    // At once, not in the effect after the render: the page never shows English text under lang="id".
    document.documentElement.lang = next;
    setLangState(next);
  }, []);
  const value = useMemo<LangState>(() => ({ lang, t: DICTIONARIES[lang], setLang }), [lang, setLang]);
  return (
    <LangContext.Provider value={value}>
      <LocationProvider scope={PUBLIC_SCOPE}>
        <ErrorBoundary>
          <Router>
            <Route path="/survei/:tenant" component={UnitListPage} />
            <Route path="/survei/:tenant/:unitId" component={SurveyPage} />
            <Route path="/s/:tenant/:code" component={ShortLinkPage} />
            <Route path="/ikm/:tenant" component={IkmPage} />
            <Route path="/karier/:tenant" component={CareersListPage} />
            {/* The applicant's fixed paths first: the Router takes the first route that matches. */}
            <Route path="/karier/:tenant/daftar" component={RegisterPage} />
            <Route path="/karier/:tenant/verifikasi" component={VerifyPage} />
            <Route path="/karier/:tenant/masuk" component={LoginPage} />
            <Route path="/karier/:tenant/saya" component={MyPage} />
            <Route path="/karier/:tenant/saya/lamaran/:applicationId" component={ApplicationPage} />
            <Route path="/karier/:tenant/bukti/:registrationNumber" component={ProofCheckPage} />
            <Route path="/karier/:tenant/:roundId" component={CareersRoundPage} />
            <Route path="/karier/:tenant/:roundId/pengumuman" component={AnnouncementsPage} />
            <Route default component={NotFound} />
          </Router>
        </ErrorBoundary>
      </LocationProvider>
    </LangContext.Provider>
  );
}
