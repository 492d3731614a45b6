import { createHash, randomBytes } from 'node:crypto';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  AppError,
  type ApplicantProfile,
  type ApplicationState,
  conflict,
  DEFAULT_REGISTRATIONS_PER_HOUR,
  diffFields,
  notFound,
  type RecruitmentSettings,
  rateLimited,
  versionConflict,
} from '@pamong/core';
import { type Actor, auditPut } from '../../audit';
import * as keys from '../../keys';
import { type Page, type Store, stripKeys, type TxItem } from '../../store';
import { TABLE } from '../../table';
import { queryAll } from '../surveys/responses';

/**
 * Applicants and their applications (issue 12 §1-§4). No authorisation and no rules here: the
 * recruitment service applies them and hands over what to write.
 *
 * - Registration is one transaction: the login record at `keys.login(t, nik)` (the NIK's
 *   uniqueness guard in the tenant), the account at `keys.user` (role `applicant`, what every
 *   request's access check reads), the profile, and the audit entry. Both start `unverified`.
 * - An application is two items written together: the guard `ROUND#<roundId>` in the applicant's
 *   partition (`attribute_not_exists`: one application per applicant per round, however many
 *   requests race) and the application in its own partition, with its uploads beside it.
 * - A registration number comes from an `ADD` on the round's sequence item just before the submit
 *   transaction; a failed submit leaves a gap in the numbers, never a duplicate.
 */

const APPLICANT_TYPE = 'APPLICANT';
const APPLICATION_TYPE = 'RECRUITMENT_APPLICATION';
const UPLOAD_TYPE = 'APPLICATION_UPLOAD';

export type StoredApplicant = Omit<ApplicantProfile, 'emailVerified'> & {
  emailVerifiedAt: string | null;
};

export interface StoredApplicationDocument {
  type: string;
  label: string;
  documentId: string;
  name: string;
  contentType: string;
  size: number;
  checkedAt: string;
}

export interface StoredApplication extends ApplicationState {
  id: string;
  applicantId: string;
  roundId: string;
  roundName: string;
  roundCode: string;
  formationId: string;
  positionName: string;
  unitName: string;
  agencyId: string;
  agencyName: string;
  track: 'umum' | 'cumlaude' | 'disabilitas' | 'putra-putri-daerah';
  requiredDocuments: { type: string; label: string; formats: ('pdf' | 'jpeg' | 'png')[]; maxKb: number }[];
  /** By document type. */
  documents: Record<string, StoredApplicationDocument>;
  registrationNumber: string | null;
  /** For staff lists: copied at creation and on each profile change before submission. */
  applicantName: string;
  nik: string;
  /** The applicant's data as they were at submission (the application is read-only after). */
  snapshot?: Omit<StoredApplicant, 'version'>;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface StoredUpload {
  id: string;
  applicationId: string;
  /** The required document's type (not `type`: that is the item's kind in the table). */
  documentType: string;
  name: string;
  declaredContentType: string;
  declaredSize: number;
  key: string;
  createdAt: string;
}

const asApplicant = (i: Record<string, unknown>) => stripKeys(i) as unknown as StoredApplicant;
const asApplication = (i: Record<string, unknown>) => stripKeys(i) as unknown as StoredApplication;

const APPLICANT_AUDIT_FIELDS = ['diplomaName', 'education', 'address', 'disability'] as const;

// ---- applicants ----

export interface NewApplicant {
  applicant: StoredApplicant;
  /** From the identity adapter (the local scrypt hash, or nothing for Cognito). */
  credential: Record<string, unknown>;
  /**
   * The id of the never-verified account whose hold on the NIK has ended (`mayReplaceUnverified`):
   * its login record is taken over only while it still names that account unverified, and its
   * account and profile are deleted in the same transaction.
   */
  replaces?: string;
}

/**
 * One transaction: login record (the NIK guard), account, profile, audit. 409 when the NIK is taken
 * (or, when replacing, no longer held by the unverified account being replaced).
 */
export async function registerApplicant(store: Store, actor: Actor, input: NewApplicant, now: Date) {
  const t = actor.tenantId;
  const a = input.applicant;
  const old = input.replaces;
  const taken = () =>
    new AppError(409, 'conflict', 'Conflict', 'An account with this NIK already exists in this region.', [
      { path: 'nik', message: 'already has an account here' },
    ]);
  const replaced: TxItem[] = old
    ? [
        {
          op: {
            Delete: {
              TableName: store.tableName,
              Key: keys.user(t, old),
              ConditionExpression: '#s = :unverified',
              ExpressionAttributeNames: { '#s': 'status' },
              ExpressionAttributeValues: { ':unverified': 'unverified' },
            },
          },
          onConditionFailed: taken,
        },
        { op: { Delete: { TableName: store.tableName, Key: keys.applicant(t, old) } } },
        auditPut(
          store.tableName,
          actor,
          // The account that gave way, by id only.
          { action: 'applicant.replaceUnverified', entityType: 'applicant', entityId: old, changes: {} },
          now,
        ),
      ]
    : [];
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.login(t, a.nik),
            type: 'LOGIN',
            ...input.credential,
            userId: a.id,
            username: a.nik,
            tenantId: t,
            status: 'unverified',
            name: a.name,
            role: 'applicant',
            agencyId: null,
            employeeId: null,
            failedAttempts: 0,
          },
          ...(old
            ? {
                ConditionExpression: '#s = :unverified AND userId = :old',
                ExpressionAttributeNames: { '#s': 'status' },
                ExpressionAttributeValues: { ':unverified': 'unverified', ':old': old },
              }
            : { ConditionExpression: 'attribute_not_exists(pk)' }),
        },
      },
      onConditionFailed: taken,
    },
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.user(t, a.id),
            type: 'USER',
            id: a.id,
            username: a.nik,
            name: a.name,
            role: 'applicant',
            status: 'unverified',
            agencyId: null,
            employeeId: null,
            createdAt: a.createdAt,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: { ...keys.applicant(t, a.id), type: APPLICANT_TYPE, ...a },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    auditPut(
      store.tableName,
      actor,
      // No personal data in the audit entry: the NIK and contact details stay in the profile.
      { action: 'applicant.register', entityType: 'applicant', entityId: a.id, changes: {} },
      now,
    ),
    ...replaced,
  ]);
}

/** The login record of a NIK (the account's id and status), or undefined. */
export async function findLogin(store: Store, tenantId: string, nik: string) {
  return store.get<{ userId: string; status: string; name: string; role: string }>(
    keys.login(tenantId, nik),
    true,
  );
}

/** One transaction: login record, account and profile become verified; the audit entry. */
export async function markVerified(store: Store, actor: Actor, nik: string, now: Date): Promise<void> {
  const t = actor.tenantId;
  const at = now.toISOString();
  const activate = (key: { pk: string; sk: string }): TxItem => ({
    op: {
      Update: {
        TableName: store.tableName,
        Key: key,
        UpdateExpression: 'SET #s = :active',
        ConditionExpression: '#s = :unverified',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':active': 'active', ':unverified': 'unverified' },
      },
    },
    onConditionFailed: () => conflict('This account is already verified.'),
  });
  await store.transact([
    activate(keys.login(t, nik)),
    activate(keys.user(t, actor.sub)),
    {
      op: {
        Update: {
          TableName: store.tableName,
          Key: keys.applicant(t, actor.sub),
          UpdateExpression: 'SET emailVerifiedAt = :at',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':at': at },
        },
      },
    },
    auditPut(
      store.tableName,
      actor,
      { action: 'applicant.verifyEmail', entityType: 'applicant', entityId: actor.sub, changes: {} },
      now,
    ),
  ]);
}

export async function getApplicant(store: Store, tenantId: string, applicantId: string, consistent = false) {
  const item = await store.get<Record<string, unknown>>(keys.applicant(tenantId, applicantId), consistent);
  if (!item || item.type !== APPLICANT_TYPE) throw notFound('Applicant');
  return asApplicant(item);
}

export type ApplicantChanges = Partial<Pick<StoredApplicant, (typeof APPLICANT_AUDIT_FIELDS)[number]>>;

/** The profile's changeable fields at the version read, and the audit entry. */
export async function updateApplicant(
  store: Store,
  actor: Actor,
  before: StoredApplicant,
  changes: ApplicantChanges,
  now: Date,
): Promise<StoredApplicant> {
  const after: StoredApplicant = {
    ...before,
    ...changes,
    updatedAt: now.toISOString(),
    version: before.version + 1,
  };
  const names: Record<string, string> = { '#v': 'version', '#u': 'updatedAt' };
  const values: Record<string, unknown> = {
    ':v': before.version,
    ':nv': after.version,
    ':u': after.updatedAt,
  };
  const sets = ['#v = :nv', '#u = :u'];
  for (const f of APPLICANT_AUDIT_FIELDS) {
    if (changes[f] === undefined) continue;
    names[`#${f}`] = f;
    values[`:${f}`] = changes[f];
    sets.push(`#${f} = :${f}`);
  }
  await store.transact([
    {
      op: {
        Update: {
          TableName: store.tableName,
          Key: keys.applicant(actor.tenantId, before.id),
          UpdateExpression: `SET ${sets.join(', ')}`,
          ConditionExpression: '#v = :v',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        },
      },
      onConditionFailed: () => versionConflict('The profile'),
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'applicant.updateProfile',
        entityType: 'applicant',
        entityId: before.id,
        changes: diffFields(before as never, after as never, APPLICANT_AUDIT_FIELDS),
      },
      now,
    ),
  ]);
  return after;
}

// ---- registration rate (per source, per hour) ----

/** The source address only as a salted hash, like the survey's. */
export const sourceHash = (tenantId: string, ip: string) =>
  createHash('sha256').update(`applicant:${tenantId}:${ip}`).digest('hex').slice(0, 16);
const HOUR_MS = 3_600_000;

/** Counts one registration attempt from a source; 429 with Retry-After past `limit` in the hour. */
export async function countRegistrationAttempt(
  store: Store,
  tenantId: string,
  ip: string,
  limit: number,
  now: Date,
): Promise<void> {
  const hour = now.toISOString().slice(0, 13).replace(/[-T]/g, '');
  const end = (Math.floor(now.getTime() / HOUR_MS) + 1) * HOUR_MS;
  try {
    await store.doc.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: keys.applicantRegistrationRate(tenantId, sourceHash(tenantId, ip), hour),
        UpdateExpression: 'ADD #n :one SET #ttl = :ttl',
        ConditionExpression: 'attribute_not_exists(#n) OR #n < :limit',
        ExpressionAttributeNames: { '#n': 'n', '#ttl': TABLE.ttlAttribute },
        ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':ttl': Math.floor(end / 1000) + 3600 },
      }),
    );
  } catch (err) {
    if ((err as { name?: string }).name === 'ConditionalCheckFailedException')
      throw rateLimited(
        (end - now.getTime()) / 1000,
        'Too many registrations from this network. Try again later.',
      );
    throw err;
  }
}

// ---- applications ----

/** One transaction: the per-round guard, the application, the audit entry. 409 names the existing one. */
export async function createApplication(
  store: Store,
  actor: Actor,
  app: StoredApplication,
  now: Date,
): Promise<void> {
  const t = actor.tenantId;
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.applicantRoundGuard(t, app.applicantId, app.roundId),
            type: 'APPLICATION_GUARD',
            applicationId: app.id,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      onConditionFailed: (_existed, old) =>
        new AppError(
          409,
          'conflict',
          'Conflict',
          'You already have an application in this round: one formasi per round.',
          [
            {
              path: 'roundId',
              message: `already applied in this round (application ${String(old?.applicationId ?? '')})`,
            },
          ],
        ),
    },
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: applicationItem(t, app),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'application.create',
        entityType: 'application',
        entityId: app.id,
        changes: {
          roundId: { before: null, after: app.roundId },
          formationId: { before: null, after: app.formationId },
        },
      },
      now,
    ),
  ]);
}

/** The application's item; on the staff's index (gsi1) only once submitted: a draft is the applicant's own. */
function applicationItem(t: string, app: StoredApplication) {
  return {
    ...keys.application(t, app.id),
    ...(app.status === 'DRAFT'
      ? {}
      : {
          ...keys.applicationsOfRound(t, app.roundId),
          gsi1sk: keys.applicationsOfRoundSort(app.agencyId, app.formationId, app.id),
        }),
    ...keys.applicationsOfApplicant(t, app.applicantId),
    gsi2sk: app.id,
    type: APPLICATION_TYPE,
    ...app,
  };
}

export async function getApplication(
  store: Store,
  tenantId: string,
  applicationId: string,
  consistent = false,
): Promise<StoredApplication> {
  const item = await store.get<Record<string, unknown>>(
    keys.application(tenantId, applicationId),
    consistent,
  );
  if (!item || item.type !== APPLICATION_TYPE) throw notFound('Application');
  return asApplication(item);
}

/** The applicant's applications, newest first. */
export async function listApplicationsOfApplicant(
  store: Store,
  tenantId: string,
  applicantId: string,
  page: { cursor?: string; limit: number },
): Promise<Page<StoredApplication>> {
  const out = await store.query<Record<string, unknown>>({
    tenantId,
    queryId: `applications-of-applicant:${applicantId}`,
    index: 'gsi2',
    pk: keys.applicationsOfApplicant(tenantId, applicantId).gsi2pk,
    limit: page.limit,
    cursor: page.cursor,
    forward: false,
  });
  return { items: out.items.map(asApplication), nextCursor: out.nextCursor };
}

/** A round's applications for staff: an agency's or a formasi's with `begins_with`, a status as a filter. */
export async function listApplicationsOfRound(
  store: Store,
  tenantId: string,
  roundId: string,
  where: { agencyId?: string; formationId?: string; status?: string },
  page: { cursor?: string; limit: number },
): Promise<Page<StoredApplication>> {
  const prefix = where.agencyId
    ? `${where.agencyId}#${where.formationId ? `${where.formationId}#` : ''}`
    : undefined;
  // DynamoDB filters after the limit, so a status filter alone would give short (even empty) pages
  // with more left: the page is filled from further Query calls, at most FILL_CALLS of them.
  const items: Record<string, unknown>[] = [];
  let cursor = page.cursor;
  for (let calls = 0; calls < FILL_CALLS; calls++) {
    const out = await store.query<Record<string, unknown>>({
      tenantId,
      queryId: `applications-of-round:${roundId}:${prefix ?? ''}:${where.status ?? ''}`,
      index: 'gsi1',
      pk: keys.applicationsOfRound(tenantId, roundId).gsi1pk,
      ...(prefix ? { skBeginsWith: prefix } : {}),
      ...(where.status
        ? { filter: { expression: '#st = :st', names: { '#st': 'status' }, values: { ':st': where.status } } }
        : {}),
      limit: page.limit - items.length,
      cursor,
    });
    items.push(...out.items);
    cursor = out.nextCursor ?? undefined;
    if (!cursor || items.length >= page.limit) break;
  }
  return { items: items.map(asApplication), nextCursor: cursor ?? null };
}

/** Query calls one page of a filtered application list may take before it answers short. */
const FILL_CALLS = 10;

// ---- uploads and documents ----

export async function recordUpload(store: Store, tenantId: string, upload: StoredUpload): Promise<void> {
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.applicationDocument(tenantId, upload.applicationId, upload.id),
            type: UPLOAD_TYPE,
            ...upload,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
  ]);
}

export async function getUpload(
  store: Store,
  tenantId: string,
  applicationId: string,
  documentId: string,
): Promise<StoredUpload> {
  const item = await store.get<Record<string, unknown>>(
    keys.applicationDocument(tenantId, applicationId, documentId),
    true,
  );
  if (!item || item.type !== UPLOAD_TYPE) throw notFound('Upload');
  return stripKeys(item) as unknown as StoredUpload;
}

const staleApplication = () => versionConflict('The application');

/**
 * A checked document takes its type's place in a draft (an earlier one of that type is replaced),
 * at the version read, with the audit entry.
 */
export async function acceptDocument(
  store: Store,
  actor: Actor,
  app: StoredApplication,
  doc: StoredApplicationDocument,
  now: Date,
): Promise<StoredApplication> {
  const previous = app.documents[doc.type];
  const after: StoredApplication = {
    ...app,
    documents: { ...app.documents, [doc.type]: doc },
    updatedAt: now.toISOString(),
    version: app.version + 1,
  };
  await store.transact([
    {
      op: {
        Update: {
          TableName: store.tableName,
          Key: keys.application(actor.tenantId, app.id),
          UpdateExpression: 'SET documents.#type = :doc, updatedAt = :u, version = :nv',
          ConditionExpression: 'version = :v AND #s = :draft',
          ExpressionAttributeNames: { '#type': doc.type, '#s': 'status' },
          ExpressionAttributeValues: {
            ':doc': doc,
            ':u': after.updatedAt,
            ':nv': after.version,
            ':v': app.version,
            ':draft': 'DRAFT',
          },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      onConditionFailed: (_e, old) =>
        old && old.status !== 'DRAFT'
          ? conflict('The application is submitted and is read-only.')
          : staleApplication(),
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'application.acceptDocument',
        entityType: 'application',
        entityId: app.id,
        changes: {
          [`documents.${doc.type}`]: { before: previous?.documentId ?? null, after: doc.documentId },
        },
      },
      now,
    ),
  ]);
  return after;
}

/** The next registration sequence of a round (an atomic `ADD`; a failed submit leaves a gap). */
export async function nextRegistrationSequence(
  store: Store,
  tenantId: string,
  roundId: string,
): Promise<number> {
  const out = await store.doc.send(
    new UpdateCommand({
      TableName: store.tableName,
      Key: keys.registrationSequence(tenantId, roundId),
      UpdateExpression: 'ADD #n :one SET #type = :type',
      ExpressionAttributeNames: { '#n': 'n', '#type': 'type' },
      ExpressionAttributeValues: { ':one': 1, ':type': 'REGISTRATION_SEQUENCE' },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return Number(out.Attributes?.n);
}

/**
 * One transaction: the application becomes SUBMITTED with its number and the applicant's data as
 * they are now (at the version read, while a draft), the number's lookup item, the audit entry.
 */
export async function submitApplication(
  store: Store,
  actor: Actor,
  before: StoredApplication,
  after: StoredApplication,
  now: Date,
): Promise<void> {
  const t = actor.tenantId;
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: applicationItem(t, after),
          ConditionExpression: 'version = :v AND #s = :draft',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':v': before.version, ':draft': 'DRAFT' },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      onConditionFailed: (_e, old) =>
        old && old.status !== 'DRAFT'
          ? conflict('The application is already submitted and is read-only.')
          : staleApplication(),
    },
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.registrationNumber(t, after.registrationNumber!),
            type: 'REGISTRATION_NUMBER',
            applicationId: after.id,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'application.submit',
        entityType: 'application',
        entityId: after.id,
        changes: {
          status: { before: before.status, after: after.status },
          registrationNumber: { before: null, after: after.registrationNumber },
        },
      },
      now,
    ),
  ]);
}

/** The application a registration number names, or null. */
export async function findByRegistrationNumber(
  store: Store,
  tenantId: string,
  registrationNumber: string,
): Promise<StoredApplication | null> {
  const ref = await store.get<{ applicationId: string }>(
    keys.registrationNumber(tenantId, registrationNumber),
  );
  if (!ref) return null;
  return getApplication(store, tenantId, ref.applicationId).catch(() => null);
}

/**
 * A screening decision or another lifecycle step: the new state at the version read, with the
 * audit entry naming what changed (`action`, e.g. `application.verify`).
 */
export async function updateState(
  store: Store,
  actor: Actor,
  before: StoredApplication,
  state: ApplicationState,
  action: string,
  now: Date,
): Promise<StoredApplication> {
  const after: StoredApplication = {
    ...before,
    ...state,
    updatedAt: now.toISOString(),
    version: before.version + 1,
  };
  // Only the state's attributes: the scores and the ranking are written on the same item without a
  // version (score imports, computeRanking), and a Put of the whole item read here would undo them.
  await store.transact([
    {
      op: {
        Update: {
          TableName: store.tableName,
          Key: keys.application(actor.tenantId, before.id),
          UpdateExpression:
            'SET #status = :status, reasons = :reasons, objections = :objections, submittedAt = :submittedAt, updatedAt = :at, version = :next' +
            (state.examPassed ? ', examPassed = :examPassed' : ''),
          ConditionExpression: 'version = :v',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':status': after.status,
            ':reasons': after.reasons,
            ':objections': after.objections,
            ':submittedAt': after.submittedAt,
            ':at': after.updatedAt,
            ':next': after.version,
            ':v': before.version,
            ...(state.examPassed ? { ':examPassed': state.examPassed } : {}),
          },
        },
      },
      onConditionFailed: staleApplication,
    },
    auditPut(
      store.tableName,
      actor,
      {
        action,
        entityType: 'application',
        entityId: before.id,
        changes: diffFields(before as never, after as never, ['status', 'reasons', 'objections'] as const),
      },
      now,
    ),
  ]);
  return after;
}

/** Opening a full record or a document: who, when, what (issue 12 §4), as an audit entry. */
export async function logAccess(
  store: Store,
  actor: Actor,
  applicationId: string,
  what: string,
  now: Date,
): Promise<void> {
  await store.transact([
    auditPut(
      store.tableName,
      actor,
      {
        action: 'application.access',
        entityType: 'application',
        entityId: applicationId,
        changes: {},
        flags: [what],
      },
      now,
    ),
  ]);
}

// ---- the proof's signing key ----

/** The tenant's proof-signing key: 32 random bytes, made on first use (a race keeps the first). */
export async function proofKey(store: Store, tenantId: string): Promise<Buffer> {
  const k = keys.registrationProofKey(tenantId);
  const found = await store.get<{ secret: string }>(k, true);
  if (found) return Buffer.from(found.secret, 'base64');
  const secret = randomBytes(32).toString('base64');
  try {
    await store.transact([
      {
        op: {
          Put: {
            TableName: store.tableName,
            Item: { ...k, type: 'REGISTRATION_PROOF_KEY', secret },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      },
    ]);
    return Buffer.from(secret, 'base64');
  } catch {
    const again = await store.get<{ secret: string }>(k, true);
    if (!again) throw new Error('the proof key could not be made');
    return Buffer.from(again.secret, 'base64');
  }
}

/** Every submitted application of a round (all pages of its staff index), for an announcement. */
export async function allSubmittedOfRound(
  store: Store,
  tenantId: string,
  roundId: string,
): Promise<StoredApplication[]> {
  const items = await queryAll(store, {
    pk: keys.applicationsOfRound(tenantId, roundId).gsi1pk,
    index: 'gsi1',
  });
  return items.map(asApplication);
}

// ---- the tenant's recruitment settings ----

export async function getSettings(
  store: Store,
  tenantId: string,
  consistent = false,
): Promise<RecruitmentSettings> {
  const item = await store.get<Partial<RecruitmentSettings>>(keys.recruitmentSettings(tenantId), consistent);
  return {
    registrationsPerHour: item?.registrationsPerHour ?? DEFAULT_REGISTRATIONS_PER_HOUR,
    version: item?.version ?? 0,
    updatedAt: item?.updatedAt ?? null,
  };
}

/** Saves the settings at the version read (0: the first save, an insert), with the audit entry. */
export async function updateSettings(
  store: Store,
  actor: Actor,
  input: { registrationsPerHour: number; version: number },
  now: Date,
): Promise<RecruitmentSettings> {
  const before = await getSettings(store, actor.tenantId, true);
  if (before.version !== input.version) throw versionConflict('Recruitment settings');
  const after: RecruitmentSettings = {
    registrationsPerHour: input.registrationsPerHour,
    version: input.version + 1,
    updatedAt: now.toISOString(),
  };
  const first = input.version === 0;
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: { ...keys.recruitmentSettings(actor.tenantId), type: 'RECRUITMENT_SETTINGS', ...after },
          ...(first
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': input.version } }),
        },
      },
      onConditionFailed: () => versionConflict('Recruitment settings'),
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'recruitmentSettings.update',
        entityType: 'recruitmentSettings',
        entityId: actor.tenantId,
        changes: diffFields(before as never, after as never, ['registrationsPerHour'] as const),
      },
      now,
    ),
  ]);
  return after;
}
