import { useState } from 'preact/hooks';
import { ApiError } from '../../api/client';
import {
  getImportJob,
  getImportTemplate,
  type ImportJob,
  importEmployees,
  startImportJob,
} from '../../api/personnel';
import {
  formatOf,
  ImportJobProgress,
  SheetFileField,
  uploadToSignedUrl,
  useJobPolling,
} from '../../components/import-job';
import { ErrorMessage } from '../../components/ui';
import { PersonnelHeader, usePersonnelText } from './shared';
import './personnel.css';
import { saveBlob } from '../../lib/hooks';

export default function ImportPage() {
  return <Import />;
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
  const polling = useJobPolling(started, getImportJob);

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
      await uploadToSignedUrl(upload, file, im.uploadFailed);
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
        <SheetFileField id="import-file" label={im.file} hint={im.fileHint} onFile={setFile} />
        <div class="actions">
          <button type="submit" class="btn btn-primary" disabled={busy}>
            {busy ? im.uploading : im.start}
          </button>
        </div>
      </form>
      <ErrorMessage error={polling.error} />
      {polling.job && (
        <ImportJobProgress
          job={polling.job}
          texts={{ ...im, none: pt.none }}
          resuming={resuming}
          resumeError={resumeError}
          onResume={() => resume(polling.job!)}
        />
      )}
    </section>
  );
}
