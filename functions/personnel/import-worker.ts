import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import {
  type Agency,
  AppError,
  changedFields,
  createInputOf,
  type ImportHeader,
  type ImportLookups,
  type ImportRow,
  type ImportRowError,
  importErrorOf,
  MAX_IMPORT_ERRORS,
  MAX_IMPORT_ROWS,
  mergeEducation,
  placementErrors,
  readImportHeader,
  readImportRow,
  resolveByName,
} from '@pamong/core';
import {
  type Actor,
  asStoredEmployee,
  EMPLOYEE_AUDIT_FIELDS,
  employeesRepo,
  employeeWrites,
  importsRepo,
  keys,
  mapTransactionError,
  orgRepo,
  type Store,
  type StoredEmployee,
  withDerived,
} from '@pamong/db';
import { type AppDeps, DocumentNotFoundError } from '@pamong/http';
import { ImportFileError, readSheetRows, type SheetRow } from './import-file';

/**
 * The import worker (issue 3 §8). `startImportJob` queues it through `deps.tasks` (tasks.ts): in
 * AWS the same function runs it in its own asynchronous invocation (`InvocationType: 'Event'` with
 * `{ pamongTask: 'importEmployees', tenantId, jobId }`, see handler.ts), locally in-process.
 *
 * Every employee is written in one transaction of its own (createEmployee / employeeWrites), so a
 * crash leaves no half-written employee, and a re-run finds the rows already done `unchanged`.
 *
 * DynamoDB calls: per job 1 GetItem (job) + 1 UpdateItem (running) + agency/unit Query pages + 1
 * UpdateItem (done); per 100 rows 1-2 BatchGetItem (NIP guards, then existing profiles) + 1
 * UpdateItem (progress); per row 1 TransactWriteItems for a new employee (+1 GetItem when it names
 * a position; its agency comes from the job's list), 1 TransactWriteItems for a changed one,
 * nothing for an unchanged one.
 */
export type WorkerDeps = Pick<AppDeps, 'stores' | 'documents' | 'now' | 'logger'>;

const CHUNK = 100;
/**
 * Rows of a chunk written at once. They are distinct employees (duplicate NIPs are dropped first)
 * but share their agency's counters, so a write may lose a race with TransactionConflict; it is
 * retried (nothing was written), see `retryingConflicts`.
 */
export const IMPORT_CONCURRENCY = 4;
const CONFLICT_RETRIES = 8;

const onlyConflicts = (err: unknown) => {
  const e = err as { name?: string; CancellationReasons?: { Code?: string }[] };
  return (
    e?.name === 'TransactionCanceledException' &&
    !!e.CancellationReasons?.some((r) => r?.Code === 'TransactionConflict') &&
    e.CancellationReasons.every((r) => !r?.Code || r.Code === 'None' || r.Code === 'TransactionConflict')
  );
};

/**
 * The store the rows are written through: transactions retried while they are cancelled only by a
 * concurrent one, and the agency reads of createEmployee answered from the job's agency list (read
 * once), which saves a GetItem per new employee. The transaction still checks the agency is active.
 */
function workerStore(store: Store, agencies: Map<string, Record<string, unknown>>): Store {
  const wrapper = Object.create(store) as Store;
  wrapper.get = async <T>(key: { pk: string; sk: string }, consistent = false) =>
    (agencies.get(`${key.pk}|${key.sk}`) as T | undefined) ?? store.get<T>(key, consistent);
  wrapper.transact = async (items) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await store.doc.send(new TransactWriteCommand({ TransactItems: items.map((i) => i.op) }));
        return;
      } catch (err) {
        if (attempt < CONFLICT_RETRIES && onlyConflicts(err)) {
          await new Promise((r) => setTimeout(r, Math.random() * 10 * 2 ** attempt));
          continue;
        }
        throw mapTransactionError(err, items);
      }
    }
  };
  return wrapper;
}

/**
 * Runs `fn` over `items` with at most `limit` at a time. After an error no new item starts, the
 * ones in flight finish, and then the first error is thrown: the tally stays true to what was written.
 */
async function eachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>) {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async () => {
    while (next < items.length && !failure) {
      try {
        await fn(items[next++]!);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  if (failure) throw failure.error;
}

interface Tally {
  total: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  invalid: number;
  errors: ImportRowError[];
  errorCount: number;
}

function report(t: Tally, errors: ImportRowError[]) {
  t.errorCount += errors.length;
  for (const e of errors)
    if (t.errors.length < MAX_IMPORT_ERRORS) t.errors.push({ ...e, message: e.message.slice(0, 300) });
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

/** Active agencies of the tenant, and the units of those the file names (read once per job). */
async function loadLookups(store: Store, tenantId: string, header: ImportHeader, rows: SheetRow[]) {
  const agencies = (
    await allPages((cursor) => orgRepo.listAgencies(store, tenantId, { limit: 100, cursor }))
  ).filter((a) => a.status === 'active');
  const units = new Map<string, { id: string; name: string }[]>();
  const lookups: ImportLookups & { agencies: Agency[] } = { agencies, unitsOf: (id) => units.get(id) ?? [] };
  const agencyColumn = header.columns.indexOf('agencyId');
  const named = new Set<string>();
  if (agencyColumn >= 0)
    for (const r of rows) {
      const cell = r.cells[agencyColumn];
      const hit = cell === null || cell === undefined ? null : resolveByName(agencies, String(cell).trim());
      if (hit && hit !== 'ambiguous') named.add(hit.id);
    }
  for (const id of named) {
    const list = await allPages((cursor) => orgRepo.listUnits(store, tenantId, id, { limit: 100, cursor }));
    units.set(
      id,
      list.filter((u) => u.status === 'active'),
    );
  }
  return lookups;
}

/** The stored employees holding these NIPs: one BatchGet of the guards, one of the profiles. */
async function existingByNip(store: Store, tenantId: string, nips: string[]) {
  const guards = await store.batchGet<{ pk: string; employeeId: string }>(
    nips.map((n) => keys.nipGuard(tenantId, n)),
    true,
  );
  const byId = new Map<string, string>();
  for (const g of guards) byId.set(g.employeeId, g.pk.slice(g.pk.lastIndexOf('NIP#') + 4));
  const profiles = await store.batchGet<Record<string, unknown>>(
    [...byId.keys()].map((id) => keys.employee(tenantId, id)),
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
  concurrency: number;
  store: Store;
  actor: Actor;
  header: ImportHeader;
  jobId: string;
  agencyId: string | null;
  now: Date;
}

async function importRow(
  ctx: RowContext,
  row: ImportRow,
  before: StoredEmployee | undefined,
): Promise<'created' | 'updated' | 'unchanged' | ImportRowError[]> {
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
    if (refused.length) return refused;
    const { input, errors } = createInputOf(row, header);
    if (!input) return errors;
    await employeesRepo.createEmployee(ctx.store, ctx.actor, input, now, { auditExtra });
    return 'created';
  }
  const refused = [...own(before.agencyId), ...placementErrors(row, before, header)];
  if (refused.length) return refused;
  const { education, agencyId: _a, unitId: _u, positionId: _p, ...patch } = row.fields;
  const merged = employeesRepo.applyPatch(before, {
    ...patch,
    ...(education ? { education: mergeEducation(before.education, education) } : {}),
  });
  const fields = EMPLOYEE_AUDIT_FIELDS as readonly string[];
  const rec = (e: StoredEmployee) => e as unknown as Record<string, unknown>;
  if (changedFields(rec(before), rec(merged), fields).length === 0) return 'unchanged';
  const after = withDerived({ ...merged, updatedAt: now.toISOString(), version: before.version + 1 });
  try {
    employeesRepo.assertValidRecord(after);
  } catch (err) {
    return rowErrorsOf(err, row, header) ?? [];
  }
  await ctx.store.transact(
    employeeWrites(ctx.store, ctx.actor, before, after, {
      action: 'employee.update',
      now,
      history: {
        kind: 'correction',
        event: 'correction',
        tmt: now.toISOString().slice(0, 10),
        reason: 'Impor data pegawai',
      },
      auditExtra,
    }),
  );
  return 'updated';
}

async function processChunk(
  ctx: RowContext,
  chunk: SheetRow[],
  lookups: ImportLookups,
  seen: Map<string, number>,
  t: Tally,
) {
  // Parse errors are found before write errors; the report lists them in row order all the same.
  const found: ImportRowError[] = [];
  const valid: ImportRow[] = [];
  for (const r of chunk) {
    const { row, errors } = readImportRow(r.cells, r.number, ctx.header, lookups);
    if (!row) {
      found.push(...errors);
      t.invalid++;
      continue;
    }
    const first = seen.get(row.nip);
    if (first !== undefined) {
      found.push({
        row: row.row,
        column: ctx.header.names.nip ?? 'nip',
        message: `NIP ini sudah ada di baris ${first}; baris ini dilewati`,
      });
      t.invalid++;
      continue;
    }
    seen.set(row.nip, row.row);
    valid.push(row);
  }
  t.processed += chunk.length - valid.length;
  const existing = await existingByNip(
    ctx.store,
    ctx.actor.tenantId,
    valid.map((r) => r.nip),
  );
  await eachLimited(valid, ctx.concurrency, async (row) => {
    let outcome: Awaited<ReturnType<typeof importRow>>;
    try {
      outcome = await importRow(ctx, row, existing.get(row.nip));
    } catch (err) {
      const errors = rowErrorsOf(err, row, ctx.header);
      if (!errors) throw err;
      outcome = errors;
    }
    if (Array.isArray(outcome)) {
      found.push(...outcome);
      t.invalid++;
    } else t[outcome]++;
    t.processed++;
  });
  report(
    t,
    found.sort((x, y) => x.row - y.row),
  );
}

const isEmptyRow = (r: SheetRow) =>
  r.cells.every((c) => c === null || c === undefined || String(c).trim() === '');

/**
 * Runs one queued run of an import job to the end. Errors in the data are row errors; anything
 * else (the file unreadable, DynamoDB down) marks the job `failed`, and starting it again resumes.
 */
export async function runImportJob(
  deps: WorkerDeps,
  tenantId: string,
  jobId: string,
  opts: { concurrency?: number } = {},
): Promise<void> {
  const store = await deps.stores.forTenant(tenantId);
  const job = await importsRepo.getImportJob(store, tenantId, jobId, true);
  const runId = job.runId;
  if (!runId || job.status !== 'uploaded') return;
  const t: Tally = {
    total: 0,
    processed: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    invalid: 0,
    errors: [],
    errorCount: 0,
  };
  const progress = (status: 'running' | 'done' | 'failed', failure?: string) =>
    importsRepo.writeProgress(store, tenantId, jobId, runId, { status, ...t, failure }, deps.now());
  try {
    await progress('running');
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
    report(t, header.warnings);
    t.total = data.length;
    const lookups = await loadLookups(store, tenantId, header, data);
    const actor: Actor = {
      tenantId,
      sub: job.startedBy?.sub ?? job.createdBy.sub,
      role: job.startedBy?.role ?? job.createdBy.role,
      requestId: `import-${jobId}`,
    };
    const ctx: RowContext = {
      concurrency: opts.concurrency ?? IMPORT_CONCURRENCY,
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
      agencyId: job.agencyId,
      now: deps.now(),
    };
    const seen = new Map<string, number>();
    for (let i = 0; i < data.length; i += CHUNK) {
      ctx.now = deps.now();
      await processChunk(ctx, data.slice(i, i + CHUNK), lookups, seen, t);
      await progress('running');
    }
    await progress('done');
  } catch (err) {
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
