import { describe, expect, it } from 'vitest';
import type { AppError } from '../errors';
import { REGIONAL_HEAD_ID } from './access';
import {
  assertSkpApproved,
  assertSkpEditable,
  SKP_ACTIONS,
  SKP_STATUSES,
  type SkpAction,
  type SkpStatus,
  transitionSkp,
} from './lifecycle';

const at = '2026-02-01T03:00:00.000Z';
const ctx = (actor: string, reason?: string) => ({
  actorEmployeeId: actor,
  ownerId: 'staff',
  appraiserId: 'head',
  reason,
  at,
});
const status = (e: unknown) => (e as AppError).status;
const attempt = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return status(e);
  }
};

describe('transitionSkp', () => {
  it('goes draft → submitted → approved, with an audit entry each step', () => {
    const s1 = transitionSkp({ status: 'draft', revision: 0 }, 'submit', ctx('staff'));
    expect(s1.state).toEqual({ status: 'submitted', revision: 0 });
    expect(s1.audit).toEqual({
      action: 'submit',
      from: 'draft',
      to: 'submitted',
      by: 'staff',
      at,
      revision: 0,
      reason: null,
    });
    const s2 = transitionSkp(s1.state, 'approve', ctx('head'));
    expect(s2.state).toEqual({ status: 'approved', revision: 0 });
    expect(s2.audit.by).toBe('head');
  });

  it('makes a change after approval a revision, audited with its reason', () => {
    const r = transitionSkp(
      { status: 'approved', revision: 0 },
      'revise',
      ctx('staff', 'Target dinas berubah'),
    );
    expect(r.state).toEqual({ status: 'draft', revision: 1 });
    expect(r.audit).toMatchObject({
      action: 'revise',
      from: 'approved',
      to: 'draft',
      revision: 1,
      reason: 'Target dinas berubah',
    });
    const again = transitionSkp({ status: 'approved', revision: 1 }, 'revise', ctx('head', 'Realokasi'));
    expect(again.state.revision).toBe(2);
  });

  it('lets the appraiser return a submitted plan with a reason', () => {
    expect(
      transitionSkp({ status: 'submitted', revision: 0 }, 'return', ctx('head', 'Indikator kurang jelas'))
        .state,
    ).toEqual({
      status: 'draft',
      revision: 0,
    });
  });

  it('refuses every illegal transition with 409', () => {
    const legal: Record<SkpStatus, SkpAction[]> = {
      draft: ['submit'],
      submitted: ['return', 'approve'],
      approved: ['revise'],
    };
    for (const s of SKP_STATUSES)
      for (const a of SKP_ACTIONS) {
        if (legal[s].includes(a)) continue;
        const actor = a === 'submit' || a === 'revise' ? 'staff' : 'head';
        expect(
          attempt(() => transitionSkp({ status: s, revision: 0 }, a, ctx(actor, 'alasan'))),
          `${a} from ${s}`,
        ).toBe(409);
      }
  });

  it('refuses the wrong actor with 403', () => {
    expect(attempt(() => transitionSkp({ status: 'draft', revision: 0 }, 'submit', ctx('head')))).toBe(403);
    expect(attempt(() => transitionSkp({ status: 'submitted', revision: 0 }, 'approve', ctx('staff')))).toBe(
      403,
    );
    expect(attempt(() => transitionSkp({ status: 'submitted', revision: 0 }, 'approve', ctx('kadis')))).toBe(
      403,
    );
    expect(
      attempt(() => transitionSkp({ status: 'approved', revision: 0 }, 'revise', ctx('peer', 'x'))),
    ).toBe(403);
    expect(
      attempt(() =>
        transitionSkp({ status: 'submitted', revision: 0 }, 'approve', {
          ...ctx('staff'),
          actorEmployeeId: undefined,
        }),
      ),
    ).toBe(403);
  });

  it('never lets an owner approve their own plan, even when recorded as their own appraiser', () => {
    expect(
      attempt(() =>
        transitionSkp({ status: 'submitted', revision: 0 }, 'approve', {
          ...ctx('staff'),
          appraiserId: 'staff',
        }),
      ),
    ).toBe(403);
  });

  it('needs a reason to return or revise (400)', () => {
    expect(
      attempt(() => transitionSkp({ status: 'submitted', revision: 0 }, 'return', ctx('head', '  '))),
    ).toBe(400);
    expect(attempt(() => transitionSkp({ status: 'approved', revision: 0 }, 'revise', ctx('staff')))).toBe(
      400,
    );
  });
});

describe('editing and later steps', () => {
  it('edits a draft only', () => {
    expect(() => assertSkpEditable('draft')).not.toThrow();
    expect(() => assertSkpEditable('submitted')).toThrow(/submitted/);
    expect(() => assertSkpEditable('approved')).toThrow(/revision/);
  });

  it('records realisation and assesses an approved plan only', () => {
    expect(() => assertSkpApproved('approved')).not.toThrow();
    expect(attempt(() => assertSkpApproved('draft'))).toBe(409);
  });
});

describe('acting for the appraiser', () => {
  const ctx = { ownerId: 'kadis', appraiserId: REGIONAL_HEAD_ID, at: '2026-02-01T00:00:00.000Z' };
  it('lets a tenant admin approve for the regional head, and never the owner', () => {
    const done = transitionSkp({ status: 'submitted', revision: 0 }, 'approve', {
      ...ctx,
      actorEmployeeId: undefined,
      actsForAppraiser: true,
    });
    expect(done.state.status).toBe('approved');
    expect(done.audit.by).toBe(REGIONAL_HEAD_ID);
    expect(() =>
      transitionSkp({ status: 'submitted', revision: 0 }, 'approve', {
        ...ctx,
        actorEmployeeId: 'kadis',
        actsForAppraiser: true,
      }),
    ).toThrow(/appraiser/);
    expect(() =>
      transitionSkp({ status: 'submitted', revision: 0 }, 'approve', { ...ctx, actorEmployeeId: undefined }),
    ).toThrow(/appraiser/);
  });
});
