import {
  AppError,
  type ExamScoreStage,
  IMPORT_LEASE_RENEW_MS,
  type ImportRowError,
  MAX_IMPORT_ROWS,
  RowErrors,
  readScoreHeader,
  readScoreRow,
  type ScoreRow,
  type ScoreRules,
  sameScores,
} from '@pamong/core';
import type { Actor } from '@pamong/db';
import * as importsRepo from '@pamong/db/repos/personnel/imports';
import * as roundsRepo from '@pamong/db/repos/recruitment/rounds';
import * as scoreRepo from '@pamong/db/repos/recruitment/score-imports';
import { type AppDeps, DocumentNotFoundError } from '@pamong/http';
import { isEmptyRow, readSheetRows, SheetFileError } from '@pamong/sheets/read';

/**
 * The exam score import worker (issue 12 §4 `importExamScores`). `startExamScoreImport` queues it
 * through `deps.tasks` (`{ pamongTask: 'importExamScores', tenantId, roundId, jobId }`): in AWS the
 * recruitment worker function (worker.ts) runs it, locally the server's process does.
 *
 * It is the employee import's machinery (repos/personnel/imports.ts through the round's job space,
 * @pamong/sheets/read for the file): the run takes its queued job (`claimJobRun`), every score
 * transaction carries the job's counter (`jobCounterOf`: created/updated are exactly what was
 * written, wherever the worker stops, and a run that lost the job writes nothing more), and the
 * progress renews the lease. The round's `scoresRevision` is counted up when the run takes the job and
 * again when it ends, so a ranking computed before is known to be stale.
 *
 * Per row: the registration number and scores are read in core (score-rows.ts); the application is
 * found by its number (per 100 rows, one BatchGetItem of the numbers' items and one of the
 * applications); it must be this round's and MS. Unchanged scores write nothing; the others are
 * written up to SCORE_GROUP applications per transaction (each an UpdateItem of its scores and an
 * audit entry, plus the job's counter). A transaction refused by a condition (an application no
 * longer MS, scores changed by another import meanwhile) is sent again one application at a time,
 * so only the rows at fault fail.
 *
 * DynamoDB calls: per job 2 GetItem (job, round) + 2 UpdateItem (claim, done) + 2 UpdateItem of the
 * round (`scoresRevision`), and 1 UpdateItem of progress per PROGRESS_MS; per 100 rows 2
 * BatchGetItem; per SCORE_GROUP new or changed rows 1 TransactWriteItems; nothing for an unchanged row.
 */
export type WorkerDeps = Pick<AppDeps, 'stores' | 'documents' | 'now' | 'logger'>;

/** Rows looked up together: one BatchGetItem holds at most 100 keys. */
const CHUNK = 100;
/** Applications per transaction: 2 items each and the job's counter, within DynamoDB's 100. */
export const SCORE_GROUP = 25;
/** How often the job's tallies are written while running (the progress bar polls it). */
const PROGRESS_MS = 1000;
/** Concurrent writes to the job item can cancel each other (TransactionConflict): sent again. */
const CONFLICT_ATTEMPTS = 8;

export interface ScoreImportOptions {
  groupSize?: number;
  progressMs?: number;
}

interface Tally {
  total: number;
  unchanged: number;
  invalid: number;
  errorCount: number;
}

interface Planned {
  row: ScoreRow;
  app: scoreRepo.ScoredApplication;
  outcome: 'created' | 'updated';
}

const STATUS_ERRORS: Record<string, string> = {
  TMS: 'pelamar ini berstatus TMS (tidak memenuhi syarat administrasi); nilainya tidak disimpan',
  SUBMITTED: 'lamaran ini belum diverifikasi (belum berstatus MS); nilainya tidak disimpan',
  DRAFT: 'lamaran ini belum dikirim; nilainya tidak disimpan',
};

/** A write refused by a condition or a rule is that row's error; anything else stops the run. */
function rowErrorOf(err: unknown, p: Planned, column: string): ImportRowError | null {
  if (!(err instanceof AppError) || err.status >= 500 || err instanceof importsRepo.StaleRunError)
    return null;
  return {
    row: p.row.row,
    column,
    message:
      err instanceof scoreRepo.ScoreWriteRefused
        ? 'nilai tidak disimpan: lamaran ini tidak lagi berstatus MS, atau nilainya baru saja diubah impor lain; jalankan impor lagi'
        : `nilai tidak dapat disimpan: ${err.message}`,
  };
}

/**
 * Runs one queued run of a score import job to the end. Errors in the data are row errors;
 * anything else (the file unreadable, a missing column, DynamoDB down) marks the job `failed`, and
 * starting it again continues it. A worker that dies leaves the job `running` until its lease
 * lapses; it then reads `interrupted`, and starting it again continues it too.
 */
export async function runExamScoreImport(
  deps: WorkerDeps,
  tenantId: string,
  roundId: string,
  jobId: string,
  opts: ScoreImportOptions = {},
): Promise<void> {
  const store = await deps.stores.forTenant(tenantId);
  const space = scoreRepo.scoreJobs(tenantId, roundId);
  const job = await scoreRepo.getScoreImportJob(store, tenantId, roundId, jobId, true);
  const runId = job.runId;
  if (!runId || job.status !== 'uploaded') return;
  const stage: ExamScoreStage = job.stage;
  const t: Tally = { total: 0, unchanged: 0, invalid: 0, errorCount: 0 };
  // Every error, counted; the job keeps the first MAX_IMPORT_ERRORS by row (core RowErrors).
  const rowErrors = new RowErrors();
  const foundErrors = (errors: ImportRowError[]) => {
    rowErrors.add(errors);
    t.errorCount = rowErrors.count;
  };
  const progress = (status: 'running' | 'done' | 'failed', failure?: string) =>
    importsRepo.writeJobProgress(
      store,
      space,
      jobId,
      runId,
      { status, ...t, errors: rowErrors.first(), failure },
      deps.now(),
    );
  try {
    if (!deps.documents) throw new SheetFileError('Penyimpanan dokumen tidak tersedia.');
    const bytes = await deps.documents.get(job.documentKey).catch((err: unknown) => {
      if (err instanceof DocumentNotFoundError)
        throw new SheetFileError('Berkas belum diunggah. Unggah berkas lalu mulai lagi.');
      throw err;
    });
    const rows = (await readSheetRows(bytes, job.format)).filter((r) => !isEmptyRow(r));
    const [head, ...data] = rows;
    if (!head) throw new SheetFileError('Berkas kosong: tidak ada baris judul kolom.');
    if (data.length > MAX_IMPORT_ROWS)
      throw new SheetFileError(
        `Berkas berisi ${data.length} baris; paling banyak ${MAX_IMPORT_ROWS} baris per impor.`,
      );
    const round = await roundsRepo.getRound(store, tenantId, roundId, true);
    const rules: ScoreRules = {
      code: round.code,
      skdSubtests: round.skdSubtests,
      skbComponents: round.skbComponents,
    };
    const header = readScoreHeader(head.cells, stage, rules);
    if (header.fatal) throw new SheetFileError(header.fatal);
    foundErrors(header.warnings);
    t.total = data.length;
    if (!(await importsRepo.claimJobRun(store, space, jobId, runId, t.total, deps.now()))) return;
    // From here the run holds the job, and a ranking computed before is stale.
    await roundsRepo.touchScores(store, tenantId, roundId, deps.now());
    let lastProgress = Date.now();
    const actor: Actor = {
      tenantId,
      sub: job.startedBy?.sub ?? job.createdBy.sub,
      role: job.startedBy?.role ?? job.createdBy.role,
      requestId: `score-import-${jobId}`,
    };
    const numberColumn = header.names.registrationNumber ?? 'Nomor Pendaftaran';
    const groupSize = Math.max(1, Math.min(opts.groupSize ?? SCORE_GROUP, SCORE_GROUP));
    const progressMs = Math.min(opts.progressMs ?? PROGRESS_MS, IMPORT_LEASE_RENEW_MS);
    const seen = new Map<string, number>();

    const itemsOf = (group: Planned[]) => {
      const now = deps.now();
      const counts = { created: 0, updated: 0 };
      for (const p of group) counts[p.outcome]++;
      const scores = (p: Planned) => ({ ...p.row.scores, importedAt: now.toISOString(), jobId });
      // The job's counter first: once a newer run took the job, its refusal is the one reported.
      return [
        importsRepo.jobCounterOf(store, space, jobId, runId, counts, now),
        ...group.flatMap((p) => scoreRepo.scoreWrite(store, actor, p.app, stage, scores(p), now)),
      ];
    };
    const writeGroup = async (group: Planned[]) => {
      if (group.length > 1) {
        try {
          await store.transact(itemsOf(group), CONFLICT_ATTEMPTS);
          return;
        } catch (err) {
          if (!(err instanceof AppError) || err.status >= 500 || err instanceof importsRepo.StaleRunError)
            throw err;
        }
      }
      for (const p of group) {
        try {
          await store.transact(itemsOf([p]), CONFLICT_ATTEMPTS);
        } catch (err) {
          const error = rowErrorOf(err, p, numberColumn);
          if (!error) throw err;
          foundErrors([error]);
          t.invalid++;
        }
      }
    };

    for (let from = 0; from < data.length; from += CHUNK) {
      const valid: ScoreRow[] = [];
      for (const r of data.slice(from, from + CHUNK)) {
        const { row, errors } = readScoreRow(r.cells, r.number, header, rules);
        const first = row ? seen.get(row.registrationNumber) : undefined;
        if (row && first === undefined) {
          seen.set(row.registrationNumber, row.row);
          valid.push(row);
          continue;
        }
        foundErrors(
          row
            ? [
                {
                  row: row.row,
                  column: numberColumn,
                  message: `nomor pendaftaran ${row.registrationNumber} sudah ada di baris ${first}; baris ini dilewati`,
                },
              ]
            : errors,
        );
        t.invalid++;
      }
      const apps = await scoreRepo.applicationsByNumber(
        store,
        tenantId,
        valid.map((r) => r.registrationNumber),
      );
      const planned: Planned[] = [];
      for (const row of valid) {
        const app = apps.get(row.registrationNumber);
        const refuse = (message: string) => {
          foundErrors([{ row: row.row, column: numberColumn, message }]);
          t.invalid++;
        };
        if (!app || app.roundId !== roundId) {
          refuse(`nomor pendaftaran ${row.registrationNumber} tidak terdaftar pada seleksi ini`);
          continue;
        }
        if (app.status !== 'MS') {
          refuse(STATUS_ERRORS[app.status] ?? `lamaran berstatus ${app.status}; nilainya tidak disimpan`);
          continue;
        }
        const before = app[scoreRepo.scoreAttribute(stage)];
        if (sameScores(stage, before, row.scores)) {
          t.unchanged++;
          continue;
        }
        planned.push({ row, app, outcome: before ? 'updated' : 'created' });
      }
      for (let i = 0; i < planned.length; i += groupSize) await writeGroup(planned.slice(i, i + groupSize));
      if (Date.now() - lastProgress >= progressMs) {
        await progress('running');
        lastProgress = Date.now();
      }
    }
    await roundsRepo.touchScores(store, tenantId, roundId, deps.now());
    await progress('done');
  } catch (err) {
    if (err instanceof importsRepo.StaleRunError) return;
    const readable = err instanceof SheetFileError;
    if (!readable)
      deps.logger.error('score import job failed', { tenantId, roundId, jobId, error: err as Error });
    await progress(
      'failed',
      readable
        ? err.message
        : 'Impor nilai berhenti karena gangguan sistem. Jalankan lagi: nilai yang sudah masuk tidak akan terduplikasi.',
    ).catch((e: unknown) =>
      deps.logger.error('could not mark the score import failed', { jobId, error: e as Error }),
    );
    if (!readable) throw err;
  }
}
