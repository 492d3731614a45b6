import { AppError, type FieldError } from '../errors';
import { PREDIKATS, type Predikat } from '../personnel/placement';
import { ORG_PREDIKAT_LABELS, ORG_PREDIKATS, type OrgPredikat, PREDIKAT_LABELS } from './predikat';

/**
 * The distribution of employee predikats allowed by the organisation's own predikat
 * (PermenPANRB 6/2022, "pola distribusi predikat kinerja pegawai").
 *
 * Source of the default table: the guidance on the distribution pattern as quoted at
 * https://naikpangkat.com/se-terbaru-menpan-rb-tetapkan-3-tahap-evaluasi-kinerja-asn-harus-lebih-waspada/3
 * (a secondary source reproducing the MenPANRB text; the regulation's annex itself could not be
 * opened from this workspace):
 * 1. Istimewa: "sebagian besar (maksimal 70%)" Sangat Baik; the others may be anything.
 * 2. Baik: "sebagian besar (maksimal 70%)" Baik; there must be employees ("harus ada") rated
 *    Butuh Perbaikan and/or Kurang/Misconduct; the others may be Sangat Baik and/or Sangat Kurang.
 * 3. Butuh Perbaikan: at least 60% Butuh Perbaikan; Sangat Baik at most 10%; the others free.
 * 4. Kurang: at least 60% Kurang/Misconduct; at least 10% Butuh Perbaikan; Sangat Baik at most 10%.
 * 5. Sangat Kurang: at least 60% Sangat Kurang; at least 10% Kurang/Misconduct and/or Butuh
 *    Perbaikan; the others may be Baik; no Sangat Baik at all.
 * "Sebagian besar" (most) is read as the 70% maximum only: no minimum share of Sangat Baik (or
 * Baik) is enforced, since the text gives no number for it.
 *
 * Counting, for a group of n employees (exact integer arithmetic, no floating point):
 * - a maximum of p% allows floor(p·n/100): "maksimal 70%" is a hard ceiling, so 70% of 7 (4.9)
 *   allows 4, since 5 of 7 is 71.4%;
 * - a minimum of p% requires ceil(p·n/100): 60% of 7 (4.2) requires 5, since 4 of 7 is 57.1%;
 * - "harus ada" (`some`) requires 1.
 * The source says nothing about units too small for the minimums to fit (60% + 10% of 1 person
 * is 2 people). Minimums are therefore taken in table order and each is capped at the employees
 * the earlier minimums left over, so every group size has at least one allowed distribution: in a
 * unit of 1 rated Sangat Kurang the one employee must be Sangat Kurang and the 10% rule asks for
 * nobody. Maximums are never relaxed: a unit of 1 rated Istimewa cannot give Sangat Baik (0 of 1).
 */
export type DistributionRule =
  | { kind: 'max'; predikats: readonly Predikat[]; percent: number }
  | { kind: 'min'; predikats: readonly Predikat[]; percent: number }
  | { kind: 'some'; predikats: readonly Predikat[] };

export type DistributionTable = Readonly<Record<OrgPredikat, readonly DistributionRule[]>>;

export const DEFAULT_DISTRIBUTION_TABLE: DistributionTable = {
  ISTIMEWA: [{ kind: 'max', predikats: ['SANGAT_BAIK'], percent: 70 }],
  BAIK: [
    { kind: 'max', predikats: ['BAIK'], percent: 70 },
    { kind: 'some', predikats: ['BUTUH_PERBAIKAN', 'KURANG'] },
  ],
  BUTUH_PERBAIKAN: [
    { kind: 'min', predikats: ['BUTUH_PERBAIKAN'], percent: 60 },
    { kind: 'max', predikats: ['SANGAT_BAIK'], percent: 10 },
  ],
  KURANG: [
    { kind: 'min', predikats: ['KURANG'], percent: 60 },
    { kind: 'min', predikats: ['BUTUH_PERBAIKAN'], percent: 10 },
    { kind: 'max', predikats: ['SANGAT_BAIK'], percent: 10 },
  ],
  SANGAT_KURANG: [
    { kind: 'min', predikats: ['SANGAT_KURANG'], percent: 60 },
    { kind: 'min', predikats: ['KURANG', 'BUTUH_PERBAIKAN'], percent: 10 },
    { kind: 'max', predikats: ['SANGAT_BAIK'], percent: 0 },
  ],
};

export type PredikatCounts = Partial<Record<Predikat, number>>;

export interface DistributionLimit {
  rule: DistributionRule;
  /** `max`: the most employees allowed; `min`/`some`: the fewest required. */
  bound: 'at-most' | 'at-least';
  count: number;
  /** Employees given one of the rule's predikats. */
  given: number;
  ok: boolean;
  /** e.g. "at most 4 of 7 may be Baik (70%)". */
  label: string;
}

export interface DistributionCheck {
  orgPredikat: OrgPredikat;
  total: number;
  limits: DistributionLimit[];
  violations: DistributionLimit[];
}

const names = (ps: readonly Predikat[]) => ps.map((p) => PREDIKAT_LABELS[p]).join(' or ');

function countsOf(counts: PredikatCounts): { total: number; of: (ps: readonly Predikat[]) => number } {
  let total = 0;
  for (const p of PREDIKATS) {
    const c = counts[p] ?? 0;
    if (!Number.isInteger(c) || c < 0) throw new RangeError(`count of ${p} must be an integer ≥ 0`);
    total += c;
  }
  for (const key of Object.keys(counts))
    if (!(PREDIKATS as readonly string[]).includes(key)) throw new RangeError(`unknown predikat ${key}`);
  return { total, of: (ps) => [...new Set(ps)].reduce((s, p) => s + (counts[p] ?? 0), 0) };
}

/**
 * The allowed and required counts of every rule for an organisation of `total` employees, with
 * how many each has now: what the assessment screen charts while the appraiser rates.
 */
export function distributionLimits(
  orgPredikat: OrgPredikat,
  counts: PredikatCounts,
  table: DistributionTable = DEFAULT_DISTRIBUTION_TABLE,
): DistributionLimit[] {
  const rules = table[orgPredikat];
  if (!rules) throw new RangeError(`no distribution rules for ${orgPredikat}`);
  const { total, of } = countsOf(counts);
  let left = total;
  return rules.map((rule) => {
    const given = of(rule.predikats);
    if (rule.kind === 'max') {
      const count = Math.floor((rule.percent * total) / 100);
      return {
        rule,
        bound: 'at-most' as const,
        count,
        given,
        ok: given <= count,
        label: `at most ${count} of ${total} may be ${names(rule.predikats)} (${rule.percent}%)`,
      };
    }
    const wanted = rule.kind === 'some' ? Math.min(1, total) : Math.ceil((rule.percent * total) / 100);
    const count = Math.min(wanted, left);
    left -= count;
    const share = rule.kind === 'some' ? 'at least one' : `${rule.percent}%`;
    return {
      rule,
      bound: 'at-least' as const,
      count,
      given,
      ok: given >= count,
      label: `at least ${count} of ${total} must be ${names(rule.predikats)} (${share})`,
    };
  });
}

/** Every cap the counts break, with the numbers; no violations means the group may be finalised. */
export function checkDistribution(
  orgPredikat: OrgPredikat,
  counts: PredikatCounts,
  table: DistributionTable = DEFAULT_DISTRIBUTION_TABLE,
): DistributionCheck {
  const limits = distributionLimits(orgPredikat, counts, table);
  return {
    orgPredikat,
    total: countsOf(counts).total,
    limits,
    violations: limits.filter((l) => !l.ok),
  };
}

/**
 * The 409 that `finaliseSkpAssessments` answers when a cap is broken: each broken cap, the count
 * allowed (or required) and the count given, as `errors` (paths `distribution.<i>`, i the rule's
 * index in the organisation's row).
 */
export function assertDistribution(check: DistributionCheck): void {
  if (check.violations.length === 0) return;
  const errors: FieldError[] = check.limits.flatMap((l, i) =>
    l.ok ? [] : [{ path: `distribution.${i}`, message: `${l.label}; ${l.given} given` }],
  );
  throw new AppError(
    409,
    'conflict',
    'Conflict',
    `The predikats break the distribution allowed for an organisation rated ${ORG_PREDIKAT_LABELS[check.orgPredikat]}: ${errors.map((e) => e.message).join('; ')}. Nothing was finalised.`,
    errors,
  );
}

/**
 * What is wrong with a tenant's distribution table, as paths `<ORG>.<i>.<field>`: percentages of
 * 0-100, predikats listed, minimums of a row adding up to at most 100%, a maximum not below a
 * minimum over the same predikats. Every organisation predikat needs a row (possibly empty).
 */
export function distributionTableIssues(table: DistributionTable): FieldError[] {
  const errors: FieldError[] = [];
  for (const org of ORG_PREDIKATS) {
    const rules = table[org];
    if (!rules) {
      errors.push({ path: org, message: 'is missing' });
      continue;
    }
    let minSum = 0;
    rules.forEach((r, i) => {
      if (r.predikats.length === 0)
        errors.push({ path: `${org}.${i}.predikats`, message: 'names no predikat' });
      if (r.kind !== 'some') {
        if (!Number.isFinite(r.percent) || r.percent < 0 || r.percent > 100)
          errors.push({ path: `${org}.${i}.percent`, message: 'must be 0-100' });
        if (r.kind === 'min') minSum += r.percent;
      }
    });
    if (minSum > 100) errors.push({ path: org, message: `its minimums add up to ${minSum}%, over 100%` });
    rules.forEach((r, i) => {
      if (r.kind !== 'max') return;
      const key = [...r.predikats].sort().join();
      if (
        rules.some((m) => m.kind === 'min' && [...m.predikats].sort().join() === key && m.percent > r.percent)
      )
        errors.push({ path: `${org}.${i}.percent`, message: 'is below a minimum over the same predikats' });
    });
  }
  return errors;
}
