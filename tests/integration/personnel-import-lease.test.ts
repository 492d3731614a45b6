import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { IMPORT_COLUMNS, IMPORT_LEASE_MS, IMPORT_QUEUE_LEASE_MS } from '@pamong/core';
import type { Store } from '@pamong/db';
import * as keys from '@pamong/db/keys';
import * as importsRepo from '@pamong/db/repos/personnel/imports';
import type { BackgroundTask } from '@pamong/http';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runImportJob } from '../../functions/personnel/import-worker';
import { createTenantViaApi, createTestApi, type TestApi } from '../support/app';
import { employeeBody, makeNip } from '../support/personnel';
import { createAgency, createUnit, expectProblem, headcountAndRecount, scanTable } from './helpers';

/**
 * Issue 10 §11: a worker that dies mid-import leaves its job `running`. The job's lease, renewed by
 * every write of the worker, lapses IMPORT_LEASE_MS after the last one; the job then reads
 * `interrupted` and may be continued at once (before, 409). Its counters are written in the
 * transactions that write the rows, so they never disagree with what was written, and the continued
 * job ends with the right counts, no duplicate and every aggregate equal to a recount.
 *
 * The clock is injected (deps.now): the lease lapses by moving it, nothing sleeps.
 */
let t: TestApi;
let admin: string;
let tenantId: string;
let agencyA: { id: string; name: string };
let agencyB: { id: string; name: string };
const unitIds: Record<string, string> = {};
let queued: BackgroundTask[] = [];

let skew = 0;
const clock = () => new Date(Date.now() + skew);
const advance = (ms: number) => {
  skew += ms;
};

type Cells = Record<string, string | number>;
const csvOf = (rows: Cells[]) =>
  new TextEncoder().encode(
    [IMPORT_COLUMNS.map((c) => c.key), ...rows.map((r) => IMPORT_COLUMNS.map((c) => r[c.key] ?? ''))]
      .map((cells) => cells.map((v) => `"${String(v).replaceAll('"', '""')}"`).join(','))
      .join('\r\n'),
  );

/** A new employee's row; agencies, units, types and ranks vary with the seed. */
function newRow(seq: number): Cells {
  const birthDate = `${1975 + (seq % 15)}-${String((seq % 12) + 1).padStart(2, '0')}-${String((seq % 27) + 1).padStart(2, '0')}`;
  const inA = seq % 2 === 0;
  return {
    nip: makeNip(birthDate, '2011-02-01', 'L', seq),
    employmentType: 'PNS',
    name: `Pegawai Sewa ${seq}`,
    gender: 'L',
    birthPlace: 'Metro',
    birthDate,
    agencyId: inA ? 'Dinas Pendidikan' : 'Dinas Kesehatan',
    unitId: inA ? 'Bidang SD' : 'Puskesmas',
    rank: seq % 3 ? 'III/a' : 'III/b',
    tmtCpns: '2011-02-01',
    educationLevel: ['SMA', 'D3', 'S1', 'S2'][seq % 4]!,
    educationMajor: 'Manajemen',
    educationInstitution: 'Universitas Lampung',
    educationYear: 2008,
  };
}
/** A row whose NIP disagrees with its gender: reported, never written. */
const invalidRow = (seq: number): Cells => ({ ...newRow(seq), gender: 'P' });

/** Employees made through the API; the import changes their phone number. */
async function existingEmployees(seqs: number[]): Promise<Cells[]> {
  const rows: Cells[] = [];
  for (const seq of seqs) {
    const body = employeeBody({
      agencyId: seq % 2 ? agencyB.id : agencyA.id,
      unitId: seq % 2 ? unitIds.Puskesmas! : unitIds['Bidang SD']!,
      sequence: seq,
      name: `Lama ${seq}`,
    });
    const res = await t.call('POST', '/v1/employees', { token: admin, body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    rows.push({ nip: String(body.nip), phone: `0812000${String(seq).padStart(5, '0')}` });
  }
  return rows;
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

const start = (jobId: string) => t.call('POST', `/v1/personnel/imports/${jobId}/start`, { token: admin });
const getJob = async (jobId: string) => {
  const res = await t.call('GET', `/v1/personnel/imports/${jobId}`, { token: admin });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};
const storedJob = (jobId: string) => importsRepo.getImportJob(t.store, tenantId, jobId, true);
const withStore = (store: Store) => ({
  ...t.deps,
  stores: { ...t.deps.stores, forTenant: async () => store },
});

type Hook = (n: number) => Promise<'hang' | undefined>;

/**
 * A store that sends through `store`, with hooks before and after each employee transaction (the
 * n-th). A hook answering 'hang' kills the connection: that call and every later one never answer,
 * as in a killed process.
 */
function hooked(store: Store, hooks: { before?: Hook; after?: Hook }): Store {
  let n = 0;
  let dead = false;
  const hang = () => new Promise<never>(() => {});
  const doc = {
    send: async (command: unknown) => {
      if (dead) return hang();
      if (!(command instanceof TransactWriteCommand)) return store.doc.send(command as never);
      const i = ++n;
      if ((await hooks.before?.(i)) === 'hang') {
        dead = true;
        return hang();
      }
      const out = await store.doc.send(command as never);
      if ((await hooks.after?.(i)) === 'hang') {
        dead = true;
        return hang();
      }
      return out;
    },
  };
  return Object.defineProperty(Object.create(store), 'doc', { value: doc }) as Store;
}

/**
 * The rows of `rows` that were written: new employees present, existing ones with the file's phone.
 * Compared with the job's stored counters, which must equal them whenever they are read.
 */
async function writtenOf(rows: Cells[], updates: Cells[]) {
  const items = await scanTable(t);
  const employees = items.filter((i) => i.type === 'EMPLOYEE' && i.pk.startsWith(`T#${tenantId}#`));
  const nips = new Set(rows.map((r) => String(r.nip)));
  const created = employees.filter((e) => nips.has(String(e.nip))).length;
  const updated = updates.filter((u) => employees.some((e) => e.nip === u.nip && e.phone === u.phone)).length;
  return { created, updated };
}
/** The job's stored counters of written rows, and the rows written. */
async function countsAndWrites(jobId: string, rows: Cells[], updates: Cells[]) {
  const job = await storedJob(jobId);
  return { counted: { created: job.created, updated: job.updated }, written: await writtenOf(rows, updates) };
}
async function expectCountsToMatchWrites(jobId: string, rows: Cells[], updates: Cells[]) {
  const { counted, written } = await countsAndWrites(jobId, rows, updates);
  expect(counted).toEqual(written);
  const job = await storedJob(jobId);
  if (job.total > 0) expect(job.processed).toBeLessThanOrEqual(job.total);
  return job;
}

/** The headcount aggregates as stored equal a recount from the employees, per agency. */
async function expectAggregatesToMatchRecount() {
  const { stored, recount } = await headcountAndRecount(t, tenantId);
  expect(stored).toEqual(recount);
}

async function expectNoDuplicates(rows: Cells[]) {
  const items = await scanTable(t);
  for (const r of rows) {
    expect(items.filter((i) => i.type === 'EMPLOYEE' && i.nip === r.nip)).toHaveLength(1);
    expect(
      items.filter((i) => i.type === 'NIPGUARD' && i.pk === keys.nipGuard(tenantId, String(r.nip)).pk),
    ).toHaveLength(1);
  }
}

/** Starts the job through the API; the task is recorded, not run. */
async function startQueued(jobId: string) {
  const res = await start(jobId);
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  const task = queued.at(-1)!;
  expect(task).toEqual({ pamongTask: 'importEmployees', tenantId, jobId });
  return res.body;
}

beforeAll(async () => {
  t = await createTestApi({ now: clock });
  ({ adminToken: admin, tenantId } = await createTenantViaApi(t, 'impor-sewa'));
  agencyA = await createAgency(t, admin, 'Dinas Pendidikan');
  agencyB = await createAgency(t, admin, 'Dinas Kesehatan');
  for (const [agency, name] of [
    [agencyA, 'Bidang SD'],
    [agencyB, 'Puskesmas'],
  ] as const)
    unitIds[name] = (await createUnit(t, admin, agency.id, name)).id;
  t.deps.tasks = {
    enqueue: async (task) => {
      queued.push(task);
    },
  };
});

afterEach(() => {
  queued = [];
});

describe('a worker killed mid-import', () => {
  it.each([
    ['after its transaction was written (the answer never came)', 'sent', 100],
    ['before its transaction was sent', 'unsent', 200],
  ] as const)(
    '%s: running while its lease lasts, then interrupted, continued at once, with the right counts',
    async (_, mode, base) => {
      const updates = await existingEmployees([base + 90, base + 91]);
      const fresh = Array.from({ length: 28 }, (_, i) => newRow(base + i + 1));
      const rows = [
        ...fresh.slice(0, 10),
        updates[0]!,
        invalidRow(base + 50),
        ...fresh.slice(10),
        updates[1]!,
      ];
      const jobId = await uploadedJob(rows);
      await startQueued(jobId);

      // The worker: 4 employees per transaction; after every transaction the job's counters equal
      // what is written. At the 4th it dies: every call from then on hangs, as in a killed process.
      let died!: () => void;
      const death = new Promise<void>((resolve) => {
        died = resolve;
      });
      const checks: { n: number; counted: object; written: object }[] = [];
      const dying = hooked(t.store, {
        before: async (n) => {
          if (n < 4 || mode === 'sent') return undefined;
          died();
          return 'hang';
        },
        after: async (n) => {
          if (n === 4) {
            died();
            return 'hang';
          }
          checks.push({ n, ...(await countsAndWrites(jobId, fresh, updates)) });
          return undefined;
        },
      });
      void runImportJob(withStore(dying), tenantId, jobId, { groupSize: 4 });
      await death;
      expect(checks.map((c) => c.n)).toEqual([1, 2, 3]);
      for (const c of checks) expect(c.counted, `after transaction ${c.n}`).toEqual(c.written);

      // Dead, with its lease live: still running, and starting it again is refused.
      const stopped = await expectCountsToMatchWrites(jobId, fresh, updates);
      expect(stopped.created + stopped.updated).toBe(mode === 'sent' ? 16 : 12);
      expect(await getJob(jobId)).toMatchObject({
        status: 'running',
        total: rows.length,
        created: stopped.created,
        updated: stopped.updated,
      });
      expectProblem(await start(jobId), 409, 'conflict');
      advance(IMPORT_LEASE_MS - 5_000);
      expect((await getJob(jobId)).status).toBe('running');
      expectProblem(await start(jobId), 409, 'conflict');
      expect(queued).toHaveLength(1);

      // The lease has lapsed: interrupted, in the job and in the list, with the counts written.
      advance(5_001);
      const interrupted = await getJob(jobId);
      expect(interrupted).toMatchObject({
        status: 'interrupted',
        total: rows.length,
        created: stopped.created,
        updated: stopped.updated,
      });
      expect(interrupted.processed).toBeLessThanOrEqual(rows.length);
      const list = await t.call('GET', '/v1/personnel/imports?limit=100', { token: admin });
      expect(list.body.items.find((j: { id: string }) => j.id === jobId)).toMatchObject({
        status: 'interrupted',
      });
      await expectAggregatesToMatchRecount();

      // Continued at once (not 2 minutes later): what was written stays counted.
      const continued = await startQueued(jobId);
      expect(continued).toMatchObject({
        status: 'uploaded',
        created: stopped.created,
        updated: stopped.updated,
        unchanged: 0,
        invalid: 0,
        processed: stopped.created + stopped.updated,
      });
      const again: { n: number; counted: object; written: object }[] = [];
      const watched = hooked(t.store, {
        after: async (n) => {
          again.push({ n, ...(await countsAndWrites(jobId, fresh, updates)) });
          return undefined;
        },
      });
      await runImportJob(withStore(watched), tenantId, jobId, { groupSize: 4 });
      expect(again.length).toBeGreaterThan(0);
      for (const c of again)
        expect(c.counted, `after transaction ${c.n} of the continued run`).toEqual(c.written);

      const done = await getJob(jobId);
      expect(done).toMatchObject({
        status: 'done',
        total: 31,
        processed: 31,
        created: 28,
        imported: 28,
        updated: 2,
        unchanged: 0,
        invalid: 1,
        errorCount: 1,
      });
      expect(done.errors).toEqual([
        { row: 13, column: 'nip', message: expect.stringMatching(/jenis kelamin P/) },
      ]);
      await expectCountsToMatchWrites(jobId, fresh, updates);
      await expectNoDuplicates([...fresh, ...updates]);
      await expectAggregatesToMatchRecount();

      // Run once more: a fresh run, nothing left to write.
      await startQueued(jobId);
      await runImportJob(t.deps, tenantId, jobId);
      expect(await getJob(jobId)).toMatchObject({
        status: 'done',
        processed: 31,
        created: 0,
        updated: 0,
        unchanged: 30,
        invalid: 1,
      });
    },
  );
});

describe('a worker that was only slow', () => {
  it('once its lease lapsed and the job was continued, it writes nothing more: its transaction is refused', async () => {
    const fresh = Array.from({ length: 12 }, (_, i) => newRow(300 + i));
    const jobId = await uploadedJob(fresh);
    await startQueued(jobId);

    // The old worker stalls before its second transaction (a long GC pause, a frozen container).
    let stalled!: () => void;
    const stall = new Promise<void>((resolve) => {
      stalled = resolve;
    });
    let release!: () => void;
    const resume = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = hooked(t.store, {
      before: async (n) => {
        if (n === 2) {
          stalled();
          await resume;
        }
        return undefined;
      },
    });
    const oldRun = runImportJob(withStore(slow), tenantId, jobId, { groupSize: 4 });
    await stall;
    expect(await getJob(jobId)).toMatchObject({ status: 'running', created: 4 });

    advance(IMPORT_LEASE_MS + 1);
    expect((await getJob(jobId)).status).toBe('interrupted');
    await startQueued(jobId);
    await runImportJob(t.deps, tenantId, jobId, { groupSize: 4 });
    const done = await storedJob(jobId);
    expect(done).toMatchObject({ status: 'done', created: 12, processed: 12, unchanged: 0 });

    // The old worker wakes up: its transaction is refused for the job's new run, and it stops.
    release();
    await expect(oldRun).resolves.toBeUndefined();
    expect(await storedJob(jobId)).toEqual(done);
    await expectNoDuplicates(fresh);
    await expectAggregatesToMatchRecount();
  });
});

describe('a queued run no worker took', () => {
  it('holds the job for the queue lease, then is interrupted and may be continued', async () => {
    const fresh = Array.from({ length: 3 }, (_, i) => newRow(400 + i));
    const jobId = await uploadedJob(fresh);
    await startQueued(jobId);
    advance(IMPORT_QUEUE_LEASE_MS - 1_000);
    expect((await getJob(jobId)).status).toBe('uploaded');
    expectProblem(await start(jobId), 409, 'conflict');

    advance(1_001);
    expect((await getJob(jobId)).status).toBe('interrupted');
    await startQueued(jobId);
    // The first task, delivered late, and the second: one run takes the job, the other does nothing.
    await Promise.all([runImportJob(t.deps, tenantId, jobId), runImportJob(t.deps, tenantId, jobId)]);
    expect(await getJob(jobId)).toMatchObject({ status: 'done', created: 3, processed: 3, total: 3 });
    await expectNoDuplicates(fresh);
  });
});
