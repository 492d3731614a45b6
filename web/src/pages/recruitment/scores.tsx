/**
 * The "Nilai" tab of `/recruitment/:roundId` (`?tab=nilai`, tenant admin): the exam score import.
 * Choose SKD or SKB, download its template, upload the file (to the signed URL), start the job and
 * follow it (components/import-job: progress, counts, the rows refused), and the round's earlier
 * imports. An exam whose precondition announcement is not published yet is disabled with the reason
 * (SKD after ADMINISTRATION_AFTER_OBJECTION, SKB after SKD) instead of leading to a 409.
 */
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client';
import {
  formatOf,
  ImportJobProgress,
  type ImportJobTexts,
  SheetFileField,
  uploadToSignedUrl,
  useJobPolling,
} from '../../components/import-job';
import { ErrorMessage, Loading, Notice } from '../../components/ui';
import { useLocalized } from '../../i18n';
import { useFormat } from '../../lib/format';
import { saveBlob, useLoadMore } from '../../lib/hooks';
import { useMe } from '../../session';
import { useRoundAnnouncements } from './announcements';
import { resultsEn } from './i18n/results-en';
import { type ExamStage, type ResultsDictionary, resultsId } from './i18n/results-id';
import type { RecruitmentRoundDetail } from './recruitment-api';
import { defaultExamStage, scoreConflict, scoresOpen } from './results-model';
import {
  type ExamScoreImportJob,
  getExamScoreImport,
  getExamScoreTemplate,
  importExamScores,
  listExamScoreImports,
  startExamScoreImport,
} from './score-imports-api';
import { zonedDateTime } from './screening-model';

export const useResultsText = (): ResultsDictionary => useLocalized(resultsId, resultsEn);

const STAGES: readonly ExamStage[] = ['SKD', 'SKB'];

export function ScoresPanel({ round }: { round: RecruitmentRoundDetail }) {
  const t = useResultsText();
  const announcements = useRoundAnnouncements(round.published ? round.id : undefined);
  const timeZone = useMe().tenant?.timeZone ?? 'Asia/Jakarta';
  if (!round.published) return <p class="alert alert-info">{t.scores.notPublished}</p>;
  if (!announcements.data)
    return (
      <>
        <ErrorMessage error={announcements.error} />
        {announcements.loading && <Loading />}
      </>
    );
  return <ScoresView round={round} announced={announcements.data.items} timeZone={timeZone} />;
}

/** The tab once the round's announcements are known (they say which exam is open). */
export function ScoresView({
  round,
  announced,
  timeZone,
  initialJob = null,
}: {
  round: Pick<RecruitmentRoundDetail, 'id'>;
  announced: readonly { stage: string }[];
  /** The tenant's zone: the times are its wall clock. */
  timeZone: string;
  /** A job to follow from the start (tests, or a page reopened on a running job). */
  initialJob?: ExamScoreImportJob | null;
}) {
  const t = useResultsText();
  const s = t.scores;
  const [stage, setStage] = useState<ExamStage>(initialJob?.stage ?? defaultExamStage(announced));
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [started, setStarted] = useState<ExamScoreImportJob | null>(initialJob);
  const [resuming, setResuming] = useState(false);
  const [resumeError, setResumeError] = useState<unknown>(null);
  const [historyKey, setHistoryKey] = useState(0);
  const polling = useJobPolling(started, (jobId) => getExamScoreImport(round.id, jobId));
  const open = scoresOpen(stage, announced);
  const done = polling.job?.status === 'done';
  useEffect(() => {
    if (done) setHistoryKey((k) => k + 1);
  }, [done]);

  const template = async (format: 'xlsx' | 'csv') => {
    setError(null);
    try {
      const d = await getExamScoreTemplate(round.id, stage, format);
      saveBlob(d.blob, d.filename ?? `templat-nilai-${stage.toLowerCase()}.${format}`);
    } catch (err) {
      setError(err);
    }
  };

  const resume = async (job: ExamScoreImportJob) => {
    setResumeError(null);
    setResuming(true);
    try {
      setStarted(await startExamScoreImport(round.id, job.id));
    } catch (err) {
      setResumeError(err);
      if (err instanceof ApiError && err.status === 409) setStarted({ ...job });
    } finally {
      setResuming(false);
    }
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setLocalError(null);
    if (!open) return;
    if (!file) return setLocalError(s.chooseFile);
    const format = formatOf(file.name);
    if (!format) return setLocalError(s.badType);
    setBusy(true);
    setStarted(null);
    setResumeError(null);
    try {
      const { job, upload } = await importExamScores(round.id, { fileName: file.name, format, stage });
      await uploadToSignedUrl(upload, file, s.uploadFailed);
      setStarted(await startExamScoreImport(round.id, job.id));
    } catch (err) {
      if (err instanceof ApiError) setError(err);
      else setLocalError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const conflict = scoreConflict(error, stage, t);
  const texts: ImportJobTexts = s.job;
  return (
    <>
      <div class="card stack">
        <h2>{s.title}</h2>
        <p class="muted">{s.intro}</p>
        <fieldset class="segmented" aria-describedby="score-stage-hint">
          <legend>{s.stageLegend}</legend>
          {STAGES.map((st) => (
            <button
              key={st}
              type="button"
              class="btn btn-small"
              aria-pressed={stage === st}
              onClick={() => {
                setStage(st);
                setError(null);
                setLocalError(null);
              }}
            >
              {t.stages[st]}
            </button>
          ))}
        </fieldset>
        <p class="muted small" id="score-stage-hint">
          {stage === 'SKD' ? s.skdColumns : s.skbColumns}
        </p>
        {!open && (
          <p class="alert alert-info" role="note">
            {stage === 'SKD' ? s.blockedSkd : s.blockedSkb}
          </p>
        )}
        {open && (
          <>
            <h3>{s.template}</h3>
            <div class="actions">
              <button type="button" class="btn" onClick={() => template('xlsx')}>
                {s.templateXlsx}
              </button>
              <button type="button" class="btn" onClick={() => template('csv')}>
                {s.templateCsv}
              </button>
            </div>
          </>
        )}
      </div>
      {open && (
        <form class="card stack" noValidate aria-label={`${s.title}: ${t.stages[stage]}`} onSubmit={submit}>
          {conflict ? (
            <div class="alert alert-error" role="alert">
              {conflict}
            </div>
          ) : (
            <ErrorMessage error={error} fieldNames={[]} />
          )}
          {localError && (
            <div class="alert alert-error" role="alert">
              {localError}
            </div>
          )}
          <SheetFileField id="score-file" label={s.file} hint={s.fileHint} onFile={setFile} />
          <div class="actions">
            <button type="submit" class="btn btn-primary" disabled={busy} aria-busy={busy}>
              {busy ? s.uploading : s.start}
            </button>
          </div>
        </form>
      )}
      <ErrorMessage error={polling.error} />
      {polling.job && (
        <ImportJobProgress
          idPrefix="score-import"
          job={polling.job}
          texts={texts}
          resuming={resuming}
          resumeError={resumeError}
          onResume={() => resume(polling.job!)}
        />
      )}
      {done && <Notice>{s.afterImport}</Notice>}
      <ImportHistory
        key={historyKey}
        roundId={round.id}
        timeZone={timeZone}
        onShow={(job) => setStarted(job)}
      />
    </>
  );
}

function ImportHistory({
  roundId,
  timeZone,
  onShow,
}: {
  roundId: string;
  timeZone: string;
  onShow: (job: ExamScoreImportJob) => void;
}) {
  const t = useResultsText();
  const s = t.scores;
  const fmt = useFormat();
  const time = (iso: string) => zonedDateTime(iso, timeZone, fmt.locale);
  const list = useLoadMore(
    (cursor) => listExamScoreImports(roundId, { cursor, limit: 20 }),
    (j) => j.id,
  );
  return (
    <div class="card">
      <h2>{s.history}</h2>
      <ErrorMessage error={list.error} />
      {list.loading && list.items.length === 0 && <Loading />}
      {!list.loading && !list.error && list.items.length === 0 && <p class="muted">{s.historyNone}</p>}
      {list.items.length > 0 && (
        <div class="table-wrap rc-scroll">
          <table class="rc-imports">
            <caption>{s.historyCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{s.when}</th>
                <th scope="col">{s.stage}</th>
                <th scope="col">{s.fileName}</th>
                <th scope="col">{s.status}</th>
                <th scope="col" class="num">
                  {s.rows}
                </th>
                <th scope="col">{s.result}</th>
                <th scope="col">
                  <span class="sr-only">{s.show}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((j) => (
                <tr key={j.id}>
                  <td class="nowrap">{time(j.createdAt)}</td>
                  <td>{j.stage}</td>
                  <td class="rc-file">{j.fileName}</td>
                  <td>{s.job.statuses[j.status] ?? j.status}</td>
                  <td class="num">{fmt.int(j.total)}</td>
                  <td class="small rc-result">
                    {s.resultLine(
                      fmt.int(j.created),
                      fmt.int(j.updated),
                      fmt.int(j.unchanged),
                      fmt.int(j.invalid),
                    )}
                  </td>
                  <td>
                    <button
                      type="button"
                      class="btn btn-small"
                      aria-label={`${s.show}: ${j.fileName}`}
                      onClick={() => onShow(j)}
                    >
                      {s.show}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.hasMore && (
        <div class="actions">
          <button type="button" class="btn" disabled={list.loading} onClick={list.more}>
            {s.more}
          </button>
        </div>
      )}
    </div>
  );
}
