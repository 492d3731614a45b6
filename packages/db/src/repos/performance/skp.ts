import {
  type AddSkpFeedbackInput,
  type AppraiserSkpRef,
  agencyHeadOf,
  annualPeriod,
  assertPerformance,
  assertRealisationTypable,
  assertSkpApproved,
  assertSkpEditable,
  assertSkpPlan,
  assessmentPeriods,
  badCursor,
  type CascadeSkp,
  type CascadeSkpItemsInput,
  type CascadeSkpResult,
  type Claims,
  type CreateSkpInput,
  canAddSkpFeedback,
  canApproveSkp,
  canAssessSkp,
  canCascadeFrom,
  canEditSkp,
  canReadSkp,
  canRecordRealisation,
  cascadeSkpItems,
  conflict,
  forbidden,
  ikmHasilKerjaItem,
  type ListSkpsQuery,
  notFound,
  type PerformancePeriod,
  performanceYearOf,
  periodContains,
  REGIONAL_HEAD_ID,
  type RecordSkpRealisationInput,
  type Skp,
  type SkpAction,
  type SkpCascade,
  type SkpDetail,
  type SkpEvidence,
  type SkpFeedbackNote,
  type SkpItem,
  type SkpItemInput,
  type SkpItemRecord,
  type SkpRealisation,
  type SkpSummary,
  type SurveyUnit,
  transitionSkp,
  type UpdateSkpPlanInput,
  unitHeadOf,
  validatePeriod,
  validationError,
  versionConflict,
} from '@pamong/core';
import { type Actor, auditPut } from '../../audit';
import { newId } from '../../ids';
import * as keys from '../../keys';
import { type Page, type Store, stripKeys, type TxItem } from '../../store';
import type { AgencyOrgView } from '../attendance/leave-org';
import { getStoredEmployee } from '../personnel/employees';
import { queryAll } from '../surveys/responses';
import { linkedSurveyUnits, readOrganisationIkm } from './ikm';
import { appraisalChainOf, directSubordinatesOf } from './org';
import { getPerformanceSettings } from './settings';
import { checkedEvidence, type ReadDocument, type SkpDocumentRecord, skpEvidenceKey } from './skp-documents';

/**
 * SKP planning (issue 14 §1): one SKP per employee and annual period, with its hasil kerja items,
 * the leader's expectations, and the lifecycle draft → submitted → approved (a change after
 * approval is a revision back to draft, audited). The appraiser and the appraiser's superior are
 * resolved from the org structure when the SKP is created and recorded on it, as the signed SKP
 * form records them. Every write is one transaction with its audit entry; the SKP's version guards
 * against lost updates. Realisations and the appraiser's feedback notes live in the SKP's partition.
 */

type Period = { start: string; end: string };

/**
 * The automatic hasil kerja item "IKM unit ≥ target" of a service unit's head (issue 14 §5): given
 * when the employee heads their unit and a survey unit is linked to it. Its realisation is read
 * from the survey counters (`surveyRealisations`), never typed.
 */
function ikmItemsFor(
  employee: { id: string; unitId: string },
  org: AgencyOrgView,
  agencySurveyUnits: readonly SurveyUnit[],
  target: number,
): SkpItemRecord[] {
  if (unitHeadOf(employee.unitId, org)?.employeeId !== employee.id) return [];
  if (!agencySurveyUnits.some((u) => u.orgUnitId === employee.unitId)) return [];
  return [ikmHasilKerjaItem({ id: newId(), target }) as SkpItemRecord];
}

const headsOwnUnit = (employee: { id: string; unitId: string }, org: AgencyOrgView) =>
  unitHeadOf(employee.unitId, org)?.employeeId === employee.id;

/** The IKM item's realisations: the SKP's year and each assessment period in it that has responses. */
async function surveyRealisations(store: Store, tenantId: string, skp: Skp): Promise<SkpRealisation[]> {
  const item = skp.items.find((i) => i.source === 'ikm');
  if (!item) return [];
  const settings = await getPerformanceSettings(store, tenantId);
  const year = performanceYearOf(skp.period.start, settings);
  const parts = [
    ...assessmentPeriods(year, settings).filter((p) => periodContains(skp.period as PerformancePeriod, p)),
    skp.period,
  ];
  const reading = await readOrganisationIkm(
    store,
    tenantId,
    { kind: 'unit', id: skp.unitId, agencyId: skp.agencyId },
    skp.period,
    settings.ikmPredikat,
    { parts },
  );
  const at = new Date().toISOString();
  return reading.parts.flatMap((p) =>
    p.ikm === null
      ? []
      : [
          {
            itemId: item.id,
            period: { start: p.period.start, end: p.period.end },
            value: p.ikm,
            note: `${p.respondents} responden SKM, mutu ${p.grade}`,
            evidence: [],
            source: 'survey' as const,
            recordedByName: 'SKM',
            recordedAt: at,
          },
        ],
  );
}

function asSkp(item: Record<string, unknown>): Skp {
  const {
    type: _t,
    gsi1pk: _a,
    gsi1sk: _b,
    gsi2pk: _c,
    gsi2sk: _d,
    ...rest
  } = stripKeys(item) as Record<string, unknown>;
  return rest as unknown as Skp;
}

/** The SKP, or 404 (also when the caller may not read it: its existence is not revealed). */
export async function getSkpRecord(
  store: Store,
  tenantId: string,
  skpId: string,
  consistent = false,
): Promise<Skp> {
  const item = await store.get<Record<string, unknown>>(keys.skp(tenantId, skpId), consistent);
  if (!item) throw notFound('SKP');
  return asSkp(item);
}

const accessRef = (skp: Skp) => ({
  employeeId: skp.employeeId,
  agencyId: skp.agencyId,
  appraiserId: skp.appraiser.id,
  appraiserSuperiorId: skp.appraiserSuperior?.id ?? null,
});

async function readable(store: Store, claims: Claims, skpId: string, consistent = false): Promise<Skp> {
  const skp = await getSkpRecord(store, claims.tenantId, skpId, consistent);
  if (!canReadSkp(claims, accessRef(skp))) throw notFound('SKP');
  return skp;
}

function indexKeys(tenantId: string, skp: Skp) {
  return {
    ...keys.skpsByAppraiser(tenantId, skp.appraiser.id),
    gsi1sk: keys.skpAppraiserSort(skp.period, skp.employeeName, skp.id),
    ...keys.skpsByAgency(tenantId, skp.agencyId, skp.period),
    gsi2sk: keys.skpAgencySort(skp.unitId, skp.employeeId),
  };
}

function skpPut(store: Store, tenantId: string, skp: Skp, expectedVersion: number | null): TxItem {
  return {
    op: {
      Put: {
        TableName: store.tableName,
        Item: { ...keys.skp(tenantId, skp.id), type: 'SKP', ...indexKeys(tenantId, skp), ...skp },
        ...(expectedVersion === null
          ? { ConditionExpression: 'attribute_not_exists(pk)' }
          : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': expectedVersion } }),
      },
    },
    onConditionFailed: () =>
      expectedVersion === null ? conflict('The SKP exists already.') : versionConflict('SKP'),
  };
}

function ownerGuardPut(store: Store, tenantId: string, skp: Skp): TxItem {
  return {
    op: {
      Put: {
        TableName: store.tableName,
        Item: { ...keys.skpOwner(tenantId, skp.employeeId, skp.period), type: 'SKP_OWNER', skpId: skp.id },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    onConditionFailed: () =>
      conflict(
        `${skp.employeeName} already has an SKP for ${skp.period.start} to ${skp.period.end}. Open it instead of creating another.`,
      ),
  };
}

/** The SKP of an employee for a period, if any (by the owner guard). */
export async function skpOfEmployee(
  store: Store,
  tenantId: string,
  employeeId: string,
  period: Period,
  consistent = false,
): Promise<Skp | null> {
  const guard = await store.get<{ skpId: string }>(keys.skpOwner(tenantId, employeeId, period), consistent);
  if (!guard) return null;
  const item = await store.get<Record<string, unknown>>(keys.skp(tenantId, guard.skpId), consistent);
  return item ? asSkp(item) : null;
}

const appraiserRef = (skp: Skp | null): AppraiserSkpRef | null =>
  skp
    ? {
        employeeId: skp.employeeId,
        status: skp.status,
        period: skp.period,
        itemIds: skp.items.map((i) => i.id),
      }
    : null;

/** Items as stored: new ones get an id; an id that is not on the plan is a 400 (ids are not invented by clients). */
function toItems(input: readonly SkpItemInput[], existing: readonly SkpItemRecord[]): SkpItemRecord[] {
  const known = new Map(existing.map((i) => [i.id, i]));
  const errors: { path: string; message: string }[] = [];
  const items = input.map((it, i): SkpItemRecord => {
    if (it.id && !known.has(it.id))
      errors.push({ path: `items.${i}.id`, message: 'is not an item of this SKP' });
    const before = it.id ? known.get(it.id) : undefined;
    if (
      before?.source === 'ikm' &&
      (it.text !== before.text ||
        (it.parentItemId ?? null) !== before.parentItemId ||
        JSON.stringify(it.indicators.map((d) => [d.text, d.target.kind, d.target.value, d.target.unit])) !==
          JSON.stringify(
            before.indicators.map((d) => [d.text, d.target.kind, d.target.value, d.target.unit]),
          ))
    )
      errors.push({ path: `items.${i}`, message: 'is the automatic IKM item: it cannot be changed' });
    return {
      id: it.id ?? newId(),
      text: it.text,
      indicators: it.indicators.map((ind) => ({ text: ind.text, target: { ...ind.target } })),
      parentItemId: it.parentItemId ?? null,
      expectation: it.expectation ?? null,
      source: before?.source ?? 'manual',
    };
  });
  if (errors.length > 0) throw validationError(errors);
  return items;
}

/** An audit entry of an SKP change: each value given is recorded as set (before null) unless it is already a before/after pair. */
const documentIdsOf = (evidence: readonly SkpEvidence[]) =>
  evidence.flatMap((e) => (e.kind === 'document' ? [e.documentId] : []));

function auditOf(action: string, skp: Skp, changes: Record<string, unknown>) {
  const pairs: Record<string, { before: unknown; after: unknown }> = {};
  for (const [k, v] of Object.entries(changes)) {
    pairs[k] =
      v && typeof v === 'object' && 'before' in v && 'after' in v
        ? (v as { before: unknown; after: unknown })
        : { before: null, after: v };
  }
  return {
    action,
    entityType: 'skp',
    entityId: skp.id,
    changes: { employee: { before: null, after: skp.employeeName }, ...pairs },
  };
}

export async function createSkp(
  store: Store,
  actor: Actor,
  claims: Claims,
  input: CreateSkpInput,
  now: Date,
  /** The appraiser of an agency head: the regional head (`regionalHeadOf` the tenant). */
  regionalHead: { id: string; name: string } | null = null,
): Promise<Skp> {
  const employeeId = input.employeeId ?? claims.employeeId;
  if (!employeeId)
    throw validationError([
      { path: 'employeeId', message: 'your account has no employee record: name the employee' },
    ]);
  const [employee, settings] = await Promise.all([
    getStoredEmployee(store, claims.tenantId, employeeId).catch(() => {
      throw validationError([{ path: 'employeeId', message: 'is not an employee of this tenant' }]);
    }),
    getPerformanceSettings(store, claims.tenantId),
  ]);
  const periodErrors = validatePeriod(input.period, { settings, kind: 'annual' });
  if (periodErrors.length > 0) throw validationError(periodErrors);
  const chain = await appraisalChainOf(store, claims.tenantId, employee);
  // An agency head has no superior inside the agency: the regional head appraises them.
  const appraiser = chain.appraiser
    ? { id: chain.appraiser.employeeId, name: chain.appraiser.name }
    : regionalHead && agencyHeadOf(chain.org)?.employeeId === employee.id
      ? regionalHead
      : null;
  if (!appraiser)
    throw conflict(
      `${employee.name} has no direct superior in the org structure, so the SKP has no appraiser. Place a leader over the unit first.`,
    );
  const appraiserSuperior =
    chain.appraiser && chain.appraiserSuperior
      ? { id: chain.appraiserSuperior.employeeId, name: chain.appraiserSuperior.name }
      : null;
  const ref = {
    employeeId: employee.id,
    agencyId: employee.agencyId,
    appraiserId: appraiser.id,
    appraiserSuperiorId: appraiserSuperior?.id ?? null,
  };
  const isAdmin =
    claims.role === 'tenant-admin' ||
    (claims.role === 'agency-admin' && claims.agencyId === employee.agencyId);
  assertPerformance(
    canEditSkp(claims, ref) || canApproveSkp(claims, ref) || isAdmin,
    'Only the employee, their appraiser or an admin of their agency creates an SKP.',
  );
  const ikmItems = headsOwnUnit(employee, chain.org)
    ? ikmItemsFor(
        employee,
        chain.org,
        await linkedSurveyUnits(store, claims.tenantId, {
          kind: 'unit',
          id: employee.unitId,
          agencyId: employee.agencyId,
        }),
        settings.ikmTarget,
      )
    : [];
  const items = [...ikmItems, ...toItems(input.items, [])];
  const appraiserSkp = items.some((i) => i.parentItemId)
    ? await skpOfEmployee(store, claims.tenantId, appraiser.id, input.period)
    : null;
  assertSkpPlan(
    {
      employeeId: employee.id,
      period: input.period,
      appraiserId: appraiser.id,
      items,
      behaviourExpectations: input.behaviourExpectations,
    },
    { appraiserSkp: appraiserRef(appraiserSkp) },
  );
  const at = now.toISOString();
  const skp: Skp = {
    id: newId(),
    employeeId: employee.id,
    employeeName: employee.name,
    nip: employee.nip ?? null,
    agencyId: employee.agencyId,
    unitId: employee.unitId,
    unitName: chain.org.unitNames.get(employee.unitId) ?? null,
    positionName: employee.positionName ?? null,
    period: { start: input.period.start, end: input.period.end },
    appraiser,
    appraiserSuperior,
    status: 'draft',
    revision: 0,
    items,
    behaviourExpectations: input.behaviourExpectations,
    history: [],
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  await store.transact([
    skpPut(store, claims.tenantId, skp, null),
    ownerGuardPut(store, claims.tenantId, skp),
    auditPut(
      store.tableName,
      actor,
      auditOf('skp.create', skp, {
        period: skp.period,
        items: items.length,
        appraiserName: skp.appraiser.name,
      }),
      now,
    ),
  ]);
  return skp;
}

function can(claims: Claims, skp: Skp): SkpDetail['can'] {
  const ref = accessRef(skp);
  const owner = canEditSkp(claims, ref);
  const appraiser = canApproveSkp(claims, ref);
  return {
    edit: owner && skp.status === 'draft',
    submit: owner && skp.status === 'draft' && skp.items.length > 0,
    approve: appraiser && skp.status === 'submitted',
    revise: (owner || appraiser) && skp.status === 'approved',
    recordRealisation: canRecordRealisation(claims, ref) && skp.status === 'approved',
    addFeedback: canAddSkpFeedback(claims, ref),
    assess: canAssessSkp(claims, ref) && skp.status === 'approved',
    cascade: canCascadeFrom(claims, ref) && skp.status === 'approved' && skp.items.length > 0,
  };
}

export async function getSkpDetail(store: Store, claims: Claims, skpId: string): Promise<SkpDetail> {
  const skp = await readable(store, claims, skpId);
  const [realisations, notes] = await Promise.all([
    store.query<Record<string, unknown>>({
      tenantId: claims.tenantId,
      queryId: `skp:real:${skpId}`,
      pk: keys.skpPartition(claims.tenantId, skpId),
      skBeginsWith: keys.skpRealisationPrefix(),
      limit: 1000,
    }),
    store.query<Record<string, unknown>>({
      tenantId: claims.tenantId,
      queryId: `skp:notes:${skpId}`,
      pk: keys.skpPartition(claims.tenantId, skpId),
      skBeginsWith: keys.skpFeedbackNotePrefix(),
      limit: 500,
      forward: false,
    }),
  ]);
  const [appraiserSkp, fromSurvey] = await Promise.all([
    skpOfEmployee(store, claims.tenantId, skp.appraiser.id, skp.period),
    surveyRealisations(store, claims.tenantId, skp),
  ]);
  return {
    ...skp,
    appraiserItems:
      appraiserSkp?.status === 'approved' ? appraiserSkp.items.map((i) => ({ id: i.id, text: i.text })) : [],
    realisations: [
      ...fromSurvey,
      ...realisations.items.map((i) => {
        const { type: _t, ...r } = stripKeys(i) as Record<string, unknown>;
        return r as unknown as SkpRealisation;
      }),
    ],
    feedback: notes.items.map((i) => {
      const { type: _t, ...r } = stripKeys(i) as Record<string, unknown>;
      return r as unknown as SkpFeedbackNote;
    }),
    can: can(claims, skp),
  };
}

const summaryOf = (skp: Skp): SkpSummary => ({
  id: skp.id,
  employeeId: skp.employeeId,
  employeeName: skp.employeeName,
  nip: skp.nip,
  unitId: skp.unitId,
  unitName: skp.unitName,
  positionName: skp.positionName,
  period: skp.period,
  appraiser: skp.appraiser,
  status: skp.status,
  revision: skp.revision,
  version: skp.version,
  updatedAt: skp.updatedAt,
  itemCount: skp.items.length,
});

/** One level of the cascade: the SKP and the SKPs of its period that its owner appraises (each readable by the caller). */
export async function getCascade(store: Store, claims: Claims, skpId: string): Promise<SkpCascade> {
  const skp = await readable(store, claims, skpId);
  const items = await queryAll(store, {
    index: 'gsi1',
    pk: keys.skpsByAppraiser(claims.tenantId, skp.employeeId).gsi1pk,
    skBeginsWith: keys.skpAppraiserPrefix(skp.period),
  });
  const withItems = (s: Skp) => ({ ...summaryOf(s), items: s.items });
  return {
    skp: withItems(skp),
    subordinates: items
      .map((i) => asSkp(i as Record<string, unknown>))
      .filter((s) => canReadSkp(claims, accessRef(s)))
      .map(withItems),
  };
}

export async function listSkps(
  store: Store,
  claims: Claims,
  q: ListSkpsQuery,
  now: Date,
): Promise<Page<SkpSummary>> {
  const tenantId = claims.tenantId;
  const settings = await getPerformanceSettings(store, tenantId);
  const year = q.year ?? performanceYearOf(now.toISOString().slice(0, 7), settings);
  const period = annualPeriod(year, settings);
  const statusFilter = q.status
    ? { filter: { expression: '#s = :s', names: { '#s': 'status' }, values: { ':s': q.status } } }
    : {};
  // A caller without an employee record has no SKPs of their own or to appraise; a cursor is still checked.
  const nobody = (): Page<SkpSummary> => {
    if (q.cursor) throw badCursor();
    return { items: [], nextCursor: null };
  };
  if (q.scope === 'mine') {
    if (!claims.employeeId) return nobody();
    const guards = await store.query<{ skpId: string }>({
      tenantId,
      queryId: `skp:mine:${claims.employeeId}:${q.year ?? 'all'}`,
      pk: keys.skpOwnerPartition(tenantId, claims.employeeId),
      // With a year, that year's SKP; without, every year's, newest first.
      skBeginsWith: q.year ? keys.skpOwner(tenantId, claims.employeeId, period).sk : keys.skpOwnerPrefix(),
      limit: q.limit,
      cursor: q.cursor,
      forward: false,
    });
    const items = await store.batchGet<Record<string, unknown>>(
      guards.items.map((g) => keys.skp(tenantId, g.skpId)),
    );
    const skps = items
      .map(asSkp)
      .filter((s) => !q.status || s.status === q.status)
      .sort((a, b) => (a.period.start < b.period.start ? 1 : -1));
    return { items: skps.map(summaryOf), nextCursor: guards.nextCursor };
  }
  if (q.scope === 'team') {
    // A tenant admin without an employee record appraises for the regional head: the agency heads.
    const appraiserId = claims.employeeId ?? (claims.role === 'tenant-admin' ? REGIONAL_HEAD_ID : undefined);
    if (!appraiserId) return nobody();
    const page = await store.query<Record<string, unknown>>({
      tenantId,
      queryId: `skp:team:${appraiserId}:${year}:${q.status ?? 'all'}`,
      index: 'gsi1',
      pk: keys.skpsByAppraiser(tenantId, appraiserId).gsi1pk,
      skBeginsWith: keys.skpAppraiserPrefix(period),
      limit: q.limit,
      cursor: q.cursor,
      ...statusFilter,
    });
    return { items: page.items.map(asSkp).map(summaryOf), nextCursor: page.nextCursor };
  }
  // agency: admins in scope
  let agencyId: string;
  if (claims.role === 'tenant-admin') {
    if (!q.agencyId)
      throw validationError([{ path: 'agencyId', message: "a tenant admin's list is per agency: name one" }]);
    agencyId = q.agencyId;
  } else if (claims.role === 'agency-admin' && claims.agencyId) {
    if (q.agencyId && q.agencyId !== claims.agencyId) throw forbidden('You administer another agency.');
    agencyId = claims.agencyId;
  } else {
    throw forbidden("Only admins list an agency's SKPs; use scope mine or team.");
  }
  const page = await store.query<Record<string, unknown>>({
    tenantId,
    queryId: `skp:agency:${agencyId}:${year}:${q.unitId ?? ''}:${q.status ?? 'all'}`,
    index: 'gsi2',
    pk: keys.skpsByAgency(tenantId, agencyId, period).gsi2pk,
    ...(q.unitId ? { skBeginsWith: keys.skpAgencyUnitPrefix(q.unitId) } : {}),
    limit: q.limit,
    cursor: q.cursor,
    ...statusFilter,
  });
  return { items: page.items.map(asSkp).map(summaryOf), nextCursor: page.nextCursor };
}

export async function updateSkpPlan(
  store: Store,
  actor: Actor,
  claims: Claims,
  skpId: string,
  input: UpdateSkpPlanInput,
  now: Date,
): Promise<Skp> {
  const skp = await readable(store, claims, skpId, true);
  assertPerformance(canEditSkp(claims, accessRef(skp)), 'Only the employee edits their own SKP.');
  if (skp.version !== input.version) throw versionConflict('SKP');
  assertSkpEditable(skp.status);
  const items = toItems(input.items, skp.items);
  const dropped = skp.items.filter((i) => i.source === 'ikm' && !items.some((n) => n.id === i.id));
  if (dropped.length > 0)
    throw validationError([{ path: 'items', message: "the automatic IKM item stays on a unit head's SKP" }]);
  const appraiserSkp = items.some((i) => i.parentItemId)
    ? await skpOfEmployee(store, claims.tenantId, skp.appraiser.id, skp.period)
    : null;
  assertSkpPlan(
    {
      employeeId: skp.employeeId,
      period: skp.period,
      appraiserId: skp.appraiser.id,
      items,
      behaviourExpectations: input.behaviourExpectations,
    },
    { appraiserSkp: appraiserRef(appraiserSkp) },
  );
  const after: Skp = {
    ...skp,
    items,
    behaviourExpectations: input.behaviourExpectations,
    version: skp.version + 1,
    updatedAt: now.toISOString(),
  };
  await store.transact([
    skpPut(store, claims.tenantId, after, skp.version),
    auditPut(
      store.tableName,
      actor,
      auditOf('skp.update', after, { items: { before: skp.items.length, after: items.length } }),
      now,
    ),
  ]);
  return after;
}

export async function transition(
  store: Store,
  actor: Actor,
  claims: Claims,
  skpId: string,
  action: SkpAction,
  input: { reason?: string; version: number },
  now: Date,
): Promise<Skp> {
  const skp = await readable(store, claims, skpId, true);
  if (skp.version !== input.version) throw versionConflict('SKP');
  const at = now.toISOString();
  const next = transitionSkp({ status: skp.status, revision: skp.revision }, action, {
    actorEmployeeId: claims.employeeId,
    ownerId: skp.employeeId,
    appraiserId: skp.appraiser.id,
    actsForAppraiser: skp.appraiser.id === REGIONAL_HEAD_ID && canApproveSkp(claims, accessRef(skp)),
    reason: input.reason ?? null,
    at,
  });
  if (action === 'submit') {
    const appraiserSkp = skp.items.some((i) => i.parentItemId)
      ? await skpOfEmployee(store, claims.tenantId, skp.appraiser.id, skp.period)
      : null;
    assertSkpPlan(
      {
        employeeId: skp.employeeId,
        period: skp.period,
        appraiserId: skp.appraiser.id,
        items: skp.items as SkpItem[],
        behaviourExpectations: skp.behaviourExpectations,
      },
      { appraiserSkp: appraiserRef(appraiserSkp), forSubmission: true },
    );
  }
  const byName = actor.name ?? (claims.employeeId === skp.employeeId ? skp.employeeName : skp.appraiser.name);
  const after: Skp = {
    ...skp,
    status: next.state.status,
    revision: next.state.revision,
    history: [
      ...skp.history,
      {
        action,
        from: next.audit.from,
        to: next.audit.to,
        byName,
        at,
        revision: next.audit.revision,
        reason: next.audit.reason,
      },
    ],
    version: skp.version + 1,
    updatedAt: at,
  };
  await store.transact([
    skpPut(store, claims.tenantId, after, skp.version),
    auditPut(
      store.tableName,
      actor,
      auditOf(`skp.${action}`, after, {
        status: { before: next.audit.from, after: next.audit.to },
        revision: next.audit.revision,
        reason: next.audit.reason,
      }),
      now,
    ),
  ]);
  return after;
}

const CASCADE_CONCURRENCY = 8;

/**
 * Sends items of the caller's approved SKP to their direct subordinates (all, or those named), as
 * the parents of new items: one transaction per subordinate (its SKP written or created, with its
 * audit entry), eight at a time. It is idempotent (an item already cascaded is not sent twice), so
 * a run cut short is finished by running it again.
 */
export async function cascade(
  store: Store,
  actor: Actor,
  claims: Claims,
  input: CascadeSkpItemsInput,
  now: Date,
): Promise<CascadeSkpResult> {
  const tenantId = claims.tenantId;
  const superiorSkp = await readable(store, claims, input.skpId, true);
  assertPerformance(
    canCascadeFrom(claims, accessRef(superiorSkp)),
    'Only the owner of an SKP cascades its items to their subordinates.',
  );
  const subordinates = await directSubordinatesOf(
    store,
    tenantId,
    superiorSkp.agencyId,
    superiorSkp.employeeId,
  );
  const byId = new Map(subordinates.map((e) => [e.id, e]));
  let chosen = subordinates;
  if (input.subordinateIds) {
    const errors = input.subordinateIds.flatMap((id, i) =>
      byId.has(id)
        ? []
        : [
            {
              path: `subordinateIds.${i}`,
              message: `is not a direct subordinate of ${superiorSkp.employeeName}`,
            },
          ],
    );
    if (errors.length > 0) throw validationError(errors);
    chosen = input.subordinateIds.map((id) => byId.get(id)!);
  }
  if (chosen.length === 0)
    throw conflict(
      `${superiorSkp.employeeName} has no direct subordinates in the org structure to cascade to.`,
    );
  const guards = await store.batchGet<{ pk: string; sk: string; skpId: string }>(
    chosen.map((e) => keys.skpOwner(tenantId, e.id, superiorSkp.period)),
    true,
  );
  const skpIdOf = new Map(guards.map((g) => [g.pk, g.skpId]));
  const existing = await store.batchGet<Record<string, unknown>>(
    [...skpIdOf.values()].map((id) => keys.skp(tenantId, id)),
    true,
  );
  const skpOf = new Map(existing.map(asSkp).map((s) => [s.employeeId, s]));
  const asCascade = (s: Skp): CascadeSkp => ({
    id: s.id,
    employeeId: s.employeeId,
    status: s.status,
    period: s.period,
    appraiserId: s.appraiser.id,
    items: s.items as SkpItem[],
  });
  const plan = cascadeSkpItems({
    superiorSkp: asCascade(superiorSkp),
    itemIds: input.itemIds,
    subordinates: chosen.map((e) => ({
      employeeId: e.id,
      skp: skpOf.has(e.id) ? asCascade(skpOf.get(e.id)!) : null,
    })),
    newItemId: newId,
  });
  const at = now.toISOString();
  const settled = new Map<string, { skpId: string; createdSkp: boolean }>();
  // A new draft for a service unit's head starts with the automatic IKM item: the agency's survey
  // units and the settings are read once, and only when such a head is among the new drafts.
  let ikmContext: Promise<{ units: SurveyUnit[]; target: number }> | null = null;
  const ikmContextOnce = () => {
    ikmContext ??= Promise.all([
      linkedSurveyUnits(store, tenantId, {
        kind: 'agency',
        id: superiorSkp.agencyId,
        agencyId: superiorSkp.agencyId,
      }),
      getPerformanceSettings(store, tenantId),
    ]).then(([units, settings]) => ({ units, target: settings.ikmTarget }));
    return ikmContext;
  };
  const writeOne = async (target: (typeof plan.targets)[number]) => {
    const employee = byId.get(target.employeeId)!;
    const before = skpOf.get(target.employeeId);
    if (before) {
      if (target.newItems.length === 0) {
        settled.set(target.employeeId, { skpId: before.id, createdSkp: false });
        return;
      }
      const after: Skp = {
        ...before,
        items: [...before.items, ...(target.newItems as SkpItemRecord[])],
        version: before.version + 1,
        updatedAt: at,
      };
      await store.transact([
        skpPut(store, tenantId, after, before.version),
        auditPut(
          store.tableName,
          actor,
          auditOf('skp.cascade', after, {
            fromSkpId: superiorSkp.id,
            fromName: superiorSkp.employeeName,
            items: target.newItems.length,
          }),
          now,
        ),
      ]);
      settled.set(target.employeeId, { skpId: before.id, createdSkp: false });
      return;
    }
    const skp: Skp = {
      id: newId(),
      employeeId: employee.id,
      employeeName: employee.name,
      nip: employee.nip ?? null,
      agencyId: employee.agencyId,
      unitId: employee.unitId,
      unitName: null,
      positionName: employee.positionName ?? null,
      period: superiorSkp.period,
      appraiser: { id: superiorSkp.employeeId, name: superiorSkp.employeeName },
      appraiserSuperior: superiorSkp.appraiser,
      status: 'draft',
      revision: 0,
      items: target.newItems as SkpItemRecord[],
      behaviourExpectations: {},
      history: [],
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    const chain = await appraisalChainOf(store, tenantId, employee);
    skp.unitName = chain.org.unitNames.get(employee.unitId) ?? null;
    if (headsOwnUnit(employee, chain.org)) {
      const ikm = await ikmContextOnce();
      skp.items = [...ikmItemsFor(employee, chain.org, ikm.units, ikm.target), ...skp.items];
    }
    await store.transact([
      skpPut(store, tenantId, skp, null),
      ownerGuardPut(store, tenantId, skp),
      auditPut(
        store.tableName,
        actor,
        auditOf('skp.cascade', skp, {
          fromSkpId: superiorSkp.id,
          fromName: superiorSkp.employeeName,
          items: target.newItems.length,
          created: true,
        }),
        now,
      ),
    ]);
    settled.set(target.employeeId, { skpId: skp.id, createdSkp: true });
  };
  const queue = [...plan.targets];
  const failures: unknown[] = [];
  await Promise.all(
    Array.from({ length: Math.min(CASCADE_CONCURRENCY, queue.length) }, async () => {
      for (let t = queue.shift(); t; t = queue.shift()) {
        await writeOne(t).catch((err) => failures.push(err));
      }
    }),
  );
  if (failures.length > 0) throw failures[0];
  return {
    created: plan.created,
    targets: plan.targets.map((t) => ({
      employeeId: t.employeeId,
      employeeName: byId.get(t.employeeId)!.name,
      skpId: settled.get(t.employeeId)!.skpId,
      createdSkp: settled.get(t.employeeId)!.createdSkp,
      newItems: t.newItems.length,
      alreadyCascaded: t.alreadyCascaded.length,
    })),
    refused: plan.refused.map((r) => ({ ...r, employeeName: byId.get(r.employeeId)!.name })),
  };
}

export async function recordRealisation(
  store: Store,
  actor: Actor,
  claims: Claims,
  skpId: string,
  input: RecordSkpRealisationInput,
  now: Date,
  readDocument?: ReadDocument,
): Promise<SkpRealisation> {
  const skp = await readable(store, claims, skpId, true);
  assertPerformance(
    canRecordRealisation(claims, accessRef(skp)),
    'Only the employee or their appraiser records realisation.',
  );
  assertSkpApproved(skp.status);
  const index = skp.items.findIndex((i) => i.id === input.itemId);
  if (index < 0) throw validationError([{ path: 'itemId', message: 'is not an item of this SKP' }]);
  assertRealisationTypable(skp.items[index]!);
  const realisationKey = keys.skpRealisation(claims.tenantId, skp.id, input.period, input.itemId);
  // The last recording: the documents it named are kept as checked then, or dropped.
  const [settings, previous] = await Promise.all([
    getPerformanceSettings(store, claims.tenantId),
    store.get<SkpRealisation>(realisationKey, true),
  ]);
  const periodErrors = validatePeriod(input.period, { settings, kind: 'assessment' });
  if (periodErrors.length > 0) throw validationError(periodErrors);
  if (!periodContains(skp.period as PerformancePeriod, input.period))
    throw validationError([
      { path: 'period', message: `is outside the SKP's period ${skp.period.start} to ${skp.period.end}` },
    ]);
  const { evidence, writes } = await checkedEvidence(
    store,
    claims.tenantId,
    skp.id,
    input,
    previous,
    readDocument,
    now,
  );
  const byName = actor.name ?? (claims.employeeId === skp.employeeId ? skp.employeeName : skp.appraiser.name);
  const realisation: SkpRealisation = {
    itemId: input.itemId,
    period: { start: input.period.start, end: input.period.end },
    value: input.value,
    note: input.note?.trim() || null,
    evidence,
    source: 'typed',
    recordedByName: byName,
    recordedAt: now.toISOString(),
  };
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: { ...realisationKey, type: 'SKP_REALISATION', ...realisation },
        },
      },
    },
    {
      op: {
        ConditionCheck: {
          TableName: store.tableName,
          Key: keys.skp(claims.tenantId, skp.id),
          ConditionExpression: '#s = :approved',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':approved': 'approved' },
        },
      },
      onConditionFailed: () => conflict('The SKP changed and is no longer approved.'),
    },
    ...writes,
    auditPut(
      store.tableName,
      actor,
      auditOf('skp.realisation', skp, {
        itemId: input.itemId,
        period: input.period,
        value: input.value,
        documents: { before: documentIdsOf(previous?.evidence ?? []), after: documentIdsOf(evidence) },
        links: evidence.filter((e) => e.kind === 'link').length,
      }),
      now,
    ),
  ]);
  return realisation;
}

/**
 * Where to upload one evidence document for an SKP: the owner or the appraiser, on an approved SKP
 * (the ones that may record realisation). The realisation then names `documentId`.
 */
export async function evidenceUploadTarget(
  store: Store,
  claims: Claims,
  skpId: string,
): Promise<{ documentId: string; key: string }> {
  const skp = await readable(store, claims, skpId);
  assertPerformance(
    canRecordRealisation(claims, accessRef(skp)),
    'Only the employee or their appraiser attaches evidence.',
  );
  assertSkpApproved(skp.status);
  const documentId = newId();
  return { documentId, key: skpEvidenceKey(claims.tenantId, skp.id, documentId) };
}

/**
 * An evidence document of an SKP, for those who may read the SKP, and only while a realisation
 * names it (an upload no realisation named, or one a re-recording dropped, is not served). One
 * BatchGetItem reads the SKP and the document's item.
 */
export async function openEvidence(
  store: Store,
  claims: Claims,
  skpId: string,
  documentId: string,
  read: (key: string) => Promise<Uint8Array | null>,
): Promise<{ bytes: Uint8Array; name: string; contentType: string }> {
  const found = await store.batchGet<Record<string, unknown>>([
    keys.skp(claims.tenantId, skpId),
    keys.skpDocument(claims.tenantId, skpId, documentId),
  ]);
  const skpItem = found.find((i) => i.type === 'SKP');
  const doc = found.find((i) => i.type === 'SKP_DOCUMENT') as SkpDocumentRecord | undefined;
  if (!skpItem) throw notFound('SKP');
  const skp = asSkp(skpItem);
  if (!canReadSkp(claims, accessRef(skp))) throw notFound('SKP');
  if (!doc) throw notFound('Document');
  const bytes = await read(skpEvidenceKey(claims.tenantId, skpId, documentId));
  if (!bytes) throw notFound('Document');
  return { bytes, name: doc.name, contentType: doc.contentType };
}

export async function addFeedbackNote(
  store: Store,
  actor: Actor,
  claims: Claims,
  skpId: string,
  input: AddSkpFeedbackInput,
  now: Date,
): Promise<SkpFeedbackNote> {
  const skp = await readable(store, claims, skpId);
  assertPerformance(
    canAddSkpFeedback(claims, accessRef(skp)),
    "Only the employee's appraiser gives feedback on the SKP.",
  );
  if (input.itemId && !skp.items.some((i) => i.id === input.itemId))
    throw validationError([{ path: 'itemId', message: 'is not an item of this SKP' }]);
  const note: SkpFeedbackNote = {
    id: newId(),
    date: input.date,
    note: input.note,
    itemId: input.itemId ?? null,
    byName: actor.name ?? skp.appraiser.name,
    createdAt: now.toISOString(),
  };
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.skpFeedbackNote(claims.tenantId, skp.id, input.date, note.id),
            type: 'SKP_FEEDBACK',
            ...note,
          },
        },
      },
    },
    auditPut(
      store.tableName,
      actor,
      auditOf('skp.feedback', skp, { date: input.date, itemId: note.itemId }),
      now,
    ),
  ]);
  return note;
}
