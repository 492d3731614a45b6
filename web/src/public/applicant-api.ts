/**
 * The applicant's side of e-recruitment (issue 12 §5): registration, the email code and the
 * login (public, by the tenant's slug), then the applicant's own profile, applications, documents
 * and proof (with the applicant's bearer token). Its own openapi-fetch client, loaded with the
 * careers chunk only: the survey pages do not carry it.
 */
import createClient from 'openapi-fetch';
import type { BodyOf, paths, ResponseOf } from '../api/types';
import { data, PublicApiError } from './api';

export type RegisterApplicantBody = BodyOf<'registerApplicant'>;
export type RegisteredApplicant = ResponseOf<'registerApplicant'>;
export type ApplicantProfile = ResponseOf<'getMyApplicantProfile'>;
export type UpdateProfileBody = BodyOf<'updateMyApplicantProfile'>;
export type Application = ResponseOf<'getMyApplication'>;
export type ApplicationDocument = Application['documents'][number];
export type RequiredDocument = Application['requiredDocuments'][number];
export type ApplicationUpload = ResponseOf<'requestApplicationUpload'>;
export type UploadRequestBody = BodyOf<'requestApplicationUpload'>;
export type ProofCheck = ResponseOf<'verifyRegistrationProof'>;
export type LoginAnswer = ResponseOf<'login'>;
export type ApplicantExport = ResponseOf<'exportMyApplicantData'>;

const client = createClient<paths>({ headers: { accept: 'application/json' } });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

// ---- public: no token, the tenant from the slug ----

export const registerApplicant = (tenant: string, body: RegisterApplicantBody) =>
  data(client.POST('/v1/public/{tenant}/applicants', { params: { path: { tenant } }, body }));

export const verifyApplicantEmail = (tenant: string, nik: string, code: string) =>
  data(
    client.POST('/v1/public/{tenant}/applicants/verify', {
      params: { path: { tenant } },
      body: { nik, code },
    }),
  );

export const resendApplicantCode = (tenant: string, nik: string) =>
  data(
    client.POST('/v1/public/{tenant}/applicants/resend-code', {
      params: { path: { tenant } },
      body: { nik },
    }),
  );

/** The platform's login with the tenant slug and the NIK as the username. */
export const loginApplicant = (tenant: string, nik: string, password: string) =>
  data(client.POST('/v1/auth/login', { body: { tenant, username: nik, password } }));

export const checkRegistrationProof = (
  tenant: string,
  registrationNumber: string,
  sig: string | undefined,
  signal?: AbortSignal,
) =>
  data(
    client.GET('/v1/public/{tenant}/recruitment/proofs/{registrationNumber}', {
      params: { path: { tenant, registrationNumber }, query: sig ? { sig } : {} },
      signal,
    }),
  );

// ---- the applicant's own (bearer token) ----

export const getMyProfile = (token: string, signal?: AbortSignal) =>
  data(client.GET('/v1/recruitment/me/profile', { headers: bearer(token), signal }));

export const updateMyProfile = (token: string, body: UpdateProfileBody) =>
  data(client.PATCH('/v1/recruitment/me/profile', { headers: bearer(token), body }));

export const exportMyData = (token: string) =>
  data(client.GET('/v1/recruitment/me/export', { headers: bearer(token) }));

export const listMyApplications = (token: string, signal?: AbortSignal) =>
  data(
    client.GET('/v1/recruitment/me/applications', {
      headers: bearer(token),
      params: { query: { limit: 50 } },
      signal,
    }),
  );

export const getMyApplication = (token: string, applicationId: string, signal?: AbortSignal) =>
  data(
    client.GET('/v1/recruitment/me/applications/{applicationId}', {
      headers: bearer(token),
      params: { path: { applicationId } },
      signal,
    }),
  );

export const createApplication = (token: string, roundId: string, formationId: string) =>
  data(
    client.POST('/v1/recruitment/me/applications', {
      headers: bearer(token),
      body: { roundId, formationId },
    }),
  );

export const requestUpload = (token: string, applicationId: string, body: UploadRequestBody) =>
  data(
    client.POST('/v1/recruitment/me/applications/{applicationId}/uploads', {
      headers: bearer(token),
      params: { path: { applicationId } },
      body,
    }),
  );

export const confirmDocument = (token: string, applicationId: string, documentId: string) =>
  data(
    client.POST('/v1/recruitment/me/applications/{applicationId}/documents/{documentId}/confirm', {
      headers: bearer(token),
      params: { path: { applicationId, documentId } },
    }),
  );

export const submitApplication = (token: string, applicationId: string, version: number) =>
  data(
    client.POST('/v1/recruitment/me/applications/{applicationId}/submit', {
      headers: bearer(token),
      params: { path: { applicationId } },
      body: { version },
    }),
  );

/**
 * A sanggah on a stage's result: for ADMINISTRATION the disputed TMS reasons, for SKD and SKB the
 * disputed parts (twk, tiu, tkp / cat, interview, other); a note; no documents.
 */
export const submitObjection = (
  token: string,
  applicationId: string,
  stage: 'ADMINISTRATION' | 'SKD' | 'SKB',
  disputed: string[],
  note: string,
) =>
  data(
    client.POST('/v1/recruitment/me/applications/{applicationId}/objections', {
      headers: bearer(token),
      params: { path: { applicationId } },
      body: { stage, disputed, note },
    }),
  );

/** The printable proof: an HTML document behind the token, so it is fetched, not linked. */
export async function fetchProofHtml(token: string, applicationId: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(`/v1/recruitment/me/applications/${encodeURIComponent(applicationId)}/proof`, {
      headers: { ...bearer(token), accept: 'text/html' },
    });
  } catch (err) {
    throw new PublicApiError(0, 'network', (err as Error).message);
  }
  if (!res.ok) {
    const body = await res.json().catch(() => null);
    const kind = typeof body?.type === 'string' ? (body.type.split('/').pop() ?? '') : '';
    throw new PublicApiError(res.status, kind || `http-${res.status}`, body?.detail ?? '');
  }
  return res.text();
}

/**
 * Sends a file's bytes to the signed URL with exactly the headers it was signed with, through
 * XMLHttpRequest for its upload progress (the staff app's lib/uploads putFile; redone here so the
 * public chunk does not pull the staff dictionaries it imports).
 */
export function putFile(
  upload: { url: string; method?: string; headers: Record<string, string> },
  file: Blob,
  onProgress: (share: number) => void,
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
      } else reject(new PublicApiError(xhr.status, 'upload', `upload failed: HTTP ${xhr.status}`));
    };
    xhr.onerror = () => reject(new PublicApiError(0, 'network', 'upload failed'));
    xhr.send(file);
  });
}
