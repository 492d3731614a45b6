import { conflict, type FieldError } from '../errors';
import { addCalendarDays, calendarWindow, type Instant, instantMs, localDateTime } from './calendar';
import { type LocalRegistration, registrationStatus } from './publication';

/**
 * Selection rounds (seleksi CASN/PPPK), ASN-RULES §7, as run on BKN's SSCASN. Every value below is a
 * per-round default (issue 12: "Every value named there as a default is a per-round setting"); the
 * round's zod schema (schemas/recruitment.ts) applies them.
 */

export const ROUND_KINDS = ['CPNS', 'PPPK'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

/** Formasi tracks (issue 12 §4): general, cum laude graduates, disability, regional affirmation. */
export const RECRUITMENT_TRACKS = ['umum', 'cumlaude', 'disabilitas', 'putra-putri-daerah'] as const;
export type RecruitmentTrack = (typeof RECRUITMENT_TRACKS)[number];

/** SKD subtests: TWK (national insight), TIU (general intelligence), TKP (personal characteristics). */
export const SKD_SUBTESTS = ['twk', 'tiu', 'tkp'] as const;
export type SkdSubtest = (typeof SKD_SUBTESTS)[number];

export const SKB_COMPONENTS = ['cat', 'interview', 'other'] as const;
export type SkbComponent = (typeof SKB_COMPONENTS)[number];

/** Announcement stages, in the order a round publishes them (issue 12 §4). */
export const ANNOUNCEMENT_STAGES = [
  'ADMINISTRATION',
  'ADMINISTRATION_AFTER_OBJECTION',
  'SKD',
  'SKB',
  'FINAL',
] as const;
export type AnnouncementStage = (typeof ANNOUNCEMENT_STAGES)[number];

/** Stages followed by a masa sanggah: the administration result and the exam results (§7). */
export const OBJECTION_STAGES = ['ADMINISTRATION', 'SKD', 'SKB'] as const;
export type ObjectionStage = (typeof OBJECTION_STAGES)[number];

export interface SkdSubtestSpec {
  questions: number;
  maxScore: number;
}

/** TWK 30 questions (max 150), TIU 35 (max 175), TKP 45 (max 225); total 550 (ASN-RULES §7). */
export const DEFAULT_SKD_SUBTESTS: Readonly<Record<SkdSubtest, SkdSubtestSpec>> = {
  twk: { questions: 30, maxScore: 150 },
  tiu: { questions: 35, maxScore: 175 },
  tkp: { questions: 45, maxScore: 225 },
};

/**
 * Minimum scores of one track. Each is optional: the general track sets the three subtests, while
 * special tracks in BKN's practice often set a cumulative SKD threshold (`total`) with a TKP minimum.
 */
export interface PassingGrade {
  twk?: number;
  tiu?: number;
  tkp?: number;
  total?: number;
}

/** General-track passing grades, KepmenPANRB 321/2024: TWK ≥ 65, TIU ≥ 80, TKP ≥ 166. */
export const DEFAULT_PASSING_GRADE: Readonly<PassingGrade> = { twk: 65, tiu: 80, tkp: 166 };

/**
 * Per-track passing grades. ASN-RULES §7 says the special tracks (cumlaude, disability, regional
 * affirmation) "use other thresholds" without naming them, so they default to the general grade and
 * the round's admin sets them from the year's KepmenPANRB; nothing unconfirmed is hard-coded.
 */
export const DEFAULT_PASSING_GRADES: Readonly<Record<RecruitmentTrack, PassingGrade>> = {
  umum: { ...DEFAULT_PASSING_GRADE },
  cumlaude: { ...DEFAULT_PASSING_GRADE },
  disabilitas: { ...DEFAULT_PASSING_GRADE },
  'putra-putri-daerah': { ...DEFAULT_PASSING_GRADE },
};

/** SKB component weights in percent (issue 12 §4 `skbComponents`). */
export const DEFAULT_SKB_COMPONENTS: Readonly<Record<SkbComponent, number>> = {
  cat: 50,
  interview: 30,
  other: 20,
};
/** Caps on those weights (ASN-RULES §7: CAT up to 50%, interview up to 30%, other tests up to 20%). */
export const DEFAULT_SKB_COMPONENT_CAPS: Readonly<Record<SkbComponent, number>> = {
  cat: 50,
  interview: 30,
  other: 20,
};

export const DEFAULT_ROUND_SETTINGS = {
  skdSubtests: DEFAULT_SKD_SUBTESTS,
  passingGrades: DEFAULT_PASSING_GRADES,
  /** Final score: 40% SKD (normalised to 100) + 60% SKB (ASN-RULES §7). */
  skdWeight: 40,
  skbWeight: 60,
  skbComponents: DEFAULT_SKB_COMPONENTS,
  skbComponentCaps: DEFAULT_SKB_COMPONENT_CAPS,
  /** Up to 3× the openings go on to the SKB (ASN-RULES §7). */
  skbMultiplier: 3,
  /** Masa sanggah: 3 calendar days from the announcement, once (ASN-RULES §7). */
  objectionDays: 3,
  /** The agency announces the outcome within 7 days of the window closing (ASN-RULES §7). */
  objectionDecisionDays: 7,
} as const;

/** What the rules need of a round's settings (the schema's output satisfies it). */
export interface RoundRules {
  kind: RoundKind;
  skdSubtests: Readonly<Record<SkdSubtest, SkdSubtestSpec>>;
  passingGrades: Readonly<Record<RecruitmentTrack, PassingGrade>>;
  skdWeight: number;
  skbWeight: number;
  skbComponents: Readonly<Record<SkbComponent, number>>;
  skbMultiplier: number;
  objectionDays: number;
  objectionDecisionDays: number;
}

/** The maximum SKD total of a round: the sum of the subtests' maxima (550 by default). */
export const skdMaxTotal = (subtests: Readonly<Record<SkdSubtest, SkdSubtestSpec>>): number =>
  SKD_SUBTESTS.reduce((sum, s) => sum + subtests[s].maxScore, 0);

// ---- schedule ----

/**
 * The round's schedule phases, in the order they happen. Times are wall-clock `YYYY-MM-DDTHH:mm` in
 * the tenant's time zone (issue 12 §4: "Times are in the tenant's time zone"), so they compare as
 * text. Registration opens and closes are required; the later phases are planned dates shown on the
 * public round page and may be filled in as the round goes.
 */
export const SCHEDULE_PHASES = [
  'registrationOpensAt',
  'registrationClosesAt',
  'administrationAnnouncementAt',
  'skdStartsAt',
  'skdEndsAt',
  'skdAnnouncementAt',
  'skbStartsAt',
  'skbEndsAt',
  'skbAnnouncementAt',
  'finalAnnouncementAt',
] as const;
export type SchedulePhase = (typeof SCHEDULE_PHASES)[number];
export type RoundSchedule = { registrationOpensAt: string; registrationClosesAt: string } & Partial<
  Record<SchedulePhase, string | undefined>
>;

/** Pairs that must be strictly ordered (a phase that opens and closes in the same minute is a typo). */
const STRICT: Partial<Record<SchedulePhase, SchedulePhase>> = {
  registrationClosesAt: 'registrationOpensAt',
  skdEndsAt: 'skdStartsAt',
  skbEndsAt: 'skbStartsAt',
};

/**
 * An exam cannot start (and the final result cannot come out) before the previous announcement's
 * objections are decided: the window of `objectionDays` and the decision period of
 * `objectionDecisionDays` calendar days after it.
 */
const AFTER_OBJECTIONS: Partial<Record<SchedulePhase, SchedulePhase>> = {
  skdStartsAt: 'administrationAnnouncementAt',
  skbStartsAt: 'skdAnnouncementAt',
  finalAnnouncementAt: 'skbAnnouncementAt',
};

/**
 * Problems with a schedule, at `schedule.<phase>` (or `<prefix><phase>`): each phase given must not
 * come before the phases before it; start/end pairs must be strictly ordered; an exam and the final
 * announcement come after the previous stage's objection and decision days.
 */
export function checkSchedule(
  schedule: RoundSchedule,
  settings: { objectionDays: number; objectionDecisionDays: number },
  prefix = 'schedule.',
): FieldError[] {
  const errors: FieldError[] = [];
  let previous: SchedulePhase | null = null;
  for (const phase of SCHEDULE_PHASES) {
    const at = schedule[phase];
    if (at === undefined) continue;
    const strictAfter = STRICT[phase];
    const strictAt = strictAfter ? schedule[strictAfter] : undefined;
    if (strictAfter && strictAt !== undefined && at <= strictAt) {
      errors.push({ path: `${prefix}${phase}`, message: `must be after ${strictAfter} (${strictAt})` });
    } else if (previous && at < schedule[previous]!) {
      errors.push({
        path: `${prefix}${phase}`,
        message: `must not be before ${previous} (${schedule[previous]})`,
      });
    }
    const announcement = AFTER_OBJECTIONS[phase];
    const announcedAt = announcement ? schedule[announcement] : undefined;
    if (announcement && announcedAt !== undefined) {
      const lastDecisionDay = addCalendarDays(
        announcedAt.slice(0, 10),
        settings.objectionDays + settings.objectionDecisionDays,
      );
      if (at.slice(0, 10) <= lastDecisionDay) {
        errors.push({
          path: `${prefix}${phase}`,
          message: `must be after ${lastDecisionDay}, when the objections to ${announcement} (${settings.objectionDays} days) and their decisions (${settings.objectionDecisionDays} days) are over`,
        });
      }
    }
    previous = phase;
  }
  return errors;
}

// ---- announcements ----

const PREREQUISITE: Record<AnnouncementStage, AnnouncementStage | null> = {
  ADMINISTRATION: null,
  ADMINISTRATION_AFTER_OBJECTION: 'ADMINISTRATION',
  SKD: 'ADMINISTRATION_AFTER_OBJECTION',
  SKB: 'SKD',
  FINAL: 'SKB',
};

/**
 * Whether a stage may be announced now. `firstPublishedAt` holds, per stage already announced, the
 * instant of its first version: the objection window counts from it, and a later version of the
 * same stage is a correction that reopens nothing. Rules:
 * - the first ADMINISTRATION waits until registration has closed: an application submitted after
 *   it would never be screened or announced, and the MS/TMS list would not be the whole field;
 * - stages follow ADMINISTRATION → ADMINISTRATION_AFTER_OBJECTION → SKD → SKB → FINAL, each after
 *   the one before it (a correction, i.e. a new version of an announced stage, is always allowed);
 * - the stage after one with a masa sanggah (ADMINISTRATION_AFTER_OBJECTION after ADMINISTRATION,
 *   SKB after SKD, FINAL after SKB) waits until that window has closed, so nobody is cut off from
 *   objecting.
 */
export function assertCanAnnounce(
  stage: AnnouncementStage,
  firstPublishedAt: Partial<Record<AnnouncementStage, Instant>>,
  ctx: { now: Instant; timeZone: string; objectionDays: number; registration: LocalRegistration },
): void {
  if (firstPublishedAt[stage] !== undefined) return;
  const before = PREREQUISITE[stage];
  if (!before) {
    if (registrationStatus(ctx.registration, ctx.now, ctx.timeZone) !== 'closed')
      throw conflict(
        `${stage} cannot be announced before registration closes (${ctx.registration.registrationClosesAt} local): applications submitted after it would never be screened.`,
      );
    return;
  }
  const beforeAt = firstPublishedAt[before];
  if (beforeAt === undefined) throw conflict(`${stage} cannot be announced before ${before}.`);
  // SKD follows ADMINISTRATION_AFTER_OBJECTION, which has no window of its own.
  if (!(OBJECTION_STAGES as readonly string[]).includes(before)) return;
  const w = calendarWindow(beforeAt, ctx.objectionDays, ctx.timeZone);
  if (instantMs(ctx.now) < instantMs(w.closesAt)) {
    throw conflict(
      `${stage} cannot be announced while the objection window of ${before} is open (until ${localDateTime(w.closesAt, ctx.timeZone)} local).`,
    );
  }
}
