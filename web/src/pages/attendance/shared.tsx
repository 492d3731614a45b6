/**
 * Pieces shared by the attendance pages (issue 13): their texts (and the leave pages'), their header
 * with the tabs between them, times and days in the reader's words, the flags of a punch, the note for an account without
 * an employee record, and form field errors in this feature's words.
 */
import './attendance.css';
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { AttendanceTimeZone, PunchFlag } from '../../api/attendance';
import { listAll, listUnits } from '../../api/client';
import type { SectionTab } from '../../components/admin';
import { PageTitle } from '../../components/ui';
import { describeError, useI18n, useLocalized } from '../../i18n';
import { useFormat } from '../../lib/format';
import { useAsync } from '../../lib/hooks';
import { canOpen, type PagePath } from '../../routes';
import { useMe } from '../../session';
import { attendanceEn } from './i18n/en';
import { type AttendanceDictionary, attendanceId } from './i18n/id';
import { leaveEn } from './i18n/leave-en';
import { type LeaveDictionary, leaveId } from './i18n/leave-id';
import type { WeekWords } from './week';

export type { AttendanceDictionary, LeaveDictionary };

export const useAttendanceText = (): AttendanceDictionary => useLocalized(attendanceId, attendanceEn);

/** The leave pages' texts (one's own leave, its approvals, the calendar, the delegations). */
export const useLeaveText = (): LeaveDictionary => useLocalized(leaveId, leaveEn);

type TabKey = Exclude<keyof AttendanceDictionary['tabs'], 'label'> | keyof LeaveDictionary['tabs'];

/**
 * The attendance pages' tabs in rows by group: attendance (check-in, the month, off-site duty and
 * izin, holidays for everyone; the team for supervisors; approvals of both kinds), leave (one's own
 * leave, the leave calendar for supervisors and admins, the Plt/Plh delegations for admins), and
 * what staff run (the monthly recap, places and schedules for admins, the shift roster for
 * supervisors and admins). A role sees the tabs it may open, and only the rows that hold one.
 */
const TAB_GROUPS: readonly {
  key: 'groupAttendance' | 'groupLeave' | 'groupManage';
  tabs: readonly SectionTab<TabKey>[];
}[] = [
  {
    key: 'groupAttendance',
    tabs: [
      { href: '/attendance/check-in', key: 'checkIn' },
      { href: '/attendance/me', key: 'me' },
      { href: '/attendance/requests', key: 'requests' },
      { href: '/attendance/team', key: 'team' },
      { href: '/attendance/approvals', key: 'approvals' },
      { href: '/attendance/holidays', key: 'holidays' },
      { href: '/attendance/passkeys', key: 'passkeys' },
    ],
  },
  {
    key: 'groupLeave',
    tabs: [
      { href: '/attendance/leave', key: 'leave' },
      { href: '/attendance/leave/calendar', key: 'leaveCalendar' },
      { href: '/attendance/leave/delegations', key: 'delegations' },
    ],
  },
  {
    key: 'groupManage',
    tabs: [
      { href: '/attendance/recap', key: 'recap' },
      { href: '/attendance/locations', key: 'locations' },
      { href: '/attendance/schedules', key: 'schedules' },
      { href: '/attendance/rosters', key: 'rosters' },
    ],
  },
];

/**
 * The title of an attendance page, and its tabs: a row per group, each row scrolling sideways on a
 * narrow screen (never wrapping), with the current tab brought into view.
 */
export function AttendanceHeader({
  title,
  current,
  children,
}: {
  title?: string;
  current?: PagePath;
  children?: ComponentChildren;
}) {
  const at = useAttendanceText();
  const lt = useLeaveText();
  const role = useMe().user.role;
  const navRef = useRef<HTMLElement>(null);
  const groups = TAB_GROUPS.map((g) => ({
    ...g,
    tabs: g.tabs.filter((tab) => canOpen(role, tab.href)),
  })).filter((g) => g.tabs.length > 0);
  const label = (key: TabKey) =>
    key in lt.tabs
      ? lt.tabs[key as keyof LeaveDictionary['tabs']]
      : at.tabs[key as keyof AttendanceDictionary['tabs']];
  // The current tab may sit past the edge of its row on a phone: scroll the row, not the page.
  useLayoutEffect(() => {
    const link = navRef.current?.querySelector<HTMLElement>('a[aria-current="page"]');
    const row = link?.closest('ul');
    if (!link || !row) return;
    if (
      link.offsetLeft + link.offsetWidth > row.scrollLeft + row.clientWidth ||
      link.offsetLeft < row.scrollLeft
    )
      row.scrollLeft = Math.max(0, link.offsetLeft - 24);
  }, [current]);
  const count = groups.reduce((n, g) => n + g.tabs.length, 0);
  return (
    <header class="survey-header">
      <PageTitle>{title ?? at.title}</PageTitle>
      {count > 1 && (
        <nav ref={navRef} class="subnav att-subnav" aria-label={at.tabs.label}>
          {groups.map((g) => (
            <div key={g.key} class="att-subnav-row">
              {groups.length > 1 && (
                <span class="att-subnav-group" id={`att-tabs-${g.key}`}>
                  {lt.tabs[g.key]}
                </span>
              )}
              <ul aria-labelledby={groups.length > 1 ? `att-tabs-${g.key}` : undefined}>
                {g.tabs.map((tab) => (
                  <li key={tab.href}>
                    <a href={tab.href} aria-current={current === tab.href ? 'page' : undefined}>
                      {label(tab.key)}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
      )}
      {children}
    </header>
  );
}

/**
 * Field errors of a form, with this feature's own rule for a field wherever the generic text would
 * say only "invalid" (the API speaks English).
 */
export function useFieldErrors(error: unknown): Record<string, string> {
  const { t } = useI18n();
  const at = useAttendanceText();
  if (!error) return {};
  const fields = describeError(t, error).fields;
  for (const [path, message] of Object.entries(fields)) {
    const hint = at.hints[path.split('.').pop() ?? path];
    if (hint && message === t.validation.invalid) fields[path] = hint;
  }
  return fields;
}

/** `HH:MM` as the reader writes a time: "07.41" in Indonesian, "07:41" in English. */
export function useClock(): (hm: string | null | undefined) => string {
  const { lang } = useI18n();
  return (hm) => (hm ? (lang === 'id' ? hm.replace(':', '.') : hm) : '–');
}

/** A number of minutes as a length of time: "11 menit", "4 jam 17 menit". */
export function useDuration(): (minutes: number) => string {
  const at = useAttendanceText();
  const fmt = useFormat();
  return (minutes) =>
    minutes < 60
      ? at.duration.minutes(fmt.int(minutes))
      : at.duration.hours(fmt.int(Math.floor(minutes / 60)), fmt.int(minutes % 60));
}

/** "1–30 mnt", "> 90 mnt", "tanpa absen": a TL/PSW band's label from the API in words. */
export function useBandLabel(): (key: string) => string {
  const mt = useAttendanceText().me;
  const fmt = useFormat();
  return (key) => {
    if (key === 'no-record') return mt.bands.noRecord;
    const range = /^(\d+)-(\d+)$/.exec(key);
    if (range) return mt.bands.range(fmt.int(Number(range[1])), fmt.int(Number(range[2])));
    const over = /^>(\d+)$/.exec(key);
    if (over) return mt.bands.over(fmt.int(Number(over[1])));
    return key;
  };
}

/** The zone's everyday name: WIB, WITA, WIT. */
export const zoneName = (at: AttendanceDictionary, timeZone: string): string =>
  at.zones[timeZone as AttendanceTimeZone] ?? timeZone;

/** A calendar day (`YYYY-MM-DD`) with its weekday: "Senin, 7 Desember 2026". */
export function useDayLong(): (date: string) => string {
  const { locale } = useFormat();
  return useMemo(() => {
    const f = new Intl.DateTimeFormat(locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    return (date: string) => f.format(new Date(`${date}T00:00:00Z`));
  }, [locale]);
}

/** The words of a week in the schedule list and form ("Sen–Kam 07.30–16.00 (istirahat 60 mnt)"). */
export function useWeekWords(): WeekWords {
  const at = useAttendanceText();
  const clock = useClock();
  const fmt = useFormat();
  return {
    days: at.weekdaysShort,
    time: (hm) => clock(hm),
    firstBreak: (m) => at.week.firstBreak(fmt.int(m)),
    laterBreak: (m) => at.week.laterBreak(fmt.int(m)),
    none: at.week.none,
  };
}

/** The flags of a punch in words, one a line ("Akurasi GPS rendah"), each once. */
export function FlagList({ flags }: { flags: readonly PunchFlag[] }) {
  const at = useAttendanceText();
  if (flags.length === 0) return null;
  return (
    <ul class="att-flags">
      {[...new Set(flags)].map((f) => (
        <li key={f}>{at.flags[f] ?? f}</li>
      ))}
    </ul>
  );
}

/** The flags in words, each once, comma-separated, for a table cell. */
export function flagsText(at: AttendanceDictionary, flags: readonly PunchFlag[]): string {
  return [...new Set(flags)].map((f) => at.flags[f] ?? f).join(', ');
}

/**
 * What check-in, the month and the requests say to an account that is not linked to an employee
 * record; `body` says what this page in particular needs the link for.
 */
export function NotLinked({ body }: { body?: string }) {
  const at = useAttendanceText();
  return (
    <div class="alert alert-info att-not-linked" role="status">
      <p>
        <strong>{at.notLinked.title}</strong>
      </p>
      <p>{body ?? at.notLinked.body}</p>
    </div>
  );
}

/** Unit names of some agencies (each agency's units read once), for lists that hold unit ids. */
export function useUnitNames(agencyIds: readonly string[]): (unitId: string | null) => string | undefined {
  const key = [...new Set(agencyIds)].sort().join(',');
  const units = useAsync(
    () =>
      Promise.all((key ? key.split(',') : []).map((id) => listAll((q) => listUnits(id, q)).catch(() => []))),
    [key],
  );
  return useMemo(() => {
    const names = new Map((units.data ?? []).flat().map((u) => [u.id, u.name]));
    return (unitId: string | null) => (unitId ? names.get(unitId) : undefined);
  }, [units.data]);
}
