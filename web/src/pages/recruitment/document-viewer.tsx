/**
 * The documents of an application beside the checklist: one tab per required document, and the
 * chosen one shown in place (a PDF in a frame, an image as an image). The file is fetched with the
 * session's token (no plain link would carry it) and shown from a blob URL; each document is
 * fetched once per visit, since every fetch is written to the access log on the server.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorMessage } from '../../components/ui';
import { useFormat } from '../../lib/format';
import { type ApplicationDocument, openApplicationDocument } from './recruitment-api';
import { fileSize, type RequiredDocument, viewerKind } from './screening-model';
import { useScreeningText } from './screening-shared';

interface Loaded {
  /** A blob URL: for "open in a new tab", for download, and for the PDF frame. */
  url: string;
  /** An image as a data URL, which the app's CSP allows in `img-src` (blob: it does not). */
  dataUrl: string | null;
  type: string;
}

const readDataUrl = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });

/** Blob URLs of the documents fetched on this page, freed when the page goes. */
function useDocumentCache(applicationId: string) {
  const cache = useRef(new Map<string, Loaded>());
  useEffect(
    () => () => {
      for (const { url } of cache.current.values()) URL.revokeObjectURL(url);
      cache.current.clear();
    },
    [applicationId],
  );
  return cache.current;
}

/**
 * Whether the page's Content-Security-Policy refused to frame a blob URL (`frame-src`): then the
 * PDF is offered in a new tab instead of an empty frame.
 */
let framesBlocked = false;
function useFrameBlocked(): boolean {
  const [blocked, setBlocked] = useState(framesBlocked);
  useEffect(() => {
    const onViolation = (e: SecurityPolicyViolationEvent) => {
      const directive = e.effectiveDirective || e.violatedDirective;
      if (e.blockedURI.startsWith('blob') && /frame-src|child-src|default-src/.test(directive)) {
        // Known for the rest of the visit: the next PDF goes straight to the fallback.
        framesBlocked = true;
        setBlocked(true);
      }
    };
    document.addEventListener('securitypolicyviolation', onViolation);
    return () => document.removeEventListener('securitypolicyviolation', onViolation);
  }, []);
  return blocked;
}

export function DocumentsPanel({
  applicationId,
  required,
  documents,
  selected,
  onSelect,
}: {
  applicationId: string;
  required: readonly RequiredDocument[];
  documents: readonly ApplicationDocument[];
  selected: string | null;
  onSelect: (type: string) => void;
}) {
  const t = useScreeningText().screen;
  const cache = useDocumentCache(applicationId);
  const current = required.find((r) => r.type === selected) ?? required[0];
  const doc = current ? (documents.find((d) => d.type === current.type) ?? null) : null;
  return (
    <div class="card rc-docs">
      <h2>{t.documents}</h2>
      {required.length === 0 ? (
        <p class="muted">{t.noDocuments}</p>
      ) : (
        <>
          <fieldset class="segmented rc-doc-tabs">
            <legend class="sr-only">{t.chooseDocument}</legend>
            {required.map((r) => {
              const has = documents.some((d) => d.type === r.type);
              return (
                <button
                  key={r.type}
                  type="button"
                  class="btn btn-small"
                  aria-pressed={current?.type === r.type}
                  onClick={() => onSelect(r.type)}
                >
                  {r.label}
                  {!has && <span class="rc-missing-mark"> ✕</span>}
                </button>
              );
            })}
          </fieldset>
          {current && !doc && <p class="alert alert-warn">{t.missing}</p>}
          {current && doc && (
            <DocumentView
              key={doc.documentId}
              applicationId={applicationId}
              label={current.label}
              doc={doc}
              cache={cache}
            />
          )}
        </>
      )}
    </div>
  );
}

function DocumentView({
  applicationId,
  label,
  doc,
  cache,
}: {
  applicationId: string;
  label: string;
  doc: ApplicationDocument;
  cache: Map<string, Loaded>;
}) {
  const t = useScreeningText().screen;
  const { locale } = useFormat();
  const [loaded, setLoaded] = useState<Loaded | null>(cache.get(doc.documentId) ?? null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (cache.has(doc.documentId)) return;
    let live = true;
    openApplicationDocument(applicationId, doc.documentId, doc.contentType)
      .then(async ({ blob }) => {
        // The server names the type by the bytes; a missing one falls back to what the record says.
        const type = blob.type && blob.type !== 'application/octet-stream' ? blob.type : doc.contentType;
        const typed = blob.type === type ? blob : new Blob([blob], { type });
        const dataUrl = viewerKind(type) === 'image' ? await readDataUrl(typed) : null;
        const entry = { url: URL.createObjectURL(typed), dataUrl, type };
        cache.set(doc.documentId, entry);
        if (live) setLoaded(entry);
      })
      .catch((err) => {
        if (live) setError(err);
      });
    return () => {
      live = false;
    };
  }, [applicationId, doc.documentId]);
  const kind = viewerKind(loaded?.type ?? doc.contentType);
  const frameBlocked = useFrameBlocked();
  return (
    <div class="rc-doc">
      <div class="rc-doc-head">
        <span class="muted small rc-doc-name">{t.fileInfo(doc.name, fileSize(doc.size, locale))}</span>
        {loaded && (
          <span class="rc-doc-links">
            <a href={loaded.url} target="_blank" rel="noopener noreferrer" class="btn btn-small">
              {t.openTab}
            </a>
            <a href={loaded.url} download={doc.name} class="btn btn-small">
              {t.downloadFile}
            </a>
          </span>
        )}
      </div>
      <ErrorMessage error={error} />
      {!loaded && !error && (
        <p class="loading" aria-live="polite">
          {t.loadingDocument}
        </p>
      )}
      {loaded && kind === 'pdf' && !frameBlocked && (
        <iframe class="rc-doc-frame" src={loaded.url} title={t.frameTitle(label)} />
      )}
      {loaded && kind === 'image' && loaded.dataUrl && (
        <div class="rc-doc-image">
          <img src={loaded.dataUrl} alt={t.frameTitle(label)} />
        </div>
      )}
      {loaded && (kind === 'other' || (kind === 'pdf' && frameBlocked)) && (
        <div class="rc-doc-fallback">
          <p>{kind === 'pdf' ? t.pdfInTab : t.noPreview}</p>
          <a href={loaded.url} target="_blank" rel="noopener noreferrer" class="btn btn-primary">
            {t.openTab}
          </a>
        </div>
      )}
    </div>
  );
}
