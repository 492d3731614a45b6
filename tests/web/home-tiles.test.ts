import { ROLES, type Role } from '@pamong/core';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../web/src/api/client';
import { en } from '../../web/src/i18n/en';
import { id } from '../../web/src/i18n/id';
import {
  APPROVALS_PAGE,
  approvalsView,
  attendanceTodayView,
  currentQuarter,
  holidayGapView,
  holidayYearsDue,
  hrefFor,
  sourcesFor,
  TILES,
  teamTodayView,
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
    for (const role of ['tenant-admin', 'agency-admin', 'supervisor', 'employee'])
      expect(checked).toContain(`attendanceToday:${role}`);
    expect(checked).toContain('teamToday:supervisor');
    expect(checked).toContain('approvalsPending:supervisor');
    expect(checked).toContain('approvalsPending:agency-admin');
    for (const role of ['tenant-admin', 'agency-admin', 'supervisor', 'employee'])
      for (const id of ['mySkp', 'assessmentsWaiting', 'feedbackForms'])
        expect(checked).toContain(`${id}:${role}`);
  });

  it("shows the performance tiles to every linked account: one's SKP, the assessments waiting, the 360 forms", () => {
    const byId = (id: string) => TILES.find((t) => t.id === id)!;
    expect(hrefFor(byId('mySkp'), meAs('employee'))).toBe('/performance/skp');
    expect(hrefFor(byId('assessmentsWaiting'), meAs('supervisor'))).toBe('/performance/assessment');
    expect(hrefFor(byId('feedbackForms'), meAs('employee'))).toBe('/performance/feedback');
    expect(byId('mySkp').group).toBe('me');
    expect(byId('assessmentsWaiting').group).toBe('work');
    expect(byId('feedbackForms').group).toBe('work');
    expect(byId('mySkp').label(id)).toBe('SKP saya');
    expect(byId('assessmentsWaiting').label(en)).toBe('Assessments waiting');
    expect(byId('feedbackForms').label(id)).toBe('Formulir 360 untuk diisi');
    // Not linked, or not an appraiser, or never asked to rate: the source answers null, the tile is left out.
    const fmt = (n: number) => String(n);
    for (const tile of ['mySkp', 'assessmentsWaiting', 'feedbackForms'])
      expect(byId(tile).view(null as never, id, fmt)).toBeNull();
    expect(byId('feedbackForms').view({ count: 0, total: 0, atLeast: false } as never, id, fmt)).toBeNull();
    expect(
      byId('assessmentsWaiting').view(
        {
          count: 3,
          atLeast: false,
          period: { start: '2026-10', end: '2026-12' },
          yearStartMonth: 1,
        } as never,
        en,
        fmt,
      ),
    ).toEqual({ value: '3', hint: 'team SKPs not assessed yet, quarter IV 2026', tone: 'attention' });
  });

  it("shows the approvals count to supervisors and agency admins only (a tenant admin's inbox is per agency)", () => {
    const roles = ROLES.filter((r) => tilesFor(r).some((t) => t.id === 'approvalsPending'));
    expect(roles.sort()).toEqual(['agency-admin', 'supervisor']);
    const approvals = TILES.find((t) => t.id === 'approvalsPending')!;
    expect(hrefFor(approvals, meAs('supervisor'))).toBe('/attendance/approvals');
    expect(approvals.group).toBe('work');
  });

  it("asks the tenant admin for this year's holiday calendar, and from October in their zone for the next year's", () => {
    // 30 September, 23:59 in Jakarta: still the third quarter.
    expect(holidayYearsDue('Asia/Jakarta', new Date('2026-09-30T16:59:00Z'))).toEqual([2026]);
    // 1 October, 00:00 in Jakarta is still 30 September in UTC.
    expect(holidayYearsDue('Asia/Jakarta', new Date('2026-09-30T17:00:00Z'))).toEqual([2026, 2027]);
    expect(holidayYearsDue('Asia/Jakarta', new Date('2026-12-07T02:00:00Z'))).toEqual([2026, 2027]);
    // 1 January 2027, 01:00 in Jayapura, still 31 December 23:00 in Jakarta.
    const newYear = new Date('2026-12-31T16:00:00Z');
    expect(holidayYearsDue('Asia/Jayapura', newYear)).toEqual([2027]);
    expect(holidayYearsDue('Asia/Jakarta', newYear)).toEqual([2026, 2027]);

    const tile = TILES.find((t) => t.id === 'holidayCalendar')!;
    expect(ROLES.filter((r) => tilesFor(r).includes(tile))).toEqual(['tenant-admin']);
    expect(tile.group).toBe('work');
    // Every year due has days: the source answers null, and the tile is left out.
    expect(tile.view(null as never, id, String)).toBeNull();
    const view = tile.view({ year: 2027 } as never, id, String)!;
    expect(view).toEqual(holidayGapView({ year: 2027 }, id));
    expect(view).toMatchObject({ value: 'Belum diisi', tone: 'attention', text: true });
    // The link opens the empty year, on a page the tenant admin may open.
    expect(view.href).toBe('/attendance/holidays?year=2027');
    expect(mayOpenPath('tenant-admin', view.href!.split('?')[0]!)).toBe(true);
    expect(view.hint).toContain('2027');
    expect(holidayGapView({ year: 2027 }, en)).toMatchObject({ value: 'Not entered' });
    expect(tile.label(id)).toBe('Kalender hari libur');
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
    expect(tilesFor('supervisor').map((t) => t.id)).toEqual(
      expect.arrayContaining(['teamToday', 'attendanceToday']),
    );
    expect(tilesFor('employee').map((t) => t.id)).toEqual([
      'assessmentsWaiting',
      'feedbackForms',
      'attendanceToday',
      'myProfile',
      'myJp',
      'myMentor',
      'mySkp',
    ]);
    expect(tilesFor('platform-admin')).toEqual([]);
    expect(tilesFor('applicant')).toEqual([]);
    const performance = ['appraisals', 'feedbackForms', 'mySkp'];
    expect(sourcesFor(tilesFor('tenant-admin')).sort()).toEqual(
      ['attendance', 'holidays', 'personnel', 'surveys', ...performance].sort(),
    );
    expect(sourcesFor(tilesFor('employee')).sort()).toEqual(
      ['attendance', 'personnel', ...performance].sort(),
    );
    expect(sourcesFor(tilesFor('supervisor')).sort()).toEqual(
      ['approvals', 'attendance', 'personnel', 'surveys', 'team', ...performance].sort(),
    );
    expect(sourcesFor(tilesFor('agency-admin')).sort()).toEqual(
      ['approvals', 'attendance', 'personnel', 'surveys', ...performance].sort(),
    );
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

  it('counts the pending requests of the first inbox page, "25+" when there are more', () => {
    const fmt = (n: number) => new Intl.NumberFormat('id-ID').format(n);
    const page = (n: number, nextCursor: string | null = null) => ({
      items: Array.from({ length: n }, () => ({})),
      nextCursor,
    });
    expect(approvalsView(page(APPROVALS_PAGE, 'c2'), id, fmt)).toEqual({
      value: '25+',
      hint: 'dinas luar dan izin yang menunggu keputusan Anda',
      tone: 'attention',
    });
    expect(approvalsView(page(3), id, fmt)).toMatchObject({ value: '3', tone: 'attention' });
    expect(approvalsView(page(0), en, fmt)).toEqual({
      value: '0',
      hint: 'off-site duty and izin awaiting your decision',
      tone: undefined,
    });
    // No unit to decide for: the source answers null and the tile is left out.
    const approvals = TILES.find((t) => t.id === 'approvalsPending')!;
    expect(approvals.view(null as never, id, fmt)).toBeNull();
  });

  describe('attendance tiles', () => {
    const fmt = (n: number) => new Intl.NumberFormat('id-ID').format(n);
    const day = (over: Record<string, unknown> = {}) => ({
      date: '2026-12-07',
      weekday: 1,
      status: 'pending',
      holiday: null,
      planned: { start: '07:30', end: '16:00' },
      firstIn: null,
      lastOut: null,
      lateMinutes: null,
      earlyMinutes: null,
      lateBand: null,
      earlyBand: null,
      deductionPercent: 0,
      flags: [],
      ...over,
    });
    const month = (d: ReturnType<typeof day>) =>
      ({ month: '2026-12', timeZone: 'Asia/Jakarta', days: [d] }) as never;
    // 7 December 2026, 08:00 WIB.
    const morning = new Date('2026-12-07T01:00:00Z');

    it("reads today's own status in the month's time zone", () => {
      expect(attendanceTodayView(month(day()), id, fmt, morning)).toMatchObject({
        value: 'Belum absen',
        hint: 'jadwal 07.30–16.00',
        tone: 'attention',
      });
      expect(
        attendanceTodayView(month(day({ firstIn: '07:41', lateMinutes: 11 })), id, fmt, morning),
      ).toMatchObject({
        value: 'Masuk 07.41',
        hint: 'terlambat 11 menit · jadwal 07.30–16.00',
        tone: undefined,
      });
      expect(
        attendanceTodayView(month(day({ firstIn: '11:47', lateMinutes: 257 })), id, fmt, morning)?.hint,
      ).toBe('terlambat 4 jam 17 menit · jadwal 07.30–16.00');
      expect(
        attendanceTodayView(
          month(day({ firstIn: '07:20', lastOut: '16:05', status: 'present' })),
          en,
          fmt,
          morning,
        ),
      ).toMatchObject({ value: 'In at 07:20', hint: 'out at 16:05', tone: 'good' });
      expect(
        attendanceTodayView(
          month(day({ status: 'off', planned: null, holiday: { name: 'Hari Natal', kind: 'national' } })),
          id,
          fmt,
          morning,
        ),
      ).toMatchObject({ value: 'Libur', hint: 'Hari Natal' });
      // 6 December 17:30 UTC is already the 7th in Jakarta; the 6th is not in this month's list.
      expect(attendanceTodayView(month(day()), id, fmt, new Date('2026-12-06T17:30:00Z'))).not.toBeNull();
      expect(attendanceTodayView(month(day()), id, fmt, new Date('2026-12-06T16:30:00Z'))).toBeNull();
    });

    it('counts the team present of everyone', () => {
      const team = {
        unit: { id: 'U1', name: 'Bidang Mutasi' },
        counts: { 'on-time': 10, late: 2, 'not-yet': 3, absent: 1, off: 0, leave: 1, duty: 1 },
        items: Array.from({ length: 18 }, () => ({})),
      } as never;
      expect(teamTodayView(team, id, fmt)).toEqual({
        value: '12 dari 18',
        hint: 'hadir · 2 terlambat · 3 belum absen',
        progress: 67,
      });
    });
  });
});
