/**
 * What an uploaded file really is, from its first bytes ("magic numbers"), not from the name or the
 * content type the browser declared: a file renamed to `.pdf`, or a PUT that claimed `image/png`,
 * is refused before a realisation or a request names it. Only the three kinds a person attaches as
 * proof are known here: PDF (ISO 32000-2 §7.5.2, the header `%PDF-`), JPEG (ITU T.81, the SOI marker
 * FF D8 followed by the next marker's FF) and PNG (ISO/IEC 15948, the eight-byte signature).
 */
export const DOCUMENT_EXTENSIONS = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
} as const;
export type DocumentContentType = keyof typeof DOCUMENT_EXTENSIONS;
export const DOCUMENT_CONTENT_TYPES = Object.keys(DOCUMENT_EXTENSIONS) as [
  DocumentContentType,
  ...DocumentContentType[],
];

const SIGNATURES: readonly [DocumentContentType, readonly number[]][] = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
];

/** The kind the bytes start with, or null when they are none of the known kinds. */
export function sniffDocumentType(bytes: Uint8Array): DocumentContentType | null {
  for (const [type, signature] of SIGNATURES)
    if (bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b)) return type;
  return null;
}

export type UploadCheck =
  | { ok: true; contentType: DocumentContentType; size: number }
  | { ok: false; reason: 'empty' | 'too-large' | 'unknown-type'; message: string };

/**
 * The check an uploaded file passes before anything names it: not empty, at most `maxBytes` (a
 * presigned PUT cannot enforce a size, so the declared size proves nothing), and its bytes one of
 * the `allowed` kinds. The messages are the API's `detail` at the field that named the file.
 */
export function checkUploadedDocument(
  bytes: Uint8Array,
  opts: { maxBytes: number; allowed: readonly DocumentContentType[] },
): UploadCheck {
  if (bytes.length === 0) return { ok: false, reason: 'empty', message: 'the uploaded file is empty' };
  if (bytes.length > opts.maxBytes)
    return {
      ok: false,
      reason: 'too-large',
      message: `the uploaded file has ${bytes.length} bytes, more than the ${opts.maxBytes} allowed`,
    };
  const type = sniffDocumentType(bytes);
  if (!type || !opts.allowed.includes(type))
    return {
      ok: false,
      reason: 'unknown-type',
      message: `the uploaded file is not a ${opts.allowed.map((t) => DOCUMENT_EXTENSIONS[t].toUpperCase()).join(', ')} file`,
    };
  return { ok: true, contentType: type, size: bytes.length };
}
