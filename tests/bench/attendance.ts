import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { type Actor, countDynamoCalls, employeeWrites, newId } from '@pamong/db';
import * as keys from '@pamong/db/keys';
import { createTenantViaApi, createTestApi } from '../support/app';
import { benchEmployee, bulkPut, mintTokens } from './load';

/**
 * The attendance figures of `npm run bench` (issue 13 §6):
 * - the morning peak: `employees` of one tenant check in as fast as the in-process API takes them
 *   (`concurrency` at a time), against raw DynamoDB Local writes of the same shape (the punch Put and
 *   the month item's Update in one transaction) at the same concurrency, in the same run; then the
 *   day's aggregates are checked against the punches stored;
 * - the recap of one agency of `recapAgencySize` employees: time and DynamoDB calls, page by page.
 * The DynamoDB calls of every attendance operation are in the calls section (every operation).
 */

export interface AttendanceBenchOptions {
  endpoint: string;
  log: (message: string) => void;
  /** Employees who check in during the morning peak (the issue: 10,000). */
  employees: number;
  /** Employees of the agency whose recap is timed (the issue: 1,000). */
  recapAgencySize: number;
  concurrency: number;
}

export interface AttendanceResult {
  employees: number;
  concurrency: number;
  checkIn: {
    seconds: number;
    perSecond: number;
    non2xx: number;
    /** A check-in in a warm container, and the first one (which fills the caches). */
    callsPerCheckIn: Record<string, number>;
    callsCold: Record<string, number>;
  };
  raw: { seconds: number; perSecond: number };
  ratio: number;
  aggregatesMatch: { monthItemsWithCheckIn: number; punchesStored: number; equal: boolean };
  recap: {
    employees: number;
    pages: number;
    seconds: number;
    calls: number;
    byCommand: Record<string, number>;
  };
  loadSeconds: number;
  seconds: number;
}

// Monday 7 December 2026, 07:20 WIB: a working day, ten minutes before the start.
const PEAK = new Date('2026-12-07T00:20:00Z');
const OFFICE = { lat: -5.4294, lon: 105.2619 };

const ok = (res: { status: number; body: any }, status: number, what: string) => {
  if (res.status !== status)
    throw new Error(
      `bench attendance: ${what} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 400)}`,
    );
  return res.body;
};

/** Runs `job` for every index, `concurrency` at a time. */
async function pool(count: number, concurrency: number, job: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < count; i = next++) await job(i);
    }),
  );
}

export async function benchAttendance(opts: AttendanceBenchOptions): Promise<AttendanceResult> {
  const t0 = performance.now();
  let clock = PEAK;
  const t = await createTestApi({ endpoint: opts.endpoint, now: () => clock });
  const { tenantId, adminToken } = await createTenantViaApi(t, 'bench-absen');
  // The recap's agency holds `recapAgencySize`; the rest are spread over more agencies of that size.
  const agencyCount = Math.max(1, Math.ceil(opts.employees / opts.recapAgencySize));
  const agencies: { id: string; unitId: string }[] = [];
  for (let a = 0; a < agencyCount; a++) {
    const agency = ok(
      await t.call('POST', '/v1/agencies', { token: adminToken, body: { name: `Dinas Beban ${a + 1}` } }),
      201,
      'createAgency',
    );
    const unit = ok(
      await t.call('POST', `/v1/agencies/${agency.id}/units`, {
        token: adminToken,
        body: { name: 'Sekretariat' },
      }),
      201,
      'createUnit',
    );
    ok(
      await t.call('POST', '/v1/attendance/locations', {
        token: adminToken,
        body: { agencyId: agency.id, name: `Kantor Dinas Beban ${a + 1}`, ...OFFICE, radiusM: 150 },
      }),
      201,
      'createWorkLocation',
    );
    agencies.push({ id: agency.id, unitId: unit.id });
  }

  opts.log(`attendance: loading ${opts.employees} employees with linked accounts`);
  const loadStart = performance.now();
  const actor: Actor = { tenantId, sub: 'bench', role: 'tenant-admin', requestId: 'bench' };
  const at = PEAK.toISOString();
  const people: { employeeId: string; userId: string; agencyId: string }[] = [];
  const items = function* () {
    for (let i = 0; i < opts.employees; i++) {
      const agency = agencies[Math.floor(i / opts.recapAgencySize) % agencies.length]!;
      const employeeId = newId();
      const userId = newId();
      people.push({ employeeId, userId, agencyId: agency.id });
      const e = benchEmployee(i, {
        id: employeeId,
        name: `Pegawai Absen ${String(i).padStart(5, '0')}`,
        agencyId: agency.id,
        agencyName: 'Dinas Beban',
        unitId: agency.unitId,
        at,
      });
      for (const w of employeeWrites(t.store, actor, undefined, e, {
        action: 'bench',
        now: PEAK,
        noAudit: true,
      }))
        if (w.op.Put) yield w.op.Put.Item as Record<string, unknown>;
      yield {
        ...keys.user(tenantId, userId),
        type: 'USER',
        id: userId,
        username: `absen.${userId.toLowerCase()}`,
        name: e.name,
        role: 'employee',
        agencyId: agency.id,
        employeeId,
        status: 'active',
        createdAt: at,
        updatedAt: at,
        version: 1,
      };
    }
  };
  await bulkPut(t, items(), { inFlight: 8, onProgress: (n) => opts.log(`  ${n} items`) });
  const loadSeconds = (performance.now() - loadStart) / 1000;

  // Tokens as the local identity signs them, without 10,000 password hashes.
  const tokens = await mintTokens(t, tenantId, people, PEAK);

  const body = () =>
    JSON.stringify({
      kind: 'in',
      lat: OFFICE.lat + 0.0002,
      lon: OFFICE.lon - 0.0001,
      accuracyM: 12,
      fixTakenAt: new Date(clock.getTime() - 3_000).toISOString(),
    });
  const send = (i: number) =>
    t.api.request('/v1/attendance/punches', {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens[i]}`, 'content-type': 'application/json' },
      body: body(),
    });

  // Calls of one check-in in a warm container: the first request fills the tenant and attendance
  // configuration caches (its own calls are counted too, as the cold figure); the second is measured.
  clock = new Date(PEAK.getTime() + 60_000);
  const cold = await countDynamoCalls(async () => (await send(0)).status);
  const probe = await countDynamoCalls(async () => (await send(1)).status);
  opts.log(
    `attendance: one check-in = ${probe.calls.total} DynamoDB calls warm, ${cold.calls.total} with cold caches (${cold.result}, ${probe.result})`,
  );

  opts.log(`attendance: the morning peak, ${opts.employees} check-ins, ${opts.concurrency} at a time`);
  let non2xx = 0;
  const peakStart = performance.now();
  await pool(opts.employees - 2, opts.concurrency, async (j) => {
    const res = await send(j + 2);
    if (res.status !== 201) {
      non2xx++;
      if (non2xx <= 3) opts.log(`  ${res.status} ${(await res.text()).slice(0, 300)}`);
    } else await res.arrayBuffer();
  });
  const peakSeconds = (performance.now() - peakStart) / 1000;

  // The same writes, raw: one transaction per check-in of the punch Put and the month Update.
  opts.log('attendance: raw DynamoDB writes of the same shape');
  const month = '2026-12';
  const rawStart = performance.now();
  await pool(opts.employees, opts.concurrency, async (i) => {
    const p = people[i]!;
    const id = newId();
    const when = new Date(PEAK.getTime() + 90_000).toISOString();
    await t.store.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: t.tableName,
              Item: {
                pk: `RAW#${keys.punchesPartition(tenantId, p.employeeId)}`,
                sk: `AT#${when}#${id}`,
                type: 'RAW_PUNCH',
                kind: 'in',
                at: when,
                lat: OFFICE.lat,
                lon: OFFICE.lon,
                accuracyM: 12,
                flags: [],
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Update: {
              TableName: t.tableName,
              Key: {
                pk: `RAW#${keys.attendanceMonthPartition(tenantId, p.agencyId, month)}`,
                sk: `EMP#${p.employeeId}`,
              },
              UpdateExpression:
                'SET #in = :t, lastPunch = :lp, punchCount = if_not_exists(punchCount, :z) + :one',
              ConditionExpression: 'attribute_not_exists(#in)',
              ExpressionAttributeNames: { '#in': 'in_07' },
              ExpressionAttributeValues: { ':t': when, ':lp': { at: when }, ':z': 0, ':one': 1 },
            },
          },
        ],
      }),
    );
  });
  const rawSeconds = (performance.now() - rawStart) / 1000;

  // The day's aggregates against the punches stored: every check-in left one punch and one in_07.
  opts.log('attendance: checking the aggregates against the punches');
  let withIn = 0;
  let punches = 0;
  for (const a of agencies) {
    let cursor: string | undefined;
    do {
      const page = await t.store.query<Record<string, unknown>>({
        tenantId,
        queryId: `bench:${a.id}`,
        pk: keys.attendanceMonthPartition(tenantId, a.id, month),
        limit: 1000,
        cursor,
      });
      for (const item of page.items) if (item.in_07) withIn++;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  await pool(people.length, 16, async (i) => {
    const page = await t.store.query<Record<string, unknown>>({
      tenantId,
      queryId: `bench:punches:${i}`,
      pk: keys.punchesPartition(tenantId, people[i]!.employeeId),
      limit: 10,
    });
    punches += page.items.length;
  });

  opts.log(`attendance: the recap of one agency of ${Math.min(opts.recapAgencySize, opts.employees)}`);
  clock = new Date(PEAK.getTime() + 50 * 60_000); // 08:10 WIB, within the admin token's hour
  const recapAgency = agencies[0]!.id;
  const recapStart = performance.now();
  let pages = 0;
  let rows = 0;
  const counted = await countDynamoCalls(async () => {
    let cursor: string | undefined;
    do {
      const res = await t.api.request(
        `/v1/attendance/recap?agencyId=${recapAgency}&month=${month}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        { headers: { authorization: `Bearer ${adminToken}` } },
      );
      const page = (await res.json()) as { items: unknown[]; nextCursor: string | null };
      if (res.status !== 200) throw new Error(`bench attendance: recap answered ${res.status}`);
      pages++;
      rows += page.items.length;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  });
  const recapSeconds = (performance.now() - recapStart) / 1000;
  t.store.doc.destroy();

  const perSecond = (opts.employees - 2) / peakSeconds;
  const rawPerSecond = opts.employees / rawSeconds;
  return {
    employees: opts.employees,
    concurrency: opts.concurrency,
    checkIn: {
      seconds: peakSeconds,
      perSecond,
      non2xx,
      callsPerCheckIn: probe.calls.byCommand,
      callsCold: cold.calls.byCommand,
    },
    raw: { seconds: rawSeconds, perSecond: rawPerSecond },
    ratio: perSecond / rawPerSecond,
    aggregatesMatch: {
      monthItemsWithCheckIn: withIn,
      punchesStored: punches,
      equal: withIn === punches && punches === opts.employees,
    },
    recap: {
      employees: rows,
      pages,
      seconds: recapSeconds,
      calls: counted.calls.total,
      byCommand: counted.calls.byCommand,
    },
    loadSeconds,
    seconds: (performance.now() - t0) / 1000,
  };
}

export function attendanceMarkdown(r: AttendanceResult, measuredOn?: string): string[] {
  const lines = ['## Attendance (issue 13)', ''];
  if (measuredOn) lines.push(`Measured on ${measuredOn}.`, '');
  const calls = Object.entries(r.checkIn.callsPerCheckIn)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  lines.push(
    `One tenant, ${r.employees.toLocaleString('en')} employees with linked accounts (written with BatchWriteItem as the API stores them, in ${r.loadSeconds.toFixed(1)} s), a work location per agency. Tokens are signed as the local identity signs them. The clock is Monday 7 December 2026, 07:21 WIB.`,
    '',
    '| figure | value |',
    '|---|---|',
    `| checkIn, in-process API, ${r.concurrency} at a time | **${r.checkIn.perSecond.toFixed(0)} /s** (${(r.employees - 2).toLocaleString('en')} in ${r.checkIn.seconds.toFixed(1)} s; ${r.checkIn.non2xx} not 201) |`,
    `| raw writes of the same shape (punch Put + month Update in one transaction), ${r.concurrency} at a time | ${r.raw.perSecond.toFixed(0)} /s |`,
    `| **ratio checkIn ÷ raw (target ≥ 0.7)** | **${r.ratio.toFixed(2)}** |`,
    `| DynamoDB calls of one check-in (warm container; the first, with cold caches) | ${Object.values(r.checkIn.callsPerCheckIn).reduce((a, b) => a + b, 0)} (${calls}); ${Object.values(r.checkIn.callsCold ?? {}).reduce((a, b) => a + b, 0)} |`,
    `| aggregates after the peak | ${r.aggregatesMatch.monthItemsWithCheckIn.toLocaleString('en')} month items with a check-in, ${r.aggregatesMatch.punchesStored.toLocaleString('en')} punches stored: ${r.aggregatesMatch.equal ? 'equal' : '**NOT equal**'} |`,
    `| recap of one agency (${r.recap.employees.toLocaleString('en')} employees, ${r.recap.pages} pages of 100) | ${r.recap.seconds.toFixed(2)} s, ${r.recap.calls} DynamoDB calls (${Object.entries(
      r.recap.byCommand,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}) |`,
    '',
    `Attendance section run time: ${r.seconds.toFixed(0)} s.`,
    '',
  );
  return lines;
}
