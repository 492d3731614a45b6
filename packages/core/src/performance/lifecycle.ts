import { conflict, forbidden, validationError } from '../errors';

/**
 * The SKP plan's life: draft → submitted (by the employee) → approved (by the appraiser). The
 * appraiser may return a submitted plan to draft with a reason. A change after approval is a
 * revision: `revise` takes an approved plan back to draft with the revision number raised and a
 * reason, and the audit entry it returns is written with it; the plan is then submitted and
 * approved again. Only a draft is edited.
 */
export const SKP_STATUSES = ['draft', 'submitted', 'approved'] as const;
export type SkpStatus = (typeof SKP_STATUSES)[number];

export const SKP_ACTIONS = ['submit', 'return', 'approve', 'revise'] as const;
export type SkpAction = (typeof SKP_ACTIONS)[number];

export interface SkpLifecycleState {
  status: SkpStatus;
  /** 0 until the first revision after an approval. */
  revision: number;
}

export interface SkpTransitionContext {
  /** The employee acting. */
  actorEmployeeId: string | undefined;
  /** The SKP's owner and appraiser. */
  ownerId: string;
  appraiserId: string;
  /**
   * Set when the actor acts for the appraiser without being them: a tenant admin for the regional
   * head, the appraiser of an agency head (`canApproveSkp`).
   */
  actsForAppraiser?: boolean;
  reason?: string | null;
  /** When it happens (ISO instant), passed in: the rule reads no clock. */
  at: string;
}

export interface SkpTransitionAudit {
  action: SkpAction;
  from: SkpStatus;
  to: SkpStatus;
  by: string;
  at: string;
  revision: number;
  reason: string | null;
}

const RULES: Readonly<
  Record<SkpAction, { from: SkpStatus; to: SkpStatus; by: 'owner' | 'appraiser' | 'either' }>
> = {
  submit: { from: 'draft', to: 'submitted', by: 'owner' },
  return: { from: 'submitted', to: 'draft', by: 'appraiser' },
  approve: { from: 'submitted', to: 'approved', by: 'appraiser' },
  revise: { from: 'approved', to: 'draft', by: 'either' },
};

/** Actions that need a written reason. */
export const REASON_REQUIRED: readonly SkpAction[] = ['return', 'revise'];

/**
 * The next state and its audit entry, or: 403 when the actor may not take the action (the owner
 * submits, the appraiser returns and approves, either revises; nobody approves their own plan),
 * 409 when the plan is not in the state the action starts from, 400 when a reason is missing.
 */
export function transitionSkp(
  state: SkpLifecycleState,
  action: SkpAction,
  ctx: SkpTransitionContext,
): { state: SkpLifecycleState; audit: SkpTransitionAudit } {
  const rule = RULES[action];
  if (!rule) throw new RangeError(`unknown SKP action ${action}`);
  const actor = ctx.actorEmployeeId;
  const isOwner = !!actor && actor === ctx.ownerId;
  const isAppraiser =
    (!!actor && actor === ctx.appraiserId && ctx.appraiserId !== ctx.ownerId) ||
    (!!ctx.actsForAppraiser && actor !== ctx.ownerId);
  const allowed =
    rule.by === 'owner' ? isOwner : rule.by === 'appraiser' ? isAppraiser : isOwner || isAppraiser;
  if (!allowed)
    throw forbidden(
      rule.by === 'owner'
        ? 'Only the employee submits their own SKP.'
        : rule.by === 'appraiser'
          ? "Only the employee's appraiser (direct superior) may do this."
          : 'Only the employee or their appraiser may revise the SKP.',
    );
  if (state.status !== rule.from)
    throw conflict(`Cannot ${action} an SKP that is ${state.status}; it must be ${rule.from}.`);
  const reason = ctx.reason?.trim() || null;
  if (REASON_REQUIRED.includes(action) && !reason)
    throw validationError([{ path: 'reason', message: `is required to ${action} an SKP` }]);
  const revision = action === 'revise' ? state.revision + 1 : state.revision;
  return {
    state: { status: rule.to, revision },
    audit: {
      action,
      from: rule.from,
      to: rule.to,
      by: actor ?? ctx.appraiserId,
      at: ctx.at,
      revision,
      reason,
    },
  };
}

/** Only a draft's items and expectations change; an approved plan needs a revision first. */
export function assertSkpEditable(status: SkpStatus): void {
  if (status === 'draft') return;
  throw conflict(
    status === 'approved'
      ? 'The SKP is approved. Open a revision to change it.'
      : 'The SKP is submitted. The appraiser approves it or returns it to draft.',
  );
}

/** Realisation, feedback and assessment work on an approved plan only. */
export function assertSkpApproved(status: SkpStatus): void {
  if (status !== 'approved') throw conflict(`The SKP is ${status}; it must be approved first.`);
}
