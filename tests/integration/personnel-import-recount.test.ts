import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { IMPORT_COLUMNS } from '@pamong/core';
import { countDynamoCalls, type Store } from '@pamong/db';
import * as keys from '@pamong/db/keys';
import * as employeesRepo from '@pamong/db/repos/personnel/employees';
import * as importsRepo from '@pamong/db/repos/personnel/imports';
import { beforeAll, describe, expect, it } from 'vitest';
import { runImportJob } from '../../functions/personnel/import-worker';
import { createTenantViaApi, createTestApi, type TestApi } from '../support/app';
import { employeeBody, makeNip } from '../support/personnel';
import { createAgency, createUnit, headcountAndRecount, scanTable } from './helpers';

/**
 * The headcount aggregates are ADDed in the transactions that write the employees (several
 * employees of one agency may share one). Whatever the import does, and wherever it stops, every
 * aggregate must equal a recount from the employee items.
 */
let t: TestApi;
let admin: string;
let tenantId: string;
let agencyA: { id: string; name: string };
let agencyB: { id: string; name: string };
const unitIds: Record<string, string> = {};
const actor = () => ({ tenantId, sub: 'test', role: 'tenant-admin', requestId: 'recount' });

type Cells = Record<string, string | number>;
const csvOf = (rows: Cells[]) =>
  new TextEncoder().encode(
    [IMPORT_COLUMNS.map((c) => c.key), ...rows.map((r) => IMPORT_COLUMNS.map((c) => r[c.key] ?? ''))]
      .map((cells) => cells.map((v) => `"${String(v).replaceAll('"', '""')}"`).join(','))
      .join('\r\n'),
  );

/** A new employee's row; the seed varies gender, birth month, type, education and agency. */
function newRow(seq: number): Cells {
  const gender = seq % 3 === 0 ? 'L' : 'P';
  const birthDate = `${1970 + (seq % 20)}-${String((seq % 12) + 1).padStart(2, '0')}-${String((seq % 27) + 1).padStart(2, '0')}`;
  const inA = seq % 2 === 0;
  const pppk = seq % 5 === 0;
  return {
    nip: pppk
      ? `${birthDate.replaceAll('-', '')}2022${String(seq).padStart(6, '0')}`
      : makeNip(birthDate, '2012-01-01', gender, seq),
    employmentType: pppk ? 'PPPK' : 'PNS',
    name: `Pegawai Hitung ${seq}`,
    gender,
    birthPlace: 'Metro',
    birthDate,
    agencyId: inA ? 'Dinas Pendidikan' : 'Dinas Kesehatan',
    unitId: inA ? (seq % 4 === 0 ? 'Bidang SD' : 'Bidang SMP') : seq % 4 === 1 ? 'Bidang P2P' : 'Puskesmas',
    ...(pppk
      ? { grade: seq % 2 ? 'IX' : 'X' }
      : { rank: seq % 2 ? 'III/a' : 'III/b', tmtCpns: '2012-01-01' }),
    educationLevel: ['SMA', 'D3', 'S1', 'S2'][seq % 4]!,
    educationMajor: 'Manajemen',
    educationInstitution: 'Universitas Lampung',
    educationYear: 2008,
    competencies: `TEK-ANALISIS-DATA:${(seq % 5) + 1}`,
  };
}

const aggregatesAndRecount = () => headcountAndRecount(t, tenantId);

async function expectAggregatesToMatchRecount() {
  const { stored, recount } = await aggregatesAndRecount();
  expect(Object.keys(recount).sort()).toEqual([agencyA.id, agencyB.id].sort());
  expect(stored).toEqual(recount);
}

/**
 * A store that stops at the `n`-th transaction: `lost` sends it and then fails as a dropped
 * connection would (the write happened, the worker never hears of it); `refused` fails before
 * sending it.
 */
function crashingAt(store: Store, n: number, mode: 'lost' | 'refused'): Store {
  let sent = 0;
  const doc = {
    send: async (command: unknown) => {
      if (command instanceof TransactWriteCommand && ++sent >= n) {
        if (mode === 'lost') await store.doc.send(command as never);
        throw Object.assign(new Error(`simulated crash (${mode})`), { name: 'NetworkingError' });
      }
      return store.doc.send(command as never);
    },
  };
  return Object.defineProperty(Object.create(store), 'doc', { value: doc }) as Store;
}

async function uploadedJob(rows: Cells[]) {
  const created = await t.call('POST', '/v1/personnel/imports', {
    token: admin,
    body: { fileName: 'pegawai.csv', format: 'csv' },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const put = await t.call('PUT', created.body.upload.url, {
    body: csvOf(rows),
    headers: created.body.upload.headers,
  });
  expect(put.status).toBe(200);
  return created.body.job.id as string;
}

async function start(jobId: string) {
  const job = await importsRepo.getImportJob(t.store, tenantId, jobId, true);
  await importsRepo.startImportJob(t.store, actor(), job, new Date());
}
async function run(jobId: string, store?: Store, opts: Parameters<typeof runImportJob>[3] = {}) {
  await start(jobId);
  const deps = store ? { ...t.deps, stores: { ...t.deps.stores, forTenant: async () => store } } : t.deps;
  return runImportJob(deps, tenantId, jobId, opts);
}
const jobOf = (jobId: string) => importsRepo.getImportJob(t.store, tenantId, jobId, true);

beforeAll(async () => {
  t = await createTestApi();
  ({ adminToken: admin, tenantId } = await createTenantViaApi(t, 'impor-hitung'));
  agencyA = await createAgency(t, admin, 'Dinas Pendidikan');
  agencyB = await createAgency(t, admin, 'Dinas Kesehatan');
  const units = [
    [agencyA, 'Bidang SD'],
    [agencyA, 'Bidang SMP'],
    [agencyB, 'Bidang P2P'],
    [agencyB, 'Puskesmas'],
  ] as const;
  for (const [agency, name] of units) unitIds[name] = (await createUnit(t, admin, agency.id, name)).id;
  // Employees made through the API before the import: the import updates some of them, and one
  // has retired, so it counts in its agency's employeeCount but in none of the aggregates.
  for (const [seq, agency, unit] of [
    [901, agencyA, 'Bidang SD'],
    [902, agencyB, 'Puskesmas'],
    [903, agencyB, 'Bidang P2P'],
  ] as const) {
    const res = await t.call('POST', '/v1/employees', {
      token: admin,
      body: employeeBody({ agencyId: agency.id, unitId: unitIds[unit]!, sequence: seq, name: `Lama ${seq}` }),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }
  const retired = await employeesRepo.findByNip(
    t.store,
    tenantId,
    makeNip('1986-09-26', '2015-05-01', 'L', 903),
  );
  await employeesRepo.updateEmployee(
    t.store,
    actor(),
    retired!.id,
    { status: 'PENSIUN', version: retired!.version },
    new Date(),
  );
});

/** Rows of the API-made employees with a change each: a rank, an education level, a phone. */
const updates = (): Cells[] =>
  [901, 902, 903].map((seq, i) => {
    const body = employeeBody({ agencyId: 'x', unitId: 'x', sequence: seq, name: `Lama ${seq}` });
    return {
      nip: String(body.nip),
      ...(i === 0 ? { rank: 'III/c' } : {}),
      ...(i === 1
        ? {
            educationLevel: 'S2',
            educationMajor: 'Manajemen',
            educationInstitution: 'UI',
            educationYear: 2015,
          }
        : {}),
      ...(i === 2 ? { phone: '081234567890' } : {}),
    };
  });

describe('import crash and recount', () => {
  it('crashes twice mid-way (a lost answer, a refused connection); after each crash and after the re-run every aggregate equals a recount from the employees', async () => {
    const rows = [
      ...Array.from({ length: 30 }, (_, i) => newRow(i + 1)),
      ...updates(),
      { ...newRow(99), gender: 'P' },
      ...Array.from({ length: 20 }, (_, i) => newRow(i + 31)),
    ];
    const jobId = await uploadedJob(rows);
    await expectAggregatesToMatchRecount();

    // Groups of 4 employees of one agency, both agencies in flight: the third transaction is written
    // but its answer lost, and the worker stops with others still in flight.
    await expect(
      run(jobId, crashingAt(t.store, 3, 'lost'), { groupSize: 4, concurrency: 2 }),
    ).rejects.toThrow('simulated crash');
    const failed = await jobOf(jobId);
    expect(failed).toMatchObject({ status: 'failed' });
    // The lost transaction's employees are there, and counted: the job's counters were ADDed in the
    // transactions that wrote them, whether or not the worker heard the answer (issue 10 §11).
    const written = (await scanTable(t)).filter(
      (i) => i.type === 'EMPLOYEE' && String(i.name).startsWith('Pegawai Hitung'),
    ).length;
    expect(failed.created).toBeGreaterThan(0);
    expect(failed.created).toBe(written);
    await expectAggregatesToMatchRecount();

    await expect(
      run(jobId, crashingAt(t.store, 2, 'refused'), { groupSize: 4, concurrency: 2 }),
    ).rejects.toThrow('simulated crash');
    await expectAggregatesToMatchRecount();

    await run(jobId, undefined, { groupSize: 4, concurrency: 2 });
    const done = await jobOf(jobId);
    // 50 new rows, 3 updates, 1 invalid row (its NIP says P, the row says L): the continued runs
    // count the rows the stopped ones wrote once, as created or updated.
    expect(done).toMatchObject({
      status: 'done',
      total: 54,
      processed: 54,
      created: 50,
      updated: 3,
      unchanged: 0,
      invalid: 1,
      errorCount: 1,
    });
    expect(done.errors).toEqual([
      { row: 35, column: 'nip', message: 'digit 15 (jenis kelamin) adalah 1 tetapi jenis kelamin P' },
    ]);
    const items = await scanTable(t);
    for (const r of rows.slice(0, 33)) {
      expect(
        items.filter((i) => i.type === 'NIPGUARD' && i.pk === keys.nipGuard(tenantId, String(r.nip)).pk),
      ).toHaveLength(1);
      expect(items.filter((i) => i.type === 'EMPLOYEE' && i.nip === r.nip)).toHaveLength(1);
    }
    expect(await employeesRepo.findByNip(t.store, tenantId, String(updates()[0]!.nip))).toMatchObject({
      rank: 'III/c',
    });
    await expectAggregatesToMatchRecount();

    // And once more: nothing left to write.
    await start(jobId);
    const { calls } = await countDynamoCalls(() => runImportJob(t.deps, tenantId, jobId));
    expect(calls.byCommand.TransactWriteItems).toBeUndefined();
    expect(await jobOf(jobId)).toMatchObject({ status: 'done', created: 0, updated: 0, unchanged: 53 });
    await expectAggregatesToMatchRecount();
  });

  it('a transaction refused for one row (its NIP taken meanwhile) is sent again row by row: only that row fails', async () => {
    const rows = Array.from({ length: 6 }, (_, i) => newRow(200 + 2 * i));
    const jobId = await uploadedJob(rows);
    const taken = rows[2]!;
    // The NIP is taken after the worker looked it up and before its group is written.
    let first = true;
    const doc = {
      send: async (command: unknown) => {
        if (command instanceof TransactWriteCommand && first) {
          first = false;
          const body = employeeBody({
            agencyId: agencyA.id,
            unitId: unitIds['Bidang SD']!,
            birthDate: String(taken.birthDate),
            gender: taken.gender as 'L' | 'P',
            tmtCpns: '2012-01-01',
            sequence: 204,
          });
          expect(body.nip).toBe(taken.nip);
          await employeesRepo.createEmployee(t.store, actor(), body as never, new Date());
        }
        return t.store.doc.send(command as never);
      },
    };
    const racing = Object.defineProperty(Object.create(t.store), 'doc', { value: doc }) as Store;
    await run(jobId, racing);
    const done = await jobOf(jobId);
    expect(done).toMatchObject({ status: 'done', created: 5, invalid: 1 });
    expect(done.errors).toEqual([{ row: 4, column: 'nip', message: 'NIP sudah dipakai pegawai lain' }]);
    for (const r of rows.filter((r) => r !== taken))
      expect(await employeesRepo.findByNip(t.store, tenantId, String(r.nip))).toMatchObject({ name: r.name });
    await expectAggregatesToMatchRecount();
  });
});
