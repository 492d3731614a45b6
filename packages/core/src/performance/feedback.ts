import { conflict, type FieldError, forbidden, validationError } from '../errors';
import { BERAKHLAK_VALUES, type BerakhlakValue } from './skp';

/**
 * Anonymous 360 feedback (issue 14 §3; UU 5/2014 art. 77(3) lets peers and subordinates count).
 *
 * Anonymity, as rules:
 * - An answer is stored apart from its rater: `anonymousAnswer` builds the stored answer from an
 *   explicit list of fields (relation, scores, comment), so nothing else a caller passes, a rater
 *   id or a timestamp, can end up on it. Its id must be random: not a ULID, whose first characters
 *   are the time it was made.
 * - `raterMarker` records only that a rater has answered the round, so nobody answers twice; it
 *   holds no answer id.
 * - `summariseFeedback` is the only way out: averages per BerAKHLAK value per rater group, and a
 *   group is shown only when at least `minRaters` (tenant setting, default 3, never below 3) have
 *   answered. With 2, each of the two would read the other's answers off the average. The overall
 *   average counts shown groups only, or a hidden group could be worked out by subtraction.
 *   Comments appear only in a shown group, shuffled.
 * - The self-assessment is the assessee's own, so no minimum applies to it; it is kept out of the
 *   overall average.
 * Left to the service: answers must be read back only through the summary, and nothing may order
 * them by time (no time-ordered sort key; no timestamp finer than the round's day).
 */
export const RATER_RELATIONS = ['superior', 'peer', 'subordinate', 'self'] as const;
export type RaterRelation = (typeof RATER_RELATIONS)[number];

export const DEFAULT_MIN_RATERS = 3;
/** The lowest minimum a tenant may set (see above). */
export const MIN_RATERS_FLOOR = 3;
export const FEEDBACK_SCORE_MIN = 1;
export const FEEDBACK_SCORE_MAX = 5;

export type FeedbackScores = Record<BerakhlakValue, number>;

export interface FeedbackSubject {
  kind: 'employee' | 'unit';
  id: string;
}

export interface FeedbackRater {
  employeeId: string;
  relation: RaterRelation;
}

/** The org structure around the subject, from which raters are chosen. */
export interface FeedbackStructure {
  /** The employee's direct superior, or the unit's head's superior; null when none. */
  superiorId: string | null;
  peerIds: readonly string[];
  subordinateIds: readonly string[];
  /** For a unit round, its head (the one rated as "self"). */
  unitHeadId?: string | null;
}

/** Raters of a round, checked against the structure: each rater's relation must be true of them. */
export function feedbackRaterIssues(
  subject: FeedbackSubject,
  raters: readonly FeedbackRater[],
  structure: FeedbackStructure,
): FieldError[] {
  const errors: FieldError[] = [];
  const selfId = subject.kind === 'employee' ? subject.id : (structure.unitHeadId ?? null);
  const peers = new Set(structure.peerIds);
  const subs = new Set(structure.subordinateIds);
  const seen = new Set<string>();
  raters.forEach((r, i) => {
    const at = `raters.${i}`;
    if (seen.has(r.employeeId)) errors.push({ path: `${at}.employeeId`, message: 'is listed twice' });
    seen.add(r.employeeId);
    const holds =
      r.relation === 'self'
        ? r.employeeId === selfId
        : r.employeeId !== selfId &&
          (r.relation === 'superior'
            ? r.employeeId === structure.superiorId
            : r.relation === 'peer'
              ? peers.has(r.employeeId)
              : subs.has(r.employeeId));
    if (!holds)
      errors.push({ path: `${at}.relation`, message: `is not this employee's relation (${r.relation})` });
  });
  if (!raters.some((r) => r.relation !== 'self'))
    errors.push({ path: 'raters', message: 'needs at least one rater besides the assessee' });
  return errors;
}

export function assertFeedbackRaters(...args: Parameters<typeof feedbackRaterIssues>): void {
  const errors = feedbackRaterIssues(...args);
  if (errors.length > 0) throw validationError(errors);
}

export function feedbackScoreIssues(scores: Partial<Record<string, unknown>>, path = 'scores'): FieldError[] {
  const errors: FieldError[] = [];
  for (const v of BERAKHLAK_VALUES) {
    const s = scores[v];
    if (typeof s !== 'number' || !Number.isInteger(s) || s < FEEDBACK_SCORE_MIN || s > FEEDBACK_SCORE_MAX)
      errors.push({
        path: `${path}.${v}`,
        message: `must be a whole score from ${FEEDBACK_SCORE_MIN} to ${FEEDBACK_SCORE_MAX}`,
      });
  }
  for (const key of Object.keys(scores))
    if (!(BERAKHLAK_VALUES as readonly string[]).includes(key))
      errors.push({ path: `${path}.${key}`, message: 'is not a BerAKHLAK value' });
  return errors;
}

export interface RoundForAnswer {
  status: 'open' | 'closed';
  raters: readonly FeedbackRater[];
}

/**
 * Whether this rater may answer now: their relation in the round, or 403 (not a rater), 409 (the
 * round is closed, or their marker says they have answered).
 */
export function raterRelationFor(round: RoundForAnswer, raterId: string | undefined, answered: boolean) {
  const rater = raterId ? round.raters.find((r) => r.employeeId === raterId) : undefined;
  if (!rater) throw forbidden('You are not a rater of this feedback round.');
  if (round.status !== 'open') throw conflict('The feedback round is closed.');
  if (answered) throw conflict('You have already answered this feedback round.');
  return rater.relation;
}

/** The stored answer: no rater id, no time. Built field by field, so nothing else slips in. */
export interface AnonymousAnswer {
  roundId: string;
  /** Random, not time-ordered. */
  answerId: string;
  relation: RaterRelation;
  scores: FeedbackScores;
  comment: string | null;
}

export function anonymousAnswer(input: {
  roundId: string;
  answerId: string;
  relation: RaterRelation;
  scores: FeedbackScores;
  comment?: string | null;
}): AnonymousAnswer {
  const errors = feedbackScoreIssues(input.scores);
  if (errors.length > 0) throw validationError(errors);
  const scores = {} as FeedbackScores;
  for (const v of BERAKHLAK_VALUES) scores[v] = input.scores[v];
  return {
    roundId: input.roundId,
    answerId: input.answerId,
    relation: input.relation,
    scores,
    comment: input.comment?.trim() || null,
  };
}

/** The "has answered" marker: the rater and the round, nothing about the answer. */
export const raterMarker = (roundId: string, raterId: string) => ({ roundId, raterId });

export type FeedbackAverages = Record<BerakhlakValue, number>;

export type FeedbackGroupSummary =
  | {
      relation: RaterRelation;
      status: 'shown';
      raters: number;
      averages: FeedbackAverages;
      /** Mean of the seven averages' underlying scores. */
      overall: number;
      comments: string[];
    }
  /** Below the minimum: no count, no averages, no comments. */
  | { relation: RaterRelation; status: 'not-enough-raters' };

export interface FeedbackSummary {
  minRaters: number;
  groups: FeedbackGroupSummary[];
  /** Over the shown groups other than self; null when none is shown. */
  overall: { raters: number; averages: FeedbackAverages; overall: number } | null;
}

/** round(sum / count, 2 decimals), half up, in integers. */
const mean2 = (sum: number, count: number) => Math.floor((200 * sum + count) / (2 * count)) / 100;

function aggregate(answers: readonly AnonymousAnswer[]) {
  const averages = {} as FeedbackAverages;
  let all = 0;
  for (const v of BERAKHLAK_VALUES) {
    const sum = answers.reduce((s, a) => s + a.scores[v], 0);
    all += sum;
    averages[v] = mean2(sum, answers.length);
  }
  return { raters: answers.length, averages, overall: mean2(all, answers.length * BERAKHLAK_VALUES.length) };
}

function shuffled<T>(list: readonly T[], random: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The summary of a round's answers (see the module note). `random` shuffles the comments: pass a
 * real random source in the service; tests pass a seeded one. Groups come in RATER_RELATIONS order
 * and only for relations the round has raters in (`relations`), so an empty group says "not enough
 * raters" rather than vanishing.
 */
export function summariseFeedback(
  answers: readonly AnonymousAnswer[],
  options: { minRaters?: number; relations?: readonly RaterRelation[]; random: () => number },
): FeedbackSummary {
  const minRaters = options.minRaters ?? DEFAULT_MIN_RATERS;
  if (!Number.isInteger(minRaters) || minRaters < MIN_RATERS_FLOOR)
    throw new RangeError(`the minimum number of raters is at least ${MIN_RATERS_FLOOR}`);
  const present = new Set<RaterRelation>([...(options.relations ?? []), ...answers.map((a) => a.relation)]);
  const groups: FeedbackGroupSummary[] = [];
  const shownAnswers: AnonymousAnswer[] = [];
  for (const relation of RATER_RELATIONS) {
    if (!present.has(relation)) continue;
    const mine = answers.filter((a) => a.relation === relation);
    const enough = relation === 'self' ? mine.length > 0 : mine.length >= minRaters;
    if (!enough) {
      groups.push({ relation, status: 'not-enough-raters' });
      continue;
    }
    if (relation !== 'self') shownAnswers.push(...mine);
    const comments = mine.map((a) => a.comment).filter((c): c is string => !!c);
    groups.push({
      relation,
      status: 'shown',
      ...aggregate(mine),
      comments: shuffled(comments, options.random),
    });
  }
  return { minRaters, groups, overall: shownAnswers.length > 0 ? aggregate(shownAnswers) : null };
}
