import { describe, expect, it } from 'vitest';
import type { AgencyOrg, OrgLeader } from '../attendance/superior';
import type { Role } from '../roles';
import type { PerformanceActor } from './access';
import { canFinaliseAssessments, canRateOrganisation } from './access';
import {
  assessmentListScope,
  canSeeOrgAssessmentSummary,
  countsFromTally,
  headsAboveUnit,
  orgAccessRefOf,
  organisationHeadedBy,
  parentHeadOf,
  tallyDelta,
  unitHeadHasilKerjaIssues,
  unitHeadOf,
} from './assessment';
import { DEFAULT_UNIT_HEAD_HASIL_KERJA } from './predikat';

// Dinas Pendidikan: the Kepala Dinas and the Sekretaris sit in the Sekretariat (root); Bidang SD
// (root) has a Kabid and a Kasi under it in Seksi Kurikulum; Bidang SMP has no leader of its own;
// Seksi Sarpras (under Bidang SMP) has a Kasi.
const leader = (employeeId: string, unitId: string, positionType: OrgLeader['positionType']): OrgLeader => ({
  employeeId,
  name: employeeId,
  unitId,
  positionType,
});
const org: AgencyOrg = {
  leaders: [
    leader('kadis', 'sekretariat', 'JPT_PRATAMA'),
    leader('sekdis', 'sekretariat', 'ADMINISTRATOR'),
    leader('kabid-sd', 'bidang-sd', 'ADMINISTRATOR'),
    leader('kasubbag-sd', 'bidang-sd', 'PENGAWAS'),
    leader('kasi-kur', 'seksi-kurikulum', 'PENGAWAS'),
    leader('kasi-sarpras', 'seksi-sarpras', 'PENGAWAS'),
  ],
  parentOf: new Map([
    ['sekretariat', null],
    ['bidang-sd', null],
    ['seksi-kurikulum', 'bidang-sd'],
    ['bidang-smp', null],
    ['seksi-sarpras', 'bidang-smp'],
  ]),
};

describe('who heads what', () => {
  it('a unit is headed by its highest-ranked leader other than the agency head', () => {
    expect(unitHeadOf('sekretariat', org)?.employeeId).toBe('sekdis');
    expect(unitHeadOf('bidang-sd', org)?.employeeId).toBe('kabid-sd');
    expect(unitHeadOf('seksi-kurikulum', org)?.employeeId).toBe('kasi-kur');
    expect(unitHeadOf('bidang-smp', org)).toBeNull();
  });

  it('ties of rank go by name, as directSuperiorOf breaks them', () => {
    const twin: AgencyOrg = {
      leaders: [...org.leaders, leader('a-kabid', 'bidang-sd', 'ADMINISTRATOR')],
      parentOf: org.parentOf,
    };
    expect(unitHeadOf('bidang-sd', twin)?.employeeId).toBe('a-kabid');
  });

  it('the agency head alone in a unit does not head it', () => {
    const bare: AgencyOrg = {
      leaders: [leader('kadis', 'sekretariat', 'JPT_PRATAMA')],
      parentOf: org.parentOf,
    };
    expect(unitHeadOf('sekretariat', bare)).toBeNull();
  });

  it('the heads above a unit run up the tree to the agency head, skipping units with no head', () => {
    expect(headsAboveUnit('seksi-kurikulum', org).map((l) => l.employeeId)).toEqual(['kabid-sd', 'kadis']);
    expect(headsAboveUnit('seksi-sarpras', org).map((l) => l.employeeId)).toEqual(['kadis']);
    expect(headsAboveUnit('bidang-sd', org).map((l) => l.employeeId)).toEqual(['kadis']);
    expect(parentHeadOf('seksi-kurikulum', org)?.employeeId).toBe('kabid-sd');
    expect(parentHeadOf('sekretariat', org)?.employeeId).toBe('kadis');
  });

  it('a cycle in the tree does not loop', () => {
    const loop: AgencyOrg = {
      leaders: org.leaders,
      parentOf: new Map([
        ['a', 'b'],
        ['b', 'a'],
      ]),
    };
    expect(headsAboveUnit('a', loop).map((l) => l.employeeId)).toEqual(['kadis']);
  });

  it('the organisation an employee heads: the agency for its head, their unit for a unit head, else none', () => {
    const at = (id: string, unitId: string) => organisationHeadedBy({ id, unitId, agencyId: 'A' }, org);
    expect(at('kadis', 'sekretariat')).toEqual({ kind: 'agency', id: 'A' });
    expect(at('sekdis', 'sekretariat')).toEqual({ kind: 'unit', id: 'sekretariat' });
    expect(at('kabid-sd', 'bidang-sd')).toEqual({ kind: 'unit', id: 'bidang-sd' });
    expect(at('kasubbag-sd', 'bidang-sd')).toBeNull();
    expect(at('staff', 'bidang-sd')).toBeNull();
    // Judged on the unit the SKP names: a head whose SKP names another unit heads nothing there.
    expect(at('kabid-sd', 'bidang-smp')).toBeNull();
  });
});

const actor = (role: Role, employeeId?: string, agencyId = 'A'): PerformanceActor => ({
  role,
  employeeId,
  agencyId,
});

describe('organisation access refs', () => {
  it('a unit is rated by the head above it, finalised by its own head; never rated by its own head', () => {
    const ref = orgAccessRefOf({ kind: 'unit', id: 'seksi-kurikulum' }, 'A', org);
    expect(ref).toEqual({
      kind: 'unit',
      agencyId: 'A',
      headEmployeeId: 'kasi-kur',
      parentHeadEmployeeId: 'kabid-sd',
    });
    expect(canRateOrganisation(actor('supervisor', 'kabid-sd'), ref)).toBe(true);
    expect(canRateOrganisation(actor('supervisor', 'kasi-kur'), ref)).toBe(false);
    expect(canRateOrganisation(actor('supervisor', 'kadis'), ref)).toBe(false);
    expect(canFinaliseAssessments(actor('supervisor', 'kasi-kur'), ref)).toBe(true);
    expect(canFinaliseAssessments(actor('supervisor', 'kabid-sd'), ref)).toBe(false);
  });

  it("an agency's head is its highest-ranked leader; only a tenant admin rates it", () => {
    const ref = orgAccessRefOf({ kind: 'agency', id: 'A' }, 'A', org);
    expect(ref).toEqual({
      kind: 'agency',
      agencyId: 'A',
      headEmployeeId: 'kadis',
      parentHeadEmployeeId: null,
    });
    expect(canRateOrganisation(actor('tenant-admin', 'bkd', undefined as unknown as string), ref)).toBe(true);
    expect(canRateOrganisation(actor('supervisor', 'kadis'), ref)).toBe(false);
    expect(canRateOrganisation(actor('agency-admin'), ref)).toBe(false);
    expect(canFinaliseAssessments(actor('supervisor', 'kadis'), ref)).toBe(true);
  });
});

describe("a unit head's hasil kerja", () => {
  it('must be what the rating gives, named in the error', () => {
    expect(unitHeadHasilKerjaIssues('meets', 'BAIK', DEFAULT_UNIT_HEAD_HASIL_KERJA, 'unit')).toEqual([]);
    expect(unitHeadHasilKerjaIssues('above', 'ISTIMEWA', DEFAULT_UNIT_HEAD_HASIL_KERJA, 'unit')).toEqual([]);
    const [issue, ...rest] = unitHeadHasilKerjaIssues('above', 'BAIK', DEFAULT_UNIT_HEAD_HASIL_KERJA, 'unit');
    expect(rest).toEqual([]);
    expect(issue!.path).toBe('hasilKerja');
    expect(issue!.message).toMatch(/must be meets/);
    expect(issue!.message).toMatch(/rated Baik/);
  });

  it("follows the tenant's mapping", () => {
    const strict = { ...DEFAULT_UNIT_HEAD_HASIL_KERJA, BAIK: 'below' as const };
    expect(unitHeadHasilKerjaIssues('below', 'BAIK', strict, 'agency')).toEqual([]);
    expect(unitHeadHasilKerjaIssues('meets', 'BAIK', strict, 'agency')[0]!.message).toMatch(
      /heads the agency/,
    );
  });
});

describe('tallies', () => {
  it('a new assessment adds one of its predikat and one to the total', () => {
    expect(tallyDelta(null, 'BAIK')).toEqual({ counts: { BAIK: 1 }, total: 1 });
  });
  it('a replaced one moves its count; the same predikat again changes no count', () => {
    expect(tallyDelta('BAIK', 'BUTUH_PERBAIKAN')).toEqual({
      counts: { BUTUH_PERBAIKAN: 1, BAIK: -1 },
      total: 0,
    });
    expect(tallyDelta('BAIK', 'BAIK')).toEqual({ counts: {}, total: 0 });
  });
  it('reads every predikat from an item, absent as 0', () => {
    expect(countsFromTally({ BAIK: 3, KURANG: 0, version: 7, total: 3 })).toEqual({
      SANGAT_BAIK: 0,
      BAIK: 3,
      BUTUH_PERBAIKAN: 0,
      KURANG: 0,
      SANGAT_KURANG: 0,
    });
    expect(countsFromTally(undefined).BAIK).toBe(0);
  });
});

describe('who lists and sees an organisation’s assessments', () => {
  const unit = { agencyId: 'A', headIds: ['kasi-kur', 'kabid-sd', 'kadis'] };
  it('admins in scope and the heads see all; other staff of the agency what they appraise', () => {
    expect(assessmentListScope(actor('tenant-admin', undefined, undefined as unknown as string), unit)).toBe(
      'all',
    );
    expect(assessmentListScope(actor('agency-admin'), unit)).toBe('all');
    expect(assessmentListScope(actor('supervisor', 'kabid-sd'), unit)).toBe('all');
    expect(assessmentListScope(actor('supervisor', 'kadis'), unit)).toBe('all');
    expect(assessmentListScope(actor('supervisor', 'kasubbag-sd'), unit)).toBe('appraiser');
    expect(assessmentListScope(actor('employee', 'staff'), unit)).toBe('appraiser');
  });
  it('nobody of another agency, and no applicant or platform admin', () => {
    expect(assessmentListScope(actor('agency-admin', undefined, 'B'), unit)).toBeNull();
    expect(assessmentListScope(actor('supervisor', 'kabid-b', 'B'), unit)).toBeNull();
    expect(assessmentListScope(actor('applicant', 'x'), unit)).toBeNull();
    expect(assessmentListScope(actor('platform-admin'), unit)).toBeNull();
  });
  it('the counts are for the agency’s staff and admins in scope', () => {
    expect(canSeeOrgAssessmentSummary(actor('employee', 'staff'), 'A')).toBe(true);
    expect(canSeeOrgAssessmentSummary(actor('agency-admin'), 'A')).toBe(true);
    expect(canSeeOrgAssessmentSummary(actor('agency-admin', undefined, 'B'), 'A')).toBe(false);
    expect(canSeeOrgAssessmentSummary(actor('employee', 'x', 'B'), 'A')).toBe(false);
  });
});
