/**
 * Calls of the SKP planning API and the performance settings (issue 14 §1), one function per
 * operationId. Built on ../../api/client (token, problem+json, 401 handling); every type is read
 * from the generated schema.
 */
import {
  accepting,
  api,
  type BodyOf,
  call,
  type Download,
  download,
  type ItemOf,
  type QueryOf,
  type ResponseOf,
} from '../../api/client';

export type PerformanceSettings = ResponseOf<'getPerformanceSettings'>;
export type UpdatePerformanceSettingsBody = BodyOf<'updatePerformanceSettings'>;
export type Skp = ResponseOf<'createSkp'>;
export type SkpDetail = ResponseOf<'getSkp'>;
export type SkpItem = SkpDetail['items'][number];
export type SkpIndicator = SkpItem['indicators'][number];
export type SkpHistoryEntry = SkpDetail['history'][number];
export type SkpRealisation = SkpDetail['realisations'][number];
export type SkpFeedbackNote = SkpDetail['feedback'][number];
export type SkpCan = SkpDetail['can'];
export type SkpSummary = ItemOf<'listSkps'>;
export type SkpCascade = ResponseOf<'getSkpCascade'>;
export type SkpWithItems = SkpCascade['subordinates'][number];
export type CreateSkpBody = BodyOf<'createSkp'>;
export type UpdateSkpPlanBody = BodyOf<'updateSkpPlan'>;
export type CascadeSkpBody = BodyOf<'cascadeSkpItems'>;
export type CascadeSkpResult = ResponseOf<'cascadeSkpItems'>;
export type CascadeRefusalReason = CascadeSkpResult['refused'][number]['reason'];
export type RecordRealisationBody = BodyOf<'recordSkpRealisation'>;
export type SkpEvidence = SkpRealisation['evidence'][number];
export type SkpDocumentEvidence = Extract<SkpEvidence, { kind: 'document' }>;
export type SkpEvidenceUploadBody = BodyOf<'createSkpEvidenceUpload'>;
export type SkpEvidenceUpload = ResponseOf<'createSkpEvidenceUpload'>;
export type AddSkpFeedbackBody = BodyOf<'addSkpFeedback'>;
export type ListSkpsQuery = QueryOf<'listSkps'>;

const skpPath = (skpId: string) => ({ params: { path: { skpId } } });

/** The tenant's performance settings (every tenant role reads them; the defaults until saved). */
export const getPerformanceSettings = () => call(api.GET('/v1/performance/settings'));

/** Changes any of the settings at the version read (tenant admins). */
export const updatePerformanceSettings = (body: UpdatePerformanceSettingsBody) =>
  call(api.PATCH('/v1/performance/settings', { body }));

/** Creates an SKP for an annual period: one's own unless `employeeId` is given. */
export const createSkp = (body: CreateSkpBody) => call(api.POST('/v1/performance/skps', { body }));

/** A page of SKPs of a year: one's own (`mine`), those one appraises (`team`), an agency's (admins). */
export const listSkps = (q: ListSkpsQuery) => call(api.GET('/v1/performance/skps', { params: { query: q } }));

/** One SKP with its realisations, feedback notes, the appraiser's items and what the caller may do. */
export const getSkp = (skpId: string) => call(api.GET('/v1/performance/skps/{skpId}', skpPath(skpId)));

/** One level of the cascade: the SKP with its items and the SKPs of the people its owner appraises. */
export const getSkpCascade = (skpId: string) =>
  call(api.GET('/v1/performance/skps/{skpId}/cascade', skpPath(skpId)));

/** Replaces a draft's items and behaviour expectations (the owner). */
export const updateSkpPlan = (skpId: string, body: UpdateSkpPlanBody) =>
  call(api.PUT('/v1/performance/skps/{skpId}/plan', { ...skpPath(skpId), body }));

export const submitSkpPlan = (skpId: string, version: number) =>
  call(api.POST('/v1/performance/skps/{skpId}/submit', { ...skpPath(skpId), body: { version } }));

export const approveSkpPlan = (skpId: string, version: number) =>
  call(api.POST('/v1/performance/skps/{skpId}/approve', { ...skpPath(skpId), body: { version } }));

/** The appraiser sends a submitted plan back to draft, with a reason. */
export const returnSkpPlan = (skpId: string, reason: string, version: number) =>
  call(api.POST('/v1/performance/skps/{skpId}/return', { ...skpPath(skpId), body: { reason, version } }));

/** Opens a revision of an approved plan (back to draft), with a reason. */
export const reviseSkpPlan = (skpId: string, reason: string, version: number) =>
  call(api.POST('/v1/performance/skps/{skpId}/revise', { ...skpPath(skpId), body: { reason, version } }));

/** Sends items of one's approved SKP to all direct subordinates, or to those named. */
export const cascadeSkpItems = (body: CascadeSkpBody) =>
  call(api.POST('/v1/performance/skps/cascade', { body }));

export const recordSkpRealisation = (skpId: string, body: RecordRealisationBody) =>
  call(api.POST('/v1/performance/skps/{skpId}/realisations', { ...skpPath(skpId), body }));

/**
 * Before a realisation names a document: where to upload one file (PDF, JPEG or PNG, at most 4 MB)
 * and the `documentId` the realisation then names (the owner or the appraiser, on an approved SKP).
 * The file itself goes to `upload.url` with `putFile` (../../lib/uploads); its bytes are checked
 * when a realisation names it.
 */
export const createSkpEvidenceUpload = (skpId: string, body: SkpEvidenceUploadBody) =>
  call(api.POST('/v1/performance/skps/{skpId}/documents', { ...skpPath(skpId), body }));

/** The bytes of an evidence document, for anyone who may read the SKP, while a realisation names it. */
export const openSkpEvidence = (skpId: string, documentId: string): Promise<Download> =>
  download(
    api.GET('/v1/performance/skps/{skpId}/documents/{documentId}', {
      params: { path: { skpId, documentId } },
      parseAs: 'blob',
      headers: accepting('application/pdf, image/jpeg, image/png'),
    }),
  );

export const addSkpFeedback = (skpId: string, body: AddSkpFeedbackBody) =>
  call(api.POST('/v1/performance/skps/{skpId}/feedback', { ...skpPath(skpId), body }));
