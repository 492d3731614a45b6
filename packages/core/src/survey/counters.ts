import type { AGE_BANDS } from '../schemas/survey';
import { ELEMENT_CODES, type ElementCode, type ElementTally } from './ikm';

/**
 * Pre-aggregated survey counters. A counter item (one per unit, agency or tenant, per month) holds
 * flat numeric attributes, each updated with an atomic `ADD` in the same transaction as the
 * response. Names are `<variant>.<field>`:
 * - variant `all` counts every response; `ver` counts only responses verified by a service code;
 * - fields: `r` respondents, `s.U1`/`n.U1` sum and count per element, `g.L` gender, `a.25-34` age
 *   band, `e.SMA` education, `o.PNS` occupation, `svc.<service type>` service received.
 * Nothing else of a response goes into a counter, so counters carry no personal data.
 */
export type CounterVariant = 'all' | 'ver';
export const COUNTER_VARIANTS: readonly CounterVariant[] = ['all', 'ver'];

export interface CountedResponse {
  answers: Record<ElementCode, number>;
  respondent: { gender: string; age: number; education: string; occupation: string };
  serviceType?: string;
}

export function ageBand(age: number): (typeof AGE_BANDS)[number] {
  if (age < 25) return '15-24';
  if (age < 35) return '25-34';
  if (age < 45) return '35-44';
  if (age < 55) return '45-54';
  if (age < 65) return '55-64';
  return '65+';
}

/** The increments one response adds to a counter item. */
export function counterDelta(r: CountedResponse, verified: boolean): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of verified ? COUNTER_VARIANTS : (['all'] as const)) {
    out[`${v}.r`] = 1;
    for (const c of ELEMENT_CODES) {
      out[`${v}.s.${c}`] = r.answers[c];
      out[`${v}.n.${c}`] = 1;
    }
    out[`${v}.g.${r.respondent.gender}`] = 1;
    out[`${v}.a.${ageBand(r.respondent.age)}`] = 1;
    out[`${v}.e.${r.respondent.education}`] = 1;
    out[`${v}.o.${r.respondent.occupation}`] = 1;
    if (r.serviceType) out[`${v}.svc.${r.serviceType}`] = 1;
  }
  return out;
}

/** Adds deltas together (used by reconciliation to recount a month from raw responses). */
export function sumDeltas(deltas: Iterable<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of deltas) for (const [k, n] of Object.entries(d)) out[k] = (out[k] ?? 0) + n;
  return out;
}

export interface SurveyTally {
  respondents: number;
  elements: Record<ElementCode, ElementTally>;
  demographics: {
    gender: Record<string, number>;
    ageBand: Record<string, number>;
    education: Record<string, number>;
    occupation: Record<string, number>;
    serviceType: Record<string, number>;
  };
}

/**
 * Adds to a count keyed by free text (service types are typed by admins): own properties only, so
 * names like `constructor` or `__proto__` count like any other instead of hitting Object.prototype.
 */
function bump(counts: Record<string, number>, key: string, n: number): void {
  const value = (Object.hasOwn(counts, key) ? counts[key]! : 0) + n;
  Object.defineProperty(counts, key, { value, enumerable: true, writable: true, configurable: true });
}

const DEMOGRAPHIC_FIELDS = {
  g: 'gender',
  a: 'ageBand',
  e: 'education',
  o: 'occupation',
  svc: 'serviceType',
} as const;

/**
 * Merges counter items (e.g. the three months of a quarter) into one tally of a variant. Unknown
 * attributes (keys, type, version) are ignored.
 */
export function tallyCounters(
  items: readonly Record<string, unknown>[],
  variant: CounterVariant,
): SurveyTally {
  const tally: SurveyTally = {
    respondents: 0,
    elements: Object.fromEntries(ELEMENT_CODES.map((c) => [c, { sum: 0, count: 0 }])) as Record<
      ElementCode,
      ElementTally
    >,
    demographics: { gender: {}, ageBand: {}, education: {}, occupation: {}, serviceType: {} },
  };
  const prefix = `${variant}.`;
  for (const item of items) {
    for (const [name, value] of Object.entries(item)) {
      if (!name.startsWith(prefix) || typeof value !== 'number') continue;
      const rest = name.slice(prefix.length);
      if (rest === 'r') {
        tally.respondents += value;
        continue;
      }
      const dot = rest.indexOf('.');
      const field = rest.slice(0, dot);
      const key = rest.slice(dot + 1);
      if (field === 's' || field === 'n') {
        const el = Object.hasOwn(tally.elements, key) ? tally.elements[key as ElementCode] : undefined;
        if (!el) continue;
        if (field === 's') el.sum += value;
        else el.count += value;
        continue;
      }
      if (!Object.hasOwn(DEMOGRAPHIC_FIELDS, field)) continue;
      bump(tally.demographics[DEMOGRAPHIC_FIELDS[field as keyof typeof DEMOGRAPHIC_FIELDS]], key, value);
    }
  }
  return tally;
}
