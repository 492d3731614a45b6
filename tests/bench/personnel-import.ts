/**
 * Employee import at scale (issue 3 §8: 10,000 rows within 5 minutes locally), on its own DynamoDB
 * Local in memory: `npx tsx tests/bench/personnel-import.ts [rows] [concurrency]`. Prints the time,
 * the rows per second and the DynamoDB calls of the worker. Not part of `npm test`.
 */

import { IMPORT_COLUMNS } from '@pamong/core';
import { countDynamoCalls, importsRepo } from '@pamong/db';
import { runImportJob } from '../../functions/personnel/import-worker';
import { startDynamoLocal } from '../../packages/local/src/dynamo';
import { createTenantViaApi, createTestApi } from '../support/app';
import { makeNip } from '../support/personnel';

export async function benchImport(rows: number, endpoint: string, concurrency?: number) {
  const t = await createTestApi({ endpoint });
  const { adminToken, tenantId } = await createTenantViaApi(t, 'bench-impor');
  const agency = await t.call('POST', '/v1/agencies', {
    token: adminToken,
    body: { name: 'Dinas Pendidikan' },
  });
  await t.call('POST', `/v1/agencies/${agency.body.id}/units`, {
    token: adminToken,
    body: { name: 'Bidang SD' },
  });
  const header = IMPORT_COLUMNS.map((c) => c.key);
  const lines = [header.join(',')];
  for (let i = 0; i < rows; i++) {
    const year = 1965 + Math.floor(i / (28 * 999));
    const birthDate = `${year}-0${1 + (Math.floor(i / 999) % 9)}-${String((i % 28) + 1).padStart(2, '0')}`;
    const r: Record<string, string> = {
      nip: makeNip(birthDate, '2000-03-01', 'L', (i % 999) + 1),
      employmentType: 'PNS',
      name: `Pegawai ${i}`,
      gender: 'L',
      birthPlace: 'Metro',
      birthDate,
      agencyId: 'Dinas Pendidikan',
      unitId: 'Bidang SD',
      rank: 'III/a',
      tmtCpns: '2000-03-01',
      educationLevel: 'S1',
      educationMajor: 'Manajemen',
      educationInstitution: 'Universitas Lampung',
      educationYear: '1998',
      competencies: i % 3 === 0 ? 'TEK-ANALISIS-DATA:3' : '',
    };
    lines.push(header.map((k) => r[k] ?? '').join(','));
  }
  const created = await t.call('POST', '/v1/personnel/imports', {
    token: adminToken,
    body: { fileName: 'bench.csv', format: 'csv' },
  });
  await t.call('PUT', created.body.upload.url, {
    body: new TextEncoder().encode(lines.join('\r\n')),
    headers: created.body.upload.headers,
  });
  const actor = { tenantId, sub: 'bench', role: 'tenant-admin', requestId: 'bench' };
  const job = await importsRepo.getImportJob(t.store, tenantId, created.body.job.id, true);
  const measure = async () => {
    const queued = await importsRepo.getImportJob(t.store, tenantId, job.id, true);
    await importsRepo.startImportJob(t.store, actor, queued, new Date());
    const started = performance.now();
    const { calls } = await countDynamoCalls(() => runImportJob(t.deps, tenantId, job.id, { concurrency }));
    const seconds = (performance.now() - started) / 1000;
    return {
      seconds,
      calls,
      job: importsRepo.publicJob(await importsRepo.getImportJob(t.store, tenantId, job.id, true)),
    };
  };
  const first = await measure();
  const rerun = await measure();
  t.store.doc.destroy();
  return { rows, first, rerun };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = Number(process.argv[2] ?? 10_000);
  const dynamo = await startDynamoLocal();
  try {
    const concurrency = process.argv[3] ? Number(process.argv[3]) : undefined;
    const r = await benchImport(rows, dynamo.endpoint, concurrency);
    for (const [name, run] of [
      ['first run', r.first],
      ['re-run', r.rerun],
    ] as const)
      console.log(
        `${name}: ${rows} rows in ${run.seconds.toFixed(1)} s (${(rows / run.seconds).toFixed(0)} rows/s); ` +
          `created ${run.job.created}, unchanged ${run.job.unchanged}, invalid ${run.job.invalid}; calls ${JSON.stringify(run.calls.byCommand)}`,
      );
  } finally {
    await dynamo.stop();
  }
}
