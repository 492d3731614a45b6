import { type Predikat, predikatOf, type Rating } from '@pamong/core';
import { type Actor, countDynamoCalls, employeeWrites, newId } from '@pamong/db';
import * as keys from '@pamong/db/keys';
import { createTenantViaApi, createTestApi, type TestApi } from '../support/app';
import { employeeBody } from '../support/personnel';
import { benchEmployee, bulkPut, mintTokens } from './load';

/**
 * The performance figures of `npm run bench` (issue 14 §7):
 * - `cascadeSkpItems` of a unit head's `items` items to `subordinates` staff in one request (the
 *   issue: 30 to 70): time and DynamoDB calls, and the same request again (idempotent: nothing new);
 * - `finaliseSkpAssessments` of a unit of `unitSize` assessed staff (the issue: 500): time and
 *   DynamoDB calls. The assessments are made through the API first (create, submit, approve,
 *   assess for each), so the tally it checks is the one the API keeps.
 * The DynamoDB calls of every performance operation are in the calls section (every operation).
 */

export interface PerformanceBenchOptions {
  endpoint: string;
  log: (message: string) => void;
  items: number;
  subordinates: number;
  unitSize: number;
  concurrency: number;
}

interface Timed {
  seconds: number;
  calls: number;
  byCommand: Record<string, number>;
}

export interface PerformanceResult {
  cascade: Timed & {
    items: number;
    subordinates: number;
    created: number;
    again: Timed & { created: number };
  };
  finalise: Timed & { unitSize: number; prepareSeconds: number; counts: Partial<Record<Predikat, number>> };
  seconds: number;
}

const NOW = new Date('2026-04-06T02:00:00Z');
const YEAR = { start: '2026-01', end: '2026-12' };
const Q1 = { start: '2026-01', end: '2026-03' };

const ok = (res: { status: number; body: any }, status: number, what: string) => {
  if (res.status !== status)
    throw new Error(
      `bench performance: ${what} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 400)}`,
    );
  return res.body;
};

async function pool(count: number, concurrency: number, job: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < count; i = next++) await job(i);
    }),
  );
}

async function timed<T>(fn: () => Promise<T>): Promise<{ result: T } & Timed> {
  const start = performance.now();
  const { result, calls } = await countDynamoCalls(fn);
  return {
    result,
    seconds: (performance.now() - start) / 1000,
    calls: calls.total,
    byCommand: calls.byCommand,
  };
}

/** The ratings that give a predikat under the tenant's (default) matrix. */
function ratingsFor(want: Predikat): { hasilKerja: Rating; perilaku: Rating } {
  const ratings: Rating[] = ['above', 'meets', 'below'];
  for (const hasilKerja of ratings)
    for (const perilaku of ratings)
      if (predikatOf(hasilKerja, perilaku) === want) return { hasilKerja, perilaku };
  throw new Error(`no ratings give ${want}`);
}

export async function benchPerformance(opts: PerformanceBenchOptions): Promise<PerformanceResult> {
  const t0 = performance.now();
  const t = await createTestApi({ endpoint: opts.endpoint, now: () => NOW });
  const { tenantId, adminToken } = await createTenantViaApi(t, 'bench-kinerja');
  const call = async (
    method: string,
    path: string,
    token: string,
    body: unknown,
    status: number,
    what: string,
  ) => ok(await t.call(method, path, { token, body }), status, what);
  const agency = await call(
    'POST',
    '/v1/agencies',
    adminToken,
    { name: 'Dinas Kinerja' },
    201,
    'createAgency',
  );
  const unit = (name: string, parentUnitId?: string) =>
    call('POST', `/v1/agencies/${agency.id}/units`, adminToken, { name, parentUnitId }, 201, 'createUnit');
  const sekretariat = await unit('Sekretariat');
  const beban = await unit('Bidang Beban', sekretariat.id);
  const besar = await unit('Bidang Besar', sekretariat.id);

  // The leaders (through the API, with their positions and accounts) and their tokens.
  let seq = 0;
  const leader = async (unitId: string, name: string, type: string, positionClass: number) => {
    const position = await call(
      'POST',
      '/v1/positions',
      adminToken,
      {
        agencyId: agency.id,
        unitId,
        name,
        type,
        positionClass,
        requiredEducation: { levels: ['S1'], majors: [] },
        requiredCompetencies: [],
        seats: 1,
      },
      201,
      'createPosition',
    );
    const e = await call(
      'POST',
      '/v1/employees',
      adminToken,
      employeeBody({ name, agencyId: agency.id, unitId, sequence: ++seq, positionId: position.id }),
      201,
      'createEmployee',
    );
    const u = await call(
      'POST',
      '/v1/users',
      adminToken,
      {
        username: `pimpinan${seq}`,
        name,
        role: 'supervisor',
        agencyId: agency.id,
        employeeId: e.id,
        password: 'pamong-bench-2026',
      },
      201,
      'createUser',
    );
    const [token] = await mintTokens(
      t,
      tenantId,
      [{ userId: u.id, agencyId: agency.id, employeeId: e.id, role: 'supervisor' }],
      NOW,
    );
    return { id: e.id as string, token: token! };
  };
  const kepala = await leader(sekretariat.id, 'Kepala Dinas Kinerja', 'JPT_PRATAMA', 14);
  const kabidBeban = await leader(beban.id, 'Kepala Bidang Beban', 'ADMINISTRATOR', 12);
  const kabidBesar = await leader(besar.id, 'Kepala Bidang Besar', 'ADMINISTRATOR', 12);

  opts.log(`performance: loading ${opts.subordinates + opts.unitSize} staff with linked accounts`);
  const staff = await loadStaff(t, tenantId, agency.id, [
    { unitId: beban.id, count: opts.subordinates },
    { unitId: besar.id, count: opts.unitSize },
  ]);

  // 1. The cascade: the head of Bidang Beban plans `items` items, the Kepala Dinas approves them.
  const items = Array.from({ length: opts.items }, (_, i) => ({
    text: `Sasaran bidang ${i + 1}`,
    indicators: [{ text: `Indikator ${i + 1}`, target: { kind: 'quantity', value: 12, unit: 'dokumen' } }],
  }));
  const plan = await call(
    'POST',
    '/v1/performance/skps',
    kabidBeban.token,
    { period: YEAR, items },
    201,
    'createSkp',
  );
  const sent = await call(
    'POST',
    `/v1/performance/skps/${plan.id}/submit`,
    kabidBeban.token,
    { version: 1 },
    200,
    'submit',
  );
  await call(
    'POST',
    `/v1/performance/skps/${plan.id}/approve`,
    kepala.token,
    { version: sent.version },
    200,
    'approve',
  );
  opts.log(`performance: cascading ${opts.items} items to ${opts.subordinates} staff`);
  const cascade = await timed(() =>
    call(
      'POST',
      '/v1/performance/skps/cascade',
      kabidBeban.token,
      { skpId: plan.id },
      200,
      'cascadeSkpItems',
    ),
  );
  const again = await timed(() =>
    call(
      'POST',
      '/v1/performance/skps/cascade',
      kabidBeban.token,
      { skpId: plan.id },
      200,
      'cascadeSkpItems again',
    ),
  );
  if (cascade.result.created !== opts.items * opts.subordinates || again.result.created !== 0)
    throw new Error(
      `bench performance: the cascade created ${cascade.result.created} then ${again.result.created} items`,
    );
  opts.log(
    `performance: cascade ${cascade.seconds.toFixed(2)} s, ${cascade.calls} calls; again ${again.seconds.toFixed(2)} s, ${again.calls} calls`,
  );

  // 2. Finalisation: every member of Bidang Besar planned, approved and assessed for Q1 (30 %
  // Sangat Baik, 60 % Baik, 10 % Butuh Perbaikan: within the caps of a unit rated Baik).
  opts.log(`performance: ${opts.unitSize} SKPs planned, approved and assessed`);
  const prepareStart = performance.now();
  const counts: Partial<Record<Predikat, number>> = {};
  const members = staff.filter((s) => s.unitId === besar.id);
  await pool(members.length, opts.concurrency, async (i) => {
    const m = members[i]!;
    const own = await call(
      'POST',
      '/v1/performance/skps',
      m.token,
      { period: YEAR, items: items.slice(0, 1) },
      201,
      'createSkp (staff)',
    );
    const submitted = await call(
      'POST',
      `/v1/performance/skps/${own.id}/submit`,
      m.token,
      { version: 1 },
      200,
      'submit (staff)',
    );
    await call(
      'POST',
      `/v1/performance/skps/${own.id}/approve`,
      kabidBesar.token,
      { version: submitted.version },
      200,
      'approve (staff)',
    );
    const want: Predikat = i % 10 < 3 ? 'SANGAT_BAIK' : i % 10 < 9 ? 'BAIK' : 'BUTUH_PERBAIKAN';
    counts[want] = (counts[want] ?? 0) + 1;
    await call(
      'POST',
      '/v1/performance/assessments',
      kabidBesar.token,
      { skpId: own.id, period: Q1, ...ratingsFor(want) },
      201,
      'assessSkp',
    );
  });
  await call(
    'POST',
    '/v1/performance/org-ratings',
    kepala.token,
    { unitId: besar.id, period: Q1, predikat: 'BAIK' },
    201,
    'rateOrganisation',
  );
  const prepareSeconds = (performance.now() - prepareStart) / 1000;
  opts.log(`performance: finalising the assessments of a unit of ${members.length}`);
  const finalise = await timed(() =>
    call(
      'POST',
      '/v1/performance/assessments/finalise',
      kabidBesar.token,
      { unitId: besar.id, period: Q1 },
      200,
      'finaliseSkpAssessments',
    ),
  );
  opts.log(`performance: finalise ${finalise.seconds.toFixed(3)} s, ${finalise.calls} calls`);
  t.store.doc.destroy();
  return {
    cascade: {
      items: opts.items,
      subordinates: opts.subordinates,
      created: cascade.result.created,
      seconds: cascade.seconds,
      calls: cascade.calls,
      byCommand: cascade.byCommand,
      again: {
        created: again.result.created,
        seconds: again.seconds,
        calls: again.calls,
        byCommand: again.byCommand,
      },
    },
    finalise: {
      unitSize: members.length,
      prepareSeconds,
      counts,
      seconds: finalise.seconds,
      calls: finalise.calls,
      byCommand: finalise.byCommand,
    },
    seconds: (performance.now() - t0) / 1000,
  };
}

/** Staff of the agency, written straight into the table as the employees repository writes them, with linked accounts and tokens. */
async function loadStaff(
  t: TestApi,
  tenantId: string,
  agencyId: string,
  groups: { unitId: string; count: number }[],
): Promise<{ employeeId: string; unitId: string; token: string }[]> {
  const actor: Actor = { tenantId, sub: 'bench', role: 'tenant-admin', requestId: 'bench' };
  const at = NOW.toISOString();
  const people: { employeeId: string; userId: string; agencyId: string; unitId: string }[] = [];
  const items = function* () {
    let i = 0;
    for (const g of groups)
      for (let n = 0; n < g.count; n++, i++) {
        const employeeId = newId();
        const userId = newId();
        people.push({ employeeId, userId, agencyId, unitId: g.unitId });
        const e = benchEmployee(i, {
          id: employeeId,
          name: `Staf Kinerja ${String(i).padStart(5, '0')}`,
          agencyId: agencyId,
          agencyName: 'Dinas Kinerja',
          unitId: g.unitId,
          at,
        });
        for (const w of employeeWrites(t.store, actor, undefined, e, {
          action: 'bench',
          now: NOW,
          noAudit: true,
        }))
          if (w.op.Put) yield w.op.Put.Item as Record<string, unknown>;
        yield {
          ...keys.user(tenantId, userId),
          type: 'USER',
          id: userId,
          username: `kinerja.${userId.toLowerCase()}`,
          name: e.name,
          role: 'employee',
          agencyId,
          employeeId,
          status: 'active',
          createdAt: at,
          updatedAt: at,
          version: 1,
        };
      }
  };
  await bulkPut(t, items(), { inFlight: 8 });
  const tokens = await mintTokens(t, tenantId, people, NOW);
  return people.map((p, i) => ({ employeeId: p.employeeId, unitId: p.unitId, token: tokens[i]! }));
}

export function performanceMarkdown(r: PerformanceResult, measuredOn?: string): string[] {
  const by = (b: Record<string, number>) =>
    Object.entries(b)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  return [
    '## Performance (issue 14)',
    '',
    ...(measuredOn ? [`Measured on ${measuredOn}.`, ''] : []),
    '| Operation | Size | Time | DynamoDB calls | By command |',
    '|---|---|---|---|---|',
    `| cascadeSkpItems | ${r.cascade.items} items to ${r.cascade.subordinates} staff (${r.cascade.created} items created) | ${r.cascade.seconds.toFixed(2)} s | ${r.cascade.calls} | ${by(r.cascade.byCommand)} |`,
    `| cascadeSkpItems again (idempotent) | ${r.cascade.again.created} created | ${r.cascade.again.seconds.toFixed(2)} s | ${r.cascade.again.calls} | ${by(r.cascade.again.byCommand)} |`,
    `| finaliseSkpAssessments | a unit of ${r.finalise.unitSize} (${Object.entries(r.finalise.counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(
        ', ',
      )}) | ${(r.finalise.seconds * 1000).toFixed(0)} ms | ${r.finalise.calls} | ${by(r.finalise.byCommand)} |`,
    '',
    `Preparing the finalisation (each SKP created, submitted, approved and assessed through the API) took ${r.finalise.prepareSeconds.toFixed(1)} s; the section ${r.seconds.toFixed(1)} s. The calls of every other performance operation are in the calls section.`,
    '',
  ];
}
