/**
 * Typed calls of the personnel API these pages use, one function per operationId, on the shared
 * client's request helper (token, problem+json, 401 handling). Types are type-only imports from
 * @pamong/core, so this module adds no zod to the bundle.
 */
import type {
  Competency,
  Correction,
  CorrectionStatus,
  createCompetencySchema,
  createEmployeeSchema,
  createImportResultSchema,
  DecideCorrectionInput,
  Employee,
  HistoryEntry,
  ImportFormat,
  ImportJob,
  PersonnelDashboard,
  Position,
  ProposeCorrectionInput,
  SearchHit,
  suggestedPositionsSchema,
  updateEmployeeSchema,
} from '@pamong/core';
import type * as z from 'zod';
import {
  attachmentName,
  type Download,
  type Page,
  type PageQuery,
  type Query,
  readBody,
  request,
  send,
} from '../../api/client';

export type {
  Competency,
  Correction,
  CorrectionStatus,
  Employee,
  HistoryEntry,
  ImportFormat,
  ImportJob,
  PersonnelDashboard,
  Position,
  SearchHit,
};
export type CreateEmployeeBody = z.input<typeof createEmployeeSchema>;
export type UpdateEmployeeBody = z.input<typeof updateEmployeeSchema>;
export type CreateCompetencyBody = z.input<typeof createCompetencySchema>;

/** The filters of searchEmployees and exportEmployees (query strings as the API reads them). */
export interface EmployeeFilters {
  /** `CODE:level` pairs, comma separated. */
  competency?: string;
  educationLevel?: string;
  major?: string;
  minRank?: string;
  agencyId?: string;
  employmentType?: string;
  namePrefix?: string;
}

export type ImportUpload = z.infer<typeof createImportResultSchema>;
export type SuggestedPositions = z.infer<typeof suggestedPositionsSchema>;
export type SuggestedPosition = SuggestedPositions['items'][number];
export type FactorScore = SuggestedPosition['factors'][number];

const seg = encodeURIComponent;
const page = (q: PageQuery = {}): Query => ({ cursor: q.cursor, limit: q.limit });
const filterQuery = (f: EmployeeFilters): Query => ({ ...f });

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function download(path: string, query: Query, accept: string): Promise<Download> {
  const res = await send('GET', path, { query }, accept);
  return { blob: await readBody(res, (r) => r.blob()), filename: attachmentName(res) };
}

// Employees
export const listEmployees = (q: PageQuery & { agencyId?: string } = {}) =>
  request<Page<Employee>>('GET', '/v1/employees', { query: { ...page(q), agencyId: q.agencyId } });
export const createEmployee = (body: CreateEmployeeBody) =>
  request<Employee>('POST', '/v1/employees', { body });
export const getEmployee = (employeeId: string) =>
  request<Employee>('GET', `/v1/employees/${seg(employeeId)}`);
export const updateEmployee = (employeeId: string, body: UpdateEmployeeBody) =>
  request<Employee>('PATCH', `/v1/employees/${seg(employeeId)}`, { body });
export const listEmployeeHistory = (employeeId: string, q?: PageQuery) =>
  request<Page<HistoryEntry>>('GET', `/v1/employees/${seg(employeeId)}/history`, { query: page(q) });

// Search and export
export const searchEmployees = (f: EmployeeFilters, q?: PageQuery) =>
  request<Page<SearchHit>>('GET', '/v1/personnel/search', { query: { ...filterQuery(f), ...page(q) } });
export const exportEmployees = (f: EmployeeFilters) =>
  download('/v1/personnel/export', filterQuery(f), XLSX_TYPE);

// Catalogue and positions
export const listCompetencies = (q?: PageQuery & { group?: string }) =>
  request<Page<Competency>>('GET', '/v1/competencies', { query: { ...page(q), group: q?.group } });
export const createCompetency = (body: CreateCompetencyBody) =>
  request<Competency>('POST', '/v1/competencies', { body });
export const listPositions = (q: PageQuery & { agencyId?: string; vacantOnly?: boolean } = {}) =>
  request<Page<Position>>('GET', '/v1/positions', {
    query: { ...page(q), agencyId: q.agencyId, vacantOnly: q.vacantOnly ? 'true' : undefined },
  });

export const getPosition = (positionId: string) =>
  request<Position>('GET', `/v1/positions/${seg(positionId)}`);
export const getSuggestedPositions = (employeeId: string, limit?: number) =>
  request<SuggestedPositions>('GET', `/v1/employees/${seg(employeeId)}/suggested-positions`, {
    query: { limit },
  });

// Dashboard
export const getPersonnelDashboard = (q: { agencyId?: string } = {}) =>
  request<PersonnelDashboard>('GET', '/v1/personnel/dashboard', { query: { agencyId: q.agencyId } });

// Self service and corrections
export const getMyProfile = () => request<Employee>('GET', '/v1/personnel/me');
export const proposeProfileCorrection = (body: ProposeCorrectionInput) =>
  request<Correction>('POST', '/v1/personnel/me/corrections', { body });
export const listProfileCorrections = (q: PageQuery & { status?: CorrectionStatus } = {}) =>
  request<Page<Correction>>('GET', '/v1/personnel/corrections', { query: { ...page(q), status: q.status } });
export const decideProfileCorrection = (correctionId: string, body: DecideCorrectionInput) =>
  request<Correction>('POST', `/v1/personnel/corrections/${seg(correctionId)}/decision`, { body });

// Import
export const getImportTemplate = (format: ImportFormat) =>
  download('/v1/personnel/imports/template', { format }, format === 'csv' ? 'text/csv' : XLSX_TYPE);
export const importEmployees = (body: { fileName: string; format: ImportFormat }) =>
  request<ImportUpload>('POST', '/v1/personnel/imports', { body });
export const startImportJob = (jobId: string) =>
  request<ImportJob>('POST', `/v1/personnel/imports/${seg(jobId)}/start`);
export const getImportJob = (jobId: string) =>
  request<ImportJob>('GET', `/v1/personnel/imports/${seg(jobId)}`);
