import { IMPORT_COLUMNS } from '@pamong/core';
import { type BackgroundTask, TaskUnavailableError } from '@pamong/http';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runPersonnelTask } from '../../functions/personnel/tasks';
import { createTenantViaApi, createTestApi, type TestApi } from '../support/app';
import { makeNip } from '../support/personnel';
import { createAgency, createUnit, expectProblem } from './helpers';

/** startImportJob hands the run to deps.tasks (in AWS: an async self-invoke) instead of running it. */
let t: TestApi;
let admin: string;
let tenantId: string;
let queued: BackgroundTask[];

const row = (seq: number): Record<string, string | number> => ({
  nip: makeNip('1985-01-02', '2010-03-01', 'P', seq),
  employmentType: 'PNS',
  name: `Pegawai Tugas ${seq}`,
  gender: 'P',
  birthPlace: 'Metro',
  birthDate: '1985-01-02',
  agencyId: 'Dinas Pendidikan',
  unitId: 'Bidang SD',
  rank: 'III/a',
  tmtCpns: '2010-03-01',
  educationLevel: 'S1',
  educationMajor: 'Pendidikan',
  educationInstitution: 'Universitas Lampung',
  educationYear: 2008,
});
const csv = (rows: Record<string, string | number>[]) =>
  new TextEncoder().encode(
    [IMPORT_COLUMNS.map((c) => c.key), ...rows.map((r) => IMPORT_COLUMNS.map((c) => r[c.key] ?? ''))]
      .map((cells) => cells.map((v) => `"${v}"`).join(','))
      .join('\r\n'),
  );

async function uploadedJob(rows: Record<string, string | number>[]) {
  const created = await t.call('POST', '/v1/personnel/imports', {
    token: admin,
    body: { fileName: 'pegawai.csv', format: 'csv' },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const { job, upload } = created.body;
  const put = await t.call('PUT', upload.url, { body: csv(rows), headers: upload.headers });
  expect(put.status).toBe(200);
  return job.id as string;
}
const start = (jobId: string) => t.call('POST', `/v1/personnel/imports/${jobId}/start`, { token: admin });
const getJob = async (jobId: string) =>
  (await t.call('GET', `/v1/personnel/imports/${jobId}`, { token: admin })).body;

beforeAll(async () => {
  t = await createTestApi();
  ({ adminToken: admin, tenantId } = await createTenantViaApi(t, 'impor-tugas'));
  const agency = await createAgency(t, admin, 'Dinas Pendidikan');
  await createUnit(t, admin, agency.id, 'Bidang SD');
});

afterEach(() => {
  t.deps.tasks = undefined;
  t.deps.mode = 'local';
});

function recordingQueue() {
  queued = [];
  t.deps.tasks = {
    enqueue: async (task) => {
      queued.push(task);
    },
  };
}

describe('startImportJob with a task queue', () => {
  it('queues { pamongTask, tenantId, jobId } and runs nothing itself; the task event then imports', async () => {
    recordingQueue();
    const jobId = await uploadedJob([row(1), row(2)]);
    const res = await start(jobId);
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(queued).toEqual([{ pamongTask: 'importEmployees', tenantId, jobId }]);
    await new Promise((r) => setTimeout(r, 100));
    expect((await getJob(jobId)).status).toBe('uploaded');

    await runPersonnelTask(t.deps, queued[0]!);
    expect(await getJob(jobId)).toMatchObject({ status: 'done', total: 2, created: 2, invalid: 0 });
  });

  it('a refused invoke is a 503 problem with Retry-After, and the job can be started again at once', async () => {
    t.deps.tasks = {
      enqueue: async (task) => {
        throw new TaskUnavailableError(
          task,
          Object.assign(new Error('Rate exceeded'), { name: 'TooManyRequestsException' }),
        );
      },
    };
    const jobId = await uploadedJob([row(3)]);
    const res = await start(jobId);
    expectProblem(res, 503, 'unavailable');
    expect(res.headers.get('retry-after')).toBe('5');
    expect(res.body.detail).toMatch(/start/i);
    expect(await getJob(jobId)).toMatchObject({ status: 'failed', failure: expect.stringMatching(/mulai/) });

    recordingQueue();
    expect((await start(jobId)).status).toBe(202);
    expect(queued.map((q) => q.jobId)).toEqual([jobId]);
  });

  it('in AWS without a queue it answers 503 before touching the job', async () => {
    const jobId = await uploadedJob([row(4)]);
    const before = await getJob(jobId);
    t.deps.mode = 'aws';
    expectProblem(await start(jobId), 503, 'unavailable');
    t.deps.mode = 'local';
    expect(await getJob(jobId)).toEqual(before);
  });

  it('locally without a queue it still runs in-process, as before', async () => {
    const jobId = await uploadedJob([row(5)]);
    expect((await start(jobId)).status).toBe(202);
    for (let i = 0; i < 200 && (await getJob(jobId)).status !== 'done'; i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(await getJob(jobId)).toMatchObject({ status: 'done', created: 1 });
  });
});
