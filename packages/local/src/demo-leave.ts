import {
  type AgencyOrg,
  addDays,
  agencyHeadOf,
  datesBetween,
  datesOfMonth,
  directSuperiorOf,
  fullYearsBetween,
  type ImportantReason,
  instantAt,
  isManagerial,
  type LeaveOutcome,
  type LeaveStatus,
  type LeaveType,
  nationalHolidaysOf,
  type OrgLeader,
  type PositionType,
  weekdayOf,
} from '@pamong/core';
import { previousMonth } from './demo-attendance';
import type { TenantSeed, UnitSeed } from './demo-data';
import type { PersonnelPlan } from './demo-personnel';

/**
 * The demo agency's leave (cuti, issue 13 §7), planned without I/O: a request in every state, made
 * and acted on by the people the org structure names, each act at a time of day in the past, so the
 * seed can drive the real operations at that clock:
 * - waiting for the direct superior (`atasan`'s inbox) and waiting for the decision (`kepala`'s);
 * - approved in the previous month, for `pegawai` (their ledger holds a reservation) and two
 *   colleagues (a day of sick leave, and leave for an important reason), so the recap and calendar
 *   show leave;
 * - changed, deferred, rejected and cancelled annual leave ahead, whose ledgers show the grant, the
 *   reservation and its release or resize;
 * - a week two weeks back in which the Sekretaris was Plh of the agency head, with a decree number,
 *   and a leave the Plh decided in it.
 * Dates are working days (Monday to Friday without the SKB's holidays and cuti bersama, as the demo
 * tenants have them). `pegawai` gets nothing ahead of today: the e2e scenario asks for leave there.
 * Deterministic for a tenant, its staff and a day.
 */

/** A member of the demo agency as the plan needs them (from the personnel plan). */
export interface DemoStaff {
  /** The personnel plan's key. */
  key: string;
  name: string;
  unitName: string;
  employmentType: 'PNS' | 'CPNS' | 'PPPK';
  positionType?: PositionType;
  positionName?: string;
  tmtCpns?: string;
  linkedUsername?: string;
}

/** The members of one agency in a personnel plan, in plan order. */
export function demoStaff(plan: PersonnelPlan, agencyCode: string): DemoStaff[] {
  const positions = new Map(plan.positions.map((p) => [p.key, p.body]));
  return plan.employees
    .filter((e) => e.agencyCode === agencyCode)
    .map((e) => {
      const position = e.positionKey ? positions.get(e.positionKey) : undefined;
      return {
        key: e.key,
        name: e.body.name,
        unitName: e.unitName,
        employmentType: e.body.employmentType,
        ...(position ? { positionType: position.type, positionName: position.name } : {}),
        ...(e.body.tmtCpns ? { tmtCpns: e.body.tmtCpns } : {}),
        ...(e.linkedUsername ? { linkedUsername: e.linkedUsername } : {}),
      };
    });
}

export interface DemoLeaveBody {
  type: LeaveType;
  startDate: string;
  endDate: string;
  reason: string;
  addressDuringLeave: string;
  sickDocument?: 'note-to-superior' | 'doctor' | 'government-doctor';
  importantReason?: ImportantReason;
}

export type DemoLeaveStep =
  | {
      step: 'recommendation' | 'decision';
      /** Who acts: a staff key. */
      by: string;
      at: Date;
      body: { outcome: LeaveOutcome; note?: string; changeTo?: { startDate: string; endDate: string } };
    }
  | { step: 'cancellation'; by: string; at: Date; body: { reason?: string } };

export interface DemoLeaveRequest {
  requester: string;
  at: Date;
  body: DemoLeaveBody;
  steps: DemoLeaveStep[];
  /** The status the steps leave it in. */
  status: LeaveStatus;
}

export interface DemoDelegation {
  principal: string;
  delegate: string;
  /** When the tenant admin named the Plh. */
  at: Date;
  body: { kind: 'PLH'; startDate: string; endDate: string; decreeNumber: string };
}

export interface DemoLeavePlan {
  delegation: DemoDelegation;
  requests: DemoLeaveRequest[];
}

// ---------------------------------------------------------------- working days

const holidays = new Map<number, ReadonlySet<string>>();
const holidaysOf = (year: number) => {
  let days = holidays.get(year);
  if (!days) {
    days = new Set(nationalHolidaysOf(year).map((h) => h.date));
    holidays.set(year, days);
  }
  return days;
};

/** Working days of the demo tenants: Monday to Friday, no national holiday or cuti bersama. */
export function isDemoWorkingDay(date: string): boolean {
  return weekdayOf(date) <= 5 && !holidaysOf(Number(date.slice(0, 4))).has(date);
}

/** The `n`-th working day after `date` (n > 0) or before it (n < 0). */
export function workingDayFrom(date: string, n: number): string {
  const step = n > 0 ? 1 : -1;
  let d = date;
  for (let left = Math.abs(n); left > 0; ) {
    d = addDays(d, step);
    if (isDemoWorkingDay(d)) left--;
  }
  return d;
}

/** `n` consecutive working days from `start` on (start included when it is one), within one year. */
function workingRun(start: string, n: number): { startDate: string; endDate: string } {
  let first = isDemoWorkingDay(start) ? start : workingDayFrom(start, 1);
  let last = workingDayFrom(first, n - 1);
  // Annual leave is taken from one year's balance: a run that would cross 31 December starts anew.
  // New Year's Day is a holiday whether or not the year's decree is in the calendar yet.
  if (first.slice(0, 4) !== last.slice(0, 4) || first.slice(5) === '01-01') {
    first = workingDayFrom(`${last.slice(0, 4)}-01-01`, 1);
    last = workingDayFrom(first, n - 1);
  }
  return { startDate: first, endDate: last };
}

/** The `n`-th working day of a month (1-based). */
function workingDayOfMonth(month: string, n: number): string {
  const days = datesOfMonth(month).filter(isDemoWorkingDay);
  return days[Math.min(n, days.length) - 1]!;
}

const hm = (h: number, m = 0) => h * 60 + m;

// ---------------------------------------------------------------- the org

/** The agency's org as `directSuperiorOf` reads it, with staff keys for ids and unit names for unit ids. */
function orgOf(units: UnitSeed[], staff: DemoStaff[]): AgencyOrg {
  const parentOf = new Map<string, string | null>();
  const walk = (list: UnitSeed[], parent: string | null) => {
    for (const u of list) {
      parentOf.set(u.name, parent);
      walk(u.children ?? [], u.name);
    }
  };
  walk(units, null);
  const leaders: OrgLeader[] = staff
    .filter((s) => isManagerial(s.positionType))
    .map((s) => ({ employeeId: s.key, name: s.name, unitId: s.unitName, positionType: s.positionType! }));
  return { leaders, parentOf };
}

const CITY: Record<string, string> = { palembang: 'Palembang' };
const STREETS = ['Jl. Teuku Umar', 'Jl. Kartini', 'Jl. Pramuka', 'Jl. Sultan Agung', 'Jl. Diponegoro'];

/**
 * The leave of the demo agency for `today` (the tenant's date). Throws when the agency's staff has
 * nobody for a part of the plan, which a change to the personnel plan would have to answer.
 */
export function demoLeave(tenant: TenantSeed, staff: DemoStaff[], today: string): DemoLeavePlan {
  const agency = tenant.agencies.find((a) => a.code === tenant.demoAgencyCode)!;
  const org = orgOf(agency.units, staff);
  const tz = tenant.timeZone;
  const at = (date: string, minute: number) => instantAt(date, minute, tz);
  const linked = (username: string) => {
    const s = staff.find((x) => x.linkedUsername === username);
    if (!s) throw new Error(`demo leave: nobody is linked to ${username} in ${tenant.slug}`);
    return s;
  };
  const kepala = linked('kepala');
  const atasan = linked('atasan');
  const pegawai = linked('pegawai');
  if (agencyHeadOf(org)?.employeeId !== kepala.key)
    throw new Error(`demo leave: kepala is not the head of ${agency.code} in ${tenant.slug}`);
  const superiorOf = (s: DemoStaff) => {
    const sup = directSuperiorOf({ id: s.key, unitId: s.unitName, positionType: s.positionType }, org);
    if (!sup) throw new Error(`demo leave: ${s.name} has no superior in ${tenant.slug}`);
    return sup.employeeId;
  };
  const city = CITY[tenant.slug] ?? 'Bandar Lampung';
  let streetNo = 0;
  const address = () => {
    streetNo++;
    return `${STREETS[streetNo % STREETS.length]} No. ${7 + streetNo * 3}, ${city}`;
  };

  // Who asks: staff (no leaders, no CPNS) with a full year of service by the start of their leave.
  const taken = new Set<string>([kepala.key, atasan.key, pegawai.key]);
  const pick = (what: string, start: string, ok: (s: DemoStaff) => boolean, annual = true): DemoStaff => {
    const found = staff.find(
      (s) =>
        !taken.has(s.key) &&
        !s.linkedUsername &&
        !isManagerial(s.positionType) &&
        s.employmentType !== 'CPNS' &&
        !!s.tmtCpns &&
        (!annual || fullYearsBetween(s.tmtCpns, start) >= 1) &&
        ok(s),
    );
    if (!found) throw new Error(`demo leave: nobody in ${tenant.slug} for ${what}`);
    taken.add(found.key);
    return found;
  };
  const inUnit = (unit: string, type?: DemoStaff['employmentType']) => (s: DemoStaff) =>
    s.unitName === unit && (!type || s.employmentType === type);
  const bidang = pegawai.unitName;

  const ahead = (k: number, n: number) => workingRun(workingDayFrom(today, k), n);
  const before = (k: number) => workingDayFrom(today, -k);
  const requests: DemoLeaveRequest[] = [];
  const annual = (period: { startDate: string; endDate: string }, reason: string): DemoLeaveBody => ({
    type: 'TAHUNAN',
    ...period,
    reason,
    addressDuringLeave: address(),
  });

  // Ahead of today, in pegawai's bidang, asked for in the last three working days.
  const periodA = ahead(6, 2);
  const a =
    staffOr(() => pick('a PPPK request waiting', periodA.startDate, inUnit(bidang, 'PPPK'))) ??
    pick('a request waiting', periodA.startDate, inUnit(bidang));
  requests.push({
    requester: a.key,
    at: at(before(1), hm(10, 15)),
    body: annual(periodA, 'Menghadiri wisuda anak di Yogyakarta'),
    steps: [],
    status: 'AWAITING_RECOMMENDATION',
  });

  const periodB = ahead(8, 3);
  const b = pick('a request waiting for the decision', periodB.startDate, inUnit(bidang, 'PNS'));
  requests.push({
    requester: b.key,
    at: at(before(3), hm(8, 40)),
    body: annual(periodB, 'Keperluan keluarga'),
    steps: [
      {
        step: 'recommendation',
        by: superiorOf(b),
        at: at(before(2), hm(13, 20)),
        body: { outcome: 'APPROVE' },
      },
    ],
    status: 'AWAITING_DECISION',
  });

  const periodF = ahead(11, 5);
  const shorter = { startDate: periodF.startDate, endDate: workingDayFrom(periodF.startDate, 2) };
  const f = pick('a changed request', periodF.startDate, inUnit(bidang, 'PNS'));
  requests.push({
    requester: f.key,
    at: at(before(3), hm(9, 5)),
    body: annual(periodF, 'Liburan keluarga ke Danau Ranau'),
    steps: [
      {
        step: 'recommendation',
        by: superiorOf(f),
        at: at(before(2), hm(13, 30)),
        body: {
          outcome: 'CHANGE',
          note: 'Pekan itu ada asesmen sumatif di sekolah binaan; disarankan tiga hari saja.',
          changeTo: shorter,
        },
      },
      {
        step: 'decision',
        by: kepala.key,
        at: at(before(1), hm(10, 0)),
        body: {
          outcome: 'CHANGE',
          note: 'Disetujui tiga hari kerja sesuai saran atasan langsung.',
          changeTo: shorter,
        },
      },
    ],
    status: 'CHANGED',
  });

  const periodG = ahead(16, 3);
  const g = pick('a deferred request', periodG.startDate, inUnit(bidang, 'PNS'));
  requests.push({
    requester: g.key,
    at: at(before(3), hm(9, 50)),
    body: annual(periodG, 'Mengurus rumah di kampung halaman'),
    steps: [
      {
        step: 'recommendation',
        by: superiorOf(g),
        at: at(before(2), hm(14, 0)),
        body: { outcome: 'APPROVE' },
      },
      {
        step: 'decision',
        by: kepala.key,
        at: at(before(1), hm(10, 20)),
        body: {
          outcome: 'DEFER',
          note: 'Ditangguhkan: bertepatan dengan Asesmen Nasional; silakan ajukan kembali sesudahnya.',
        },
      },
    ],
    status: 'DEFERRED',
  });

  const periodH = ahead(4, 2);
  const h = pick('a rejected request', periodH.startDate, inUnit(bidang, 'PNS'));
  requests.push({
    requester: h.key,
    at: at(before(3), hm(11, 0)),
    body: annual(periodH, 'Keperluan pribadi'),
    steps: [
      {
        step: 'recommendation',
        by: superiorOf(h),
        at: at(before(2), hm(15, 10)),
        body: { outcome: 'REJECT', note: 'Dua pegawai lain di bidang ini sudah cuti pada hari yang sama.' },
      },
      {
        step: 'decision',
        by: kepala.key,
        at: at(before(1), hm(10, 40)),
        body: { outcome: 'REJECT', note: 'Tidak disetujui; silakan ajukan pada tanggal lain.' },
      },
    ],
    status: 'REJECTED',
  });

  const periodI = ahead(19, 2);
  const i = pick('a cancelled request', periodI.startDate, inUnit(bidang, 'PNS'));
  requests.push({
    requester: i.key,
    at: at(before(3), hm(13, 15)),
    body: annual(periodI, 'Perjalanan keluarga ke Bengkulu'),
    steps: [
      {
        step: 'cancellation',
        by: i.key,
        at: at(before(1), hm(15, 30)),
        body: { reason: 'Rencana perjalanan keluarga dibatalkan.' },
      },
    ],
    status: 'CANCELLED',
  });

  // The previous month: approved, so its recap and calendar show leave. Early in the month, so the
  // head's decisions come before the Plh's week.
  const pm = previousMonth(today);
  const d = (n: number) => workingDayOfMonth(pm, n);
  const sickStart = d(3);
  const c =
    staffOr(() => pick('sick leave (PPPK)', sickStart, inUnit(bidang, 'PPPK'), false)) ??
    pick('sick leave', sickStart, inUnit(bidang), false);
  requests.push({
    requester: c.key,
    at: at(sickStart, hm(7, 10)),
    // One day: a note to the superior is enough, no doctor's note to attach (PP 11/2017 art. 321).
    body: {
      type: 'SAKIT',
      startDate: sickStart,
      endDate: sickStart,
      reason: 'Demam tinggi, istirahat di rumah',
      addressDuringLeave: address(),
      sickDocument: 'note-to-superior',
    },
    steps: [
      {
        step: 'recommendation',
        by: superiorOf(c),
        at: at(sickStart, hm(9, 30)),
        body: { outcome: 'APPROVE' },
      },
      { step: 'decision', by: kepala.key, at: at(d(4), hm(10, 15)), body: { outcome: 'APPROVE' } },
    ],
    status: 'APPROVED',
  });

  const e = pick(
    'leave for an important reason',
    d(5),
    (s) => s.employmentType === 'PNS' && s.unitName !== bidang && superiorOf(s) !== kepala.key,
    false,
  );
  requests.push({
    requester: e.key,
    at: at(d(2), hm(13, 0)),
    body: {
      type: 'ALASAN_PENTING',
      startDate: d(5),
      endDate: d(6),
      reason: 'Mendampingi ibu yang dirawat di rumah sakit',
      addressDuringLeave: address(),
      importantReason: 'KELUARGA_SAKIT_KERAS',
    },
    steps: [
      { step: 'recommendation', by: superiorOf(e), at: at(d(3), hm(8, 45)), body: { outcome: 'APPROVE' } },
      { step: 'decision', by: kepala.key, at: at(d(3), hm(14, 30)), body: { outcome: 'APPROVE' } },
    ],
    status: 'APPROVED',
  });

  requests.push({
    requester: pegawai.key,
    at: at(d(1), hm(9, 30)),
    body: annual({ startDate: d(7), endDate: d(8) }, 'Mengantar orang tua berobat ke Jakarta'),
    steps: [
      { step: 'recommendation', by: atasan.key, at: at(d(2), hm(11, 0)), body: { outcome: 'APPROVE' } },
      { step: 'decision', by: kepala.key, at: at(d(4), hm(9, 0)), body: { outcome: 'APPROVE' } },
    ],
    status: 'APPROVED',
  });

  // Two weeks back, the Sekretaris stood in for the head for a week (Plh), and decided a leave.
  const monday = addDays(today, -(weekdayOf(today) - 1) - 14);
  const plh = staff.find(
    (s) => s.unitName === 'Sekretariat' && s.positionType === 'ADMINISTRATOR' && s.key !== kepala.key,
  );
  if (!plh) throw new Error(`demo leave: no Sekretaris in ${tenant.slug}`);
  const year = monday.slice(0, 4);
  const delegation: DemoDelegation = {
    principal: kepala.key,
    delegate: plh.key,
    at: at(addDays(monday, -3), hm(14, 0)),
    body: {
      kind: 'PLH',
      startDate: monday,
      endDate: addDays(monday, 4),
      // A Plh is named by a surat perintah of the regional secretary; its number, made up.
      decreeNumber: `800.1.11.1/${100 + ((Number(monday.slice(5, 7)) * 37 + Number(monday.slice(8, 10))) % 800)}/${agency.code}/${year}`,
    },
  };
  const plhLeave = workingRun(workingDayFrom(addDays(monday, 2), 1), 2);
  const j = pick(
    'the leave the Plh decided',
    plhLeave.startDate,
    (s) => s.employmentType === 'PNS' && ![kepala.key, atasan.key, plh.key].includes(superiorOf(s)),
  );
  requests.push({
    requester: j.key,
    at: at(monday, hm(8, 30)),
    body: annual(plhLeave, 'Menghadiri pernikahan adik di kampung halaman'),
    steps: [
      {
        step: 'recommendation',
        by: superiorOf(j),
        at: at(addDays(monday, 1), hm(9, 15)),
        body: { outcome: 'APPROVE' },
      },
      { step: 'decision', by: plh.key, at: at(addDays(monday, 2), hm(10, 30)), body: { outcome: 'APPROVE' } },
    ],
    status: 'APPROVED',
  });

  return { delegation, requests };
}

/** `fn()`, or undefined when it finds nobody. */
function staffOr<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

/**
 * The days each requester is on granted leave (approved, or changed to a shorter period) in a month,
 * by staff key: last month's punches leave them out.
 */
export function grantedLeaveDays(plan: DemoLeavePlan, month: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of plan.requests) {
    if (r.status !== 'APPROVED' && r.status !== 'CHANGED') continue;
    const decision = r.steps.find((s) => s.step === 'decision');
    const period = (decision?.step === 'decision' && decision.body.changeTo) || r.body;
    const days = datesBetween(period.startDate, period.endDate).filter((x) => x.startsWith(`${month}-`));
    if (days.length === 0) continue;
    const set = out.get(r.requester) ?? new Set<string>();
    for (const x of days) set.add(x);
    out.set(r.requester, set);
  }
  return out;
}
