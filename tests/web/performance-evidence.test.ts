import {
  DEFAULT_PERFORMANCE_SETTINGS,
  DOCUMENT_CONTENT_TYPES,
  MAX_SKP_EVIDENCE,
  MAX_SKP_EVIDENCE_BYTES,
  recordSkpRealisationSchema,
} from '@pamong/core';
import { type ComponentChildren, h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The API is answered here, at `fetch`: the client takes the global `fetch` when it is created, so
 * it is replaced before any module is imported, and each test says what the API answers.
 */
const api = vi.hoisted(() => {
  const calls: { method: string; url: string; body: unknown; headers: Headers }[] = [];
  const state = {
    answer: (_method: string, _url: string): Response => new Response(null, { status: 404 }),
  };
  // The page's calls are relative to its origin; here there is none, so they get one.
  const BaseRequest = globalThis.Request;
  globalThis.Request = class extends BaseRequest {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(typeof input === 'string' && input.startsWith('/') ? `https://pamong.test${input}` : input, init);
    }
  } as typeof Request;
  globalThis.fetch = (async (input: Request | string, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const text = await request.clone().text();
    calls.push({
      method: request.method,
      url: request.url,
      body: text ? JSON.parse(text) : null,
      headers: request.headers,
    });
    return state.answer(request.method, new URL(request.url).pathname);
  }) as typeof fetch;
  return { calls, state };
});

import { ApiError } from '../../web/src/api/client';
import { UploadField } from '../../web/src/components/UploadField';
import { I18nProvider } from '../../web/src/i18n';
import {
  createUploadQueue,
  DOCUMENT_ACCEPT,
  DOCUMENT_TYPES,
  errorsByFile,
  type FileUpload,
  openFile,
  pendingUploads,
  type UploadError,
  type UploadOptions,
  type UploadState,
  type Uploads,
} from '../../web/src/lib/uploads';
import { leaveId } from '../../web/src/pages/attendance/i18n/leave-id';
import { ATTACHMENT_ACCEPT, ATTACHMENT_LIMITS, attachmentName } from '../../web/src/pages/attendance/leave';
import { skpEn } from '../../web/src/pages/performance/i18n/skp-en';
import { skpId } from '../../web/src/pages/performance/i18n/skp-id';
import {
  createSkpEvidenceUpload,
  openSkpEvidence,
  type PerformanceSettings,
  type SkpDetail,
  type SkpEvidence,
  type SkpRealisation,
} from '../../web/src/pages/performance/skp-api';
import {
  checkRealisationDraft,
  evidenceFileLimits,
  keptEvidenceFiles,
  MAX_EVIDENCE,
  MAX_EVIDENCE_BYTES,
  realisationBody,
  realisationFieldPaths,
  sentDocuments,
  skpFieldErrors,
  skpRefusal,
} from '../../web/src/pages/performance/skp-model';
import { EvidenceList, RealisationForm } from '../../web/src/pages/performance/skp-realisation';

/** SKP evidence documents (issue 14 §1): uploaded like a leave's attachments, named on recording, opened by readers. */

const SKP = '01M95H0000000000000000S001';
const ITEM = '01M95H0000000000000000A001';
const DOC_A = '01M95H0000000000000000D001';
const DOC_B = '01M95H0000000000000000D002';
const DOC_NEW = '01M95H0000000000000000D003';
const Q2 = { start: '2026-04', end: '2026-06' };
const MB = 1024 * 1024;
const words = skpId.rules;
const ft = skpId.realisation.files;

/** What the browser's XMLHttpRequest does, for the uploads: every request made is kept to be answered. */
class FakeXhr {
  static made: FakeXhr[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  sent: unknown = null;
  status = 0;
  aborted = false;
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } =
    { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() {
    FakeXhr.made.push(this);
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.sent = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total });
  }
  finish(status: number) {
    this.status = status;
    if (status) this.onload?.();
    else this.onerror?.();
  }
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
/** A 400 as the API sends it. */
const refusal = (errors: { path: string; message: string }[]) =>
  new ApiError(400, 'validation', 'Invalid input', 'Request validation failed', errors);
const target = (documentId: string) => ({
  documentId,
  name: 'x',
  contentType: 'application/pdf',
  upload: {
    url: `https://documents.example/${documentId}?X-Amz-Signature=abc`,
    method: 'PUT' as const,
    headers: { 'content-type': 'application/pdf', 'x-amz-server-side-encryption': 'aws:kms' },
    expiresAt: '2026-05-10T03:15:00.000Z',
  },
});
/** Lets the awaited calls of an upload run. */
const settle = () => new Promise((r) => setTimeout(r, 0));
const file = (name: string, type: string, size: number) => new File([new Uint8Array(size)], name, { type });

/** The SKP's own options: the API's upload URL, its limits with `links` typed. */
const skpOptions = (links: string[] = []): UploadOptions => ({
  request: async (f) => {
    const t = await createSkpEvidenceUpload(SKP, f);
    return { key: t.documentId, upload: t.upload };
  },
  limits: evidenceFileLimits(links),
  fallbackName: 'bukti-dukung',
});

/** The upload field's state for rendering, as `useUploads` gives it. */
const asUploads = (s: UploadState, over: Partial<Uploads> = {}): Uploads => ({
  ...s,
  pick: () => {},
  retry: () => {},
  remove: () => {},
  reset: () => {},
  hold: () => false,
  held: false,
  waiting: null,
  ...over,
});

function render(node: ComponentChildren, lang: 'id' | 'en' = 'id'): string {
  if (lang === 'en')
    (globalThis as { localStorage?: unknown }).localStorage = { getItem: () => 'en', setItem: () => {} };
  return renderToString(h(I18nProvider, null, node));
}

beforeEach(() => {
  api.calls.length = 0;
  FakeXhr.made = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

const settings = { ...DEFAULT_PERFORMANCE_SETTINGS, version: 1, updatedAt: null } as PerformanceSettings;
const doc = (documentId: string, name: string, size: number, contentType = 'application/pdf') =>
  ({ kind: 'document', documentId, name, contentType, size }) as SkpEvidence;
const realisation = (evidence: SkpEvidence[]): SkpRealisation =>
  ({
    itemId: ITEM,
    period: Q2,
    value: 3,
    note: 'Dua laporan dikirim',
    evidence,
    source: 'typed',
    recordedByName: 'Dewi Lestari',
    recordedAt: '2026-05-02T03:00:00.000Z',
  }) as SkpRealisation;
const item = {
  id: ITEM,
  text: 'Laporan pemantauan akreditasi',
  indicators: [{ text: 'Laporan per triwulan', target: { kind: 'quantity', value: 4, unit: 'laporan' } }],
  parentItemId: null,
  expectation: null,
  source: 'manual',
} as SkpDetail['items'][number];
const detail = (realisations: SkpRealisation[] = []) =>
  ({
    id: SKP,
    period: { start: '2026-01', end: '2026-12' },
    status: 'approved',
    items: [item],
    realisations,
    can: { recordRealisation: true },
  }) as unknown as SkpDetail;
const form = (realisations: SkpRealisation[], initial?: Parameters<typeof RealisationForm>[0]['initial']) =>
  h(RealisationForm, {
    today: '2026-05-10',
    item,
    detail: detail(realisations),
    settings,
    realisations,
    onCancel: () => {},
    onDone: async () => {},
    initial,
  });
/** The rows of the upload list, by the file each names. */
const rowsOf = (html: string) =>
  html
    .split('<li')
    .filter((part) => part.includes('upload-row'))
    .map((part) => part.slice(0, part.indexOf('</li>')));

describe('what the SKP takes, and what the leave form takes', () => {
  it('takes the API’s types and limits: PDF, JPG, PNG, 4 MB a file, 10 pieces of evidence with the links', () => {
    expect(Object.keys(DOCUMENT_TYPES).sort()).toEqual([...DOCUMENT_CONTENT_TYPES].sort());
    expect(MAX_EVIDENCE).toBe(MAX_SKP_EVIDENCE);
    expect(MAX_EVIDENCE_BYTES).toBe(MAX_SKP_EVIDENCE_BYTES);
    expect(MAX_EVIDENCE_BYTES).toBe(4 * MB);
    expect(evidenceFileLimits([])).toEqual({ maxBytes: 4 * MB, maxFiles: 10 });
    expect(evidenceFileLimits(['https://a.go.id/x', '  ', 'https://b.go.id/y'])).toEqual({
      maxBytes: 4 * MB,
      maxFiles: 8,
    });
    // The texts say the same limits.
    expect(ft.hint).toContain('4\u00a0MB');
    expect(ft.fileProblems.tooMany?.('x.pdf')).toContain('10\u00a0bukti dukung');
    // The leave form keeps its own count (5 files); 4 MB a file like the SKP (the Lambda response limit), the same picker.
    expect(ATTACHMENT_LIMITS).toEqual({ maxBytes: 4 * MB, maxFiles: 5 });
    expect(ATTACHMENT_ACCEPT).toBe(DOCUMENT_ACCEPT);
    expect(attachmentName('  ')).toBe('lampiran');
  });
});

describe('picking files', () => {
  it('uploads a picked file at once: the API’s URL first, then the bytes with its headers, its progress shown', async () => {
    api.state.answer = (method, path) =>
      method === 'POST' && path === `/v1/performance/skps/${SKP}/documents`
        ? json(201, target(DOC_NEW))
        : new Response(null, { status: 404 });
    const seen: UploadState[] = [];
    const queue = createUploadQueue(
      () => skpOptions(),
      [],
      (s) => seen.push(s),
    );
    queue.pick([file('  laporan triwulan.pdf ', 'application/pdf', 300_000)]);
    expect(queue.state.files).toMatchObject([
      { name: 'laporan triwulan.pdf', size: 300_000, state: 'uploading', progress: 0, key: null },
    ]);
    await settle();
    expect(api.calls).toHaveLength(1);
    expect(api.calls[0]).toMatchObject({
      method: 'POST',
      body: { name: 'laporan triwulan.pdf', contentType: 'application/pdf', size: 300_000 },
    });
    const xhr = FakeXhr.made[0]!;
    expect(xhr.method).toBe('PUT');
    expect(xhr.url).toBe(target(DOC_NEW).upload.url);
    expect(xhr.headers).toEqual(target(DOC_NEW).upload.headers);
    expect(xhr.sent).toBeInstanceOf(File);

    xhr.progress(150_000, 300_000);
    expect(queue.state.files[0]).toMatchObject({ state: 'uploading', progress: 0.5 });
    const during = render(
      h(UploadField, {
        uploads: asUploads(queue.state),
        texts: ft,
        label: ft.label,
        name: 'evidenceFiles',
        hint: ft.hint,
        optional: true,
      }),
    );
    expect(during).toContain('aria-label="Kemajuan unggah laporan triwulan.pdf"');
    expect(during).toMatch(/<progress[^>]*value="50"/);
    expect(during).toContain('50%');
    expect(during).toContain('293\u00a0KB');
    expect(during).toContain('aria-label="Hapus berkas laporan triwulan.pdf"');

    xhr.finish(200);
    await settle();
    expect(queue.state.files[0]).toMatchObject({ state: 'done', progress: 1, key: DOC_NEW });
    expect(pendingUploads(queue.state.files)).toBeNull();
    const after = render(
      h(UploadField, {
        uploads: asUploads(queue.state),
        texts: ft,
        label: ft.label,
        name: 'evidenceFiles',
        hint: ft.hint,
      }),
    );
    expect(after).toContain('✓ Terunggah');
    expect(after).not.toContain('<progress');
    // Every change was handed on, so the page redraws the bar as it moves.
    expect(seen.map((s) => [s.files[0]?.state, s.files[0]?.progress])).toEqual([
      ['uploading', 0],
      ['uploading', 0],
      ['uploading', 0.5],
      ['uploading', 1],
      ['done', 1],
    ]);
  });

  it('refuses a wrong type, a file over 4 MB, an empty one and one too many, before asking the API', () => {
    const queue = createUploadQueue(
      () => skpOptions(['https://a.go.id/1', 'https://a.go.id/2', 'https://a.go.id/3']),
      [],
      () => {},
    );
    queue.pick([
      file('laporan.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 1000),
      file('foto.heic', 'image/heic', 1000),
      file('scan.pdf', 'application/pdf', 4 * MB + 1),
      file('kosong.png', 'image/png', 0),
      ...Array.from({ length: 8 }, (_, i) => file(`bukti-${i + 1}.jpg`, 'image/jpeg', 1000)),
    ]);
    // Seven files fit beside three links; the eighth is one too many.
    expect(queue.state.files.map((f) => f.name)).toEqual(
      Array.from({ length: 7 }, (_, i) => `bukti-${i + 1}.jpg`),
    );
    expect(queue.state.refused).toEqual([
      { name: 'laporan.docx', problem: 'type' },
      { name: 'foto.heic', problem: 'type' },
      { name: 'scan.pdf', problem: 'size' },
      { name: 'kosong.png', problem: 'empty' },
      { name: 'bukti-8.jpg', problem: 'tooMany' },
    ]);
    const html = render(
      h(UploadField, {
        uploads: asUploads(queue.state),
        texts: ft,
        label: ft.label,
        name: 'evidenceFiles',
        hint: ft.hint,
      }),
    );
    expect(html).toContain('laporan.docx: hanya berkas PDF, JPG atau PNG yang dapat diunggah.');
    expect(html).toContain('scan.pdf lebih dari 4\u00a0MB.');
    expect(html).toContain('kosong.png kosong.');
    expect(html).toContain('bukti-8.jpg tidak ditambahkan: paling banyak 10\u00a0bukti dukung');
    expect(html).toContain('role="alert"');
    queue.stop();
  });

  it('takes a text file renamed .pdf, as the browser names it: the API refuses it by its bytes on recording', () => {
    const queue = createUploadQueue(
      () => skpOptions(),
      [],
      () => {},
    );
    queue.pick([file('bukan-pdf.pdf', 'application/pdf', 12)]);
    expect(queue.state.refused).toEqual([]);
    expect(queue.state.files[0]).toMatchObject({ contentType: 'application/pdf', state: 'uploading' });
    queue.stop();
  });

  it('says a failed upload and sends it again; a removed one is stopped; the form waits meanwhile', async () => {
    let next = DOC_A;
    api.state.answer = () => json(201, target(next));
    const queue = createUploadQueue(
      () => skpOptions(),
      [],
      () => {},
    );
    queue.pick([file('a.pdf', 'application/pdf', 2000), file('b.png', 'image/png', 2000)]);
    await settle();
    const [a, b] = FakeXhr.made;
    a!.finish(403);
    await settle();
    expect(queue.state.files[0]).toMatchObject({ state: 'failed' });
    expect((queue.state.files[0]!.error as UploadError).status).toBe(403);
    expect(pendingUploads(queue.state.files)).toBe('uploading');
    queue.remove(queue.state.files[1]!.id);
    expect(b!.aborted).toBe(true);
    expect(pendingUploads(queue.state.files)).toBe('failed');
    const failed = render(
      h(UploadField, {
        uploads: asUploads(queue.state),
        texts: ft,
        label: ft.label,
        name: 'evidenceFiles',
        hint: ft.hint,
        error: ft.failedUploads,
      }),
    );
    expect(failed).toContain('Unggahan gagal (HTTP 403). Coba unggah ulang.');
    expect(failed).toContain('aria-label="Unggah ulang a.pdf"');
    expect(failed).toContain('Ada berkas yang gagal terunggah: unggah ulang atau hapus.');
    expect(failed).toContain('aria-invalid="true"');

    next = DOC_B;
    queue.retry(queue.state.files[0]!.id);
    await settle();
    FakeXhr.made[2]!.finish(200);
    await settle();
    expect(queue.state.files).toMatchObject([{ name: 'a.pdf', state: 'done', key: DOC_B }]);
    expect(pendingUploads(queue.state.files)).toBeNull();
  });
});

describe('recording the realisation with its documents', () => {
  const draft = {
    itemId: ITEM,
    period: Q2,
    value: '3',
    note: '',
    links: ['https://drive.lampungprov.go.id/laporan-q2'],
  };
  const files: FileUpload[] = [
    ...keptEvidenceFiles([doc(DOC_A, 'laporan-april.pdf', 120_000)]),
    {
      id: 'file-1',
      name: 'foto kegiatan.png',
      size: 800_000,
      contentType: 'image/png',
      state: 'done',
      progress: 1,
      key: DOC_NEW,
      error: null,
    },
    {
      id: 'file-2',
      name: 'masih.pdf',
      size: 1,
      contentType: 'application/pdf',
      state: 'uploading',
      progress: 0.2,
      key: null,
      error: null,
    },
  ];

  it('names each uploaded document by its id and name, the kept ones again, after the links', () => {
    const body = realisationBody(draft, sentDocuments(files));
    expect(body.evidence).toEqual([
      { kind: 'link', url: 'https://drive.lampungprov.go.id/laporan-q2' },
      { kind: 'document', documentId: DOC_A, name: 'laporan-april.pdf' },
      { kind: 'document', documentId: DOC_NEW, name: 'foto kegiatan.png' },
    ]);
    expect(recordSkpRealisationSchema.safeParse(body).success).toBe(true);
    // Without documents, links only, as before.
    expect(realisationBody(draft).evidence).toEqual([
      { kind: 'link', url: 'https://drive.lampungprov.go.id/laporan-q2' },
    ]);
  });

  it('counts files and links together against the limit of 10', () => {
    const links = Array.from({ length: 4 }, (_, i) => `https://a.go.id/${i}`);
    expect(checkRealisationDraft({ ...draft, links }, words, 6)).toEqual({});
    expect(checkRealisationDraft({ ...draft, links }, words, 7)).toEqual({
      evidence: 'Paling banyak 10 bukti dukung, berkas dan tautan bersama-sama.',
    });
  });

  it('says each of the API’s document checks in Indonesian, at its file', () => {
    const at = (message: string, path = 'evidence.1.documentId') =>
      skpFieldErrors([{ path, message }], words)[path];
    expect(at('was not uploaded for this SKP: upload the file first')).toBe(words.documentNotUploaded);
    expect(at('the uploaded file is empty')).toBe('Berkas ini kosong. Hapus, lalu unggah berkas yang benar.');
    expect(at('the uploaded file has 5000000 bytes, more than the 4194304 allowed')).toBe(
      'Berkas ini lebih dari 4\u00a0MB. Hapus, lalu unggah berkas yang lebih kecil.',
    );
    expect(at('the uploaded file is not a PDF, JPG, PNG file')).toBe(words.documentType);
    expect(words.documentType).toContain('bukan PDF, JPG atau PNG');
    expect(at('names the same document twice')).toBe(words.documentTwice);
    expect(at('documents cannot be stored in this deployment: give an https link')).toBe(words.documents);
    // Anything new the API says of a document is still said as a document's problem, in words.
    expect(at('something new')).toBe(words.documentInvalid);
    expect(at('something new', 'evidence.1.url')).toBe(words.invalid);
    expect(at('Too big: expected array to have <=10 items', 'evidence')).toBe(words.tooMuchEvidence(10));
    expect(
      skpRefusal('The document laporan.pdf is already evidence of another realisation of this SKP.'),
    ).toBe('document-elsewhere');
    // English readers get theirs.
    expect(skpEn.rules.documentTooLarge(4)).toBe(
      'This file is over 4\u00a0MB. Remove it, then upload a smaller one.',
    );
  });

  it('puts an `evidence.N.documentId` error at the Nth piece sent, counting the links first', () => {
    const fields = {
      'evidence.0.url': 'Tautan.',
      'evidence.2.documentId': 'Bukan PDF.',
      'evidence.1': 'Ganda.',
      'evidence.9.documentId': 'Tidak ada.',
    };
    expect(errorsByFile(fields, files, 'evidence', 1)).toEqual({
      'kept-01M95H0000000000000000D001': 'Ganda.',
      'file-1': 'Bukan PDF.',
    });
    expect([...realisationFieldPaths({ links: ['https://a.go.id'], files })]).toEqual([
      'period',
      'value',
      'note',
      'evidence',
      'evidence.0',
      'evidence.0.url',
      'evidence.1',
      'evidence.1.documentId',
      'evidence.2',
      'evidence.2.documentId',
    ]);
  });

  it('shows a refused document’s problem under its own row in Indonesian, keeping everything typed', () => {
    const recorded = realisation([
      { kind: 'link', url: 'https://drive.lampungprov.go.id/laporan-q2' },
      doc(DOC_A, 'laporan-april.pdf', 120_000),
      doc(DOC_B, 'bukan-pdf.pdf', 12),
    ]);
    const kept = keptEvidenceFiles(recorded.evidence);
    const html = render(
      form([recorded], {
        period: Q2,
        sent: { links: ['https://drive.lampungprov.go.id/laporan-q2'], files: kept },
        error: refusal([
          { path: 'evidence.2.documentId', message: 'the uploaded file is not a PDF, JPG, PNG file' },
        ]),
      }),
    );
    const rows = rowsOf(html);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('laporan-april.pdf');
    expect(rows[0]).not.toContain('class="field-error"');
    expect(rows[1]).toContain('bukan-pdf.pdf');
    expect(rows[1]).toContain(words.documentType);
    // Nothing typed is lost, and no path or English is shown.
    expect(html).toContain('value="https://drive.lampungprov.go.id/laporan-q2"');
    expect(html).toContain('value="3"');
    expect(html).toContain('Dua laporan dikirim');
    expect(html).not.toContain('evidence.2');
    expect(html).not.toContain('not a PDF');
    expect(html).toContain('aria-invalid="true"');
  });
});

describe('editing a recorded realisation', () => {
  it('starts with its documents (kept, shown as saved) and its links, and sends the kept ones again', () => {
    const recorded = realisation([
      { kind: 'link', url: 'https://drive.lampungprov.go.id/laporan-q2' },
      doc(DOC_A, 'laporan-april.pdf', 1.2 * MB),
      doc(DOC_B, 'foto.jpg', 90_000, 'image/jpeg'),
    ]);
    const html = render(form([recorded]));
    const rows = rowsOf(html);
    expect(rows.map((r) => /laporan-april\.pdf|foto\.jpg/.exec(r)?.[0])).toEqual([
      'laporan-april.pdf',
      'foto.jpg',
    ]);
    expect(rows[0]).toContain('1,2\u00a0MB');
    expect(rows[0]).toContain('✓ Tersimpan');
    expect(rows[0]).toContain('aria-label="Hapus berkas laporan-april.pdf"');
    expect(html).toContain('value="https://drive.lampungprov.go.id/laporan-q2"');
    expect(html).toContain('Periode ini sudah memiliki realisasi; menyimpan lagi akan menggantinya.');
    expect(html).toContain('>Berkas bukti dukung<');
    expect(html).toContain('<legend>Bukti dukung</legend>');
    expect(html).not.toContain('(tautan)');
    const kept = keptEvidenceFiles(recorded.evidence);
    expect(
      realisationBody({ itemId: ITEM, period: Q2, value: '3', note: '', links: [] }, sentDocuments(kept))
        .evidence,
    ).toEqual([
      { kind: 'document', documentId: DOC_A, name: 'laporan-april.pdf' },
      { kind: 'document', documentId: DOC_B, name: 'foto.jpg' },
    ]);
  });

  it('starts again from another period’s documents when the period changes', async () => {
    api.state.answer = () => json(201, target(DOC_NEW));
    const queue = createUploadQueue(
      () => skpOptions(),
      keptEvidenceFiles([doc(DOC_A, 'laporan-april.pdf', 1000)]),
      () => {},
    );
    queue.pick([file('baru.pdf', 'application/pdf', 1000)]);
    await settle();
    queue.reset([]);
    expect(FakeXhr.made[0]!.aborted).toBe(true);
    expect(queue.state.files).toEqual([]);
  });

  it('reads the form in English too', () => {
    const html = render(form([realisation([doc(DOC_A, 'report.pdf', 2000)])]), 'en');
    expect(html).toContain('<legend>Evidence</legend>');
    expect(html).toContain('>Evidence files<');
    expect(html).toContain('✓ Saved');
    expect(html).toContain('aria-label="Remove the file report.pdf"');
  });
});

describe('a recorded document', () => {
  const evidence: SkpEvidence[] = [
    doc(DOC_A, 'laporan.pdf', 1.2 * MB),
    doc(DOC_B, 'foto kegiatan.png', 350 * 1024, 'image/png'),
    { kind: 'link', url: 'https://drive.lampungprov.go.id/laporan-q2/' },
  ];

  it('shows its name, type and size, with a button that opens it, and the links after', () => {
    const html = render(h(EvidenceList, { skpId: SKP, evidence }));
    expect(html).toContain('laporan.pdf <span class="muted small nowrap">· PDF · 1,2\u00a0MB</span>');
    expect(html).toContain('foto kegiatan.png <span class="muted small nowrap">· PNG · 350\u00a0KB</span>');
    expect(html).toContain('aria-label="Buka berkas laporan.pdf di tab baru"');
    expect(html).toContain('>Buka<');
    expect(html).toContain('>drive.lampungprov.go.id/laporan-q2</a>');
    expect(html.indexOf('laporan.pdf')).toBeLessThan(html.indexOf('drive.lampungprov'));
    expect(html).not.toContain(DOC_A);
    const en = render(h(EvidenceList, { skpId: SKP, evidence }), 'en');
    expect(en).toContain('· PDF · 1.2\u00a0MB');
    expect(en).toContain('aria-label="Open the file laporan.pdf in a new tab"');
  });

  it('opens it: the file fetched with its id as a blob, shown in a tab opened at once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    api.state.answer = (method, path) =>
      method === 'GET' && path === `/v1/performance/skps/${SKP}/documents/${DOC_A}`
        ? new Response(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]), {
            status: 200,
            headers: {
              'content-type': 'application/pdf',
              'content-disposition': 'inline; filename="laporan.pdf"',
            },
          })
        : json(404, { type: 'https://pamong.id/problems/not-found', title: 'Not found', status: 404 });
    const tab = {
      opener: {} as unknown,
      closed: false,
      document: { title: '', body: { textContent: '' } },
      location: { href: '' },
      close: vi.fn(),
    };
    const open = vi.fn(() => tab);
    vi.stubGlobal('window', { open });
    const shown = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:pamong/1');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});

    const pending = openFile(() => openSkpEvidence(SKP, DOC_A), evidence[0] as never, 'Membuka…');
    // The tab is opened before anything is awaited, or the browser calls it a pop-up.
    expect(open).toHaveBeenCalledWith('', '_blank');
    expect(tab.document.body.textContent).toBe('Membuka…');
    expect(tab.opener).toBeNull();
    await expect(pending).resolves.toBe('opened');
    expect(api.calls[0]).toMatchObject({ method: 'GET' });
    expect(api.calls[0]!.headers.get('accept')).toContain('application/pdf');
    expect((shown.mock.calls[0]![0] as Blob).type).toBe('application/pdf');
    expect(tab.location.href).toBe('blob:pamong/1');

    // A document no longer named: the tab closes, and the page says so in words.
    const gone = openFile(() => openSkpEvidence(SKP, DOC_B), evidence[1] as never, 'Membuka…');
    await expect(gone).rejects.toMatchObject({ status: 404, type: 'not-found' });
    expect(tab.close).toHaveBeenCalled();
    expect(ft.openNotFound).toBe(
      'Berkas ini tidak dapat dibuka: berkasnya tidak ada lagi, atau Anda tidak berwenang membukanya.',
    );
  });

  it('is downloaded under its name when the browser blocks the tab', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    api.state.answer = () => new Response(new Uint8Array([0x89, 0x50]), { status: 200 });
    const link = { href: '', download: '', click: vi.fn(), remove: vi.fn() };
    vi.stubGlobal('window', { open: () => null });
    vi.stubGlobal('document', { createElement: () => link, body: { append: () => {} } });
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:pamong/2');
    await expect(openFile(() => openSkpEvidence(SKP, DOC_B), evidence[1] as never, 'Membuka…')).resolves.toBe(
      'downloaded',
    );
    expect(link.download).toBe('foto kegiatan.png');
    expect(link.click).toHaveBeenCalled();
  });

  it('keeps the leave page’s words for its own attachments', () => {
    expect(leaveId.item.openLabel('surat.pdf')).toBe('Buka lampiran surat.pdf di tab baru');
  });
});
