/**
 * The SKP pages' pure rules (issue 14 §1): periods named as people say them, the plan as it is
 * edited and the body sent for it, the API's broken rules and refusals in the reader's words, the
 * cascade tree, the realisation and the settings forms. No DOM, no hooks: tests/web reads them.
 */
import { type FileUpload, type UploadLimits, uploadedFiles } from '../../lib/uploads';
import type {
  CascadeSkpBody,
  PerformanceSettings,
  RecordRealisationBody,
  SkpEvidence,
  SkpItem,
  SkpWithItems,
  UpdatePerformanceSettingsBody,
  UpdateSkpPlanBody,
} from './skp-api';
import {
  annualPeriod,
  assessmentPeriods,
  BERAKHLAK_VALUES,
  type BerakhlakValue,
  type Cadence,
  MAX_INDICATORS_PER_ITEM,
  MAX_SKP_EVIDENCE,
  MAX_SKP_EVIDENCE_BYTES,
  MAX_SKP_ITEMS,
  MIN_RATERS_FLOOR,
  matrixMonotonicityIssues,
  type OrgPredikat,
  type PerformancePeriod,
  type Predikat,
  performanceYearOf,
  RATINGS,
  type Rating,
  type SkpStatus,
  type TargetKind,
} from './skp-core';

// ---- years and periods ----

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Months since year 0 of a `YYYY-MM`, or null. */
export function monthIndex(month: string): number | null {
  const m = MONTH.exec(month);
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : null;
}

/** The performance year (as the API names it) that holds a day or a month. */
export const performanceYearAt = (date: string, yearStartMonth: number): number =>
  performanceYearOf(date.slice(0, 7), { yearStartMonth, cadence: 'quarterly' });

/** The annual period of a year under the tenant's start month. */
export const yearPeriod = (year: number, yearStartMonth: number): PerformancePeriod =>
  annualPeriod(year, { yearStartMonth, cadence: 'quarterly' });

/** The assessment periods of a year (a quarter by default), in order. */
export const assessmentPeriodsOf = (
  year: number,
  settings: { yearStartMonth: number; cadence: Cadence },
): PerformancePeriod[] => assessmentPeriods(year, settings);

/** A year asked for in the URL (`?year=2025`), kept within 2000 and the year after this one. */
export function yearFromQuery(asked: string | undefined, thisYear: number): number {
  const n = Number(asked);
  return asked && Number.isInteger(n) && n >= 2000 && n <= thisYear + 1 ? n : thisYear;
}

/** What a period is, so it can be said in words: a year, a quarter, a month… */
export type PeriodName =
  | { kind: 'year'; year: number; start: string; end: string }
  | { kind: 'month'; month: string }
  | { kind: 'quarter' | 'semester'; n: number; start: string; end: string }
  | { kind: 'range'; start: string; end: string };

export function periodName(p: PerformancePeriod, yearStartMonth: number): PeriodName {
  const s = monthIndex(p.start);
  const e = monthIndex(p.end);
  if (s === null || e === null) return { kind: 'range', start: p.start, end: p.end };
  const length = e - s + 1;
  const year = performanceYearAt(p.start, yearStartMonth);
  const offset = s - (monthIndex(yearPeriod(year, yearStartMonth).start) ?? s);
  if (length === 12 && offset === 0) return { kind: 'year', year, start: p.start, end: p.end };
  if (length === 1) return { kind: 'month', month: p.start };
  if (length === 3 && offset % 3 === 0)
    return { kind: 'quarter', n: offset / 3 + 1, start: p.start, end: p.end };
  if (length === 6 && offset % 6 === 0)
    return { kind: 'semester', n: offset / 6 + 1, start: p.start, end: p.end };
  return { kind: 'range', start: p.start, end: p.end };
}

/**
 * The assessment period to offer first: the one holding this month; before the year, its first;
 * after it, its last.
 */
export function currentPeriod(
  periods: readonly PerformancePeriod[],
  today: string,
): PerformancePeriod | null {
  const now = monthIndex(today.slice(0, 7));
  if (periods.length === 0 || now === null) return null;
  const holding = periods.find((p) => (monthIndex(p.start) ?? 0) <= now && now <= (monthIndex(p.end) ?? 0));
  if (holding) return holding;
  return now < (monthIndex(periods[0]!.start) ?? 0) ? periods[0]! : periods[periods.length - 1]!;
}

export const periodKey = (p: PerformancePeriod) => `${p.start}/${p.end}`;

export function periodFromKey(key: string): PerformancePeriod | null {
  const [start, end] = key.split('/');
  return start && end && MONTH.test(start) && MONTH.test(end) ? { start, end } : null;
}

// ---- statuses ----

/** The colour of a status badge (the word is always written too). */
export const statusTone = (status: SkpStatus): 'draft' | 'waiting' | 'ok' =>
  status === 'approved' ? 'ok' : status === 'submitted' ? 'waiting' : 'draft';

// ---- the plan as edited ----

export interface IndicatorDraft {
  key: number;
  text: string;
  kind: TargetKind;
  /** As typed: "12", "12,5". */
  value: string;
  unit: string;
}

export interface ItemDraft {
  key: number;
  /** The stored item's id; null for an item added in this form. */
  id: string | null;
  text: string;
  indicators: IndicatorDraft[];
  /** The appraiser's item it supports; '' for none. */
  parentItemId: string;
  expectation: string;
  /** Where it came from: only shown (an IKM item is locked), never sent. */
  source: SkpItem['source'];
}

export interface PlanDraft {
  items: ItemDraft[];
  behaviour: Record<BerakhlakValue, string>;
}

let lastKey = 0;
const nextKey = () => {
  lastKey += 1;
  return lastKey;
};

export const emptyIndicator = (kind: TargetKind = 'quantity'): IndicatorDraft => ({
  key: nextKey(),
  text: '',
  kind,
  value: '',
  unit: '',
});

export const emptyItem = (): ItemDraft => ({
  key: nextKey(),
  id: null,
  text: '',
  indicators: [emptyIndicator()],
  parentItemId: '',
  expectation: '',
  source: 'manual',
});

/** A plan as the form holds it. */
export function planDraftOf(skp: {
  items: readonly SkpItem[];
  behaviourExpectations: Partial<Record<BerakhlakValue, string>>;
}): PlanDraft {
  return {
    items: skp.items.map((it) => ({
      key: nextKey(),
      id: it.id,
      text: it.text,
      indicators: it.indicators.map((ind) => ({
        key: nextKey(),
        text: ind.text,
        kind: ind.target.kind,
        value: String(ind.target.value),
        unit: ind.target.unit,
      })),
      parentItemId: it.parentItemId ?? '',
      expectation: it.expectation ?? '',
      source: it.source,
    })),
    behaviour: Object.fromEntries(
      BERAKHLAK_VALUES.map((v) => [v, skp.behaviourExpectations[v] ?? '']),
    ) as Record<BerakhlakValue, string>,
  };
}

/** A number as typed, with a decimal point or comma ("12,5"); null when it is not one. */
export function parseNumber(typed: string): number | null {
  const s = typed.trim().replace(/\s/g, '');
  if (!/^-?\d+(?:[.,]\d+)?$/.test(s)) return null;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/**
 * The body of updateSkpPlan: each item with its id (a new one without), its text, indicators,
 * parent and expectation, trimmed; never `source`, which the API keeps itself. Blank behaviour
 * expectations are left out.
 */
export function planBody(draft: PlanDraft, version: number): UpdateSkpPlanBody {
  const behaviourExpectations: Partial<Record<BerakhlakValue, string>> = {};
  for (const v of BERAKHLAK_VALUES) {
    const said = draft.behaviour[v]?.trim();
    if (said) behaviourExpectations[v] = said;
  }
  return {
    items: draft.items.map((it) => ({
      ...(it.id ? { id: it.id } : {}),
      text: it.text.trim(),
      indicators: it.indicators.map((ind) => ({
        text: ind.text.trim(),
        target: { kind: ind.kind, value: parseNumber(ind.value) ?? Number.NaN, unit: ind.unit.trim() },
      })),
      parentItemId: it.parentItemId || null,
      expectation: it.expectation.trim() || null,
    })),
    behaviourExpectations,
    version,
  };
}

/** Whether the form holds anything the stored plan does not. */
export function planIsDirty(draft: PlanDraft, saved: Parameters<typeof planDraftOf>[0]): boolean {
  return JSON.stringify(planBody(draft, 0)) !== JSON.stringify(planBody(planDraftOf(saved), 0));
}

/** The words the pure checks and the API's rules are said in. */
export interface SkpRuleWords {
  required: string;
  number: string;
  invalid: string;
  /** Said under a form whose fields are marked. */
  checkFields: string;
  choose: string;
  valueAboveZero: string;
  valueMin0: string;
  qualityMax: string;
  needsIndicator: string;
  needsItem: string;
  tooManyItems: (max: number) => string;
  tooManyIndicators: (max: number) => string;
  parentNoSkp: string;
  parentNotApproved: string;
  parentOtherPeriod: string;
  parentUnknown: string;
  ikmLocked: string;
  ikmStays: string;
  https: string;
  periodOutside: string;
  periodNotAssessment: string;
  annualOnly: string;
  /** Documents cannot be stored in this deployment. */
  documents: string;
  /** A named document: never uploaded for this SKP, empty, too big, not a PDF/JPG/PNG by its bytes, named twice. */
  documentNotUploaded: string;
  documentEmpty: string;
  documentTooLarge: (maxMb: number) => string;
  documentType: string;
  documentTwice: string;
  /** Anything else the API says of a named document. */
  documentInvalid: string;
  tooMuchEvidence: (max: number) => string;
  matrixOrder: string;
  notSubordinate: string;
  tooLong: (max: number) => string;
  atLeast: (min: number) => string;
  atMost: (max: number) => string;
  between: (min: number, max: number) => string;
  wholeNumber: string;
}

/**
 * What is wrong with the plan before it is sent, at the API's own field paths. `forSubmission`:
 * it needs at least one item.
 */
export function checkPlanDraft(
  draft: PlanDraft,
  w: SkpRuleWords,
  forSubmission = false,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (forSubmission && draft.items.length === 0) errors.items = w.needsItem;
  if (draft.items.length > MAX_SKP_ITEMS) errors.items = w.tooManyItems(MAX_SKP_ITEMS);
  draft.items.forEach((it, i) => {
    const at = `items.${i}`;
    if (!it.text.trim()) errors[`${at}.text`] = w.required;
    if (it.indicators.length === 0) errors[`${at}.indicators`] = w.needsIndicator;
    if (it.indicators.length > MAX_INDICATORS_PER_ITEM)
      errors[`${at}.indicators`] = w.tooManyIndicators(MAX_INDICATORS_PER_ITEM);
    it.indicators.forEach((ind, j) => {
      const ip = `${at}.indicators.${j}`;
      if (!ind.text.trim()) errors[`${ip}.text`] = w.required;
      if (!ind.unit.trim()) errors[`${ip}.target.unit`] = w.required;
      const value = parseNumber(ind.value);
      if (ind.value.trim() === '') errors[`${ip}.target.value`] = w.required;
      else if (value === null) errors[`${ip}.target.value`] = w.number;
      else if (value <= 0) errors[`${ip}.target.value`] = w.valueAboveZero;
      else if (ind.kind === 'quality' && value > 100) errors[`${ip}.target.value`] = w.qualityMax;
    });
  });
  return errors;
}

// ---- the API's broken rules in words ----

const DOCUMENT_PATH = /^evidence\.\d+\.documentId$/;

/** One field error of the API (English) in the reader's words; `path`, where it was said, if known. */
export function skpRuleMessage(message: string, w: SkpRuleWords, path = ''): string {
  const m = message;
  if (/was not uploaded for this SKP/.test(m)) return w.documentNotUploaded;
  if (/the uploaded file is empty/.test(m)) return w.documentEmpty;
  const large = /the uploaded file has \d+ bytes, more than the (\d+) allowed/.exec(m);
  if (large) return w.documentTooLarge(Math.round((Number(large[1]) / (1024 * 1024)) * 10) / 10);
  if (/the uploaded file is not an? /.test(m)) return w.documentType;
  if (/names the same document twice/.test(m)) return w.documentTwice;
  if (/documents cannot be stored in this deployment/.test(m)) return w.documents;
  if (path === 'evidence') {
    const evidence = /expected array to have <=(\d+) items/.exec(m);
    if (evidence) return w.tooMuchEvidence(Number(evidence[1]));
  }
  if (/must be above 0/.test(m)) return w.valueAboveZero;
  if (/is a percentage: at most 100/.test(m)) return w.qualityMax;
  if (/needs at least one indicator/.test(m)) return w.needsIndicator;
  if (/needs at least one hasil kerja item/.test(m)) return w.needsItem;
  const items = /holds at most (\d+) items/.exec(m);
  if (items) return w.tooManyItems(Number(items[1]));
  const indicators = /holds at most (\d+) indicators/.exec(m);
  if (indicators) return w.tooManyIndicators(Number(indicators[1]));
  if (/the appraiser has no SKP for this period/.test(m)) return w.parentNoSkp;
  if (/appraiser's SKP is not approved yet/.test(m)) return w.parentNotApproved;
  if (/appraiser's SKP is for another period/.test(m)) return w.parentOtherPeriod;
  if (/is not an item of the appraiser's SKP|is not on the appraiser's own SKP/.test(m))
    return w.parentUnknown;
  if (/automatic IKM item: it cannot be changed/.test(m)) return w.ikmLocked;
  if (/automatic IKM item stays/.test(m)) return w.ikmStays;
  if (/is outside the SKP's period/.test(m)) return w.periodOutside;
  if (/assessment period of the year/.test(m)) return w.periodNotAssessment;
  if (/must be the annual period/.test(m)) return w.annualOnly;
  if (/attaching documents is not available/.test(m)) return w.documents;
  if (/https link|Invalid URL/i.test(m)) return w.https;
  if (/gives a worse predikat than the cell one rating lower/.test(m)) return w.matrixOrder;
  if (/is not a direct subordinate/.test(m)) return w.notSubordinate;
  const tooLong = /expected string to have <=(\d+) characters/.exec(m);
  if (tooLong) return w.tooLong(Number(tooLong[1]));
  if (/expected string to have >=1 characters|received undefined|is required|^Required$/i.test(m))
    return w.required;
  if (/expected int/.test(m)) return w.wholeNumber;
  const min = /expected number to be >=?(-?\d+)/.exec(m);
  if (min) return w.atLeast(Number(min[1]));
  const max = /expected number to be <=?(-?\d+)/.exec(m);
  if (max) return w.atMost(Number(max[1]));
  if (/expected number/.test(m)) return w.number;
  if (/Invalid option|expected one of/i.test(m)) return w.choose;
  return DOCUMENT_PATH.test(path) ? w.documentInvalid : w.invalid;
}

/** The API's field errors in words, by path; two rules broken at one field are said together. */
export function skpFieldErrors(
  errors: readonly { path: string; message: string }[],
  w: SkpRuleWords,
): Record<string, string> {
  const byPath = new Map<string, string[]>();
  for (const e of errors) {
    const said = skpRuleMessage(e.message, w, e.path);
    const list = byPath.get(e.path) ?? [];
    if (!list.includes(said)) list.push(said);
    byPath.set(e.path, list);
  }
  return Object.fromEntries([...byPath].map(([path, list]) => [path, list.join(' ')]));
}

/**
 * Field errors moved to the nearest field the form shows (`items.0.indicators.1.target` to
 * `items.0.indicators.1`, if that is shown); what has no field at all is said apart, in words,
 * never by its path.
 */
export function placeErrors(
  fields: Record<string, string>,
  shown: ReadonlySet<string>,
): { fields: Record<string, string>; general: string[] } {
  const placed: Record<string, string> = {};
  const general: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    let at = path;
    while (at && !shown.has(at)) at = at.includes('.') ? at.slice(0, at.lastIndexOf('.')) : '';
    if (!at) {
      if (!general.includes(message)) general.push(message);
      continue;
    }
    const before = placed[at];
    placed[at] = before ? (before.includes(message) ? before : `${before} ${message}`) : message;
  }
  return { fields: placed, general };
}

/** Every field path the plan form shows, for `placeErrors`. */
export function planFieldPaths(draft: PlanDraft): Set<string> {
  const paths = new Set<string>(['items']);
  draft.items.forEach((it, i) => {
    const at = `items.${i}`;
    for (const p of [at, `${at}.text`, `${at}.parentItemId`, `${at}.expectation`, `${at}.indicators`])
      paths.add(p);
    it.indicators.forEach((_, j) => {
      const ip = `${at}.indicators.${j}`;
      for (const p of [ip, `${ip}.text`, `${ip}.target.kind`, `${ip}.target.value`, `${ip}.target.unit`])
        paths.add(p);
    });
  });
  for (const v of BERAKHLAK_VALUES) paths.add(`behaviourExpectations.${v}`);
  return paths;
}

/** What a refused SKP call (409, 403) meant, from the API's English detail. */
export type SkpRefusal =
  | 'exists'
  | 'no-appraiser'
  | 'approved-locked'
  | 'submitted-locked'
  | 'not-approved'
  | 'cascade-not-approved'
  | 'no-subordinates'
  | 'changed'
  | 'wrong-state'
  | 'document-elsewhere'
  | 'other';

export function skpRefusal(detail: string | undefined): SkpRefusal {
  const d = detail ?? '';
  if (/already has an SKP for/.test(d)) return 'exists';
  if (/has no direct superior/.test(d)) return 'no-appraiser';
  if (/The SKP is approved\. Open a revision/.test(d)) return 'approved-locked';
  if (/The SKP is submitted\./.test(d)) return 'submitted-locked';
  if (/Only items of an approved SKP can be cascaded/.test(d)) return 'cascade-not-approved';
  if (/has no direct subordinates/.test(d)) return 'no-subordinates';
  if (/no longer approved/.test(d)) return 'changed';
  if (/it must be approved first/.test(d)) return 'not-approved';
  if (/^Cannot \w+ an SKP that is/.test(d)) return 'wrong-state';
  if (/is already evidence of another realisation/.test(d)) return 'document-elsewhere';
  return 'other';
}

// ---- the cascade ----

export type CascadeItem = SkpWithItems['items'][number];

/** A subordinate's item supporting an item of the level's SKP. */
export interface Supporter {
  skp: SkpWithItems;
  item: CascadeItem;
}

/** The subordinates' items whose parent is `itemId`, in the order of the subordinates. */
export function supportersOf(level: { subordinates: readonly SkpWithItems[] }, itemId: string): Supporter[] {
  return level.subordinates.flatMap((skp) =>
    skp.items.filter((it) => it.parentItemId === itemId).map((item) => ({ skp, item })),
  );
}

/**
 * One level of the tree: each item of the SKP with the subordinates' items supporting it; then,
 * per subordinate, the items that support none of them, and the subordinates with no item yet.
 */
export function cascadeTree(level: { skp: SkpWithItems; subordinates: readonly SkpWithItems[] }): {
  items: { item: CascadeItem; supporters: Supporter[] }[];
  unlinked: { skp: SkpWithItems; items: CascadeItem[] }[];
  empty: SkpWithItems[];
} {
  const own = new Set(level.skp.items.map((i) => i.id));
  return {
    items: level.skp.items.map((item) => ({ item, supporters: supportersOf(level, item.id) })),
    unlinked: level.subordinates
      .map((skp) => ({ skp, items: skp.items.filter((i) => !i.parentItemId || !own.has(i.parentItemId)) }))
      .filter((s) => s.items.length > 0),
    empty: level.subordinates.filter((s) => s.items.length === 0),
  };
}

/**
 * The body of cascadeSkpItems: the items chosen (left out when all are, so later items go too) and
 * the subordinates (left out for "all direct subordinates", which includes those without an SKP).
 */
export function cascadeBody(
  skpId: string,
  allItemIds: readonly string[],
  chosenItemIds: ReadonlySet<string>,
  recipients: 'all' | readonly string[],
): CascadeSkpBody {
  const itemIds = allItemIds.filter((id) => chosenItemIds.has(id));
  return {
    skpId,
    ...(itemIds.length < allItemIds.length ? { itemIds } : {}),
    ...(recipients === 'all' ? {} : { subordinateIds: [...recipients] }),
  };
}

// ---- realisation ----

export interface RealisationDraft {
  itemId: string;
  period: PerformancePeriod | null;
  value: string;
  note: string;
  /** The evidence links as typed, one per row. */
  links: string[];
}

const HTTPS_LINK = /^https:\/\/[^\s/?#]+\.[^\s/?#]+\S*$/i;

/** The links worth sending: trimmed, blanks dropped. */
export const filledLinks = (links: readonly string[]) => links.map((l) => l.trim()).filter(Boolean);

/**
 * What is wrong with a realisation before it is sent (the links already without blanks), with
 * `files` documents on the form.
 */
export function checkRealisationDraft(
  d: RealisationDraft,
  w: SkpRuleWords,
  files = 0,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (d.links.length + files > MAX_SKP_EVIDENCE) errors.evidence = w.tooMuchEvidence(MAX_SKP_EVIDENCE);
  if (!d.period) errors.period = w.choose;
  const value = parseNumber(d.value);
  if (d.value.trim() === '') errors.value = w.required;
  else if (value === null) errors.value = w.number;
  else if (value < 0) errors.value = w.valueMin0;
  d.links.forEach((l, i) => {
    if (!HTTPS_LINK.test(l.trim())) errors[`evidence.${i}.url`] = w.https;
  });
  return errors;
}

/**
 * The body of recordSkpRealisation: the links first (`evidence.N.url` is the Nth link filled), then
 * the uploaded documents, the ones the realisation named before among them (a document left out is
 * dropped by the API).
 */
export function realisationBody(
  d: RealisationDraft & { period: PerformancePeriod },
  documents: readonly { key: string; name: string }[] = [],
): RecordRealisationBody {
  const note = d.note.trim();
  return {
    itemId: d.itemId,
    period: { start: d.period.start, end: d.period.end },
    value: parseNumber(d.value) ?? Number.NaN,
    ...(note ? { note } : {}),
    evidence: [
      ...filledLinks(d.links).map((url) => ({ kind: 'link' as const, url })),
      ...documents.map((f) => ({ kind: 'document' as const, documentId: f.key, name: f.name })),
    ],
  };
}

// ---- evidence documents ----

/** The evidence a realisation names: at most 10 items, files and links together; a file at most 4 MB. */
export const MAX_EVIDENCE = MAX_SKP_EVIDENCE;
export const MAX_EVIDENCE_BYTES = MAX_SKP_EVIDENCE_BYTES;
/** The name a file of blanks is sent under. */
export const EVIDENCE_FALLBACK_NAME = 'bukti-dukung';

/** The files the form may take with `links` typed: what the evidence limit leaves beside the links filled. */
export const evidenceFileLimits = (links: readonly string[]): UploadLimits => ({
  maxBytes: MAX_SKP_EVIDENCE_BYTES,
  maxFiles: Math.max(0, MAX_SKP_EVIDENCE - filledLinks(links).length),
});

/** The documents of a recorded realisation, as files the form starts with: kept unless removed. */
export function keptEvidenceFiles(evidence: readonly SkpEvidence[]): FileUpload[] {
  return evidence.flatMap((e) =>
    e.kind === 'document'
      ? [
          {
            id: `kept-${e.documentId}`,
            name: e.name,
            size: e.size,
            contentType: e.contentType,
            state: 'done' as const,
            progress: 1,
            key: e.documentId,
            error: null,
            kept: true,
          },
        ]
      : [],
  );
}

/** The documents of a realisation, in its order, apart from its links. */
export const evidenceDocuments = (evidence: readonly SkpEvidence[]) =>
  evidence.filter((e): e is Extract<SkpEvidence, { kind: 'document' }> => e.kind === 'document');

/** What a sent realisation named: its links filled and its uploaded files, for the API's `evidence.N` errors. */
export interface SentEvidence {
  links: string[];
  files: FileUpload[];
}

/** The sent files as the body names them. */
export const sentDocuments = (files: readonly FileUpload[]) =>
  uploadedFiles(files).map((f) => ({ key: f.key, name: f.name }));

/**
 * Every field path the realisation form shows, for `placeErrors`: its fields, the evidence as a
 * whole, each link sent, and each document sent (said under its file by `errorsByFile`).
 */
export function realisationFieldPaths(sent: SentEvidence): Set<string> {
  const paths = new Set(['period', 'value', 'note', 'evidence']);
  const n = sent.links.length + uploadedFiles(sent.files).length;
  for (let i = 0; i < n; i++) {
    paths.add(`evidence.${i}`);
    paths.add(i < sent.links.length ? `evidence.${i}.url` : `evidence.${i}.documentId`);
  }
  return paths;
}

/** A realisation per item and period, in period order. */
export function realisationsOf<R extends { itemId: string; period: PerformancePeriod }>(
  realisations: readonly R[],
  itemId: string,
): R[] {
  return realisations
    .filter((r) => r.itemId === itemId)
    .sort((a, b) => (a.period.start < b.period.start ? -1 : a.period.start > b.period.start ? 1 : 0));
}

// ---- settings ----

export type MatrixDraft = Record<Rating, Record<Rating, Predikat>>;

export interface SettingsDraft {
  yearStartMonth: string;
  cadence: Cadence;
  matrix: MatrixDraft;
  unitHeadHasilKerja: Record<OrgPredikat, Rating>;
  ikmPredikat: Record<'A' | 'B' | 'C' | 'D', OrgPredikat>;
  minRaters: string;
  talentPoolYears: string;
  persistYears: string;
}

const copyMatrix = (m: PerformanceSettings['matrix']): MatrixDraft =>
  Object.fromEntries(RATINGS.map((h) => [h, { ...m[h] }])) as MatrixDraft;

export function settingsDraftOf(s: PerformanceSettings): SettingsDraft {
  return {
    yearStartMonth: String(s.yearStartMonth),
    cadence: s.cadence,
    matrix: copyMatrix(s.matrix),
    unitHeadHasilKerja: { ...s.unitHeadHasilKerja },
    ikmPredikat: { ...s.ikmPredikat },
    minRaters: String(s.minRaters),
    talentPoolYears: String(s.talentPoolYears),
    persistYears: String(s.persistYears),
  };
}

/** A whole number as typed, or null. */
const wholeNumber = (typed: string): number | null => (/^\s*\d+\s*$/.test(typed) ? Number(typed) : null);

/** What is wrong with the settings before they are sent, at the API's field paths. */
export function checkSettingsDraft(d: SettingsDraft, w: SkpRuleWords): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const cell of matrixMonotonicityIssues(d.matrix)) errors[`matrix.${cell}`] = w.matrixOrder;
  const range = (path: keyof SettingsDraft, min: number, max: number) => {
    const n = wholeNumber(String(d[path]));
    if (String(d[path]).trim() === '') errors[path] = w.required;
    else if (n === null) errors[path] = w.wholeNumber;
    else if (n < min || n > max) errors[path] = w.between(min, max);
  };
  range('minRaters', MIN_RATERS_FLOOR, 20);
  range('talentPoolYears', 1, 5);
  range('persistYears', 1, 5);
  range('yearStartMonth', 1, 12);
  return errors;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The PATCH body: only what changed, with the version read; null when nothing did. */
export function settingsBody(
  d: SettingsDraft,
  saved: PerformanceSettings,
): UpdatePerformanceSettingsBody | null {
  const body: UpdatePerformanceSettingsBody = { version: saved.version };
  const yearStartMonth = Number(d.yearStartMonth);
  if (yearStartMonth !== saved.yearStartMonth) body.yearStartMonth = yearStartMonth;
  if (d.cadence !== saved.cadence) body.cadence = d.cadence;
  if (!same(d.matrix, copyMatrix(saved.matrix))) body.matrix = copyMatrix(d.matrix);
  if (!same(d.unitHeadHasilKerja, saved.unitHeadHasilKerja))
    body.unitHeadHasilKerja = { ...d.unitHeadHasilKerja };
  if (!same(d.ikmPredikat, saved.ikmPredikat)) body.ikmPredikat = { ...d.ikmPredikat };
  for (const key of ['minRaters', 'talentPoolYears', 'persistYears'] as const) {
    const n = Number(d[key]);
    if (n !== saved[key]) body[key] = n;
  }
  return Object.keys(body).length > 1 ? body : null;
}

/** The cells of a matrix that differ from another (the regulation's), as `hasilKerja.perilaku`. */
export function matrixChanges(matrix: MatrixDraft, from: PerformanceSettings['matrix']): string[] {
  return RATINGS.flatMap((h) => RATINGS.filter((b) => matrix[h][b] !== from[h][b]).map((b) => `${h}.${b}`));
}

/** One rule of the distribution table in words ("paling banyak 70% Sangat Baik"). */
export function distributionRuleText(
  rule: PerformanceSettings['distribution']['BAIK'][number],
  w: {
    predikat: (p: Predikat) => string;
    or: string;
    max: (pct: number, what: string) => string;
    min: (pct: number, what: string) => string;
    some: (what: string) => string;
  },
): string {
  const what = rule.predikats.map(w.predikat).join(` ${w.or} `);
  if (rule.kind === 'max') return w.max(rule.percent, what);
  if (rule.kind === 'min') return w.min(rule.percent, what);
  return w.some(what);
}
