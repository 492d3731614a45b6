import {
  type AssessmentDistribution,
  type AssessmentDistributionQuery,
  type AssessmentFinalisation,
  type AssessSkpInput,
  agencyHeadOf,
  assertDistribution,
  assertPerformance,
  assertSkpApproved,
  assessmentListScope,
  assessmentOutcome,
  type Claims,
  canAssessSkp,
  canFinaliseAssessments,
  canRateOrganisation,
  canReadSkp,
  canSeeOrgAssessmentSummary,
  checkDistribution,
  conflict,
  countsFromTally,
  distributionLimits,
  type FinaliseSkpAssessmentsInput,
  forbidden,
  headsAboveUnit,
  type ListOrganisationRatingsQuery,
  type ListSkpAssessmentsQuery,
  notFound,
  type OrgAccessRef,
  type OrganisationIkm,
  type OrganisationIkmQuery,
  type OrganisationRating,
  type OrgPredikat,
  type OrgTarget,
  orgAccessRefOf,
  organisationHeadedBy,
  orgRatingChoiceIssues,
  type PerformancePeriodSettings,
  PREDIKATS,
  periodContains,
  type RateOrganisationInput,
  type SkpAssessment,
  tallyDelta,
  unitHeadHasilKerjaIssues,
  unitHeadOf,
  validatePeriod,
  validationError,
  versionConflict,
} from '@pamong/core';
import { type Actor, auditPut } from '../../audit';
import * as keys from '../../keys';
import { type Page, type Store, stripKeys, type TxItem } from '../../store';
import { type AgencyOrgView, agencyOrgOf } from '../attendance/leave-org';
import { queryAll } from '../surveys/responses';
import { assertMayReadOrgIkm, readOrganisationIkm } from './ikm';
import { getPerformanceSettings } from './settings';
import { getSkpRecord } from './skp';

/**
 * Assessment and predikat (issue 14 §2). An assessment of an SKP for an assessment period sits in
 * the SKP's partition, indexed on gsi2 by agency, period, unit and employee. Each assessment's
 * transaction also ADDs to two tallies, the employee's unit's and agency's for the period (a count
 * per predikat, `total` and a `version` raised by every write), so the distribution caps are
 * checked on one item however large the organisation; and it ConditionChecks that neither
 * organisation's assessments of the period are finalised. Finalising checks the caps on the tally
 * and ConditionChecks its version as read in the transaction that writes the finalisation: an
 * assessment and a finalisation of the same organisation cannot both succeed unless the
 * assessment came first and the finalisation counted it.
 *
 * An organisation (an agency or a unit) is rated per period by the head of the organisation above
 * it (a tenant admin for an agency); a unit head's hasil kerja follows their unit's rating, so
 * their assessment needs the unit rated first (see packages/core/src/performance/assessment.ts for
 * who heads what).
 */

type Period = { start: string; end: string };
const periodText = (p: Period) => (p.start === p.end ? p.start : `${p.start} to ${p.end}`);

interface OrgContext {
  target: OrgTarget;
  agencyId: string;
  name: string | null;
  org: AgencyOrgView;
  ref: OrgAccessRef;
  /** The organisation's head and the heads of the organisations above it. */
  headIds: string[];
}

const orgLabel = (ctx: Pick<OrgContext, 'target' | 'name'>) =>
  `${ctx.target.kind === 'unit' ? 'unit' : 'agency'} ${ctx.name ?? ctx.target.id}`;

/**
 * The unit's agency: the one named, else the caller's; a tenant admin naming no agency has the
 * unit looked up across the tenant's agencies (one Query and one BatchGetItem per 100 agencies).
 */
async function agencyOfUnit(
  store: Store,
  claims: Claims,
  unitId: string,
  agencyId: string | undefined,
): Promise<string> {
  const hint = agencyId ?? claims.agencyId;
  if (hint) {
    const org = await agencyOrgOf(store, claims.tenantId, hint);
    if (org.unitNames.has(unitId)) return hint;
    if (agencyId || claims.role !== 'tenant-admin') throw notFound('Unit');
  }
  if (claims.role !== 'tenant-admin') throw notFound('Unit');
  const agencies = await queryAll(store, { pk: keys.agenciesPartition(claims.tenantId) });
  const ids = agencies.filter((a) => a.type === 'AGENCY').map((a) => String(a.id));
  for (let i = 0; i < ids.length; i += 100) {
    const found = await store.batchGet<Record<string, unknown>>(
      ids.slice(i, i + 100).map((a) => keys.unit(claims.tenantId, a, unitId)),
    );
    if (found[0]) return String(found[0].agencyId);
  }
  throw notFound('Unit');
}

/** The organisation a request names (`unitId` or `agencyId`), with its heads; 404 when unknown. */
async function resolveOrg(
  store: Store,
  claims: Claims,
  sel: { unitId?: string; agencyId?: string },
): Promise<OrgContext> {
  if (sel.unitId) {
    const agencyId = await agencyOfUnit(store, claims, sel.unitId, sel.agencyId);
    const org = await agencyOrgOf(store, claims.tenantId, agencyId);
    const target: OrgTarget = { kind: 'unit', id: sel.unitId };
    const head = unitHeadOf(sel.unitId, org);
    return {
      target,
      agencyId,
      name: org.unitNames.get(sel.unitId) ?? null,
      org,
      ref: orgAccessRefOf(target, agencyId, org),
      headIds: [
        ...(head ? [head.employeeId] : []),
        ...headsAboveUnit(sel.unitId, org).map((h) => h.employeeId),
      ],
    };
  }
  const agencyId = sel.agencyId!;
  const [agency, org] = await Promise.all([
    store.get<Record<string, unknown>>(keys.agency(claims.tenantId, agencyId)),
    agencyOrgOf(store, claims.tenantId, agencyId),
  ]);
  if (!agency) throw notFound('Agency');
  const target: OrgTarget = { kind: 'agency', id: agencyId };
  const head = agencyHeadOf(org);
  return {
    target,
    agencyId,
    name: typeof agency.name === 'string' ? agency.name : null,
    org,
    ref: orgAccessRefOf(target, agencyId, org),
    headIds: head ? [head.employeeId] : [],
  };
}

const leaderName = (org: AgencyOrgView, employeeId: string | undefined) =>
  employeeId ? org.leaders.find((l) => l.employeeId === employeeId)?.name : undefined;

function record<T>(item: Record<string, unknown>): T {
  return stripKeys(item) as unknown as T;
}

const asAssessment = (item: Record<string, unknown>) => record<SkpAssessment>(item);
/** Ratings written before the IKM snapshot (issue 14 §5) read with none. */
const asRating = (item: Record<string, unknown>) => record<OrganisationRating>({ ikm: null, ...item });
const asFinalisation = (item: Record<string, unknown>) => record<AssessmentFinalisation>(item);

function periodIssues(period: Period, settings: PerformancePeriodSettings) {
  const errors = validatePeriod(period, { settings, kind: 'assessment' });
  if (errors.length > 0) throw validationError(errors);
}

const finalisedCheck = (store: Store, tenantId: string, target: OrgTarget, period: Period, label: string) =>
  ({
    op: {
      ConditionCheck: {
        TableName: store.tableName,
        Key: keys.assessmentFinalisation(tenantId, target.kind, target.id, period),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    onConditionFailed: () =>
      conflict(
        `The assessments of the ${label} for ${periodText(period)} are finalised; nothing can change them now.`,
      ),
  }) satisfies TxItem;

/**
 * ADDs an assessment's change to an organisation's tally (created by the first ADD), raising its
 * version whatever the change, so a finalisation that read an older version fails its check.
 */
function tallyUpdate(
  store: Store,
  tenantId: string,
  target: OrgTarget,
  agencyId: string,
  period: Period,
  delta: ReturnType<typeof tallyDelta>,
): TxItem {
  const names: Record<string, string> = {
    '#type': 'type',
    '#kind': 'kind',
    '#orgId': 'orgId',
    '#agencyId': 'agencyId',
    '#period': 'period',
  };
  const values: Record<string, unknown> = {
    ':type': 'ASSESSMENT_TALLY',
    ':kind': target.kind,
    ':orgId': target.id,
    ':agencyId': agencyId,
    ':period': { start: period.start, end: period.end },
    ':one': 1,
  };
  const adds = ['version :one'];
  Object.entries(delta.counts).forEach(([p, n], i) => {
    names[`#c${i}`] = p;
    values[`:c${i}`] = n;
    adds.push(`#c${i} :c${i}`);
  });
  if (delta.total !== 0) {
    names['#total'] = 'total';
    values[':total'] = delta.total;
    adds.push('#total :total');
  }
  const sets = ['#type', '#kind', '#orgId', '#agencyId', '#period'].map(
    (n) => `${n} = if_not_exists(${n}, :${n.slice(1)})`,
  );
  return {
    op: {
      Update: {
        TableName: store.tableName,
        Key: keys.assessmentTally(tenantId, target.kind, target.id, period),
        UpdateExpression: `SET ${sets.join(', ')} ADD ${adds.join(', ')}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
  };
}

// ---- assessSkp ----

/**
 * The appraiser assesses an approved SKP for an assessment period (or the whole year): the
 * predikat from the tenant's matrix; for the head of an organisation, the hasil kerja its rating
 * gives. A second assessment of the same period replaces the first (its count moves to the new
 * predikat); `version`, when given, must be the one replaced.
 */
export async function assessSkp(
  store: Store,
  actor: Actor,
  claims: Claims,
  input: AssessSkpInput,
  now: Date,
): Promise<{ assessment: SkpAssessment; created: boolean }> {
  const tenantId = claims.tenantId;
  const skp = await getSkpRecord(store, tenantId, input.skpId, true);
  const ref = {
    employeeId: skp.employeeId,
    agencyId: skp.agencyId,
    appraiserId: skp.appraiser.id,
    appraiserSuperiorId: skp.appraiserSuperior?.id ?? null,
  };
  if (!canReadSkp(claims, ref)) throw notFound('SKP');
  assertPerformance(
    canAssessSkp(claims, ref),
    "Only the employee's appraiser (direct superior) assesses the SKP.",
  );
  assertSkpApproved(skp.status);
  const settings = await getPerformanceSettings(store, tenantId);
  periodIssues(input.period, settings);
  if (!periodContains(skp.period, input.period))
    throw validationError([
      { path: 'period', message: `is outside the SKP's period ${skp.period.start} to ${skp.period.end}` },
    ]);
  const org = await agencyOrgOf(store, tenantId, skp.agencyId);
  const unit: OrgTarget = { kind: 'unit', id: skp.unitId };
  const agency: OrgTarget = { kind: 'agency', id: skp.agencyId };
  const headed = organisationHeadedBy(
    { id: skp.employeeId, unitId: skp.unitId, agencyId: skp.agencyId },
    org,
  );
  const period = { start: input.period.start, end: input.period.end };
  const assessmentKey = keys.skpAssessment(tenantId, skp.id, period);
  const ratingKey = headed ? keys.orgRating(tenantId, headed.kind, headed.id, period) : null;
  const read = await store.batchGet<Record<string, unknown>>(
    [
      assessmentKey,
      keys.assessmentFinalisation(tenantId, 'unit', unit.id, period),
      keys.assessmentFinalisation(tenantId, 'agency', agency.id, period),
      ...(ratingKey ? [ratingKey] : []),
    ],
    true,
  );
  const found = (k: { pk: string; sk: string }) => read.find((i) => i.pk === k.pk && i.sk === k.sk);
  const unitLabel = `unit ${org.unitNames.get(unit.id) ?? unit.id}`;
  for (const [target, label] of [
    [unit, unitLabel],
    [agency, 'agency'],
  ] as const)
    if (found(keys.assessmentFinalisation(tenantId, target.kind, target.id, period)))
      throw conflict(
        `The assessments of the ${label} for ${periodText(period)} are finalised; nothing can change them now.`,
      );
  const before = found(assessmentKey) ? asAssessment(found(assessmentKey)!) : null;
  if (input.version !== undefined && input.version !== (before?.version ?? 0))
    throw versionConflict('The assessment');
  let orgPredikat: OrgPredikat | null = null;
  let ratingVersion = 0;
  if (headed) {
    const rating = found(ratingKey!) ? asRating(found(ratingKey!)!) : null;
    if (!rating)
      throw conflict(
        `${skp.employeeName} heads the ${headed.kind === 'unit' ? unitLabel : 'agency'}, which has no rating for ${periodText(period)}: rate the ${headed.kind} first, since their hasil kerja follows it.`,
      );
    orgPredikat = rating.predikat;
    ratingVersion = rating.version;
    const errors = unitHeadHasilKerjaIssues(
      input.hasilKerja,
      orgPredikat,
      settings.unitHeadHasilKerja,
      headed.kind,
    );
    if (errors.length > 0) throw validationError(errors);
  }
  const outcome = assessmentOutcome(
    { hasilKerja: input.hasilKerja, perilaku: input.perilaku, headOf: headed ? { orgPredikat } : null },
    { matrix: settings.matrix, unitHeadMapping: settings.unitHeadHasilKerja },
  );
  const at = now.toISOString();
  const assessment: SkpAssessment = {
    skpId: skp.id,
    employeeId: skp.employeeId,
    employeeName: skp.employeeName,
    nip: skp.nip,
    agencyId: skp.agencyId,
    unitId: skp.unitId,
    unitName: skp.unitName,
    period,
    hasilKerja: outcome.hasilKerja,
    perilaku: outcome.perilaku,
    perilakuNotes: input.perilakuNotes,
    predikat: outcome.predikat,
    hasilKerjaFrom: outcome.hasilKerjaFrom,
    orgPredikat,
    appraiser: { id: skp.appraiser.id, name: skp.appraiser.name },
    assessedByName: actor.name ?? skp.appraiser.name,
    assessedAt: at,
    createdAt: before?.createdAt ?? at,
    version: (before?.version ?? 0) + 1,
  };
  const delta = tallyDelta(before?.predikat ?? null, assessment.predikat);
  const tx: TxItem[] = [
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: {
            ...assessmentKey,
            type: 'SKP_ASSESSMENT',
            ...keys.assessmentsByAgency(tenantId, skp.agencyId, period),
            gsi2sk: keys.skpAgencySort(skp.unitId, skp.employeeId),
            ...assessment,
          },
          ...(before
            ? { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': before.version } }
            : { ConditionExpression: 'attribute_not_exists(pk)' }),
        },
      },
      onConditionFailed: () => versionConflict('The assessment'),
    },
    tallyUpdate(store, tenantId, unit, skp.agencyId, period, delta),
    tallyUpdate(store, tenantId, agency, skp.agencyId, period, delta),
    finalisedCheck(store, tenantId, unit, period, unitLabel),
    finalisedCheck(store, tenantId, agency, period, 'agency'),
    {
      op: {
        ConditionCheck: {
          TableName: store.tableName,
          Key: keys.skp(tenantId, skp.id),
          ConditionExpression: '#s = :approved',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':approved': 'approved' },
        },
      },
      onConditionFailed: () => conflict('The SKP changed and is no longer approved.'),
    },
    ...(ratingKey
      ? [
          {
            op: {
              ConditionCheck: {
                TableName: store.tableName,
                Key: ratingKey,
                ConditionExpression: 'version = :v',
                ExpressionAttributeValues: { ':v': ratingVersion },
              },
            },
            onConditionFailed: () =>
              conflict("The organisation's rating changed meanwhile. Reload it and assess again."),
          } satisfies TxItem,
        ]
      : []),
    auditPut(
      store.tableName,
      actor,
      {
        action: 'skp.assess',
        entityType: 'skp',
        entityId: skp.id,
        changes: {
          employee: { before: null, after: skp.employeeName },
          period: { before: null, after: period },
          predikat: { before: before?.predikat ?? null, after: assessment.predikat },
          hasilKerja: { before: before?.hasilKerja ?? null, after: assessment.hasilKerja },
          perilaku: { before: before?.perilaku ?? null, after: assessment.perilaku },
          ...(orgPredikat ? { orgPredikat: { before: null, after: orgPredikat } } : {}),
        },
      },
      now,
    ),
  ];
  await store.transact(tx);
  return { assessment, created: !before };
}

// ---- listSkpAssessments ----

export async function listSkpAssessments(
  store: Store,
  claims: Claims,
  q: ListSkpAssessmentsQuery,
): Promise<Page<SkpAssessment>> {
  const ctx = await resolveOrg(store, claims, q);
  const scope = assessmentListScope(claims, { agencyId: ctx.agencyId, headIds: ctx.headIds });
  if (!scope) throw forbidden("The organisation's assessments are for its heads, its appraisers and admins.");
  const unitId = ctx.target.kind === 'unit' ? ctx.target.id : null;
  const page = await store.query<Record<string, unknown>>({
    tenantId: claims.tenantId,
    queryId: `assessments:${ctx.agencyId}:${unitId ?? ''}:${q.period.start}_${q.period.end}:${scope === 'all' ? 'all' : claims.employeeId}`,
    index: 'gsi2',
    pk: keys.assessmentsByAgency(claims.tenantId, ctx.agencyId, q.period).gsi2pk,
    ...(unitId ? { skBeginsWith: keys.skpAgencyUnitPrefix(unitId) } : {}),
    limit: q.limit,
    cursor: q.cursor,
    ...(scope === 'appraiser'
      ? {
          filter: {
            expression: '#ap.#apId = :me',
            names: { '#ap': 'appraiser', '#apId': 'id' },
            values: { ':me': claims.employeeId },
          },
        }
      : {}),
  });
  return { items: page.items.map(asAssessment), nextCursor: page.nextCursor };
}

// ---- getAssessmentDistribution ----

export async function getAssessmentDistribution(
  store: Store,
  claims: Claims,
  q: AssessmentDistributionQuery,
): Promise<AssessmentDistribution> {
  const ctx = await resolveOrg(store, claims, q);
  assertPerformance(
    canSeeOrgAssessmentSummary(claims, ctx.agencyId) ||
      (!!claims.employeeId && ctx.headIds.includes(claims.employeeId)),
    "The distribution is for the agency's own staff and admins.",
  );
  const { target } = ctx;
  const tallyKey = keys.assessmentTally(claims.tenantId, target.kind, target.id, q.period);
  const ratingKey = keys.orgRating(claims.tenantId, target.kind, target.id, q.period);
  const finalKey = keys.assessmentFinalisation(claims.tenantId, target.kind, target.id, q.period);
  const [settings, read] = await Promise.all([
    getPerformanceSettings(store, claims.tenantId),
    store.batchGet<Record<string, unknown>>([tallyKey, ratingKey, finalKey]),
  ]);
  const found = (k: { pk: string; sk: string }) => read.find((i) => i.pk === k.pk && i.sk === k.sk);
  const tally = found(tallyKey);
  const rating = found(ratingKey) ? asRating(found(ratingKey)!) : null;
  const finalisation = found(finalKey) ? asFinalisation(found(finalKey)!) : null;
  const counts = countsFromTally(tally);
  const limits = rating
    ? distributionLimits(rating.predikat, counts, settings.distribution).map((l, index) => ({
        index,
        rule: l.rule as AssessmentDistribution['limits'][number]['rule'],
        bound: l.bound,
        allowed: l.count,
        given: l.given,
        status: l.ok ? ('ok' as const) : ('exceeded' as const),
        label: l.label,
      }))
    : [];
  return {
    org: { kind: target.kind, id: target.id, agencyId: ctx.agencyId, name: ctx.name },
    period: { start: q.period.start, end: q.period.end },
    counts,
    total: PREDIKATS.reduce((s, p) => s + counts[p], 0),
    version: typeof tally?.version === 'number' ? tally.version : 0,
    orgRating: rating ? { predikat: rating.predikat, version: rating.version } : null,
    limits,
    status: !rating ? 'unrated' : limits.every((l) => l.status === 'ok') ? 'ok' : 'exceeded',
    finalised: !!finalisation,
    finalisation,
  };
}

// ---- rateOrganisation ----

/**
 * Rates an agency or a unit for a period, with its indicators: the head of the organisation above
 * (a tenant admin for an agency), never its own head. A second rating of the period replaces the
 * first, until the organisation's assessments of the period are finalised.
 */
export async function rateOrganisation(
  store: Store,
  actor: Actor,
  claims: Claims,
  input: RateOrganisationInput,
  now: Date,
): Promise<{ rating: OrganisationRating; created: boolean }> {
  const tenantId = claims.tenantId;
  const ctx = await resolveOrg(store, claims, input);
  assertPerformance(
    canRateOrganisation(claims, ctx.ref),
    ctx.target.kind === 'unit'
      ? 'A unit is rated by the head of the organisation above it (or a tenant admin), never by its own head.'
      : "An agency's rating is recorded by a tenant admin, for the regional head.",
  );
  const settings = await getPerformanceSettings(store, tenantId);
  periodIssues(input.period, settings);
  const period = { start: input.period.start, end: input.period.end };
  const { target } = ctx;
  const { evaluation: ikm } = await readOrganisationIkm(
    store,
    tenantId,
    { ...target, agencyId: ctx.agencyId },
    period,
    settings.ikmPredikat,
  );
  const choiceIssues = orgRatingChoiceIssues({
    suggested: ikm?.suggestedPredikat ?? null,
    chosen: input.predikat,
    reason: input.reason,
  });
  if (choiceIssues.length > 0)
    throw validationError(
      choiceIssues,
      `The ${orgLabel(ctx)}'s IKM suggests ${ikm!.suggestedPredikat}: give the reason for ${input.predikat}.`,
    );
  const ratingKey = keys.orgRating(tenantId, target.kind, target.id, period);
  const finalKey = keys.assessmentFinalisation(tenantId, target.kind, target.id, period);
  const read = await store.batchGet<Record<string, unknown>>([ratingKey, finalKey], true);
  const found = (k: { pk: string; sk: string }) => read.find((i) => i.pk === k.pk && i.sk === k.sk);
  const label = orgLabel(ctx);
  if (found(finalKey))
    throw conflict(
      `The assessments of the ${label} for ${periodText(period)} are finalised, so its rating cannot change.`,
    );
  const before = found(ratingKey) ? asRating(found(ratingKey)!) : null;
  const at = now.toISOString();
  const rating: OrganisationRating = {
    kind: target.kind,
    orgId: target.id,
    agencyId: ctx.agencyId,
    orgName: ctx.name,
    period,
    predikat: input.predikat,
    indicators: input.indicators,
    ikm,
    reason: input.reason?.trim() || null,
    ratedBy: {
      employeeId: claims.employeeId ?? null,
      name: actor.name ?? leaderName(ctx.org, claims.employeeId) ?? actor.sub,
    },
    ratedAt: at,
    createdAt: before?.createdAt ?? at,
    version: (before?.version ?? 0) + 1,
  };
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: { ...ratingKey, type: 'ORG_RATING', ...rating },
          ...(before
            ? { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': before.version } }
            : { ConditionExpression: 'attribute_not_exists(pk)' }),
        },
      },
      onConditionFailed: () => versionConflict(`The rating of the ${label}`),
    },
    finalisedCheck(store, tenantId, target, period, label),
    auditPut(
      store.tableName,
      actor,
      {
        action: 'orgRating.rate',
        entityType: 'orgRating',
        entityId: target.id,
        changes: {
          kind: { before: null, after: target.kind },
          period: { before: null, after: period },
          predikat: { before: before?.predikat ?? null, after: rating.predikat },
          indicators: { before: before?.indicators.length ?? null, after: rating.indicators.length },
          ...(ikm
            ? {
                ikm: { before: before?.ikm?.ikm ?? null, after: ikm.ikm },
                suggestedPredikat: {
                  before: before?.ikm?.suggestedPredikat ?? null,
                  after: ikm.suggestedPredikat,
                },
              }
            : {}),
          ...(rating.reason || before?.reason
            ? { reason: { before: before?.reason ?? null, after: rating.reason } }
            : {}),
        },
      },
      now,
    ),
  ]);
  return { rating, created: !before };
}

// ---- getOrganisationIkm ----

/** The rating page's IKM tile and the trend a unit's staff see (tenant admins, and staff of the agency). */
export async function getOrganisationIkm(
  store: Store,
  claims: Claims,
  q: OrganisationIkmQuery,
): Promise<OrganisationIkm> {
  const ctx = await resolveOrg(store, claims, q);
  assertMayReadOrgIkm(claims, ctx.agencyId);
  const settings = await getPerformanceSettings(store, claims.tenantId);
  const period = { start: q.period.start, end: q.period.end };
  const reading = await readOrganisationIkm(
    store,
    claims.tenantId,
    { ...ctx.target, agencyId: ctx.agencyId },
    period,
    settings.ikmPredikat,
  );
  return {
    org: { kind: ctx.target.kind, id: ctx.target.id, agencyId: ctx.agencyId, name: ctx.name },
    period,
    surveyUnits: reading.surveyUnits.map((u) => ({ id: u.id, name: u.name })),
    evaluation: reading.evaluation,
    months: reading.months,
  };
}

// ---- listOrganisationRatings ----

export async function listOrganisationRatings(
  store: Store,
  claims: Claims,
  q: ListOrganisationRatingsQuery,
): Promise<Page<OrganisationRating>> {
  let agencyId = q.agencyId ?? null;
  if (claims.role !== 'tenant-admin') {
    if (!claims.agencyId) throw forbidden('Your account belongs to no agency.');
    if (agencyId && agencyId !== claims.agencyId)
      throw forbidden("Another agency's ratings are not yours to see.");
    agencyId = claims.agencyId;
  }
  if (agencyId) assertPerformance(canSeeOrgAssessmentSummary(claims, agencyId));
  const page = await store.query<Record<string, unknown>>({
    tenantId: claims.tenantId,
    queryId: `orgRatings:${q.period.start}_${q.period.end}:${agencyId ?? 'all'}`,
    pk: keys.orgRatingsPartition(claims.tenantId, q.period),
    limit: q.limit,
    cursor: q.cursor,
    ...(agencyId
      ? { filter: { expression: '#ag = :ag', names: { '#ag': 'agencyId' }, values: { ':ag': agencyId } } }
      : {}),
  });
  return { items: page.items.map(asRating), nextCursor: page.nextCursor };
}

// ---- finaliseSkpAssessments ----

/**
 * Closes an organisation's assessments of a period once its predikats fit the caps of its rating:
 * 409 naming each broken cap (allowed and given) and nothing written; otherwise one transaction
 * that holds the tally's and the rating's versions as read and writes the finalisation.
 */
export async function finaliseSkpAssessments(
  store: Store,
  actor: Actor,
  claims: Claims,
  input: FinaliseSkpAssessmentsInput,
  now: Date,
): Promise<AssessmentFinalisation> {
  const tenantId = claims.tenantId;
  const ctx = await resolveOrg(store, claims, input);
  assertPerformance(
    canFinaliseAssessments(claims, ctx.ref),
    "An organisation's assessments are finalised by its head or an admin in scope.",
  );
  const settings = await getPerformanceSettings(store, tenantId);
  periodIssues(input.period, settings);
  const period = { start: input.period.start, end: input.period.end };
  const { target } = ctx;
  const label = orgLabel(ctx);
  const tallyKey = keys.assessmentTally(tenantId, target.kind, target.id, period);
  const ratingKey = keys.orgRating(tenantId, target.kind, target.id, period);
  const finalKey = keys.assessmentFinalisation(tenantId, target.kind, target.id, period);
  const read = await store.batchGet<Record<string, unknown>>([tallyKey, ratingKey, finalKey], true);
  const found = (k: { pk: string; sk: string }) => read.find((i) => i.pk === k.pk && i.sk === k.sk);
  if (found(finalKey))
    throw conflict(`The assessments of the ${label} for ${periodText(period)} are already finalised.`);
  const rating = found(ratingKey) ? asRating(found(ratingKey)!) : null;
  if (!rating)
    throw conflict(
      `The ${label} has no rating for ${periodText(period)}: rate it first, since its rating sets the caps.`,
    );
  const tally = found(tallyKey);
  const counts = countsFromTally(tally);
  const total = PREDIKATS.reduce((s, p) => s + counts[p], 0);
  if (!tally || total === 0)
    throw conflict(`The ${label} has no assessments for ${periodText(period)} to finalise.`);
  assertDistribution(checkDistribution(rating.predikat, counts, settings.distribution));
  const tallyVersion = Number(tally.version ?? 0);
  const finalisation: AssessmentFinalisation = {
    kind: target.kind,
    orgId: target.id,
    agencyId: ctx.agencyId,
    orgName: ctx.name,
    period,
    orgPredikat: rating.predikat,
    counts,
    total,
    tallyVersion,
    finalisedByName: actor.name ?? leaderName(ctx.org, claims.employeeId) ?? actor.sub,
    finalisedAt: now.toISOString(),
  };
  await store.transact([
    {
      op: {
        ConditionCheck: {
          TableName: store.tableName,
          Key: tallyKey,
          ConditionExpression: 'version = :v',
          ExpressionAttributeValues: { ':v': tallyVersion },
        },
      },
      onConditionFailed: () =>
        conflict(
          `The assessments of the ${label} changed while they were being finalised. Check the distribution and try again.`,
        ),
    },
    {
      op: {
        ConditionCheck: {
          TableName: store.tableName,
          Key: ratingKey,
          ConditionExpression: 'version = :v',
          ExpressionAttributeValues: { ':v': rating.version },
        },
      },
      onConditionFailed: () =>
        conflict(`The rating of the ${label} changed while it was being finalised. Check it and try again.`),
    },
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: { ...finalKey, type: 'ASSESSMENT_FINALISATION', ...finalisation },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () =>
        conflict(`The assessments of the ${label} for ${periodText(period)} are already finalised.`),
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'assessments.finalise',
        entityType: 'assessmentFinalisation',
        entityId: target.id,
        changes: {
          kind: { before: null, after: target.kind },
          period: { before: null, after: period },
          orgPredikat: { before: null, after: rating.predikat },
          counts: { before: null, after: counts },
        },
      },
      now,
    ),
  ]);
  return finalisation;
}
