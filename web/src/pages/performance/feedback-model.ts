/**
 * The pure rules behind the 360 pages (issue 14 §3, §6): the rater's forms and their state, the
 * answer as the form builds it, the raters of a new round (suggested from the appraiser's team,
 * checked before sending, the API's refusals placed at each rater), and the summary as chart data
 * and as words per group. No Preact and no @pamong/core: the home page's tile and the tests use it.
 */
import { BERAKHLAK_CODES, type BerakhlakCode } from './assessment-model';
import type {
  FeedbackForm,
  FeedbackRound,
  FeedbackScores,
  FeedbackSummary,
  OpenFeedbackRoundBody,
  RaterRelation,
} from './feedback-api';

/** Rater groups, in the order the API gives them. */
export const RELATION_CODES = [
  'superior',
  'peer',
  'subordinate',
  'self',
] as const satisfies readonly RaterRelation[];

export const SCORE_VALUES = [1, 2, 3, 4, 5] as const;

// ---- the rater's forms ----

export type FormState = 'todo' | 'done' | 'closed';

/** Answered is done whatever the date; an unanswered form of a closed round can no longer be. */
export const formState = (f: Pick<FeedbackForm, 'answered' | 'status'>): FormState =>
  f.answered ? 'done' : f.status === 'closed' ? 'closed' : 'todo';

/** Forms still to fill, the soonest closing first; then the done and the closed ones. */
export function sortForms<F extends Pick<FeedbackForm, 'answered' | 'status' | 'closesOn'>>(
  forms: readonly F[],
): F[] {
  const order: Record<FormState, number> = { todo: 0, done: 1, closed: 2 };
  return [...forms].sort(
    (a, b) => order[formState(a)] - order[formState(b)] || a.closesOn.localeCompare(b.closesOn),
  );
}

/**
 * The forms to fill (the home tile), of how many the caller has at all; `atLeast` when the page
 * read was not the last, so the count is a floor.
 */
export function formsToFill(page: { items: readonly FeedbackForm[]; nextCursor: string | null }) {
  return {
    count: page.items.filter((f) => formState(f) === 'todo').length,
    total: page.items.length,
    atLeast: page.nextCursor !== null,
  };
}

// ---- the answer ----

export type ScoreDraft = Partial<Record<BerakhlakCode, number>>;

/** The values not scored yet, in the form's order. */
export const unscored = (draft: ScoreDraft): BerakhlakCode[] =>
  BERAKHLAK_CODES.filter((v) => {
    const s = draft[v];
    return !(typeof s === 'number' && Number.isInteger(s) && s >= 1 && s <= 5);
  });

/** The body of `submitFeedback`, or null while a value is unscored. An empty comment is left out. */
export function answerBody(
  draft: ScoreDraft,
  comment: string,
): { scores: FeedbackScores; comment?: string } | null {
  if (unscored(draft).length > 0) return null;
  const scores = Object.fromEntries(BERAKHLAK_CODES.map((v) => [v, draft[v]!])) as FeedbackScores;
  const text = comment.trim();
  return text ? { scores, comment: text } : { scores };
}

// ---- a new round ----

export interface RaterDraft {
  employeeId: string;
  name: string;
  /** Where they work, for the reader (never sent). */
  unitName?: string | null;
  relation: RaterRelation | '';
}

/** Adds a rater once (a second add of the same person changes nothing). */
export function addRater(list: readonly RaterDraft[], rater: RaterDraft): RaterDraft[] {
  return list.some((r) => r.employeeId === rater.employeeId) ? [...list] : [...list, rater];
}

export interface TeamMember {
  employeeId: string;
  name: string;
  unitId: string;
  unitName: string | null;
}

/**
 * The raters an appraiser's round for one of their team starts with, each placed as the org
 * structure places them: the appraiser as superior (they are the direct superior), the assessee
 * themself (self), and the team members of the assessee's own unit as peers (they report to the
 * same superior, so they are neither the assessee's superior nor subordinates). Others, such as
 * the assessee's own subordinates, are added by name.
 */
export function suggestedRaters(
  subject: TeamMember,
  team: readonly TeamMember[],
  me: { employeeId: string; name: string; unitName?: string | null },
): RaterDraft[] {
  let list: RaterDraft[] = [
    { employeeId: me.employeeId, name: me.name, unitName: me.unitName, relation: 'superior' },
  ];
  for (const m of [...team].sort((a, b) => a.name.localeCompare(b.name, 'id')))
    if (m.employeeId !== subject.employeeId && m.employeeId !== me.employeeId && m.unitId === subject.unitId)
      list = addRater(list, {
        employeeId: m.employeeId,
        name: m.name,
        unitName: m.unitName,
        relation: 'peer',
      });
  return addRater(list, {
    employeeId: subject.employeeId,
    name: subject.name,
    unitName: subject.unitName,
    relation: 'self',
  });
}

export interface RoundDraft {
  subject: { kind: 'employee' | 'unit'; id: string } | null;
  period: { start: string; end: string } | null;
  closesOn: string;
  raters: readonly RaterDraft[];
}

export type RoundProblem =
  | 'subject'
  | 'period'
  | 'closesOn'
  | 'closesPast'
  | 'raters'
  | 'relation'
  | 'onlySelf';

/**
 * What is missing before a round can be sent, by field path (the API's own paths, so its answer
 * lands in the same places): `raters.<i>.relation` for a rater without a relation.
 */
export function checkRound(draft: RoundDraft, today: string): Record<string, RoundProblem> {
  const out: Record<string, RoundProblem> = {};
  if (!draft.subject) out['subject.id'] = 'subject';
  if (!draft.period) out.period = 'period';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.closesOn)) out.closesOn = 'closesOn';
  else if (draft.closesOn < today) out.closesOn = 'closesPast';
  if (draft.raters.length === 0) out.raters = 'raters';
  else if (draft.raters.every((r) => r.relation === 'self')) out.raters = 'onlySelf';
  draft.raters.forEach((r, i) => {
    if (!r.relation) out[`raters.${i}.relation`] = 'relation';
  });
  return out;
}

export function roundBody(draft: RoundDraft): OpenFeedbackRoundBody | null {
  if (!draft.subject || !draft.period || draft.raters.some((r) => !r.relation)) return null;
  return {
    subject: draft.subject,
    period: draft.period,
    closesOn: draft.closesOn,
    raters: draft.raters.map((r) => ({ employeeId: r.employeeId, relation: r.relation as RaterRelation })),
  };
}

/** The API's field errors about raters, by the rater's place in the list ("raters.2.relation" → 2). */
export function raterErrors(errors: readonly { path: string; message: string }[]) {
  const out = new Map<number, { field: 'relation' | 'employeeId'; message: string }[]>();
  for (const e of errors) {
    const m = /^raters\.(\d+)\.(relation|employeeId)$/.exec(e.path);
    if (!m) continue;
    const i = Number(m[1]);
    out.set(i, [...(out.get(i) ?? []), { field: m[2] as 'relation' | 'employeeId', message: e.message }]);
  }
  return out;
}

/** A round's progress: answers received of raters asked, over all groups. */
export function roundProgress(round: Pick<FeedbackRound, 'groups'>) {
  return round.groups.reduce(
    (acc, g) => ({ answered: acc.answered + g.answered, raters: acc.raters + g.raters }),
    { answered: 0, raters: 0 },
  );
}

// ---- the summary ----

export interface SummaryWords {
  relation: (r: RaterRelation) => string;
  value: (v: BerakhlakCode) => string;
  overall: string;
}

export interface SummaryChart {
  /** The seven values' names. */
  labels: string[];
  /** One series per shown group (then the overall, when more than one group is shown). */
  series: { key: RaterRelation | 'overall'; label: string; values: number[] }[];
}

/**
 * The summary as grouped bars: a series per group shown (the self-assessment included, named as
 * such); groups below the minimum give no series, since they have no numbers. The overall average
 * (shown groups other than self) is added when it differs from a single group's.
 */
export function summaryChart(
  summary: Pick<FeedbackSummary, 'groups' | 'overall'>,
  w: SummaryWords,
): SummaryChart {
  const shown = summary.groups.flatMap((g) => (g.status === 'shown' ? [g] : []));
  const series: SummaryChart['series'] = shown.map((g) => ({
    key: g.relation,
    label: w.relation(g.relation),
    values: BERAKHLAK_CODES.map((v) => g.averages[v]),
  }));
  const others = shown.filter((g) => g.relation !== 'self');
  if (summary.overall && others.length > 1)
    series.push({
      key: 'overall',
      label: w.overall,
      values: BERAKHLAK_CODES.map((v) => summary.overall!.averages[v]),
    });
  return { labels: BERAKHLAK_CODES.map(w.value), series };
}

/** Whether any group has numbers to show. */
export const hasNumbers = (summary: Pick<FeedbackSummary, 'groups'>) =>
  summary.groups.some((g) => g.status === 'shown');
