import { describe, expect, it } from 'vitest';
import { checkUploadedDocument, DOCUMENT_CONTENT_TYPES, sniffDocumentType } from './sniff';

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);
const PDF = text('%PDF-1.7\n1 0 obj');
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d);

describe('sniffDocumentType', () => {
  it('knows PDF, JPEG (JFIF and Exif) and PNG by their first bytes', () => {
    expect(sniffDocumentType(PDF)).toBe('application/pdf');
    expect(sniffDocumentType(JPEG)).toBe('image/jpeg');
    expect(sniffDocumentType(bytes(0xff, 0xd8, 0xff, 0xe1, 0x12, 0x34))).toBe('image/jpeg');
    expect(sniffDocumentType(PNG)).toBe('image/png');
  });

  it('refuses what only looks close: a truncated signature, a PNG with a CRLF-mangled header, text, a ZIP (docx, xlsx)', () => {
    expect(sniffDocumentType(text('%PDF'))).toBeNull();
    expect(sniffDocumentType(bytes(0xff, 0xd8))).toBeNull();
    expect(sniffDocumentType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0a, 0x1a, 0x0a, 0x00))).toBeNull();
    expect(sniffDocumentType(text('<html><body>%PDF-1.7'))).toBeNull();
    expect(sniffDocumentType(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00))).toBeNull();
    expect(sniffDocumentType(new Uint8Array())).toBeNull();
  });
});

describe('checkUploadedDocument', () => {
  const opts = { maxBytes: 20, allowed: DOCUMENT_CONTENT_TYPES };

  it('gives the sniffed type and the real size of a good file', () => {
    expect(checkUploadedDocument(PNG, opts)).toEqual({ ok: true, contentType: 'image/png', size: 12 });
    expect(checkUploadedDocument(PDF, opts)).toMatchObject({ ok: true, contentType: 'application/pdf' });
  });

  it('refuses an empty file, and one over the limit by a single byte (the limit itself passes)', () => {
    expect(checkUploadedDocument(new Uint8Array(), opts)).toMatchObject({ ok: false, reason: 'empty' });
    const atLimit = new Uint8Array(20);
    atLimit.set(PNG);
    expect(checkUploadedDocument(atLimit, opts)).toMatchObject({ ok: true, size: 20 });
    const over = new Uint8Array(21);
    over.set(PNG);
    expect(checkUploadedDocument(over, opts)).toEqual({
      ok: false,
      reason: 'too-large',
      message: 'the uploaded file has 21 bytes, more than the 20 allowed',
    });
  });

  it('refuses bytes of an unknown kind, and a known kind that is not allowed here, naming what is', () => {
    expect(checkUploadedDocument(text('just text'), opts)).toEqual({
      ok: false,
      reason: 'unknown-type',
      message: 'the uploaded file is not a PDF, JPG, PNG file',
    });
    expect(checkUploadedDocument(JPEG, { maxBytes: 20, allowed: ['application/pdf'] })).toEqual({
      ok: false,
      reason: 'unknown-type',
      message: 'the uploaded file is not a PDF file',
    });
  });
});

describe('download limits', () => {
  it("keep every file a person can open through a function within Lambda's 6 MB response once base64-encoded", async () => {
    const { MAX_LEAVE_ATTACHMENT_BYTES } = await import('../attendance/leave');
    const { MAX_SKP_EVIDENCE_BYTES } = await import('../schemas/performance');
    // The response's envelope (status, headers) needs a little room beside the body.
    const limit = 6 * 1024 * 1024 - 16 * 1024;
    for (const bytes of [MAX_LEAVE_ATTACHMENT_BYTES, MAX_SKP_EVIDENCE_BYTES])
      expect(Math.ceil(bytes / 3) * 4, String(bytes)).toBeLessThan(limit);
    expect(Math.ceil((5 * 1024 * 1024) / 3) * 4).toBeGreaterThan(limit);
  });
});
