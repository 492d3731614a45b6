import { describe, expect, it } from 'vitest';
import { employeeRuleErrors } from '../schemas/employee-create';
import { IMPORT_COLUMNS } from '../schemas/imports';
import {
  changedFields,
  columnOfPath,
  createInputOf,
  type ImportCell,
  importErrorOf,
  mergeEducation,
  placementErrors,
  readImportHeader,
  readImportRow,
} from './import-rows';
import { checkNip } from './nip';

const AGENCY = '01HZAGENCY0000000000000001';
const AGENCY2 = '01HZAGENCY0000000000000002';
const UNIT = '01HZXN1T000000000000000001';
const lookups = {
  agencies: [
    { id: AGENCY, name: 'Dinas Pendidikan', code: 'DISDIK' },
    { id: AGENCY2, name: 'Badan Kepegawaian Daerah' },
  ],
  unitsOf: (id: string) => (id === AGENCY ? [{ id: UNIT, name: 'Bidang SMP' }] : []),
};

const HEADER = [
  'nip',
  'employmentType',
  'name',
  'gender',
  'birthPlace',
  'birthDate',
  'agencyId',
  'unitId',
  'rank',
  'tmtCpns',
  'educationLevel',
  'educationMajor',
  'educationInstitution',
  'educationYear',
  'competencies',
  'email',
];
const header = readImportHeader(HEADER);
const GOOD: ImportCell[] = [
  '198503122010011001',
  'PNS',
  'Budi  Santoso',
  'L',
  'Bandar Lampung',
  '12-03-1985',
  'Dinas Pendidikan',
  'bidang smp',
  'iii/b',
  new Date(Date.UTC(2010, 0, 1)),
  's1',
  'Teknik Informatika',
  'Universitas Lampung',
  2008,
  'tek-analisis-data:3; MAN-KEPEMIMPINAN:2',
  'budi@example.go.id',
];
const withCell = (key: string, value: ImportCell) => {
  const cells = [...GOOD];
  cells[HEADER.indexOf(key)] = value;
  return cells;
};

describe('readImportHeader', () => {
  it('accepts field names and Indonesian labels in any order and case, and warns about unknown columns', () => {
    const h = readImportHeader(['Nama', 'NIP', 'agencyid', 'Catatan', 'nip']);
    expect(h.columns).toEqual(['name', 'nip', 'agencyId', null, null]);
    expect(h.names).toMatchObject({ name: 'Nama', nip: 'NIP', agencyId: 'agencyid' });
    expect(h.fatal).toBeNull();
    expect(h.warnings.map((w) => [w.row, w.column])).toEqual([
      [1, 'Catatan'],
      [1, 'nip'],
    ]);
  });

  it("reads the template's Indonesian headers, the English keys of older files and the old labels alike", () => {
    const indonesian = readImportHeader(IMPORT_COLUMNS.map((c) => c.label));
    expect(indonesian).toMatchObject({ fatal: null, warnings: [] });
    expect(indonesian.columns).toEqual(IMPORT_COLUMNS.map((c) => c.key));
    expect(readImportHeader(IMPORT_COLUMNS.map((c) => c.key)).columns).toEqual(
      IMPORT_COLUMNS.map((c) => c.key),
    );
    const h = readImportHeader([
      'NIP',
      'Nama Lengkap',
      'Gelar Depan',
      'Tanggal Lahir',
      'Jenis Kelamin',
      'instansi / opd',
      'UNIT  KERJA',
      'Jabatan',
      'Golongan',
    ]);
    expect(h.columns).toEqual([
      'nip',
      'name',
      'frontTitle',
      'birthDate',
      'gender',
      'agencyId',
      'unitId',
      'positionId',
      'rank',
    ]);
    expect(h.names).toMatchObject({ agencyId: 'instansi / opd', unitId: 'UNIT KERJA' });
    const old = readImportHeader(['NIP', 'Nama', 'Perangkat Daerah', 'Unit', 'ID Jabatan']);
    expect(old.columns).toEqual(['nip', 'name', 'agencyId', 'unitId', 'positionId']);
    expect(old.warnings).toEqual([]);
  });

  it('is fatal without a NIP column', () => {
    expect(readImportHeader(['name', 'gender']).fatal).toMatch(/nip/);
  });
});

describe('readImportRow', () => {
  it('maps a good row to createEmployee fields: names resolved, dates and codes normalised', () => {
    const { row, errors } = readImportRow(GOOD, 2, header, lookups);
    expect(errors).toEqual([]);
    expect(row).toEqual({
      row: 2,
      nip: '198503122010011001',
      fields: {
        employmentType: 'PNS',
        name: 'Budi Santoso',
        gender: 'L',
        birthPlace: 'Bandar Lampung',
        birthDate: '1985-03-12',
        agencyId: AGENCY,
        unitId: UNIT,
        rank: 'III/b',
        tmtCpns: '2010-01-01',
        education: {
          level: 'S1',
          major: 'Teknik Informatika',
          institution: 'Universitas Lampung',
          graduationYear: 2008,
        },
        competencies: [
          { code: 'TEK-ANALISIS-DATA', level: 3 },
          { code: 'MAN-KEPEMIMPINAN', level: 2 },
        ],
        email: 'budi@example.go.id',
      },
    });
    const created = createInputOf(row!, header);
    expect(created.errors).toEqual([]);
    expect(created.input).toMatchObject({ nip: '198503122010011001', education: [{ level: 'S1' }] });
  });

  it('accepts ids and agency codes for the agency and unit, and skips a row with no values', () => {
    const byId = readImportRow(withCell('agencyId', AGENCY), 3, header, lookups);
    expect(byId.row?.fields.agencyId).toBe(AGENCY);
    expect(readImportRow(withCell('agencyId', 'disdik'), 3, header, lookups).row?.fields.agencyId).toBe(
      AGENCY,
    );
    expect(
      readImportRow(
        HEADER.map(() => '  '),
        9,
        header,
        lookups,
      ),
    ).toEqual({ row: null, errors: [] });
  });

  it.each([
    ['nip', '19850312201001100', /^NIP harus 18 digit/],
    // What Excel keeps of a NIP typed into a Number cell: the last digits are rounded away.
    ['nip', Number('198503122010011001'), /format sel menjadi Teks/],
    ['employmentType', 'honorer', /PNS, CPNS atau PPPK/],
    ['gender', 'X', /isi L atau P/],
    ['birthDate', '31-02-1985', /bukan tanggal/],
    ['agencyId', 'Dinas Tidak Ada', /tidak ditemukan/],
    ['unitId', 'Bidang SMA', /unit "Bidang SMA" tidak ditemukan/],
    ['rank', 'V/a', /golongan "V\/a" tidak dikenal/],
    ['educationLevel', 'S4', /jenjang "S4"/],
    ['educationYear', '08', /tahun 4 digit/],
    ['competencies', 'TEK-ANALISIS-DATA:7', /KODE:level/],
    ['competencies', 'A1:2;a1:3', /tercantum dua kali/],
    ['email', 'budi@', /bukan alamat email/],
  ])('reports %s = %j at its column, in Indonesian', (key, value, message) => {
    const { row, errors } = readImportRow(withCell(key, value), 7, header, lookups);
    expect(row).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 7, column: key });
    expect(errors[0]!.message).toMatch(message);
  });

  it('names the column as the file writes it', () => {
    const h = readImportHeader(['NIP', 'Jenis Kelamin']);
    expect(readImportRow(['198503122010011001', 'W'], 4, h, lookups).errors).toEqual([
      { row: 4, column: 'Jenis Kelamin', message: expect.stringMatching(/L atau P/) },
    ]);
  });

  it('wants all four education columns together', () => {
    const { errors } = readImportRow(withCell('educationMajor', ''), 5, header, lookups);
    expect(errors).toEqual([
      { row: 5, column: 'educationMajor', message: expect.stringMatching(/wajib diisi/) },
    ]);
  });
});

describe('readImportRow: positions and units by name', () => {
  const UNIT2 = '01HZXN1T000000000000000002';
  const POS = '01HZP0S1T10N0000000000001A';
  const POS2 = '01HZP0S1T10N0000000000002A';
  const POS3 = '01HZP0S1T10N0000000000003A';
  const named = {
    agencies: lookups.agencies,
    unitsOf: (id: string) =>
      id === AGENCY
        ? [
            { id: UNIT, name: 'Bidang SMP' },
            { id: UNIT2, name: 'Sekretariat' },
            { id: '01HZXN1T000000000000000003', name: 'sekretariat ' },
          ]
        : [],
    positionsOf: (id: string) =>
      id === AGENCY
        ? [
            { id: POS, name: 'Guru Ahli Pertama', unitId: UNIT },
            { id: POS2, name: 'Pengadministrasi Umum', unitId: UNIT },
            { id: POS3, name: 'pengadministrasi  umum', unitId: UNIT },
            { id: '01HZP0S1T10N0000000000004A', name: 'Analis Data', unitId: UNIT2 },
          ]
        : [],
  };
  const h = readImportHeader(['NIP', 'Instansi/OPD', 'Unit Kerja', 'Jabatan']);
  const read = (agency: string, unit: string | null, position: string) =>
    readImportRow(['198503122010011001', agency, unit, position], 2, h, named);

  it("takes a position by its name in the row's unit, in any case and spacing, or by id", () => {
    expect(read('Dinas Pendidikan', 'Bidang SMP', 'guru  ahli PERTAMA').row?.fields).toMatchObject({
      agencyId: AGENCY,
      unitId: UNIT,
      positionId: POS,
    });
    expect(read('DISDIK', 'Bidang SMP', POS.toLowerCase()).row?.fields.positionId).toBe(POS);
  });

  it('reports a name not found in the unit, or held by two positions there, at the Jabatan column', () => {
    expect(read('Dinas Pendidikan', 'Bidang SMP', 'Analis Data').errors).toEqual([
      { row: 2, column: 'Jabatan', message: 'jabatan "Analis Data" tidak ditemukan di unit kerja ini' },
    ]);
    expect(read('Dinas Pendidikan', 'Bidang SMP', 'Pengadministrasi Umum').errors).toEqual([
      {
        row: 2,
        column: 'Jabatan',
        message:
          'ada lebih dari satu jabatan bernama "Pengadministrasi Umum" di unit kerja ini; tulis ID jabatannya',
      },
    ]);
  });

  it('reports two units of one name in the agency as such, and then says nothing more about the position', () => {
    expect(read('Dinas Pendidikan', 'Sekretariat', 'Analis Data').errors).toEqual([
      {
        row: 2,
        column: 'Unit Kerja',
        message:
          'ada lebih dari satu unit bernama "Sekretariat" di perangkat daerah ini; tulis ID unitnya (lihat lembar "Perangkat Daerah")',
      },
    ]);
  });

  it('needs the agency and unit for a name, and reads ids without any lookup', () => {
    const alone = readImportHeader(['NIP', 'Jabatan']);
    expect(readImportRow(['198503122010011001', 'Guru Ahli Pertama'], 3, alone, named).errors).toEqual([
      {
        row: 3,
        column: 'Jabatan',
        message:
          'jabatan "Guru Ahli Pertama" ditulis dengan nama, jadi isi juga instansi/OPD dan unit kerjanya; atau tulis ID jabatan',
      },
    ]);
    expect(readImportRow(['198503122010011001', POS], 3, alone, lookups).row?.fields.positionId).toBe(POS);
    // Without positionsOf (an older caller) a name finds nothing.
    expect(
      readImportRow(
        ['198503122010011001', 'Dinas Pendidikan', 'Bidang SMP', 'Guru Ahli Pertama'],
        2,
        h,
        lookups,
      ).errors[0]?.message,
    ).toBe('jabatan "Guru Ahli Pertama" tidak ditemukan di unit kerja ini');
  });
});

describe('createInputOf', () => {
  it('lists every missing required column of a new employee', () => {
    const h = readImportHeader(['nip', 'name']);
    const { row } = readImportRow(['198503122010011001', 'Budi'], 2, h, lookups);
    const { input, errors } = createInputOf(row!, h);
    expect(input).toBeNull();
    expect(errors.map((e) => e.column).sort()).toEqual(
      [
        'agencyId',
        'birthDate',
        'birthPlace',
        'educationInstitution',
        'educationLevel',
        'educationMajor',
        'educationYear',
        'employmentType',
        'gender',
        'unitId',
      ].sort(),
    );
  });

  it('reports the NIP cross-checks in Indonesian: the gender digit against the gender column', () => {
    const { row } = readImportRow(withCell('gender', 'P'), 6, header, lookups);
    const { errors } = createInputOf(row!, header);
    expect(errors).toEqual([
      { row: 6, column: 'nip', message: 'digit 15 (jenis kelamin) adalah 1 tetapi jenis kelamin P' },
    ]);
  });

  it('reports a PNS without a TMT CPNS and a PPPK with a rank', () => {
    const noTmt = readImportRow(withCell('tmtCpns', ''), 2, header, lookups).row!;
    expect(createInputOf(noTmt, header).errors).toEqual([
      { row: 2, column: 'tmtCpns', message: 'wajib diisi untuk PNS' },
    ]);
  });
});

describe('importErrorOf', () => {
  it('translates every message checkNip and employeeRuleErrors can give (no English fallback)', () => {
    const messages = [
      ...checkNip('19850230201001300', {}),
      ...checkNip('198502302010133000', { birthDate: '1985-03-12', gender: 'L', tmtCpns: '2011-01-01' }),
      ...checkNip('198503122000011001', { today: '1999-01-01' }),
      ...checkNip('198503122010011001', { gender: 'P' }),
      ...employeeRuleErrors({
        employmentType: 'PPPK',
        nip: '198503122010011001',
        gender: 'L',
        birthDate: '1985-03-12',
        rank: 'III/a',
      }).map((e) => e.message),
      ...employeeRuleErrors({
        employmentType: 'PNS',
        nip: '198503122010011001',
        gender: 'L',
        birthDate: '2011-01-01',
        grade: 'V',
        tmtCpns: '2010-01-01',
        tmtRank: '2009-01-01',
      }).map((e) => e.message),
      ...employeeRuleErrors({
        employmentType: 'CPNS',
        nip: '198503122010011001',
        gender: 'L',
        birthDate: '1985-03-12',
      }).map((e) => e.message),
    ];
    expect(messages.length).toBeGreaterThan(12);
    for (const m of messages) {
      const out = importErrorOf({ path: 'nip', message: m }, 2, header).message;
      expect(out, m).not.toMatch(/tidak valid \(/);
    }
  });

  it('maps education paths to their columns and keeps unknown messages readable', () => {
    expect(columnOfPath('education.0.graduationYear')).toBe('educationYear');
    expect(columnOfPath('competencies.1.code')).toBe('competencies');
    expect(importErrorOf({ path: 'phone', message: 'odd' }, 3, header)).toEqual({
      row: 3,
      column: 'phone',
      message: 'Telepon tidak valid (odd)',
    });
  });
});

describe('updates', () => {
  const s1 = {
    level: 'S1',
    major: 'Teknik Informatika',
    institution: 'Universitas Lampung',
    graduationYear: 2008,
  } as const;
  const sma = { level: 'SMA', major: 'IPA', institution: 'SMAN 2', graduationYear: 2003 } as const;

  it('mergeEducation keeps a known entry and replaces the same level otherwise', () => {
    expect(mergeEducation([sma, s1], { ...s1, major: 'teknik  informatika' })).toEqual([sma, s1]);
    expect(mergeEducation([sma, s1], { ...s1, graduationYear: 2009 })).toEqual([
      sma,
      { ...s1, graduationYear: 2009 },
    ]);
    expect(mergeEducation([sma], s1)).toEqual([sma, s1]);
  });

  it('changedFields ignores the order of map keys but not of values', () => {
    const a = { education: [{ level: 'S1', major: 'X' }], name: 'A' };
    expect(
      changedFields(a, { education: [{ major: 'X', level: 'S1' }], name: 'A' }, ['education', 'name']),
    ).toEqual([]);
    expect(changedFields(a, { ...a, name: 'B' }, ['education', 'name'])).toEqual(['name']);
    expect(changedFields({ email: undefined }, { email: null }, ['email'])).toEqual([]);
  });

  it('placementErrors refuses an agency, unit or position change: that is a mutasi', () => {
    const { row } = readImportRow(GOOD, 2, header, lookups);
    expect(placementErrors(row!, { agencyId: AGENCY, unitId: UNIT }, header)).toEqual([]);
    expect(placementErrors(row!, { agencyId: AGENCY2, unitId: UNIT }, header)).toEqual([
      { row: 2, column: 'agencyId', message: expect.stringMatching(/mutasi/) },
    ]);
  });
});
