import { PLATFORM_TENANT_ID } from '@pamong/core';
import { type Key, tenantPrefix } from './key-prefix';

/**
 * Every key of the table is built here and nowhere else: partition keys, sort keys, GSI keys, and
 * the sort-key prefixes and ranges that Queries use (the `…Prefix` builders; `auditRange`,
 * `retirementRange`, `rankTmtUpTo`, `enrollmentsByEmployeeYear`), so no repository writes a key
 * string of its own, and `keys.test.ts` checks every builder.
 *
 * Tenant partitions start with `T#<tenantId>#` (key-prefix.ts). Platform items start with
 * `PLATFORM#`.
 *
 * Each builder is an export of its own, imported as a namespace (`import * as keys from
 * '@pamong/db/keys'`, or `'./keys'` inside this package): a bundler then keeps only the builders a
 * function calls. As one object, all of them (12.5 KiB) were in every function.
 */
export type { Key };

const t = tenantPrefix;

/** The name part of a name-ordered sort key: trimmed, lower-cased, inner spaces collapsed. */
const normalName = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

// ---- platform (read with the function's own role) ----
export const tenant = (tenantId: string): Key => ({ pk: 'PLATFORM#TENANTS', sk: `TENANT#${tenantId}` });
export const tenantsPartition = () => 'PLATFORM#TENANTS';
/** Slug -> tenant lookup; also the guard that keeps slugs unique. */
export const tenantSlug = (slug: string): Key => ({ pk: `PLATFORM#SLUG#${slug}`, sk: 'SLUG' });
/** What /health reads to see that the table answers; the item need not exist. */
export const health = (): Key => ({ pk: 'PLATFORM#HEALTH', sk: 'HEALTH' });
export const platformLogin = (username: string): Key => ({ pk: `PLATFORM#LOGIN#${username}`, sk: 'LOGIN' });
export const platformUser = (userId: string): Key => ({ pk: `PLATFORM#USER#${userId}`, sk: 'PROFILE' });

// ---- organisation tree: one partition lists the agencies, one partition per agency lists its units ----
export const agenciesPartition = (tenantId: string) => `${t(tenantId)}AGENCIES`;
export const agency = (tenantId: string, agencyId: string): Key => ({
  pk: `${t(tenantId)}AGENCIES`,
  sk: `AGENCY#${agencyId}`,
});
/** Keeps agency names unique in a tenant, whatever their case and spacing. */
export const agencyName = (tenantId: string, name: string): Key => ({
  pk: `${t(tenantId)}AGENCYNAME#${normalName(name)}`,
  sk: 'GUARD',
});
export const unitsPartition = (tenantId: string, agencyId: string) =>
  `${t(tenantId)}AGENCY#${agencyId}#UNITS`;
/** Heads the agency's units partition (`#` sorts before `UNIT#`), so listing units of an unknown
 * agency is a 404 found by the same one Query. */
export const agencyUnitsMarker = (tenantId: string, agencyId: string): Key => ({
  pk: `${t(tenantId)}AGENCY#${agencyId}#UNITS`,
  sk: '#AGENCY',
});
export const unit = (tenantId: string, agencyId: string, unitId: string): Key => ({
  pk: `${t(tenantId)}AGENCY#${agencyId}#UNITS`,
  sk: `UNIT#${unitId}`,
});

// ---- users and logins ----
export const user = (tenantId: string, userId: string): Key => ({
  pk: `${t(tenantId)}USER#${userId}`,
  sk: 'PROFILE',
});
/** The login record holds the credential and is the username's uniqueness guard. */
export const login = (tenantId: string, username: string): Key => ({
  pk: `${t(tenantId)}LOGIN#${username}`,
  sk: 'LOGIN',
});
export const usersByTenant = (tenantId: string) => ({ gsi1pk: `${t(tenantId)}USERS` });
export const usersByAgency = (tenantId: string, agencyId: string) => ({
  gsi2pk: `${t(tenantId)}AGENCY#${agencyId}#USERS`,
});
export const userSort = (name: string, userId: string) => `${name.toLowerCase().slice(0, 60)}#${userId}`;
/**
 * Failed-login counters of the local identity adapter (TTL items), one partition per tenant and
 * source. `sourceHash` is a fixed-length hash of the source address (no `#`), so it cannot run
 * into the username that follows it. The platform's logins count under `PLATFORM#`.
 */
export const loginThrottlePartition = (tenantId: string, sourceHash: string) =>
  `${tenantId === PLATFORM_TENANT_ID ? 'PLATFORM#' : t(tenantId)}LOGINTHROTTLE#${sourceHash}`;
/** Failures from one source across every username of the tenant (password spraying). */
export const loginThrottleSource = (tenantId: string, sourceHash: string): Key => ({
  pk: `${tenantId === PLATFORM_TENANT_ID ? 'PLATFORM#' : t(tenantId)}LOGINTHROTTLE#${sourceHash}`,
  sk: 'SOURCE',
});
/** Failures from one source for one username, whether or not that account exists. */
export const loginThrottleAccount = (tenantId: string, sourceHash: string, username: string): Key => ({
  pk: `${tenantId === PLATFORM_TENANT_ID ? 'PLATFORM#' : t(tenantId)}LOGINTHROTTLE#${sourceHash}`,
  sk: `USER#${username}`,
});

// ---- audit: by entity on the table, by time on gsi1 ----
export const auditByEntity = (tenantId: string, entityType: string, entityId: string) =>
  `${t(tenantId)}AUDIT#${entityType}#${entityId}`;
export const auditByTime = (tenantId: string) => `${t(tenantId)}AUDITLOG`;
export const auditEntry = (
  tenantId: string,
  entityType: string,
  entityId: string,
  at: string,
  id: string,
) => ({
  pk: `${t(tenantId)}AUDIT#${entityType}#${entityId}`,
  sk: `${at}#${id}`,
  gsi1pk: `${t(tenantId)}AUDITLOG`,
  gsi1sk: `${at}#${id}`,
});
/**
 * Sort-key bounds of a date range of audit entries (sort keys are `<iso time>#<ulid>`): from the
 * start of `fromIso` (or the beginning) to the end of `toIso` (or the end).
 */
export const auditRange = (fromIso?: string, toIso?: string): [string, string] => [
  fromIso ?? '0000',
  toIso ? `${toIso}\uffff` : '9999',
];
/** Platform actions (tenant created, suspended) are audited in the platform partition. */
export const platformAuditEntry = (at: string, id: string) => ({
  pk: 'PLATFORM#AUDIT',
  sk: `${at}#${id}`,
});

// ---- surveys (SKM) and IKM counters ----
/** The tenant's survey settings (element order, extra questions, rate limit). */
export const surveySettings = (tenantId: string): Key => ({
  pk: `${t(tenantId)}SURVEY#SETTINGS`,
  sk: 'SETTINGS',
});
/** All survey units of a tenant sit in one partition; gsi1 lists them per agency. */
export const surveyUnitsPartition = (tenantId: string) => `${t(tenantId)}SURVEYUNITS`;
export const surveyUnit = (tenantId: string, unitId: string): Key => ({
  pk: `${t(tenantId)}SURVEYUNITS`,
  sk: `UNIT#${unitId}`,
});
/** Sort-key prefix of the survey units partition's unit items (it holds nothing else today). */
export const surveyUnitPrefix = () => 'UNIT#';
export const surveyUnitsByAgency = (tenantId: string, agencyId: string) => ({
  gsi1pk: `${t(tenantId)}AGENCY#${agencyId}#SURVEYUNITS`,
});
/** gsi1sk of a survey unit: its agency's units by name. */
export const surveyUnitSort = (name: string, unitId: string) =>
  `${name.toLowerCase().slice(0, 60)}#${unitId}`;
/** Short code of the poster's short URL -> unit; also keeps short codes unique in the tenant. */
export const surveyShortCode = (tenantId: string, code: string): Key => ({
  pk: `${t(tenantId)}SURVEYSHORT#${code}`,
  sk: 'GUARD',
});
/** Population of a unit per period (sort key = period id). */
export const surveyPopulation = (tenantId: string, unitId: string, period: string): Key => ({
  pk: `${t(tenantId)}SURVEY#${unitId}#POP`,
  sk: period,
});
export const surveyPopulationPartition = (tenantId: string, unitId: string) =>
  `${t(tenantId)}SURVEY#${unitId}#POP`;
/** Raw responses: one partition per unit and month, so reconciliation reads exactly one month. */
export const surveyResponsesPartition = (tenantId: string, unitId: string, month: string) =>
  `${t(tenantId)}SURVEY#${unitId}#RESP#${month}`;
export const surveyResponse = (tenantId: string, unitId: string, month: string, responseId: string): Key => ({
  pk: `${t(tenantId)}SURVEY#${unitId}#RESP#${month}`,
  sk: `RESP#${responseId}`,
});
export const surveyResponsePrefix = () => 'RESP#';
/** gsi1 of a response with a suggestion: the unit's suggestions by moderation status, newest last. */
export const surveySuggestions = (tenantId: string, unitId: string) => ({
  gsi1pk: `${t(tenantId)}SURVEY#${unitId}#SUGG`,
});
export const surveySuggestionSort = (status: string, responseId: string) => `${status}#${responseId}`;
/** gsi1sk prefix of one moderation status's suggestions. */
export const surveySuggestionStatusPrefix = (status: string) => `${status}#`;
/**
 * IKM counters: one partition per tenant and month, one item per unit, agency and the tenant,
 * so a month's overview is one Query and a unit's period is one BatchGetItem.
 */
export const ikmMonthPartition = (tenantId: string, month: string) => `${t(tenantId)}IKM#${month}`;
export const ikmUnitCounter = (tenantId: string, month: string, unitId: string): Key => ({
  pk: `${t(tenantId)}IKM#${month}`,
  sk: `UNIT#${unitId}`,
});
/** Sort-key prefix of a month's unit counters (leaving out the agency and tenant counters). */
export const ikmUnitCounterPrefix = () => 'UNIT#';
export const ikmAgencyCounter = (tenantId: string, month: string, agencyId: string): Key => ({
  pk: `${t(tenantId)}IKM#${month}`,
  sk: `AGENCY#${agencyId}`,
});
export const ikmTenantCounter = (tenantId: string, month: string): Key => ({
  pk: `${t(tenantId)}IKM#${month}`,
  sk: 'TENANT',
});
/** One-time service codes (kode layanan) of a unit, and the batches they were issued in. */
export const serviceCode = (tenantId: string, unitId: string, code: string): Key => ({
  pk: `${t(tenantId)}SURVEY#${unitId}#CODE#${code}`,
  sk: 'CODE',
});
export const serviceCodeBatchesPartition = (tenantId: string, unitId: string) =>
  `${t(tenantId)}SURVEY#${unitId}#CODEBATCH`;
export const serviceCodeBatch = (tenantId: string, unitId: string, batchId: string): Key => ({
  pk: `${t(tenantId)}SURVEY#${unitId}#CODEBATCH`,
  sk: `BATCH#${batchId}`,
});
/** Fixed-window rate counter per unit, hashed source IP and hour (TTL item). */
export const surveyRate = (tenantId: string, unitId: string, ipHash: string, hour: string): Key => ({
  pk: `${t(tenantId)}RATE#SURVEY#${unitId}#${ipHash}`,
  sk: hour,
});

// ---- personnel: employees, their history and the indexes search reads ----
/** The employee's partition: the profile plus its dated history entries (`HIST#<tmt>#<ulid>`). */
export const employee = (tenantId: string, employeeId: string): Key => ({
  pk: `${t(tenantId)}EMP#${employeeId}`,
  sk: 'PROFILE',
});
export const employeePartition = (tenantId: string, employeeId: string) => `${t(tenantId)}EMP#${employeeId}`;
/** The one account linked to an employee record (guard → userId), in the employee's partition. */
export const employeeAccount = (tenantId: string, employeeId: string): Key => ({
  pk: `${t(tenantId)}EMP#${employeeId}`,
  sk: 'ACCOUNT',
});
export const employeeHistory = (tenantId: string, employeeId: string, tmt: string, id: string): Key => ({
  pk: `${t(tenantId)}EMP#${employeeId}`,
  sk: `HIST#${tmt}#${id}`,
});
export const employeeHistoryPrefix = () => 'HIST#';
/** gsi1: every employee of the tenant by name; gsi2: by agency, by name. */
export const employeesByTenant = (tenantId: string) => ({ gsi1pk: `${t(tenantId)}EMPS` });
export const employeesByAgency = (tenantId: string, agencyId: string) => ({
  gsi2pk: `${t(tenantId)}AGENCY#${agencyId}#EMPS`,
});
/** Name-ordered sort key: the lower-cased name first, so a name prefix is a key condition. */
export const employeeSort = (name: string, employeeId: string) =>
  `${normalName(name).slice(0, 80)}#${employeeId}`;
/** A name prefix as a prefix of `employeeSort` (and of the competency holders' sort keys). */
export const employeeNamePrefix = (namePrefix: string) => normalName(namePrefix);
/** NIP -> employee; also the guard that keeps a NIP unique in the tenant. */
export const nipGuard = (tenantId: string, nip: string): Key => ({
  pk: `${t(tenantId)}NIP#${nip}`,
  sk: 'GUARD',
});
/** One item per employee and competency held, by name: search by competency is one Query. */
export const competencyHoldersPartition = (tenantId: string, code: string) =>
  `${t(tenantId)}COMPHOLDERS#${code}`;
export const competencyHolder = (tenantId: string, code: string, sort: string): Key => ({
  pk: `${t(tenantId)}COMPHOLDERS#${code}`,
  sk: sort,
});
/** One item per active employee by retirement date: upcoming retirements are one range Query. */
export const retirementsPartition = (tenantId: string) => `${t(tenantId)}RETIREMENTS`;
export const retirement = (tenantId: string, retirementDate: string, employeeId: string): Key => ({
  pk: `${t(tenantId)}RETIREMENTS`,
  sk: `${retirementDate}#${employeeId}`,
});
/** Retirement dates from `from` to `to`, both inclusive (`~` sorts after every employee id). */
export const retirementRange = (from: string, to: string): [string, string] => [from, `${to}#~`];
/** One item per PNS by the TMT of their rank: who has 4 years in rank is one range Query. */
export const rankTmtPartition = (tenantId: string) => `${t(tenantId)}RANKTMT`;
export const rankTmt = (tenantId: string, tmtRank: string, employeeId: string): Key => ({
  pk: `${t(tenantId)}RANKTMT`,
  sk: `${tmtRank}#${employeeId}`,
});
/** Every rank TMT up to and including `latest`. */
export const rankTmtUpTo = (latest: string): [string, string] => ['0000', `${latest}#~`];
/** Headcount aggregates, one item per agency: the dashboard is one Query however many employees. */
export const employeeStatsPartition = (tenantId: string) => `${t(tenantId)}EMPSTATS`;
export const employeeStats = (tenantId: string, agencyId: string): Key => ({
  pk: `${t(tenantId)}EMPSTATS`,
  sk: `AGENCY#${agencyId}`,
});
/** Profile corrections an employee proposed; gsi1 lists them per agency and status. */
export const correction = (tenantId: string, correctionId: string): Key => ({
  pk: `${t(tenantId)}CORRECTION#${correctionId}`,
  sk: 'CORRECTION',
});
export const correctionsByAgency = (tenantId: string, agencyId: string) => ({
  gsi1pk: `${t(tenantId)}AGENCY#${agencyId}#CORRECTIONS`,
});
export const correctionsByTenant = (tenantId: string) => ({ gsi2pk: `${t(tenantId)}CORRECTIONS` });
/** gsi1sk and gsi2sk of a correction: by status, then oldest first, so a status is a key prefix. */
export const correctionSort = (status: string, correctionId: string) => `${status}#${correctionId}`;
export const correctionStatusPrefix = (status: string) => `${status}#`;

// ---- positions (penataan jabatan) and the competency catalogue ----
export const positionsPartition = (tenantId: string) => `${t(tenantId)}POSITIONS`;
export const position = (tenantId: string, positionId: string): Key => ({
  pk: `${t(tenantId)}POSITIONS`,
  sk: `POS#${positionId}`,
});
export const positionPrefix = () => 'POS#';
export const positionsByAgency = (tenantId: string, agencyId: string) => ({
  gsi1pk: `${t(tenantId)}AGENCY#${agencyId}#POSITIONS`,
});
/** gsi1sk of a position: an agency's positions by unit, then name. */
export const positionByAgencySort = (unitId: string, name: string, positionId: string) =>
  `${unitId}#${normalName(name).slice(0, 120)}#${positionId}`;
/**
 * gsi2 of a position while it has a free seat (sparse: the attributes are removed when the last
 * seat is taken and written again when one is freed), so "vacant only" is a key condition.
 */
export const vacantPositions = (tenantId: string) => ({ gsi2pk: `${t(tenantId)}VACANTPOSITIONS` });
/** gsi2sk of a vacant position: by agency, then as `positionByAgencySort`. */
export const vacantPositionSort = (agencyId: string, unitId: string, name: string, positionId: string) =>
  `${agencyId}#${unitId}#${normalName(name).slice(0, 120)}#${positionId}`;
/** gsi2sk prefix of one agency's vacant positions. */
export const vacantPositionsOfAgencyPrefix = (agencyId: string) => `${agencyId}#`;
export const competenciesPartition = (tenantId: string) => `${t(tenantId)}COMPETENCIES`;
export const competency = (tenantId: string, code: string): Key => ({
  pk: `${t(tenantId)}COMPETENCIES`,
  sk: `COMP#${code}`,
});
export const competencyPrefix = () => 'COMP#';

// ---- attendance: the tenant's holiday calendar ----
export const holidaysPartition = (tenantId: string) => `${t(tenantId)}HOLIDAYS`;
export const holiday = (tenantId: string, date: string): Key => ({
  pk: `${t(tenantId)}HOLIDAYS`,
  sk: `DAY#${date}`,
});
/** The days of one year (`DAY#YYYY-01-01` … `DAY#YYYY-12-31`). */
export const holidayYear = (year: number): [string, string] => [`DAY#${year}-01-01`, `DAY#${year}-12-31`];
/** The days of one month (`YYYY-MM`). */
export const holidayMonth = (month: string): [string, string] => [`DAY#${month}-01`, `DAY#${month}-31`];

// ---- attendance: settings, work locations, schedules and their assignments ----
export const attendanceSettings = (tenantId: string): Key => ({
  pk: `${t(tenantId)}ATTENDANCE#SETTINGS`,
  sk: 'SETTINGS',
});
/** All work locations of a tenant in one partition (tens to a few hundred): listed whole, filtered by agency. */
export const workLocationsPartition = (tenantId: string) => `${t(tenantId)}WORKLOCATIONS`;
export const workLocation = (tenantId: string, locationId: string): Key => ({
  pk: `${t(tenantId)}WORKLOCATIONS`,
  sk: `LOC#${locationId}`,
});
export const workSchedulesPartition = (tenantId: string) => `${t(tenantId)}WORKSCHEDULES`;
export const workSchedule = (tenantId: string, scheduleId: string): Key => ({
  pk: `${t(tenantId)}WORKSCHEDULES`,
  sk: `SCHED#${scheduleId}`,
});
/** Every schedule assignment of a tenant in one partition (hundreds at most): `UNIT#…` or `EMP#…`, then the start date. */
export const scheduleAssignmentsPartition = (tenantId: string) => `${t(tenantId)}SCHEDASSIGN`;
export const scheduleAssignment = (
  tenantId: string,
  target: 'unit' | 'employee',
  targetId: string,
  fromDate: string,
): Key => ({
  pk: `${t(tenantId)}SCHEDASSIGN`,
  sk: `${target === 'unit' ? 'UNIT' : 'EMP'}#${targetId}#FROM#${fromDate}`,
});
export const scheduleAssignmentPrefix = (target: 'unit' | 'employee', targetId: string) =>
  `${target === 'unit' ? 'UNIT' : 'EMP'}#${targetId}#FROM#`;

// ---- attendance: punches and the per-employee month aggregate ----
/**
 * One item per employee and month in the agency's month partition: the day's first check-in and last
 * check-out as attributes `in_DD`/`out_DD`, kept by each punch, so an agency's recap is one paged
 * Query and an employee's month one GetItem.
 */
export const attendanceMonthPartition = (tenantId: string, agencyId: string, month: string) =>
  `${t(tenantId)}ATTMONTH#${agencyId}#${month}`;
export const attendanceMonth = (
  tenantId: string,
  agencyId: string,
  month: string,
  employeeId: string,
): Key => ({
  pk: `${t(tenantId)}ATTMONTH#${agencyId}#${month}`,
  sk: `EMP#${employeeId}`,
});
/**
 * An off-site duty or izin: by id on the table; gsi1 lists an employee's own, newest first; gsi2
 * an agency's by status, oldest first (the approvals inbox, filtered to a unit for a supervisor).
 */
export const attendanceRequest = (tenantId: string, requestId: string): Key => ({
  pk: `${t(tenantId)}ATTREQ#${requestId}`,
  sk: 'REQUEST',
});
export const attendanceRequestsByEmployee = (tenantId: string, employeeId: string) => ({
  gsi1pk: `${t(tenantId)}EMP#${employeeId}#ATTREQ`,
});
export const attendanceRequestsByAgency = (tenantId: string, agencyId: string) => ({
  gsi2pk: `${t(tenantId)}AGENCY#${agencyId}#ATTREQ`,
});
/** gsi2sk: the status first, so one status is a key prefix. */
export const attendanceRequestStatusSort = (status: string, createdAt: string, requestId: string) =>
  `${status}#${createdAt}#${requestId}`;
export const attendanceRequestStatusPrefix = (status: string) => `${status}#`;
/** A unit's shift roster of a month: one item per shift, by its start date, then the employee. */
export const rosterPartition = (tenantId: string, unitId: string, month: string) =>
  `${t(tenantId)}ROSTER#${unitId}#${month}`;
export const rosterShift = (tenantId: string, unitId: string, date: string, employeeId: string): Key => ({
  pk: `${t(tenantId)}ROSTER#${unitId}#${date.slice(0, 7)}`,
  sk: `${date}#${employeeId}`,
});
/** The shifts starting on the days from `from` to `to` (both `YYYY-MM-DD`, in one month). */
export const rosterDays = (from: string, to: string): [string, string] => [from, `${to}#~`];
/** Whether an agency's month is closed (and its last close or reopening). */
export const attendanceMonthState = (tenantId: string, agencyId: string, month: string): Key => ({
  pk: `${t(tenantId)}ATTCLOSE#${agencyId}`,
  sk: `MONTH#${month}`,
});
/** Every punch as it came in, per employee, in time order (the aggregate's evidence). */
export const punchesPartition = (tenantId: string, employeeId: string) =>
  `${t(tenantId)}PUNCHES#${employeeId}`;
export const punch = (tenantId: string, employeeId: string, at: string, id: string): Key => ({
  pk: `${t(tenantId)}PUNCHES#${employeeId}`,
  sk: `AT#${at}#${id}`,
});

/**
 * An employee's passkeys (WebAuthn credentials), by credential id; a handful per employee, read
 * whole at each check-in while the tenant's policy is not `off`.
 */
export const passkeysPartition = (tenantId: string, employeeId: string) =>
  `${t(tenantId)}PASSKEYS#${employeeId}`;
export const passkey = (tenantId: string, employeeId: string, credentialId: string): Key => ({
  pk: `${t(tenantId)}PASSKEYS#${employeeId}`,
  sk: `CRED#${credentialId}`,
});
/**
 * How many passkeys an employee holds (`count`), kept in each registration's and removal's
 * transaction: check-in reads it with the employee record in one BatchGetItem, so an employee
 * without passkeys costs no Query.
 */
export const passkeySummary = (tenantId: string, employeeId: string): Key => ({
  pk: `${t(tenantId)}PASSKEYS#${employeeId}`,
  sk: 'SUMMARY',
});
/** The pending WebAuthn challenge of an employee for one purpose (single-use, expires). */
export const passkeyChallenge = (
  tenantId: string,
  employeeId: string,
  purpose: 'register' | 'check-in',
): Key => ({
  pk: `${t(tenantId)}PASSKEYS#${employeeId}`,
  sk: `CHALLENGE#${purpose}`,
});

// ---- leave (cuti) ----
/**
 * A leave request by id; gsi1 lists an employee's own by start date; gsi2 an agency's by status,
 * oldest first (the approvers' inboxes and the admins' list).
 */
export const leaveRequest = (tenantId: string, requestId: string): Key => ({
  pk: `${t(tenantId)}LEAVE#${requestId}`,
  sk: 'REQUEST',
});
export const leaveRequestsByEmployee = (tenantId: string, employeeId: string) => ({
  gsi1pk: `${t(tenantId)}EMP#${employeeId}#LEAVE`,
});
export const leaveRequestsByAgency = (tenantId: string, agencyId: string) => ({
  gsi2pk: `${t(tenantId)}AGENCY#${agencyId}#LEAVE`,
});
export const leaveRequestStatusSort = (status: string, createdAt: string, requestId: string) =>
  `${status}#${createdAt}#${requestId}`;
export const leaveRequestStatusPrefix = (status: string) => `${status}#`;
/**
 * The calendar days an employee's leave holds in a month, in one item per employee and month
 * (`days`, a string set, and one `r_<requestId>` entry per request). A request adds its days on
 * the condition that none is held yet, so two requests never overlap, even sent at once. The
 * tenant's month partition is also the leave calendar and what a holiday change recounts.
 */
export const leaveDaysPartition = (tenantId: string, month: string) => `${t(tenantId)}LEAVEDAYS#${month}`;
export const leaveDays = (tenantId: string, month: string, employeeId: string): Key => ({
  pk: `${t(tenantId)}LEAVEDAYS#${month}`,
  sk: `EMP#${employeeId}`,
});
/**
 * An employee's annual-leave balance of a year (granted buckets and the held days, which a
 * reservation raises under the condition that the total stays within the grant) and its
 * append-only ledger. gsi1 lists a year's balances, for the PPPK cuti bersama recount.
 */
export const leaveBalancePartition = (tenantId: string, employeeId: string) =>
  `${t(tenantId)}LEAVEBAL#${employeeId}`;
export const leaveBalance = (tenantId: string, employeeId: string, year: number): Key => ({
  pk: `${t(tenantId)}LEAVEBAL#${employeeId}`,
  sk: `YEAR#${year}`,
});
export const leaveBalancesOfYear = (tenantId: string, year: number) => ({
  gsi1pk: `${t(tenantId)}LEAVEBALS#${year}`,
});
export const leaveLedgerEntry = (
  tenantId: string,
  employeeId: string,
  year: number,
  at: string,
  id: string,
): Key => ({
  pk: `${t(tenantId)}LEAVEBAL#${employeeId}`,
  sk: `LEDGER#${year}#${at}#${id}`,
});
export const leaveLedgerPrefix = (year: number) => `LEDGER#${year}#`;
/** Plt/Plh delegations of approval: one tenant partition, read whole (a tenant has tens). */
export const approvalDelegationsPartition = (tenantId: string) => `${t(tenantId)}DELEGATIONS`;
export const approvalDelegation = (tenantId: string, delegationId: string): Key => ({
  pk: `${t(tenantId)}DELEGATIONS`,
  sk: `DLG#${delegationId}`,
});

// ---- training, enrolments and JP ----
export const trainingsPartition = (tenantId: string) => `${t(tenantId)}TRAININGS`;
export const training = (tenantId: string, trainingId: string): Key => ({
  pk: `${t(tenantId)}TRAININGS`,
  sk: `TRAINING#${trainingId}`,
});
export const trainingPrefix = () => 'TRAINING#';
/** Enrolments sit in the training's partition; gsi1 lists an employee's enrolments. */
export const enrollmentsPartition = (tenantId: string, trainingId: string) =>
  `${t(tenantId)}TRAINING#${trainingId}`;
export const enrollment = (tenantId: string, trainingId: string, employeeId: string): Key => ({
  pk: `${t(tenantId)}TRAINING#${trainingId}`,
  sk: `ENROLL#${employeeId}`,
});
export const enrollmentPrefix = () => 'ENROLL#';
export const enrollmentsByEmployee = (tenantId: string, employeeId: string) => ({
  gsi1pk: `${t(tenantId)}EMP#${employeeId}#TRAININGS`,
});
/** gsi1sk of an enrolment: the employee's trainings by end date. */
export const enrollmentByEmployeeSort = (endDate: string, trainingId: string) => `${endDate}#${trainingId}`;
/** gsi1sk bounds of the trainings ending in a year. */
export const enrollmentsByEmployeeYear = (year: number): [string, string] => [
  `${year}-01-01`,
  `${year}-12-31~`,
];
/**
 * Yearly JP total of an employee (ADDed on completion), read by GetItem (an employee's year) or
 * BatchGetItem (the JP shortfall's page of employees). It has no GSI.
 */
export const jpTotal = (tenantId: string, year: number, employeeId: string): Key => ({
  pk: `${t(tenantId)}JP#${year}`,
  sk: `EMP#${employeeId}`,
});
export const jpYearPartition = (tenantId: string, year: number) => `${t(tenantId)}JP#${year}`;

// ---- mentoring ----
export const mentorsPartition = (tenantId: string) => `${t(tenantId)}MENTORS`;
export const mentor = (tenantId: string, employeeId: string): Key => ({
  pk: `${t(tenantId)}MENTORS`,
  sk: `MENTOR#${employeeId}`,
});
export const mentorPrefix = () => 'MENTOR#';
export const mentorship = (tenantId: string, mentorshipId: string): Key => ({
  pk: `${t(tenantId)}MENTORSHIP#${mentorshipId}`,
  sk: 'MENTORSHIP',
});
export const mentorshipCheckIn = (tenantId: string, mentorshipId: string, date: string, id: string): Key => ({
  pk: `${t(tenantId)}MENTORSHIP#${mentorshipId}`,
  sk: `CHECKIN#${date}#${id}`,
});
export const mentorshipCheckInPrefix = () => 'CHECKIN#';
/** gsi1sk (by mentor, by mentee) and gsi2sk (the tenant's) of a mentorship: by start date. */
export const mentorshipSort = (startDate: string, mentorshipId: string) => `${startDate}#${mentorshipId}`;
export const mentorshipsByMentor = (tenantId: string, mentorEmployeeId: string) => ({
  gsi1pk: `${t(tenantId)}MENTOR#${mentorEmployeeId}#MENTEES`,
});
export const mentorshipsByTenant = (tenantId: string) => ({ gsi2pk: `${t(tenantId)}MENTORSHIPS` });
/** A copy of the mentorship in its own partition, indexed by mentee: a mentee lists theirs in one Query. */
export const mentorshipMenteeCopy = (tenantId: string, mentorshipId: string): Key => ({
  pk: `${t(tenantId)}MENTORSHIP#${mentorshipId}`,
  sk: 'MENTEE',
});
export const mentorshipsByMentee = (tenantId: string, menteeEmployeeId: string) => ({
  gsi1pk: `${t(tenantId)}MENTEE#${menteeEmployeeId}#MENTORS`,
});

// ---- employee import jobs ----
export const importJobsPartition = (tenantId: string) => `${t(tenantId)}IMPORTS`;
export const importJob = (tenantId: string, jobId: string): Key => ({
  pk: `${t(tenantId)}IMPORTS`,
  sk: `JOB#${jobId}`,
});
export const importJobPrefix = () => 'JOB#';

// ---- performance (issue 14): SKP, assessments, organisation ratings, 360 ----
/** The tenant's performance settings (matrix, distribution table, mappings, minimum raters). */
export const performanceSettings = (tenantId: string): Key => ({
  pk: `${t(tenantId)}PERFORMANCE#SETTINGS`,
  sk: 'SETTINGS',
});
/** One SKP: the plan item; its realisations, feedback notes and assessments share the partition. */
export const skpPartition = (tenantId: string, skpId: string) => `${t(tenantId)}SKP#${skpId}`;
export const skp = (tenantId: string, skpId: string): Key => ({
  pk: `${t(tenantId)}SKP#${skpId}`,
  sk: 'SKP',
});
/** The guard that keeps one SKP per employee and annual period; it holds the SKP's id. */
export const skpOwner = (
  tenantId: string,
  employeeId: string,
  period: { start: string; end: string },
): Key => ({
  pk: `${t(tenantId)}SKPOWNER#${employeeId}`,
  sk: `PERIOD#${period.start}_${period.end}`,
});
export const skpOwnerPartition = (tenantId: string, employeeId: string) =>
  `${t(tenantId)}SKPOWNER#${employeeId}`;
export const skpOwnerPrefix = () => 'PERIOD#';
/** gsi1 on the SKP item: the appraiser's team for a period (the assessment screen). */
export const skpsByAppraiser = (tenantId: string, appraiserId: string) => ({
  gsi1pk: `${t(tenantId)}SKPAPPRAISER#${appraiserId}`,
});
export const skpAppraiserSort = (
  period: { start: string; end: string },
  employeeName: string,
  skpId: string,
) => `${period.start}_${period.end}#${normalName(employeeName)}#${skpId}`;
export const skpAppraiserPrefix = (period: { start: string; end: string }) =>
  `${period.start}_${period.end}#`;
/** gsi2 on the SKP item: an agency's SKPs of a period, by unit (admin lists, finalisation). */
export const skpsByAgency = (tenantId: string, agencyId: string, period: { start: string; end: string }) => ({
  gsi2pk: `${t(tenantId)}SKPAGENCY#${agencyId}#${period.start}_${period.end}`,
});
export const skpAgencySort = (unitId: string, employeeId: string) => `${unitId}#${employeeId}`;
export const skpAgencyUnitPrefix = (unitId: string) => `${unitId}#`;
/** A realisation: one per item and assessment period, replaced when recorded again. */
export const skpRealisation = (
  tenantId: string,
  skpId: string,
  period: { start: string; end: string },
  itemId: string,
): Key => ({
  pk: `${t(tenantId)}SKP#${skpId}`,
  sk: `REAL#${period.start}_${period.end}#${itemId}`,
});
export const skpRealisationPrefix = () => 'REAL#';
/**
 * A document that a realisation names as evidence: what its bytes were found to be on recording,
 * and which realisation names it (one only). Its bytes are in the documents store under
 * `skpEvidenceKey`.
 */
export const skpDocument = (tenantId: string, skpId: string, documentId: string): Key => ({
  pk: `${t(tenantId)}SKP#${skpId}`,
  sk: `DOC#${documentId}`,
});
/** A dated feedback note of the appraiser (umpan balik berkelanjutan). */
export const skpFeedbackNote = (tenantId: string, skpId: string, date: string, noteId: string): Key => ({
  pk: `${t(tenantId)}SKP#${skpId}`,
  sk: `NOTE#${date}#${noteId}`,
});
export const skpFeedbackNotePrefix = () => 'NOTE#';
/** An assessment of one SKP for one assessment period. */
export const skpAssessment = (
  tenantId: string,
  skpId: string,
  period: { start: string; end: string },
): Key => ({
  pk: `${t(tenantId)}SKP#${skpId}`,
  sk: `ASSESS#${period.start}_${period.end}`,
});
export const skpAssessmentPrefix = () => 'ASSESS#';
/** gsi2 on an assessment: an agency's assessments of a period, by unit and employee. */
export const assessmentsByAgency = (
  tenantId: string,
  agencyId: string,
  period: { start: string; end: string },
) => ({
  gsi2pk: `${t(tenantId)}ASSESSMENTS#${agencyId}#${period.start}_${period.end}`,
});
/**
 * Per organisation (an agency or a unit) and period: the count of assessments per predikat,
 * added to in each assessment's transaction, so the caps are checked on one item; and the
 * finalisation, whose presence closes the organisation's assessments of the period.
 */
export const assessmentTally = (
  tenantId: string,
  kind: 'agency' | 'unit',
  orgId: string,
  period: { start: string; end: string },
): Key => ({
  pk: `${t(tenantId)}ASSESSTALLY#${period.start}_${period.end}`,
  sk: `${kind.toUpperCase()}#${orgId}`,
});
export const assessmentFinalisation = (
  tenantId: string,
  kind: 'agency' | 'unit',
  orgId: string,
  period: { start: string; end: string },
): Key => ({
  pk: `${t(tenantId)}ASSESSFINAL#${period.start}_${period.end}`,
  sk: `${kind.toUpperCase()}#${orgId}`,
});
/** An organisation's rating for a period (rateOrganisation). */
export const orgRating = (
  tenantId: string,
  kind: 'agency' | 'unit',
  orgId: string,
  period: { start: string; end: string },
): Key => ({
  pk: `${t(tenantId)}ORGRATING#${period.start}_${period.end}`,
  sk: `${kind.toUpperCase()}#${orgId}`,
});
export const orgRatingsPartition = (tenantId: string, period: { start: string; end: string }) =>
  `${t(tenantId)}ORGRATING#${period.start}_${period.end}`;
/**
 * The follow-up of an agency's annual predikats of a year (issue 14 §4): one item per employee and
 * kind, holding what was done about it (a coaching plan with its check-ins; a discipline referral
 * and its outcome). The register reads the partition whole beside the year's assessments.
 */
export const followUpPartition = (tenantId: string, agencyId: string, year: number) =>
  `${t(tenantId)}FOLLOWUP#${agencyId}#${year}`;
export const followUp = (
  tenantId: string,
  agencyId: string,
  year: number,
  kind: string,
  employeeId: string,
): Key => ({
  pk: `${t(tenantId)}FOLLOWUP#${agencyId}#${year}`,
  sk: `${kind.toUpperCase()}#${employeeId}`,
});
/** A 360 round: the round item; the answers and the raters' markers share its partition. */
export const feedbackRoundPartition = (tenantId: string, roundId: string) =>
  `${t(tenantId)}FBROUND#${roundId}`;
export const feedbackRound = (tenantId: string, roundId: string): Key => ({
  pk: `${t(tenantId)}FBROUND#${roundId}`,
  sk: 'ROUND',
});
/** gsi1 on the round item: an agency's rounds, newest period first by the caller's sort. */
export const feedbackRoundsByAgency = (tenantId: string, agencyId: string) => ({
  gsi1pk: `${t(tenantId)}FBROUNDS#${agencyId}`,
});
/**
 * An answer: scores and comment with the rater's relation group, no rater id and no time finer
 * than the round's day; its sort key is random (not a ULID), so its order says nothing of when.
 */
export const feedbackAnswer = (tenantId: string, roundId: string, answerId: string): Key => ({
  pk: `${t(tenantId)}FBROUND#${roundId}`,
  sk: `ANSWER#${answerId}`,
});
export const feedbackAnswerPrefix = () => 'ANSWER#';
/** A rater's assignment to a round (their "to fill" list); `answered` is set when they answer. */
export const feedbackAssignment = (tenantId: string, raterId: string, roundId: string): Key => ({
  pk: `${t(tenantId)}FBRATER#${raterId}`,
  sk: `ROUND#${roundId}`,
});
export const feedbackAssignmentsPartition = (tenantId: string, raterId: string) =>
  `${t(tenantId)}FBRATER#${raterId}`;
export const feedbackAssignmentPrefix = () => 'ROUND#';

// ---- e-recruitment (issue 12): rounds and their formasi ----
/** A selection round's partition: the round item, then its formasi (`FORMATION#`). */
export const recruitmentRoundPartition = (tenantId: string, roundId: string) =>
  `${t(tenantId)}RROUND#${roundId}`;
export const recruitmentRound = (tenantId: string, roundId: string): Key => ({
  pk: `${t(tenantId)}RROUND#${roundId}`,
  sk: 'ROUND',
});
/** gsi1 on every round item: the tenant's rounds, by id (a ULID: newest first when read backwards). */
export const recruitmentRounds = (tenantId: string) => ({ gsi1pk: `${t(tenantId)}RROUNDS` });
/**
 * gsi2 on a published round only (sparse): the careers page's rounds, by local registration
 * opening then id (`recruitmentPublishedSort`), read backwards for the newest first.
 */
export const publishedRecruitmentRounds = (tenantId: string) => ({
  gsi2pk: `${t(tenantId)}RROUNDS#PUBLISHED`,
});
export const recruitmentPublishedSort = (registrationOpensAt: string, roundId: string) =>
  `${registrationOpensAt}#${roundId}`;
export const formation = (tenantId: string, roundId: string, formationId: string): Key => ({
  pk: `${t(tenantId)}RROUND#${roundId}`,
  sk: `FORMATION#${formationId}`,
});
export const formationPrefix = () => 'FORMATION#';
/** Keeps round codes (the registration numbers' prefix) unique in a tenant. */
export const recruitmentRoundCodesPartition = (tenantId: string) => `${t(tenantId)}RROUNDCODES`;
export const recruitmentRoundCode = (tenantId: string, code: string): Key => ({
  pk: `${t(tenantId)}RROUNDCODES`,
  sk: `CODE#${code}`,
});
/** The sort-key prefix of the codes that start with `stem` (a kind and year: `CPNS26`). */
export const recruitmentRoundCodePrefix = (stem: string) => `CODE#${stem}`;

// ---- e-recruitment: applicants and their applications ----
/**
 * An applicant's partition: the profile (`PROFILE`) and one guard per round they applied in
 * (`ROUND#<roundId>`, holding the application id): one application per applicant per round. The
 * applicant's account is `keys.user` (role `applicant`) and the login record `keys.login(t, nik)`.
 */
export const applicantPartition = (tenantId: string, applicantId: string) =>
  `${t(tenantId)}APPLICANT#${applicantId}`;
export const applicant = (tenantId: string, applicantId: string): Key => ({
  pk: `${t(tenantId)}APPLICANT#${applicantId}`,
  sk: 'PROFILE',
});
export const applicantRoundGuard = (tenantId: string, applicantId: string, roundId: string): Key => ({
  pk: `${t(tenantId)}APPLICANT#${applicantId}`,
  sk: `ROUND#${roundId}`,
});
/** The local adapter's email verification code of a NIK (hashed, with expiry and tries). */
export const applicantEmailCode = (tenantId: string, nik: string): Key => ({
  pk: `${t(tenantId)}LOGIN#${nik}`,
  sk: 'EMAILCODE',
});
/** Registration attempts from one source in one hour (hashed address), like the survey's. */
export const applicantRegistrationRate = (tenantId: string, sourceHash: string, hour: string): Key => ({
  pk: `${t(tenantId)}APPLICANTRATE#${sourceHash}`,
  sk: `HOUR#${hour}`,
});
/** An application's partition: the application (`APPLICATION`) and its uploads (`DOC#<id>`). */
export const applicationPartition = (tenantId: string, applicationId: string) =>
  `${t(tenantId)}RAPP#${applicationId}`;
export const application = (tenantId: string, applicationId: string): Key => ({
  pk: `${t(tenantId)}RAPP#${applicationId}`,
  sk: 'APPLICATION',
});
export const applicationDocument = (tenantId: string, applicationId: string, documentId: string): Key => ({
  pk: `${t(tenantId)}RAPP#${applicationId}`,
  sk: `DOC#${documentId}`,
});
/**
 * gsi1 on a submitted application (sparse: drafts are the applicant's own): a round's
 * applications for staff, by agency, formasi and id
 * (`applicationsOfRoundSort`), so an agency admin's and a formasi's are one `begins_with`.
 */
export const applicationsOfRound = (tenantId: string, roundId: string) => ({
  gsi1pk: `${t(tenantId)}RROUND#${roundId}#APPS`,
});
export const applicationsOfRoundSort = (agencyId: string, formationId: string, applicationId: string) =>
  `${agencyId}#${formationId}#${applicationId}`;
/** gsi2 on every application: the applicant's own, newest first when read backwards. */
export const applicationsOfApplicant = (tenantId: string, applicantId: string) => ({
  gsi2pk: `${t(tenantId)}APPLICANT#${applicantId}#APPS`,
});
/** The registration numbers handed out in a round (`ADD` on submit). */
export const registrationSequence = (tenantId: string, roundId: string): Key => ({
  pk: `${t(tenantId)}RROUND#${roundId}`,
  sk: 'REGSEQ',
});
/** A registration number, for the proof check: it names the application. */
export const registrationNumber = (tenantId: string, registrationNumber: string): Key => ({
  pk: `${t(tenantId)}RREGNO#${registrationNumber}`,
  sk: 'REGNO',
});
/** An announcement version (immutable): its results snapshot, hash and previous hash. */
export const announcement = (tenantId: string, announcementId: string): Key => ({
  pk: `${t(tenantId)}RANN#${announcementId}`,
  sk: 'ANNOUNCEMENT',
});
/** gsi1 on every announcement: a round's versions by publication time. */
export const announcementsOfRound = (tenantId: string, roundId: string) => ({
  gsi1pk: `${t(tenantId)}RROUND#${roundId}#ANNS`,
});
export const announcementsOfRoundSort = (publishedAt: string, announcementId: string) =>
  `${publishedAt}#${announcementId}`;
/**
 * The head of the round's announcement chain, in the round's partition: the last version (every
 * stage and correction of the round is one chain), its hash and id.
 */
export const announcementHead = (tenantId: string, roundId: string): Key => ({
  pk: `${t(tenantId)}RROUND#${roundId}`,
  sk: 'ANNHEAD',
});
/** The tenant's recruitment settings (the registration rate per source). */
export const recruitmentSettings = (tenantId: string): Key => ({
  pk: `${t(tenantId)}RSETTINGS`,
  sk: 'SETTINGS',
});
/** The tenant's key for signing registration proofs (made on first use). */
export const registrationProofKey = (tenantId: string): Key => ({ pk: `${t(tenantId)}RPROOFKEY`, sk: 'KEY' });
/**
 * A round's exam score import jobs (importExamScores): a partition per round, newest first by
 * ULID (`JOB#<jobId>`, as the employee import's jobs).
 */
export const examScoreJobsPartition = (tenantId: string, roundId: string) =>
  `${t(tenantId)}RROUND#${roundId}#SCOREJOBS`;
export const examScoreJob = (tenantId: string, roundId: string, jobId: string): Key => ({
  pk: `${t(tenantId)}RROUND#${roundId}#SCOREJOBS`,
  sk: `JOB#${jobId}`,
});

// ---- idempotency records (TTL) ----
export const idempotency = (tenantId: string, scope: string, key: string): Key => ({
  pk:
    tenantId === PLATFORM_TENANT_ID
      ? `PLATFORM#IDEMP#${scope}#${key}`
      : `${t(tenantId)}IDEMP#${scope}#${key}`,
  sk: 'IDEMP',
});
