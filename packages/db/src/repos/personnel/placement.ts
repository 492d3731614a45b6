import {
  type AgencyScope,
  assertCanPlace,
  assertPlaceable,
  type CandidateInput,
  type EducationLevel,
  type EmploymentType,
  isOutsideRecommendation,
  type PlacementCandidate,
  type PlacementResult,
  type Position,
  type PositionInput,
  type PppkGrade,
  type Rank,
  type RecordPlacementInput,
  rankCandidates,
  suggestPositions,
  validationError,
  versionConflict,
} from '@pamong/core';
import type { Actor } from '../../audit';
import * as keys from '../../keys';
import type { Store, TxItem } from '../../store';
import { getAgency } from '../org';
import { latestAnnualPredikats } from '../performance/follow-up';
import { getPerformanceSettings } from '../performance/settings';
import { employeeWrites, type StoredEmployee, toEmployee, withDerived } from './employee-writes';
import { getStoredEmployee, listEmployees } from './employees';
import {
  asPosition,
  getPosition,
  positionFromBody,
  positionFull,
  seatChange,
  unitInAgency,
  vacantPositionsQuery,
} from './occupancy';

/** Holders read per required competency: one Query page each, whatever the tenant's size. */
export const HOLDERS_PER_COMPETENCY = 200;
/** Employees of the position's agency read when the position requires no competency: one page. */
export const AGENCY_EMPLOYEES_PAGE = 100;
/** Suggested positions read at most this many pages of 100 vacant positions (500 positions). */
export const SUGGESTION_PAGES = 5;
const POSITIONS_PAGE = 100;

/** A candidate as scored, with what the answer shows about them. */
interface CandidateRow {
  input: CandidateInput;
  employmentType: EmploymentType;
  agencyId: string;
  agencyName: string;
  unitId: string;
  status: string;
  positionId?: string;
  positionName?: string;
}

export const positionInput = (p: Position): PositionInput => ({
  id: p.id,
  type: p.type,
  functionalLevel: p.functionalLevel ?? null,
  positionClass: p.positionClass,
  requiredEducation: p.requiredEducation,
  requiredCompetencies: p.requiredCompetencies,
});

function rowOfEmployee(e: StoredEmployee): CandidateRow {
  return {
    // latestPredikat is filled from the annual assessments (withPredikats).
    input: {
      id: e.id,
      name: e.name,
      employmentType: e.employmentType,
      rank: e.rank ?? null,
      grade: e.grade ?? null,
      education: e.education.map((x) => ({ level: x.level, major: x.major })),
      competencies: e.competencies,
      latestPredikat: null,
      // The profile keeps a copy of its position's type and jenjang; without one it is looked up (currentPositions).
      currentPosition: e.positionType
        ? { type: e.positionType, functionalLevel: e.functionalLevel ?? null }
        : null,
    },
    employmentType: e.employmentType,
    agencyId: e.agencyId,
    agencyName: e.agencyName,
    unitId: e.unitId,
    status: e.status,
    ...(e.positionId ? { positionId: e.positionId, positionName: e.positionName } : {}),
  };
}

/**
 * A competency-holder item carries the highest education level and the normalised majors, not each
 * education entry; that is all the education score looks at, so the holder is scored without
 * reading the profile.
 */
function rowOfHolder(i: Record<string, unknown>): CandidateRow {
  const level = (i.highestEducation as EducationLevel | null | undefined) ?? null;
  const majors = String(i.majors ?? '')
    .split('|')
    .filter(Boolean);
  const comps = (i.comps as Record<string, number> | undefined) ?? {};
  return {
    input: {
      id: String(i.employeeId),
      name: String(i.name),
      employmentType: i.employmentType as EmploymentType,
      rank: (i.rank as Rank | undefined) ?? null,
      grade: (i.grade as PppkGrade | undefined) ?? null,
      education: level ? (majors.length ? majors : ['']).map((major) => ({ level, major })) : [],
      competencies: Object.entries(comps).map(([code, lvl]) => ({ code, level: Number(lvl) })),
      latestPredikat: null,
    },
    employmentType: i.employmentType as EmploymentType,
    agencyId: String(i.agencyId),
    agencyName: String(i.agencyName ?? ''),
    unitId: String(i.unitId),
    status: String(i.status),
    ...(i.positionId ? { positionId: String(i.positionId), positionName: String(i.positionName ?? '') } : {}),
  };
}

/**
 * The type and jenjang of the positions candidates hold now, for the step-down mark (stepDownOf):
 * a holder item carries only the position's id and name. One BatchGetItem per 100 distinct
 * positions, in parallel; a position that is gone leaves the candidate unmarked.
 */
async function currentPositions(store: Store, tenantId: string, rows: Iterable<CandidateRow>) {
  const waiting = new Map<string, CandidateRow[]>();
  for (const r of rows)
    if (r.positionId && !r.input.currentPosition)
      waiting.set(r.positionId, [...(waiting.get(r.positionId) ?? []), r]);
  const ids = [...waiting.keys()];
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += 100) chunks.push(ids.slice(i, i + 100));
  const found = await Promise.all(
    chunks.map((chunk) =>
      store.batchGet<Record<string, unknown>>(chunk.map((id) => keys.position(tenantId, id))),
    ),
  );
  for (const item of found.flat()) {
    const p = asPosition(item);
    for (const r of waiting.get(p.id) ?? [])
      r.input.currentPosition = { type: p.type, functionalLevel: p.functionalLevel ?? null };
  }
}

/**
 * The latest annual predikat of each candidate (the current performance year's, else the year
 * before's: `latestAnnualPredikats`), for the performance factor; a candidate with none keeps it
 * absent. 1-2 BatchGetItem per 50 candidates; the settings are read beside the candidate Queries.
 */
async function withPredikats(
  store: Store,
  tenantId: string,
  rows: Iterable<CandidateRow>,
  now: Date,
  settings: Awaited<ReturnType<typeof getPerformanceSettings>>,
): Promise<void> {
  const list = [...rows];
  const latest = await latestAnnualPredikats(
    store,
    tenantId,
    list.map((r) => r.input.id),
    now,
    settings,
  );
  for (const r of list) r.input.latestPredikat = latest.get(r.input.id)?.predikat ?? null;
}

/**
 * Who may be placed in a position: the holders of any required competency (one Query per
 * competency, at most HOLDERS_PER_COMPETENCY each, in parallel), or, when none is required, one
 * page of the position's agency's employees. Never a read of every employee. Active employees only,
 * and not those already in the position. Then the positions they hold (currentPositions).
 */
async function candidateRows(
  store: Store,
  tenantId: string,
  position: Position,
): Promise<Map<string, CandidateRow>> {
  const rows: CandidateRow[] = [];
  if (position.requiredCompetencies.length > 0) {
    const pages = await Promise.all(
      position.requiredCompetencies.map((c) =>
        store.query<Record<string, unknown>>({
          tenantId,
          queryId: `placement-holders:${c.code}`,
          pk: keys.competencyHoldersPartition(tenantId, c.code),
          limit: HOLDERS_PER_COMPETENCY,
        }),
      ),
    );
    for (const p of pages) rows.push(...p.items.map(rowOfHolder));
  } else {
    const page = await listEmployees(store, tenantId, {
      agencyId: position.agencyId,
      limit: AGENCY_EMPLOYEES_PAGE,
    });
    rows.push(...page.items.map(rowOfEmployee));
  }
  const out = new Map<string, CandidateRow>();
  for (const r of rows) if (r.status === 'AKTIF' && r.positionId !== position.id) out.set(r.input.id, r);
  await currentPositions(store, tenantId, out.values());
  return out;
}

function ranked(position: Position, rows: Map<string, CandidateRow>): PlacementCandidate[] {
  return rankCandidates(
    positionInput(position),
    [...rows.values()].map((r) => r.input),
  ).map((s) => {
    const r = rows.get(s.candidateId)!;
    return {
      employeeId: r.input.id,
      name: r.input.name,
      employmentType: r.employmentType,
      agencyId: r.agencyId,
      agencyName: r.agencyName,
      unitId: r.unitId,
      golongan: r.input.rank ?? r.input.grade ?? null,
      ...(r.positionId ? { positionId: r.positionId, positionName: r.positionName } : {}),
      total: s.total,
      factors: s.factors,
      stepDown: s.stepDown,
      stepDownReason: s.stepDownReason,
      rank: s.rank,
    };
  });
}

/**
 * GetItem of the position, then the candidate Queries (see candidateRows) beside the performance
 * settings, then the candidates' latest annual predikats (withPredikats).
 */
export async function getPlacementCandidates(
  store: Store,
  tenantId: string,
  positionId: string,
  limit: number,
  now: Date = new Date(),
) {
  const position = await getPosition(store, tenantId, positionId);
  const [rows, settings] = await Promise.all([
    candidateRows(store, tenantId, position),
    getPerformanceSettings(store, tenantId),
  ]);
  await withPredikats(store, tenantId, rows.values(), now, settings);
  return { position, candidates: ranked(position, rows).slice(0, limit) };
}

/**
 * GetItem of the employee (beside the performance settings) and their latest annual predikat,
 * then at most SUGGESTION_PAGES Queries of the tenant's vacant positions (the vacancy index, so
 * every page is full), scored for the employee. `truncated` says the tenant had more vacant
 * positions than that bound.
 */
export async function getSuggestedPositions(
  store: Store,
  tenantId: string,
  employeeId: string,
  limit: number,
  now: Date = new Date(),
) {
  const [employee, settings] = await Promise.all([
    getStoredEmployee(store, tenantId, employeeId),
    getPerformanceSettings(store, tenantId),
  ]);
  const self = rowOfEmployee(employee);
  await withPredikats(store, tenantId, [self], now, settings);
  const positions: Position[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await store.query<Record<string, unknown>>({
      tenantId,
      queryId: 'placement-suggestions:vacant',
      ...vacantPositionsQuery(tenantId),
      limit: POSITIONS_PAGE,
      cursor,
    });
    positions.push(...page.items.map(asPosition));
    cursor = page.nextCursor ?? undefined;
    pages++;
  } while (cursor && pages < SUGGESTION_PAGES);
  const byId = new Map(positions.filter((p) => p.id !== employee.positionId).map((p) => [p.id, p]));
  const scored = suggestPositions(
    self.input,
    [...byId.values()].map((p) => ({ ...positionInput(p), vacancies: p.vacancies })),
  );
  return {
    employeeId,
    items: scored.slice(0, limit).map((s) => ({
      position: byId.get(s.positionId)!,
      total: s.total,
      factors: s.factors,
      stepDown: s.stepDown,
      stepDownReason: s.stepDownReason,
      rank: s.rank,
    })),
    truncated: cursor !== undefined,
  };
}

async function agencyNameFromBody(store: Store, tenantId: string, agencyId: string): Promise<string> {
  const agency = await getAgency(store, tenantId, agencyId, true).catch(() => undefined);
  if (agency?.status !== 'active')
    throw validationError(
      [{ path: 'agencyId', message: 'agency does not exist or is not active' }],
      'Unknown agency.',
    );
  return agency.name;
}

/** Where the caller may place (`manageScope` in @pamong/core): the tenant or one agency. */
export type PlacementScope = AgencyScope;

/**
 * A mutasi. Reads: the employee, the new agency when it changes, the new position, and the
 * candidate set for the recommendation check. Then ONE TransactWriteItems: the employee write
 * (profile with version, index items, aggregates, history, audit), the unit check, the new seat
 * (+1, only while one is free) and the old seat (-1).
 */
export async function recordPlacement(
  store: Store,
  actor: Actor,
  employeeId: string,
  input: RecordPlacementInput,
  scope: PlacementScope,
  now: Date,
): Promise<PlacementResult> {
  const t = actor.tenantId;
  const before = await getStoredEmployee(store, t, employeeId, true);
  assertCanPlace(scope, before.agencyId, input.agencyId);
  if (before.version !== input.version) throw versionConflict('The employee');
  assertPlaceable(before.status);
  const samePlace =
    before.agencyId === input.agencyId &&
    before.unitId === input.unitId &&
    before.positionId === input.positionId;
  if (samePlace)
    throw validationError([
      { path: input.positionId ? 'positionId' : 'unitId', message: 'the employee is already placed here' },
    ]);

  const agencyName =
    input.agencyId === before.agencyId
      ? before.agencyName
      : await agencyNameFromBody(store, t, input.agencyId);
  const position = input.positionId ? await positionFromBody(store, t, input.positionId) : undefined;
  if (position && (position.agencyId !== input.agencyId || position.unitId !== input.unitId))
    throw validationError([{ path: 'positionId', message: 'position belongs to another unit' }]);
  const positionChanges = before.positionId !== position?.id;
  if (position && positionChanges && position.filled >= position.seats) throw positionFull(position.name);

  let candidateRank: number | null = null;
  let outside = false;
  if (position && positionChanges) {
    // Ranked as getPlacementCandidates ranks them, the predikats included.
    const [rows, settings] = await Promise.all([
      candidateRows(store, t, position),
      getPerformanceSettings(store, t),
    ]);
    const self = rowOfEmployee(before);
    rows.set(before.id, self);
    await withPredikats(store, t, rows.values(), now, settings);
    const ids = ranked(position, rows).map((c) => c.employeeId);
    candidateRank = ids.indexOf(before.id) + 1;
    outside = isOutsideRecommendation(ids, before.id);
    if (outside && !input.justification)
      throw validationError(
        [
          {
            path: 'justification',
            message: `is required: the employee is candidate ${candidateRank}, not in the top 5`,
          },
        ],
        'A placement outside the top 5 recommendations needs a justification.',
      );
  }

  const { positionId: _p, positionName: _n, positionType: _t, functionalLevel: _f, ...base } = before;
  const after = withDerived({
    ...base,
    agencyId: input.agencyId,
    agencyName,
    unitId: input.unitId,
    ...(position
      ? {
          positionId: position.id,
          positionName: position.name,
          positionType: position.type,
          ...(position.functionalLevel ? { functionalLevel: position.functionalLevel } : {}),
        }
      : {}),
    updatedAt: now.toISOString(),
    version: before.version + 1,
  } as StoredEmployee);

  const auditExtra: Record<string, { before: unknown; after: unknown }> = {};
  if (input.justification) auditExtra.justification = { before: null, after: input.justification };
  if (candidateRank) auditExtra.candidateRank = { before: null, after: candidateRank };
  const items: TxItem[] = [
    ...employeeWrites(store, actor, before, after, {
      action: 'employee.placement',
      now,
      checkAgency: true,
      history: {
        kind: input.kind,
        event: 'placement',
        tmt: input.tmt,
        decreeNumber: input.decreeNumber,
        decreeDate: input.decreeDate,
        reason: input.reason,
      },
      auditFlags: outside ? ['outside-recommendation'] : undefined,
      auditExtra,
    }),
    unitInAgency(store, t, input.agencyId, input.unitId),
  ];
  if (positionChanges) {
    if (position) items.push(seatChange(store, t, position, 1));
    if (before.positionId) items.push(seatChange(store, t, before.positionId, -1));
  }
  await store.transact(items);
  return { employee: toEmployee(after), outsideRecommendation: outside, candidateRank };
}
