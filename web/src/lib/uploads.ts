/**
 * Files a form uploads before it is sent (a leave request's attachments, an SKP realisation's
 * evidence), and files the API keeps that a reader opens. The flow is the same everywhere: each
 * picked file is checked here (type, size, count), then the API is asked where to put it (a signed
 * URL, and the key the form then names), then its bytes go straight to storage with their progress;
 * the form is held while one is on its way or failed, and names the uploaded ones when sent. The API
 * checks the bytes again when the form names them.
 *
 * The queue (`createUploadQueue`) is plain data with a listener, so tests/web drive it without a
 * DOM; `useUploads` is its hook, and ../components/UploadField its field.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Download } from '../api/client';
import { saveBlob } from './hooks';

/** The files a person attaches as proof, by type, with the ends of their names (DOCUMENT_EXTENSIONS of @pamong/core). */
export const DOCUMENT_TYPES = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;

/** The file picker's `accept`: the types, and their ends for pickers that go by the name. */
export const DOCUMENT_ACCEPT = Object.entries(DOCUMENT_TYPES)
  .flatMap(([type, ends]) => [type, ...ends.map((e) => `.${e}`)])
  .join(',');

const KINDS: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
};

/** The short name of a file's type as people say it (its name may end otherwise, or not at all). */
export const documentKind = (contentType: string): string => KINDS[contentType] ?? contentType;

/**
 * A picked file's type as the API takes it: the browser's, or (when it names none, as some phones
 * do) the one its name ends with; null for any other file (a Word document, a HEIC photo).
 */
export function documentTypeOf(file: { name: string; type: string }): DocumentType | null {
  const type = file.type.toLowerCase();
  if (type === 'image/jpg' || type === 'image/pjpeg') return 'image/jpeg';
  if (Object.hasOwn(DOCUMENT_TYPES, type)) return type as DocumentType;
  if (type !== '' && type !== 'application/octet-stream') return null;
  const end = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const found = Object.entries(DOCUMENT_TYPES).find(([, ends]) => (ends as readonly string[]).includes(end));
  return found ? (found[0] as DocumentType) : null;
}

/**
 * The name a file is sent under: trimmed, at most 200 characters (the APIs' limit), its end kept
 * (`….pdf`) when it is cut; `fallback` for a name of blanks.
 */
export function uploadName(name: string, fallback: string): string {
  const trimmed = name.trim() || fallback;
  if (trimmed.length <= 200) return trimmed;
  const end = /\.[a-z0-9]{1,5}$/i.exec(trimmed)?.[0] ?? '';
  return `${trimmed.slice(0, 200 - end.length - 1).trimEnd()}…${end}`;
}

/** Why a picked file was not taken. */
export type FileProblem = 'type' | 'size' | 'empty' | 'tooMany';

/** What one form takes: bytes a file, and files in all. */
export interface UploadLimits {
  maxBytes: number;
  maxFiles: number;
}

/** What keeps a picked file from being uploaded, with `count` files on the form already. */
export function checkFile(
  file: { name: string; type: string; size: number },
  count: number,
  limits: UploadLimits,
): FileProblem | null {
  if (count >= limits.maxFiles) return 'tooMany';
  if (!documentTypeOf(file)) return 'type';
  if (file.size <= 0) return 'empty';
  if (file.size > limits.maxBytes) return 'size';
  return null;
}

/** A file's size in the unit that reads best: kilobytes under one megabyte, else megabytes. */
export function sizeIn(bytes: number): { value: number; unit: 'KB' | 'MB' } {
  return bytes < 1024 * 1024
    ? { value: Math.max(1, Math.round(bytes / 1024)), unit: 'KB' }
    : { value: Math.round((bytes / (1024 * 1024)) * 10) / 10, unit: 'MB' };
}

/** A file of a form: being uploaded, uploaded (with the key the form names), or failed. */
export interface FileUpload {
  id: string;
  name: string;
  size: number;
  contentType: DocumentType;
  state: 'uploading' | 'done' | 'failed';
  /** Share sent, 0-1. */
  progress: number;
  /** What the form names the file by once uploaded (a storage key, a document id). */
  key: string | null;
  error: unknown;
  /** Already named by the record being edited: kept as it is, never uploaded from here. */
  kept?: boolean;
}

/** The uploaded files, in the form's order: the ones a sent form names. */
export const uploadedFiles = (files: readonly FileUpload[]): (FileUpload & { key: string })[] =>
  files.filter((f): f is FileUpload & { key: string } => f.state === 'done' && !!f.key);

/** What keeps the form from being sent: a file still on its way, or one that failed. */
export function pendingUploads(files: readonly FileUpload[]): 'uploading' | 'failed' | null {
  if (files.some((f) => f.state === 'uploading')) return 'uploading';
  if (files.some((f) => f.state === 'failed')) return 'failed';
  return null;
}

/**
 * The API's errors at `<prefix>.N` (or deeper, `<prefix>.N.key`) by the form's file id: N counts the
 * entries of the sent body, whose uploaded files began at `offset`, in order.
 */
export function errorsByFile(
  errors: Readonly<Record<string, string>>,
  files: readonly FileUpload[],
  prefix: string,
  offset = 0,
): Record<string, string> {
  const sent = uploadedFiles(files);
  const at = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)(?:\\.|$)`);
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const m = at.exec(path);
    const file = m ? sent[Number(m[1]) - offset] : undefined;
    if (file) out[file.id] = out[file.id] ? `${out[file.id]} ${message}` : message;
  }
  return out;
}

/** A failed upload: the storage's HTTP status, or 0 when the connection broke. */
export class UploadError extends Error {
  constructor(readonly status: number) {
    super(status ? `upload failed: HTTP ${status}` : 'upload failed: network');
    this.name = 'UploadError';
  }
}

/** Where the API said to put a file: a signed URL, and the headers it was signed with. */
export interface UploadTarget {
  url: string;
  method?: string;
  headers: Record<string, string>;
}

const aborted = () => new DOMException('Upload aborted', 'AbortError');

/**
 * Sends a file's bytes straight to storage with the signed URL (as the personnel import does),
 * with exactly the headers it was signed with; through XMLHttpRequest, whose upload reports its
 * progress (`onProgress`, 0-1), which fetch does not. `signal` stops it.
 */
export function putFile(
  upload: UploadTarget,
  file: Blob,
  onProgress: (share: number) => void,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(upload.method ?? 'PUT', upload.url);
    for (const [name, value] of Object.entries(upload.headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(Math.min(1, e.loaded / e.total));
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve();
      } else reject(new UploadError(xhr.status));
    };
    xhr.onerror = () => reject(new UploadError(0));
    xhr.onabort = () => reject(aborted());
    if (signal?.aborted) {
      reject(aborted());
      return;
    }
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

/** What the API is told of a file before it is uploaded. */
export interface UploadRequest {
  name: string;
  contentType: DocumentType;
  size: number;
}

export interface UploadOptions {
  /** Asks the API where to put one file: the key the form then names it by, and the signed target. */
  request: (file: UploadRequest) => Promise<{ key: string; upload: UploadTarget }>;
  /** Read at each pick: a form may take fewer files while it holds other evidence. */
  limits: UploadLimits;
  /** The name a file of blanks is sent under. */
  fallbackName: string;
}

export interface UploadState {
  files: FileUpload[];
  /** The files just picked that were not taken, and why (a Word file, one too big). */
  refused: { name: string; problem: FileProblem }[];
}

export interface UploadQueue {
  readonly state: UploadState;
  /** Checks the picked files, takes the good ones and starts their uploads at once. */
  pick: (list: Iterable<File> | ArrayLike<File> | null) => void;
  /** Sends a failed file again. */
  retry: (id: string) => void;
  /** Drops a file, stopping its upload if it is on its way. */
  remove: (id: string) => void;
  /** Stops every upload on its way (the form is gone). */
  stop: () => void;
  /** Stops every upload and starts again from `files` (the form now edits another record). */
  reset: (files: readonly FileUpload[]) => void;
}

/**
 * A form's files: each picked file checked, then uploaded at once (an upload URL from the API, then
 * the bytes to storage, its progress kept per file). A file removed while on its way is stopped.
 * `initial` are files the record already names (`kept`). Every change is handed to `onChange`.
 */
export function createUploadQueue(
  options: () => UploadOptions,
  initial: readonly FileUpload[],
  onChange: (state: UploadState) => void,
): UploadQueue {
  let state: UploadState = { files: [...initial], refused: [] };
  const blobs = new Map<string, File>();
  const running = new Map<string, AbortController>();
  let seq = 0;
  const set = (next: Partial<UploadState>) => {
    state = { ...state, ...next };
    onChange(state);
  };
  const stop = () => {
    for (const c of running.values()) c.abort();
    running.clear();
  };
  const patch = (id: string, p: Partial<FileUpload>) =>
    set({ files: state.files.map((f) => (f.id === id ? { ...f, ...p } : f)) });

  const upload = async (id: string, file: File, contentType: DocumentType) => {
    const controller = new AbortController();
    running.set(id, controller);
    patch(id, { state: 'uploading', progress: 0, key: null, error: null });
    try {
      const target = await options().request({
        name: uploadName(file.name, options().fallbackName),
        contentType,
        size: file.size,
      });
      if (controller.signal.aborted) return;
      await putFile(target.upload, file, (progress) => patch(id, { progress }), controller.signal);
      patch(id, { state: 'done', progress: 1, key: target.key });
    } catch (err) {
      if (!controller.signal.aborted) patch(id, { state: 'failed', error: err });
    } finally {
      if (running.get(id) === controller) running.delete(id);
    }
  };

  return {
    get state() {
      return state;
    },
    pick(list) {
      const picked = Array.from(list ?? []);
      if (picked.length === 0) return;
      const { limits, fallbackName } = options();
      const taken: FileUpload[] = [];
      const refused: UploadState['refused'] = [];
      for (const file of picked) {
        const problem = checkFile(file, state.files.length + taken.length, limits);
        const contentType = documentTypeOf(file);
        if (problem || !contentType) {
          refused.push({ name: file.name, problem: problem ?? 'type' });
          continue;
        }
        seq += 1;
        const id = `file-${seq}`;
        blobs.set(id, file);
        taken.push({
          id,
          name: uploadName(file.name, fallbackName),
          size: file.size,
          contentType,
          state: 'uploading',
          progress: 0,
          key: null,
          error: null,
        });
      }
      set({ files: [...state.files, ...taken], refused });
      for (const f of taken) void upload(f.id, blobs.get(f.id)!, f.contentType);
    },
    retry(id) {
      const file = blobs.get(id);
      const f = state.files.find((x) => x.id === id);
      if (file && f) void upload(id, file, f.contentType);
    },
    remove(id) {
      running.get(id)?.abort();
      running.delete(id);
      blobs.delete(id);
      set({ files: state.files.filter((f) => f.id !== id), refused: [] });
    },
    stop,
    reset(files) {
      stop();
      blobs.clear();
      set({ files: [...files], refused: [] });
    },
  };
}

export interface Uploads extends UploadState, Pick<UploadQueue, 'pick' | 'retry' | 'remove' | 'reset'> {
  /**
   * At sending: whether it must wait for a file on its way or failed. Once it did, `waiting` says
   * why until no file holds it any more.
   */
  hold: () => boolean;
  /** Sending was held (see `hold`). */
  held: boolean;
  waiting: 'uploading' | 'failed' | null;
}

/**
 * The upload queue of a form, as state; leaving the form stops the uploads on their way. `options`
 * are read at each use, so a limit may change with the form; `initial` is read once.
 */
export function useUploads(options: UploadOptions, initial: () => readonly FileUpload[] = () => []): Uploads {
  const latest = useRef(options);
  latest.current = options;
  const [state, setState] = useState<UploadState | null>(null);
  const [queue] = useState(() => createUploadQueue(() => latest.current, initial(), setState));
  const [held, setHeld] = useState(false);
  useEffect(() => () => queue.stop(), [queue]);
  const shown = state ?? queue.state;
  return {
    ...shown,
    pick: queue.pick,
    retry: queue.retry,
    remove: queue.remove,
    reset: (files) => {
      setHeld(false);
      queue.reset(files);
    },
    hold: () => {
      const pending = pendingUploads(queue.state.files) !== null;
      setHeld(pending);
      return pending;
    },
    held,
    waiting: held ? pendingUploads(shown.files) : null,
  };
}

/** What `openFile` did: the file is in a new tab, or the browser blocked the tab and it was saved. */
export type Opened = 'opened' | 'downloaded';

/**
 * Opens a file the API keeps, whose call needs the session's token (so no plain link will do): a new
 * tab is opened at once, since one opened after an await counts as a pop-up, and shows `waiting`;
 * the file is fetched as a blob and shown there from a blob URL. When the browser blocks the tab,
 * the file is downloaded under its name. A failed fetch closes the tab and throws.
 */
export async function openFile(
  load: () => Promise<Download>,
  file: { name: string; contentType: string },
  waiting: string,
): Promise<Opened> {
  const win = window.open('', '_blank');
  if (win) {
    win.opener = null;
    win.document.title = waiting;
    win.document.body.textContent = waiting;
  }
  try {
    const { blob } = await load();
    const typed =
      blob.type && blob.type !== 'application/octet-stream'
        ? blob
        : new Blob([blob], { type: file.contentType });
    if (win && !win.closed) {
      const url = URL.createObjectURL(typed);
      win.location.href = url;
      // The tab has its copy once loaded; a minute is ample, and the URL is not kept any longer.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return 'opened';
    }
    saveBlob(typed, file.name);
    return 'downloaded';
  } catch (err) {
    win?.close();
    throw err;
  }
}

/**
 * The state of a list of files a reader opens (`openFile`): which one is being fetched, which failed
 * and why, and the name of one the browser downloaded instead.
 */
export function useFileOpener<K>(waiting: string) {
  const [busy, setBusy] = useState<K | null>(null);
  const [failed, setFailed] = useState<{ key: K; error: unknown } | null>(null);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const open = async (key: K, file: { name: string; contentType: string }, load: () => Promise<Download>) => {
    setFailed(null);
    setDownloaded(null);
    setBusy(key);
    try {
      if ((await openFile(load, file, waiting)) === 'downloaded') setDownloaded(file.name);
    } catch (error) {
      setFailed({ key, error });
    } finally {
      setBusy(null);
    }
  };
  return { busy, failed, downloaded, open };
}
