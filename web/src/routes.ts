import type { Role } from '@pamong/core';
import type { AnyComponent } from 'preact';
import { lazy } from 'preact-iso';
import type { Dictionary } from './i18n';
import { Home } from './pages/Home';

/**
 * Every page of the signed-in app, in one list: the router's routes (in this order, so a fixed
 * path comes before a pattern that would also match it), who may open each page, and the main
 * navigation. A new page is one entry here.
 */
interface PageEntry {
  path: string;
  /** Who may open the page; unset, every signed-in role. The API enforces the same rules. */
  roles?: readonly Role[];
  /**
   * The page answers any role itself, so the router does not refuse the others; `roles` then only
   * says who finds it in the navigation and keeps it as a deep link at sign-in.
   */
  ungated?: true;
  component: AnyComponent;
  /**
   * Listed in the main navigation under this label, in list order. Where pages share a label, a
   * role gets the first of them it may open.
   */
  nav?: keyof Dictionary['nav'];
}

const ADMINS = ['tenant-admin', 'agency-admin'] as const;
const STAFF = ['tenant-admin', 'agency-admin', 'supervisor'] as const;
const TENANT_MEMBERS = ['tenant-admin', 'agency-admin', 'supervisor', 'employee'] as const;

// Admin pages load on demand, so the login page (the first thing anyone sees) stays small.
export const PAGES = [
  { path: '/', component: Home, nav: 'home' },
  {
    path: '/tenants',
    roles: ['platform-admin'],
    component: lazy(() => import('./pages/Tenants')),
    nav: 'tenants',
  },
  { path: '/org', roles: ADMINS, component: lazy(() => import('./pages/Org')), nav: 'org' },
  { path: '/users', roles: ADMINS, component: lazy(() => import('./pages/Users')), nav: 'users' },

  // Employee records (pages/personnel): admins manage them, supervisors read them, and employees
  // see their own profile.
  {
    path: '/personnel/employees',
    roles: STAFF,
    component: lazy(() => import('./pages/personnel/Employees')),
    nav: 'personnel',
  },
  {
    path: '/personnel/employees/new',
    roles: ADMINS,
    component: lazy(() => import('./pages/personnel/EmployeeForm')),
  },
  {
    path: '/personnel/employees/:employeeId/edit',
    roles: ADMINS,
    component: lazy(() => import('./pages/personnel/EmployeeForm')),
  },
  {
    path: '/personnel/employees/:employeeId',
    roles: STAFF,
    component: lazy(() => import('./pages/personnel/Profile')),
  },
  {
    path: '/personnel/me',
    roles: ['employee'],
    // Another role sees that the account has no employee record of its own.
    ungated: true,
    component: lazy(() => import('./pages/personnel/MyProfile')),
    nav: 'myProfile',
  },
  {
    path: '/personnel/corrections',
    roles: ADMINS,
    component: lazy(() => import('./pages/personnel/Corrections')),
  },
  { path: '/personnel/import', roles: ADMINS, component: lazy(() => import('./pages/personnel/Import')) },
  {
    path: '/personnel/dashboard',
    roles: ADMINS,
    component: lazy(() => import('./pages/personnel/Dashboard')),
  },

  // Surveys (SKM): only admins run the units; supervisors read the reports and the overview of
  // their agency, so their "surveys" entry is the overview.
  { path: '/surveys', roles: ADMINS, component: lazy(() => import('./pages/surveys/Units')), nav: 'surveys' },
  {
    path: '/surveys/overview',
    roles: STAFF,
    component: lazy(() => import('./pages/surveys/Overview')),
    nav: 'surveys',
  },
  {
    path: '/surveys/settings',
    roles: ['tenant-admin'],
    component: lazy(() => import('./pages/surveys/Settings')),
  },
  {
    path: '/surveys/units/:unitId',
    roles: STAFF,
    component: lazy(() => import('./pages/surveys/UnitReport')),
  },

  // Positions and placement, the competency catalogue, training and mentoring (pages/development).
  {
    path: '/positions',
    roles: STAFF,
    component: lazy(() => import('./pages/development/Positions')),
    nav: 'positions',
  },
  {
    path: '/positions/:positionId/candidates',
    roles: ADMINS,
    component: lazy(() => import('./pages/development/Candidates')),
  },
  {
    path: '/competencies',
    roles: ADMINS,
    component: lazy(() => import('./pages/development/Competencies')),
  },
  {
    path: '/trainings',
    roles: TENANT_MEMBERS,
    component: lazy(() => import('./pages/development/Trainings')),
    nav: 'trainings',
  },
  {
    path: '/trainings/me',
    roles: ['employee'],
    component: lazy(() => import('./pages/development/MyTraining')),
  },
  {
    path: '/trainings/shortfall',
    roles: ADMINS,
    component: lazy(() => import('./pages/development/Shortfall')),
  },
  {
    path: '/mentoring',
    roles: TENANT_MEMBERS,
    component: lazy(() => import('./pages/development/Mentoring')),
    nav: 'mentoring',
  },

  // Careers: promotions and retirements (pages/careers, the API's careers routes).
  {
    path: '/careers/promotions',
    roles: ADMINS,
    component: lazy(() => import('./pages/careers/Promotions')),
    nav: 'careers',
  },
  {
    path: '/careers/retirements',
    roles: ADMINS,
    component: lazy(() => import('./pages/careers/Retirements')),
  },

  // Attendance and leave (pages/attendance), under one navigation entry: check-in first, so every
  // role lands there; the pages link to each other with tabs (pages/attendance/shared). Check-in and
  // the month are for accounts linked to an employee, and say so politely to the others.
  {
    path: '/attendance/check-in',
    roles: TENANT_MEMBERS,
    component: lazy(() => import('./pages/attendance/CheckIn')),
    nav: 'attendance',
  },
  // Passkeys for check-in: one's own, for accounts linked to an employee (the page says so
  // politely to the others).
  {
    path: '/attendance/passkeys',
    roles: TENANT_MEMBERS,
    component: lazy(() => import('./pages/attendance/Passkeys')),
    nav: 'attendance',
  },
  {
    path: '/attendance/me',
    roles: TENANT_MEMBERS,
    component: lazy(() => import('./pages/attendance/MyAttendance')),
    nav: 'attendance',
  },
  {
    path: '/attendance/team',
    roles: ['supervisor'],
    component: lazy(() => import('./pages/attendance/Team')),
    nav: 'attendance',
  },
  // The monthly recap of an agency and its close, the basis of the TPP payment (admins).
  {
    path: '/attendance/recap',
    roles: ADMINS,
    component: lazy(() => import('./pages/attendance/Recap')),
    nav: 'attendance',
  },
  {
    path: '/attendance/locations',
    roles: ADMINS,
    component: lazy(() => import('./pages/attendance/Locations')),
    nav: 'attendance',
  },
  {
    path: '/attendance/schedules',
    roles: ADMINS,
    component: lazy(() => import('./pages/attendance/Schedules')),
    nav: 'attendance',
  },
  // The holiday calendar, which every tenant role reads and the tenant admin keeps.
  {
    path: '/attendance/holidays',
    roles: TENANT_MEMBERS,
    component: lazy(() => import('./pages/attendance/Holidays')),
    nav: 'attendance',
  },
  // Off-site duty (dinas luar) and izin: anyone linked to an employee asks (the page says so
  // politely to the others); a supervisor of the unit or an admin of the agency decides. After the
  // entries above, so no role's landing page under "attendance" changes.
  {
    path: '/attendance/requests',
    roles: TENANT_MEMBERS,
    component: lazy(() => import('./pages/attendance/Requests')),
    nav: 'attendance',
  },
  // Approvals: off-site duty and izin for supervisors and admins; leave for whoever is an
  // employee's direct superior or PYBMC (or their Plt/Plh), which any linked account may be.
  {
    path: '/attendance/approvals',
    roles: TENANT_MEMBERS,
    component: lazy(() => import('./pages/attendance/Approvals')),
    nav: 'attendance',
  },
  // The shift roster of a unit that works around the clock (RSUD, Damkar): admins prepare it, a
  // supervisor reads their own unit's.
  {
    path: '/attendance/rosters',
    roles: STAFF,
    component: lazy(() => import('./pages/attendance/Rosters')),
    nav: 'attendance',
  },
  // Leave (cuti): one's own balance and requests (accounts linked to an employee; the page says so
  // to the others), who is on leave in a month (supervisors: their unit; admins: an agency), and
  // the Plt/Plh who act for an official on leave approvals (admins).
  {
    path: '/attendance/leave',
    roles: TENANT_MEMBERS,
    component: lazy(() => import('./pages/attendance/Leave')),
    nav: 'attendance',
  },
  {
    path: '/attendance/leave/calendar',
    roles: STAFF,
    component: lazy(() => import('./pages/attendance/LeaveCalendar')),
    nav: 'attendance',
  },
  {
    path: '/attendance/leave/delegations',
    roles: ADMINS,
    component: lazy(() => import('./pages/attendance/Delegations')),
    nav: 'attendance',
  },

  // Performance management (pages/performance, issue 14), under one navigation entry "Kinerja".
  // -- SKP pages (My SKP first, so every staff role lands there) --
  // One's own SKP (accounts linked to an employee; the page says so to the others), one SKP by its
  // link (the API decides who may read it and what they may do), the team one appraises with the
  // cascade (the page says politely when one appraises nobody), and the tenant's settings (tenant
  // admins change them, agency admins read them).
  {
    path: '/performance/skp',
    roles: TENANT_MEMBERS,
    component: lazy(() => import('./pages/performance/SkpMine')),
    nav: 'performance',
  },
  {
    path: '/performance/skp/:skpId',
    roles: TENANT_MEMBERS,
    component: lazy(() => import('./pages/performance/SkpPage')),
    nav: 'performance',
  },
  {
    path: '/performance/team',
    roles: TENANT_MEMBERS,
    component: lazy(() => import('./pages/performance/SkpTeam')),
    nav: 'performance',
  },
  {
    path: '/performance/settings',
    roles: ADMINS,
    component: lazy(() => import('./pages/performance/PerformanceSettings')),
    nav: 'performance',
  },
  // -- end of SKP pages --
  // -- assessment, organisation rating and 360 pages --
  // The appraiser's assessment screen with the distribution against its caps (admins choose the
  // organisation), the organisation ratings, and 360 (one's own forms, the rounds one may read,
  // opening a round) with a round's summary. Every tenant role may open them; the API decides what
  // each sees, and the pages say politely when there is nothing for the caller.
  {
    path: '/performance/assessment',
    roles: TENANT_MEMBERS,
    component: lazy(() => import('./pages/performance/Assessment')),
    nav: 'performance',
  },
  {
    path: '/performance/org-ratings',
    roles: TENANT_MEMBERS,
    component: lazy(() => import('./pages/performance/OrgRatings')),
    nav: 'performance',
  },
  {
    path: '/performance/feedback',
    roles: TENANT_MEMBERS,
    component: lazy(() => import('./pages/performance/Feedback')),
    nav: 'performance',
  },
  {
    path: '/performance/feedback/:roundId',
    roles: TENANT_MEMBERS,
    component: lazy(() => import('./pages/performance/FeedbackSummary')),
    nav: 'performance',
  },
  // -- end of assessment, organisation rating and 360 pages --
  // -- follow-up register --
  // What the annual predikats lead to (issue 14 §4): talent pool, coaching, discipline referral.
  // Admins see their agency's register, record referrals and export the SKP report; every other
  // account sees its own follow-up, and an appraiser the coaching of those they rated low. The API
  // gives each role its own rows, so no role that opens it meets only refusals.
  {
    path: '/performance/follow-ups',
    roles: TENANT_MEMBERS,
    component: lazy(() => import('./pages/performance/FollowUps')),
    nav: 'performance',
  },
  // -- end of follow-up register --

  // Recruitment (pages/recruitment, issue 12): the tenant admin runs CPNS/PPPK rounds; an agency
  // admin adds and changes its own agency's formasi.
  {
    path: '/recruitment',
    roles: ADMINS,
    component: lazy(() => import('./pages/recruitment/Rounds')),
    nav: 'recruitment',
  },
  {
    path: '/recruitment/:roundId',
    roles: ADMINS,
    component: lazy(() => import('./pages/recruitment/RoundDetail')),
    nav: 'recruitment',
  },
  // The verification screen of one submitted application (an agency admin: its own agency's).
  {
    path: '/recruitment/applications/:applicationId',
    roles: ADMINS,
    component: lazy(() => import('./pages/recruitment/Screening')),
    nav: 'recruitment',
  },

  { path: '/audit', roles: ['tenant-admin'], component: lazy(() => import('./pages/Audit')), nav: 'audit' },
] as const satisfies readonly PageEntry[];

export type Page = (typeof PAGES)[number];
export type PagePath = Page['path'];

function mayOpen(role: Role, page: PageEntry): boolean {
  return !page.roles || page.roles.includes(role);
}

const byPath = new Map<string, PageEntry>(PAGES.map((p) => [p.path, p]));

/** Whether the role may open the page at this route path. */
export function canOpen(role: Role, path: PagePath): boolean {
  return mayOpen(role, byPath.get(path)!);
}

/** Whether a URL path fits a route path, where `:name` stands for any one segment. */
function fits(urlPath: string, route: string): boolean {
  const url = urlPath.split('/').filter(Boolean);
  const parts = route.split('/').filter(Boolean);
  return url.length === parts.length && parts.every((part, i) => part.startsWith(':') || part === url[i]);
}

/** The page a URL path leads to (the first that fits, as the router picks it), if any. */
export function pageAt(urlPath: string): PageEntry | undefined {
  return PAGES.find((p) => fits(urlPath, p.path));
}

/** Whether the role may open what a URL path leads to; a path that leads nowhere is not refused. */
export function mayOpenPath(role: Role, urlPath: string): boolean {
  const page = pageAt(urlPath);
  return !page || mayOpen(role, page);
}

export interface NavItem {
  href: string;
  label: keyof Dictionary['nav'];
}

export function navFor(role: Role): NavItem[] {
  const items: NavItem[] = [];
  for (const page of PAGES as readonly PageEntry[]) {
    if (page.nav && mayOpen(role, page) && !items.some((i) => i.label === page.nav)) {
      items.push({ href: page.path, label: page.nav });
    }
  }
  return items;
}

/**
 * Where each role lands after signing in: the home page, whose tiles are the start of the day,
 * for every tenant role; the platform admin, who has no tiles, on the tenant list.
 */
export function homeFor(role: Role): string {
  return role === 'platform-admin' ? '/tenants' : '/';
}
