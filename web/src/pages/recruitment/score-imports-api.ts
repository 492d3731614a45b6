/**
 * The exam score import calls (importExamScores and its job; tenant admin), one function per
 * operationId, as the employee import's (../../api/personnel): create the job and get the signed
 * upload URL, PUT the file there, start the job, poll it, list the round's earlier jobs.
 */
import {
  accepting,
  api,
  type BodyOf,
  call,
  download,
  type ItemOf,
  type QueryOf,
  type ResponseOf,
  XLSX_TYPE,
} from '../../api/client';

export type ExamScoreImportJob = ResponseOf<'getExamScoreImport'>;
export type ExamScoreImportCreated = ResponseOf<'importExamScores'>;
export type ExamScoreImportInput = BodyOf<'importExamScores'>;
export type ExamScoreImportSummary = ItemOf<'listExamScoreImports'>;
export type ExamStage = ExamScoreImportInput['stage'];
export type ScoreFileFormat = ExamScoreImportInput['format'];

const jobPath = (roundId: string, jobId: string) => ({ params: { path: { roundId, jobId } } });

/** The template of a stage's score file (SKD: TWK, TIU, TKP; SKB: the components the round weighs). */
export const getExamScoreTemplate = (roundId: string, stage: ExamStage, format: ScoreFileFormat) =>
  download(
    api.GET('/v1/recruitment/rounds/{roundId}/score-imports/template', {
      params: { path: { roundId }, query: { stage, format } },
      parseAs: 'blob',
      headers: accepting(format === 'xlsx' ? XLSX_TYPE : 'text/csv'),
    }),
  );

/** A new job and the signed URL its file goes to; 409 before the stage's precondition announcement. */
export const importExamScores = (roundId: string, body: ExamScoreImportInput) =>
  call(api.POST('/v1/recruitment/rounds/{roundId}/score-imports', { params: { path: { roundId } }, body }));

/** Hands the uploaded file to the worker (also Lanjutkan for a failed or interrupted job). */
export const startExamScoreImport = (roundId: string, jobId: string) =>
  call(api.POST('/v1/recruitment/rounds/{roundId}/score-imports/{jobId}/start', jobPath(roundId, jobId)));

export const getExamScoreImport = (roundId: string, jobId: string) =>
  call(api.GET('/v1/recruitment/rounds/{roundId}/score-imports/{jobId}', jobPath(roundId, jobId)));

/** The round's earlier imports, newest first. */
export const listExamScoreImports = (roundId: string, q: QueryOf<'listExamScoreImports'> = {}) =>
  call(
    api.GET('/v1/recruitment/rounds/{roundId}/score-imports', { params: { path: { roundId }, query: q } }),
  );
