import {
  checkUploadedDocument,
  LEAVE_ATTACHMENT_TYPES,
  type LeaveAttachmentType,
  MAX_LEAVE_ATTACHMENT_BYTES,
  validationError,
} from '@pamong/core';

/**
 * Where a leave request's attachments live in the documents store (a sick leave's doctor's note is
 * health data, UU 27/2022): `<tenantId>/leave/<employeeId>/<id>.<ext>`. The tenant and the employee
 * are in the key, so a request can only name its own requester's files, and the attendance
 * function's IAM role reaches this prefix only (infra/lib/constructs/documents-access.ts).
 */
export const leaveAttachmentKey = (tenantId: string, employeeId: string, id: string, ext: string) =>
  `${tenantId}/leave/${employeeId}/${id}.${ext}`;

export interface StoredAttachment {
  key: string;
  name: string;
  contentType: LeaveAttachmentType;
}

const TYPE_OF_EXT = Object.fromEntries(
  Object.entries(LEAVE_ATTACHMENT_TYPES).map(([type, ext]) => [ext, type]),
) as Record<string, LeaveAttachmentType>;

/**
 * The attachments a request names, checked: each key is one of the requester's own leave files, was
 * uploaded (`read` gives its bytes, null when there are none), is within the size limit, and its
 * bytes are the kind its name says (a text file renamed `.pdf` is refused). Each problem is a 400 at
 * its index.
 */
export async function checkedAttachments(
  tenantId: string,
  employeeId: string,
  given: readonly { key: string; name: string }[] | undefined,
  read: (key: string) => Promise<Uint8Array | null>,
): Promise<StoredAttachment[]> {
  const out: StoredAttachment[] = [];
  const errors: { path: string; message: string }[] = [];
  const prefix = leaveAttachmentKey(tenantId, employeeId, '', '').slice(0, -1);
  for (const [i, a] of (given ?? []).entries()) {
    const ext = a.key.split('.').pop() ?? '';
    const contentType = TYPE_OF_EXT[ext];
    if (!a.key.startsWith(prefix) || a.key.includes('..') || !contentType) {
      errors.push({ path: `attachments.${i}.key`, message: 'is not one of your uploaded leave files' });
      continue;
    }
    const bytes = await read(a.key);
    if (!bytes) {
      errors.push({ path: `attachments.${i}.key`, message: 'was not uploaded yet: upload the file first' });
      continue;
    }
    const check = checkUploadedDocument(bytes, {
      maxBytes: MAX_LEAVE_ATTACHMENT_BYTES,
      allowed: [contentType],
    });
    if (!check.ok) {
      errors.push({ path: `attachments.${i}.key`, message: check.message });
      continue;
    }
    out.push({ key: a.key, name: a.name, contentType });
  }
  if (new Set(out.map((a) => a.key)).size !== out.length)
    errors.push({ path: 'attachments', message: 'names the same file twice' });
  if (errors.length > 0) throw validationError(errors);
  return out;
}
