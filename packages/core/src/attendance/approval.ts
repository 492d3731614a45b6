import { conflict, validationError } from '../errors';
import type { LeaveType } from './leave';

/**
 * The two-step approval of a leave (PP 11/2017 art. 336-340; ASN-RULES §5) as a pure state machine:
 * 1. the direct superior (atasan langsung) recommends: approve, change, defer or reject;
 * 2. the PYBMC (pejabat yang berwenang memberikan cuti) decides, with the same four outcomes.
 *
 * - A recommendation never ends the request, even a rejection: only the PYBMC decides, and the
 *   employee is told the outcome only then (`employeeStatus`).
 * - Each step happens once; a second attempt is a 409.
 * - Each step records who acted, and for whom when an acting official (Plt or Plh) acted under a
 *   delegation.
 * - The approver is not frozen in the request: who may act is resolved when they act (`access.ts`),
 *   from the current superior and PYBMC and the delegations of that day. A request waiting on a
 *   superior who moved on is simply picked up by the new one (the odoo#202218 / horilla-hr#647 bug).
 */

export const LEAVE_OUTCOMES = ['APPROVE', 'CHANGE', 'DEFER', 'REJECT'] as const;
export type LeaveOutcome = (typeof LEAVE_OUTCOMES)[number];

export const LEAVE_STATUSES = [
  'AWAITING_RECOMMENDATION',
  'AWAITING_DECISION',
  'APPROVED',
  'CHANGED',
  'DEFERRED',
  'REJECTED',
  'CANCELLED',
] as const;
export type LeaveStatus = (typeof LEAVE_STATUSES)[number];

export const DELEGATION_KINDS = ['PLT', 'PLH'] as const;
export type DelegationKind = (typeof DELEGATION_KINDS)[number];

/** Who acts: themselves, or as Plt/Plh for another official. */
export interface LeaveActor {
  employeeId: string;
  actingFor?: { employeeId: string; kind: DelegationKind } | null;
}

export interface ApprovalStep {
  step: 'recommendation' | 'decision' | 'cancellation';
  outcome: LeaveOutcome | 'SKIPPED' | 'CANCELLED';
  actorId: string;
  /** The official the actor stood in for, if a delegate acted. */
  onBehalfOfId: string | null;
  delegationKind: DelegationKind | null;
  at: string;
  note: string | null;
  /** The period proposed (recommendation) or granted (decision) with CHANGE. */
  changedTo: { startDate: string; endDate: string } | null;
}

export interface LeaveApproval {
  status: LeaveStatus;
  type: LeaveType;
  startDate: string;
  endDate: string;
  steps: readonly ApprovalStep[];
}

/** The final decisions: the employee learns any of these, and nothing before. */
export const FINAL_LEAVE_STATUSES: readonly LeaveStatus[] = [
  'APPROVED',
  'CHANGED',
  'DEFERRED',
  'REJECTED',
  'CANCELLED',
];

/** Types the PYBMC may defer for urgent duty, up to 1 year: annual leave and cuti besar (PP 11/2017). */
export const DEFERRABLE_TYPES: readonly LeaveType[] = ['TAHUNAN', 'BESAR'];

/**
 * A new request. It waits for the direct superior's recommendation; an employee with no direct
 * superior (the head of an agency) goes straight to the PYBMC, and the skipped step is recorded.
 */
export function newLeaveApproval(
  request: { type: LeaveType; startDate: string; endDate: string },
  opts: { hasSuperior: boolean; at: string; requesterId: string },
): LeaveApproval {
  return {
    ...request,
    status: opts.hasSuperior ? 'AWAITING_RECOMMENDATION' : 'AWAITING_DECISION',
    steps: opts.hasSuperior
      ? []
      : [
          {
            step: 'recommendation',
            outcome: 'SKIPPED',
            actorId: opts.requesterId,
            onBehalfOfId: null,
            delegationKind: null,
            at: opts.at,
            note: 'no direct superior',
            changedTo: null,
          },
        ],
  };
}

export interface StepInput {
  outcome: LeaveOutcome;
  actor: LeaveActor;
  at: string;
  note?: string | null;
  /** Required with CHANGE: the proposed or granted period. */
  changeTo?: { startDate: string; endDate: string } | null;
}

/** What the caller must do after a transition. */
export interface TransitionEffects {
  /** Tell the employee the outcome (only on a final status). */
  notifyEmployee: boolean;
  /** Reserved days: keep them, release them all, move them to the changed period, or release from a date. */
  reservation:
    | { kind: 'keep' }
    | { kind: 'release' }
    | { kind: 'resize'; startDate: string; endDate: string }
    | { kind: 'release-from'; date: string };
}

function checkStep(state: LeaveApproval, input: StepInput): void {
  const errors: { path: string; message: string }[] = [];
  if (!(LEAVE_OUTCOMES as readonly string[]).includes(input.outcome))
    errors.push({ path: 'outcome', message: 'must be APPROVE, CHANGE, DEFER or REJECT' });
  if (input.outcome === 'CHANGE') {
    const c = input.changeTo;
    if (!c) errors.push({ path: 'changeTo', message: 'is required with CHANGE' });
    else if (c.endDate < c.startDate)
      errors.push({ path: 'changeTo.endDate', message: 'cannot be before startDate' });
  } else if (input.changeTo) {
    errors.push({ path: 'changeTo', message: 'only goes with CHANGE' });
  }
  if (input.outcome === 'DEFER' && !DEFERRABLE_TYPES.includes(state.type))
    errors.push({ path: 'outcome', message: `${state.type} leave cannot be deferred` });
  if (input.outcome !== 'APPROVE' && !input.note?.trim())
    errors.push({ path: 'note', message: `a ${input.outcome} needs a reason` });
  if (input.actor.actingFor && input.actor.actingFor.employeeId === input.actor.employeeId)
    errors.push({ path: 'actingFor', message: 'cannot stand in for oneself' });
  if (errors.length > 0) throw validationError(errors);
}

const record = (
  step: ApprovalStep['step'],
  outcome: ApprovalStep['outcome'],
  input: { actor: LeaveActor; at: string; note?: string | null; changeTo?: StepInput['changeTo'] },
): ApprovalStep => ({
  step,
  outcome,
  actorId: input.actor.employeeId,
  onBehalfOfId: input.actor.actingFor?.employeeId ?? null,
  delegationKind: input.actor.actingFor?.kind ?? null,
  at: input.at,
  note: input.note?.trim() || null,
  changedTo: input.changeTo ?? null,
});

/**
 * 409 unless the request waits for its recommendation. Checked before who is asking, so a request
 * that skipped the step (no direct superior) answers why, not "not the superior".
 */
export function assertAwaitingRecommendation(state: Pick<LeaveApproval, 'status'>): void {
  if (state.status !== 'AWAITING_RECOMMENDATION') {
    throw conflict(
      state.status === 'AWAITING_DECISION'
        ? 'This leave request already has its recommendation.'
        : `This leave request is ${state.status}; it takes no recommendation.`,
    );
  }
}

/** Step 1: the direct superior's recommendation. Only while it is awaited. */
export function recommendLeave(
  state: LeaveApproval,
  input: StepInput,
): { state: LeaveApproval; effects: TransitionEffects } {
  assertAwaitingRecommendation(state);
  checkStep(state, input);
  return {
    state: {
      ...state,
      status: 'AWAITING_DECISION',
      steps: [...state.steps, record('recommendation', input.outcome, input)],
    },
    effects: { notifyEmployee: false, reservation: { kind: 'keep' } },
  };
}

const FINAL_OF: Record<LeaveOutcome, LeaveStatus> = {
  APPROVE: 'APPROVED',
  CHANGE: 'CHANGED',
  DEFER: 'DEFERRED',
  REJECT: 'REJECTED',
};

/**
 * Step 2: the PYBMC's decision, after the recommendation. When the PYBMC is also the requester's
 * direct superior (`alsoSuperior`), one act gives both, and both steps are recorded.
 */
export function decideLeave(
  state: LeaveApproval,
  input: StepInput & { alsoSuperior?: boolean },
): { state: LeaveApproval; effects: TransitionEffects } {
  let steps = state.steps;
  if (state.status === 'AWAITING_RECOMMENDATION') {
    if (!input.alsoSuperior)
      throw conflict('The direct superior has not recommended this leave request yet.');
    steps = [...steps, record('recommendation', input.outcome, input)];
  } else if (state.status !== 'AWAITING_DECISION') {
    throw conflict(`This leave request is already ${state.status}.`);
  }
  checkStep(state, input);
  const status = FINAL_OF[input.outcome];
  const next: LeaveApproval = {
    ...state,
    status,
    ...(input.changeTo ?? {}),
    steps: [...steps, record('decision', input.outcome, input)],
  };
  const reservation: TransitionEffects['reservation'] =
    status === 'APPROVED'
      ? { kind: 'keep' }
      : status === 'CHANGED'
        ? { kind: 'resize', startDate: input.changeTo!.startDate, endDate: input.changeTo!.endDate }
        : { kind: 'release' };
  return { state: next, effects: { notifyEmployee: true, reservation } };
}

/**
 * Cancellation (issue 13 §4): the employee may cancel before the leave starts (while it waits, or once
 * granted); after the start only the PYBMC may, and the days from `today` on are released, those
 * already taken stay spent. A rejected, deferred or cancelled request cannot be cancelled.
 */
export function cancelLeave(
  state: LeaveApproval,
  input: { by: 'employee' | 'pybmc'; actor: LeaveActor; at: string; today: string; reason?: string | null },
): { state: LeaveApproval; effects: TransitionEffects } {
  const cancellable: readonly LeaveStatus[] = [
    'AWAITING_RECOMMENDATION',
    'AWAITING_DECISION',
    'APPROVED',
    'CHANGED',
  ];
  if (!cancellable.includes(state.status))
    throw conflict(`A ${state.status} leave request cannot be cancelled.`);
  const started = input.today >= state.startDate;
  if (started && input.by === 'employee')
    throw conflict('This leave has started; only the PYBMC can cancel it now.');
  if (started && input.today > state.endDate)
    throw conflict('This leave is over; there is nothing left to cancel.');
  const next: LeaveApproval = {
    ...state,
    status: 'CANCELLED',
    steps: [...state.steps, record('cancellation', 'CANCELLED', { ...input, note: input.reason ?? null })],
  };
  return {
    state: next,
    effects: {
      notifyEmployee: input.by === 'pybmc',
      reservation: started ? { kind: 'release-from', date: input.today } : { kind: 'release' },
    },
  };
}

/**
 * What the employee is shown: "in process" until the PYBMC's decision, whatever the superior
 * recommended, so nobody is told "approved" on a recommendation.
 */
export function employeeLeaveStatus(state: Pick<LeaveApproval, 'status'>): {
  status: 'IN_PROCESS' | Exclude<LeaveStatus, 'AWAITING_RECOMMENDATION' | 'AWAITING_DECISION'>;
  waitingFor: 'superior' | 'pybmc' | null;
} {
  if (state.status === 'AWAITING_RECOMMENDATION') return { status: 'IN_PROCESS', waitingFor: 'superior' };
  if (state.status === 'AWAITING_DECISION') return { status: 'IN_PROCESS', waitingFor: 'pybmc' };
  return { status: state.status, waitingFor: null };
}

/** Whether a request holds days: waiting or granted. */
export const holdsDays = (status: LeaveStatus): boolean =>
  status === 'AWAITING_RECOMMENDATION' ||
  status === 'AWAITING_DECISION' ||
  status === 'APPROVED' ||
  status === 'CHANGED';
