import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { type Actor, attendancePunchesRepo, countDynamoCalls, employeeWrites, newId } from '@pamong/db';
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
  /** Check-ins and raw writes made first by a cohort of their own, untimed. */
  warmup: number;
  /** Each timed half's rate per second, in the order run: check-ins, raw, raw, check-ins. */
  halves: { checkIn: [number, number]; raw: [number, number] };
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
  // An agency with one unit and one work location at the office.
  const addAgency = async (name: string) => {
    const agency = ok(
      await t.call('POST', '/v1/agencies', { token: adminToken, body: { name } }),
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
    const location = ok(
      await t.call('POST', '/v1/attendance/locations', {
        token: adminToken,
        body: { agencyId: agency.id, name: `Kantor ${name}`, ...OFFICE, radiusM: 150 },
      }),
      201,
      'createWorkLocation',
    );
    return { id: agency.id as string, unitId: unit.id as string, locationId: location.id as string };
  };
  const agencies: Awaited<ReturnType<typeof addAgency>>[] = [];
  for (let a = 0; a < agencyCount; a++) agencies.push(await addAgency(`Dinas Beban ${a + 1}`));
  // A cohort of its own agency warms both paths up before anything is timed (see below).
  const warmupSize = Math.min(3000, Math.max(50, Math.floor(opts.employees / 3)));
  const warmAgency = await addAgency('Dinas Pemanasan');

  opts.log(
    `attendance: loading ${opts.employees} employees with linked accounts, and ${warmupSize} to warm up with`,
  );
  const loadStart = performance.now();
  const actor: Actor = { tenantId, sub: 'bench', role: 'tenant-admin', requestId: 'bench' };
  const at = PEAK.toISOString();
  const people: {
    employeeId: string;
    userId: string;
    name: string;
    agencyId: string;
    unitId: string;
    locationId: string;
  }[] = [];
  const warmPeople: typeof people = [];
  const items = function* () {
    for (let i = 0; i < opts.employees + warmupSize; i++) {
      const warm = i >= opts.employees;
      const agency = warm ? warmAgency : agencies[Math.floor(i / opts.recapAgencySize) % agencies.length]!;
      const employeeId = newId();
      const userId = newId();
      const name = `Pegawai Absen ${String(i).padStart(5, '0')}`;
      (warm ? warmPeople : people).push({
        employeeId,
        userId,
        name,
        agencyId: agency.id,
        unitId: agency.unitId,
        locationId: agency.locationId,
      });
      const e = benchEmployee(i, {
        id: employeeId,
        name,
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
  const warmTokens = await mintTokens(t, tenantId, warmPeople, PEAK);

  const body = () =>
    JSON.stringify({
      kind: 'in',
      lat: OFFICE.lat + 0.0002,
      lon: OFFICE.lon - 0.0001,
      accuracyM: 12,
      fixTakenAt: new Date(clock.getTime() - 3_000).toISOString(),
    });
  const send = (i: number, from: readonly string[] = tokens) =>
    t.api.request('/v1/attendance/punches', {
      method: 'POST',
      headers: { authorization: `Bearer ${from[i]}`, 'content-type': 'application/json' },
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

  let non2xx = 0;
  const checkIn = async (i: number, from: readonly string[] = tokens) => {
    const res = await send(i, from);
    if (res.status !== 201) {
      non2xx++;
      if (non2xx <= 3) opts.log(`  ${res.status} ${(await res.text()).slice(0, 300)}`);
    } else await res.arrayBuffer();
  };

  // The same writes, raw: one transaction per check-in of the punch Put and the month item's Update,
  // as `checkIn` builds them (`punchWrites`), under a key prefix of their own.
  const month = '2026-12';
  const rawWrite = async (p: (typeof people)[number], prefix: string) => {
    const at = new Date(PEAK.getTime() + 90_000).toISOString();
    const { punch, month: update } = attendancePunchesRepo.punchWrites(t.tableName, {
      tenantId,
      employee: { id: p.employeeId, agencyId: p.agencyId, unitId: p.unitId, name: p.name },
      kind: 'in',
      at,
      id: newId(),
      date: '2026-12-07',
      timeZone: 'Asia/Jakarta',
      place: { id: p.locationId, distanceM: 24 },
      fix: { lat: OFFICE.lat + 0.0002, lon: OFFICE.lon - 0.0001, accuracyM: 12, fixTakenAt: new Date(at) },
      flags: [],
    });
    const put = punch.op.Put!;
    const item = put.Item as Record<string, unknown>;
    const key = update.Key as Record<string, unknown>;
    await t.store.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { ...put, Item: { ...item, pk: `${prefix}#${item.pk}` } } },
          { Update: { ...update, Key: { ...key, pk: `${prefix}#${key.pk}` } } },
        ],
      }),
    );
  };

  // Whichever side is timed first pays for warming up both processes (DynamoDB Local's Java
  // compiles its transaction path then): timed cold in one order, check-ins made 201/s against
  // raw's 360/s; in the other order, raw 292/s against check-ins' 258/s (same machine, same day).
  // So both sides are warmed up first with a cohort of their own, and then timed in halves in the
  // order A B B A (check-ins, raw, raw, check-ins), which cancels a steady drift between them (the
  // table and the heaps growing). After 1,000 of each the halves still sped up (check-ins 206/s,
  // then 310/s); after 3,000 they held (260/s and 260/s).
  opts.log(`attendance: warming up, ${warmupSize} check-ins and ${warmupSize} raw writes`);
  await pool(warmupSize, opts.concurrency, (i) => checkIn(i, warmTokens));
  await pool(warmupSize, opts.concurrency, (i) => rawWrite(warmPeople[i]!, 'RAWWARM'));
  if (non2xx > 0) throw new Error(`bench attendance: ${non2xx} warm-up check-ins were not 201`);

  opts.log(
    `attendance: the morning peak, ${opts.employees} check-ins against as many raw writes, ${opts.concurrency} at a time, in halves A B B A`,
  );
  const timed = async (from: number, to: number, job: (i: number) => Promise<void>) => {
    const start = performance.now();
    await pool(to - from, opts.concurrency, (i) => job(from + i));
    return (performance.now() - start) / 1000;
  };
  const checkInHalf = 2 + Math.floor((opts.employees - 2) / 2);
  const rawHalf = Math.floor(opts.employees / 2);
  const peak1 = await timed(2, checkInHalf, (i) => checkIn(i));
  const raw1 = await timed(0, rawHalf, (i) => rawWrite(people[i]!, 'RAW'));
  const raw2 = await timed(rawHalf, opts.employees, (i) => rawWrite(people[i]!, 'RAW'));
  const peak2 = await timed(checkInHalf, opts.employees, (i) => checkIn(i));
  const peakSeconds = peak1 + peak2;
  const rawSeconds = raw1 + raw2;

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
    warmup: warmupSize,
    halves: {
      checkIn: [(checkInHalf - 2) / peak1, (opts.employees - checkInHalf) / peak2],
      raw: [rawHalf / raw1, (opts.employees - rawHalf) / raw2],
    },
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
    `One tenant, ${r.employees.toLocaleString('en')} employees with linked accounts (written with BatchWriteItem as the API stores them, in ${r.loadSeconds.toFixed(1)} s), a work location per agency. Tokens are signed as the local identity signs them. The clock is Monday 7 December 2026, 07:21 WIB. Both sides are warmed up first by a cohort of their own agency (whichever side ran first cold paid for the JIT of Node and of DynamoDB Local's Java: 0.56 with check-ins first, 0.88 with raw first, on one machine the same hour), then timed in halves in the order check-ins, raw, raw, check-ins, which cancels a steady drift between the two.`,
    '',
    '| figure | value |',
    '|---|---|',
    `| checkIn, in-process API, ${r.concurrency} at a time | **${r.checkIn.perSecond.toFixed(0)} /s** (${(r.employees - 2).toLocaleString('en')} in ${r.checkIn.seconds.toFixed(1)} s; ${r.checkIn.non2xx} not 201) |`,
    `| raw writes of the same shape (the punch Put and the month item's Update that \`checkIn\` builds, \`punchWrites\`, in one transaction), ${r.concurrency} at a time | ${r.raw.perSecond.toFixed(0)} /s |`,
    `| **ratio checkIn ÷ raw (target ≥ 0.7)** | **${r.ratio.toFixed(2)}** |`,
    ...(r.halves
      ? [
          `| each timed half, in the order run (after ${r.warmup.toLocaleString('en')} check-ins and ${r.warmup.toLocaleString('en')} raw writes to warm both up) | check-ins ${r.halves.checkIn[0].toFixed(0)} /s, raw ${r.halves.raw[0].toFixed(0)} /s, raw ${r.halves.raw[1].toFixed(0)} /s, check-ins ${r.halves.checkIn[1].toFixed(0)} /s |`,
        ]
      : []),
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
