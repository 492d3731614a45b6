import { conflict, type FieldError, validationError } from '../errors';
import { type Instant, instantMs, localDateTime, objectionWindow, windowPosition } from './calendar';
import { type AnnouncementStage, OBJECTION_STAGES, type ObjectionStage } from './round';

/**
 * The application lifecycle as a pure state machine (issue 12 §3-4, ASN-RULES §7). The service
 * loads the application and the round, applies one event and writes the new state with the event as
 * an audited transition. Every refusal is a 409 naming the reason, or a 400 for malformed input.
 *
 *   DRAFT --submit--> SUBMITTED --screen--> MS | TMS
 *   MS/TMS --screen--> MS/TMS              until the ADMINISTRATION announcement ("reversible until
 *                                           the announcement")
 *   TMS --object(ADMINISTRATION)--> objection pending        within the window, once
 *   pending --decide(accepted)--> MS; --decide(rejected)--> stays TMS
 *   MS/TMS --correct--> TMS/MS             after the ADMINISTRATION announcement and before the
 *                                           ADMINISTRATION_AFTER_OBJECTION one
 *
 * Objections also follow the SKD and SKB announcements (an applicant who failed that stage may
 * object once). Deciding those records the answer only: a corrected score goes through the score
 * import and the ranking again.
 */

export const APPLICATION_STATUSES = ['DRAFT', 'SUBMITTED', 'MS', 'TMS'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export type ScreeningResult = 'MS' | 'TMS';

export interface ScreeningReason {
  /** The requirement not met (a required document type, `education`, `maxAge`, …). */
  requirement: string;
  note: string;
  /**
   * The verifier's finding that the fault is the applicant's own (a wrong or unreadable upload, say).
   * The masa sanggah is only for errors that were not the applicant's (ASN-RULES §7), so such a
   * reason cannot be disputed.
   */
  applicantError?: boolean;
}

export interface ObjectionDecision {
  accepted: boolean;
  note: string;
  decidedAt: string;
}

export interface Objection {
  stage: ObjectionStage;
  filedAt: string;
  note: string;
  /** The requirements (TMS reasons) disputed; for the exam stages, what is disputed in free text. */
  disputed: string[];
  decision: ObjectionDecision | null;
}

export interface ApplicationState {
  status: ApplicationStatus;
  submittedAt: string | null;
  /** The TMS reasons; empty unless TMS. */
  reasons: ScreeningReason[];
  objections: Objection[];
  /** Whether the applicant passed each exam stage, as the ranking found (for exam objections). */
  examPassed?: Partial<Record<'SKD' | 'SKB', boolean>>;
}

/** What the lifecycle needs of the round. */
export interface RoundClock {
  timeZone: string;
  objectionDays: number;
  objectionDecisionDays: number;
  /** Instants; registration is open on [opensAt, closesAt). */
  registrationOpensAt: Instant;
  registrationClosesAt: Instant;
  /** The instant of the first version of each stage announced so far. */
  announcedAt: Partial<Record<AnnouncementStage, Instant>>;
}

export type ApplicationEvent =
  | { type: 'submit'; at: Instant }
  | { type: 'screen'; at: Instant; result: ScreeningResult; reasons: ScreeningReason[] }
  | {
      type: 'object';
      at: Instant;
      stage: ObjectionStage;
      note: string;
      disputed: string[];
      /** Documents sent with the objection: always refused, no document is replaced (ASN-RULES §7). */
      documents?: readonly unknown[];
    }
  | { type: 'decide'; at: Instant; stage: ObjectionStage; accepted: boolean; note: string }
  | { type: 'correct'; at: Instant; result: ScreeningResult; reasons: ScreeningReason[]; note: string };

export const newApplication = (): ApplicationState => ({
  status: 'DRAFT',
  submittedAt: null,
  reasons: [],
  objections: [],
});

const iso = (at: Instant) => new Date(instantMs(at)).toISOString();

function checkResult(result: ScreeningResult, reasons: ScreeningReason[]): void {
  const errors: FieldError[] = [];
  if (result === 'TMS' && reasons.length === 0)
    errors.push({ path: 'reasons', message: 'a TMS result needs at least one reason' });
  if (result === 'MS' && reasons.length > 0)
    errors.push({ path: 'reasons', message: 'an MS result has no reasons' });
  reasons.forEach((r, i) => {
    if (!r.requirement.trim()) errors.push({ path: `reasons.${i}.requirement`, message: 'is required' });
    if (!r.note.trim()) errors.push({ path: `reasons.${i}.note`, message: 'is required' });
  });
  if (errors.length) throw validationError(errors);
}

function requireNote(note: string): void {
  if (!note.trim()) throw validationError([{ path: 'note', message: 'is required' }]);
}

/** Applies one event; returns the new state (the input is never changed) or throws an AppError. */
export function applyApplicationEvent(
  state: ApplicationState,
  event: ApplicationEvent,
  round: RoundClock,
): ApplicationState {
  const tz = round.timeZone;
  switch (event.type) {
    case 'submit': {
      if (state.status !== 'DRAFT') throw conflict('The application is already submitted and is read-only.');
      const t = instantMs(event.at);
      if (t < instantMs(round.registrationOpensAt))
        throw conflict(`Registration opens at ${localDateTime(round.registrationOpensAt, tz)} local time.`);
      if (t >= instantMs(round.registrationClosesAt))
        throw conflict(`Registration closed at ${localDateTime(round.registrationClosesAt, tz)} local time.`);
      return { ...state, status: 'SUBMITTED', submittedAt: iso(event.at) };
    }

    case 'screen': {
      if (state.status === 'DRAFT') throw conflict('A draft cannot be screened; it has not been submitted.');
      if (round.announcedAt.ADMINISTRATION !== undefined)
        throw conflict(
          'The administration result is announced; it changes now only through an objection decision or a correction before the after-objection announcement.',
        );
      checkResult(event.result, event.reasons);
      return { ...state, status: event.result, reasons: event.result === 'TMS' ? [...event.reasons] : [] };
    }

    case 'object': {
      if (!(OBJECTION_STAGES as readonly string[]).includes(event.stage))
        throw validationError([{ path: 'stage', message: `must be one of ${OBJECTION_STAGES.join(', ')}` }]);
      requireNote(event.note);
      if (event.documents && event.documents.length > 0)
        throw conflict(
          'No document can be replaced or added in an objection; it is judged on the documents submitted.',
        );
      const stage = event.stage;
      if (stage === 'ADMINISTRATION') {
        if (state.status !== 'TMS')
          throw conflict('Only an applicant found TMS may object to the administration result.');
      } else if (state.examPassed?.[stage] !== false) {
        throw conflict(`Only an applicant who did not pass the ${stage} may object to its result.`);
      }
      if (state.objections.some((o) => o.stage === stage))
        throw conflict(`An objection to the ${stage} result has already been filed; it is allowed once.`);
      const announcedAt = round.announcedAt[stage];
      if (announcedAt === undefined)
        throw conflict(`The ${stage} result is not announced yet; the objection window opens when it is.`);
      const w = objectionWindow(announcedAt, round, tz);
      const where = windowPosition(event.at, w);
      if (where === 'early')
        throw conflict(`The objection window opens at ${localDateTime(w.opensAt, tz)} local time.`);
      if (where === 'late')
        throw conflict(
          `The objection window closed at the end of ${w.lastDay} (${round.objectionDays} calendar days after the announcement).`,
        );
      const disputed = [...new Set(event.disputed.map((d) => d.trim()).filter(Boolean))];
      if (disputed.length === 0)
        throw validationError([{ path: 'disputed', message: 'name at least one point disputed' }]);
      if (stage === 'ADMINISTRATION') {
        const errors: FieldError[] = [];
        disputed.forEach((d, i) => {
          if (!state.reasons.some((r) => r.requirement === d))
            errors.push({ path: `disputed.${i}`, message: `${d} is not one of the TMS reasons` });
        });
        if (errors.length) throw validationError(errors);
        const own = disputed.filter((d) =>
          state.reasons.some((r) => r.requirement === d && r.applicantError),
        );
        if (own.length > 0)
          throw conflict(
            `The verifier found the error on ${own.join(', ')} to be the applicant's own; an objection is only for errors that were not the applicant's.`,
          );
      }
      const objection: Objection = {
        stage,
        filedAt: iso(event.at),
        note: event.note.trim(),
        disputed,
        decision: null,
      };
      return { ...state, objections: [...state.objections, objection] };
    }

    case 'decide': {
      requireNote(event.note);
      const index = state.objections.findIndex((o) => o.stage === event.stage);
      const objection = state.objections[index];
      if (!objection) throw conflict(`There is no objection to the ${event.stage} result to decide.`);
      if (objection.decision)
        throw conflict(`The objection to the ${event.stage} result is already decided.`);
      const announcedAt = round.announcedAt[event.stage];
      if (announcedAt === undefined) throw conflict(`The ${event.stage} result is not announced.`);
      const w = objectionWindow(announcedAt, round, tz);
      const t = instantMs(event.at);
      if (t < instantMs(objection.filedAt)) throw conflict('A decision cannot come before the objection.');
      if (t >= instantMs(w.decisionClosesAt))
        throw conflict(
          `The decision period ended at the end of ${w.lastDecisionDay} (${round.objectionDecisionDays} days after the objection window).`,
        );
      const decided: Objection = {
        ...objection,
        decision: { accepted: event.accepted, note: event.note.trim(), decidedAt: iso(event.at) },
      };
      const objections = state.objections.map((o, i) => (i === index ? decided : o));
      if (event.stage === 'ADMINISTRATION' && event.accepted)
        return { ...state, objections, status: 'MS', reasons: [] };
      return { ...state, objections };
    }

    case 'correct': {
      if (state.status !== 'MS' && state.status !== 'TMS')
        throw conflict('Only a screened application (MS or TMS) can be corrected.');
      if (round.announcedAt.ADMINISTRATION === undefined)
        throw conflict(
          'Before the announcement the result is changed by screening again, not by a correction.',
        );
      if (round.announcedAt.ADMINISTRATION_AFTER_OBJECTION !== undefined)
        throw conflict('The after-objection result is announced; the administration result is final.');
      if (state.objections.some((o) => o.stage === 'ADMINISTRATION' && !o.decision))
        throw conflict('This application has an objection pending; decide the objection instead.');
      if (event.result === state.status) throw conflict(`The application is already ${state.status}.`);
      requireNote(event.note);
      checkResult(event.result, event.reasons);
      return { ...state, status: event.result, reasons: event.result === 'TMS' ? [...event.reasons] : [] };
    }
  }
}
