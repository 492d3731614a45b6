/**
 * Calls of the personnel API (one function per operationId): employees, search and export, self
 * service and corrections, import, positions and placement, the competency catalogue, training,
 * mentoring and careers. Built on ./client (token, problem+json, 401 handling); every type is read
 * from the generated schema.
 */
import {
  accepting,
  api,
  type BodyOf,
  call,
  download,
  type ItemOf,
  type PageQuery,
  type QueryOf,
  type ResponseOf,
  XLSX_TYPE,
} from './client';

// Employees, search, self service, corrections, import
export type Employee = ResponseOf<'getEmployee'>;
export type HistoryEntry = ItemOf<'listEmployeeHistory'>;
export type SearchHit = ItemOf<'searchEmployees'>;
export type Correction = ResponseOf<'decideProfileCorrection'>;
export type CorrectionStatus = Correction['status'];
export type PersonnelDashboard = ResponseOf<'getPersonnelDashboard'>;
export type PersonnelSummary = ResponseOf<'getPersonnelSummary'>;
export type TileCount = NonNullable<PersonnelSummary['admin']>['vacantPositions'];
export type ImportJob = ResponseOf<'getImportJob'>;
export type ImportUpload = ResponseOf<'importEmployees'>;
export type ImportFormat = BodyOf<'importEmployees'>['format'];
export type CreateEmployeeBody = BodyOf<'createEmployee'>;
export type UpdateEmployeeBody = BodyOf<'updateEmployee'>;
export type ProposeCorrectionInput = BodyOf<'proposeProfileCorrection'>;
export type DecideCorrectionInput = BodyOf<'decideProfileCorrection'>;
/** The filters of searchEmployees and exportEmployees (query strings as the API reads them). */
export type EmployeeFilters = QueryOf<'exportEmployees'>;
export type SearchQuery = QueryOf<'searchEmployees'>;

// Positions, placement and the competency catalogue
export type Position = ResponseOf<'getPosition'>;
export type Competency = ResponseOf<'createCompetency'>;
export type CompetencyGroup = Competency['group'];
export type CreatePositionInput = BodyOf<'createPosition'>;
export type UpdatePositionInput = BodyOf<'updatePosition'>;
export type CreateCompetencyInput = BodyOf<'createCompetency'>;
export type CreateCompetencyBody = CreateCompetencyInput;
export type RecordPlacementInput = BodyOf<'recordPlacement'>;
export type PlacementCandidates = ResponseOf<'getPlacementCandidates'>;
export type PlacementCandidate = PlacementCandidates['candidates'][number];
export type PlacementResult = ResponseOf<'recordPlacement'>;
export type FactorScore = PlacementCandidate['factors'][number];
export type SuggestedPositions = ResponseOf<'getSuggestedPositions'>;
export type SuggestedPosition = SuggestedPositions['items'][number];
/** Positions filtered by agency, and vacant ones only as a boolean (the API reads `'true'`). */
export type ListPositionsQuery = Omit<QueryOf<'listPositions'>, 'vacantOnly'> & { vacantOnly?: boolean };

// Training
export type Training = ResponseOf<'getTraining'>;
export type Enrollment = ResponseOf<'enrollTraining'>;
export type Completion = ResponseOf<'completeTraining'>;
export type MyTraining = ResponseOf<'getMyTraining'>;
export type ShortfallRow = ItemOf<'listTrainingShortfall'>;
export type CreateTrainingInput = BodyOf<'createTraining'>;
export type CompleteTrainingInput = BodyOf<'completeTraining'>;

// Mentoring
export type MentorProfile = ResponseOf<'upsertMentorProfile'>;
export type Mentorship = ResponseOf<'createMentorship'>;
export type CheckIn = ResponseOf<'addMentoringCheckIn'>;
export type MentorSuggestions = ResponseOf<'suggestMentors'>;
export type MentorSuggestion = MentorSuggestions['items'][number];
export type UpsertMentorProfileInput = BodyOf<'upsertMentorProfile'>;
export type CreateMentorshipInput = BodyOf<'createMentorship'>;
export type AddCheckInInput = BodyOf<'addMentoringCheckIn'>;
export type EndMentorshipInput = BodyOf<'endMentorship'>;

// Careers
export type PromotionPage = ResponseOf<'listPromotionEligible'>;
export type PromotionRow = PromotionPage['items'][number];
export type RetirementPage = ResponseOf<'listUpcomingRetirements'>;
export type RetirementRow = RetirementPage['items'][number];
export type RetirementMonths = NonNullable<QueryOf<'listUpcomingRetirements'>['months']>;

const employeePath = (employeeId: string) => ({ params: { path: { employeeId } } });
const positionPath = (positionId: string) => ({ params: { path: { positionId } } });
const trainingPath = (trainingId: string) => ({ params: { path: { trainingId } } });
const mentorshipPath = (mentorshipId: string) => ({ params: { path: { mentorshipId } } });
const flag = (on: boolean | undefined) => (on ? ('true' as const) : undefined);

// Employees
export const listEmployees = (q: QueryOf<'listEmployees'> = {}) =>
  call(api.GET('/v1/employees', { params: { query: q } }));
export const createEmployee = (body: CreateEmployeeBody) => call(api.POST('/v1/employees', { body }));
export const getEmployee = (employeeId: string) =>
  call(api.GET('/v1/employees/{employeeId}', employeePath(employeeId)));
export const updateEmployee = (employeeId: string, body: UpdateEmployeeBody) =>
  call(api.PATCH('/v1/employees/{employeeId}', { ...employeePath(employeeId), body }));
export const listEmployeeHistory = (employeeId: string, q?: PageQuery) =>
  call(api.GET('/v1/employees/{employeeId}/history', { params: { path: { employeeId }, query: q } }));

// Search and export; the search also feeds the employee pickers (admins and supervisors only).
export const searchEmployees = (q: SearchQuery) =>
  call(api.GET('/v1/personnel/search', { params: { query: q } }));
export const exportEmployees = (f: EmployeeFilters) =>
  download(
    api.GET('/v1/personnel/export', { params: { query: f }, parseAs: 'blob', headers: accepting(XLSX_TYPE) }),
  );

// Dashboard
export const getPersonnelDashboard = (q: QueryOf<'getPersonnelDashboard'> = {}) =>
  call(api.GET('/v1/personnel/dashboard', { params: { query: q } }));

// The home page's numbers
export const getPersonnelSummary = () => call(api.GET('/v1/personnel/summary'));

// Self service and corrections
export const getMyProfile = () => call(api.GET('/v1/personnel/me'));
export const proposeProfileCorrection = (body: ProposeCorrectionInput) =>
  call(api.POST('/v1/personnel/me/corrections', { body }));
export const listProfileCorrections = (q: QueryOf<'listProfileCorrections'> = {}) =>
  call(api.GET('/v1/personnel/corrections', { params: { query: q } }));
export const decideProfileCorrection = (correctionId: string, body: DecideCorrectionInput) =>
  call(
    api.POST('/v1/personnel/corrections/{correctionId}/decision', {
      params: { path: { correctionId } },
      body,
    }),
  );

// Import
export const getImportTemplate = (format: ImportFormat) =>
  download(
    api.GET('/v1/personnel/imports/template', {
      params: { query: { format } },
      parseAs: 'blob',
      headers: accepting(format === 'csv' ? 'text/csv' : XLSX_TYPE),
    }),
  );
export const importEmployees = (body: BodyOf<'importEmployees'>) =>
  call(api.POST('/v1/personnel/imports', { body }));
export const startImportJob = (jobId: string) =>
  call(api.POST('/v1/personnel/imports/{jobId}/start', { params: { path: { jobId } } }));
export const getImportJob = (jobId: string) =>
  call(api.GET('/v1/personnel/imports/{jobId}', { params: { path: { jobId } } }));

// Positions and placement
export const listPositions = (q: ListPositionsQuery = {}) =>
  call(api.GET('/v1/positions', { params: { query: { ...q, vacantOnly: flag(q.vacantOnly) } } }));
export const getPosition = (positionId: string) =>
  call(api.GET('/v1/positions/{positionId}', positionPath(positionId)));
export const createPosition = (body: CreatePositionInput) => call(api.POST('/v1/positions', { body }));
export const updatePosition = (positionId: string, body: UpdatePositionInput) =>
  call(api.PATCH('/v1/positions/{positionId}', { ...positionPath(positionId), body }));
export const getPlacementCandidates = (positionId: string, limit?: number) =>
  call(
    api.GET('/v1/positions/{positionId}/candidates', { params: { path: { positionId }, query: { limit } } }),
  );
export const getSuggestedPositions = (employeeId: string, limit?: number) =>
  call(
    api.GET('/v1/employees/{employeeId}/suggested-positions', {
      params: { path: { employeeId }, query: { limit } },
    }),
  );
export const recordPlacement = (employeeId: string, body: RecordPlacementInput) =>
  call(api.POST('/v1/employees/{employeeId}/placements', { ...employeePath(employeeId), body }));

// Competency catalogue
export const listCompetencies = (q: QueryOf<'listCompetencies'> = {}) =>
  call(api.GET('/v1/competencies', { params: { query: q } }));
export const createCompetency = (body: CreateCompetencyInput) => call(api.POST('/v1/competencies', { body }));

// Training
export const listTrainings = (q?: PageQuery) => call(api.GET('/v1/trainings', { params: { query: q } }));
export const getTraining = (trainingId: string) =>
  call(api.GET('/v1/trainings/{trainingId}', trainingPath(trainingId)));
export const createTraining = (body: CreateTrainingInput) => call(api.POST('/v1/trainings', { body }));
export const enrollTraining = (trainingId: string, employeeId?: string) =>
  call(
    api.POST('/v1/trainings/{trainingId}/enrollments', {
      ...trainingPath(trainingId),
      body: employeeId ? { employeeId } : {},
    }),
  );
export const listTrainingEnrollments = (trainingId: string, q?: PageQuery) =>
  call(api.GET('/v1/trainings/{trainingId}/enrollments', { params: { path: { trainingId }, query: q } }));
export const completeTraining = (trainingId: string, body: CompleteTrainingInput) =>
  call(api.POST('/v1/trainings/{trainingId}/completions', { ...trainingPath(trainingId), body }));
export const getMyTraining = (q: QueryOf<'getMyTraining'> = {}) =>
  call(api.GET('/v1/personnel/me/training', { params: { query: q } }));
export const listTrainingShortfall = (q: QueryOf<'listTrainingShortfall'> = {}) =>
  call(api.GET('/v1/personnel/training-shortfall', { params: { query: q } }));

// Mentoring
export const upsertMentorProfile = (employeeId: string, body: UpsertMentorProfileInput) =>
  call(api.PUT('/v1/mentoring/mentors/{employeeId}', { ...employeePath(employeeId), body }));
export const listMentors = (q?: PageQuery) =>
  call(api.GET('/v1/mentoring/mentors', { params: { query: q } }));
/** Whether a mentee counts as a new employee (only they get mentor suggestions); no id: the caller. */
export const getMenteeEligibility = (menteeId?: string) =>
  call(api.GET('/v1/mentoring/eligibility', { params: { query: menteeId ? { menteeId } : {} } }));
export type MenteeEligibility = ResponseOf<'getMenteeEligibility'>;
export const suggestMentors = (menteeId: string) =>
  call(api.GET('/v1/mentoring/suggestions', { params: { query: { menteeId } } }));
export const createMentorship = (body: CreateMentorshipInput) =>
  call(api.POST('/v1/mentoring/relationships', { body }));
export const listMentorships = (q?: PageQuery) =>
  call(api.GET('/v1/mentoring/relationships', { params: { query: q } }));
export const addMentoringCheckIn = (mentorshipId: string, body: AddCheckInInput) =>
  call(
    api.POST('/v1/mentoring/relationships/{mentorshipId}/check-ins', {
      ...mentorshipPath(mentorshipId),
      body,
    }),
  );
export const listMentoringCheckIns = (mentorshipId: string, q?: PageQuery) =>
  call(
    api.GET('/v1/mentoring/relationships/{mentorshipId}/check-ins', {
      params: { path: { mentorshipId }, query: q },
    }),
  );
export const endMentorship = (mentorshipId: string, body: EndMentorshipInput) =>
  call(api.POST('/v1/mentoring/relationships/{mentorshipId}/end', { ...mentorshipPath(mentorshipId), body }));

// Careers
export const listPromotionEligible = (q: QueryOf<'listPromotionEligible'>) =>
  call(api.GET('/v1/personnel/promotions', { params: { query: q } }));
export const listUpcomingRetirements = (q: QueryOf<'listUpcomingRetirements'>) =>
  call(api.GET('/v1/personnel/retirements', { params: { query: q } }));
