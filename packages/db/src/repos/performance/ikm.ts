import {
  type Claims,
  computeIkm,
  evaluateUnitIkm,
  forbidden,
  type IkmPredikatMapping,
  monthsBetween,
  type OrganisationIkm,
  type OrgIkmEvaluation,
  type SurveyUnit,
  surveyPeriodIdOf,
  tallyCounters,
} from '@pamong/core';
import * as keys from '../../keys';
import { batchGetAll, type Store } from '../../store';
import { asSurveyUnit } from '../surveys/common';
import { queryAll } from '../surveys/responses';

/**
 * Survey-driven evaluation (issue 14 §5): an organisation's citizen IKM for a performance period,
 * read from the survey counters and never typed. A unit's IKM counts the survey units linked to it
 * (`SurveyUnit.orgUnitId`); an agency's counts all of its survey units, through the agency's own
 * counters. The same figure feeds the rating page's tile, the suggested organisation predikat
 * (checked again when the rating is written), the unit head's automatic SKP item and the trend its
 * staff see.
 */

type Period = { start: string; end: string };
export interface OrgTargetRef {
  kind: 'agency' | 'unit';
  id: string;
  agencyId: string;
}

/** The survey units whose counters count for the organisation: one Query of the agency's units. */
export async function linkedSurveyUnits(
  store: Store,
  tenantId: string,
  target: OrgTargetRef,
): Promise<SurveyUnit[]> {
  const items = await queryAll(store, {
    index: 'gsi1',
    pk: keys.surveyUnitsByAgency(tenantId, target.agencyId).gsi1pk,
  });
  const units = items.map(asSurveyUnit);
  return target.kind === 'agency' ? units : units.filter((u) => u.orgUnitId === target.id);
}

export interface OrgIkmReading {
  surveyUnits: SurveyUnit[];
  evaluation: OrgIkmEvaluation | null;
  months: OrganisationIkm['months'];
  /** The IKM of each of the `parts` asked for (sub-periods of the period), from the same counters. */
  parts: { period: Period; ikm: number | null; grade: 'A' | 'B' | 'C' | 'D' | null; respondents: number }[];
}

/**
 * The organisation's IKM for the period: the month counters (and the period's populations) of its
 * linked survey units in BatchGetItems of 100 keys. The population is the sum over the linked
 * units, known only when every one of them has it for the survey period matching the performance
 * period; otherwise the minimum sample is unknown and the IKM is indicative.
 */
export async function readOrganisationIkm(
  store: Store,
  tenantId: string,
  target: OrgTargetRef,
  period: Period,
  mapping: IkmPredikatMapping,
  options: { units?: SurveyUnit[]; parts?: Period[] } = {},
): Promise<OrgIkmReading> {
  const surveyUnits = options.units ?? (await linkedSurveyUnits(store, tenantId, target));
  if (surveyUnits.length === 0) return { surveyUnits, evaluation: null, months: [], parts: [] };
  const months = monthsBetween(period.start, period.end);
  const surveyPeriod = surveyPeriodIdOf(period);
  const counterKeys =
    target.kind === 'agency'
      ? months.map((m) => keys.ikmAgencyCounter(tenantId, m, target.agencyId))
      : surveyUnits.flatMap((u) => months.map((m) => keys.ikmUnitCounter(tenantId, m, u.id)));
  const populationKeys = surveyPeriod
    ? surveyUnits.map((u) => keys.surveyPopulation(tenantId, u.id, surveyPeriod))
    : [];
  const items = await batchGetAll(store, [...counterKeys, ...populationKeys]);
  const populations = items.filter((i) => i.type === 'SURVEY_POPULATION');
  const counters = items.filter((i) => i.type !== 'SURVEY_POPULATION');
  const whole = tallyCounters(counters, 'all');
  const ikm = computeIkm(whole.respondents, whole.elements);
  const population =
    surveyPeriod && populations.length === surveyUnits.length
      ? populations.reduce((sum, p) => sum + Number(p.population), 0)
      : null;
  const evaluation = evaluateUnitIkm({ ikm: ikm.ikm, respondents: ikm.respondents, population }, mapping);
  const ikmOfMonths = (from: string, to: string) => {
    const tally = tallyCounters(
      counters.filter((c) => String(c.month) >= from && String(c.month) <= to),
      'all',
    );
    const m = computeIkm(tally.respondents, tally.elements);
    return { ikm: m.ikm, grade: m.grade, respondents: m.respondents };
  };
  return {
    surveyUnits,
    evaluation: { ...evaluation, population },
    months: months.map((month) => ({ month, ...ikmOfMonths(month, month) })),
    parts: (options.parts ?? []).map((p) => ({ period: p, ...ikmOfMonths(p.start, p.end) })),
  };
}

/** Who may read an organisation's IKM: a tenant admin, or staff of its agency (it is their public's voice). */
export function assertMayReadOrgIkm(claims: Claims, agencyId: string): void {
  if (claims.role === 'tenant-admin') return;
  if (claims.agencyId !== agencyId) throw forbidden("Another agency's IKM is not yours to see.");
}
