/**
 * Typed calls for positions, placement, the competency catalogue, training, mentoring and careers:
 * one function per operationId of the personnel contract. Types come from the zod schemas in
 * @pamong/core as type-only imports, so this module adds no zod to the bundle.
 */
import type {
  addCheckInSchema,
  CheckIn,
  Competency,
  CompetencyGroup,
  completeTrainingSchema,
  completionSchema,
  createCompetencySchema,
  createMentorshipSchema,
  createPositionSchema,
  createTrainingSchema,
  Employee,
  Enrollment,
  endMentorshipSchema,
  MentorProfile,
  Mentorship,
  mentorSuggestionsSchema,
  myTrainingSchema,
  PlacementCandidate,
  PlacementResult,
  Position,
  PromotionRow,
  placementCandidatesSchema,
  promotionPageSchema,
  RetirementRow,
  recordPlacementSchema,
  retirementPageSchema,
  SearchHit,
  ShortfallRow,
  Training,
  updatePositionSchema,
  upsertMentorProfileSchema,
} from '@pamong/core';
import type * as z from 'zod';
import { type Page, type PageQuery, type Query, request } from '../../api/client';

export type {
  CheckIn,
  Competency,
  Employee,
  Enrollment,
  MentorProfile,
  Mentorship,
  PlacementCandidate,
  PlacementResult,
  Position,
  PromotionRow,
  RetirementRow,
  SearchHit,
  ShortfallRow,
  Training,
};
export type FactorScore = PlacementCandidate['factors'][number];

export type CreatePositionInput = z.input<typeof createPositionSchema>;
export type UpdatePositionInput = z.input<typeof updatePositionSchema>;
export type CreateCompetencyInput = z.input<typeof createCompetencySchema>;
export type RecordPlacementInput = z.input<typeof recordPlacementSchema>;
export type CreateTrainingInput = z.input<typeof createTrainingSchema>;
export type CompleteTrainingInput = z.input<typeof completeTrainingSchema>;
export type UpsertMentorProfileInput = z.input<typeof upsertMentorProfileSchema>;
export type CreateMentorshipInput = z.input<typeof createMentorshipSchema>;
export type AddCheckInInput = z.input<typeof addCheckInSchema>;
export type EndMentorshipInput = z.input<typeof endMentorshipSchema>;

export type PlacementCandidates = z.infer<typeof placementCandidatesSchema>;
export type Completion = z.infer<typeof completionSchema>;
export type MyTraining = z.infer<typeof myTrainingSchema>;
export type MentorSuggestions = z.infer<typeof mentorSuggestionsSchema>;
export type MentorSuggestion = MentorSuggestions['items'][number];
export type PromotionPage = z.infer<typeof promotionPageSchema>;
export type RetirementPage = z.infer<typeof retirementPageSchema>;

const seg = encodeURIComponent;
const page = (q: PageQuery = {}): Query => ({ cursor: q.cursor, limit: q.limit });

// Positions and placement
export interface ListPositionsQuery extends PageQuery {
  agencyId?: string;
  vacantOnly?: boolean;
}
export const listPositions = (q: ListPositionsQuery = {}) =>
  request<Page<Position>>('GET', '/v1/positions', {
    query: { ...page(q), agencyId: q.agencyId, vacantOnly: q.vacantOnly ? 'true' : undefined },
  });
export const getPosition = (positionId: string) =>
  request<Position>('GET', `/v1/positions/${seg(positionId)}`);
export const createPosition = (body: CreatePositionInput) =>
  request<Position>('POST', '/v1/positions', { body });
export const updatePosition = (positionId: string, body: UpdatePositionInput) =>
  request<Position>('PATCH', `/v1/positions/${seg(positionId)}`, { body });
export const getPlacementCandidates = (positionId: string, limit?: number) =>
  request<PlacementCandidates>('GET', `/v1/positions/${seg(positionId)}/candidates`, { query: { limit } });
export const getEmployee = (employeeId: string) =>
  request<Employee>('GET', `/v1/employees/${seg(employeeId)}`);
export const getMyProfile = () => request<Employee>('GET', '/v1/personnel/me');
export const recordPlacement = (employeeId: string, body: RecordPlacementInput) =>
  request<PlacementResult>('POST', `/v1/employees/${seg(employeeId)}/placements`, { body });

// Competency catalogue
export const listCompetencies = (q: PageQuery & { group?: CompetencyGroup } = {}) =>
  request<Page<Competency>>('GET', '/v1/competencies', { query: { ...page(q), group: q.group } });
export const createCompetency = (body: CreateCompetencyInput) =>
  request<Competency>('POST', '/v1/competencies', { body });

// Training
export const listTrainings = (q?: PageQuery) =>
  request<Page<Training>>('GET', '/v1/trainings', { query: page(q) });
export const getTraining = (trainingId: string) =>
  request<Training>('GET', `/v1/trainings/${seg(trainingId)}`);
export const createTraining = (body: CreateTrainingInput) =>
  request<Training>('POST', '/v1/trainings', { body });
export const enrollTraining = (trainingId: string, employeeId?: string) =>
  request<Enrollment>('POST', `/v1/trainings/${seg(trainingId)}/enrollments`, {
    body: employeeId ? { employeeId } : {},
  });
export const listTrainingEnrollments = (trainingId: string, q?: PageQuery) =>
  request<Page<Enrollment>>('GET', `/v1/trainings/${seg(trainingId)}/enrollments`, { query: page(q) });
export const completeTraining = (trainingId: string, body: CompleteTrainingInput) =>
  request<Completion>('POST', `/v1/trainings/${seg(trainingId)}/completions`, { body });
export const getMyTraining = (q: PageQuery & { year?: number } = {}) =>
  request<MyTraining>('GET', '/v1/personnel/me/training', { query: { ...page(q), year: q.year } });
export const listTrainingShortfall = (q: PageQuery & { year?: number; agencyId?: string } = {}) =>
  request<Page<ShortfallRow>>('GET', '/v1/personnel/training-shortfall', {
    query: { ...page(q), year: q.year, agencyId: q.agencyId },
  });

// Mentoring
export const upsertMentorProfile = (employeeId: string, body: UpsertMentorProfileInput) =>
  request<MentorProfile>('PUT', `/v1/mentoring/mentors/${seg(employeeId)}`, { body });
export const listMentors = (q?: PageQuery) =>
  request<Page<MentorProfile>>('GET', '/v1/mentoring/mentors', { query: page(q) });
export const suggestMentors = (menteeId: string) =>
  request<MentorSuggestions>('GET', '/v1/mentoring/suggestions', { query: { menteeId } });
export const createMentorship = (body: CreateMentorshipInput) =>
  request<Mentorship>('POST', '/v1/mentoring/relationships', { body });
export const listMentorships = (q?: PageQuery) =>
  request<Page<Mentorship>>('GET', '/v1/mentoring/relationships', { query: page(q) });
export const addMentoringCheckIn = (mentorshipId: string, body: AddCheckInInput) =>
  request<CheckIn>('POST', `/v1/mentoring/relationships/${seg(mentorshipId)}/check-ins`, { body });
export const listMentoringCheckIns = (mentorshipId: string, q?: PageQuery) =>
  request<Page<CheckIn>>('GET', `/v1/mentoring/relationships/${seg(mentorshipId)}/check-ins`, {
    query: page(q),
  });
export const endMentorship = (mentorshipId: string, body: EndMentorshipInput) =>
  request<Mentorship>('POST', `/v1/mentoring/relationships/${seg(mentorshipId)}/end`, { body });

// Careers
export const listPromotionEligible = (q: PageQuery & { asOf: string; agencyId?: string }) =>
  request<PromotionPage>('GET', '/v1/personnel/promotions', {
    query: { ...page(q), asOf: q.asOf, agencyId: q.agencyId },
  });
export const listUpcomingRetirements = (q: PageQuery & { months: 12 | 24; agencyId?: string }) =>
  request<RetirementPage>('GET', '/v1/personnel/retirements', {
    query: { ...page(q), months: q.months, agencyId: q.agencyId },
  });

// Employee lookup for the pickers (mentee, mentor); admins and supervisors only.
export const searchEmployees = (q: PageQuery & { namePrefix?: string; agencyId?: string }) =>
  request<Page<SearchHit>>('GET', '/v1/personnel/search', {
    query: { ...page(q), namePrefix: q.namePrefix, agencyId: q.agencyId },
  });
