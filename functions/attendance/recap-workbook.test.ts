import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildRecapXlsx } from './recap-workbook';

const side = (count: number, minutes: number, bands: Record<string, number>) => ({ count, minutes, bands });
const row = {
  employeeId: '01J0000000000000000000000A',
  name: 'Sari Wulandari',
  nip: '198609262015052001',
  unitId: '01J0000000000000000000000B',
  unitName: 'Bidang SD',
  workingDays: 21,
  presentDays: 19,
  absentDays: 1,
  pendingDays: 0,
  dutyDays: 1,
  leaveDays: { TAHUNAN: 2 },
  late: side(2, 45, { '1-30': 1, '31-60': 1 }),
  early: side(1, 0, { 'no-record': 1 }),
  deductionPercent: 8,
};

const files = (bytes: Uint8Array) =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));

describe('buildRecapXlsx', () => {
  it('writes one row per employee with TL/PSW per band, leave per type and the deduction, NIP as text', () => {
    const bytes = buildRecapXlsx(
      {
        agency: { id: row.unitId, name: 'Dinas Pendidikan' },
        month: '2026-11',
        state: {
          agencyId: row.unitId,
          month: '2026-11',
          status: 'closed',
          closedAt: '2026-12-02T01:00:00.000Z',
          closedBy: 'Siti Aminah',
          reopenedAt: null,
          reopenReason: null,
          version: 1,
        },
        items: [row],
      },
      { generatedAt: new Date('2026-12-06T00:00:00Z'), truncated: false, monthName: 'November 2026' },
    );
    const xml = files(bytes);
    const all = Object.values(xml).join('\n');
    for (const header of [
      'NIP',
      'Hari kerja',
      'Cuti TAHUNAN',
      'TL 31-60 mnt',
      'PSW tanpa absen',
      'Potongan TPP (%)',
    ])
      expect(all).toContain(header);
    expect(all).toContain('198609262015052001');
    expect(all).toContain('Ditutup 2026-12-02T01:00:00.000Z');
    expect(all).toContain('November 2026');
    // The NIP is a string cell, never a number that Excel would round.
    expect(all).not.toMatch(/<v>198609262015052001<\/v>/);
  });
});
