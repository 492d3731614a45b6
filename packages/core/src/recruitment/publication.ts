import { AppError, conflict, type FieldError } from '../errors';
import { type Instant, instantMs, zonedInstant } from './calendar';

/**
 * What publishing a round means (issue 12 §4: "A round is published explicitly"). Before, a round
 * and its formasi are a draft only staff see. Once published, the round is on the public careers
 * page and applicants rely on what it says, so:
 * - the selection rules are fixed: the registration-number code, the reference date for the maximum
 *   age, and every per-round setting (SKD subtests and passing grades, weights, SKB components, SKB
 *   multiplier, objection and decision days). A change would alter the outcome for people who have
 *   already applied under the old rule;
 * - registration may open later while it has not opened yet, and may be extended, but never closes
 *   earlier than announced once it is open (someone planning to apply on the last day would be cut
 *   off);
 * - formasi are added and their requirements changed until registration opens; after that only
 *   the number of openings may change (BKN adjusts allocations; the requirements an applicant was
 *   checked against stay).
 * - once the administration result is announced, registration is over for good: its close may not
 *   move at all (an extension would let in applications that are never screened).
 * The name and the later schedule phases stay editable: they are announced plans.
 * Pure; the service applies these on what it read and writes with a condition on the same state.
 */

export const REGISTRATION_STATUSES = ['upcoming', 'open', 'closed'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** A round's registration, in the tenant's wall-clock time (`YYYY-MM-DDTHH:mm`). */
export interface LocalRegistration {
  registrationOpensAt: string;
  registrationClosesAt: string;
}

/** Registration runs on [opensAt, closesAt) in the tenant's time zone. */
export function registrationStatus(
  round: LocalRegistration,
  now: Instant,
  timeZone: string,
): RegistrationStatus {
  const t = instantMs(now);
  if (t < Date.parse(zonedInstant(round.registrationOpensAt, timeZone))) return 'upcoming';
  if (t < Date.parse(zonedInstant(round.registrationClosesAt, timeZone))) return 'open';
  return 'closed';
}

/** Fields of a round that are fixed once it is published (see above). */
export const FIXED_WHEN_PUBLISHED = [
  'code',
  'referenceDate',
  'skdSubtests',
  'passingGrades',
  'skdWeight',
  'skbWeight',
  'skbComponents',
  'skbComponentCaps',
  'skbMultiplier',
  'objectionDays',
  'objectionDecisionDays',
] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const refusal = (detail: string, errors: FieldError[]) =>
  new AppError(409, 'conflict', 'Conflict', detail, errors);

/**
 * Whether a change to a round may be made. `before` is the stored round, `after` the round with the
 * change applied (both local times). `announced` says whether any stage has been announced. Throws
 * 409 naming each field that may not change; a draft changes freely.
 */
export function assertRoundChangeAllowed<T extends LocalRegistration>(
  before: T & { published: boolean },
  after: T,
  now: Instant,
  timeZone: string,
  announced = false,
): void {
  if (!before.published) return;
  const errors: FieldError[] = [];
  const field = (r: T, f: string) => (r as unknown as Record<string, unknown>)[f];
  for (const f of FIXED_WHEN_PUBLISHED)
    if (!same(field(before, f), field(after, f)))
      errors.push({ path: f, message: 'is fixed once the round is published' });
  const status = registrationStatus(before, now, timeZone);
  if (status !== 'upcoming' && after.registrationOpensAt !== before.registrationOpensAt)
    errors.push({ path: 'registrationOpensAt', message: 'registration has already opened' });
  if (status === 'upcoming' && after.registrationOpensAt !== before.registrationOpensAt) {
    // Moved while upcoming: it cannot be moved into the past (it would open without notice).
    if (Date.parse(zonedInstant(after.registrationOpensAt, timeZone)) <= instantMs(now))
      errors.push({ path: 'registrationOpensAt', message: 'must be in the future for a published round' });
  }
  if (announced && after.registrationClosesAt !== before.registrationClosesAt)
    errors.push({
      path: 'registrationClosesAt',
      message: 'is fixed once the administration result is announced',
    });
  else if (status !== 'upcoming' && after.registrationClosesAt < before.registrationClosesAt)
    errors.push({
      path: 'registrationClosesAt',
      message: `may be extended but not brought forward from ${before.registrationClosesAt} once registration has opened`,
    });
  if (errors.length) throw refusal('The round is published: applicants rely on what it announced.', errors);
}

/** Whether a round may be published now: once, with at least one formasi, before registration closes. */
export function assertCanPublish(
  round: LocalRegistration & { published: boolean; formationCount: number },
  now: Instant,
  timeZone: string,
): void {
  if (round.published) throw conflict('The round is already published.');
  if (round.formationCount < 1) throw conflict('A round needs at least one formasi to be published.');
  if (registrationStatus(round, now, timeZone) === 'closed')
    throw conflict('Registration of this round has already closed; it cannot be published.');
}

/** Formasi fields an applicant is checked against: fixed once registration of a published round opens. */
export const FORMATION_FIXED_WHEN_OPEN = [
  'positionId',
  'unitId',
  'track',
  'educationRequirements',
  'minIpk',
  'maxAge',
  'requiredDocuments',
] as const;

/** Whether formasi may still be added to a round: until registration of a published round opens. */
export function assertCanAddFormation(
  round: LocalRegistration & { published: boolean },
  now: Instant,
  timeZone: string,
): void {
  if (round.published && registrationStatus(round, now, timeZone) !== 'upcoming')
    throw conflict('Registration of this round has opened: no formasi can be added.');
}

/** Whether a change to a formasi may be made (see the top of this file); throws 409 naming fields. */
export function assertFormationChangeAllowed<T extends object>(
  round: LocalRegistration & { published: boolean },
  before: T,
  after: T,
  now: Instant,
  timeZone: string,
): void {
  if (!round.published || registrationStatus(round, now, timeZone) === 'upcoming') return;
  const field = (r: T, f: string) => (r as unknown as Record<string, unknown>)[f];
  const errors = FORMATION_FIXED_WHEN_OPEN.filter((f) => !same(field(before, f), field(after, f))).map(
    (f) => ({
      path: f,
      message: 'is fixed once registration has opened; only openings may change',
    }),
  );
  if (errors.length)
    throw refusal('Registration of this round has opened: applicants rely on these requirements.', errors);
}
