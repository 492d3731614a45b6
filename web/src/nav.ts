import type { Role } from '@pamong/core';
import type { Dictionary } from './i18n';

/** Who may open each page; the API enforces the same rules, this only shapes the navigation. */
export const PAGE_ROLES = {
  '/tenants': ['platform-admin'],
  '/org': ['tenant-admin', 'agency-admin'],
  '/users': ['tenant-admin', 'agency-admin'],
  '/audit': ['tenant-admin'],
  '/surveys': ['tenant-admin', 'agency-admin'],
  // Supervisors read the reports and the overview of their agency; only admins run the units.
  '/surveys/overview': ['tenant-admin', 'agency-admin', 'supervisor'],
  '/surveys/units': ['tenant-admin', 'agency-admin', 'supervisor'],
  '/surveys/settings': ['tenant-admin'],
  // Positions, placement, competencies, training, mentoring and careers (web/src/pages/careers).
  '/positions': ['tenant-admin', 'agency-admin', 'supervisor'],
  '/positions/candidates': ['tenant-admin', 'agency-admin'],
  '/competencies': ['tenant-admin', 'agency-admin'],
  '/trainings': ['tenant-admin', 'agency-admin', 'supervisor', 'employee'],
  '/trainings/me': ['employee'],
  '/trainings/shortfall': ['tenant-admin', 'agency-admin'],
  '/mentoring': ['tenant-admin', 'agency-admin', 'supervisor', 'employee'],
  '/careers/promotions': ['tenant-admin', 'agency-admin'],
  '/careers/retirements': ['tenant-admin', 'agency-admin'],
  // Employee records (web/src/pages/personnel): admins manage them, supervisors read them,
  // and employees see their own profile.
  '/personnel/employees': ['tenant-admin', 'agency-admin', 'supervisor'],
  '/personnel/employees/new': ['tenant-admin', 'agency-admin'],
  '/personnel/employees/:employeeId': ['tenant-admin', 'agency-admin', 'supervisor'],
  '/personnel/me': ['employee'],
  '/personnel/corrections': ['tenant-admin', 'agency-admin'],
  '/personnel/import': ['tenant-admin', 'agency-admin'],
  '/personnel/dashboard': ['tenant-admin', 'agency-admin'],
} as const satisfies Record<string, readonly Role[]>;

export type AdminPath = keyof typeof PAGE_ROLES;

export function canOpen(role: Role, path: AdminPath): boolean {
  return (PAGE_ROLES[path] as readonly Role[]).includes(role);
}

export interface NavItem {
  href: string;
  label: keyof Dictionary['nav'];
}

const ADMIN_ITEMS: { href: AdminPath; label: keyof Dictionary['nav'] }[] = [
  { href: '/tenants', label: 'tenants' },
  { href: '/org', label: 'org' },
  { href: '/users', label: 'users' },
  { href: '/personnel/employees', label: 'personnel' },
  { href: '/personnel/me', label: 'myProfile' },
  { href: '/surveys', label: 'surveys' },
  // The same entry for those who may not open the unit list: they land on the overview.
  { href: '/surveys/overview', label: 'surveys' },
  { href: '/positions', label: 'positions' },
  { href: '/trainings', label: 'trainings' },
  { href: '/mentoring', label: 'mentoring' },
  { href: '/careers/promotions', label: 'careers' },
  { href: '/audit', label: 'audit' },
];

export function navFor(role: Role): NavItem[] {
  const items: NavItem[] = [{ href: '/', label: 'home' }];
  for (const item of ADMIN_ITEMS) {
    if (canOpen(role, item.href) && !items.some((i) => i.label === item.label)) items.push(item);
  }
  return items;
}

/** Where each role lands after signing in. */
export function homeFor(role: Role): string {
  if (role === 'platform-admin') return '/tenants';
  if (role === 'tenant-admin' || role === 'agency-admin') return '/org';
  if (role === 'employee') return '/personnel/me';
  return '/';
}
