import type { Role } from '@pamong/core';
import type { Dictionary } from './i18n';

/** Who may open each page; the API enforces the same rules, this only shapes the navigation. */
export const PAGE_ROLES = {
  '/tenants': ['platform-admin'],
  '/org': ['tenant-admin', 'agency-admin'],
  '/users': ['tenant-admin', 'agency-admin'],
  '/audit': ['tenant-admin'],
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
  { href: '/audit', label: 'audit' },
];

export function navFor(role: Role): NavItem[] {
  return [{ href: '/', label: 'home' }, ...ADMIN_ITEMS.filter((i) => canOpen(role, i.href))];
}

/** Where each role lands after signing in. */
export function homeFor(role: Role): string {
  if (role === 'platform-admin') return '/tenants';
  if (role === 'tenant-admin' || role === 'agency-admin') return '/org';
  return '/';
}
