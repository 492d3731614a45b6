import { describe, expect, it } from 'vitest';
import type { Role } from '../roles';
import {
  appraisalChain,
  assertPerformance,
  canAddSkpFeedback,
  canAnswerFeedback,
  canApproveSkp,
  canAssessSkp,
  canCascadeFrom,
  canEditSkp,
  canFinaliseAssessments,
  canManagePerformanceSettings,
  canOpenFeedbackRound,
  canRateOrganisation,
  canReadSingleFeedbackAnswer,
  canReadSkp,
  canRecordRealisation,
  canSeeFeedbackSummary,
  canSeeFollowUps,
  type FeedbackRoundAccessRef,
  type OrgAccessRef,
  type PerformanceActor,
  REGIONAL_HEAD_ID,
  regionalHeadOf,
  type SkpAccessRef,
} from './access';

// Dinas Pendidikan (agency A): kadis → kabid → staff; peer works beside staff.
const actor = (role: Role, employeeId?: string, agencyId = 'A'): PerformanceActor => ({
  role,
  employeeId,
  agencyId,
});
const staff = actor('employee', 'staff');
const peer = actor('employee', 'peer');
const kabid = actor('supervisor', 'kabid');
const kadis = actor('supervisor', 'kadis');
const tenantAdmin = actor('tenant-admin', 'bkd');
const agencyAdmin = actor('agency-admin', 'admin-a');
const otherAgencyAdmin = actor('agency-admin', 'admin-b', 'B');
const agencyAdminNoAgency: PerformanceActor = { role: 'agency-admin', employeeId: 'admin-x' };
// Identities that are never tenant staff, even carrying an employee id.
const applicant = actor('applicant', 'staff');
const platformAdmin = actor('platform-admin', 'kabid');

const skp: SkpAccessRef = {
  employeeId: 'staff',
  agencyId: 'A',
  appraiserId: 'kabid',
  appraiserSuperiorId: 'kadis',
};

describe('appraisalChain', () => {
  const superiors: Record<string, string | null> = {
    staff: 'kabid',
    kabid: 'kadis',
    kadis: null,
    loop: 'loop',
  };
  const superiorOf = (id: string) => superiors[id] ?? null;
  it('takes the direct superior and records theirs', () => {
    expect(appraisalChain('staff', superiorOf)).toEqual({
      appraiserId: 'kabid',
      appraiserSuperiorId: 'kadis',
    });
    expect(appraisalChain('kabid', superiorOf)).toEqual({ appraiserId: 'kadis', appraiserSuperiorId: null });
  });
  it('refuses an employee without a superior (409)', () => {
    expect(() => appraisalChain('kadis', superiorOf)).toThrow(/no direct superior/);
    expect(() => appraisalChain('loop', superiorOf)).toThrow(/no direct superior/);
  });
});

describe('SKP access per role', () => {
  it.each([
    ['the employee', staff, true],
    ['the appraiser', kabid, true],
    ["the appraiser's superior", kadis, true],
    ['a peer', peer, false],
    ['a tenant admin', tenantAdmin, true],
    ["the agency's admin", agencyAdmin, true],
    ["another agency's admin", otherAgencyAdmin, false],
    ['an agency admin without an agency', agencyAdminNoAgency, false],
    ['an applicant', applicant, false],
    ['the platform admin', platformAdmin, false],
  ])('read: %s → %s', (_who, a, want) => {
    expect(canReadSkp(a, skp)).toBe(want);
  });

  it('lets only the employee edit and submit', () => {
    expect([staff, kabid, kadis, tenantAdmin, applicant].map((a) => canEditSkp(a, skp))).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('lets only the appraiser approve, assess and give feedback', () => {
    for (const can of [canApproveSkp, canAssessSkp, canAddSkpFeedback])
      expect([staff, kabid, kadis, tenantAdmin, agencyAdmin, platformAdmin].map((a) => can(a, skp))).toEqual([
        false,
        true,
        false,
        false,
        false,
        false,
      ]);
    expect(canApproveSkp(staff, { ...skp, appraiserId: 'staff' })).toBe(false);
  });

  it('lets the employee and the appraiser record realisation', () => {
    expect([staff, kabid, kadis, peer, applicant].map((a) => canRecordRealisation(a, skp))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('cascades from one’s own SKP only', () => {
    expect(canCascadeFrom(kabid, { employeeId: 'kabid' })).toBe(true);
    expect(canCascadeFrom(kadis, { employeeId: 'kabid' })).toBe(false);
    expect(canCascadeFrom(platformAdmin, { employeeId: 'kabid' })).toBe(false);
  });
});

describe('organisations', () => {
  const bidang: OrgAccessRef = {
    kind: 'unit',
    agencyId: 'A',
    headEmployeeId: 'kabid',
    parentHeadEmployeeId: 'kadis',
  };
  const dinas: OrgAccessRef = {
    kind: 'agency',
    agencyId: 'A',
    headEmployeeId: 'kadis',
    parentHeadEmployeeId: null,
  };

  it('rates a unit by the head above it or a tenant admin, never its own head', () => {
    expect(
      [kadis, tenantAdmin, kabid, agencyAdmin, staff, applicant, platformAdmin].map((a) =>
        canRateOrganisation(a, bidang),
      ),
    ).toEqual([true, true, false, false, false, false, false]);
  });

  it('rates an agency by a tenant admin only', () => {
    expect([tenantAdmin, kadis, agencyAdmin].map((a) => canRateOrganisation(a, dinas))).toEqual([
      true,
      false,
      false,
    ]);
    expect(canRateOrganisation(actor('tenant-admin', 'kadis'), dinas)).toBe(false);
  });

  it('finalises by the organisation’s head or admins in scope', () => {
    expect(
      [kabid, kadis, tenantAdmin, agencyAdmin, otherAgencyAdmin, staff, applicant, platformAdmin].map((a) =>
        canFinaliseAssessments(a, bidang),
      ),
    ).toEqual([true, false, true, true, false, false, false, false]);
  });
});

describe('360 rounds', () => {
  const round: FeedbackRoundAccessRef = {
    subject: { kind: 'employee', id: 'staff' },
    agencyId: 'A',
    assesseeAppraiserId: 'kabid',
    unitHeadId: null,
    raterIds: ['peer', 'kabid', 'sub1', 'staff'],
  };

  it('shows the summary to the assessee, their appraiser and admins in scope only', () => {
    expect(
      [staff, kabid, tenantAdmin, agencyAdmin, otherAgencyAdmin, peer, kadis, applicant, platformAdmin].map(
        (a) => canSeeFeedbackSummary(a, round),
      ),
    ).toEqual([true, true, true, true, false, false, false, false, false]);
  });

  it('gives raters no view of each other: a rater who is not assessee or appraiser sees nothing', () => {
    expect(canAnswerFeedback(peer, round)).toBe(true);
    expect(canSeeFeedbackSummary(peer, round)).toBe(false);
    expect(canSeeFeedbackSummary(actor('employee', 'sub1'), round)).toBe(false);
  });

  it('lets nobody read a single answer', () => {
    for (const a of [staff, kabid, tenantAdmin, agencyAdmin, peer, applicant, platformAdmin])
      expect(canReadSingleFeedbackAnswer(a)).toBe(false);
  });

  it('lets raters answer, and nobody else', () => {
    expect(
      [peer, kabid, staff, kadis, applicant, actor('platform-admin', 'peer')].map((a) =>
        canAnswerFeedback(a, round),
      ),
    ).toEqual([true, true, true, false, false, false]);
  });

  it('opens a round by the appraiser or an admin; a unit round by its head', () => {
    expect(
      [kabid, tenantAdmin, agencyAdmin, staff, peer, platformAdmin].map((a) =>
        canOpenFeedbackRound(a, round),
      ),
    ).toEqual([true, true, true, false, false, false]);
    const unitRound = { ...round, subject: { kind: 'unit' as const, id: 'u1' }, unitHeadId: 'kabid' };
    expect(canOpenFeedbackRound(kabid, unitRound)).toBe(true);
    expect(canSeeFeedbackSummary(kabid, unitRound)).toBe(true);
    expect(canSeeFeedbackSummary(staff, unitRound)).toBe(false);
  });
});

describe('follow-ups and settings', () => {
  it('shows the register to admins in scope and each employee their own rows', () => {
    const row = { agencyId: 'A', employeeId: 'staff' };
    expect(
      [tenantAdmin, agencyAdmin, otherAgencyAdmin, staff, peer, kabid, applicant, platformAdmin].map((a) =>
        canSeeFollowUps(a, row),
      ),
    ).toEqual([true, true, false, true, false, false, false, false]);
    // The appraiser who made the year's assessment sees the row too: they coach the employee.
    const appraised = { ...row, appraiserId: kabid.employeeId };
    expect([kabid, peer, otherAgencyAdmin].map((a) => canSeeFollowUps(a, appraised))).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('leaves the settings to tenant admins', () => {
    expect(
      [tenantAdmin, agencyAdmin, kadis, platformAdmin, applicant].map(canManagePerformanceSettings),
    ).toEqual([true, false, false, false, false]);
  });

  it('refuses with 403', () => {
    expect(() => assertPerformance(false)).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => assertPerformance(true)).not.toThrow();
  });
});

describe('the regional head as the appraiser of an agency head', () => {
  it('names the gubernur, bupati or wali kota of the tenant', () => {
    expect(regionalHeadOf({ name: 'Provinsi Lampung', level: 'provinsi' })).toEqual({
      id: REGIONAL_HEAD_ID,
      name: 'Gubernur Lampung',
    });
    expect(regionalHeadOf({ name: 'Pemerintah Kota Bandar Lampung', level: 'kota' }).name).toBe(
      'Wali Kota Bandar Lampung',
    );
    expect(regionalHeadOf({ name: 'Kabupaten Lampung Selatan', level: 'kabupaten' }).name).toBe(
      'Bupati Lampung Selatan',
    );
    expect(regionalHeadOf({ name: 'Kota', level: 'kota' }).name).toBe('Wali Kota Kota');
  });

  it('lets a tenant admin approve and assess for them, and nobody else', () => {
    const headSkp = {
      employeeId: 'kadis',
      agencyId: 'a1',
      appraiserId: REGIONAL_HEAD_ID,
      appraiserSuperiorId: null,
    };
    expect(canApproveSkp({ role: 'tenant-admin', agencyId: undefined, employeeId: undefined }, headSkp)).toBe(
      true,
    );
    expect(canAssessSkp({ role: 'tenant-admin', agencyId: undefined, employeeId: 'bkd1' }, headSkp)).toBe(
      true,
    );
    // The agency head holding a tenant-admin account still cannot approve their own SKP.
    expect(canApproveSkp({ role: 'tenant-admin', agencyId: undefined, employeeId: 'kadis' }, headSkp)).toBe(
      false,
    );
    expect(canApproveSkp({ role: 'agency-admin', agencyId: 'a1', employeeId: undefined }, headSkp)).toBe(
      false,
    );
    expect(canApproveSkp({ role: 'supervisor', agencyId: 'a1', employeeId: 'kadis' }, headSkp)).toBe(false);
    expect(canApproveSkp({ role: 'supervisor', agencyId: 'a1', employeeId: REGIONAL_HEAD_ID }, headSkp)).toBe(
      false,
    );
  });
});
