import { existsSync } from 'node:fs';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  type EducationLevel,
  IMPORT_COLUMNS,
  RANK_CODES,
  STANDARD_COMPETENCY_CODES,
  seededRandom,
} from '@pamong/core';
import {
  type Actor,
  countDynamoCalls,
  employeeWrites,
  newId,
  type StoredEmployee,
  statAttributes,
  withDerived,
} from '@pamong/db';
import * as keys from '@pamong/db/keys';
import * as importsRepo from '@pamong/db/repos/personnel/imports';
import { type AppDeps, clearAccountCache, clearTenantCache } from '@pamong/http';
import { NAME_POOLS } from '../../packages/local/src/demo-personnel-data';
import { createTenantViaApi, createTestApi, type TestApi } from '../support/app';
import { makeNip } from '../support/personnel';
import { bulkPut, type LatencyResult, measureLatency } from './load';

/**
 * The personnel figures of `npm run bench` (issue 3): searchEmployees (by competency, by name
 * prefix) and getEmployee latency in a small and a large tenant, the DynamoDB calls of the
 * personnel operations, and the import worker's rate on a 10,000-row CSV.
 */

export interface PersonnelBenchOptions {
  endpoint: string;
  log: (message: string) => void;
  /** Employees in the small and the large tenant. */
  sizes: number[];
  /** Sequential requests per operation and tenant, over all rounds. */
  latencyCalls: number;
  importRows: number;
}

const ROUNDS = 5;
const CODES = [
  'MAN-INTEGRITAS',
  'MAN-KERJASAMA',
  'MAN-KOMUNIKASI',
  'MAN-KEPUTUSAN',
  'SOS-PEREKAT-BANGSA',
  'TEK-ANALISIS-DATA',
  'TEK-PENGELOLAAN-KEUANGAN',
  'TEK-KEPEGAWAIAN',
  'TEK-PEMBELAJARAN',
  'TEK-TIK',
];
const SEARCH_COMPETENCY = 'TEK-ANALISIS-DATA:3';
// One letter, as a type-ahead sends first: both tenants fill a whole page, so the ratio compares like with like.
const NAME_PREFIX = 'a';
const MAJORS = ['Teknik Informatika', 'Akuntansi', 'Ilmu Hukum', 'Pendidikan Matematika', 'Manajemen'];
const EDU: EducationLevel[] = ['SMA', 'D3', 'S1', 'S1', 'S1', 'S2'];

interface World {
  tenantId: string;
  slug: string;
  adminToken: string;
  agencies: { id: string; name: string; units: { id: string; name: string }[] }[];
  /** An employee written through the API (getEmployee's target). */
  employeeId: string;
  positionId: string;
  size: number;
  loadSeconds: number;
}

const ok = (res: { status: number; body: any }, status: number, what: string) => {
  if (res.status !== status)
    throw new Error(
      `bench personnel: ${what} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 500)}`,
    );
  return res.body;
};

async function makeTenant(t: TestApi, slug: string) {
  const { tenantId, adminToken } = await createTenantViaApi(t, slug);
  const agencies: World['agencies'] = [];
  for (const name of ['Dinas Pendidikan', 'Dinas Kesehatan', 'Badan Kepegawaian Daerah', 'Inspektorat']) {
    const a = ok(
      await t.call('POST', '/v1/agencies', { token: adminToken, body: { name } }),
      201,
      'createAgency',
    );
    const units = [];
    for (const u of ['Sekretariat', 'Bidang Satu', 'Bidang Dua'])
      units.push(
        ok(
          await t.call('POST', `/v1/agencies/${a.id}/units`, { token: adminToken, body: { name: u } }),
          201,
          'createUnit',
        ),
      );
    agencies.push({ id: a.id, name, units });
  }
  // The standard managerial and socio-cultural ones come with the tenant (createTenant).
  for (const code of CODES.filter((c) => !STANDARD_COMPETENCY_CODES.has(c)))
    ok(
      await t.call('POST', '/v1/competencies', {
        token: adminToken,
        body: {
          code,
          name: code,
          group: code.startsWith('MAN')
            ? 'manajerial'
            : code.startsWith('SOS')
              ? 'sosial-kultural'
              : 'teknis',
          levels: [1, 2, 3, 4, 5].map((level) => ({ level, description: `Level ${level}` })),
        },
      }),
      201,
      'createCompetency',
    );
  return { tenantId, adminToken, agencies };
}

/**
 * `count` employees as the API stores them: the Put items of `employeeWrites` for a create
 * (profile, NIP guard, competency holders, retirement and rank-TMT entries), without the
 * conditions, then each agency's headcount aggregate ADDed once with the same attributes.
 */
async function loadEmployees(
  t: TestApi,
  world: Omit<World, 'employeeId' | 'positionId' | 'size' | 'loadSeconds'>,
  count: number,
  log: (m: string) => void,
) {
  const rand = seededRandom(count);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const actor: Actor = { tenantId: world.tenantId, sub: 'bench', role: 'tenant-admin', requestId: 'bench' };
  const now = new Date();
  const at = now.toISOString();
  const stats = new Map<string, Map<string, number>>();
  const sequences = new Map<string, number>();
  const items = function* () {
    for (let i = 0; i < count; i++) {
      const agency = world.agencies[i % world.agencies.length]!;
      const unit = agency.units[i % agency.units.length]!;
      const gender = rand() < 0.5 ? 'L' : 'P';
      const { pool } = pick(NAME_POOLS);
      const name = `${pick(gender === 'L' ? pool.male : pool.female)} ${pick(pool.last)}`.trim();
      const birthDate = `${int(1966, 2000)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
      const tmtCpns = `${Number(birthDate.slice(0, 4)) + int(20, 30)}-${String(int(1, 12)).padStart(2, '0')}-01`;
      const prefix = `${birthDate}${tmtCpns.slice(0, 7)}${gender}`;
      const seq = (sequences.get(prefix) ?? 0) + 1;
      sequences.set(prefix, seq);
      const level = pick(EDU);
      const comps = new Map<string, number>();
      for (let k = int(2, 5); k > 0; k--) comps.set(pick(CODES), int(1, 5));
      const e = withDerived({
        id: newId(),
        employmentType: 'PNS',
        nip: makeNip(birthDate, tmtCpns, gender, seq),
        name,
        gender,
        birthPlace: 'Bandar Lampung',
        birthDate,
        agencyId: agency.id,
        agencyName: agency.name,
        unitId: unit.id,
        rank: RANK_CODES[int(4, 13)]!,
        tmtCpns,
        tmtRank: tmtCpns,
        education: [
          {
            level,
            major: pick(MAJORS),
            institution: 'Universitas Lampung',
            graduationYear: Number(tmtCpns.slice(0, 4)) - 1,
          },
        ],
        competencies: [...comps]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([code, lvl]) => ({ code, level: lvl })),
        status: 'AKTIF',
        bup: 58,
        retirementDate: '',
        createdAt: at,
        updatedAt: at,
        version: 1,
      } as StoredEmployee);
      const agencyStats = stats.get(agency.id) ?? new Map<string, number>();
      for (const a of statAttributes(e)) agencyStats.set(a, (agencyStats.get(a) ?? 0) + 1);
      stats.set(agency.id, agencyStats);
      for (const item of employeeWrites(t.store, actor, undefined, e, {
        action: 'bench',
        now,
        noAudit: true,
      }))
        if (item.op.Put) yield item.op.Put.Item as Record<string, unknown>;
    }
  };
  await bulkPut(t, items(), { inFlight: 8, onProgress: (n) => log(`  ${n} items`) });
  // The birth and retirement months make hundreds of attributes: ADDed 50 at a time (an expression's size is limited).
  for (const [agencyId, m] of stats) {
    const all = [...m];
    for (let from = 0; from < all.length; from += 50) {
      const entries = all.slice(from, from + 50);
      await t.store.doc.send(
        new UpdateCommand({
          TableName: t.tableName,
          Key: keys.employeeStats(world.tenantId, agencyId),
          UpdateExpression: `SET agencyId = :agency ADD ${entries.map((_, i) => `#a${i} :d${i}`).join(', ')}`,
          ExpressionAttributeNames: Object.fromEntries(entries.map(([a], i) => [`#a${i}`, a])),
          ExpressionAttributeValues: {
            ':agency': agencyId,
            ...Object.fromEntries(entries.map(([, d], i) => [`:d${i}`, d])),
          },
        }),
      );
    }
  }
}

async function buildWorld(t: TestApi, size: number, log: (m: string) => void): Promise<World> {
  const slug = `bench-pers-${size}`;
  const base = await makeTenant(t, slug);
  const agency = base.agencies[0]!;
  const unit = agency.units[1]!;
  const position = ok(
    await t.call('POST', '/v1/positions', {
      token: base.adminToken,
      body: {
        agencyId: agency.id,
        unitId: unit.id,
        name: 'Pranata Komputer Ahli Pertama',
        type: 'FUNGSIONAL',
        functionalLevel: 'AHLI_PERTAMA',
        positionClass: 8,
        requiredEducation: { levels: ['S1'], majors: ['Teknik Informatika'] },
        requiredCompetencies: [{ code: 'TEK-TIK', minLevel: 2 }],
        seats: 5,
      },
    }),
    201,
    'createPosition',
  );
  const employee = ok(
    await t.call('POST', '/v1/employees', {
      token: base.adminToken,
      body: {
        employmentType: 'PNS',
        nip: makeNip('1986-09-26', '2015-05-01', 'L', 1),
        name: 'Sri Mulyono',
        gender: 'L',
        birthPlace: 'Metro',
        birthDate: '1986-09-26',
        agencyId: agency.id,
        unitId: unit.id,
        rank: 'III/b',
        tmtCpns: '2015-05-01',
        education: [
          {
            level: 'S1',
            major: 'Teknik Informatika',
            institution: 'Universitas Lampung',
            graduationYear: 2009,
          },
        ],
        competencies: [
          { code: 'TEK-ANALISIS-DATA', level: 4 },
          { code: 'TEK-TIK', level: 3 },
        ],
      },
    }),
    201,
    'createEmployee',
  );
  log(`loading ${size - 1} employees into ${slug} with BatchWriteItem`);
  const t0 = performance.now();
  await loadEmployees(t, { ...base, slug }, size - 1, log);
  const loadSeconds = (performance.now() - t0) / 1000;
  return { ...base, slug, employeeId: employee.id, positionId: position.id, size, loadSeconds };
}

// ---------------------------------------------------------------- reads at scale

const READS: { name: string; path: (w: World) => string }[] = [
  {
    name: `searchEmployees competency=${SEARCH_COMPETENCY}`,
    path: () => `/v1/personnel/search?competency=${SEARCH_COMPETENCY}&limit=25`,
  },
  {
    name: `searchEmployees namePrefix=${NAME_PREFIX}`,
    path: () => `/v1/personnel/search?namePrefix=${NAME_PREFIX}&limit=25`,
  },
  { name: 'getEmployee', path: (w) => `/v1/employees/${w.employeeId}` },
];

export interface PersonnelReadRow {
  operation: string;
  employees: number;
  latency: LatencyResult;
  calls: number;
  byCommand: Record<string, number>;
  items: number | null;
}

async function warm(t: TestApi, w: World) {
  clearTenantCache();
  clearAccountCache();
  await t.call('GET', '/v1/me', { token: w.adminToken });
}

async function measureReads(t: TestApi, worlds: World[], calls: number, log: (m: string) => void) {
  const rows = new Map<string, PersonnelReadRow>();
  const samples = new Map<string, LatencyResult[]>();
  for (const w of worlds)
    for (const r of READS) {
      await warm(t, w);
      const { result, calls: c } = await countDynamoCalls(() =>
        t.call('GET', r.path(w), { token: w.adminToken }),
      );
      ok(result, 200, r.name);
      rows.set(`${w.size}|${r.name}`, {
        operation: r.name,
        employees: w.size,
        latency: { calls: 0, status: 200, medianMs: 0, p90Ms: 0 },
        calls: c.total,
        byCommand: c.byCommand,
        items: Array.isArray(result.body.items) ? result.body.items.length : null,
      });
    }
  // Rounds alternate between the tenants, so a drift of the shared machine weighs on both alike.
  for (let round = 0; round < ROUNDS; round++) {
    log(`  latency round ${round + 1}/${ROUNDS}`);
    for (const w of worlds)
      for (const r of READS) {
        const headers = { authorization: `Bearer ${w.adminToken}` };
        const res = await measureLatency(
          () => t.api.request(r.path(w), { headers }),
          Math.ceil(calls / ROUNDS),
          round === 0 ? 50 : 10,
        );
        const key = `${w.size}|${r.name}`;
        samples.set(key, [...(samples.get(key) ?? []), res]);
      }
  }
  for (const [key, list] of samples) {
    const medians = list.map((l) => l.medianMs).sort((a, b) => a - b);
    const p90s = list.map((l) => l.p90Ms).sort((a, b) => a - b);
    const mid = (xs: number[]) => xs[Math.floor(xs.length / 2)]!;
    rows.get(key)!.latency = {
      calls: list.reduce((n, l) => n + l.calls, 0),
      status: list.at(-1)!.status,
      medianMs: mid(medians),
      p90Ms: mid(p90s),
    };
  }
  return [...rows.values()];
}

// ---------------------------------------------------------------- calls per operation

export interface PersonnelCallRow {
  operationId: string;
  request: string;
  status: number;
  calls: number;
  byCommand: Record<string, number>;
}

/** One real request per personnel operation on the small tenant, in an order where each has its target. */
async function countCalls(t: TestApi, w: World, log: (m: string) => void): Promise<PersonnelCallRow[]> {
  const token = w.adminToken;
  const agency = w.agencies[0]!;
  const unit = agency.units[1]!;
  const rows: PersonnelCallRow[] = [];
  const today = new Date().toISOString().slice(0, 10);
  const ids: Record<string, string> = {};
  let version = 0;
  const steps: {
    op: string;
    method: string;
    path: () => string;
    body?: () => unknown;
    keep?: (b: any) => void;
  }[] = [
    {
      op: 'createEmployee',
      method: 'POST',
      path: () => '/v1/employees',
      body: () => ({
        employmentType: 'CPNS',
        nip: makeNip('1998-02-11', `${today.slice(0, 7)}-01`, 'P', 1),
        name: 'Ayu Lestari',
        gender: 'P',
        birthPlace: 'Metro',
        birthDate: '1998-02-11',
        agencyId: agency.id,
        unitId: unit.id,
        rank: 'III/a',
        tmtCpns: `${today.slice(0, 7)}-01`,
        education: [
          {
            level: 'S1',
            major: 'Teknik Informatika',
            institution: 'Universitas Lampung',
            graduationYear: 2020,
          },
        ],
        competencies: [{ code: 'TEK-TIK', level: 1 }],
      }),
      keep: (b) => {
        ids.mentee = b.id;
        version = b.version;
      },
    },
    { op: 'getEmployee', method: 'GET', path: () => `/v1/employees/${w.employeeId}` },
    {
      op: 'updateEmployee',
      method: 'PATCH',
      path: () => `/v1/employees/${ids.mentee}`,
      body: () => ({ phone: '081234567890', version }),
    },
    { op: 'listEmployees', method: 'GET', path: () => `/v1/employees?agencyId=${agency.id}&limit=25` },
    { op: 'listEmployeeHistory', method: 'GET', path: () => `/v1/employees/${ids.mentee}/history` },
    {
      op: 'searchEmployees',
      method: 'GET',
      path: () => `/v1/personnel/search?competency=${SEARCH_COMPETENCY}&limit=25`,
    },
    {
      op: 'searchEmployees',
      method: 'GET',
      path: () => `/v1/personnel/search?namePrefix=${NAME_PREFIX}&limit=25`,
    },
    {
      op: 'searchEmployees',
      method: 'GET',
      path: () => `/v1/personnel/search?competency=${SEARCH_COMPETENCY}&namePrefix=${NAME_PREFIX}&limit=25`,
    },
    { op: 'searchEmployees', method: 'GET', path: () => '/v1/personnel/search?educationLevel=S2&limit=25' },
    { op: 'getPersonnelDashboard', method: 'GET', path: () => '/v1/personnel/dashboard' },
    { op: 'listPromotionEligible', method: 'GET', path: () => `/v1/personnel/promotions?asOf=${today}` },
    { op: 'listUpcomingRetirements', method: 'GET', path: () => '/v1/personnel/retirements?months=24' },
    { op: 'listPositions', method: 'GET', path: () => `/v1/positions?agencyId=${agency.id}` },
    { op: 'getPosition', method: 'GET', path: () => `/v1/positions/${w.positionId}` },
    {
      op: 'getPlacementCandidates',
      method: 'GET',
      path: () => `/v1/positions/${w.positionId}/candidates?limit=20`,
    },
    {
      op: 'getSuggestedPositions',
      method: 'GET',
      path: () => `/v1/employees/${w.employeeId}/suggested-positions`,
    },
    { op: 'listCompetencies', method: 'GET', path: () => '/v1/competencies' },
    {
      op: 'createTraining',
      method: 'POST',
      path: () => '/v1/trainings',
      body: () => ({
        title: 'Bimtek Analisis Data',
        type: 'TI',
        competencies: [{ code: 'TEK-ANALISIS-DATA', level: 3 }],
        jp: 16,
        startDate: '2026-01-05',
        endDate: '2026-01-06',
        capacity: 30,
      }),
      keep: (b) => {
        ids.training = b.id;
      },
    },
    {
      op: 'enrollTraining',
      method: 'POST',
      path: () => `/v1/trainings/${ids.training}/enrollments`,
      body: () => ({ employeeId: w.employeeId }),
    },
    { op: 'listTrainingEnrollments', method: 'GET', path: () => `/v1/trainings/${ids.training}/enrollments` },
    {
      op: 'completeTraining',
      method: 'POST',
      path: () => `/v1/trainings/${ids.training}/completions`,
      body: () => ({ employeeId: w.employeeId, result: 'LULUS', score: 88 }),
    },
    { op: 'listTrainingShortfall', method: 'GET', path: () => '/v1/personnel/training-shortfall?year=2026' },
    {
      op: 'upsertMentorProfile',
      method: 'PUT',
      path: () => `/v1/mentoring/mentors/${w.employeeId}`,
      body: () => ({
        offeredCompetencies: [{ code: 'TEK-TIK', level: 3 }],
        capacity: 3,
        active: true,
      }),
    },
    { op: 'suggestMentors', method: 'GET', path: () => `/v1/mentoring/suggestions?menteeId=${ids.mentee}` },
    {
      op: 'createMentorship',
      method: 'POST',
      path: () => '/v1/mentoring/relationships',
      body: () => ({
        mentorEmployeeId: w.employeeId,
        menteeEmployeeId: ids.mentee,
        startDate: today,
        goals: ['Memahami alur kerja unit'],
      }),
    },
    { op: 'listMentorships', method: 'GET', path: () => '/v1/mentoring/relationships' },
  ];
  for (const s of steps) {
    await warm(t, w);
    const { result, calls } = await countDynamoCalls(() =>
      t.call(s.method, s.path(), { token, ...(s.body ? { body: s.body() } : {}) }),
    );
    if (result.status >= 300)
      log(
        `  note: ${s.op} ${s.path()} answered ${result.status}: ${JSON.stringify(result.body).slice(0, 200)}`,
      );
    else s.keep?.(result.body);
    rows.push({
      operationId: s.op,
      request: `${s.method} ${s.path().replace(/[0-9A-HJKMNP-TV-Z]{26}/g, '{id}')}`,
      status: result.status,
      calls: calls.total,
      byCommand: calls.byCommand,
    });
  }
  return rows;
}

// ---------------------------------------------------------------- import rate

export interface ImportFigure {
  measured: boolean;
  reason?: string;
  rows?: number;
  seconds?: number;
  rowsPerSecond?: number;
  job?: ImportJobFigure;
  /** The same file imported again at once: every row unchanged (issue 9: within 10 s for 10,000). */
  again?: { seconds: number; rowsPerSecond: number; job: ImportJobFigure };
}

interface ImportJobFigure {
  status: string;
  total: number;
  imported: number;
  updated: number;
  unchanged: number;
  errors: number;
}

/** Where the import worker may live while the personnel function is being split (issue 9). */
const WORKER_MODULES = ['import-worker.ts', 'worker.ts'];
type RunImportJob = (deps: AppDeps, tenantId: string, jobId: string) => Promise<unknown>;

/**
 * The `runImportJob` of functions/personnel, from whichever of WORKER_MODULES exports it. Not finding
 * it is an error, not a figure left out: a bench that silently stops measuring the import has rotted.
 */
async function findImportWorker(): Promise<RunImportJob> {
  for (const file of WORKER_MODULES) {
    const url = new URL(`../../functions/personnel/${file}`, import.meta.url);
    if (!existsSync(url)) continue;
    const mod = (await import(url.href)) as { runImportJob?: unknown };
    if (typeof mod.runImportJob === 'function') return mod.runImportJob as RunImportJob;
  }
  throw new Error(
    `bench personnel: no runImportJob exported by functions/personnel/{${WORKER_MODULES.join(',')}}; update WORKER_MODULES in tests/bench/personnel.ts`,
  );
}

async function measureImport(
  t: TestApi,
  w: World,
  rows: number,
  log: (m: string) => void,
): Promise<ImportFigure> {
  const runImportJob = await findImportWorker();
  const agency = w.agencies[1]!;
  const header = IMPORT_COLUMNS.map((c) => c.key);
  const lines = [header.join(',')];
  for (let i = 0; i < rows; i++) {
    // 999 sequence numbers per birth date keep every NIP unique.
    const birthDate = `${1975 + Math.floor(i / 999)}-06-15`;
    const row: Record<string, string> = {
      nip: makeNip(birthDate, '2010-03-01', 'P', (i % 999) + 1),
      employmentType: 'PNS',
      name: `Pegawai Impor ${String(i).padStart(5, '0')}`,
      gender: 'P',
      birthPlace: 'Palembang',
      birthDate,
      agencyId: agency.name,
      unitId: agency.units[i % agency.units.length]!.name,
      rank: 'III/a',
      tmtCpns: '2010-03-01',
      educationLevel: 'S1',
      educationMajor: 'Akuntansi',
      educationInstitution: 'Universitas Sriwijaya',
      educationYear: '2008',
      competencies: 'TEK-PENGELOLAAN-KEUANGAN:2',
    };
    lines.push(header.map((k) => row[k] ?? '').join(','));
  }
  const csv = new TextEncoder().encode(lines.join('\r\n'));
  log(`  running the import worker on ${rows} rows`);
  const first = await importOnce(t, w, runImportJob, csv);
  log(`  the same ${rows} rows again, unchanged`);
  const again = await importOnce(t, w, runImportJob, csv);
  return {
    measured: true,
    rows,
    seconds: first.seconds,
    rowsPerSecond: rows / first.seconds,
    job: first.job,
    again: { seconds: again.seconds, rowsPerSecond: rows / again.seconds, job: again.job },
  };
}

/** One import of `csv` through the API, the worker called directly; its time is the worker's own. */
async function importOnce(
  t: TestApi,
  w: World,
  runImportJob: RunImportJob,
  csv: Uint8Array,
): Promise<{ seconds: number; job: ImportJobFigure }> {
  const created = ok(
    await t.call('POST', '/v1/personnel/imports', {
      token: w.adminToken,
      body: { fileName: 'pegawai.csv', format: 'csv' },
    }),
    201,
    'importEmployees',
  );
  ok(await t.call('PUT', created.upload.url, { body: csv, headers: created.upload.headers }), 200, 'upload');
  // The worker is called directly (as the integration test does) rather than through startImportJob's
  // fire-and-forget, so the time is the worker's own.
  const queued = await importsRepo.getImportJob(t.store, w.tenantId, created.job.id, true);
  const actor = {
    tenantId: w.tenantId,
    sub: 'bench',
    role: 'tenant-admin',
    requestId: 'bench-import',
  } as const;
  await importsRepo.startImportJob(t.store, actor, queued, new Date());
  const t0 = performance.now();
  await runImportJob(t.deps, w.tenantId, created.job.id);
  const seconds = (performance.now() - t0) / 1000;
  const job = ok(
    await t.call('GET', `/v1/personnel/imports/${created.job.id}`, { token: w.adminToken }),
    200,
    'getImportJob',
  );
  return {
    seconds,
    job: {
      status: job.status,
      total: job.total,
      imported: job.imported,
      updated: job.updated,
      unchanged: job.unchanged,
      errors: job.errors.length,
    },
  };
}

// ---------------------------------------------------------------- the section

export interface PersonnelResult {
  sizes: { employees: number; loadSeconds: number }[];
  reads: PersonnelReadRow[];
  /** Largest ÷ smallest median per read. */
  ratios: Record<string, number>;
  calls: PersonnelCallRow[];
  importFigure: ImportFigure;
  latencyCalls: number;
  seconds: number;
}

export async function benchPersonnel(opts: PersonnelBenchOptions): Promise<PersonnelResult> {
  const t0 = performance.now();
  const t = await createTestApi({ endpoint: opts.endpoint });
  const sizes = [...opts.sizes].sort((a, b) => a - b);
  const worlds: World[] = [];
  for (const size of sizes) worlds.push(await buildWorld(t, size, opts.log));
  opts.log('personnel: measuring searchEmployees and getEmployee');
  const reads = await measureReads(t, worlds, opts.latencyCalls, opts.log);
  const ratios: Record<string, number> = {};
  for (const r of READS) {
    const small = reads.find((x) => x.operation === r.name && x.employees === sizes[0])!;
    const large = reads.find((x) => x.operation === r.name && x.employees === sizes.at(-1))!;
    ratios[r.name] = large.latency.medianMs / small.latency.medianMs;
    opts.log(
      `  ${r.name}: ${small.latency.medianMs.toFixed(2)} ms → ${large.latency.medianMs.toFixed(2)} ms (× ${ratios[r.name]!.toFixed(2)})`,
    );
  }
  opts.log('personnel: DynamoDB calls per operation (small tenant)');
  const calls = await countCalls(t, worlds[0]!, opts.log);
  opts.log(`personnel: import of ${opts.importRows} rows`);
  const importFigure =
    opts.importRows > 0
      ? await measureImport(t, worlds[0]!, opts.importRows, opts.log)
      : { measured: false, reason: 'BENCH_PERSONNEL_IMPORT_ROWS=0' };
  if (importFigure.measured) {
    const again = importFigure.again!;
    opts.log(
      `  ${importFigure.rowsPerSecond!.toFixed(0)} rows/s; unchanged again: ${again.seconds.toFixed(1)} s (${again.rowsPerSecond.toFixed(0)} rows/s)`,
    );
    const job = importFigure.job!;
    if (job.status !== 'done' || job.imported + job.updated !== opts.importRows || job.errors > 0)
      throw new Error(
        `bench personnel: the import of ${opts.importRows} valid rows ended ${JSON.stringify(job)}; the rate would not be an import's`,
      );
    if (again.job.status !== 'done' || again.job.unchanged !== opts.importRows || again.job.errors > 0)
      throw new Error(
        `bench personnel: the same ${opts.importRows} rows imported again ended ${JSON.stringify(again.job)}, not all unchanged`,
      );
  }
  t.store.doc.destroy();
  return {
    sizes: worlds.map((w) => ({ employees: w.size, loadSeconds: w.loadSeconds })),
    reads,
    ratios,
    calls,
    importFigure,
    latencyCalls: opts.latencyCalls,
    seconds: (performance.now() - t0) / 1000,
  };
}

export function personnelMarkdown(r: PersonnelResult, measuredOn?: string): string[] {
  const lines = ['## Personnel (issue 3)', ''];
  if (measuredOn) lines.push(`Measured on ${measuredOn}.`, '');
  lines.push(
    `Two tenants (4 agencies, 3 units each, a 10-code competency catalogue, one position and one employee made through the API), the rest of the employees written with BatchWriteItem as the API stores them: the Put items of \`employeeWrites\` for a create (profile, NIP guard, one competency-holder item per competency held, retirement and rank-TMT entries), 2-5 competencies each, and the agencies' headcount aggregates. Load times: ${r.sizes.map((s) => `${s.employees.toLocaleString('en')} in ${s.loadSeconds.toFixed(1)} s`).join(', ')}.`,
    '',
    `${r.latencyCalls} sequential in-process requests per operation and tenant as the tenant admin, in ${ROUNDS} rounds alternating between the tenants (the median of the round medians); DynamoDB calls counted with \`countDynamoCalls\` on one request, tenant cache warm.`,
    '',
    '| operation | employees | median ms | p90 ms | items | DynamoDB calls |',
    '|---|---:|---:|---:|---:|---|',
  );
  for (const x of r.reads)
    lines.push(
      `| ${x.operation} | ${x.employees.toLocaleString('en')} | ${x.latency.medianMs.toFixed(2)} | ${x.latency.p90Ms.toFixed(2)} | ${x.items ?? '–'} | ${x.calls} (${Object.entries(
        x.byCommand,
      )
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}) |`,
    );
  lines.push(
    '',
    `**Latency ratio largest ÷ smallest tenant (target ≤ 1.3):** ${Object.entries(r.ratios)
      .map(([k, v]) => `${k} ${v.toFixed(2)}`)
      .join('; ')}.`,
    '',
  );
  lines.push(
    '### DynamoDB calls of the personnel operations',
    '',
    'One real request each on the small tenant, as the tenant admin, in this order (each write makes the target of the next).',
    '',
  );
  lines.push('| operation | request | status | calls | by command |', '|---|---|---:|---:|---|');
  for (const c of r.calls)
    lines.push(
      `| ${c.operationId} | \`${c.request}\` | ${c.status} | ${c.calls} | ${
        Object.entries(c.byCommand)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ') || '–'
      } |`,
    );
  lines.push('', '### Import', '');
  const f = r.importFigure;
  lines.push(
    f.measured
      ? `A CSV of ${f.rows!.toLocaleString('en')} new PNS rows (agency and unit by name, one competency each) uploaded through \`importEmployees\`, the job started with \`importsRepo.startImportJob\` and \`runImportJob\` called directly: **${f.rowsPerSecond!.toFixed(0)} rows/s** (${f.seconds!.toFixed(1)} s); job ${f.job!.status}, ${f.job!.imported} imported, ${f.job!.updated} updated, ${f.job!.errors} errors. The same file imported again at once (every row already there and equal): **${f.again!.seconds.toFixed(1)} s** (${f.again!.rowsPerSecond.toFixed(0)} rows/s); job ${f.again!.job.status}, ${f.again!.job.unchanged} unchanged, ${f.again!.job.imported} imported, ${f.again!.job.updated} updated, ${f.again!.job.errors} errors.`
      : `Not measured: ${f.reason}.`,
    '',
    `Personnel section run time: ${r.seconds.toFixed(0)} s.`,
    '',
  );
  return lines;
}
