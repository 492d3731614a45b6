import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api/client';
import {
  getImportJob,
  getImportTemplate,
  type ImportJob,
  importEmployees,
  startImportJob,
} from '../../api/personnel';
import { ErrorMessage } from '../../components/ui';
import { PersonnelHeader, usePersonnelText } from './shared';
import './personnel.css';
import { useFormat } from '../../lib/format';
import { saveBlob } from '../../lib/hooks';

export default function ImportPage() {
  return <Import />;
}

const POLL_MS = 1000;
/**
 * The worker is no longer at it: done, failed, or interrupted (its lease lapsed: the process died).
 * Polling stops; a failed or interrupted job can be continued (Lanjutkan).
 */
const FINISHED = new Set<string>(['done', 'failed', 'interrupted']);
const CONTINUABLE = new Set<string>(['failed', 'interrupted']);

const formatOf = (name: string): 'xlsx' | 'csv' | null => {
  const ext = name.toLowerCase().split('.').pop();
  return ext === 'xlsx' || ext === 'csv' ? ext : null;
};

/**
 * Polls the job every second until the worker is finished with it, or the page goes away. Each
 * start (a new upload, or Lanjutkan) hands in a new `started` and polling begins again.
 */
function useJobPolling(started: ImportJob | null) {
  const [job, setJob] = useState<ImportJob | null>(started);
  const [error, setError] = useState<unknown>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    setJob(started);
    setError(null);
    const jobId = started?.id;
    if (!jobId) return;
    let live = true;
    const tick = async () => {
      try {
        const next = await getImportJob(jobId);
        if (!live) return;
        setJob(next);
        if (FINISHED.has(next.status)) return;
      } catch (err) {
        if (!live) return;
        // A busy server is worth another try; anything else ends the polling with its message.
        if (
          !(err instanceof ApiError && ['unavailable', 'store-unavailable', 'network'].includes(err.type))
        ) {
          setError(err);
          return;
        }
      }
      timer.current = setTimeout(tick, POLL_MS);
    };
    void tick();
    return () => {
      live = false;
      if (timer.current) clearTimeout(timer.current);
    };
  }, [started]);
  return { job, error };
}

function Import() {
  const pt = usePersonnelText();
  const im = pt.import;
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [started, setStarted] = useState<ImportJob | null>(null);
  const [resuming, setResuming] = useState(false);
  const [resumeError, setResumeError] = useState<unknown>(null);
  const polling = useJobPolling(started);

  const template = async (format: 'xlsx' | 'csv') => {
    setError(null);
    try {
      const d = await getImportTemplate(format);
      saveBlob(d.blob, d.filename ?? `templat-pegawai.${format}`);
    } catch (err) {
      setError(err);
    }
  };

  /** Lanjutkan: starts the stopped job again; rows already imported are neither written nor counted twice. */
  const resume = async (job: ImportJob) => {
    setResumeError(null);
    setResuming(true);
    try {
      setStarted(await startImportJob(job.id));
    } catch (err) {
      setResumeError(err);
      // 409: its worker came back and holds the job again; follow it rather than show it stopped.
      if (err instanceof ApiError && err.status === 409) setStarted({ ...job });
    } finally {
      setResuming(false);
    }
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setLocalError(null);
    if (!file) return setLocalError(im.chooseFile);
    const format = formatOf(file.name);
    if (!format) return setLocalError(im.badType);
    setBusy(true);
    setStarted(null);
    setResumeError(null);
    try {
      const { job, upload } = await importEmployees({ fileName: file.name, format });
      // The upload goes straight to storage with the signed URL, not through the API.
      const res = await fetch(upload.url, {
        method: upload.method ?? 'PUT',
        headers: upload.headers,
        body: file,
      });
      if (!res.ok) throw new Error(im.uploadFailed(res.status));
      setStarted(await startImportJob(job.id));
    } catch (err) {
      if (err instanceof ApiError) setError(err);
      else setLocalError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section>
      <PersonnelHeader title={im.title} current="/personnel/import" />
      <p>{im.intro}</p>
      <div class="card stack">
        <h2>{im.template}</h2>
        <div class="actions">
          <button type="button" class="btn" onClick={() => template('xlsx')}>
            {im.templateXlsx}
          </button>
          <button type="button" class="btn" onClick={() => template('csv')}>
            {im.templateCsv}
          </button>
        </div>
      </div>
      <form class="card stack" noValidate aria-label={im.title} onSubmit={submit}>
        <ErrorMessage error={error} />
        {localError && (
          <div class="alert alert-error" role="alert">
            {localError}
          </div>
        )}
        <div class="field">
          <label for="import-file">{im.file}</label>
          <input
            id="import-file"
            type="file"
            name="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            aria-describedby="import-file-hint"
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
          <p class="field-hint" id="import-file-hint">
            {im.fileHint}
          </p>
        </div>
        <div class="actions">
          <button type="submit" class="btn btn-primary" disabled={busy}>
            {busy ? im.uploading : im.start}
          </button>
        </div>
      </form>
      <ErrorMessage error={polling.error} />
      {polling.job && (
        <JobProgress
          job={polling.job}
          resuming={resuming}
          resumeError={resumeError}
          onResume={() => resume(polling.job!)}
        />
      )}
    </section>
  );
}

function JobProgress({
  job,
  resuming,
  resumeError,
  onResume,
}: {
  job: ImportJob;
  resuming: boolean;
  resumeError: unknown;
  onResume: () => void;
}) {
  const pt = usePersonnelText();
  const fmt = useFormat();
  const im = pt.import;
  const total = job.total;
  const processed = job.processed;
  const ended = job.status === 'done' || job.status === 'failed';
  const ratio = total > 0 ? Math.min(1, processed / total) : ended ? 1 : 0;
  const errors = job.errors;
  const finished = FINISHED.has(job.status);
  return (
    <section class="card stack" aria-labelledby="import-progress-title">
      <h2 id="import-progress-title">
        {im.progress}: {im.statuses[job.status] ?? job.status}
      </h2>
      <div class="import-progress">
        <progress
          id="import-progress"
          max={100}
          value={Math.round(ratio * 100)}
          aria-label={im.progress}
          aria-valuetext={fmt.pct(ratio)}
        />
        <span class="import-pct" aria-live="polite">
          {fmt.pct(ratio)}
        </span>
      </div>
      <p>{im.counts(processed, total)}</p>
      <dl class="facts import-counts">
        <div>
          <dt>{im.created}</dt>
          <dd>{job.created}</dd>
        </div>
        <div>
          <dt>{im.updated}</dt>
          <dd>{job.updated}</dd>
        </div>
        <div>
          <dt>{im.unchanged}</dt>
          <dd>{job.unchanged}</dd>
        </div>
        <div>
          <dt>{im.failed}</dt>
          <dd>{job.invalid}</dd>
        </div>
      </dl>
      {job.failure && (
        <div class="alert alert-error" role="alert">
          {job.failure}
        </div>
      )}
      {job.status === 'interrupted' && (
        <div class="alert alert-error" role="alert">
          {im.interruptedHint}
        </div>
      )}
      <ErrorMessage error={resumeError} overrides={{ conflict: im.stillRunning }} />
      {CONTINUABLE.has(job.status) && (
        <div class="actions">
          <button type="button" class="btn btn-primary" disabled={resuming} onClick={onResume}>
            {resuming ? im.resuming : im.resume}
          </button>
        </div>
      )}
      {finished && job.status === 'done' && job.errorCount === 0 && (
        <p class="alert alert-ok">{im.noErrors}</p>
      )}
      {errors.length > 0 && (
        <>
          <h3>{im.errorsTitle(job.errorCount)}</h3>
          <div class="table-wrap">
            <table>
              <caption>{im.errorsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{im.row}</th>
                  <th scope="col">{im.column}</th>
                  <th scope="col">{im.message}</th>
                </tr>
              </thead>
              <tbody>
                {errors.map((e, i) => (
                  <tr key={i}>
                    <td class="num">{e.row}</td>
                    <td>{e.column || pt.none}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
