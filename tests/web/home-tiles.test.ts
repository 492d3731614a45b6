import { ROLES, type Role } from '@pamong/core';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../web/src/api/client';
import { en } from '../../web/src/i18n/en';
import { id } from '../../web/src/i18n/id';
import {
  currentQuarter,
  hrefFor,
  sourcesFor,
  TILES,
  tilesFor,
  unitsBelowB,
} from '../../web/src/pages/home/tiles';
import { mayOpenPath } from '../../web/src/routes';

/** The home page's tile registry: every link opens for every role the tile is shown to. */
const meAs = (role: Role): Me => ({
  user: { id: 'U1', name: 'U', role, tenantId: 'T1', agencyId: 'A1', employeeId: 'E1' },
  tenant: { id: 'T1', slug: 't', name: 'Kota Uji', timeZone: 'Asia/Jakarta' } as Me['tenant'],
});

describe('home tiles', () => {
  it('links each tile to a page that every role it is shown to may open (no link that ends in a 403)', () => {
    const checked: string[] = [];
    for (const tile of TILES)
      for (const role of tile.roles) {
        const href = hrefFor(tile, meAs(role));
        if (!href) continue;
        const path = href.split('?')[0]!;
        expect(mayOpenPath(role, path), `${tile.id} as ${role} → ${href}`).toBe(true);
        checked.push(`${tile.id}:${role}`);
      }
    expect(checked).toContain('myJp:employee');
    expect(checked).toContain('vacantPositions:agency-admin');
  });

  it('sends an agency admin to the vacancies of their own agency, which their number counts', () => {
    const vacant = TILES.find((t) => t.id === 'vacantPositions')!;
    expect(hrefFor(vacant, meAs('agency-admin'))).toBe('/positions?vacant=1&agency=A1');
    expect(hrefFor(vacant, meAs('tenant-admin'))).toBe('/positions?vacant=1');
  });

  it('gives each tenant role tiles, and requests each source once', () => {
    expect(tilesFor('tenant-admin').map((t) => t.id)).toContain('correctionsPending');
    expect(tilesFor('supervisor').map((t) => t.id)).toEqual(
      expect.arrayContaining(['teamMembers', 'surveyUnitsBelowB', 'myJp']),
    );
    expect(tilesFor('employee').map((t) => t.id)).toEqual(['myProfile', 'myJp', 'myMentor']);
    expect(tilesFor('platform-admin')).toEqual([]);
    expect(tilesFor('applicant')).toEqual([]);
    expect(sourcesFor(tilesFor('tenant-admin')).sort()).toEqual(['personnel', 'surveys']);
    expect(sourcesFor(tilesFor('employee'))).toEqual(['personnel']);
    for (const role of ROLES)
      expect(new Set(tilesFor(role).map((t) => t.id)).size).toBe(tilesFor(role).length);
  });

  it('labels every tile in both languages', () => {
    for (const tile of TILES)
      for (const t of [id, en]) expect(tile.label(t).length, tile.id).toBeGreaterThan(0);
  });

  it('counts only graded, active units below B', () => {
    const unit = (grade: string | null, status = 'active') => ({ grade, status }) as never;
    const overview = {
      units: [unit('A'), unit('B'), unit('C'), unit('D'), unit(null), unit('D', 'closed')],
    } as never;
    expect(unitsBelowB(overview)).toEqual({ below: 2, graded: 4 });
  });

  it('names the quarter in the tenant time zone (31 Dec 17:30 UTC is already 1 Jan in Jakarta)', () => {
    const instant = new Date('2026-12-31T17:30:00Z');
    expect(currentQuarter('Asia/Jakarta', instant)).toBe('2027-Q1');
    expect(currentQuarter('UTC', instant)).toBe('2026-Q4');
  });

  it('shows a count that stopped at its cap as "N+", and tone follows the work waiting', () => {
    const corrections = TILES.find((t) => t.id === 'correctionsPending')!;
    const fmt = (n: number) => new Intl.NumberFormat('id-ID').format(n);
    const admin = (count: number, atLeast: boolean) => ({
      admin: {
        correctionsPending: { count, atLeast },
      },
    });
    const t = id;
    expect(corrections.view(admin(1000, true) as never, t, fmt)).toMatchObject({
      value: '1.000+',
      tone: 'attention',
    });
    expect(corrections.view(admin(0, false) as never, t, fmt)).toMatchObject({ value: '0', tone: undefined });
    expect(corrections.view({ admin: null } as never, t, fmt)).toBeNull();
  });
});
