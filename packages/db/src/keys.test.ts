import { describe, expect, it } from 'vitest';
import { tenantPrefix } from './key-prefix';
import * as keys from './keys';

const T = '01J0000000000000000000000A';
const T2 = '01J0000000000000000000000B';

/**
 * What a builder returns: a `key` (an object of table and/or GSI key attributes), a `partition`
 * key string, a `sort` key (or its name part), a sort-key `prefix` for begins_with, or a `range`
 * of sort-key bounds for BETWEEN.
 */
type Kind = 'key' | 'partition' | 'sort' | 'prefix' | 'range';
interface Sample {
  kind: Kind;
  /** Representative arguments, given the tenant id (ignored by builders that take none). */
  args: (tenantId: string) => unknown[];
  /** A platform item: its partition starts with PLATFORM# even when given a tenant. */
  platform?: true;
  /** Why a sort key may start with `#` (so it sorts first). */
  leadingHash?: string;
}

const at = '2026-01-02T03:04:05.678Z';
const id = '01J00000000000000000000ZZZ';
const PERIOD = { start: '2026-01', end: '2026-12' };
const QUARTER = { start: '2026-01', end: '2026-03' };

/**
 * Every builder of `keys`, with sample arguments. A builder added without an entry fails the first
 * test (and does not compile: the table is typed by the builders' names).
 */
const SAMPLES: Record<keyof typeof keys, Sample> = {
  tenant: { kind: 'key', platform: true, args: (t) => [t] },
  tenantsPartition: { kind: 'partition', platform: true, args: () => [] },
  tenantSlug: { kind: 'key', platform: true, args: () => ['lampung'] },
  health: { kind: 'key', platform: true, args: () => [] },
  platformLogin: { kind: 'key', platform: true, args: () => ['root'] },
  platformUser: { kind: 'key', platform: true, args: () => [id] },
  agenciesPartition: { kind: 'partition', args: (t) => [t] },
  agency: { kind: 'key', args: (t) => [t, 'AG1'] },
  agencyName: { kind: 'key', args: (t) => [t, 'Dinas Pendidikan'] },
  unitsPartition: { kind: 'partition', args: (t) => [t, 'AG1'] },
  agencyUnitsMarker: {
    kind: 'key',
    args: (t) => [t, 'AG1'],
    leadingHash: 'heads the units partition, so listing units of an unknown agency is a 404 from one Query',
  },
  unit: { kind: 'key', args: (t) => [t, 'AG1', 'UN1'] },
  user: { kind: 'key', args: (t) => [t, 'US1'] },
  login: { kind: 'key', args: (t) => [t, 'budi'] },
  usersByTenant: { kind: 'key', args: (t) => [t] },
  usersByAgency: { kind: 'key', args: (t) => [t, 'AG1'] },
  userSort: { kind: 'sort', args: () => ['Budi Santoso', 'US1'] },
  loginThrottlePartition: { kind: 'partition', args: (t) => [t, '0123456789abcdef'] },
  loginThrottleSource: { kind: 'key', args: (t) => [t, '0123456789abcdef'] },
  loginThrottleAccount: { kind: 'key', args: (t) => [t, '0123456789abcdef', 'budi'] },
  auditByEntity: { kind: 'partition', args: (t) => [t, 'agency', 'AG1'] },
  auditByTime: { kind: 'partition', args: (t) => [t] },
  auditEntry: { kind: 'key', args: (t) => [t, 'agency', 'AG1', at, id] },
  auditRange: { kind: 'range', args: () => [at, at] },
  platformAuditEntry: { kind: 'key', platform: true, args: () => [at, id] },
  surveySettings: { kind: 'key', args: (t) => [t] },
  surveyUnitsPartition: { kind: 'partition', args: (t) => [t] },
  surveyUnit: { kind: 'key', args: (t) => [t, 'SU1'] },
  surveyUnitPrefix: { kind: 'prefix', args: () => [] },
  surveyUnitsByAgency: { kind: 'key', args: (t) => [t, 'AG1'] },
  surveyUnitSort: { kind: 'sort', args: () => ['Puskesmas Kedaton', 'SU1'] },
  surveyShortCode: { kind: 'key', args: (t) => [t, 'ABC234'] },
  surveyPopulation: { kind: 'key', args: (t) => [t, 'SU1', '2026-S1'] },
  surveyPopulationPartition: { kind: 'partition', args: (t) => [t, 'SU1'] },
  surveyResponsesPartition: { kind: 'partition', args: (t) => [t, 'SU1', '2026-01'] },
  surveyResponse: { kind: 'key', args: (t) => [t, 'SU1', '2026-01', id] },
  surveyResponsePrefix: { kind: 'prefix', args: () => [] },
  surveySuggestions: { kind: 'key', args: (t) => [t, 'SU1'] },
  surveySuggestionSort: { kind: 'sort', args: () => ['pending', id] },
  surveySuggestionStatusPrefix: { kind: 'prefix', args: () => ['pending'] },
  ikmMonthPartition: { kind: 'partition', args: (t) => [t, '2026-01'] },
  ikmUnitCounter: { kind: 'key', args: (t) => [t, '2026-01', 'SU1'] },
  ikmUnitCounterPrefix: { kind: 'prefix', args: () => [] },
  ikmAgencyCounter: { kind: 'key', args: (t) => [t, '2026-01', 'AG1'] },
  ikmTenantCounter: { kind: 'key', args: (t) => [t, '2026-01'] },
  serviceCode: { kind: 'key', args: (t) => [t, 'SU1', 'ABCD2345'] },
  serviceCodeBatchesPartition: { kind: 'partition', args: (t) => [t, 'SU1'] },
  serviceCodeBatch: { kind: 'key', args: (t) => [t, 'SU1', 'BA1'] },
  surveyRate: { kind: 'key', args: (t) => [t, 'SU1', 'iphash01', '2026010203'] },
  employee: { kind: 'key', args: (t) => [t, 'EM1'] },
  employeePartition: { kind: 'partition', args: (t) => [t, 'EM1'] },
  employeeAccount: { kind: 'key', args: (t) => [t, 'EM1'] },
  employeeHistory: { kind: 'key', args: (t) => [t, 'EM1', '2020-01-01', id] },
  employeeHistoryPrefix: { kind: 'prefix', args: () => [] },
  employeesByTenant: { kind: 'key', args: (t) => [t] },
  employeesByAgency: { kind: 'key', args: (t) => [t, 'AG1'] },
  employeeSort: { kind: 'sort', args: () => ['Siti Aminah', 'EM1'] },
  employeeNamePrefix: { kind: 'sort', args: () => ['Siti'] },
  nipGuard: { kind: 'key', args: (t) => [t, '198609262015051001'] },
  competencyHoldersPartition: { kind: 'partition', args: (t) => [t, 'TEK-A'] },
  competencyHolder: { kind: 'key', args: (t) => [t, 'TEK-A', 'siti aminah#EM1'] },
  retirementsPartition: { kind: 'partition', args: (t) => [t] },
  retirement: { kind: 'key', args: (t) => [t, '2044-10-01', 'EM1'] },
  retirementRange: { kind: 'range', args: () => ['2026-01-01', '2027-12-31'] },
  rankTmtPartition: { kind: 'partition', args: (t) => [t] },
  rankTmt: { kind: 'key', args: (t) => [t, '2019-04-01', 'EM1'] },
  rankTmtUpTo: { kind: 'range', args: () => ['2022-01-01'] },
  employeeStatsPartition: { kind: 'partition', args: (t) => [t] },
  employeeStats: { kind: 'key', args: (t) => [t, 'AG1'] },
  correction: { kind: 'key', args: (t) => [t, 'CO1'] },
  correctionsByAgency: { kind: 'key', args: (t) => [t, 'AG1'] },
  correctionsByTenant: { kind: 'key', args: (t) => [t] },
  correctionSort: { kind: 'sort', args: () => ['pending', 'CO1'] },
  correctionStatusPrefix: { kind: 'prefix', args: () => ['pending'] },
  positionsPartition: { kind: 'partition', args: (t) => [t] },
  position: { kind: 'key', args: (t) => [t, 'PO1'] },
  positionPrefix: { kind: 'prefix', args: () => [] },
  positionsByAgency: { kind: 'key', args: (t) => [t, 'AG1'] },
  positionByAgencySort: { kind: 'sort', args: () => ['UN1', 'Analis Data', 'PO1'] },
  vacantPositions: { kind: 'key', args: (t) => [t] },
  vacantPositionSort: { kind: 'sort', args: () => ['AG1', 'UN1', 'Analis Data', 'PO1'] },
  vacantPositionsOfAgencyPrefix: { kind: 'prefix', args: () => ['AG1'] },
  holidaysPartition: { kind: 'partition', args: (t) => [t] },
  holiday: { kind: 'key', args: (t) => [t, '2026-05-01'] },
  holidayYear: { kind: 'range', args: () => [2026] },
  attendanceSettings: { kind: 'key', args: (t) => [t] },
  workLocationsPartition: { kind: 'partition', args: (t) => [t] },
  workLocation: { kind: 'key', args: (t) => [t, 'LO1'] },
  workSchedulesPartition: { kind: 'partition', args: (t) => [t] },
  workSchedule: { kind: 'key', args: (t) => [t, 'SC1'] },
  scheduleAssignmentsPartition: { kind: 'partition', args: (t) => [t] },
  scheduleAssignmentPrefix: { kind: 'prefix', args: () => ['unit', 'UN1'] },
  holidayMonth: { kind: 'range', args: () => ['2026-12'] },
  scheduleAssignment: { kind: 'key', args: (t) => [t, 'employee', 'EM1', '2026-12-01'] },
  attendanceMonthPartition: { kind: 'partition', args: (t) => [t, 'AG1', '2026-12'] },
  attendanceMonth: { kind: 'key', args: (t) => [t, 'AG1', '2026-12', 'EM1'] },
  attendanceMonthState: { kind: 'key', args: (t) => [t, 'AG1', '2026-11'] },
  attendanceRequest: { kind: 'key', args: (t) => [t, 'RQ1'] },
  rosterPartition: { kind: 'partition', args: (t) => [t, 'UN1', '2026-12'] },
  rosterShift: { kind: 'key', args: (t) => [t, 'UN1', '2026-12-07', 'EM1'] },
  rosterDays: { kind: 'range', args: () => ['2026-12-06', '2026-12-07'] },
  attendanceRequestsByEmployee: { kind: 'key', args: (t) => [t, 'EM1'] },
  attendanceRequestsByAgency: { kind: 'key', args: (t) => [t, 'AG1'] },
  attendanceRequestStatusSort: { kind: 'sort', args: () => ['PENDING', at, 'RQ1'] },
  attendanceRequestStatusPrefix: { kind: 'prefix', args: () => ['PENDING'] },
  punchesPartition: { kind: 'partition', args: (t) => [t, 'EM1'] },
  leaveRequest: { kind: 'key', args: (t) => [t, 'LV1'] },
  passkeysPartition: { kind: 'partition', args: (t) => [t, 'EM1'] },
  passkey: { kind: 'key', args: (t) => [t, 'EM1', 'Y3JlZA'] },
  passkeyChallenge: { kind: 'key', args: (t) => [t, 'EM1', 'check-in'] },
  passkeySummary: { kind: 'key', args: (t) => [t, 'EM1'] },
  leaveRequestsByEmployee: { kind: 'key', args: (t) => [t, 'EM1'] },
  leaveRequestsByAgency: { kind: 'key', args: (t) => [t, 'AG1'] },
  leaveRequestStatusSort: { kind: 'sort', args: () => ['AWAITING_DECISION', at, 'LV1'] },
  leaveRequestStatusPrefix: { kind: 'prefix', args: () => ['AWAITING_DECISION'] },
  leaveDaysPartition: { kind: 'partition', args: (t) => [t, '2026-12'] },
  leaveDays: { kind: 'key', args: (t) => [t, '2026-12', 'EM1'] },
  leaveBalancePartition: { kind: 'partition', args: (t) => [t, 'EM1'] },
  leaveBalance: { kind: 'key', args: (t) => [t, 'EM1', 2026] },
  leaveBalancesOfYear: { kind: 'key', args: (t) => [t, 2026] },
  leaveLedgerEntry: { kind: 'key', args: (t) => [t, 'EM1', 2026, at, id] },
  leaveLedgerPrefix: { kind: 'prefix', args: () => [2026] },
  approvalDelegationsPartition: { kind: 'partition', args: (t) => [t] },
  approvalDelegation: { kind: 'key', args: (t) => [t, 'DL1'] },
  punch: { kind: 'key', args: (t) => [t, 'EM1', at, id] },
  competenciesPartition: { kind: 'partition', args: (t) => [t] },
  competency: { kind: 'key', args: (t) => [t, 'TEK-A'] },
  competencyPrefix: { kind: 'prefix', args: () => [] },
  trainingsPartition: { kind: 'partition', args: (t) => [t] },
  training: { kind: 'key', args: (t) => [t, 'TR1'] },
  trainingPrefix: { kind: 'prefix', args: () => [] },
  enrollmentsPartition: { kind: 'partition', args: (t) => [t, 'TR1'] },
  enrollment: { kind: 'key', args: (t) => [t, 'TR1', 'EM1'] },
  enrollmentPrefix: { kind: 'prefix', args: () => [] },
  enrollmentsByEmployee: { kind: 'key', args: (t) => [t, 'EM1'] },
  enrollmentByEmployeeSort: { kind: 'sort', args: () => ['2026-03-31', 'TR1'] },
  enrollmentsByEmployeeYear: { kind: 'range', args: () => [2026] },
  jpTotal: { kind: 'key', args: (t) => [t, 2026, 'EM1'] },
  jpYearPartition: { kind: 'partition', args: (t) => [t, 2026] },
  mentorsPartition: { kind: 'partition', args: (t) => [t] },
  mentor: { kind: 'key', args: (t) => [t, 'EM1'] },
  mentorPrefix: { kind: 'prefix', args: () => [] },
  mentorship: { kind: 'key', args: (t) => [t, 'MS1'] },
  mentorshipCheckIn: { kind: 'key', args: (t) => [t, 'MS1', '2026-02-01', id] },
  mentorshipCheckInPrefix: { kind: 'prefix', args: () => [] },
  mentorshipSort: { kind: 'sort', args: () => ['2026-01-15', 'MS1'] },
  mentorshipsByMentor: { kind: 'key', args: (t) => [t, 'EM1'] },
  mentorshipsByTenant: { kind: 'key', args: (t) => [t] },
  mentorshipMenteeCopy: { kind: 'key', args: (t) => [t, 'MS1'] },
  mentorshipsByMentee: { kind: 'key', args: (t) => [t, 'EM2'] },
  importJobsPartition: { kind: 'partition', args: (t) => [t] },
  importJob: { kind: 'key', args: (t) => [t, 'JO1'] },
  importJobPrefix: { kind: 'prefix', args: () => [] },
  performanceSettings: { kind: 'key', args: (t) => [t] },
  skpPartition: { kind: 'partition', args: (t) => [t, 'SK1'] },
  skp: { kind: 'key', args: (t) => [t, 'SK1'] },
  skpOwner: { kind: 'key', args: (t) => [t, 'EM1', PERIOD] },
  skpOwnerPartition: { kind: 'partition', args: (t) => [t, 'EM1'] },
  skpOwnerPrefix: { kind: 'prefix', args: () => [] },
  skpsByAppraiser: { kind: 'key', args: (t) => [t, 'EM2'] },
  skpAppraiserSort: { kind: 'sort', args: () => [PERIOD, 'Siti Aminah', 'SK1'] },
  skpAppraiserPrefix: { kind: 'prefix', args: () => [PERIOD] },
  skpsByAgency: { kind: 'key', args: (t) => [t, 'AG1', PERIOD] },
  skpAgencySort: { kind: 'sort', args: () => ['UN1', 'EM1'] },
  skpAgencyUnitPrefix: { kind: 'prefix', args: () => ['UN1'] },
  skpRealisation: { kind: 'key', args: (t) => [t, 'SK1', QUARTER, 'IT1'] },
  skpRealisationPrefix: { kind: 'prefix', args: () => [] },
  skpDocument: { kind: 'key', args: (t) => [t, 'SK1', id] },
  skpFeedbackNote: { kind: 'key', args: (t) => [t, 'SK1', '2026-02-01', id] },
  skpFeedbackNotePrefix: { kind: 'prefix', args: () => [] },
  skpAssessment: { kind: 'key', args: (t) => [t, 'SK1', QUARTER] },
  skpAssessmentPrefix: { kind: 'prefix', args: () => [] },
  assessmentsByAgency: { kind: 'key', args: (t) => [t, 'AG1', QUARTER] },
  assessmentTally: { kind: 'key', args: (t) => [t, 'unit', 'UN1', QUARTER] },
  assessmentFinalisation: { kind: 'key', args: (t) => [t, 'unit', 'UN1', QUARTER] },
  orgRating: { kind: 'key', args: (t) => [t, 'unit', 'UN1', QUARTER] },
  orgRatingsPartition: { kind: 'partition', args: (t) => [t, QUARTER] },
  followUpPartition: { kind: 'partition', args: (t) => [t, 'AG1', 2026] },
  followUp: { kind: 'key', args: (t) => [t, 'AG1', 2026, 'coaching', 'EM1'] },
  feedbackRoundPartition: { kind: 'partition', args: (t) => [t, 'FR1'] },
  feedbackRound: { kind: 'key', args: (t) => [t, 'FR1'] },
  feedbackRoundsByAgency: { kind: 'key', args: (t) => [t, 'AG1'] },
  feedbackAnswer: { kind: 'key', args: (t) => [t, 'FR1', 'a1b2c3'] },
  feedbackAnswerPrefix: { kind: 'prefix', args: () => [] },
  feedbackAssignment: { kind: 'key', args: (t) => [t, 'EM1', 'FR1'] },
  feedbackAssignmentsPartition: { kind: 'partition', args: (t) => [t, 'EM1'] },
  feedbackAssignmentPrefix: { kind: 'prefix', args: () => [] },
  recruitmentRoundPartition: { kind: 'partition', args: (t) => [t, 'RR1'] },
  recruitmentRound: { kind: 'key', args: (t) => [t, 'RR1'] },
  recruitmentRounds: { kind: 'key', args: (t) => [t] },
  publishedRecruitmentRounds: { kind: 'key', args: (t) => [t] },
  recruitmentPublishedSort: { kind: 'sort', args: () => ['2026-03-01T08:00', 'RR1'] },
  formation: { kind: 'key', args: (t) => [t, 'RR1', 'FM1'] },
  formationPrefix: { kind: 'prefix', args: () => [] },
  recruitmentRoundCodesPartition: { kind: 'partition', args: (t) => [t] },
  recruitmentRoundCode: { kind: 'key', args: (t) => [t, 'CPNS26'] },
  recruitmentRoundCodePrefix: { kind: 'prefix', args: () => ['CPNS26'] },
  applicantPartition: { kind: 'partition', args: (t) => [t, 'AP1'] },
  applicant: { kind: 'key', args: (t) => [t, 'AP1'] },
  applicantRoundGuard: { kind: 'key', args: (t) => [t, 'AP1', 'RR1'] },
  applicantEmailCode: { kind: 'key', args: (t) => [t, '1871011203980001'] },
  applicantRegistrationRate: { kind: 'key', args: (t) => [t, '0123456789abcdef', '2026120608'] },
  applicationPartition: { kind: 'partition', args: (t) => [t, 'RA1'] },
  application: { kind: 'key', args: (t) => [t, 'RA1'] },
  applicationDocument: { kind: 'key', args: (t) => [t, 'RA1', 'DC1'] },
  applicationsOfRound: { kind: 'key', args: (t) => [t, 'RR1'] },
  applicationsOfRoundSort: { kind: 'sort', args: () => ['AG1', 'FM1', 'RA1'] },
  applicationsOfApplicant: { kind: 'key', args: (t) => [t, 'AP1'] },
  registrationSequence: { kind: 'key', args: (t) => [t, 'RR1'] },
  registrationNumber: { kind: 'key', args: (t) => [t, 'CPNS26-000001-X'] },
  registrationProofKey: { kind: 'key', args: (t) => [t] },
  examScoreJobsPartition: { kind: 'partition', args: (t) => [t, 'RR1'] },
  examScoreJob: { kind: 'key', args: (t) => [t, 'RR1', 'J1'] },
  recruitmentSettings: { kind: 'key', args: (t) => [t] },
  announcement: { kind: 'key', args: (t) => [t, 'AN1'] },
  announcementsOfRound: { kind: 'key', args: (t) => [t, 'RR1'] },
  announcementsOfRoundSort: { kind: 'sort', args: () => [at, 'AN1'] },
  announcementHead: { kind: 'key', args: (t) => [t, 'RR1'] },
  idempotency: { kind: 'key', args: (t) => [t, 'createEmployee', 'key-12345'] },
};

const builders = Object.entries(keys) as [keyof typeof keys, (...args: unknown[]) => unknown][];
const build = (name: keyof typeof keys, tenantId: string) =>
  // biome-ignore lint/performance/noDynamicNamespaceImportAccess: a test that calls every builder by name; never bundled
  (keys[name] as (...args: unknown[]) => unknown)(...SAMPLES[name].args(tenantId));

const PARTITION_ATTRS = new Set(['pk', 'gsi1pk', 'gsi2pk']);
const SORT_ATTRS = new Set(['sk', 'gsi1sk', 'gsi2sk']);

/** The partition-key strings and sort-key strings a builder's result holds. */
function parts(name: keyof typeof keys, value: unknown): { partitions: string[]; sorts: string[] } {
  const { kind } = SAMPLES[name];
  if (kind === 'partition') return { partitions: [value as string], sorts: [] };
  if (kind === 'sort' || kind === 'prefix') return { partitions: [], sorts: [value as string] };
  if (kind === 'range') return { partitions: [], sorts: value as string[] };
  const entries = Object.entries(value as Record<string, string>);
  return {
    partitions: entries.filter(([k]) => PARTITION_ATTRS.has(k)).map(([, v]) => v),
    sorts: entries.filter(([k]) => SORT_ATTRS.has(k)).map(([, v]) => v),
  };
}

const emptySegments = (s: string) => s.split('#').filter((seg) => seg === '').length;

describe('keys: every builder', () => {
  it('has a sample in the table (a new builder needs one)', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(keys).sort());
    expect(builders.length).toBeGreaterThan(100);
  });

  it.each(builders.map(([name]) => [name]))('%s returns what its table entry says', (name) => {
    const value = build(name, T);
    const { kind } = SAMPLES[name];
    if (kind === 'key') {
      expect(typeof value).toBe('object');
      const attrs = Object.keys(value as object);
      expect(attrs.length).toBeGreaterThan(0);
      for (const a of attrs) expect(PARTITION_ATTRS.has(a) || SORT_ATTRS.has(a)).toBe(true);
      for (const v of Object.values(value as object)) expect(typeof v).toBe('string');
      // A sort key comes with its partition key.
      if ('sk' in (value as object)) expect(attrs).toContain('pk');
    } else if (kind === 'range') {
      expect(Array.isArray(value) && value.length === 2 && value[0] <= value[1]).toBe(true);
    } else {
      expect(typeof value).toBe('string');
      expect((value as string).length).toBeGreaterThan(0);
    }
  });

  it.each(builders.map(([name]) => [name]))(
    '%s: every partition key (table and GSI) starts with T#<tenantId># or PLATFORM#',
    (name) => {
      const { partitions } = parts(name, build(name, T));
      for (const pk of partitions) {
        if (SAMPLES[name].platform) expect(pk.startsWith('PLATFORM#')).toBe(true);
        else expect(pk.startsWith(`T#${T}#`), `${name}: ${pk}`).toBe(true);
      }
      // Only partition keys name the tenant (the platform's tenant list aside): no sort key, prefix
      // or range does.
      if (!SAMPLES[name].platform)
        for (const sk of parts(name, build(name, T)).sorts) expect(sk).not.toContain(T);
    },
  );

  it.each(builders.map(([name]) => [name]))('%s: no empty segment between the #s', (name) => {
    const { partitions, sorts } = parts(name, build(name, T));
    for (const pk of partitions) expect(emptySegments(pk), `${name}: ${pk}`).toBe(0);
    for (const sk of sorts) {
      if (SAMPLES[name].kind === 'prefix' && sk.endsWith('#')) {
        // A prefix ends at a separator: `POS#` matches `POS#<id>` and never `POSX…`.
        expect(emptySegments(sk.slice(0, -1)), `${name}: ${sk}`).toBe(0);
      } else if (SAMPLES[name].leadingHash) {
        expect(sk.startsWith('#') && emptySegments(sk.slice(1)) === 0, `${name}: ${sk}`).toBe(true);
      } else {
        expect(emptySegments(sk), `${name}: ${sk}`).toBe(0);
      }
    }
  });

  it.each(builders.map(([name]) => [name]))('%s: two tenants never get the same key', (name) => {
    const takesTenant = JSON.stringify(SAMPLES[name].args(T)) !== JSON.stringify(SAMPLES[name].args(T2));
    const one = build(name, T);
    const two = build(name, T2);
    if (!takesTenant) {
      // Platform items and sort-key parts: the same whatever the tenant (none names one).
      expect(two).toEqual(one);
      return;
    }
    expect(JSON.stringify(two)).not.toBe(JSON.stringify(one));
    const a = parts(name, one);
    const b = parts(name, two);
    if (!SAMPLES[name].platform) {
      for (const pk of b.partitions) {
        expect(a.partitions).not.toContain(pk);
        expect(pk.startsWith(`T#${T}#`)).toBe(false);
      }
    }
  });

  it("keeps one tenant's partitions apart from another's across all builders", () => {
    const of = (tenantId: string) =>
      new Set(
        builders
          .filter(([name]) => !SAMPLES[name].platform)
          .flatMap(([name]) => parts(name, build(name, tenantId)).partitions),
      );
    const a = of(T);
    for (const pk of of(T2)) expect(a.has(pk)).toBe(false);
  });

  it('gives different items different keys (no two builders share a pk and sk)', () => {
    const seen = new Map<string, string>();
    for (const [name] of builders) {
      const value = build(name, T) as Record<string, string>;
      if (SAMPLES[name].kind !== 'key' || !('sk' in value)) continue;
      const k = `${value.pk}|${value.sk}`;
      expect(seen.get(k), `${name} and ${seen.get(k)} both build ${k}`).toBeUndefined();
      seen.set(k, name);
    }
  });
});

describe('keys: prefixes and ranges match the keys they select', () => {
  it('each prefix is a prefix of the sort keys it lists', () => {
    const pairs: [string, string][] = [
      [keys.surveyUnitPrefix(), keys.surveyUnit(T, 'SU1').sk],
      [keys.surveyResponsePrefix(), keys.surveyResponse(T, 'SU1', '2026-01', id).sk],
      [keys.surveySuggestionStatusPrefix('visible'), keys.surveySuggestionSort('visible', id)],
      [keys.ikmUnitCounterPrefix(), keys.ikmUnitCounter(T, '2026-01', 'SU1').sk],
      [keys.employeeHistoryPrefix(), keys.employeeHistory(T, 'EM1', '2020-01-01', id).sk],
      [keys.employeeNamePrefix('  SITI   am'), keys.employeeSort('Siti  Aminah', 'EM1')],
      [keys.correctionStatusPrefix('pending'), keys.correctionSort('pending', 'CO1')],
      [keys.positionPrefix(), keys.position(T, 'PO1').sk],
      [keys.vacantPositionsOfAgencyPrefix('AG1'), keys.vacantPositionSort('AG1', 'UN1', 'Analis', 'PO1')],
      [keys.competencyPrefix(), keys.competency(T, 'TEK-A').sk],
      [keys.trainingPrefix(), keys.training(T, 'TR1').sk],
      [keys.enrollmentPrefix(), keys.enrollment(T, 'TR1', 'EM1').sk],
      [keys.mentorPrefix(), keys.mentor(T, 'EM1').sk],
      [keys.mentorshipCheckInPrefix(), keys.mentorshipCheckIn(T, 'MS1', '2026-02-01', id).sk],
      [keys.importJobPrefix(), keys.importJob(T, 'JO1').sk],
    ];
    for (const [prefix, sk] of pairs) expect(sk.startsWith(prefix), `${sk} / ${prefix}`).toBe(true);
    // Other items of those partitions stay out.
    expect(keys.ikmAgencyCounter(T, '2026-01', 'AG1').sk.startsWith(keys.ikmUnitCounterPrefix())).toBe(false);
    expect(keys.employee(T, 'EM1').sk.startsWith(keys.employeeHistoryPrefix())).toBe(false);
    expect(
      keys.vacantPositionSort('AG2', 'UN1', 'x', 'PO1').startsWith(keys.vacantPositionsOfAgencyPrefix('AG1')),
    ).toBe(false);
  });

  it('each range holds the sort keys it is for, and no more', () => {
    const within = ([a, b]: [string, string], s: string) => a <= s && s <= b;
    const retire = keys.retirementRange('2026-01-01', '2026-12-31');
    expect(within(retire, keys.retirement(T, '2026-12-31', id).sk)).toBe(true);
    expect(within(retire, keys.retirement(T, '2026-01-01', id).sk)).toBe(true);
    expect(within(retire, keys.retirement(T, '2027-01-01', id).sk)).toBe(false);
    const rank = keys.rankTmtUpTo('2022-01-01');
    expect(within(rank, keys.rankTmt(T, '2022-01-01', id).sk)).toBe(true);
    expect(within(rank, keys.rankTmt(T, '2022-01-02', id).sk)).toBe(false);
    const year = keys.enrollmentsByEmployeeYear(2026);
    expect(within(year, keys.enrollmentByEmployeeSort('2026-12-31', id))).toBe(true);
    expect(within(year, keys.enrollmentByEmployeeSort('2027-01-01', id))).toBe(false);
    const audit = keys.auditRange('2026-01-01T00:00:00.000Z', '2026-01-31T00:00:00.000Z');
    expect(within(audit, keys.auditEntry(T, 'agency', 'AG1', '2026-01-31T00:00:00.000Z', id).sk)).toBe(true);
    expect(within(keys.auditRange(), keys.auditEntry(T, 'agency', 'AG1', at, id).sk)).toBe(true);
  });

  it('names partitions the same as the keys in them', () => {
    expect(keys.surveyPopulationPartition(T, 'SU1')).toBe(keys.surveyPopulation(T, 'SU1', '2026').pk);
    expect(keys.positionsPartition(T)).toBe(keys.position(T, 'PO1').pk);
    expect(keys.employeePartition(T, 'EM1')).toBe(keys.employeeHistory(T, 'EM1', '2020-01-01', id).pk);
    expect(keys.jpYearPartition(T, 2026)).toBe(keys.jpTotal(T, 2026, 'EM1').pk);
    expect(keys.importJobsPartition(T)).toBe(keys.importJob(T, 'JO1').pk);
  });
});

describe('keys: stored formats (existing data depends on them)', () => {
  it('builds the sort keys that used to be written in the repositories, unchanged', () => {
    expect(keys.surveyUnitSort('Puskesmas KEDATON', 'SU1')).toBe('puskesmas kedaton#SU1');
    expect(keys.surveyUnitSort('x'.repeat(70), 'SU1')).toBe(`${'x'.repeat(60)}#SU1`);
    expect(keys.positionByAgencySort('UN1', '  Analis   Data ', 'PO1')).toBe('UN1#analis data#PO1');
    expect(keys.enrollmentByEmployeeSort('2026-03-31', 'TR1')).toBe('2026-03-31#TR1');
    expect(keys.mentorshipSort('2026-01-15', 'MS1')).toBe('2026-01-15#MS1');
    expect(keys.employeeSort('  Siti   Aminah ', 'EM1')).toBe('siti aminah#EM1');
    expect(keys.userSort('Budi', 'US1')).toBe('budi#US1');
    expect(keys.surveyPopulation(T, 'SU1', '2026-S1')).toEqual({
      pk: `T#${T}#SURVEY#SU1#POP`,
      sk: '2026-S1',
    });
    expect(keys.retirementRange('2026-01-01', '2026-12-31')).toEqual(['2026-01-01', '2026-12-31#~']);
    expect(keys.rankTmtUpTo('2022-01-01')).toEqual(['0000', '2022-01-01#~']);
    expect(keys.enrollmentsByEmployeeYear(2026)).toEqual(['2026-01-01', '2026-12-31~']);
    expect(keys.auditRange()).toEqual(['0000', '9999']);
    expect(keys.auditRange(at, at)).toEqual([at, `${at}\uffff`]);
  });

  it('indexes a vacant position under the tenant, by agency, unit and name', () => {
    expect(keys.vacantPositions(T)).toEqual({ gsi2pk: `T#${T}#VACANTPOSITIONS` });
    expect(keys.vacantPositionSort('AG1', 'UN1', ' Analis  Data', 'PO1')).toBe('AG1#UN1#analis data#PO1');
    expect(keys.vacantPositionSort('AG1', 'UN1', 'Analis Data', 'PO1')).toBe(
      `AG1#${keys.positionByAgencySort('UN1', 'Analis Data', 'PO1')}`,
    );
  });
});

describe('keys', () => {
  it('keeps platform items under PLATFORM#', () => {
    expect(keys.tenant(T).pk).toBe('PLATFORM#TENANTS');
    expect(keys.tenantSlug('lampung').pk).toBe('PLATFORM#SLUG#lampung');
    expect(keys.idempotency('PLATFORM', 'op', 'key-12345').pk.startsWith('PLATFORM#')).toBe(true);
  });

  it('refuses a tenant id that is not a ULID, so no prefix can be a prefix of another', () => {
    expect(() => tenantPrefix('lampung')).toThrow();
    expect(() => tenantPrefix(`${T}X`)).toThrow();
    expect(() => keys.agency('PLATFORM', 'A')).toThrow();
  });

  it('keeps the login throttle counters of one source in one partition, under the tenant or the platform', () => {
    const source = '0123456789abcdef';
    expect(keys.loginThrottleSource(T, source)).toEqual({
      pk: `T#${T}#LOGINTHROTTLE#${source}`,
      sk: 'SOURCE',
    });
    expect(keys.loginThrottleAccount(T, source, 'admin')).toEqual({
      pk: keys.loginThrottlePartition(T, source),
      sk: 'USER#admin',
    });
    expect(keys.loginThrottleAccount('PLATFORM', source, 'root').pk).toBe(`PLATFORM#LOGINTHROTTLE#${source}`);
    expect(keys.loginThrottleSource('PLATFORM', source).pk).toBe(
      keys.loginThrottlePartition('PLATFORM', source),
    );
    // The username is only ever in the sort key, after the fixed-length source hash.
    expect(keys.loginThrottleAccount(T, source, 'a#SOURCE').sk).not.toBe('SOURCE');
    expect(() => keys.loginThrottleSource('lampung', source)).toThrow();
  });

  it('normalises agency names for the uniqueness guard', () => {
    expect(keys.agencyName(T, '  Dinas   Pendidikan ').pk).toBe(keys.agencyName(T, 'dinas pendidikan').pk);
    expect(keys.agencyName(T, 'Dinas Kesehatan').pk).not.toBe(keys.agencyName(T, 'Dinas Pendidikan').pk);
  });

  it('sorts the agency marker before every unit of the partition', () => {
    expect(keys.agencyUnitsMarker(T, 'A').sk < keys.unit(T, 'A', '00000000000000000000000000').sk).toBe(true);
  });
});
