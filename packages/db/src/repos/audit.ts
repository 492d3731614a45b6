import { type AuditEntry, type AuditPage, ULID_PATTERN } from '@pamong/core';
import type { Key } from '../keys';
import * as keys from '../keys';
import { type Page, type Store, stripKeys } from '../store';

/**
 * By entity: the entity's own partition on the table. By time: the tenant's audit log on gsi1.
 * Both sort by ISO time, so a date range is a BETWEEN on the sort key. Newest first.
 */
export async function listAuditEntries(
  store: Store,
  tenantId: string,
  q: { entityType?: string; entityId?: string; from?: string; to?: string; limit: number; cursor?: string },
): Promise<Page<AuditEntry>> {
  const [from, to] = keys.auditRange(
    q.from ? new Date(q.from).toISOString() : undefined,
    q.to ? new Date(q.to).toISOString() : undefined,
  );
  const byEntity = q.entityType && q.entityId;
  const res = await store.query<Record<string, unknown>>({
    tenantId,
    queryId: `audit:${q.entityType ?? ''}:${q.entityId ?? ''}:${from}:${to}`,
    ...(byEntity
      ? { pk: keys.auditByEntity(tenantId, q.entityType!, q.entityId!) }
      : { index: 'gsi1' as const, pk: keys.auditByTime(tenantId) }),
    skBetween: [from, to],
    limit: q.limit,
    cursor: q.cursor,
    forward: false,
  });
  const items = res.items.map((i) => stripKeys(i) as unknown as AuditEntry);
  return { items, nextCursor: res.nextCursor };
}

/** What an id in an audit entry names, by the entity type or the changed field it is found in. */
type NamedKind = 'agency' | 'unit' | 'user' | 'employee' | 'position' | 'training' | 'surveyUnit';

const ENTITY_KINDS: Readonly<Record<string, NamedKind>> = {
  agency: 'agency',
  unit: 'unit',
  user: 'user',
  employee: 'employee',
  mentor: 'employee',
  position: 'position',
  training: 'training',
  surveyUnit: 'surveyUnit',
};

/** `agencyId`, `mentorAgencyId` → agency; `unitId`, `parentUnitId` → unit; and so on. */
function kindOfField(field: string): NamedKind | null {
  const f = field.toLowerCase();
  if (!f.endsWith('id')) return null;
  if (f.endsWith('agencyid')) return 'agency';
  if (f.endsWith('unitid')) return 'unit';
  if (f.endsWith('employeeid')) return 'employee';
  if (f.endsWith('positionid')) return 'position';
  if (f.endsWith('userid')) return 'user';
  if (f.endsWith('trainingid')) return 'training';
  return null;
}

const isId = (v: unknown): v is string => typeof v === 'string' && ULID_PATTERN.test(v);
const PLATFORM_USER_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The ids of one entry by kind, with the agencies a unit id of it may belong to. */
function idsOf(e: AuditEntry) {
  const found: [NamedKind, string][] = [];
  const agencies = new Set<string>();
  const entityKind = ENTITY_KINDS[e.entityType];
  if (entityKind && isId(e.entityId)) found.push([entityKind, e.entityId]);
  if (e.entityType === 'agency' && isId(e.entityId)) agencies.add(e.entityId);
  // Ids sit in changed fields (`agencyId`), and inside their values: a completion's employeeId,
  // the `training` an employee's competencies were raised by. Walked a few levels deep.
  const walk = (field: string, v: unknown, depth: number) => {
    if (isId(v)) {
      const kind = kindOfField(field) ?? ID_FIELDS[field] ?? null;
      if (!kind) return;
      found.push([kind, v]);
      if (kind === 'agency' && field === 'agencyId') agencies.add(v);
    } else if (depth < 3 && Array.isArray(v)) {
      for (const x of v) walk(field, x, depth + 1);
    } else if (depth < 3 && v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) walk(k, x, depth + 1);
    }
  };
  for (const [field, change] of Object.entries(e.changes ?? {})) {
    walk(field, change?.before, 0);
    walk(field, change?.after, 0);
  }
  return { found, agencies };
}

/** Fields whose value is an id although their name does not end in `Id`. */
const ID_FIELDS: Record<string, NamedKind> = {
  training: 'training',
  employee: 'employee',
  mentor: 'employee',
  mentee: 'employee',
};

function keyOf(tenantId: string, kind: Exclude<NamedKind, 'unit'>, id: string): Key {
  switch (kind) {
    case 'agency':
      return keys.agency(tenantId, id);
    case 'user':
      return keys.user(tenantId, id);
    case 'employee':
      return keys.employee(tenantId, id);
    case 'position':
      return keys.position(tenantId, id);
    case 'training':
      return keys.training(tenantId, id);
    case 'surveyUnit':
      return keys.surveyUnit(tenantId, id);
  }
}

const keyText = (k: Key) => `${k.pk}|${k.sk}`;

/** BatchGetItem of every key, 100 to a call, all in parallel; items by "pk|sk". */
async function getAll(store: Store, wanted: Map<string, Key>) {
  const list = [...wanted.values()];
  const chunks: Key[][] = [];
  for (let i = 0; i < list.length; i += 100) chunks.push(list.slice(i, i + 100));
  const pages = await Promise.all(chunks.map((c) => store.batchGet<Record<string, unknown>>(c)));
  const out = new Map<string, Record<string, unknown>>();
  for (const item of pages.flat()) out.set(`${item.pk}|${item.sk}`, item);
  return out;
}

const nameOf = (item: Record<string, unknown> | undefined): string | undefined => {
  const n = item?.name ?? item?.title;
  return typeof n === 'string' && n.trim() ? n : undefined;
};

/**
 * The names the audit page shows instead of ids (issue 11 B9), for one page of entries:
 * - `names`: the agencies, units, employees, users, positions, trainings and survey units named by
 *   the entries' entityId and by the before/after values of changed fields ending in `Id` (or
 *   named `training`, `employee`, `mentor`, `mentee`), also inside those values' objects and lists;
 * - `actorName` on each entry: the one stored with it, else the actor's account name (the tenant's
 *   user profile; a platform admin's profile on `platform`), else null. An actor's id is in
 *   `names` only when an entry also refers to it.
 *
 * DynamoDB calls: one BatchGetItem per 100 distinct keys (a page of 25 is one), plus one on the
 * platform partition when an older entry's actor is a platform admin, plus one more only for units
 * whose agency the entry does not name (a unit's key needs its agency): they are looked up under
 * the agency of the entry's entity (the employee, position or user read in the first call). Ids that
 * resolve to nothing (deleted, a unit still unplaced) are left out of `names`.
 */
export async function auditNames(
  store: Store,
  tenantId: string,
  entries: readonly AuditEntry[],
  platform?: Store,
): Promise<Omit<AuditPage, 'nextCursor'>> {
  const wanted = new Map<string, Key>();
  const idByKey = new Map<string, string>();
  const want = (k: Key, id: string) => {
    wanted.set(keyText(k), k);
    idByKey.set(keyText(k), id);
  };
  const platformWanted = new Map<string, Key>();
  const referenced = new Set<string>();
  const perEntry = entries.map((e) => {
    const { found: ids, agencies } = idsOf(e);
    const units: string[] = [];
    for (const [kind, id] of ids) {
      referenced.add(id);
      if (kind === 'unit') {
        units.push(id);
        for (const a of agencies) want(keys.unit(tenantId, a, id), id);
      } else want(keyOf(tenantId, kind, id), id);
    }
    if (!e.actorName) {
      if (e.actor.role === 'platform-admin') {
        if (platform && PLATFORM_USER_ID.test(e.actor.sub)) {
          const k = keys.platformUser(e.actor.sub);
          platformWanted.set(keyText(k), k);
          idByKey.set(keyText(k), e.actor.sub);
        }
      } else if (isId(e.actor.sub)) want(keys.user(tenantId, e.actor.sub), e.actor.sub);
    }
    return { e, units };
  });

  const [items, platformItems] = await Promise.all([
    getAll(store, wanted),
    platform && platformWanted.size > 0 ? getAll(platform, platformWanted) : new Map(),
  ]);
  // Every name found, actors' included; `names` keeps those the entries refer to.
  const found: Record<string, string> = {};
  for (const [k, item] of [...items, ...platformItems]) {
    const id = idByKey.get(k);
    const name = nameOf(item);
    if (id && name) found[id] = name;
  }
  const names: Record<string, string> = {};
  for (const id of referenced) {
    const name = found[id];
    if (name) names[id] = name;
  }

  // Units whose agency the entry did not name: under the agency of the entity the entry is about.
  const second = new Map<string, Key>();
  for (const { e, units } of perEntry) {
    const missing = units.filter((u) => !names[u]);
    if (missing.length === 0) continue;
    const kind = ENTITY_KINDS[e.entityType];
    const entity =
      kind && kind !== 'unit' && isId(e.entityId)
        ? items.get(keyText(keyOf(tenantId, kind, e.entityId)))
        : undefined;
    const agencyId = entity?.agencyId;
    if (!isId(agencyId)) continue;
    for (const u of missing) {
      const k = keys.unit(tenantId, agencyId, u);
      if (!wanted.has(keyText(k))) {
        second.set(keyText(k), k);
        idByKey.set(keyText(k), u);
      }
    }
  }
  if (second.size > 0)
    for (const [k, item] of await getAll(store, second)) {
      const id = idByKey.get(k);
      const name = nameOf(item);
      if (id && name) names[id] = name;
    }

  return {
    items: entries.map((e) => ({ ...e, actorName: e.actorName ?? found[e.actor.sub] ?? null })),
    names,
  };
}
