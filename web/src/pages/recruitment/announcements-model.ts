/**
 * The staff side of announcements and objections (issue 12 §4), without the DOM: the server's
 * 409s as the page's own words, and whether the administrative decision is still open.
 */
import { ApiError } from '../../api/client';
import type { AdminStage, AnnouncementStageKey, AnnouncementsDictionary } from './i18n/announcements-id';

export const ADMIN_STAGES: readonly AdminStage[] = ['ADMINISTRATION', 'ADMINISTRATION_AFTER_OBJECTION'];
/** Every stage, in the order they are announced (core recruitment/round.ts PREREQUISITE). */
export const ANNOUNCEMENT_STAGES: readonly AnnouncementStageKey[] = [
  'ADMINISTRATION',
  'ADMINISTRATION_AFTER_OBJECTION',
  'SKD',
  'SKB',
  'FINAL',
];

/** The stage the publish form offers first: the one after the latest announced (FINAL stays FINAL). */
export function nextStage(items: readonly { stage: string }[] | null | undefined): AnnouncementStageKey {
  let last = -1;
  for (const a of items ?? [])
    last = Math.max(last, ANNOUNCEMENT_STAGES.indexOf(a.stage as AnnouncementStageKey));
  return ANNOUNCEMENT_STAGES[Math.min(last + 1, ANNOUNCEMENT_STAGES.length - 1)] ?? 'ADMINISTRATION';
}

/** An exam row (SKD, SKB, FINAL) rather than an administration row (MS/TMS). */
export const isExamRow = <R extends object>(row: R): row is Extract<R, { passed: boolean }> =>
  'passed' in row && typeof (row as { passed?: unknown }).passed === 'boolean';

/** The words for a 409 of publishAnnouncement (functions/recruitment/services/announcements.ts). */
export function publishConflict(
  err: unknown,
  c: AnnouncementsDictionary['conflict'],
  stages?: AnnouncementsDictionary['stages'],
): string | null {
  if (!(err instanceof ApiError) || err.status !== 409) return null;
  const d = err.detail ?? '';
  const stageName = (s: string) => (stages as Record<string, string> | undefined)?.[s] ?? s;
  const closes = /before registration closes \((\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}) local\)/.exec(d);
  if (closes) return c.registrationOpen(`${closes[1]} ${closes[2]}`);
  if (/registration was changed meanwhile/.test(d)) return c.registrationChanged;
  let e = /objection window of (\w+) is open(?: \(until ([0-9-]+ [0-9:]+) local\))?/.exec(d);
  if (e && e[1] !== 'ADMINISTRATION') return c.windowOpenStage(stageName(e[1] ?? ''), e[2] ?? '');
  e = /cannot be announced before (\w+)/.exec(d);
  if (e && e[1] !== 'ADMINISTRATION') return c.notAnnouncedStage(stageName(e[1] ?? ''));
  if (/compute the ranking again/.test(d)) return c.stale;
  if (/no ranking yet/.test(d)) return c.noRanking;
  e = /^No (SKD|SKB) scores are in the ranking/.exec(d);
  if (e) return c.noScores(e[1] ?? '');
  let m = /^(\d+) submitted application/.exec(d);
  if (m) return c.unscreened(m[1] ?? '');
  m = /^(\d+) objections? (is|are) not decided/.exec(d);
  if (m) return c.pendingObjections(m[1] ?? '');
  m = /objection window of \w+ is open(?: \(until ([0-9-]+ [0-9:]+) local\))?/.exec(d);
  if (m) return c.windowOpen(m[1] ?? '');
  if (/cannot be announced before/.test(d)) return c.notAnnounced;
  if (/exam scores and the ranking/.test(d)) return c.exams;
  if (/only once it is published/.test(d)) return c.notPublished;
  return c.other;
}

/** The words for a 409 of decideObjection (core recruitment/lifecycle.ts). */
export function decideConflict(err: unknown, c: AnnouncementsDictionary['decideConflict']): string | null {
  if (!(err instanceof ApiError) || err.status !== 409) return null;
  const d = err.detail ?? '';
  if (/already decided/.test(d)) return c.decided;
  if (/decision period ended/.test(d)) return c.late;
  if (/no objection/i.test(d)) return c.none;
  return c.other;
}

/** Whether the ADMINISTRATION result is announced (then MS/TMS is changed by objections only). */
export const administrationAnnounced = (items: readonly { stage: string }[] | null | undefined): boolean =>
  !!items?.some((a) => a.stage === 'ADMINISTRATION');

/** The objection still waiting for a decision, if any. */
export function pendingObjection<O extends { stage: string; decision: unknown }>(
  objections: readonly O[],
): O | undefined {
  return objections.find((o) => o.decision === null);
}
