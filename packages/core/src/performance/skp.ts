import { conflict, type FieldError, validationError } from '../errors';
import { type PerformancePeriod, samePeriod } from './period';

/**
 * The SKP plan (Sasaran Kinerja Pegawai, PermenPANRB 6/2022; ASN-RULES §4): hasil-kerja items with
 * indicators and targets, each optionally supporting ("intervensi") an item of the appraiser's own
 * SKP, the leader's expectation per item, and the leader's expectations on the seven BerAKHLAK
 * values, the dimension perilaku kerja is rated on.
 */
export const BERAKHLAK_VALUES = [
  'BERORIENTASI_PELAYANAN',
  'AKUNTABEL',
  'KOMPETEN',
  'HARMONIS',
  'LOYAL',
  'ADAPTIF',
  'KOLABORATIF',
] as const;
export type BerakhlakValue = (typeof BERAKHLAK_VALUES)[number];

export const BERAKHLAK_LABELS: Readonly<Record<BerakhlakValue, string>> = {
  BERORIENTASI_PELAYANAN: 'Berorientasi Pelayanan',
  AKUNTABEL: 'Akuntabel',
  KOMPETEN: 'Kompeten',
  HARMONIS: 'Harmonis',
  LOYAL: 'Loyal',
  ADAPTIF: 'Adaptif',
  KOLABORATIF: 'Kolaboratif',
};

/** Target aspects of an indicator: kuantitas, kualitas, waktu. */
export const TARGET_KINDS = ['quantity', 'quality', 'time'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** Most items one SKP holds; a cascade that would pass it is refused for that subordinate. */
export const MAX_SKP_ITEMS = 60;
export const MAX_INDICATORS_PER_ITEM = 10;

export interface SkpTarget {
  kind: TargetKind;
  value: number;
  unit: string;
}

export interface SkpIndicator {
  text: string;
  target: SkpTarget;
}

/** Where an item came from: typed, cascaded from the appraiser's item, or the automatic IKM item. */
export type SkpItemSource = 'manual' | 'cascade' | 'ikm';

export interface SkpItem {
  id: string;
  text: string;
  indicators: SkpIndicator[];
  /** The appraiser's item this one supports (intervensi); null/absent for none. */
  parentItemId?: string | null;
  /** The leader's expectation of this item (ekspektasi pimpinan). */
  expectation?: string | null;
  source?: SkpItemSource;
}

export type BehaviourExpectations = Partial<Record<BerakhlakValue, string>>;

export interface SkpPlan {
  employeeId: string;
  period: PerformancePeriod;
  /** The direct superior, who approves and assesses (pejabat penilai kinerja). */
  appraiserId: string;
  items: SkpItem[];
  behaviourExpectations: BehaviourExpectations;
}

/** What the rules need of the appraiser's own SKP for the same period. */
export interface AppraiserSkpRef {
  employeeId: string;
  status: string;
  period: PerformancePeriod;
  itemIds: readonly string[];
}

/**
 * Target values: a quantity and a time are above 0; a quality is a percentage, above 0 and at most
 * 100. The regulation names the three aspects but no ranges; these are the ranges the SKP form's
 * examples use (e.g. "100%", "12 bulan").
 */
export function targetIssues(target: SkpTarget, path: string): FieldError[] {
  if (!Number.isFinite(target.value)) return [{ path: `${path}.value`, message: 'must be a number' }];
  if (target.value <= 0) return [{ path: `${path}.value`, message: 'must be above 0' }];
  if (target.kind === 'quality' && target.value > 100)
    return [{ path: `${path}.value`, message: 'is a percentage: at most 100' }];
  return [];
}

/**
 * Every problem of a plan against its appraiser's SKP, with field paths:
 * - item ids unique; each item with 1-10 indicators and sensible targets; at most MAX_SKP_ITEMS;
 * - a parentItemId must be an item of the appraiser's own SKP (the plan's appraiserId), for the
 *   same period, and that SKP must be approved: a subordinate cannot support a plan still changing;
 * - `forSubmission`: at least one item. Behaviour expectations stay optional: the form's
 *   "ekspektasi khusus pimpinan" may be left blank, the seven values are rated regardless.
 */
export function skpPlanIssues(
  plan: SkpPlan,
  context: { appraiserSkp: AppraiserSkpRef | null; forSubmission?: boolean },
): FieldError[] {
  const errors: FieldError[] = [];
  if (plan.appraiserId === plan.employeeId)
    errors.push({ path: 'appraiserId', message: 'cannot be the employee themself' });
  if (plan.items.length > MAX_SKP_ITEMS)
    errors.push({ path: 'items', message: `holds at most ${MAX_SKP_ITEMS} items` });
  if (context.forSubmission && plan.items.length === 0)
    errors.push({ path: 'items', message: 'needs at least one hasil kerja item to submit' });
  const seen = new Set<string>();
  const parent = context.appraiserSkp;
  const parentProblem = !parent
    ? 'the appraiser has no SKP for this period'
    : parent.employeeId !== plan.appraiserId
      ? "is not on the appraiser's own SKP"
      : !samePeriod(parent.period, plan.period)
        ? "the appraiser's SKP is for another period"
        : parent.status !== 'approved'
          ? "the appraiser's SKP is not approved yet"
          : null;
  const parentItems = new Set(parent?.itemIds ?? []);
  plan.items.forEach((item, i) => {
    const at = `items.${i}`;
    if (seen.has(item.id)) errors.push({ path: `${at}.id`, message: 'is used twice' });
    seen.add(item.id);
    if (item.text.trim() === '') errors.push({ path: `${at}.text`, message: 'is empty' });
    if (item.indicators.length === 0)
      errors.push({ path: `${at}.indicators`, message: 'needs at least one indicator' });
    if (item.indicators.length > MAX_INDICATORS_PER_ITEM)
      errors.push({
        path: `${at}.indicators`,
        message: `holds at most ${MAX_INDICATORS_PER_ITEM} indicators`,
      });
    item.indicators.forEach((ind, j) => {
      if (ind.text.trim() === '') errors.push({ path: `${at}.indicators.${j}.text`, message: 'is empty' });
      errors.push(...targetIssues(ind.target, `${at}.indicators.${j}.target`));
    });
    if (item.parentItemId) {
      if (parentProblem) errors.push({ path: `${at}.parentItemId`, message: parentProblem });
      else if (!parentItems.has(item.parentItemId))
        errors.push({ path: `${at}.parentItemId`, message: "is not an item of the appraiser's SKP" });
    }
  });
  return errors;
}

/** `skpPlanIssues`, throwing the 400 when there are any. */
export function assertSkpPlan(plan: SkpPlan, context: Parameters<typeof skpPlanIssues>[1]): void {
  const errors = skpPlanIssues(plan, context);
  if (errors.length > 0) throw validationError(errors);
}

// ---- cascade ----

export interface CascadeSkp {
  id: string;
  employeeId: string;
  status: string;
  period: PerformancePeriod;
  appraiserId: string;
  items: readonly SkpItem[];
}

export interface CascadeInput {
  /** The superior's own SKP: the items are taken from it. */
  superiorSkp: CascadeSkp;
  /** Which of its items to send; absent: all of them. */
  itemIds?: readonly string[];
  /**
   * The subordinates to send them to, each with their SKP for the same period, or null when they
   * have none yet (the service creates it, as a draft, with the new items).
   */
  subordinates: readonly { employeeId: string; skp: CascadeSkp | null }[];
  /** A fresh item id (the service passes its id generator; the rule stays pure). */
  newItemId: () => string;
}

export type CascadeRefusal = 'plan-not-editable' | 'not-subordinate' | 'other-period' | 'too-many-items';

export interface CascadeTarget {
  employeeId: string;
  /** The SKP to add to; null: create a draft SKP for the period with these items. */
  skpId: string | null;
  newItems: SkpItem[];
  /** Superior item ids this subordinate already has a cascaded item for (left alone). */
  alreadyCascaded: string[];
}

export interface CascadeResult {
  targets: CascadeTarget[];
  refused: { employeeId: string; reason: CascadeRefusal }[];
  /** Items created in all. */
  created: number;
}

/**
 * Cascades a superior's items to subordinates in one step (30 items to 70 staff is one call):
 * one new item per chosen item per subordinate, with `parentItemId` the superior's item, the
 * superior's text and indicators as the starting draft, and `source: 'cascade'`.
 *
 * - The superior's SKP must be approved (a parent must be an item of an approved SKP): else 409.
 * - Idempotent: a subordinate whose SKP already holds an item with that parent (cascaded or typed)
 *   gets no second one; the id is reported in `alreadyCascaded`. Running it twice creates nothing
 *   the second time.
 * - A subordinate is refused, not failed, when their SKP is not a draft (a submitted or approved
 *   plan changes only through a return or a revision), when the superior is not its appraiser, when
 *   it is for another period, or when the new items would pass MAX_SKP_ITEMS. The others proceed.
 * - Unknown item ids and duplicate subordinates are a 400.
 */
export function cascadeSkpItems(input: CascadeInput): CascadeResult {
  const { superiorSkp } = input;
  if (superiorSkp.status !== 'approved')
    throw conflict('Only items of an approved SKP can be cascaded. Approve the superior SKP first.');
  const errors: FieldError[] = [];
  const byId = new Map(superiorSkp.items.map((it) => [it.id, it]));
  const chosen = input.itemIds ?? superiorSkp.items.map((it) => it.id);
  const seenItems = new Set<string>();
  chosen.forEach((id, i) => {
    if (!byId.has(id)) errors.push({ path: `itemIds.${i}`, message: "is not an item of the superior's SKP" });
    else if (seenItems.has(id)) errors.push({ path: `itemIds.${i}`, message: 'is listed twice' });
    seenItems.add(id);
  });
  if (chosen.length === 0) errors.push({ path: 'itemIds', message: 'names no item' });
  const seenSubs = new Set<string>();
  input.subordinates.forEach((s, i) => {
    if (seenSubs.has(s.employeeId))
      errors.push({ path: `subordinates.${i}.employeeId`, message: 'is listed twice' });
    if (s.employeeId === superiorSkp.employeeId)
      errors.push({ path: `subordinates.${i}.employeeId`, message: 'is the superior themself' });
    seenSubs.add(s.employeeId);
  });
  if (input.subordinates.length === 0) errors.push({ path: 'subordinates', message: 'names nobody' });
  if (errors.length > 0) throw validationError(errors);

  const items = [...seenItems].map((id) => byId.get(id)!);
  const result: CascadeResult = { targets: [], refused: [], created: 0 };
  for (const sub of input.subordinates) {
    const skp = sub.skp;
    const refuse = (reason: CascadeRefusal) => result.refused.push({ employeeId: sub.employeeId, reason });
    if (skp) {
      if (skp.employeeId !== sub.employeeId || skp.appraiserId !== superiorSkp.employeeId) {
        refuse('not-subordinate');
        continue;
      }
      if (!samePeriod(skp.period, superiorSkp.period)) {
        refuse('other-period');
        continue;
      }
      if (skp.status !== 'draft') {
        refuse('plan-not-editable');
        continue;
      }
    }
    const existingParents = new Set((skp?.items ?? []).map((it) => it.parentItemId).filter(Boolean));
    const alreadyCascaded = items.filter((it) => existingParents.has(it.id)).map((it) => it.id);
    const fresh = items.filter((it) => !existingParents.has(it.id));
    if ((skp?.items.length ?? 0) + fresh.length > MAX_SKP_ITEMS) {
      refuse('too-many-items');
      continue;
    }
    const newItems = fresh.map<SkpItem>((it) => ({
      id: input.newItemId(),
      text: it.text,
      indicators: it.indicators.map((ind) => ({ text: ind.text, target: { ...ind.target } })),
      parentItemId: it.id,
      expectation: null,
      source: 'cascade',
    }));
    result.created += newItems.length;
    result.targets.push({ employeeId: sub.employeeId, skpId: skp?.id ?? null, newItems, alreadyCascaded });
  }
  return result;
}
