import type { Role } from '@pamong/core';
import {
  getMyAttendance,
  listAttendanceRequests,
  listHolidays,
  listTeamAttendanceToday,
  type MyAttendance,
  type TeamToday,
} from '../../api/attendance';
import { ApiError, getSurveyOverview, type Me, type SurveyOverview } from '../../api/client';
import { getPersonnelSummary, type TileCount } from '../../api/personnel';
import type { Dictionary } from '../../i18n';
import { en } from '../../i18n/en';
import { listLeaveRequests } from '../attendance/leave-api';
import {
  formsView,
  loadAssessmentsWaiting,
  loadFeedbackForms,
  loadMySkp,
  mySkpView,
  PERFORMANCE_TILE_WORDS,
  waitingView,
} from '../performance/assessment-tiles';

/**
 * The home page's tiles, in one list: each module's numbers for the start of a role's day, each
 * linking to the page that lists them. A module adds its tiles here (and, if it needs one, its
 * source: one request that answers all of its tiles). Nothing else changes: the home page renders
 * whatever this list gives the signed-in role.
 */

/** The inbox page the approvals tile counts: a full page is shown as "25+". */
export const APPROVALS_PAGE = 25;

/** Where tiles' numbers come from: one request per source per home-page visit, only if a tile needs it. */
export const SOURCES = {
  personnel: (_me: Me) => getPersonnelSummary(),
  /** The current quarter's IKM ranking, in the caller's scope (an agency admin's or supervisor's agency). */
  surveys: (me: Me) => getSurveyOverview({ period: currentQuarter(me.tenant?.timeZone ?? 'Asia/Jakarta') }),
  /** This month of one's own attendance; null for an account without an employee record. */
  attendance: (me: Me) => (me.user.employeeId ? orNone(getMyAttendance()) : Promise.resolve(null)),
  /** A supervisor's unit today; null when the account has no unit to show. */
  team: (me: Me) => (me.user.employeeId ? orNone(listTeamAttendanceToday()) : Promise.resolve(null)),
  /**
   * What waits for the caller's decision: the first page of off-site duties and izin (a
   * supervisor's unit, an agency admin's agency), and the leave waiting for their step as direct
   * superior or PYBMC (or their Plt/Plh; accounts linked to an employee). Either is null where it
   * does not apply; both null, the tile is left out.
   */
  approvals: async (me: Me): Promise<ApprovalsInbox | null> => {
    const [requests, leave] = await Promise.all([
      orNone(listAttendanceRequests({ view: 'inbox', status: 'PENDING', limit: APPROVALS_PAGE })),
      me.user.employeeId
        ? orNone(listLeaveRequests({ view: 'inbox', limit: APPROVALS_PAGE }))
        : Promise.resolve(null),
    ]);
    return requests || leave ? { requests, leave } : null;
  },
  /** One's own SKP of the year (performance); null for an account without an employee record. */
  mySkp: (me: Me) => (me.user.employeeId ? orNone(loadMySkp(me)) : Promise.resolve(null)),
  /** The team's approved SKPs not assessed for the current period; null for someone who appraises none. */
  appraisals: (me: Me) => (me.user.employeeId ? orNone(loadAssessmentsWaiting(me)) : Promise.resolve(null)),
  /** The 360 forms the caller is asked to fill; null for an account without an employee record. */
  feedbackForms: (me: Me) => (me.user.employeeId ? orNone(loadFeedbackForms()) : Promise.resolve(null)),
  /**
   * The first year due (`holidayYearsDue`) whose holiday calendar has not a single day: working
   * days, leave and the TPP deductions of that year count holidays as working days until the
   * tenant admin enters the decree's days. Null when every year due has some.
   */
  holidays: async (me: Me): Promise<HolidayCalendarGap | null> => {
    const years = holidayYearsDue(me.tenant?.timeZone ?? 'Asia/Jakarta');
    const pages = await Promise.all(years.map((year) => listHolidays({ year, limit: 1 })));
    const index = pages.findIndex((page) => page.items.length === 0);
    return index < 0 ? null : { year: years[index]! };
  },
} satisfies Record<string, (me: Me) => Promise<unknown>>;

/**
 * A source that does not apply to this user (the API refuses it: no employee record, no unit)
 * answers null, so its tiles are left out without a warning; other failures still warn.
 */
async function orNone<T>(pending: Promise<T>): Promise<T | null> {
  try {
    return await pending;
  } catch (err) {
    if (err instanceof ApiError && (err.type === 'forbidden' || err.type === 'not-found')) return null;
    throw err;
  }
}

/** A first inbox page: its items, and whether more follow. */
export interface InboxPage {
  items: readonly unknown[];
  nextCursor: string | null;
}

/** The two inboxes the approvals tile counts. */
export interface ApprovalsInbox {
  requests: InboxPage | null;
  leave: InboxPage | null;
}

export type SourceName = keyof typeof SOURCES;
export type SourceData = { [K in SourceName]: Awaited<ReturnType<(typeof SOURCES)[K]>> };

/** Which heading a tile sits under. */
export type TileGroup = 'work' | 'team' | 'me';

export interface TileView {
  /** The number or short text, as shown. */
  value: string;
  /** A line under the label: what the number covers, or the detail of the text. */
  hint?: string;
  /** `attention`: something waits for the user (a non-zero count of work). */
  tone?: 'attention' | 'good';
  /** Where this view links, when it is a particular view of the tile's page (a year of a calendar). */
  href?: string;
  /** 0-100: drawn as a bar (JP progress). */
  progress?: number;
  /** The value is words (a name, "no mentor yet"), set smaller than a number. */
  text?: true;
}

export interface Tile<S extends SourceName = SourceName> {
  id: string;
  group: TileGroup;
  /** Who sees the tile. Its link must open for each of them (tests/web check it against routes.ts). */
  roles: readonly Role[];
  source: S;
  label: (t: Dictionary) => string;
  /** What the tile shows; null hides it (the part of the source does not apply to this user). */
  view: (data: SourceData[S], t: Dictionary, fmt: NumberFormat) => TileView | null;
  /** The page the tile opens; by user where one page does not suit every role. Unset: no link. */
  href?: string | ((me: Me) => string);
}

export type NumberFormat = (n: number) => string;

const ADMINS = ['tenant-admin', 'agency-admin'] as const;
const READERS = ['tenant-admin', 'agency-admin', 'supervisor'] as const;
const LINKED = ['tenant-admin', 'agency-admin', 'supervisor', 'employee'] as const;

/** "1.000+" when the count stopped at its cap. */
export const countText = (c: TileCount, fmt: NumberFormat) => `${fmt(c.count)}${c.atLeast ? '+' : ''}`;

const work = (c: TileCount, fmt: NumberFormat, hint?: string): TileView => ({
  value: countText(c, fmt),
  hint,
  tone: c.count > 0 ? 'attention' : undefined,
});

/** Survey units below grade B (C or D) in the quarter; units without responses have no grade yet. */
export function unitsBelowB(overview: SurveyOverview) {
  const graded = overview.units.filter((u) => u.status === 'active' && u.grade !== null);
  return { below: graded.filter((u) => u.grade === 'C' || u.grade === 'D').length, graded: graded.length };
}

const tile = <S extends SourceName>(t: Tile<S>) => t as unknown as Tile;

export const TILES: readonly Tile[] = [
  // An admin's work in their scope (the tenant, or their agency).
  tile({
    id: 'correctionsPending',
    group: 'work',
    roles: ADMINS,
    source: 'personnel',
    label: (t) => t.home.tiles.correctionsPending,
    view: (s, t, fmt) => s.admin && work(s.admin.correctionsPending, fmt, t.home.hints.waitingDecision),
    href: '/personnel/corrections',
  }),
  tile({
    id: 'vacantPositions',
    group: 'work',
    roles: ADMINS,
    source: 'personnel',
    label: (t) => t.home.tiles.vacantPositions,
    view: (s, t, fmt) =>
      s.admin && { value: countText(s.admin.vacantPositions, fmt), hint: t.home.hints.vacant },
    // An agency admin's number counts their own agency: open the list on it.
    href: (me) =>
      `/positions?vacant=1${me.user.role === 'agency-admin' && me.user.agencyId ? `&agency=${me.user.agencyId}` : ''}`,
  }),
  tile({
    id: 'promotionDue',
    group: 'work',
    roles: ADMINS,
    source: 'personnel',
    label: (t) => t.home.tiles.promotionDue,
    view: (s, t, fmt) => s.admin && work(s.admin.promotionDue, fmt, t.home.hints.fourYears),
    href: '/careers/promotions',
  }),
  tile({
    id: 'retiring',
    group: 'work',
    roles: ADMINS,
    source: 'personnel',
    label: (t) => t.home.tiles.retiring,
    view: (s, t, fmt) => s.admin && work(s.admin.retiringWithin12Months, fmt, t.home.hints.twelveMonths),
    href: '/careers/retirements',
  }),
  tile({
    id: 'surveyUnitsBelowB',
    group: 'work',
    roles: READERS,
    source: 'surveys',
    label: (t) => t.home.tiles.surveyUnitsBelowB,
    view: (o, t, fmt) => {
      const { below, graded } = unitsBelowB(o);
      return {
        value: fmt(below),
        hint:
          graded > 0
            ? t.home.hints.ofGraded(fmt(graded), quarterOf(o.period, t))
            : t.home.hints.noneGraded(quarterOf(o.period, t)),
        tone: below > 0 ? 'attention' : graded > 0 ? 'good' : undefined,
      };
    },
    href: '/surveys/overview',
  }),
  tile({
    id: 'imports',
    group: 'work',
    roles: ADMINS,
    source: 'personnel',
    label: (t) => t.home.tiles.imports,
    view: (s, t, fmt) => {
      if (!s.admin) return null;
      const { running, interrupted, failed } = s.admin.imports;
      const stuck = interrupted + failed;
      return {
        value: fmt(running + stuck),
        hint: t.home.hints.imports(fmt(running), fmt(interrupted), fmt(failed)),
        tone: stuck > 0 ? 'attention' : undefined,
      };
    },
    href: '/personnel/import',
  }),

  // A year of the holiday calendar still empty: this year, and from October the next one.
  tile({
    id: 'holidayCalendar',
    group: 'work',
    roles: ['tenant-admin'],
    source: 'holidays',
    label: (t) => t.home.tiles.holidayCalendar,
    view: (gap, t) => gap && holidayGapView(gap, t),
    href: '/attendance/holidays',
  }),

  // Off-site duty, izin and leave waiting for a decision. A tenant admin's inbox is per agency, so
  // only supervisors (their unit) and agency admins (their agency) see the count.
  tile({
    id: 'approvalsPending',
    group: 'work',
    roles: ['supervisor', 'agency-admin'],
    source: 'approvals',
    label: (t) => t.home.tiles.approvalsPending,
    view: (inbox, t, fmt) => inbox && approvalsInboxView(inbox, t, fmt),
    href: '/attendance/approvals',
  }),

  // Performance (issue 14): assessments waiting for an appraiser, and 360 forms to fill. Any linked
  // account may appraise (the direct superior) or be asked to rate; the tiles hide when not.
  tile({
    id: 'assessmentsWaiting',
    group: 'work',
    roles: LINKED,
    source: 'appraisals',
    label: (t) => performanceWords(t).waiting,
    view: (data, t, fmt) => data && waitingView(data, performanceWords(t), fmt),
    href: '/performance/assessment',
  }),
  tile({
    id: 'feedbackForms',
    group: 'work',
    roles: LINKED,
    source: 'feedbackForms',
    label: (t) => performanceWords(t).forms,
    view: (data, t, fmt) => data && formsView(data, performanceWords(t), fmt),
    href: '/performance/feedback',
  }),

  // A supervisor's unit: the reporting line of their own employee record.
  tile({
    id: 'teamToday',
    group: 'team',
    roles: ['supervisor'],
    source: 'team',
    label: (t) => t.home.tiles.teamToday,
    view: (team, t, fmt) => team && teamTodayView(team, t, fmt),
    href: '/attendance/team',
  }),
  tile({
    id: 'teamMembers',
    group: 'team',
    roles: ['supervisor'],
    source: 'personnel',
    label: (t) => t.home.tiles.teamMembers,
    view: (s, _t, fmt) => s.team && { value: countText(s.team.members, fmt), hint: s.team.unitName },
    href: '/personnel/employees',
  }),
  tile({
    id: 'teamPromotionDue',
    group: 'team',
    roles: ['supervisor'],
    source: 'personnel',
    label: (t) => t.home.tiles.teamPromotionDue,
    view: (s, t, fmt) =>
      s.team && { value: countText(s.team.promotionDue, fmt), hint: t.home.hints.fourYears },
  }),
  tile({
    id: 'teamRetiring',
    group: 'team',
    roles: ['supervisor'],
    source: 'personnel',
    label: (t) => t.home.tiles.teamRetiring,
    view: (s, t, fmt) =>
      s.team && { value: countText(s.team.retiringWithin12Months, fmt), hint: t.home.hints.twelveMonths },
  }),
  tile({
    id: 'activeMentees',
    group: 'team',
    roles: ['supervisor'],
    source: 'personnel',
    label: (t) => t.home.tiles.activeMentees,
    view: (s, t, fmt) => s.team && { value: fmt(s.team.activeMentees), hint: t.home.hints.mentees },
    href: '/mentoring',
  }),

  // The user's own record, for anyone whose account is linked to an employee.
  tile({
    id: 'attendanceToday',
    group: 'me',
    roles: LINKED,
    source: 'attendance',
    label: (t) => t.home.tiles.attendanceToday,
    view: (month, t, fmt) => month && attendanceTodayView(month, t, fmt),
    href: '/attendance/check-in',
  }),
  tile({
    id: 'myProfile',
    group: 'me',
    roles: ['employee'],
    source: 'personnel',
    label: (t) => t.home.tiles.myProfile,
    view: (s, t) =>
      s.me && {
        value: s.me.positionName ?? t.home.hints.noPosition,
        text: true,
        hint: [s.me.unitName, s.me.agencyName, s.me.rank ?? s.me.grade].filter(Boolean).join(' · '),
      },
    href: '/personnel/me',
  }),
  tile({
    id: 'myJp',
    group: 'me',
    roles: LINKED,
    source: 'personnel',
    label: (t) => t.home.tiles.myJp,
    view: (s, t, fmt) =>
      s.me && {
        value: `${fmt(s.me.jp.total)} / ${fmt(s.me.jp.target)} JP`,
        hint: s.me.jp.met
          ? t.home.hints.jpMet(s.me.year)
          : t.home.hints.jpRemaining(fmt(s.me.jp.remaining), s.me.year),
        progress: s.me.jp.percent,
        tone: s.me.jp.met ? 'good' : undefined,
      },
    href: (me) => (me.user.role === 'employee' ? '/trainings/me' : '/trainings'),
  }),
  tile({
    id: 'myMentor',
    group: 'me',
    // Mentoring is for new employees; a supervisor's mentoring is their mentees, under "team".
    roles: ['employee'],
    source: 'personnel',
    label: (t) => t.home.tiles.myMentor,
    view: (s, t) =>
      s.me && {
        value: s.me.mentor?.mentorName ?? t.home.hints.noMentor,
        text: true,
        hint: s.me.mentor ? t.home.hints.mentorSince(s.me.mentor.startDate) : undefined,
      },
    href: '/mentoring',
  }),
  tile({
    id: 'mySkp',
    group: 'me',
    roles: LINKED,
    source: 'mySkp',
    label: (t) => performanceWords(t).mySkp,
    view: (data, t) => data && mySkpView(data, performanceWords(t)),
    href: '/performance/skp',
  }),
];

/** The performance tiles' own words (the app dictionary has none of them), by the dictionary drawn with. */
const performanceWords = (t: Dictionary) =>
  t === en ? PERFORMANCE_TILE_WORDS.en : PERFORMANCE_TILE_WORDS.id;

/** Minutes as a length of time: "11 menit", "4 jam 17 menit". */
const durationText = (minutes: number, t: Dictionary, fmt: NumberFormat) =>
  minutes < 60
    ? t.home.attendance.minutes(fmt(minutes))
    : t.home.attendance.hours(fmt(Math.floor(minutes / 60)), fmt(minutes % 60));

/** Today as `YYYY-MM-DD` in a time zone. */
export const dayIn = (timeZone: string, now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone }).format(now);

/**
 * Today's own attendance: "Masuk 07.41" (late by how much, out when), "Belum absen" on a working day
 * without a check-in (something to do), or why there is nothing to do (a holiday, leave, a day off).
 * Null when today is not in the month (the month ended between the call and now).
 */
export function attendanceTodayView(
  month: MyAttendance,
  t: Dictionary,
  fmt: NumberFormat,
  now = new Date(),
): TileView | null {
  const a = t.home.attendance;
  const day = month.days.find((d) => d.date === dayIn(month.timeZone, now));
  if (!day) return null;
  const planned = day.planned ? a.planned(day.planned.start, day.planned.end) : a.offDay;
  if (day.firstIn) {
    const hint = [
      day.lateMinutes ? a.late(durationText(day.lateMinutes, t, fmt)) : null,
      day.lastOut ? a.checkedOut(day.lastOut) : planned,
    ]
      .filter(Boolean)
      .join(' · ');
    return { value: a.checkedIn(day.firstIn), text: true, hint, tone: day.lateMinutes ? undefined : 'good' };
  }
  switch (day.status) {
    case 'off':
      return { value: a.off, text: true, hint: day.holiday?.name ?? a.offDay };
    case 'leave':
      return { value: a.leave, text: true };
    case 'duty':
      return { value: a.duty, text: true };
    case 'absent':
      return { value: a.absent, text: true, hint: planned, tone: 'attention' };
    default:
      return { value: a.notYet, text: true, hint: planned, tone: 'attention' };
  }
}

/** A supervisor's unit today: present (on time or late) of everyone, then how many are late or not in. */
export function teamTodayView(team: TeamToday, t: Dictionary, fmt: NumberFormat): TileView {
  const count = (s: keyof TeamToday['counts']) => team.counts[s] ?? 0;
  const present = count('on-time') + count('late');
  const total = team.items.length;
  return {
    value: t.home.attendance.present(fmt(present), fmt(total)),
    hint: t.home.attendance.team(fmt(count('late')), fmt(count('not-yet'))),
    progress: total > 0 ? Math.round((present / total) * 100) : undefined,
  };
}

/** The pending requests on the inbox's first page; "25+" when there are more pages. */
export function approvalsView(
  page: { items: readonly unknown[]; nextCursor: string | null },
  t: Dictionary,
  fmt: NumberFormat,
): TileView {
  return work({ count: page.items.length, atLeast: page.nextCursor !== null }, fmt, t.home.hints.approvals);
}

/**
 * The approvals tile's own words for leave (the app dictionary names off-site duty and izin only),
 * by the dictionary the tile is drawn with.
 */
const LEAVE_HINTS = {
  id: {
    leave: 'cuti yang menunggu rekomendasi atau keputusan Anda',
    both: (requests: string, leave: string) => `${requests} dinas luar & izin · ${leave} cuti menunggu Anda`,
  },
  en: {
    leave: 'leave awaiting your recommendation or decision',
    both: (requests: string, leave: string) =>
      `${requests} off-site duty & izin · ${leave} leave awaiting you`,
  },
};

/**
 * Everything waiting for the caller: off-site duty and izin as `approvalsView` counts them, plus the
 * leave waiting for their step; "25+" when either inbox had more than its first page. The hint
 * names what waits: one kind, or both with their counts.
 */
export function approvalsInboxView(inbox: ApprovalsInbox, t: Dictionary, fmt: NumberFormat): TileView {
  const { requests, leave } = inbox;
  const leaveCount = leave?.items.length ?? 0;
  if (requests && leaveCount === 0) return approvalsView(requests, t, fmt);
  const words = t === en ? LEAVE_HINTS.en : LEAVE_HINTS.id;
  const leaveMore = leave !== null && (leave.nextCursor !== null || leaveCount >= APPROVALS_PAGE);
  const requestsMore = requests !== null && requests.nextCursor !== null;
  const requestCount = requests?.items.length ?? 0;
  const hint =
    requestCount > 0 || requestsMore
      ? words.both(
          countText({ count: requestCount, atLeast: requestsMore }, fmt),
          countText({ count: leaveCount, atLeast: leaveMore }, fmt),
        )
      : words.leave;
  return work({ count: requestCount + leaveCount, atLeast: leaveMore || requestsMore }, fmt, hint);
}

/** The tiles a role sees, in list order. */
export const tilesFor = (role: Role) => TILES.filter((t) => t.roles.includes(role));

/** The sources those tiles need: each requested once. */
export const sourcesFor = (tiles: readonly Tile[]) => [...new Set(tiles.map((t) => t.source))];

export const hrefFor = (tile: Tile, me: Me) => (typeof tile.href === 'function' ? tile.href(me) : tile.href);

/** `2026-Q4` as the dictionary names it ("Triwulan IV 2026"); any other period id as it is. */
function quarterOf(period: string, t: Dictionary): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(period);
  return m ? t.home.quarter(Number(m[2]), m[1]!) : period;
}

/** A year whose holiday calendar is empty. */
export interface HolidayCalendarGap {
  year: number;
}

/**
 * The years whose holiday calendar a tenant admin should have by now, in the tenant's time zone:
 * this year, and from October the next one too (the joint decree of the next year's national
 * holidays and cuti bersama comes out in the last months of the year before).
 */
export function holidayYearsDue(timeZone: string, now = new Date()): number[] {
  const quarter = currentQuarter(timeZone, now);
  const year = Number(quarter.slice(0, 4));
  return quarter.endsWith('Q4') ? [year, year + 1] : [year];
}

export function holidayGapView(gap: HolidayCalendarGap, t: Dictionary): TileView {
  return {
    value: t.home.holidays.empty,
    hint: t.home.holidays.hint(gap.year),
    tone: 'attention',
    text: true,
    href: `/attendance/holidays?year=${gap.year}`,
  };
}

/** The current quarter (`YYYY-Qn`) in the tenant's time zone, as the survey overview names periods. */
export function currentQuarter(timeZone: string, now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(now);
  const year = parts.find((p) => p.type === 'year')?.value ?? String(now.getUTCFullYear());
  const month = Number(parts.find((p) => p.type === 'month')?.value ?? now.getUTCMonth() + 1);
  return `${year}-Q${Math.ceil(month / 3)}`;
}
