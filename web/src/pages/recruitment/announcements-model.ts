/**
 * The staff side of announcements and objections (issue 12 §4), without the DOM: the server's
 * 409s as the page's own words, and whether the administrative decision is still open.
 */
import { ApiError } from '../../api/client';
import type { AdminStage, AnnouncementsDictionary } from './i18n/announcements-id';

export const ADMIN_STAGES: readonly AdminStage[] = ['ADMINISTRATION', 'ADMINISTRATION_AFTER_OBJECTION'];

/** The words for a 409 of publishAnnouncement (functions/recruitment/services/announcements.ts). */
export function publishConflict(err: unknown, c: AnnouncementsDictionary['conflict']): string | null {
  if (!(err instanceof ApiError) || err.status !== 409) return null;
  const d = err.detail ?? '';
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
