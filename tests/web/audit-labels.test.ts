import { describe, expect, it } from 'vitest';
import {
  type AuditLabels,
  actionLabel,
  auditLabels,
  auditLabelsEn,
  auditLabelsId,
  CONTEXT_FIELDS,
  entityTypeLabel,
  type FormatContext,
  fieldLabel,
  flagLabel,
  formatAuditValue,
  humanizeKey,
  isUlid,
  listChange,
  listChangeText,
  MAX_TEXT,
} from '../../web/src/pages/audit-labels';

const EMPLOYEE = '01JABCDEFGHJKMNPQRSTVWXYZ0';
const UNIT = '01JABCDEFGHJKMNPQRSTVWXYZ1';
const UNKNOWN = '01JABCDEFGHJKMNPQRSTVWXYZ9';

function ctx(over: Partial<FormatContext> = {}, labels: AuditLabels = auditLabelsId): FormatContext {
  return {
    labels,
    lang: labels === auditLabelsEn ? 'en' : 'id',
    entityType: 'employee',
    field: 'name',
    names: { [EMPLOYEE]: 'Siti Aminah', [UNIT]: 'Bidang Mutasi' },
    date: (iso) => `D(${iso})`,
    dateTime: (iso) => `DT(${iso})`,
    number: (n) => `N(${n})`,
    ...over,
  };
}

/** Every action key the code writes (packages/db/src, functions/): none may fall back to a humanised key. */
const ACTIONS = [
  'tenant.create',
  'tenant.create.rollback',
  'tenant.suspend',
  'tenant.reactivate',
  'agency.create',
  'agency.update',
  'agency.deactivate',
  'agency.reactivate',
  'agency.delete',
  'unit.create',
  'unit.update',
  'unit.deactivate',
  'user.create',
  'user.update',
  'user.disable',
  'user.enable',
  'employee.create',
  'employee.update',
  'employee.placement',
  'employee.correction',
  'employee.competencies',
  'correction.propose',
  'correction.approve',
  'correction.reject',
  'competency.create',
  'position.create',
  'position.update',
  'training.create',
  'training.enroll',
  'training.complete',
  'mentor.create',
  'mentor.update',
  'mentorship.create',
  'mentorship.check-in',
  'mentorship.end',
  'import.create',
  'import.start',
  'surveyUnit.create',
  'surveyUnit.update',
  'surveySettings.update',
  'surveyPopulation.set',
  'serviceCodes.issue',
  'survey.suggestion.show',
  'survey.suggestion.hide',
  'survey.counters.repair',
  'holiday.seed',
  'holiday.create',
  'holiday.update',
  'holiday.delete',
  'attendanceSettings.update',
  'workLocation.create',
  'workLocation.update',
  'workSchedule.create',
  'workSchedule.update',
  'workSchedule.assign',
  'attendanceMonth.close',
  'attendanceMonth.reopen',
];

const ENTITY_TYPES = [
  'tenant',
  'agency',
  'unit',
  'user',
  'employee',
  'position',
  'competency',
  'training',
  'mentor',
  'mentorship',
  'correction',
  'import',
  'surveyUnit',
  'surveySettings',
  'surveySuggestion',
  'holiday',
  'holidayCalendar',
  'attendanceSettings',
  'workLocation',
  'workSchedule',
];

/** The fields of every diffFields list and literal `changes` object the code writes. */
const FIELDS = [
  ...['username', 'name', 'email', 'role', 'agencyId', 'employeeId', 'status'],
  ...['code', 'parentUnitId', 'slug', 'level', 'bpsCode', 'timeZone'],
  ...['serviceTypes', 'publishResults', 'verification', 'shortCode'],
  ...[
    'elementOrder',
    'extraQuestions',
    'rateLimitPerHour',
    'batchId',
    'count',
    'expiresAt',
    'moderationReason',
  ],
  ...['group', 'levels', 'title', 'type', 'competencies', 'jp', 'startDate', 'endDate', 'capacity'],
  ...['enrollment', 'completion', 'offeredCompetencies', 'active'],
  ...['mentorEmployeeId', 'menteeEmployeeId', 'goals', 'endReason', 'checkIn'],
  ...['employmentType', 'nip', 'frontTitle', 'backTitle', 'gender', 'birthPlace', 'birthDate', 'unitId'],
  ...['rank', 'grade', 'positionId', 'tmtCpns', 'tmtRank', 'education', 'phone'],
  ...['correctionId', 'justification', 'candidateRank', 'training', 'importJobId', 'reason'],
  ...['functionalLevel', 'positionClass', 'requiredEducation', 'requiredCompetencies', 'seats'],
  ...['fileName', 'format'],
  ...['date', 'source', 'days'],
  ...['lat', 'lon', 'radiusM', 'week', 'overrides'],
  ...[
    'passkeyPolicy',
    'geofence',
    'punchWindow',
    'workWeek',
    'ramadan',
    'deduction',
    'leavePolicies',
    'pybmc',
  ],
];

describe('labels', () => {
  it.each([
    ['id', auditLabelsId],
    ['en', auditLabelsEn],
  ] as const)('names every action, entity type and field the code writes (%s)', (_lang, l) => {
    for (const a of ACTIONS) expect(l.actions[a], a).toBeTruthy();
    for (const e of ENTITY_TYPES) expect(l.entityTypes[e], e).toBeTruthy();
    for (const f of FIELDS) expect(l.fields[f], f).toBeTruthy();
    expect(l.flags['outside-recommendation']).toBeTruthy();
    for (const type of l.filterTypes) expect(l.entityTypes[type], type).toBeTruthy();
  });

  it('has the same keys in both languages', () => {
    expect(Object.keys(auditLabelsEn.actions).sort()).toEqual(Object.keys(auditLabelsId.actions).sort());
    expect(Object.keys(auditLabelsEn.entityTypes).sort()).toEqual(
      Object.keys(auditLabelsId.entityTypes).sort(),
    );
    expect(Object.keys(auditLabelsEn.fields).sort()).toEqual(Object.keys(auditLabelsId.fields).sort());
    expect(Object.keys(auditLabelsEn.keys).sort()).toEqual(Object.keys(auditLabelsId.keys).sort());
    expect(Object.keys(auditLabelsEn.values).sort()).toEqual(Object.keys(auditLabelsId.values).sort());
  });

  it('picks the language', () => {
    expect(actionLabel(auditLabels('id'), 'unit.create')).toBe('Unit kerja dibuat');
    expect(actionLabel(auditLabels('en'), 'unit.create')).toBe('Work unit created');
    expect(entityTypeLabel(auditLabels('id'), 'surveyUnit')).toBe('Unit layanan survei');
    expect(flagLabel(auditLabels('en'), 'outside-recommendation')).toBe('Outside the top 5 recommendations');
  });

  it('labels a field by its entity first', () => {
    expect(fieldLabel(auditLabelsId, 'employee', 'name')).toBe('Nama lengkap');
    expect(fieldLabel(auditLabelsId, 'unit', 'name')).toBe('Nama unit');
    expect(fieldLabel(auditLabelsId, 'user', 'name')).toBe('Nama');
    expect(fieldLabel(auditLabelsEn, 'training', 'type')).toBe('Training type');
    expect(fieldLabel(auditLabelsEn, 'position', 'type')).toBe('Position type');
  });

  it('labels the holiday calendar: the seeded decree, a day and its kind', () => {
    expect(actionLabel(auditLabelsId, 'holiday.seed')).toBe('Kalender libur diisi dari SKB 3 Menteri');
    expect(actionLabel(auditLabelsEn, 'holiday.delete')).toBe('Holiday deleted');
    expect(entityTypeLabel(auditLabelsId, 'holidayCalendar')).toBe('Kalender hari libur');
    expect(fieldLabel(auditLabelsId, 'holiday', 'kind')).toBe('Jenis hari libur');
    expect(fieldLabel(auditLabelsEn, 'holidayCalendar', 'days')).toBe('Holidays');
    expect(formatAuditValue('cuti-bersama', ctx({ entityType: 'holiday', field: 'kind' })).text).toBe(
      'Cuti bersama',
    );
    expect(
      formatAuditValue('regional', ctx({ entityType: 'holiday', field: 'kind' }, auditLabelsEn)).text,
    ).toBe('Regional holiday');
    // A survey question's kind keeps its own words.
    expect(formatAuditValue('choice', ctx({ entityType: 'surveySettings', field: 'kind' })).text).toBe(
      'Pilihan',
    );
    expect(formatAuditValue('2026-08-10', ctx({ entityType: 'holiday', field: 'date' })).text).toBe(
      'D(2026-08-10)',
    );
  });

  it('labels attendance places, schedules and their assignment by date', () => {
    expect(actionLabel(auditLabelsId, 'workSchedule.assign')).toBe('Jadwal kerja ditetapkan');
    expect(entityTypeLabel(auditLabelsEn, 'workLocation')).toBe('Work location');
    expect(fieldLabel(auditLabelsId, 'workLocation', 'radiusM')).toBe('Radius (m)');
    expect(fieldLabel(auditLabelsId, 'workSchedule', 'name')).toBe('Nama jadwal');
    expect(fieldLabel(auditLabelsId, 'workLocation', 'unitId')).toBe('Unit kerja (kosong: seluruh instansi)');
    // An assignment is written on its unit or employee, keyed by its first day.
    expect(fieldLabel(auditLabelsId, 'unit', 'schedule 2026-07-01')).toBe('Jadwal kerja mulai 1 Juli 2026');
    expect(fieldLabel(auditLabelsEn, 'employee', 'schedule 2026-07-01')).toBe(
      'Work schedule from 1 July 2026',
    );
    expect(formatAuditValue('shift', ctx({ entityType: 'workSchedule', field: 'kind' })).text).toBe(
      'Shift (daftar shift)',
    );
    expect(
      formatAuditValue('required', ctx({ entityType: 'attendanceSettings', field: 'passkeyPolicy' })).text,
    ).toBe('Wajib');
    expect(
      formatAuditValue('Asia/Makassar', ctx({ entityType: 'workLocation', field: 'timeZone' })).text,
    ).toBe('WITA (Asia/Makassar)');
    // A week reads by weekday, not by ISO number.
    expect(
      formatAuditValue(
        { '5': { start: '07:30', end: '16:30', breakMinutes: 90 } },
        ctx({ entityType: 'workSchedule', field: 'week' }),
      ).text,
    ).toBe('Jumat: Mulai: 07:30; Selesai: 16:30; Istirahat (menit): N(90)');
  });

  it("labels an agency's attendance month closed and reopened, by its month and with the reason", () => {
    expect(actionLabel(auditLabelsId, 'attendanceMonth.close')).toBe('Bulan kehadiran ditutup');
    expect(actionLabel(auditLabelsId, 'attendanceMonth.reopen')).toBe('Bulan kehadiran dibuka kembali');
    expect(actionLabel(auditLabelsId, 'offsiteDuty.approve')).toBe('Dinas luar disetujui');
    expect(actionLabel(auditLabelsEn, 'attendancePermission.reject')).toBe('Permission refused');
    expect(actionLabel(auditLabelsEn, 'attendanceMonth.close')).toBe('Attendance month closed');
    expect(actionLabel(auditLabelsEn, 'attendanceMonth.reopen')).toBe('Attendance month reopened');
    // Written on the agency: its month's state, keyed by the month.
    expect(fieldLabel(auditLabelsId, 'agency', 'attendance 2026-05')).toBe('Kehadiran Mei 2026');
    expect(fieldLabel(auditLabelsEn, 'agency', 'attendance 2026-12')).toBe('Attendance December 2026');
    const month = ctx({ entityType: 'agency', field: 'attendance 2026-05' });
    expect(formatAuditValue('closed', month).text).toBe('Ditutup');
    expect(formatAuditValue('open', month).text).toBe('Terbuka');
    expect(
      formatAuditValue('closed', ctx({ entityType: 'agency', field: 'attendance 2026-05' }, auditLabelsEn))
        .text,
    ).toBe('Closed');
    // Not a month: left to the fallback, and a state word elsewhere keeps its own field's label.
    expect(fieldLabel(auditLabelsId, 'agency', 'attendance 2026-13')).toBe('Attendance 2026 13');
    expect(formatAuditValue('open', ctx({ entityType: 'agency', field: 'name' })).text).toBe('open');
    // The reopening's reason is a fact about the entry, shown as such.
    expect(fieldLabel(auditLabelsId, 'agency', 'reason')).toBe('Alasan');
    expect(fieldLabel(auditLabelsEn, 'agency', 'reason')).toBe('Reason');
    expect(CONTEXT_FIELDS.has('reason')).toBe(true);
  });

  it('labels the dynamic keys of population and counter repairs', () => {
    expect(fieldLabel(auditLabelsId, 'surveyUnit', 'population.2026-Q1')).toBe('Populasi 2026-Q1');
    expect(fieldLabel(auditLabelsId, 'surveyUnit', '2026-03.all.r')).toBe(
      'Penghitung 2026-03 (semua respons): responden',
    );
    expect(fieldLabel(auditLabelsEn, 'surveyUnit', '2026-03.ver.s.U1')).toBe(
      'Counter 2026-03 (verified): sum of scores U1',
    );
    expect(fieldLabel(auditLabelsId, 'surveyUnit', '2026-03.all.g.P')).toContain('jenis kelamin Perempuan');
  });
});

describe('humanizeKey and the fallback for unknown keys', () => {
  it.each([
    ['surveyUnit.create', 'Survey unit create'],
    ['tenant.create.rollback', 'Tenant create rollback'],
    ['mentorship.check-in', 'Mentorship check in'],
    ['outside-recommendation', 'Outside recommendation'],
    ['some_snake_case', 'Some snake case'],
    ['ikmAPIKey', 'Ikm API key'],
    ['show', 'Show'],
    ['', ''],
  ])('%s → %s', (key, text) => {
    expect(humanizeKey(key)).toBe(text);
  });

  it('never throws on a key nobody labelled', () => {
    expect(actionLabel(auditLabelsId, 'surveyUnit.archive')).toBe('Survey unit archive');
    expect(actionLabel(auditLabelsId, 'constructor')).toBe('Constructor');
    expect(entityTypeLabel(auditLabelsEn, 'payrollRun')).toBe('Payroll run');
    expect(fieldLabel(auditLabelsId, 'employee', 'hasOwnProperty')).toBe('Has own property');
    expect(flagLabel(auditLabelsId, 'late-entry')).toBe('Late entry');
  });
});

describe('formatAuditValue', () => {
  it('shows null and undefined as a dash, empty in the tooltip', () => {
    expect(formatAuditValue(null, ctx())).toEqual({ text: '—', title: 'kosong' });
    expect(formatAuditValue(undefined, ctx({}, auditLabelsEn))).toEqual({ text: '—', title: 'empty' });
    expect(formatAuditValue([], ctx()).text).toBe('—');
  });

  it('says yes or no for booleans', () => {
    expect(formatAuditValue(true, ctx()).text).toBe('Ya');
    expect(formatAuditValue(false, ctx()).text).toBe('Tidak');
    expect(formatAuditValue(true, ctx({}, auditLabelsEn)).text).toBe('Yes');
  });

  it('shows an id by its name, the id only in the tooltip', () => {
    const shown = formatAuditValue(UNIT, ctx({ field: 'unitId' }));
    expect(shown.text).toBe('Bidang Mutasi');
    expect(shown.title).toContain(UNIT);
    const unknown = formatAuditValue(UNKNOWN, ctx({ field: 'unitId' }));
    expect(unknown.text).toBe('(tanpa nama)');
    expect(unknown.text).not.toMatch(/[0-9A-HJKMNP-TV-Z]{26}/);
    expect(unknown.title).toContain(UNKNOWN);
    expect(isUlid(UNKNOWN)).toBe(true);
    expect(isUlid('III/a')).toBe(false);
  });

  it('labels coded values by field and entity', () => {
    expect(formatAuditValue('inactive', ctx({ field: 'status', entityType: 'unit' })).text).toBe('Nonaktif');
    expect(formatAuditValue('PENSIUN', ctx({ field: 'status' })).text).toBe('Pensiun');
    expect(formatAuditValue('agency-admin', ctx({ field: 'role', entityType: 'user' })).text).toBe(
      'Admin OPD',
    );
    expect(formatAuditValue('P', ctx({ field: 'gender' })).text).toBe('Perempuan');
    expect(formatAuditValue('FUNGSIONAL', ctx({ field: 'type', entityType: 'position' })).text).toBe(
      'Fungsional',
    );
    expect(formatAuditValue('TI', ctx({ field: 'type', entityType: 'training' }, auditLabelsEn)).text).toBe(
      'Information technology',
    );
    // The same word in a free-text field stays as written.
    expect(formatAuditValue('inactive', ctx({ field: 'name' })).text).toBe('inactive');
  });

  it('keeps a golongan as it is', () => {
    expect(formatAuditValue('III/a', ctx({ field: 'rank' }))).toEqual({ text: 'III/a' });
    expect(formatAuditValue('IX', ctx({ field: 'grade' }))).toEqual({ text: 'IX' });
  });

  it('formats dates and instants with the given formatters', () => {
    expect(formatAuditValue('1990-05-17', ctx({ field: 'birthDate' })).text).toBe('D(1990-05-17)');
    expect(formatAuditValue('2026-03-01T02:00:00.000Z', ctx({ field: 'expiresAt' })).text).toBe(
      'DT(2026-03-01T02:00:00.000Z)',
    );
    // A period is not a date.
    expect(formatAuditValue('2026-03', ctx({ field: 'period' })).text).toBe('2026-03');
  });

  it('formats numbers, but not years', () => {
    expect(formatAuditValue(1500, ctx({ field: 'seats' })).text).toBe('N(1500)');
    expect(formatAuditValue({ result: 'LULUS', year: 2026 }, ctx({ field: 'completion' })).text).toBe(
      'Hasil: Lulus; Tahun: 2026',
    );
  });

  it('cuts long text, the whole of it in the tooltip', () => {
    const long = 'a'.repeat(200);
    const shown = formatAuditValue(long, ctx({ field: 'justification' }));
    expect(shown.text.length).toBeLessThanOrEqual(MAX_TEXT);
    expect(shown.text.endsWith('…')).toBe(true);
    expect(shown.title).toBe(long);
  });

  it('lists arrays comma-separated, at most six items', () => {
    expect(formatAuditValue(['KTP', 'KK'], ctx({ field: 'serviceTypes' }))).toEqual({ text: 'KTP, KK' });
    const many = formatAuditValue(
      ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'],
      ctx({ field: 'elementOrder' }),
    );
    expect(many.text).toBe('U1, U2, U3, U4, U5, U6 +3 lainnya');
    expect(many.title).toContain('U9');
  });

  it('names the objects of an array by name, code or label, else counts them', () => {
    expect(
      formatAuditValue(
        [
          { code: 'DIGITAL', level: 3 },
          { code: 'ETIKA', level: 2 },
        ],
        ctx({ field: 'competencies' }),
      ).text,
    ).toBe('DIGITAL (level 3), ETIKA (level 2)');
    expect(
      formatAuditValue(
        [{ code: 'DIGITAL', minLevel: 2 }],
        ctx({ field: 'requiredCompetencies' }, auditLabelsEn),
      ).text,
    ).toBe('DIGITAL (≥ level 2)');
    expect(
      formatAuditValue(
        [{ level: 'S1', major: 'Teknik Informatika', institution: 'Unsri', graduationYear: 2010 }],
        ctx({ field: 'education' }),
      ).text,
    ).toBe('S1 Teknik Informatika (2010)');
    expect(
      formatAuditValue(
        [{ id: 'asal', text: { id: 'Dari mana Anda tahu?', en: 'Where did you hear?' }, kind: 'text' }],
        ctx({ field: 'extraQuestions', entityType: 'surveySettings' }, auditLabelsEn),
      ).text,
    ).toBe('Where did you hear?');
    const levels = formatAuditValue(
      [
        { level: 1, description: 'Dasar' },
        { level: 2, description: 'Menengah' },
      ],
      ctx({ field: 'levels', entityType: 'competency' }),
    );
    expect(levels.text).toBe('2 item');
    expect(levels.title).toBe('Level: N(1); Uraian: Dasar\nLevel: N(2); Uraian: Menengah');
  });

  it('shows objects as labelled key: value pairs, not JSON', () => {
    const shown = formatAuditValue(
      { employeeId: EMPLOYEE, result: 'TIDAK_LULUS', score: null },
      ctx({ field: 'completion', entityType: 'training' }),
    );
    expect(shown.text).toBe('Pegawai: Siti Aminah; Hasil: Tidak lulus; Nilai: —');
    expect(shown.text).not.toContain('{');
    expect(
      formatAuditValue({ levels: ['S1', 'S2'], majors: [] }, ctx({ field: 'requiredEducation' })).text,
    ).toBe('Jenjang: S1, S2; Jurusan: —');
    // A check-in's own id says nothing to a reader; its date does.
    expect(formatAuditValue({ id: UNKNOWN, date: '2026-02-03' }, ctx({ field: 'checkIn' })).text).toBe(
      'Tanggal: D(2026-02-03)',
    );
  });
});

describe('listChange', () => {
  it('says which items changed, were added or removed, instead of two long lists', () => {
    const before = [
      { code: 'DIGITAL', level: 2 },
      { code: 'ETIKA', level: 3 },
      { code: 'LAMA', level: 1 },
    ];
    const after = [
      { code: 'DIGITAL', level: 3 },
      { code: 'ETIKA', level: 3 },
      { code: 'BARU', level: 2 },
    ];
    const change = listChange(before, after, ctx({ field: 'competencies' }));
    expect(change).toEqual({
      changed: ['DIGITAL (level 2 → 3)'],
      added: ['BARU (level 2)'],
      removed: ['LAMA (level 1)'],
    });
    expect(listChangeText(change!, auditLabelsId)).toBe(
      'diubah DIGITAL (level 2 → 3); ditambah BARU (level 2); dihapus LAMA (level 1)',
    );
    expect(
      listChangeText(listChange(['KTP'], ['KTP', 'SIM'], ctx({ field: 'serviceTypes' }))!, auditLabelsEn),
    ).toBe('added SIM');
  });

  it('leaves empty lists and a new order to before → after', () => {
    expect(listChange([], ['KTP'], ctx())).toBeNull();
    expect(listChange(['U1', 'U2'], ['U2', 'U1'], ctx({ field: 'elementOrder' }))).toBeNull();
    expect(listChange('a', ['a'], ctx())).toBeNull();
  });
});
