import { ErrorBoundary, LocationProvider, lazy, Route, Router } from 'preact-iso';
import { Layout } from './components/Layout';
import { Loading } from './components/ui';
import { describeError, I18nProvider, useI18n } from './i18n';
import { Home } from './pages/Home';
import { Login } from './pages/Login';
import { NotFound } from './pages/NotFound';
import { SessionProvider, useSession } from './session';

// Admin pages load on demand, so the login page (the first thing anyone sees) stays small.
const Tenants = lazy(() => import('./pages/Tenants'));
const Org = lazy(() => import('./pages/Org'));
const Users = lazy(() => import('./pages/Users'));
const Audit = lazy(() => import('./pages/Audit'));
const SurveyUnits = lazy(() => import('./pages/surveys/Units'));
const SurveyUnitReport = lazy(() => import('./pages/surveys/UnitReport'));
const SurveyOverview = lazy(() => import('./pages/surveys/Overview'));
const SurveySettings = lazy(() => import('./pages/surveys/Settings'));
const Positions = lazy(() => import('./pages/careers/Positions'));
const PositionCandidates = lazy(() => import('./pages/careers/Candidates'));
const Competencies = lazy(() => import('./pages/careers/Competencies'));
const Trainings = lazy(() => import('./pages/careers/Trainings'));
const MyTraining = lazy(() => import('./pages/careers/MyTraining'));
const TrainingShortfall = lazy(() => import('./pages/careers/Shortfall'));
const Mentoring = lazy(() => import('./pages/careers/Mentoring'));
const Promotions = lazy(() => import('./pages/careers/Promotions'));
const Retirements = lazy(() => import('./pages/careers/Retirements'));
const Employees = lazy(() => import('./pages/personnel/Employees'));
const EmployeeForm = lazy(() => import('./pages/personnel/EmployeeForm'));
const EmployeeProfile = lazy(() => import('./pages/personnel/Profile'));
const MyProfile = lazy(() => import('./pages/personnel/MyProfile'));
const ProfileCorrections = lazy(() => import('./pages/personnel/Corrections'));
const PersonnelImport = lazy(() => import('./pages/personnel/Import'));
const PersonnelDashboard = lazy(() => import('./pages/personnel/Dashboard'));

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
          <Route path="/" component={Home} />
          <Route path="/tenants" component={Tenants} />
          <Route path="/org" component={Org} />
          <Route path="/users" component={Users} />
          <Route path="/audit" component={Audit} />
          <Route path="/surveys" component={SurveyUnits} />
          <Route path="/surveys/overview" component={SurveyOverview} />
          <Route path="/surveys/settings" component={SurveySettings} />
          <Route path="/surveys/units/:unitId" component={SurveyUnitReport} />
          <Route path="/positions" component={Positions} />
          <Route path="/positions/:positionId/candidates" component={PositionCandidates} />
          <Route path="/competencies" component={Competencies} />
          <Route path="/trainings" component={Trainings} />
          <Route path="/trainings/me" component={MyTraining} />
          <Route path="/trainings/shortfall" component={TrainingShortfall} />
          <Route path="/mentoring" component={Mentoring} />
          <Route path="/careers/promotions" component={Promotions} />
          <Route path="/careers/retirements" component={Retirements} />
          <Route path="/personnel/employees" component={Employees} />
          <Route path="/personnel/employees/new" component={EmployeeForm} />
          <Route path="/personnel/employees/:employeeId/edit" component={EmployeeForm} />
          <Route path="/personnel/employees/:employeeId" component={EmployeeProfile} />
          <Route path="/personnel/me" component={MyProfile} />
          <Route path="/personnel/corrections" component={ProfileCorrections} />
          <Route path="/personnel/import" component={PersonnelImport} />
          <Route path="/personnel/dashboard" component={PersonnelDashboard} />
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
