import {
  type Agency,
  AppError,
  changedFields,
  createInputOf,
  IMPORT_LEASE_RENEW_MS,
  type ImportHeader,
  type ImportLookups,
  type ImportRow,
  type ImportRowError,
  importErrorOf,
  MAX_IMPORT_ROWS,
  mergeEducation,
  placementErrors,
  RowErrors,
  readImportHeader,
  readImportRow,
  resolveByName,
  ULID_PATTERN,
} from '@pamong/core';
import {
  type Actor,
  asStoredEmployee,
  EMPLOYEE_AUDIT_FIELDS,
  EmployeeTransaction,
  type EmployeeWriteSet,
  employeeWriteSet,
  type Store,
  type StoredEmployee,
  withDerived,
} from '@pamong/db';
import * as keys from '@pamong/db/keys';
import * as orgRepo from '@pamong/db/repos/org';
import * as employeesRepo from '@pamong/db/repos/personnel/employees';
import * as importsRepo from '@pamong/db/repos/personnel/imports';
import * as positionsRepo from '@pamong/db/repos/personnel/positions';
import { type AppDeps, DocumentNotFoundError } from '@pamong/http';
import { ImportFileError, readSheetRows, type SheetRow } from './import-file';

/**
 * The import worker (issue 3 §8). `startImportJob` queues it through `deps.tasks` (task-queue.ts):
 * in AWS the personnel worker function (worker.ts) runs it in an asynchronous invocation
 * (`InvocationType: 'Event'` with `{ pamongTask: 'importEmployees', tenantId, jobId }`), locally
 * the server's process does.
 *
 * Every employee's writes are whole in one transaction (employeeWriteSet), together with the
 * headcount aggregate they change, so a crash never leaves half an employee nor an aggregate that
 * disagrees with the employees, and a re-run finds the rows already done `unchanged`. Up to
 * IMPORT_GROUP employees of one agency share a transaction (EmployeeTransaction): the aggregate
 * and the agency's counter are then written once per transaction rather than once per employee.
 * A transaction refused by a condition (a NIP taken meanwhile, a unit closed, a full position) is
 * sent again one employee at a time, so only the rows at fault fail.
 *
 * The job item is in every one of those transactions too (importsRepo.jobCounter): it ADDs the
 * rows written to the job's `created`/`updated` and renews the run's lease, on the condition that
 * the job is still this run's. So the job never counts a row that was not written nor misses one
 * that was, wherever the worker stops (issue 10 §11), and a run that lost the job writes nothing
 * more. Rows nothing is written for (unchanged, invalid) are tallied here and written with the
 * progress, which also renews the lease at least every IMPORT_LEASE_RENEW_MS. A worker that dies
 * stops renewing: once its lease lapses the job reads `interrupted` and may be continued.
 *
 * DynamoDB calls: per job 1 GetItem (job) + 1 UpdateItem (claim: running, total) + agency/unit Query pages
 * (+ the position Query pages of agencies whose rows name a position by name)
 * + 1 UpdateItem (done), and 1 UpdateItem of progress per PROGRESS_MS; per 100 rows 1-2 BatchGetItem
 * (NIP guards, then existing profiles); per IMPORT_GROUP new or changed rows of an agency 1
 * TransactWriteItems (+1 GetItem per new row naming a position); nothing for an unchanged row.
 */
export type WorkerDeps = Pick<AppDeps, 'stores' | 'documents' | 'now' | 'logger'>;

/** Rows looked up together: one BatchGetItem holds at most 100 keys. */
const CHUNK = 100;
/**
 * Chunks parsed and looked up ahead of the one being written. An unchanged re-import is nothing
 * but these reads; four in flight took it from about 6 s to 3 s for 10,000 rows (issue 9).
 */
const LOOKAHEAD = 4;
/**
 * Transactions in flight. Every one of them holds the job item (its counters), and two in flight on
 * one item cancel each other in DynamoDB (TransactionConflict), so one at a time: the rows are still
 * parsed, looked up and planned while it is written. DynamoDB Local runs one TransactWriteItems per
 * table at a time anyway, where 1 to 4 measured the same (issue 9). More than one stays correct (a
 * conflict is sent again), and then never two of one agency, which would hold one aggregate item.
 */
export const IMPORT_CONCURRENCY = 1;
/**
 * Employees per transaction (fewer when their items pass 100). Locally a transaction of one
 * employee costs the JVM about 7.5 ms, a shared one about 3.5 ms per employee at 12, with no gain
 * past that (issue 9); a refused transaction is retried row by row, which a small group keeps cheap.
 */
export const IMPORT_GROUP = 12;
/** Concurrent writes to one agency's aggregate can cancel each other (TransactionConflict). */
const CONFLICT_ATTEMPTS = 8;
/** A transaction's items: DynamoDB's limit, less the job item's counter. */
const EMPLOYEE_ITEMS_PER_TRANSACTION = 99;
/** How often the job item's counters are written while running (the progress bar polls it). */
const PROGRESS_MS = 1000;

export interface ImportRunOptions {
  concurrency?: number;
  groupSize?: number;
  progressMs?: number;
}

/**
 * The store the rows are written through: the agency reads of prepareNewEmployee answered from the
 * job's agency list (read once), which saves a GetItem per new employee. The transaction still
 * checks that the agency is active.
 */
function workerStore(store: Store, agencies: Map<string, Record<string, unknown>>): Store {
  const wrapper = Object.create(store) as Store;
  wrapper.get = async <T>(key: { pk: string; sk: string }, consistent = false) =>
    (agencies.get(`${key.pk}|${key.sk}`) as T | undefined) ?? store.get<T>(key, consistent);
  return wrapper;
}

/**
 * At most `limit` writes in flight, and one per key (an agency). After a failure nothing new starts
 * and `submit`/`drain` throw it once the writes in flight have finished, so the tally stays true
 * to what was written.
 */
class Lanes {
  private readonly running = new Map<Promise<void>, string>();
  private failure: { error: unknown } | undefined;

  constructor(private readonly limit: number) {}

  private busy(key: string) {
    if (this.running.size >= this.limit) return true;
    for (const k of this.running.values()) if (k === key) return true;
    return false;
  }

  async submit(key: string, write: () => Promise<void>): Promise<void> {
    while (!this.failure && this.busy(key)) await Promise.race(this.running.keys());
    if (this.failure) {
      await this.settle();
      throw this.failure.error;
    }
    const p: Promise<void> = write()
      .catch((error: unknown) => {
        this.failure ??= { error };
      })
      .finally(() => this.running.delete(p));
    this.running.set(p, key);
  }

  async settle(): Promise<void> {
    while (this.running.size) await Promise.all(this.running.keys());
  }

  async drain(): Promise<void> {
    await this.settle();
    if (this.failure) throw this.failure.error;
  }
}

/** The rows nothing is written for; `created`/`updated` are counted by the transactions. */
interface Tally {
  total: number;
  unchanged: number;
  invalid: number;
  errorCount: number;
}

async function allPages<T>(fetch: (cursor?: string) => Promise<{ items: T[]; nextCursor: string | null }>) {
  const out: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 100; i++) {
    const page = await fetch(cursor);
    out.push(...page.items);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return out;
}

/**
 * Active agencies of the tenant, the units of those the file names, and the positions of those
 * whose rows name a position by name rather than id (read once per job; positions: one Query page
 * of the agency's positions per 100).
 */
async function loadLookups(store: Store, tenantId: string, header: ImportHeader, rows: SheetRow[]) {
  const agencies = (
    await allPages((cursor) => orgRepo.listAgencies(store, tenantId, { limit: 100, cursor }))
  ).filter((a) => a.status === 'active');
  const units = new Map<string, { id: string; name: string }[]>();
  const positions = new Map<string, { id: string; name: string; unitId: string }[]>();
  const lookups: ImportLookups & { agencies: Agency[] } = {
    agencies,
    unitsOf: (id) => units.get(id) ?? [],
    positionsOf: (id) => positions.get(id) ?? [],
  };
  const agencyColumn = header.columns.indexOf('agencyId');
  const positionColumn = header.columns.indexOf('positionId');
  const named = new Set<string>();
  const positionsByName = new Set<string>();
  if (agencyColumn >= 0)
    for (const r of rows) {
      const cell = r.cells[agencyColumn];
      const hit = cell === null || cell === undefined ? null : resolveByName(agencies, String(cell).trim());
      if (!hit || hit === 'ambiguous') continue;
      named.add(hit.id);
      const position = positionColumn >= 0 ? String(r.cells[positionColumn] ?? '').trim() : '';
      if (position && !ULID_PATTERN.test(position.toUpperCase())) positionsByName.add(hit.id);
    }
  for (const id of named) {
    const list = await allPages((cursor) => orgRepo.listUnits(store, tenantId, id, { limit: 100, cursor }));
    units.set(
      id,
      list.filter((u) => u.status === 'active'),
    );
  }
  for (const id of positionsByName) {
    const list = await allPages((cursor) =>
      positionsRepo.listPositions(store, tenantId, { agencyId: id, vacantOnly: false, limit: 100, cursor }),
    );
    positions.set(
      id,
      list.map((p) => ({ id: p.id, name: p.name, unitId: p.unitId })),
    );
  }
  return lookups;
}

/** The stored employees holding these NIPs: one BatchGet of the guards, one of the profiles. */
async function existingByNip(store: Store, tenantId: string, nips: string[]) {
  const guards = await store.batchGet<{ employeeId: string }>(
    nips.map((n) => keys.nipGuard(tenantId, n)),
    true,
  );
  const profiles = await store.batchGet<Record<string, unknown>>(
    guards.map((g) => keys.employee(tenantId, g.employeeId)),
    true,
  );
  const out = new Map<string, StoredEmployee>();
  for (const p of profiles) {
    const e = asStoredEmployee(p);
    out.set(e.nip, e);
  }
  return out;
}

/** A write refused by a rule (unknown unit, full position, NIP taken meanwhile) is that row's error. */
function rowErrorsOf(err: unknown, row: ImportRow, header: ImportHeader): ImportRowError[] | null {
  if (!(err instanceof AppError) || err.status >= 500 || err.type === 'version-conflict') return null;
  if (err instanceof importsRepo.StaleRunError) return null;
  if (err.errors?.length) return err.errors.map((e) => importErrorOf(e, row.row, header));
  return [
    {
      row: row.row,
      column: header.names.nip ?? 'nip',
      message: `baris tidak dapat disimpan: ${err.message}`,
    },
  ];
}

interface RowContext {
  store: Store;
  actor: Actor;
  header: ImportHeader;
  jobId: string;
  runId: string;
  agencyId: string | null;
  now: Date;
  clock: () => Date;
}

/** What a row comes to before anything is written. */
type Plan =
  | { outcome: 'unchanged' }
  | { outcome: ImportRowError[] }
  | { outcome: 'created' | 'updated'; row: ImportRow; agencyId: string; set: EmployeeWriteSet };

async function planRow(ctx: RowContext, row: ImportRow, before: StoredEmployee | undefined): Promise<Plan> {
  const { header, now } = ctx;
  const own = (agencyId: string | undefined) =>
    ctx.agencyId && agencyId && agencyId !== ctx.agencyId
      ? [
          {
            row: row.row,
            column: header.names.agencyId ?? 'agencyId',
            message: 'admin perangkat daerah hanya dapat mengimpor pegawai perangkat daerahnya sendiri',
          },
        ]
      : [];
  const auditExtra = { importJobId: { before: null, after: ctx.jobId } };
  if (!before) {
    const refused = own(row.fields.agencyId);
    if (refused.length) return { outcome: refused };
    const { input, errors } = createInputOf(row, header);
    if (!input) return { outcome: errors };
    const { employee, set } = await employeesRepo.newEmployeeWriteSet(ctx.store, ctx.actor, input, now, {
      auditExtra,
    });
    return { outcome: 'created', row, agencyId: employee.agencyId, set };
  }
  const refused = [...own(before.agencyId), ...placementErrors(row, before, header)];
  if (refused.length) return { outcome: refused };
  const { education, agencyId: _a, unitId: _u, positionId: _p, ...patch } = row.fields;
  const merged = employeesRepo.applyPatch(before, {
    ...patch,
    ...(education ? { education: mergeEducation(before.education, education) } : {}),
  });
  const fields = EMPLOYEE_AUDIT_FIELDS as readonly string[];
  const rec = (e: StoredEmployee) => e as unknown as Record<string, unknown>;
  if (changedFields(rec(before), rec(merged), fields).length === 0) return { outcome: 'unchanged' };
  const after = withDerived({ ...merged, updatedAt: now.toISOString(), version: before.version + 1 });
  employeesRepo.assertValidRecord(after);
  const set = employeeWriteSet(ctx.store, ctx.actor, before, after, {
    action: 'employee.update',
    now,
    history: {
      kind: 'correction',
      event: 'correction',
      tmt: now.toISOString().slice(0, 10),
      reason: 'Impor data pegawai',
    },
    auditExtra,
  });
  return { outcome: 'updated', row, agencyId: after.agencyId, set };
}

type Written = Extract<Plan, { set: EmployeeWriteSet }>;

/** An upper bound of the items an employee's writes add to a transaction (see EmployeeTransaction). */
const itemsOf = (set: EmployeeWriteSet) =>
  set.own.length + set.stats.size + set.counts.size + set.shared.length;

/** The employees' items and the job's counter of them, as one transaction. */
function withJobCounter(ctx: RowContext, tx: EmployeeTransaction, group: Written[]) {
  const counts = { created: 0, updated: 0 };
  for (const p of group) counts[p.outcome]++;
  // First: once a newer run took the job, its refusal is the one reported (StaleRunError), before
  // any refusal of the rows a newer run may have written meanwhile.
  return [
    importsRepo.jobCounter(ctx.store, ctx.actor.tenantId, ctx.jobId, ctx.runId, counts, ctx.clock()),
    ...tx.items(),
  ];
}

/**
 * Writes a group of rows in one transaction; if a condition refuses it, each row alone, so the
 * rows at fault get their error and the others are written.
 */
async function writeGroup(
  ctx: RowContext,
  group: Written[],
  tx: EmployeeTransaction,
  done: (outcome: Written['outcome'] | ImportRowError[]) => void,
) {
  if (group.length > 1) {
    try {
      await ctx.store.transact(withJobCounter(ctx, tx, group), CONFLICT_ATTEMPTS);
      for (const p of group) done(p.outcome);
      return;
    } catch (err) {
      if (!(err instanceof AppError) || err.status >= 500 || err instanceof importsRepo.StaleRunError)
        throw err;
    }
  }
  for (const p of group) {
    const alone = new EmployeeTransaction(ctx.store, ctx.actor.tenantId);
    alone.add(p.set);
    try {
      await ctx.store.transact(withJobCounter(ctx, alone, [p]), CONFLICT_ATTEMPTS);
      done(p.outcome);
    } catch (err) {
      const errors = rowErrorsOf(err, p.row, ctx.header);
      if (!errors) throw err;
      done(errors);
    }
  }
}

const isEmptyRow = (r: SheetRow) =>
  r.cells.every((c) => c === null || c === undefined || String(c).trim() === '');

/**
 * Runs one queued run of an import job to the end. Errors in the data are row errors; anything
 * else (the file unreadable, DynamoDB down) marks the job `failed`, and starting it again resumes.
 * A worker that dies leaves the job `running` until its lease lapses; it then reads `interrupted`,
 * and starting it again resumes too.
 */
export async function runImportJob(
  deps: WorkerDeps,
  tenantId: string,
  jobId: string,
  opts: ImportRunOptions = {},
): Promise<void> {
  const store = await deps.stores.forTenant(tenantId);
  const job = await importsRepo.getImportJob(store, tenantId, jobId, true);
  const runId = job.runId;
  if (!runId || job.status !== 'uploaded') return;
  const t: Tally = { total: 0, unchanged: 0, invalid: 0, errorCount: 0 };
  // Every error, counted; the job keeps the first MAX_IMPORT_ERRORS by row (core RowErrors).
  const rowErrors = new RowErrors();
  const foundErrors = (errors: ImportRowError[]) => {
    rowErrors.add(errors);
    t.errorCount = rowErrors.count;
  };
  const progress = (status: 'running' | 'done' | 'failed', failure?: string) =>
    importsRepo.writeProgress(
      store,
      tenantId,
      jobId,
      runId,
      { status, ...t, errors: rowErrors.first(), failure },
      deps.now(),
    );
  const lanes = new Lanes(opts.concurrency ?? IMPORT_CONCURRENCY);
  try {
    if (!deps.documents) throw new ImportFileError('Penyimpanan dokumen tidak tersedia.');
    const bytes = await deps.documents.get(job.documentKey).catch((err: unknown) => {
      if (err instanceof DocumentNotFoundError)
        throw new ImportFileError('Berkas belum diunggah. Unggah berkas lalu mulai lagi.');
      throw err;
    });
    const rows = (await readSheetRows(bytes, job.format)).filter((r) => !isEmptyRow(r));
    const [head, ...data] = rows;
    if (!head) throw new ImportFileError('Berkas kosong: tidak ada baris judul kolom.');
    if (data.length > MAX_IMPORT_ROWS)
      throw new ImportFileError(
        `Berkas berisi ${data.length} baris; paling banyak ${MAX_IMPORT_ROWS} baris per impor.`,
      );
    const header = readImportHeader(head.cells);
    if (header.fatal) throw new ImportFileError(header.fatal);
    foundErrors(header.warnings);
    t.total = data.length;
    // The run takes the job (status running, its lease, the row count), unless another invocation
    // of this task or a newer run took it since it was read. The queue lease covered it until now.
    if (!(await importsRepo.claimRun(store, tenantId, jobId, runId, t.total, deps.now()))) return;
    // The lease is renewed from here.
    let lastProgress = Date.now();
    const lookups = await loadLookups(store, tenantId, header, data);
    const actor: Actor = {
      tenantId,
      sub: job.startedBy?.sub ?? job.createdBy.sub,
      role: job.startedBy?.role ?? job.createdBy.role,
      requestId: `import-${jobId}`,
    };
    const ctx: RowContext = {
      store: workerStore(
        store,
        new Map(
          lookups.agencies.map((a) => {
            const k = keys.agency(tenantId, a.id);
            return [`${k.pk}|${k.sk}`, { ...k, ...a }];
          }),
        ),
      ),
      actor,
      header,
      jobId,
      runId,
      agencyId: job.agencyId,
      now: deps.now(),
      clock: () => deps.now(),
    };
    const groupSize = Math.max(1, opts.groupSize ?? IMPORT_GROUP);
    // The progress write renews the lease too: never less often than IMPORT_LEASE_RENEW_MS.
    const progressMs = Math.min(opts.progressMs ?? PROGRESS_MS, IMPORT_LEASE_RENEW_MS);
    const seen = new Map<string, number>();

    /** Parses a chunk and starts reading what exists of it; parse errors are tallied at once. */
    const readChunk = (from: number) => {
      const valid: ImportRow[] = [];
      for (const r of data.slice(from, from + CHUNK)) {
        const { row, errors } = readImportRow(r.cells, r.number, header, lookups);
        const first = row ? seen.get(row.nip) : undefined;
        if (row && first === undefined) {
          seen.set(row.nip, row.row);
          valid.push(row);
          continue;
        }
        foundErrors(
          row
            ? [
                {
                  row: row.row,
                  column: header.names.nip ?? 'nip',
                  message: `NIP ini sudah ada di baris ${first}; baris ini dilewati`,
                },
              ]
            : errors,
        );
        t.invalid++;
      }
      const existing = existingByNip(
        store,
        tenantId,
        valid.map((r) => r.nip),
      );
      // Awaited later; until then a rejection must not count as unhandled.
      existing.catch(() => {});
      return { valid, existing };
    };

    // A written row is counted by its transaction, in the job item.
    const done = (outcome: Written['outcome'] | ImportRowError[]) => {
      if (Array.isArray(outcome)) {
        foundErrors(outcome);
        t.invalid++;
      }
    };

    // The next chunks are parsed and looked up while this one is planned and written.
    const ahead: ReturnType<typeof readChunk>[] = [];
    let nextFrom = 0;
    const fill = () => {
      while (ahead.length < LOOKAHEAD && nextFrom < data.length) {
        ahead.push(readChunk(nextFrom));
        nextFrom += CHUNK;
      }
    };
    fill();
    while (ahead.length) {
      const current = ahead.shift()!;
      fill();
      ctx.now = deps.now();
      const existing = await current.existing;
      const open = new Map<string, { tx: EmployeeTransaction; group: Written[] }>();
      const send = async (agencyId: string) => {
        const g = open.get(agencyId);
        if (!g) return;
        open.delete(agencyId);
        await lanes.submit(agencyId, () => writeGroup(ctx, g.group, g.tx, done));
      };
      for (const row of current.valid) {
        let plan: Plan;
        try {
          plan = await planRow(ctx, row, existing.get(row.nip));
        } catch (err) {
          const errors = rowErrorsOf(err, row, header);
          if (!errors) throw err;
          plan = { outcome: errors };
        }
        if (!('set' in plan)) {
          if (plan.outcome === 'unchanged') t.unchanged++;
          else {
            foundErrors(plan.outcome);
            t.invalid++;
          }
          continue;
        }
        let g = open.get(plan.agencyId);
        const full = (tx: EmployeeTransaction) =>
          tx.size + itemsOf(plan.set) > EMPLOYEE_ITEMS_PER_TRANSACTION;
        if (g && (g.group.length >= groupSize || full(g.tx) || !g.tx.add(plan.set))) {
          await send(plan.agencyId);
          g = undefined;
        }
        if (!g) {
          g = { tx: new EmployeeTransaction(ctx.store, tenantId), group: [] };
          if (full(g.tx) || !g.tx.add(plan.set))
            throw new Error(`an employee write needs more than ${EMPLOYEE_ITEMS_PER_TRANSACTION} items`);
          open.set(plan.agencyId, g);
        }
        g.group.push(plan);
      }
      for (const agencyId of [...open.keys()]) await send(agencyId);
      if (Date.now() - lastProgress >= progressMs) {
        await progress('running');
        lastProgress = Date.now();
      }
    }
    await lanes.drain();
    await progress('done');
  } catch (err) {
    await lanes.settle();
    if (err instanceof importsRepo.StaleRunError) return;
    const readable = err instanceof ImportFileError;
    if (!readable) deps.logger.error('import job failed', { tenantId, jobId, error: err as Error });
    await progress(
      'failed',
      readable
        ? err.message
        : 'Impor berhenti karena gangguan sistem. Jalankan lagi: baris yang sudah masuk tidak akan terduplikasi.',
    ).catch((e: unknown) =>
      deps.logger.error('could not mark the import failed', { jobId, error: e as Error }),
    );
    if (!readable) throw err;
  }
}
