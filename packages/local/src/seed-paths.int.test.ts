import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import * as surveyResponsesRepo from '@pamong/db/repos/surveys/responses';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../../functions/registry';
import { freshTable, TEST_CURSOR_SECRET } from '../../../tests/support/dynamo';
import { createLocalDeps, type LocalDeps } from './deps';
import { apiSeedWrites, type SeedReport, seedDemo } from './seed';

type Item = Record<string, unknown>;

/** A demo tenant with every kind of demo data: required and optional service codes, 330 employees. */
const TENANT = 'bandarlampung';
/** A ULID alone, or after `r_` (a leave calendar item's attribute per request). */
const ULID = /(?:\b|(?<=r_))[0-9A-HJKMNP-TV-Z]{26}\b/g;
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g;
/** A 360 answer's key: 128 random bits, so nothing orders it by time or ties it to a rater. */
const ANSWER_ID = /(?<=ANSWER#)[0-9a-f]{32}\b/g;

async function scan(deps: LocalDeps): Promise<Item[]> {
  const doc = deps.stores.platform().doc;
  const items: Item[] = [];
  let start: Item | undefined;
  do {
    const out = await doc.send(
      new ScanCommand({ TableName: deps.tableName, ExclusiveStartKey: start, ConsistentRead: true }),
    );
    items.push(...((out.Items ?? []) as Item[]));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/**
 * Every item as a string in which what is random by nature has its shape only: ids (ULIDs),
 * request ids, password hashes, the random short and service codes, the hashed source address
 * (salted with the tenant id) and the 360 answers' random keys. Times need nothing: both runs have
 * the same clock.
 */
function normalise(items: Item[]): string[] {
  const random = new Map<string, string>();
  for (const i of items) {
    if (i.type === 'SURVEY_UNIT') random.set(String(i.shortCode), '<short-code>');
    if (i.type === 'SERVICE_CODE') {
      const code = String(i.code);
      random.set(code, '<service-code>');
      random.set(`${code.slice(0, 4)}-${code.slice(4)}`, '<service-code>');
    }
    if (i.type === 'TENANT') random.set(surveyResponsesRepo.ipHash(String(i.id), 'unknown'), '<ip-hash>');
  }
  const text = (s: string) => {
    if (/^scrypt\$/.test(s)) return '<password-hash>';
    let out = s.replace(ULID, '<id>').replace(UUID, '<uuid>').replace(ANSWER_ID, '<answer-id>');
    for (const [value, shape] of random) if (out.includes(value)) out = out.split(value).join(shape);
    return out;
  };
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return text(v);
    if (Array.isArray(v)) return v.map(walk);
    // A string set (the days a leave holds): its members, in order.
    if (v instanceof Set) return [...v].map(walk).sort();
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v)
          .map(([k, x]) => [text(k), walk(x)] as const)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    return v;
  };
  return items.map((i) => JSON.stringify(walk(i))).sort();
}

/** The lines only one side has, each with how many more times it has it. */
function difference(a: string[], b: string[]): string[] {
  const counts = new Map<string, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  for (const x of b) counts.set(x, (counts.get(x) ?? 0) - 1);
  return [...counts].filter(([, n]) => n !== 0).map(([x, n]) => `${n > 0 ? `+${n}` : n} ${x}`);
}

/**
 * The one test of the seed through the HTTP API: the same demo tenant seeded both ways, into two
 * tables, must hold the same items (guards, counters, aggregates and audit entries included), up to
 * what is random by nature.
 */
describe('the direct seed writes what the API writes', () => {
  const runs: { items: Item[]; report: SeedReport }[] = [];

  beforeAll(async () => {
    // One clock for both: the demo dates, visit times and rate-limit hours all follow it.
    const at = new Date();
    for (const path of ['api', 'direct'] as const) {
      const t = await freshTable();
      const local = await createLocalDeps({
        endpoint: t.endpoint,
        tableName: t.tableName,
        cursorSecret: TEST_CURSOR_SECRET,
        logLevel: 'SILENT',
      });
      const deps = { ...local, now: () => new Date(at) };
      const writes =
        path === 'api'
          ? apiSeedWrites(
              createApi(deps),
              (now) => createApi({ ...deps, now }),
              (tenantId) => deps.stores.forTenant(tenantId),
            )
          : undefined;
      // Without the demo applicants: the API path cannot send them (see apiSeedWrites).
      // The direct path as `npm start -- --memory` runs it: into a table just created, new items in
      // BatchWriteItem.
      const report = await seedDemo(deps, { tenants: [TENANT], writes, applicants: false, emptyTable: true });
      runs.push({ items: await scan(deps), report });
      deps.stores.platform().doc.destroy();
    }
    // Several hundred employees and responses through the API, one request each: minutes on a busy 2-core machine.
  }, 900_000);

  it('reports the same work', () => {
    const [api, direct] = runs;
    expect(direct!.report).toEqual(api!.report);
    expect(api!.report.created.employees).toBeGreaterThan(300);
    expect(api!.report.created.surveyResponses).toBeGreaterThan(300);
    expect(api!.report.created.skps).toBeGreaterThan(100);
    expect(api!.report.created.recruitmentRounds).toBe(3);
  });

  it('writes the same items, counters and audit entries', () => {
    const [api, direct] = runs;
    const a = normalise(api!.items);
    const b = normalise(direct!.items);
    expect(difference(a, b).slice(0, 20)).toEqual([]);
    expect(b.length).toBe(a.length);
    const kinds = (items: Item[]) => new Set(items.map((i) => String(i.type ?? i.sk).split('#')[0]));
    // The comparison covers the kinds that matter: guards, aggregates, counters and the audit trail.
    for (const kind of [
      'AUDIT',
      'NIPGUARD',
      'AGENCY_NAME',
      'IKM_COUNTER',
      'EMPLOYEE',
      'SURVEY_RESPONSE',
      'LEAVE_REQUEST',
      'LEAVE_DAYS',
      'LEAVE_BALANCE',
      'LEAVE_LEDGER',
      'APPROVAL_DELEGATION',
      'ROSTER_SHIFT',
      'SKP',
      'SKP_REALISATION',
      'SKP_FEEDBACK',
      'SKP_ASSESSMENT',
      'ASSESSMENT_TALLY',
      'ORG_RATING',
      'ASSESSMENT_FINALISATION',
      'FEEDBACK_ROUND',
      'FEEDBACK_ASSIGNMENT',
      'FEEDBACK_ANSWER',
      'RECRUITMENT_ROUND',
      'RECRUITMENT_ROUND_CODE',
      'RECRUITMENT_FORMATION',
    ])
      expect(kinds(direct!.items)).toContain(kind);
  });
});
