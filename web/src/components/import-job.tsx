/**
 * The pieces of a file import that several pages share (the employee import, the exam score
 * import): the file's format from its name, the upload to the signed URL, polling the job until the
 * worker is finished with it, and the job's progress, counts and per-row errors. Each page hands in
 * its own words (`ImportJobTexts`) and its own call that reads the job.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n';
import { useFormat } from '../lib/format';
import { ErrorMessage } from './ui';
import './import-job.css';

const POLL_MS = 1000;
/**
 * The worker is no longer at it: done, failed, or interrupted (its lease lapsed: the process died).
 * Polling stops; a failed or interrupted job can be continued (Lanjutkan).
 */
export const FINISHED_JOB = new Set<string>(['done', 'failed', 'interrupted']);
export const CONTINUABLE_JOB = new Set<string>(['failed', 'interrupted']);
/** Rows of the error table per page. */
export const ERROR_PAGE_SIZE = 50;

/** What every import job answers (schemas/imports.ts), whatever it imports. */
export interface ImportJobLike {
  id: string;
  status: string;
  total: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  invalid: number;
  errors: readonly { row: number; column?: string | null; message: string }[];
  errorCount: number;
  failure?: string | null;
}

/** The words of the progress card, from the page's dictionary. */
export interface ImportJobTexts {
  progress: string;
  counts: (processed: number, total: number) => string;
  created: string;
  updated: string;
  unchanged: string;
  failed: string;
  statuses: Record<string, string>;
  errorsTitle: (n: number) => string;
  errorsCaption: string;
  row: string;
  column: string;
  message: string;
  noErrors: string;
  resume: string;
  resuming: string;
  interruptedHint: string;
  stillRunning: string;
  /** An error that names no column. */
  none: string;
  /** A server message of a row in the reader's language, where the page knows it. */
  translate?: (message: string) => string;
}

/** `xlsx` or `csv` from a file name; null for anything else. */
export const formatOf = (name: string): 'xlsx' | 'csv' | null => {
  const ext = name.toLowerCase().split('.').pop();
  return ext === 'xlsx' || ext === 'csv' ? ext : null;
};

/** PUTs the file straight to storage with the signed URL (not through the API); throws the status. */
export async function uploadToSignedUrl(
  upload: { url: string; method?: string; headers?: Record<string, string> },
  file: Blob,
  failed: (status: number) => string,
): Promise<void> {
  const res = await fetch(upload.url, {
    method: upload.method ?? 'PUT',
    headers: upload.headers,
    body: file,
  });
  if (!res.ok) throw new Error(failed(res.status));
}

/**
 * Polls the job every second until the worker is finished with it, or the page goes away. Each
 * start (a new upload, or Lanjutkan) hands in a new `started` and polling begins again.
 */
export function useJobPolling<J extends ImportJobLike>(
  started: J | null,
  read: (jobId: string) => Promise<J>,
) {
  const [job, setJob] = useState<J | null>(started);
  const [error, setError] = useState<unknown>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const readRef = useRef(read);
  readRef.current = read;
  useEffect(() => {
    setJob(started);
    setError(null);
    const jobId = started?.id;
    if (!jobId) return;
    let live = true;
    const tick = async () => {
      try {
        const next = await readRef.current(jobId);
        if (!live) return;
        setJob(next);
        if (FINISHED_JOB.has(next.status)) return;
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

/** The share of rows processed (1 for a job that ended without knowing its total). */
export function jobRatio(job: Pick<ImportJobLike, 'status' | 'total' | 'processed'>): number {
  const ended = job.status === 'done' || job.status === 'failed';
  return job.total > 0 ? Math.min(1, job.processed / job.total) : ended ? 1 : 0;
}

export function ImportJobProgress({
  job,
  texts: im,
  resuming = false,
  resumeError = null,
  onResume,
  idPrefix = 'import',
}: {
  job: ImportJobLike;
  texts: ImportJobTexts;
  resuming?: boolean;
  resumeError?: unknown;
  /** Lanjutkan for a failed or interrupted job; without it no button is shown. */
  onResume?: () => void;
  idPrefix?: string;
}) {
  const fmt = useFormat();
  const ratio = jobRatio(job);
  const finished = FINISHED_JOB.has(job.status);
  return (
    <section class="card stack" aria-labelledby={`${idPrefix}-progress-title`}>
      <h2 id={`${idPrefix}-progress-title`}>
        {im.progress}: {im.statuses[job.status] ?? job.status}
      </h2>
      <div class="import-progress">
        <progress
          id={`${idPrefix}-progress`}
          max={100}
          value={Math.round(ratio * 100)}
          aria-label={im.progress}
          aria-valuetext={fmt.pct(ratio)}
        />
        <span class="import-pct" aria-live="polite">
          {fmt.pct(ratio)}
        </span>
      </div>
      <p>{im.counts(job.processed, job.total)}</p>
      <dl class="facts import-counts">
        <div>
          <dt>{im.created}</dt>
          <dd>{fmt.int(job.created)}</dd>
        </div>
        <div>
          <dt>{im.updated}</dt>
          <dd>{fmt.int(job.updated)}</dd>
        </div>
        <div>
          <dt>{im.unchanged}</dt>
          <dd>{fmt.int(job.unchanged)}</dd>
        </div>
        <div>
          <dt>{im.failed}</dt>
          <dd>{fmt.int(job.invalid)}</dd>
        </div>
      </dl>
      {job.failure && (
        <div class="alert alert-error" role="alert">
          {im.translate ? im.translate(job.failure) : job.failure}
        </div>
      )}
      {job.status === 'interrupted' && (
        <div class="alert alert-error" role="alert">
          {im.interruptedHint}
        </div>
      )}
      <ErrorMessage error={resumeError} overrides={{ conflict: im.stillRunning }} />
      {onResume && CONTINUABLE_JOB.has(job.status) && (
        <div class="actions">
          <button type="button" class="btn btn-primary" disabled={resuming} onClick={onResume}>
            {resuming ? im.resuming : im.resume}
          </button>
        </div>
      )}
      {finished && job.status === 'done' && job.errorCount === 0 && (
        <p class="alert alert-ok">{im.noErrors}</p>
      )}
      {job.errors.length > 0 && <ImportErrorTable job={job} texts={im} />}
    </section>
  );
}

/** The rows that were not imported, a page of ERROR_PAGE_SIZE at a time. */
export function ImportErrorTable({ job, texts: im }: { job: ImportJobLike; texts: ImportJobTexts }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(job.errors.length / ERROR_PAGE_SIZE));
  const current = Math.min(page, pages);
  const rows = job.errors.slice((current - 1) * ERROR_PAGE_SIZE, current * ERROR_PAGE_SIZE);
  return (
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
            {rows.map((e, i) => (
              <tr key={`${e.row}-${i}`}>
                <td class="num">{fmt.int(e.row)}</td>
                <td>{e.column || im.none}</td>
                <td>{im.translate ? im.translate(e.message) : e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav class="pager" aria-label={t.common.pagination}>
          <button type="button" class="btn" disabled={current <= 1} onClick={() => setPage(current - 1)}>
            ← {t.common.prev}
          </button>
          <span>
            {t.common.pageNo(current)} / {fmt.int(pages)}
          </span>
          <button type="button" class="btn" disabled={current >= pages} onClick={() => setPage(current + 1)}>
            {t.common.next} →
          </button>
        </nav>
      )}
    </>
  );
}

/** The file chooser of an import: XLSX or CSV, with its hint. */
export function SheetFileField({
  id,
  label,
  hint,
  onFile,
}: {
  id: string;
  label: string;
  hint: string;
  onFile: (file: File | null) => void;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="file"
        name="file"
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        aria-describedby={`${id}-hint`}
        onChange={(e) => onFile(e.currentTarget.files?.[0] ?? null)}
      />
      <p class="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
    </div>
  );
}
