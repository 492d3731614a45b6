import {
  assertCanRunRounds,
  conflict,
  createExamScoreImportResultSchema,
  createExamScoreImportSchema,
  EXAM_SCORE_COLUMNS,
  type ExamScoreStage,
  examScoreImportJobSchema,
  examScoreTemplateQuerySchema,
  listExamScoreImportsQuerySchema,
  MAX_IMPORT_ROWS,
  pageOf,
  requiredScoreKeys,
  type ScoreColumn,
} from '@pamong/core';
import type { Store } from '@pamong/db';
import * as importsRepo from '@pamong/db/repos/personnel/imports';
import * as annRepo from '@pamong/db/repos/recruitment/announcements';
import * as applicantsRepo from '@pamong/db/repos/recruitment/applicants';
import * as roundsRepo from '@pamong/db/repos/recruitment/rounds';
import * as scoreRepo from '@pamong/db/repos/recruitment/score-imports';
import {
  DocumentNotFoundError,
  defineRoute,
  documentsOf,
  enqueueOrRelease,
  idParam,
  jsonBody,
  jsonContent,
  type RouteApp,
  tasksOf,
} from '@pamong/http';
import { type CellStyle, csvCell, Workbook, XLSX_CONTENT_TYPE } from '@pamong/sheets';
import * as z from 'zod';
import { ctxOf } from './context';

/**
 * The exam score import (issue 12 §4 `importExamScores`): the SKD scores (TWK, TIU, TKP) or the
 * SKB components of a round's MS applicants, from an XLSX or CSV file with a registration number per
 * row. It is the employee import's flow (functions/personnel/routes/imports.ts): create a job and
 * PUT the file to its upload URL, start it (the worker, score-import-worker.ts, runs it off the
 * request), poll the job for its progress and the row errors. The tenant admin's only, as the
 * round-wide acts are.
 *
 * The file is read only by the worker: this module writes the template with @pamong/sheets and
 * never loads the XLSX reader (exceljs), which stays out of the HTTP bundle.
 */
const tags = ['recruitment'];
const RUN_ROUNDS = ['tenant-admin'] as const;
const roundParam = idParam('roundId');
const jobParams = roundParam.extend(idParam('jobId').shape);
const base = '/v1/recruitment/rounds/{roundId}/score-imports';

const routes = {
  getExamScoreTemplate: defineRoute(RUN_ROUNDS, {
    method: 'get',
    path: `${base}/template`,
    operationId: 'getExamScoreTemplate',
    summary:
      'The score import template of a stage (SKD: Nomor Pendaftaran, Nama, TWK, TIU, TKP; SKB: the components the round weighs), one row per MS application with its number and name (the name is not imported). Tenant admin',
    tags,
    request: { params: roundParam, query: examScoreTemplateQuerySchema },
    responses: {
      200: {
        description: 'XLSX (the sheet and a Petunjuk sheet) or CSV',
        content: {
          [XLSX_CONTENT_TYPE]: { schema: z.string().meta({ format: 'binary' }) },
          'text/csv': { schema: z.string() },
        },
      },
    },
  }),
  importExamScores: defineRoute(RUN_ROUNDS, {
    method: 'post',
    path: base,
    operationId: 'importExamScores',
    summary:
      'Create a score import job (SKD or SKB) and get the URL to upload its file to. The round must be published; SKD scores only after the ADMINISTRATION_AFTER_OBJECTION announcement, SKB scores only after the SKD announcement (409). Tenant admin',
    tags,
    request: { params: roundParam, ...jsonBody(createExamScoreImportSchema) },
    responses: {
      201: jsonContent(createExamScoreImportResultSchema, 'The job and where to PUT the file'),
    },
  }),
  startExamScoreImport: defineRoute(RUN_ROUNDS, {
    method: 'post',
    path: `${base}/{jobId}/start`,
    operationId: 'startExamScoreImport',
    summary:
      'Start, re-run or continue a score import after its file is uploaded (409 while a run holds its lease, before the upload, or when the round no longer allows it); poll getExamScoreImport for progress',
    tags,
    request: { params: jobParams },
    responses: { 202: jsonContent(examScoreImportJobSchema, 'The job, queued') },
  }),
  getExamScoreImport: defineRoute(RUN_ROUNDS, {
    method: 'get',
    path: `${base}/{jobId}`,
    operationId: 'getExamScoreImport',
    summary:
      'A score import job: status (interrupted once a run stopped renewing its lease), counts and the rows refused, each with its column and a message in Bahasa Indonesia',
    tags,
    request: { params: jobParams },
    responses: { 200: jsonContent(examScoreImportJobSchema, 'The job') },
  }),
  listExamScoreImports: defineRoute(RUN_ROUNDS, {
    method: 'get',
    path: base,
    operationId: 'listExamScoreImports',
    summary: "A round's score import jobs, newest first",
    tags,
    request: { params: roundParam, query: listExamScoreImportsQuerySchema },
    responses: { 200: jsonContent(pageOf(examScoreImportJobSchema), 'A page of jobs') },
  }),
};

/**
 * Whether the round takes scores of `stage` now: published, and the stage before announced (the
 * applicants who sit the exam are known then). A 409 naming what is missing otherwise.
 */
export function assertTakesScores(round: roundsRepo.StoredRecruitmentRound, stage: ExamScoreStage): void {
  if (!round.published) throw conflict('Scores are imported only into a published round.');
  const announced = annRepo.announcedAtOf(round);
  if (stage === 'SKD' && !announced.ADMINISTRATION_AFTER_OBJECTION)
    throw conflict(
      'SKD scores are imported only after the ADMINISTRATION_AFTER_OBJECTION announcement: until then it is not final who sits the SKD.',
    );
  if (stage === 'SKB' && !announced.SKD)
    throw conflict(
      'SKB scores are imported only after the SKD announcement: until then it is not known who goes on to the SKB.',
    );
}

const EMPTY_PROGRESS = { total: 0, unchanged: 0, invalid: 0, errors: [], errorCount: 0 };

const headerStyle: CellStyle = { bold: true, fill: 'FFE8EEF4' };
const title: CellStyle = { bold: true, size: 14 };
const text: CellStyle = { numFmt: '@' };

/** The template's columns: the number, the name, and the scores the round asks of the stage. */
function templateColumns(round: roundsRepo.StoredRecruitmentRound, stage: ExamScoreStage): ScoreColumn[] {
  const scores = new Set<string>(requiredScoreKeys(stage, round));
  return EXAM_SCORE_COLUMNS[stage].filter(
    (c) => c.key === 'registrationNumber' || c.key === 'name' || scores.has(c.key),
  );
}

/** The round's MS applications, by registration number (every page of its staff index). */
async function msApplications(store: Store, tenantId: string, roundId: string) {
  const apps = await applicantsRepo.allSubmittedOfRound(store, tenantId, roundId);
  return apps
    .filter((a) => a.status === 'MS' && a.registrationNumber)
    .map((a) => ({ number: a.registrationNumber!, name: a.applicantName }))
    .sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
}

function templateXlsx(
  round: roundsRepo.StoredRecruitmentRound,
  stage: ExamScoreStage,
  columns: ScoreColumn[],
  rows: { number: string; name: string }[],
): Uint8Array {
  const wb = new Workbook({ creator: 'Pamong' });
  const sheet = wb.addSheet(`Nilai ${stage}`, {
    frozenRows: 1,
    columns: columns.map((c) => ({
      width: c.key === 'name' ? 36 : c.key === 'registrationNumber' ? 24 : 14,
      // Registration numbers as text, so Excel keeps them exactly as written.
      ...(c.key === 'registrationNumber' ? { style: text } : {}),
    })),
  });
  sheet.addRow(
    columns.map((c) => c.label),
    headerStyle,
  );
  for (const r of rows) sheet.addRow([r.number, r.name]);
  const guide = wb.addSheet('Petunjuk', { columns: [{ width: 110 }] });
  guide.addRow([`Petunjuk impor nilai ${stage}: ${round.name}`], title);
  const lines =
    stage === 'SKD'
      ? [
          `Isi TWK, TIU dan TKP setiap pelamar dengan bilangan bulat: TWK 0-${round.skdSubtests.twk.maxScore}, TIU 0-${round.skdSubtests.tiu.maxScore}, TKP 0-${round.skdSubtests.tkp.maxScore}.`,
        ]
      : [
          `Isi nilai ${columns
            .filter((c) => c.key !== 'registrationNumber' && c.key !== 'name')
            .map((c) => c.label)
            .join(', ')} setiap pelamar: 0 sampai 100, paling banyak 2 angka desimal (koma atau titik).`,
          'Komponen yang bobotnya 0% pada seleksi ini tidak perlu diisi.',
        ];
  for (const line of [
    `Lembar "Nilai ${stage}" memuat satu baris per pelamar yang memenuhi syarat (MS). Baris 1 adalah judul kolom dan jangan diubah. Paling banyak ${MAX_IMPORT_ROWS.toLocaleString('id-ID')} baris.`,
    ...lines,
    'Nomor pendaftaran adalah kunci; kolom Nama hanya untuk memudahkan pengisian dan tidak diimpor.',
    'Baris yang salah dilewati dan dilaporkan (nomor baris, kolom, pesan); baris lain tetap diimpor. Mengimpor berkas yang sama dua kali tidak mengubah apa pun; nilai yang berbeda menggantikan nilai lama.',
    'Berkas CSV: simpan sebagai CSV UTF-8; pemisah koma atau titik koma diterima.',
  ])
    guide.addRow([line]);
  return wb.toXlsx();
}

function templateCsv(columns: ScoreColumn[], rows: { number: string; name: string }[]): Uint8Array {
  const lines = [
    columns.map((c) => csvCell(c.label)).join(','),
    ...rows.map((r) => [csvCell(r.number), csvCell(r.name), ...columns.slice(2).map(() => '')].join(',')),
  ];
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

export function scoreImportRoutes(app: RouteApp): void {
  app.openapi(routes.getExamScoreTemplate, async (c) => {
    const ctx = ctxOf(c);
    assertCanRunRounds(c.var.claims);
    const { roundId } = c.req.valid('param');
    const { stage, format } = c.req.valid('query');
    const round = await roundsRepo.getRound(ctx.store, ctx.tenant.id, roundId);
    const columns = templateColumns(round, stage);
    const rows = await msApplications(ctx.store, ctx.tenant.id, round.id);
    const name = `nilai-${stage.toLowerCase()}-${round.code.toLowerCase()}`;
    const headers = { 'cache-control': 'private, no-store' };
    if (format === 'csv')
      return c.body(templateCsv(columns, rows) as Uint8Array<ArrayBuffer>, 200, {
        ...headers,
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}.csv"`,
      });
    const bytes = templateXlsx(round, stage, columns, rows);
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      ...headers,
      'content-type': XLSX_CONTENT_TYPE,
      'content-disposition': `attachment; filename="${name}.xlsx"`,
    });
  });

  app.openapi(routes.importExamScores, async (c) => {
    const ctx = ctxOf(c);
    assertCanRunRounds(c.var.claims);
    const documents = documentsOf(ctx.deps);
    const input = c.req.valid('json');
    const round = await roundsRepo.getRound(ctx.store, ctx.tenant.id, c.req.valid('param').roundId, true);
    assertTakesScores(round, input.stage);
    const job = await scoreRepo.createScoreImportJob(ctx.store, c.var.actor, round.id, input, ctx.now);
    const upload = await documents.createUpload(job.documentKey, importsRepo.importContentType(job.format));
    return c.json({ job: scoreRepo.publicScoreJob(job, ctx.now), upload }, 201);
  });

  app.openapi(routes.startExamScoreImport, async (c) => {
    const ctx = ctxOf(c);
    assertCanRunRounds(c.var.claims);
    const documents = documentsOf(ctx.deps);
    const tasks = tasksOf(ctx.deps);
    const { roundId, jobId } = c.req.valid('param');
    const [round, job] = await Promise.all([
      roundsRepo.getRound(ctx.store, ctx.tenant.id, roundId, true),
      scoreRepo.getScoreImportJob(ctx.store, ctx.tenant.id, roundId, jobId, true),
    ]);
    // A run holding a live lease keeps the job; a lapsed one (interrupted) is continued at once.
    if (!importsRepo.canStart(job, ctx.now)) throw conflict('The import is already running.');
    assertTakesScores(round, job.stage);
    await documents.get(job.documentKey).catch((err: unknown) => {
      if (err instanceof DocumentNotFoundError)
        throw conflict('The file has not been uploaded yet. PUT it to the upload URL first.');
      throw err;
    });
    const started = await scoreRepo.startScoreImportJob(ctx.store, c.var.actor, job, ctx.now);
    const tenantId = ctx.tenant.id;
    await enqueueOrRelease(
      ctx.deps,
      tasks,
      { pamongTask: 'importExamScores', tenantId, roundId, jobId },
      () =>
        importsRepo.writeJobProgress(
          ctx.store,
          scoreRepo.scoreJobs(tenantId, roundId),
          jobId,
          started.runId!,
          { status: 'failed', ...EMPTY_PROGRESS, failure: 'Impor belum dapat dimulai. Coba mulai lagi.' },
          ctx.deps.now(),
        ),
    );
    return c.json(scoreRepo.publicScoreJob(started, ctx.deps.now()), 202);
  });

  app.openapi(routes.getExamScoreImport, async (c) => {
    const ctx = ctxOf(c);
    assertCanRunRounds(c.var.claims);
    const { roundId, jobId } = c.req.valid('param');
    const job = await scoreRepo.getScoreImportJob(ctx.store, ctx.tenant.id, roundId, jobId);
    return c.json(scoreRepo.publicScoreJob(job, ctx.now), 200);
  });

  app.openapi(routes.listExamScoreImports, async (c) => {
    const ctx = ctxOf(c);
    assertCanRunRounds(c.var.claims);
    const { roundId } = c.req.valid('param');
    // An unknown round (or another tenant's) is 404, not an empty list.
    await roundsRepo.getRound(ctx.store, ctx.tenant.id, roundId);
    const page = await scoreRepo.listScoreImportJobs(ctx.store, ctx.tenant.id, roundId, c.req.valid('query'));
    return c.json(
      { items: page.items.map((j) => scoreRepo.publicScoreJob(j, ctx.now)), nextCursor: page.nextCursor },
      200,
    );
  });
}
