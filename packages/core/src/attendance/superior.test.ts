import { describe, expect, it } from 'vitest';
import { type AgencyOrg, agencyHeadOf, directSuperiorOf, type OrgLeader } from './superior';

// Dinas Pendidikan: the Kepala Dinas sits in the Sekretariat (no unit above it, as in the demo
// tree), with the Sekretaris; Bidang SD is a root unit with its Kepala Bidang and a Seksi under it.
const leader = (employeeId: string, unitId: string, positionType: OrgLeader['positionType']): OrgLeader => ({
  employeeId,
  name: employeeId,
  unitId,
  positionType,
});
const org: AgencyOrg = {
  leaders: [
    leader('kadis', 'SEKRETARIAT', 'JPT_PRATAMA'),
    leader('sekretaris', 'SEKRETARIAT', 'ADMINISTRATOR'),
    leader('kabid', 'BIDANG_SD', 'ADMINISTRATOR'),
    leader('kasi', 'SEKSI_KURIKULUM', 'PENGAWAS'),
  ],
  parentOf: new Map([
    ['SEKRETARIAT', null],
    ['SUBBAG_UMUM', 'SEKRETARIAT'],
    ['BIDANG_SD', null],
    ['SEKSI_KURIKULUM', 'BIDANG_SD'],
    ['SEKSI_SARPRAS', 'BIDANG_SD'],
  ]),
};
const superior = (id: string, unitId: string, positionType: OrgLeader['positionType'] | null = null) =>
  directSuperiorOf({ id, unitId, positionType }, org)?.employeeId ?? null;

describe('directSuperiorOf', () => {
  it('is the leader of the own unit for staff', () => {
    expect(superior('guru', 'SEKSI_KURIKULUM')).toBe('kasi');
    expect(superior('staf', 'BIDANG_SD', 'PELAKSANA')).toBe('kabid');
  });

  it('walks up to the parent unit when the own unit has no leader', () => {
    expect(superior('teknisi', 'SEKSI_SARPRAS', 'FUNGSIONAL')).toBe('kabid');
    expect(superior('pramu', 'SUBBAG_UMUM')).toBe('kadis');
  });

  it("is a higher leader of the same unit for a leader, else the parent unit's", () => {
    expect(superior('sekretaris', 'SEKRETARIAT', 'ADMINISTRATOR')).toBe('kadis');
    expect(superior('kasi', 'SEKSI_KURIKULUM', 'PENGAWAS')).toBe('kabid');
  });

  it('sends the head of a root unit to the agency head, and the agency head nowhere', () => {
    expect(superior('kabid', 'BIDANG_SD', 'ADMINISTRATOR')).toBe('kadis');
    expect(superior('kadis', 'SEKRETARIAT', 'JPT_PRATAMA')).toBeNull();
  });

  it('has nobody above a unit without leaders in an agency without a head', () => {
    const empty: AgencyOrg = { leaders: [], parentOf: new Map([['U', null]]) };
    expect(directSuperiorOf({ id: 'x', unitId: 'U' }, empty)).toBeNull();
    expect(agencyHeadOf(empty)).toBeNull();
  });

  it('does not loop on a cycle in bad unit data', () => {
    const loop: AgencyOrg = {
      leaders: [leader('kadis', 'TOP', 'JPT_PRATAMA')],
      parentOf: new Map([
        ['A', 'B'],
        ['B', 'A'],
      ]),
    };
    expect(directSuperiorOf({ id: 'x', unitId: 'A' }, loop)?.employeeId).toBe('kadis');
  });
});

describe('agencyHeadOf', () => {
  it('is the highest-ranked leader', () => {
    expect(agencyHeadOf(org)?.employeeId).toBe('kadis');
  });
});
