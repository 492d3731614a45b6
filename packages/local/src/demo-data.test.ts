import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TENANTS } from './demo-data';
import { REPO_ROOT } from './paths';

describe('demo data', () => {
  it('the README lists exactly the seeded demo accounts', () => {
    const readme = readFileSync(`${REPO_ROOT}README.md`, 'utf8');
    const section = readme.slice(readme.indexOf('## Demo accounts'), readme.indexOf('## Requirements'));
    const rows = [
      ...section.matchAll(/^\|\s*`([^`]+)`\s*\|\s*`([^`]+)`\s*\|\s*([a-z-]+)\s*\|\s*([^|]*?)\s*\|$/gm),
    ].map((m) => ({ tenant: m[1], username: m[2], role: m[3], agency: m[4] || null }));
    expect(rows).toEqual(
      DEMO_ACCOUNTS.map(({ tenant, username, role, agency }) => ({ tenant, username, role, agency })),
    );
    expect(section).toContain(DEMO_PASSWORD);
  });

  it('has an account per role in every tenant (two supervisors: the agency head and a kabid), in the tenant education agency', () => {
    for (const t of DEMO_TENANTS) {
      const accounts = DEMO_ACCOUNTS.filter((a) => a.tenant === t.slug);
      expect(accounts.map((a) => `${a.username} ${a.role}`)).toEqual([
        'admin tenant-admin',
        'opd.admin agency-admin',
        'kepala supervisor',
        'atasan supervisor',
        'pegawai employee',
      ]);
      const education = t.agencies.find((a) => a.code === t.demoAgencyCode);
      expect(education?.name).toMatch(/^Dinas Pendidikan/);
    }
  });

  it('gives every agency 2-4 top-level units, a unique name and a valid code', () => {
    for (const t of DEMO_TENANTS) {
      expect(new Set(t.agencies.map((a) => a.name)).size).toBe(t.agencies.length);
      for (const a of t.agencies) {
        expect(a.units.length, a.name).toBeGreaterThanOrEqual(2);
        expect(a.units.length, a.name).toBeLessThanOrEqual(4);
        expect(a.code).toMatch(/^[A-Z0-9-]{2,20}$/);
      }
    }
  });
});
