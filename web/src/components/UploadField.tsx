/**
 * The file pieces of the forms that upload (../lib/uploads): the field that picks files and shows
 * each on its way with a progress bar, then uploaded, failed (with why, and "upload again") or
 * refused at the field for what it said; and the list of files the API keeps, each opened in a new
 * tab. The texts are the page's own: a leave request says "lampiran", an SKP "bukti dukung".
 */
import { useId } from 'preact/hooks';
import { ApiError, type Download } from '../api/client';
import { describeError, useI18n } from '../i18n';
import { useFormat } from '../lib/format';
import {
  DOCUMENT_ACCEPT,
  documentKind,
  type FileProblem,
  type FileUpload,
  sizeIn,
  UploadError,
  type Uploads,
  useFileOpener,
} from '../lib/uploads';
import { ErrorMessage } from './ui';

/**
 * The layout of the file lists, inline so that the pages need no stylesheet of their own for them:
 * a plain list, one file a row, its actions beside it.
 */
const FILE_LIST_STYLE = { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: '0.4rem' };
const FILE_ROW_STYLE = {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: '0.3rem 0.6rem',
} as const;
const FILE_NAME_STYLE = { flex: '0 1 auto', minWidth: 0, overflowWrap: 'anywhere' } as const;
/** What is done with a file, kept together beside it. */
const FILE_ACTIONS_STYLE = {
  display: 'inline-flex',
  alignItems: 'center',
  gap: '0.5rem',
  whiteSpace: 'nowrap',
} as const;
/** One file of a form in its frame (red when something is wrong with it); its progress bar takes the room left in the row. */
const uploadRowStyle = (wrong: boolean) =>
  ({
    padding: '0.4rem 0.6rem',
    border: `1px solid ${wrong ? 'var(--danger)' : 'var(--line)'}`,
    borderRadius: 'var(--radius)',
    background: '#fff',
  }) as const;
/** A kept file: its name (wrapped within its column on a narrow screen) with "Buka" right beside it. */
const STORED_ROW_STYLE = {
  display: 'grid',
  gridTemplateColumns: 'minmax(0, max-content) auto',
  justifyContent: 'start',
  alignItems: 'center',
  columnGap: '0.6rem',
} as const;
const PROGRESS_STYLE = {
  display: 'inline-flex',
  alignItems: 'center',
  gap: '0.4rem',
  flex: '1 1 8rem',
} as const;

/** A size in the reader's digits and the unit that reads best ("1,2 MB", "350 KB"). */
export function useFileSize(): (bytes: number) => string {
  const { t } = useI18n();
  const fmt = useFormat();
  return (bytes) => {
    const s = sizeIn(bytes);
    return t.uploads.size(s.unit === 'KB' ? fmt.int(s.value) : fmt.dec1(s.value), s.unit);
  };
}

/**
 * What an upload field says in the page's words, naming its files ("lampiran", "berkas"); the
 * rest (progress, "uploaded", "upload again", a failed upload) is the app's (`t.uploads`).
 */
export interface UploadTexts {
  /** The list of the form's files, for screen readers. */
  uploadedList: string;
  /** A file the record already names (`kept`); "uploaded" when not given. */
  kept?: string;
  remove: string;
  removeLabel: (name: string) => string;
  fileProblems: Partial<Record<FileProblem, (name: string) => string>>;
}

/**
 * A form's file field: the picker (PDF, JPEG or PNG by default), the files refused and why, the
 * hint, and the files taken, each with its progress while on its way, then "uploaded", and a remove
 * button; a failed one says why and can be sent again. `fileErrors` are the API's words about a
 * file the sent form named, by the file's id, said under its row.
 */
export function UploadField({
  uploads: u,
  texts: ut,
  label,
  name,
  hint,
  optional = false,
  error,
  fileErrors = {},
  accept = DOCUMENT_ACCEPT,
}: {
  uploads: Uploads;
  texts: UploadTexts;
  label: string;
  name: string;
  hint: string;
  optional?: boolean;
  /** The field's own error (a required file missing, uploads still running). */
  error?: string;
  fileErrors?: Readonly<Record<string, string>>;
  accept?: string;
}) {
  const { t } = useI18n();
  const tu = t.uploads;
  const fmt = useFormat();
  const size = useFileSize();
  const id = useId();
  const listId = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const invalid = !!error || u.files.some((f) => fileErrors[f.id]);
  const failure = (f: FileUpload): string => {
    const err = f.error;
    if (err instanceof UploadError) return tu.failed(err.status);
    if (err instanceof ApiError && err.type === 'validation') {
      const paths = err.errors.map((e) => e.path);
      if (paths.includes('size') && ut.fileProblems.size) return ut.fileProblems.size(f.name);
      if (paths.includes('contentType') && ut.fileProblems.type) return ut.fileProblems.type(f.name);
    }
    return describeError(t, err).message;
  };
  return (
    <div class={invalid ? 'field field-invalid upload-field' : 'field upload-field'}>
      <label for={id}>
        {label}
        {optional && <span class="optional"> ({t.common.optional})</span>}
      </label>
      <input
        id={id}
        type="file"
        name={name}
        multiple
        accept={accept}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={[error ? errorId : '', hintId, u.files.length > 0 ? listId : '']
          .filter(Boolean)
          .join(' ')}
        onChange={(e) => {
          u.pick(e.currentTarget.files);
          // The same file may be picked again after it is removed.
          e.currentTarget.value = '';
        }}
      />
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
      {u.refused.length > 0 && (
        <ul class="field-error" role="alert" style={{ margin: 0, paddingLeft: '1.2rem' }}>
          {u.refused.map((r) => (
            <li key={r.name}>{ut.fileProblems[r.problem]?.(r.name)}</li>
          ))}
        </ul>
      )}
      <p class="field-hint" id={hintId}>
        {hint}
      </p>
      {u.files.length > 0 && (
        <ul id={listId} class="upload-list" aria-label={ut.uploadedList} style={FILE_LIST_STYLE}>
          {u.files.map((f) => (
            <li
              key={f.id}
              class="upload-row"
              style={uploadRowStyle(f.state === 'failed' || !!fileErrors[f.id])}
            >
              <div style={FILE_ROW_STYLE}>
                <span style={FILE_NAME_STYLE}>
                  {f.name} <span class="muted small nowrap">· {size(f.size)}</span>
                </span>
                {f.state === 'uploading' && (
                  <span style={PROGRESS_STYLE}>
                    <progress
                      max={100}
                      value={Math.round(f.progress * 100)}
                      aria-label={tu.progressLabel(f.name)}
                      aria-valuetext={fmt.pct(f.progress)}
                      style={{ flex: '1 1 auto', minWidth: '4rem', accentColor: 'var(--brand)' }}
                    />
                    <span class="small nowrap">{fmt.pct(f.progress)}</span>
                  </span>
                )}
                <span style={FILE_ACTIONS_STYLE}>
                  {f.state === 'done' && (
                    <span class="small">✓ {f.kept ? (ut.kept ?? tu.uploaded) : tu.uploaded}</span>
                  )}
                  {f.state === 'failed' && (
                    <button
                      type="button"
                      class="btn btn-small"
                      aria-label={tu.retryLabel(f.name)}
                      onClick={() => u.retry(f.id)}
                    >
                      {tu.retry}
                    </button>
                  )}
                  <button
                    type="button"
                    class="btn btn-small"
                    aria-label={ut.removeLabel(f.name)}
                    onClick={() => u.remove(f.id)}
                  >
                    {ut.remove}
                  </button>
                </span>
              </div>
              {f.state === 'failed' && (
                <p class="field-error" role="alert">
                  {failure(f)}
                </p>
              )}
              {fileErrors[f.id] && <p class="field-error">{fileErrors[f.id]}</p>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A file the API keeps: its name, its type and, where known, its size. */
export interface StoredFile {
  name: string;
  contentType: string;
  size?: number;
}

/** What a list of kept files says in the page's words; "Buka" and the rest are the app's (`t.uploads`). */
export interface StoredFileTexts {
  openLabel: (name: string) => string;
  /** Said when the API answers 404 or 403. */
  openNotFound: string;
}

/**
 * Files the API keeps, one a row: the name, its type ("PDF") and size; where the reader may open
 * them (`openable`), "Buka" fetches the file with the session's token and shows it in a new tab
 * (`openFile`), with `note` said under the list (every opening of a doctor's note is logged);
 * elsewhere only their names. A failed opening is said under its file.
 */
export function StoredFiles<F extends StoredFile>({
  files,
  fileKey,
  load,
  texts: ft,
  openable = true,
  note,
  class: className,
}: {
  files: readonly F[];
  fileKey: (f: F) => string | number;
  load: (f: F) => Promise<Download>;
  texts: StoredFileTexts;
  openable?: boolean;
  note?: string;
  class?: string;
}) {
  const tu = useI18n().t.uploads;
  const opener = useFileOpener<string | number>(tu.opening);
  const noteId = useId();
  const size = useFileSize();
  return (
    <>
      <ul class={className ? `stored-files ${className}` : 'stored-files'} style={FILE_LIST_STYLE}>
        {files.map((f) => {
          const key = fileKey(f);
          const facts = [documentKind(f.contentType), f.size ? size(f.size) : null]
            .filter(Boolean)
            .join(' · ');
          return (
            <li key={key} class="stored-file">
              <div style={STORED_ROW_STYLE}>
                <span class="stored-file-name" style={{ overflowWrap: 'anywhere' }}>
                  {f.name} <span class="muted small nowrap">· {facts}</span>
                </span>
                {openable && (
                  <button
                    type="button"
                    class="btn btn-small"
                    aria-label={ft.openLabel(f.name)}
                    aria-describedby={note ? noteId : undefined}
                    aria-busy={opener.busy === key}
                    disabled={opener.busy !== null}
                    onClick={() => void opener.open(key, f, () => load(f))}
                  >
                    {opener.busy === key ? tu.opening : tu.open}
                  </button>
                )}
              </div>
              {opener.failed?.key === key && (
                <ErrorMessage
                  error={opener.failed.error}
                  overrides={{ 'not-found': ft.openNotFound, forbidden: ft.openNotFound }}
                />
              )}
            </li>
          );
        })}
      </ul>
      {openable && note && (
        <p class="muted small stored-files-note" id={noteId} style={{ margin: '0.3rem 0 0' }}>
          {note}
        </p>
      )}
      {opener.downloaded && (
        <p class="small" role="status">
          {tu.downloaded(opener.downloaded)}
        </p>
      )}
    </>
  );
}
