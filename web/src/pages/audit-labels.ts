/**
 * The audit page's words (issue 11, B9): what each action, entity type, changed field, value and
 * flag the API writes is called, in Bahasa Indonesia and English, and the pure functions that turn
 * an audit entry's raw keys and values into text an inspector can read. No Preact here, so the rules
 * are unit-tested on their own (audit-labels.test.ts).
 *
 * Where the keys come from: `auditPut` calls in packages/db/src (and the actions passed to them from
 * functions/), the `diffFields(…, [fields])` lists and the literal `changes` objects. A key missing
 * here is not an error: it is shown humanised (`surveyUnit.archive` → "Survey unit archive").
 */
import { en as appEn } from '../i18n/en';
import { id as appId } from '../i18n/id';

export type AuditLang = 'id' | 'en';
type Labels = Readonly<Record<string, string>>;

export interface AuditLabels {
  /** `entityType.verb` → what happened. */
  actions: Labels;
  entityTypes: Labels;
  /** The entity types the filter offers, in this order (tenant entries live in the platform's log). */
  filterTypes: readonly string[];
  /** Changed fields, whatever the entity. */
  fields: Labels;
  /** Fields whose meaning depends on the entity (a training's `type` is not a position's). */
  fieldsByEntity: Readonly<Record<string, Labels>>;
  /** Keys inside an object value (an education entry, a training result); else `fields`. */
  keys: Labels;
  /** Coded values by the field (or object key) they are found in. */
  values: Readonly<Record<string, Labels>>;
  /** Coded values whose meaning depends on the entity, by entity then field. */
  valuesByEntity: Readonly<Record<string, Readonly<Record<string, Labels>>>>;
  flags: Labels;
  /** Survey counter attributes (`2026-03.all.s.U1`), recounted by `survey.counters.repair`. */
  counter: {
    label: (month: string, variant: string, part: string) => string;
    variants: Labels;
    respondents: string;
    parts: Labels;
  };
  population: (period: string) => string;
  /** A schedule assignment's change, keyed by its first day (`schedule 2026-07-01`). */
  scheduleFrom: (date: string) => string;
  /** An agency's attendance month closed or reopened, keyed by the month (`attendance 2026-05`). */
  attendanceMonth: (month: string) => string;
  text: {
    yes: string;
    no: string;
    /** Shown for null/undefined ("—"), with this as its tooltip. */
    empty: string;
    anonymous: string;
    anonymousHint: string;
    /** An id the page could not name (deleted, or never named by the API). */
    unnamed: string;
    idTitle: (id: string) => string;
    actionTitle: (key: string) => string;
    items: (n: number) => string;
    more: (n: number) => string;
    /** A list's change in items: what was added, removed, or changed (by code). */
    added: string;
    removed: string;
    changed: string;
    allTypes: string;
    typeAndIdTogether: string;
    noChanges: string;
  };
}

/** A ULID, the form of every id the API makes. */
export const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
export const isUlid = (v: unknown): v is string => typeof v === 'string' && ULID.test(v);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const COUNTER_KEY = /^(\d{4}-\d{2})\.(all|ver)\.(.+)$/;
const POPULATION_KEY = /^population\.(.+)$/;
const SCHEDULE_KEY = /^schedule (\d{4}-\d{2}-\d{2})$/;
const ATTENDANCE_MONTH_KEY = /^attendance (\d{4}-(?:0[1-9]|1[0-2]))$/;
/** The values of every `attendance YYYY-MM` key are found under this one. */
const ATTENDANCE_MONTH_VALUES = 'attendanceMonth';
/** Longer strings are cut to this many characters; the whole text goes in the tooltip. */
export const MAX_TEXT = 80;
/** An array shows this many items, then "+n more". */
export const MAX_ITEMS = 6;

const FILTER_TYPES = [
  'employee',
  'agency',
  'unit',
  'user',
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
  'leaveRequest',
  'leaveBalance',
  'approvalDelegation',
] as const;

const positionTypesId = {
  JPT_UTAMA: 'JPT Utama',
  JPT_MADYA: 'JPT Madya',
  JPT_PRATAMA: 'JPT Pratama',
  ADMINISTRATOR: 'Administrator',
  PENGAWAS: 'Pengawas',
  PELAKSANA: 'Pelaksana',
  FUNGSIONAL: 'Fungsional',
};
const trainingTypesId = {
  PKA: 'PKA',
  PKP: 'PKP',
  PIM: 'Diklatpim',
  TEKNIS: 'Teknis',
  FUNGSIONAL: 'Fungsional',
  TI: 'Teknologi informasi',
  LAINNYA: 'Lainnya',
};
const holidayKindsId = {
  national: 'Libur nasional',
  'cuti-bersama': 'Cuti bersama',
  regional: 'Libur daerah',
};
const holidayKindsEn = {
  national: 'National holiday',
  'cuti-bersama': 'Collective leave (cuti bersama)',
  regional: 'Regional holiday',
};
const leaveTypesId = {
  TAHUNAN: 'Cuti tahunan',
  BESAR: 'Cuti besar',
  SAKIT: 'Cuti sakit',
  MELAHIRKAN: 'Cuti melahirkan',
  ALASAN_PENTING: 'Cuti karena alasan penting',
  BERSAMA: 'Cuti bersama',
  CLTN: 'Cuti di luar tanggungan negara (CLTN)',
};
const leaveTypesEn = {
  TAHUNAN: 'Annual leave',
  BESAR: 'Long service leave (cuti besar)',
  SAKIT: 'Sick leave',
  MELAHIRKAN: 'Maternity leave',
  ALASAN_PENTING: 'Leave for important reasons',
  BERSAMA: 'Collective leave (cuti bersama)',
  CLTN: 'Unpaid leave (CLTN)',
};
const leaveStatusesId = {
  AWAITING_RECOMMENDATION: 'Menunggu rekomendasi atasan',
  AWAITING_DECISION: 'Menunggu keputusan PYBMC',
  APPROVED: 'Disetujui',
  CHANGED: 'Disetujui dengan perubahan',
  DEFERRED: 'Ditangguhkan',
  REJECTED: 'Ditolak',
  CANCELLED: 'Dibatalkan',
};
const leaveStatusesEn = {
  AWAITING_RECOMMENDATION: 'Awaiting the superior’s recommendation',
  AWAITING_DECISION: 'Awaiting the PYBMC’s decision',
  APPROVED: 'Approved',
  CHANGED: 'Approved with changes',
  DEFERRED: 'Deferred',
  REJECTED: 'Rejected',
  CANCELLED: 'Cancelled',
};
const leaveOutcomesId = {
  APPROVE: 'Setujui',
  CHANGE: 'Ubah',
  DEFER: 'Tangguhkan',
  REJECT: 'Tolak',
  SKIPPED: 'Dilewati (tanpa atasan langsung)',
  CANCELLED: 'Dibatalkan',
};
const leaveOutcomesEn = {
  APPROVE: 'Approve',
  CHANGE: 'Change',
  DEFER: 'Defer',
  REJECT: 'Reject',
  SKIPPED: 'Skipped (no direct superior)',
  CANCELLED: 'Cancelled',
};
const delegationKindsId = { PLT: 'Plt (pelaksana tugas)', PLH: 'Plh (pelaksana harian)' };
const delegationKindsEn = { PLT: 'Plt (acting official)', PLH: 'Plh (daily stand-in)' };
const scheduleKindsId = { fixed: 'Tetap (pekan kerja)', shift: 'Shift (daftar shift)' };
const scheduleKindsEn = { fixed: 'Fixed (weekly)', shift: 'Shift (roster)' };
const passkeyPoliciesId = { off: 'Tidak dipakai', optional: 'Opsional', required: 'Wajib' };
const passkeyPoliciesEn = { off: 'Off', optional: 'Optional', required: 'Required' };

/** "7 Desember 2026": a day in a key (an assignment's first day), as the reader writes it. */
const longDate = (locale: string) => {
  const f = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  return (date: string) => f.format(new Date(`${date}T00:00:00Z`));
};
const longDateId = longDate('id-ID');
const longDateEn = longDate('en-GB');

/** "Mei 2026": a month in a key (`attendance 2026-05`), as the reader writes it. */
const longMonth = (locale: string) => {
  const f = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (month: string) => f.format(new Date(`${month}-01T00:00:00Z`));
};
const longMonthId = longMonth('id-ID');
const longMonthEn = longMonth('en-GB');

const positionTypesEn = {
  JPT_UTAMA: 'JPT Utama (senior executive)',
  JPT_MADYA: 'JPT Madya (senior executive)',
  JPT_PRATAMA: 'JPT Pratama (senior executive)',
  ADMINISTRATOR: 'Administrator',
  PENGAWAS: 'Supervisor (pengawas)',
  PELAKSANA: 'Staff (pelaksana)',
  FUNGSIONAL: 'Functional',
};
const trainingTypesEn = {
  PKA: 'PKA (administrator leadership)',
  PKP: 'PKP (supervisor leadership)',
  PIM: 'Diklatpim (leadership)',
  TEKNIS: 'Technical',
  FUNGSIONAL: 'Functional',
  TI: 'Information technology',
  LAINNYA: 'Other',
};

export const auditLabelsId: AuditLabels = {
  actions: {
    'tenant.create': 'Pemerintah daerah dibuat',
    'tenant.create.rollback': 'Pembuatan pemerintah daerah dibatalkan',
    'tenant.suspend': 'Pemerintah daerah ditangguhkan',
    'tenant.reactivate': 'Pemerintah daerah diaktifkan kembali',
    'agency.create': 'Instansi dibuat',
    'agency.update': 'Instansi diubah',
    'agency.deactivate': 'Instansi dinonaktifkan',
    'agency.reactivate': 'Instansi diaktifkan kembali',
    'agency.delete': 'Instansi dihapus',
    'unit.create': 'Unit kerja dibuat',
    'unit.update': 'Unit kerja diubah',
    'unit.deactivate': 'Unit kerja dinonaktifkan',
    'unit.reactivate': 'Unit kerja diaktifkan kembali',
    'user.create': 'Akun pengguna dibuat',
    'user.update': 'Akun pengguna diubah',
    'user.disable': 'Akun pengguna dinonaktifkan',
    'user.enable': 'Akun pengguna diaktifkan kembali',
    'employee.create': 'Pegawai ditambahkan',
    'employee.update': 'Data pegawai diubah',
    'employee.placement': 'Penempatan (mutasi) pegawai',
    'employee.correction': 'Perbaikan data pegawai diterapkan',
    'employee.competencies': 'Kompetensi pegawai naik (hasil pelatihan)',
    'correction.propose': 'Usulan perbaikan data diajukan',
    'correction.approve': 'Usulan perbaikan data disetujui',
    'correction.reject': 'Usulan perbaikan data ditolak',
    'competency.create': 'Kompetensi ditambahkan ke katalog',
    'position.create': 'Jabatan dibuat',
    'position.update': 'Jabatan diubah',
    'training.create': 'Pelatihan dibuat',
    'training.enroll': 'Peserta pelatihan didaftarkan',
    'training.complete': 'Hasil pelatihan dicatat',
    'mentor.create': 'Pegawai didaftarkan sebagai mentor',
    'mentor.update': 'Profil mentor diubah',
    'mentorship.create': 'Mentoring dimulai',
    'mentorship.check-in': 'Pertemuan mentoring dicatat',
    'mentorship.end': 'Mentoring diakhiri',
    'import.create': 'Impor data pegawai dibuat',
    'import.start': 'Impor data pegawai dijalankan',
    'surveyUnit.create': 'Unit layanan survei dibuat',
    'surveyUnit.update': 'Unit layanan survei diubah',
    'surveySettings.update': 'Pengaturan survei diubah',
    'surveyPopulation.set': 'Populasi survei ditetapkan',
    'serviceCodes.issue': 'Kode layanan diterbitkan',
    'survey.suggestion.show': 'Saran survei ditampilkan',
    'survey.suggestion.hide': 'Saran survei disembunyikan',
    'survey.counters.repair': 'Penghitung survei diperbaiki',
    'holiday.seed': 'Kalender libur diisi dari SKB 3 Menteri',
    'holiday.create': 'Hari libur ditambahkan',
    'holiday.update': 'Hari libur diubah',
    'holiday.delete': 'Hari libur dihapus',
    'attendanceSettings.update': 'Pengaturan kehadiran diubah',
    'workLocation.create': 'Lokasi kerja ditambahkan',
    'workLocation.update': 'Lokasi kerja diubah',
    'workSchedule.create': 'Jadwal kerja dibuat',
    'workSchedule.update': 'Jadwal kerja diubah',
    'workSchedule.assign': 'Jadwal kerja ditetapkan',
    'attendanceMonth.close': 'Bulan kehadiran ditutup',
    'attendanceMonth.reopen': 'Bulan kehadiran dibuka kembali',
    'offsiteDuty.request': 'Dinas luar diajukan',
    'offsiteDuty.approve': 'Dinas luar disetujui',
    'offsiteDuty.reject': 'Dinas luar ditolak',
    'attendancePermission.request': 'Izin diajukan',
    'attendancePermission.approve': 'Izin disetujui',
    'attendancePermission.reject': 'Izin ditolak',
    'leave.request': 'Cuti diajukan',
    'leave.recommend': 'Cuti direkomendasikan atasan langsung',
    'leave.decide': 'Cuti diputuskan PYBMC',
    'leave.cancel': 'Cuti dibatalkan',
    'leave.recount': 'Hari kerja cuti dihitung ulang (kalender libur berubah)',
    'leaveBalance.recount': 'Saldo cuti dihitung ulang (cuti bersama berubah)',
    'leaveAttachment.open': 'Membuka lampiran cuti',
    'approvalDelegation.create': 'Plt/Plh ditunjuk',
    'approvalDelegation.revoke': 'Penunjukan Plt/Plh dicabut',
    'passkey.register': 'Passkey absen didaftarkan',
    'passkey.remove': 'Passkey absen dihapus oleh pegawai',
    'passkey.reset': 'Passkey absen diatur ulang oleh admin',
  },
  entityTypes: {
    tenant: 'Pemerintah daerah',
    agency: 'Instansi',
    unit: 'Unit kerja',
    user: 'Akun pengguna',
    employee: 'Pegawai',
    position: 'Jabatan',
    competency: 'Kompetensi',
    training: 'Pelatihan',
    mentor: 'Mentor',
    mentorship: 'Mentoring',
    correction: 'Usulan perbaikan data',
    import: 'Impor data pegawai',
    surveyUnit: 'Unit layanan survei',
    surveySettings: 'Pengaturan survei',
    surveySuggestion: 'Saran survei',
    holiday: 'Hari libur',
    holidayCalendar: 'Kalender hari libur',
    attendanceSettings: 'Pengaturan kehadiran',
    workLocation: 'Lokasi kerja',
    workSchedule: 'Jadwal kerja',
    attendanceRequest: 'Dinas luar / izin',
    leaveRequest: 'Pengajuan cuti',
    leaveBalance: 'Saldo cuti tahunan',
    approvalDelegation: 'Delegasi Plt/Plh',
  },
  filterTypes: FILTER_TYPES,
  fields: {
    // accounts, organisation, tenant
    username: 'Nama pengguna',
    name: 'Nama',
    email: 'Email',
    role: 'Peran',
    agencyId: 'Instansi',
    employeeId: 'Pegawai',
    status: 'Status',
    code: 'Kode',
    parentUnitId: 'Unit induk',
    slug: 'Kode pemda (slug)',
    level: 'Tingkat',
    bpsCode: 'Kode BPS',
    timeZone: 'Zona waktu',
    // employees
    employmentType: 'Jenis kepegawaian',
    nip: 'NIP / NI PPPK',
    frontTitle: 'Gelar depan',
    backTitle: 'Gelar belakang',
    gender: 'Jenis kelamin',
    birthPlace: 'Tempat lahir',
    birthDate: 'Tanggal lahir',
    unitId: 'Unit kerja',
    rank: 'Pangkat/golongan',
    grade: 'Golongan PPPK',
    positionId: 'Jabatan',
    tmtCpns: 'TMT CPNS',
    tmtRank: 'TMT pangkat',
    education: 'Riwayat pendidikan',
    competencies: 'Kompetensi',
    phone: 'Nomor telepon',
    correctionId: 'Usulan perbaikan',
    justification: 'Justifikasi penempatan',
    candidateRank: 'Peringkat kandidat',
    training: 'Pelatihan',
    importJobId: 'Impor data',
    reason: 'Alasan',
    // positions and the competency catalogue
    type: 'Jenis',
    functionalLevel: 'Jenjang jabatan fungsional',
    positionClass: 'Kelas jabatan',
    requiredEducation: 'Pendidikan yang disyaratkan',
    requiredCompetencies: 'Kompetensi yang disyaratkan',
    seats: 'Formasi (kursi)',
    group: 'Kelompok kompetensi',
    levels: 'Uraian level',
    // trainings and mentoring
    title: 'Judul',
    jp: 'Jam pelajaran (JP)',
    startDate: 'Tanggal mulai',
    letterNumber: 'Nomor surat tugas',
    place: 'Tempat',
    decisionNote: 'Catatan keputusan',
    endDate: 'Tanggal selesai',
    capacity: 'Kapasitas',
    enrollment: 'Pendaftaran peserta',
    completion: 'Hasil pelatihan',
    offeredCompetencies: 'Kompetensi yang ditawarkan',
    active: 'Aktif',
    mentorEmployeeId: 'Mentor',
    menteeEmployeeId: 'Mentee',
    goals: 'Tujuan',
    endReason: 'Alasan berakhir',
    checkIn: 'Pertemuan',
    // imports
    fileName: 'Nama berkas',
    format: 'Format berkas',
    // surveys
    serviceTypes: 'Jenis layanan',
    publishResults: 'Hasil dipublikasikan',
    verification: 'Verifikasi responden',
    shortCode: 'Kode singkat survei',
    elementOrder: 'Urutan unsur',
    extraQuestions: 'Pertanyaan tambahan',
    rateLimitPerHour: 'Batas respons per jam',
    moderationReason: 'Alasan moderasi',
    batchId: 'Kelompok kode',
    count: 'Jumlah',
    expiresAt: 'Berlaku sampai',
    // the holiday calendar
    date: 'Tanggal',
    source: 'Dasar penetapan (SKB)',
    days: 'Hari libur',
    // attendance: work locations, schedules and settings
    lat: 'Lintang',
    lon: 'Bujur',
    radiusM: 'Radius (m)',
    week: 'Hari dan jam kerja',
    overrides: 'Rentang tanggal khusus',
    passkeyPolicy: 'Kebijakan passkey',
    passkey: 'Passkey absen',
    passkeys: 'Passkey absen',
    geofence: 'Aturan lokasi absen',
    punchWindow: 'Rentang waktu absen',
    workWeek: 'Hari kerja (hitungan cuti)',
    ramadan: 'Masa Ramadan',
    deduction: 'Tabel potongan tunjangan',
    leavePolicies: 'Aturan cuti',
    pybmc: 'Pejabat yang berwenang memberikan cuti',
  },
  fieldsByEntity: {
    employee: { name: 'Nama lengkap', status: 'Status kepegawaian' },
    correction: { status: 'Status usulan' },
    position: { name: 'Nama jabatan', type: 'Jenis jabatan' },
    training: { title: 'Nama pelatihan', type: 'Jenis pelatihan', capacity: 'Kapasitas peserta' },
    mentor: { capacity: 'Kapasitas mentee', active: 'Menerima mentee' },
    tenant: { level: 'Tingkat pemerintahan' },
    competency: { name: 'Nama kompetensi', code: 'Kode kompetensi' },
    agency: { name: 'Nama instansi', code: 'Kode instansi' },
    unit: { name: 'Nama unit' },
    surveyUnit: { name: 'Nama unit layanan' },
    import: { status: 'Status impor' },
    surveySuggestion: { status: 'Status saran' },
    holiday: { date: 'Tanggal libur', name: 'Keterangan', kind: 'Jenis hari libur' },
    workLocation: {
      name: 'Nama lokasi',
      unitId: 'Unit kerja (kosong: seluruh instansi)',
      active: 'Aktif untuk absen',
    },
    workSchedule: { name: 'Nama jadwal', kind: 'Jenis jadwal' },
    leaveRequest: {
      type: 'Jenis cuti',
      status: 'Status cuti',
      outcome: 'Pilihan',
      actingFor: 'Bertindak untuk',
      note: 'Catatan',
      period: 'Tanggal cuti',
      workingDays: 'Hari kerja',
      attachment: 'Lampiran',
    },
    leaveBalance: { used: 'Hari terpakai' },
    approvalDelegation: {
      principal: 'Pejabat yang digantikan',
      delegate: 'Plt/Plh',
      kind: 'Jenis delegasi',
      decreeNumber: 'Nomor surat perintah',
      revoked: 'Dicabut',
    },
  },
  keys: {
    level: 'Level',
    levels: 'Jenjang',
    majors: 'Jurusan',
    major: 'Jurusan',
    institution: 'Institusi',
    graduationYear: 'Tahun lulus',
    minLevel: 'Level minimal',
    description: 'Uraian',
    result: 'Hasil',
    score: 'Nilai',
    year: 'Tahun',
    date: 'Tanggal',
    text: 'Pertanyaan',
    kind: 'Jenis',
    options: 'Pilihan',
    // a week of a work schedule, and the attendance settings' parts
    '1': 'Senin',
    '2': 'Selasa',
    '3': 'Rabu',
    '4': 'Kamis',
    '5': 'Jumat',
    '6': 'Sabtu',
    '7': 'Minggu',
    start: 'Mulai',
    end: 'Selesai',
    breakMinutes: 'Istirahat (menit)',
    label: 'Keterangan',
    defaultRadiusM: 'Radius bawaan (m)',
    maxFixAgeSeconds: 'Umur lokasi maksimal (detik)',
    maxFixAheadSeconds: 'Selisih jam perangkat maksimal (detik)',
    lowAccuracyM: 'Batas akurasi rendah (m)',
    absurdAccuracyM: 'Batas akurasi tidak wajar (m)',
    maxSpeedKmh: 'Kecepatan maksimal (km/jam)',
    beforeStartMinutes: 'Menit sebelum jam mulai',
    afterEndMinutes: 'Menit setelah jam selesai',
    bands: 'Rentang keterlambatan',
    upToMinutes: 'Sampai menit',
    percent: 'Persen',
    noRecordPercent: 'Potongan tanpa absen (%)',
    absentDayPercent: 'Potongan tidak hadir (%)',
    capPercent: 'Potongan maksimal (%)',
  },
  values: {
    status: {
      ...appId.status,
      pending: 'Menunggu',
      approved: 'Disetujui',
      rejected: 'Ditolak',
      visible: 'Ditampilkan',
      hidden: 'Disembunyikan',
      closed: 'Ditutup',
      ended: 'Berakhir',
      uploaded: 'Diunggah',
      running: 'Berjalan',
      done: 'Selesai',
      failed: 'Gagal',
      interrupted: 'Terputus',
      enrolled: 'Terdaftar',
      completed: 'Selesai',
      AKTIF: 'Aktif',
      CLTN: 'Cuti di luar tanggungan negara',
      PENSIUN: 'Pensiun',
      BERHENTI: 'Berhenti',
    },
    role: appId.roles,
    level: appId.levels,
    timeZone: appId.timeZones,
    gender: { L: 'Laki-laki', P: 'Perempuan' },
    functionalLevel: {
      AHLI_PERTAMA: 'Ahli Pertama',
      AHLI_MUDA: 'Ahli Muda',
      AHLI_MADYA: 'Ahli Madya',
      AHLI_UTAMA: 'Ahli Utama',
      PEMULA: 'Pemula',
      TERAMPIL: 'Terampil',
      MAHIR: 'Mahir',
      PENYELIA: 'Penyelia',
    },
    group: { teknis: 'Teknis', manajerial: 'Manajerial', 'sosial-kultural': 'Sosial kultural' },
    verification: { off: 'Tanpa kode', optional: 'Kode opsional', required: 'Kode wajib' },
    result: { LULUS: 'Lulus', TIDAK_LULUS: 'Tidak lulus' },
    kind: { text: 'Isian', choice: 'Pilihan' },
    format: { xlsx: 'Excel (XLSX)', csv: 'CSV' },
    [ATTENDANCE_MONTH_VALUES]: { open: 'Terbuka', closed: 'Ditutup' },
  },
  valuesByEntity: {
    position: { type: positionTypesId },
    training: { type: trainingTypesId },
    holiday: { kind: holidayKindsId },
    workSchedule: { kind: scheduleKindsId },
    attendanceSettings: { passkeyPolicy: passkeyPoliciesId },
    leaveRequest: { type: leaveTypesId, status: leaveStatusesId, outcome: leaveOutcomesId },
    approvalDelegation: { kind: delegationKindsId },
  },
  flags: {
    'outside-recommendation': 'Di luar 5 rekomendasi teratas',
    'health-data': 'Data kesehatan',
    'synced-passkey': 'Passkey tersinkron ke akun awan',
  },
  counter: {
    label: (month, variant, part) => `Penghitung ${month} (${variant}): ${part}`,
    variants: { all: 'semua respons', ver: 'terverifikasi' },
    respondents: 'responden',
    parts: {
      s: 'jumlah nilai',
      n: 'jumlah jawaban',
      g: 'jenis kelamin',
      a: 'usia',
      e: 'pendidikan',
      o: 'pekerjaan',
      svc: 'layanan',
    },
  },
  population: (period) => `Populasi ${period}`,
  scheduleFrom: (date) => `Jadwal kerja mulai ${longDateId(date)}`,
  attendanceMonth: (month) => `Kehadiran ${longMonthId(month)}`,
  text: {
    yes: 'Ya',
    no: 'Tidak',
    empty: 'kosong',
    anonymous: 'Tidak diketahui',
    anonymousHint: 'Nama pelaku tidak tercatat',
    unnamed: '(tanpa nama)',
    idTitle: (id) => `ID: ${id}`,
    actionTitle: (key) => `Kode tindakan: ${key}`,
    items: (n) => `${n} item`,
    more: (n) => `+${n} lainnya`,
    added: 'ditambah',
    removed: 'dihapus',
    changed: 'diubah',
    allTypes: 'Semua',
    typeAndIdTogether: 'Jenis objek dan ID objek diisi bersama-sama.',
    noChanges: 'Tanpa perubahan isian',
  },
};

export const auditLabelsEn: AuditLabels = {
  actions: {
    'tenant.create': 'Regional government created',
    'tenant.create.rollback': 'Regional government creation rolled back',
    'tenant.suspend': 'Regional government suspended',
    'tenant.reactivate': 'Regional government reactivated',
    'agency.create': 'Agency created',
    'agency.update': 'Agency updated',
    'agency.deactivate': 'Agency deactivated',
    'agency.reactivate': 'Agency reactivated',
    'agency.delete': 'Agency deleted',
    'unit.create': 'Work unit created',
    'unit.update': 'Work unit updated',
    'unit.deactivate': 'Work unit deactivated',
    'unit.reactivate': 'Work unit reactivated',
    'user.create': 'User account created',
    'user.update': 'User account updated',
    'user.disable': 'User account disabled',
    'user.enable': 'User account re-enabled',
    'employee.create': 'Employee added',
    'employee.update': 'Employee record updated',
    'employee.placement': 'Employee placement (transfer)',
    'employee.correction': 'Correction applied to employee record',
    'employee.competencies': 'Employee competencies raised (training result)',
    'correction.propose': 'Data correction proposed',
    'correction.approve': 'Data correction approved',
    'correction.reject': 'Data correction rejected',
    'competency.create': 'Competency added to the catalogue',
    'position.create': 'Position created',
    'position.update': 'Position updated',
    'training.create': 'Training created',
    'training.enroll': 'Trainee enrolled',
    'training.complete': 'Training result recorded',
    'mentor.create': 'Employee registered as a mentor',
    'mentor.update': 'Mentor profile updated',
    'mentorship.create': 'Mentorship started',
    'mentorship.check-in': 'Mentoring meeting recorded',
    'mentorship.end': 'Mentorship ended',
    'import.create': 'Employee import created',
    'import.start': 'Employee import started',
    'surveyUnit.create': 'Survey unit created',
    'surveyUnit.update': 'Survey unit updated',
    'surveySettings.update': 'Survey settings updated',
    'surveyPopulation.set': 'Survey population set',
    'serviceCodes.issue': 'Service codes issued',
    'survey.suggestion.show': 'Survey suggestion shown',
    'survey.suggestion.hide': 'Survey suggestion hidden',
    'survey.counters.repair': 'Survey counters repaired',
    'holiday.seed': 'Holiday calendar filled from the SKB 3 Menteri (joint decree)',
    'holiday.create': 'Holiday added',
    'holiday.update': 'Holiday changed',
    'holiday.delete': 'Holiday deleted',
    'attendanceSettings.update': 'Attendance settings changed',
    'workLocation.create': 'Work location added',
    'workLocation.update': 'Work location changed',
    'workSchedule.create': 'Work schedule created',
    'workSchedule.update': 'Work schedule changed',
    'workSchedule.assign': 'Work schedule assigned',
    'attendanceMonth.close': 'Attendance month closed',
    'attendanceMonth.reopen': 'Attendance month reopened',
    'offsiteDuty.request': 'Off-site duty requested',
    'offsiteDuty.approve': 'Off-site duty approved',
    'offsiteDuty.reject': 'Off-site duty refused',
    'attendancePermission.request': 'Permission requested',
    'attendancePermission.approve': 'Permission approved',
    'attendancePermission.reject': 'Permission refused',
    'leave.request': 'Leave requested',
    'leave.recommend': 'Leave recommended by the direct superior',
    'leave.decide': 'Leave decided by the PYBMC',
    'leave.cancel': 'Leave cancelled',
    'leave.recount': 'Leave working days recounted (holiday calendar changed)',
    'leaveBalance.recount': 'Leave balance recounted (collective leave changed)',
    'leaveAttachment.open': 'Opened a leave attachment',
    'approvalDelegation.create': 'Plt/Plh named',
    'approvalDelegation.revoke': 'Plt/Plh delegation revoked',
    'passkey.register': 'Check-in passkey registered',
    'passkey.remove': 'Check-in passkey removed by the employee',
    'passkey.reset': 'Check-in passkeys reset by an admin',
  },
  entityTypes: {
    tenant: 'Regional government',
    agency: 'Agency',
    unit: 'Work unit',
    user: 'User account',
    employee: 'Employee',
    position: 'Position',
    competency: 'Competency',
    training: 'Training',
    mentor: 'Mentor',
    mentorship: 'Mentorship',
    correction: 'Data correction',
    import: 'Employee import',
    surveyUnit: 'Survey unit',
    surveySettings: 'Survey settings',
    surveySuggestion: 'Survey suggestion',
    holiday: 'Holiday',
    holidayCalendar: 'Holiday calendar',
    attendanceSettings: 'Attendance settings',
    workLocation: 'Work location',
    workSchedule: 'Work schedule',
    attendanceRequest: 'Off-site duty / permission',
    leaveRequest: 'Leave request',
    leaveBalance: 'Annual leave balance',
    approvalDelegation: 'Plt/Plh delegation',
  },
  filterTypes: FILTER_TYPES,
  fields: {
    username: 'Username',
    name: 'Name',
    email: 'Email',
    role: 'Role',
    agencyId: 'Agency',
    employeeId: 'Employee',
    status: 'Status',
    code: 'Code',
    parentUnitId: 'Parent unit',
    slug: 'Short name (slug)',
    level: 'Level',
    bpsCode: 'BPS code',
    timeZone: 'Time zone',
    employmentType: 'Employment type',
    nip: 'NIP / NI PPPK',
    frontTitle: 'Title before name',
    backTitle: 'Title after name',
    gender: 'Gender',
    birthPlace: 'Place of birth',
    birthDate: 'Date of birth',
    unitId: 'Work unit',
    rank: 'Rank (golongan)',
    grade: 'PPPK grade',
    positionId: 'Position',
    tmtCpns: 'TMT CPNS (start as candidate)',
    tmtRank: 'TMT of rank',
    education: 'Education',
    competencies: 'Competencies',
    phone: 'Phone number',
    correctionId: 'Data correction',
    justification: 'Placement justification',
    candidateRank: 'Candidate rank',
    training: 'Training',
    importJobId: 'Data import',
    reason: 'Reason',
    type: 'Type',
    functionalLevel: 'Functional level',
    positionClass: 'Position class',
    requiredEducation: 'Required education',
    requiredCompetencies: 'Required competencies',
    seats: 'Seats (formasi)',
    group: 'Competency group',
    levels: 'Level descriptions',
    title: 'Title',
    jp: 'Learning hours (JP)',
    startDate: 'Start date',
    letterNumber: 'Assignment letter number',
    place: 'Place',
    decisionNote: 'Decision note',
    endDate: 'End date',
    capacity: 'Capacity',
    enrollment: 'Enrolment',
    completion: 'Training result',
    offeredCompetencies: 'Competencies offered',
    active: 'Active',
    mentorEmployeeId: 'Mentor',
    menteeEmployeeId: 'Mentee',
    goals: 'Goals',
    endReason: 'Reason for ending',
    checkIn: 'Meeting',
    fileName: 'File name',
    format: 'File format',
    serviceTypes: 'Service types',
    publishResults: 'Results published',
    verification: 'Respondent verification',
    shortCode: 'Survey short code',
    elementOrder: 'Element order',
    extraQuestions: 'Extra questions',
    rateLimitPerHour: 'Responses per hour limit',
    moderationReason: 'Moderation reason',
    batchId: 'Code batch',
    count: 'Count',
    expiresAt: 'Valid until',
    date: 'Date',
    source: 'Set by (decree)',
    days: 'Holidays',
    lat: 'Latitude',
    lon: 'Longitude',
    radiusM: 'Radius (m)',
    week: 'Working days and hours',
    overrides: 'Date ranges',
    passkeyPolicy: 'Passkey policy',
    passkey: 'Check-in passkey',
    passkeys: 'Check-in passkeys',
    geofence: 'Check-in location rules',
    punchWindow: 'Check-in window',
    workWeek: 'Working days (for leave)',
    ramadan: 'Ramadan',
    deduction: 'Allowance deduction table',
    leavePolicies: 'Leave rules',
    pybmc: 'Leave-granting officials (PyBMC)',
  },
  fieldsByEntity: {
    employee: { name: 'Full name', status: 'Employment status' },
    correction: { status: 'Correction status' },
    position: { name: 'Position name', type: 'Position type' },
    training: { title: 'Training name', type: 'Training type', capacity: 'Trainee capacity' },
    mentor: { capacity: 'Mentee capacity', active: 'Accepting mentees' },
    tenant: { level: 'Government level' },
    competency: { name: 'Competency name', code: 'Competency code' },
    agency: { name: 'Agency name', code: 'Agency code' },
    unit: { name: 'Unit name' },
    surveyUnit: { name: 'Survey unit name' },
    import: { status: 'Import status' },
    surveySuggestion: { status: 'Suggestion status' },
    holiday: { date: 'Holiday date', name: 'Description', kind: 'Kind of holiday' },
    workLocation: {
      name: 'Location name',
      unitId: 'Work unit (empty: whole agency)',
      active: 'Active for check-in',
    },
    workSchedule: { name: 'Schedule name', kind: 'Kind of schedule' },
    leaveRequest: {
      type: 'Kind of leave',
      status: 'Leave status',
      outcome: 'Choice',
      actingFor: 'Acting for',
      note: 'Note',
      period: 'Leave dates',
      workingDays: 'Working days',
      attachment: 'Attachment',
    },
    leaveBalance: { used: 'Days used' },
    approvalDelegation: {
      principal: 'Official stood in for',
      delegate: 'Plt/Plh',
      kind: 'Kind of delegation',
      decreeNumber: 'Warrant number',
      revoked: 'Revoked',
    },
  },
  keys: {
    level: 'Level',
    levels: 'Levels',
    majors: 'Majors',
    major: 'Major',
    institution: 'Institution',
    graduationYear: 'Graduation year',
    minLevel: 'Minimum level',
    description: 'Description',
    result: 'Result',
    score: 'Score',
    year: 'Year',
    date: 'Date',
    text: 'Question',
    kind: 'Kind',
    options: 'Options',
    '1': 'Monday',
    '2': 'Tuesday',
    '3': 'Wednesday',
    '4': 'Thursday',
    '5': 'Friday',
    '6': 'Saturday',
    '7': 'Sunday',
    start: 'Start',
    end: 'End',
    breakMinutes: 'Break (minutes)',
    label: 'Label',
    defaultRadiusM: 'Default radius (m)',
    maxFixAgeSeconds: 'Oldest location accepted (s)',
    maxFixAheadSeconds: 'Device clock ahead by at most (s)',
    lowAccuracyM: 'Low accuracy from (m)',
    absurdAccuracyM: 'Implausible accuracy from (m)',
    maxSpeedKmh: 'Top speed (km/h)',
    beforeStartMinutes: 'Minutes before the start',
    afterEndMinutes: 'Minutes after the end',
    bands: 'Lateness bands',
    upToMinutes: 'Up to minutes',
    percent: 'Percent',
    noRecordPercent: 'Deduction without a punch (%)',
    absentDayPercent: 'Deduction for an absent day (%)',
    capPercent: 'Deduction cap (%)',
  },
  values: {
    status: {
      ...appEn.status,
      pending: 'Pending',
      approved: 'Approved',
      rejected: 'Rejected',
      visible: 'Shown',
      hidden: 'Hidden',
      closed: 'Closed',
      ended: 'Ended',
      uploaded: 'Uploaded',
      running: 'Running',
      done: 'Done',
      failed: 'Failed',
      interrupted: 'Interrupted',
      enrolled: 'Enrolled',
      completed: 'Completed',
      AKTIF: 'Active',
      CLTN: 'Unpaid leave (CLTN)',
      PENSIUN: 'Retired',
      BERHENTI: 'Left the service',
    },
    role: appEn.roles,
    level: appEn.levels,
    timeZone: appEn.timeZones,
    gender: { L: 'Male', P: 'Female' },
    functionalLevel: {
      AHLI_PERTAMA: 'Ahli Pertama (first expert)',
      AHLI_MUDA: 'Ahli Muda (junior expert)',
      AHLI_MADYA: 'Ahli Madya (senior expert)',
      AHLI_UTAMA: 'Ahli Utama (principal expert)',
      PEMULA: 'Pemula (beginner)',
      TERAMPIL: 'Terampil (skilled)',
      MAHIR: 'Mahir (proficient)',
      PENYELIA: 'Penyelia (supervising)',
    },
    group: { teknis: 'Technical', manajerial: 'Managerial', 'sosial-kultural': 'Socio-cultural' },
    verification: { off: 'No codes', optional: 'Codes optional', required: 'Codes required' },
    result: { LULUS: 'Passed', TIDAK_LULUS: 'Not passed' },
    kind: { text: 'Free text', choice: 'Choice' },
    format: { xlsx: 'Excel (XLSX)', csv: 'CSV' },
    [ATTENDANCE_MONTH_VALUES]: { open: 'Open', closed: 'Closed' },
  },
  valuesByEntity: {
    position: { type: positionTypesEn },
    training: { type: trainingTypesEn },
    holiday: { kind: holidayKindsEn },
    workSchedule: { kind: scheduleKindsEn },
    attendanceSettings: { passkeyPolicy: passkeyPoliciesEn },
    leaveRequest: { type: leaveTypesEn, status: leaveStatusesEn, outcome: leaveOutcomesEn },
    approvalDelegation: { kind: delegationKindsEn },
  },
  flags: {
    'outside-recommendation': 'Outside the top 5 recommendations',
    'health-data': 'Health data',
    'synced-passkey': 'Passkey synced to a cloud account',
  },
  counter: {
    label: (month, variant, part) => `Counter ${month} (${variant}): ${part}`,
    variants: { all: 'all responses', ver: 'verified' },
    respondents: 'respondents',
    parts: {
      s: 'sum of scores',
      n: 'answers',
      g: 'gender',
      a: 'age',
      e: 'education',
      o: 'occupation',
      svc: 'service',
    },
  },
  population: (period) => `Population ${period}`,
  scheduleFrom: (date) => `Work schedule from ${longDateEn(date)}`,
  attendanceMonth: (month) => `Attendance ${longMonthEn(month)}`,
  text: {
    yes: 'Yes',
    no: 'No',
    empty: 'empty',
    anonymous: 'Unknown',
    anonymousHint: "The actor's name was not recorded",
    unnamed: '(no name)',
    idTitle: (id) => `ID: ${id}`,
    actionTitle: (key) => `Action code: ${key}`,
    items: (n) => (n === 1 ? '1 item' : `${n} items`),
    more: (n) => `+${n} more`,
    added: 'added',
    removed: 'removed',
    changed: 'changed',
    allTypes: 'All',
    typeAndIdTogether: 'Object type and object id go together.',
    noChanges: 'No field changes',
  },
};

export function auditLabels(lang: AuditLang): AuditLabels {
  return lang === 'en' ? auditLabelsEn : auditLabelsId;
}

const own = (labels: Labels | undefined, key: string): string | undefined =>
  labels && Object.hasOwn(labels, key) ? labels[key] : undefined;

/**
 * A key nobody gave a label, made readable: dots, dashes and underscores become spaces, camelCase
 * is split, and only the first letter is capital (`surveyUnit.create` → "Survey unit create").
 */
export function humanizeKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s._-]+/)
    .filter(Boolean)
    .map((w) => (/^[A-Z0-9]+$/.test(w) && w.length > 1 ? w : w.toLowerCase()));
  const text = words.join(' ');
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : key;
}

export const actionLabel = (l: AuditLabels, action: string): string =>
  own(l.actions, action) ?? humanizeKey(action);

export const entityTypeLabel = (l: AuditLabels, entityType: string): string =>
  own(l.entityTypes, entityType) ?? humanizeKey(entityType);

export const flagLabel = (l: AuditLabels, flag: string): string => own(l.flags, flag) ?? humanizeKey(flag);

/** What a survey counter attribute counts: `all.r`, `ver.s.U1`, `all.g.L`, `all.svc.KTP`. */
function counterPart(l: AuditLabels, rest: string): string {
  if (rest === 'r') return l.counter.respondents;
  const dot = rest.indexOf('.');
  if (dot < 0) return rest;
  const part = rest.slice(0, dot);
  const key = rest.slice(dot + 1);
  const label = own(l.counter.parts, part);
  if (!label) return rest;
  const value = part === 'g' ? (own(l.values.gender, key) ?? key) : key;
  return `${label} ${value}`;
}

/**
 * Fields an entry adds to say why or from where (the training that raised a competency, the
 * justification of a placement, the import a row came from): facts, not changes, so they are
 * shown without "— →" even in an update.
 */
export const CONTEXT_FIELDS: ReadonlySet<string> = new Set([
  'training',
  'justification',
  'candidateRank',
  'importJobId',
  'correctionId',
  'reason',
]);

/** A changed field's label: the entity's own word for it, else the common one, else humanised. */
export function fieldLabel(l: AuditLabels, entityType: string, field: string): string {
  const label = own(l.fieldsByEntity[entityType], field) ?? own(l.fields, field);
  if (label) return label;
  const population = POPULATION_KEY.exec(field);
  if (population) return l.population(population[1]!);
  const schedule = SCHEDULE_KEY.exec(field);
  if (schedule) return l.scheduleFrom(schedule[1]!);
  const attendanceMonth = ATTENDANCE_MONTH_KEY.exec(field);
  if (attendanceMonth) return l.attendanceMonth(attendanceMonth[1]!);
  const counter = COUNTER_KEY.exec(field);
  if (counter) {
    const [, month, variant, rest] = counter;
    return l.counter.label(month!, own(l.counter.variants, variant!) ?? variant!, counterPart(l, rest!));
  }
  return humanizeKey(field);
}

/** A key inside an object value. */
export const keyLabel = (l: AuditLabels, key: string): string =>
  own(l.keys, key) ?? own(l.fields, key) ?? humanizeKey(key);

/** A coded value's label (a status, a role, a position type), or undefined when it has none. */
export function valueLabel(
  l: AuditLabels,
  entityType: string,
  field: string,
  value: string,
): string | undefined {
  // A month's state (`attendance 2026-05`: open, closed) reads the same whatever the month.
  const key = ATTENDANCE_MONTH_KEY.test(field) ? ATTENDANCE_MONTH_VALUES : field;
  return own(l.valuesByEntity[entityType]?.[key], value) ?? own(l.values[key], value);
}

/** What the page shows for a value: the text, and the whole of it (or the id) as a tooltip. */
export interface Shown {
  text: string;
  title?: string;
}

export interface FormatContext {
  labels: AuditLabels;
  lang: AuditLang;
  entityType: string;
  field: string;
  /** id → display name, from the audit page's answer. */
  names: Readonly<Record<string, string>>;
  /** A calendar day, `YYYY-MM-DD`. */
  date: (iso: string) => string;
  /** An instant, full ISO. */
  dateTime: (iso: string) => string;
  number: (n: number) => string;
}

const cut = (text: string, max = MAX_TEXT): Shown =>
  text.length > max ? { text: `${text.slice(0, max - 1).trimEnd()}…`, title: text } : { text };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string in its own words: a name for an id, a label for a code, a formatted date. */
function formatString(s: string, ctx: FormatContext): Shown {
  const named = Object.hasOwn(ctx.names, s) ? ctx.names[s] : undefined;
  if (named) {
    const idTitle = ctx.labels.text.idTitle(s);
    return { text: cut(named).text, title: named.length > MAX_TEXT ? `${named}\n${idTitle}` : idTitle };
  }
  if (isUlid(s)) return { text: ctx.labels.text.unnamed, title: ctx.labels.text.idTitle(s) };
  const label = valueLabel(ctx.labels, ctx.entityType, ctx.field, s);
  if (label) return { text: label };
  if (DATE.test(s)) return { text: ctx.date(s) };
  if (DATE_TIME.test(s)) return { text: ctx.dateTime(s) };
  return cut(s);
}

/** The text of one value of any type, no tooltip: what lists and objects are made of. */
function plain(value: unknown, ctx: FormatContext, depth: number): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? ctx.labels.text.yes : ctx.labels.text.no;
  // A year is a year (2026), not a quantity (2.026).
  if (typeof value === 'number') return /year$/i.test(ctx.field) ? String(value) : ctx.number(value);
  if (typeof value === 'string') return formatString(value, ctx).text;
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    return depth > 1 ? ctx.labels.text.items(value.length) : listText(value, ctx, depth);
  }
  if (isRecord(value)) return depth > 2 ? '…' : pairs(value, ctx, depth);
  return String(value);
}

/** A list's items in a few words each, comma-separated; objects that say nothing short: "n item". */
function listText(list: readonly unknown[], ctx: FormatContext, depth: number): string {
  const parts: string[] = [];
  for (const v of list) {
    const part = isRecord(v) ? itemSummary(v, ctx) : plain(v, ctx, depth + 1);
    if (part === undefined) return ctx.labels.text.items(list.length);
    parts.push(part);
  }
  if (parts.length <= MAX_ITEMS) return parts.join(', ');
  return `${parts.slice(0, MAX_ITEMS).join(', ')} ${ctx.labels.text.more(parts.length - MAX_ITEMS)}`;
}

/**
 * An object as "key: value" pairs with labelled keys, ids (`employeeId`) first; an `id` beside
 * other keys is left out.
 */
function pairs(obj: Record<string, unknown>, ctx: FormatContext, depth: number): string {
  // Who or what it is about first (`employeeId`), then the rest in their stored order.
  const entries = Object.entries(obj)
    .filter(([k]) => !(k === 'id' && Object.keys(obj).length > 1))
    .sort(([a], [b]) => Number(b.endsWith('Id')) - Number(a.endsWith('Id')));
  return entries
    .map(([k, v]) => `${keyLabel(ctx.labels, k)}: ${plain(v, { ...ctx, field: k }, depth + 1)}`)
    .join('; ');
}

/**
 * One object of a list in a few words: its name (or title, label, question text), a code with its
 * level (a competency), an education entry's level and major, or who it is about (an employee);
 * undefined when none of these is there.
 */
export function itemSummary(item: Record<string, unknown>, ctx: FormatContext): string | undefined {
  const str = (k: string) => (typeof item[k] === 'string' && item[k] ? (item[k] as string) : undefined);
  const num = (k: string) => (typeof item[k] === 'number' ? (item[k] as number) : undefined);
  const text = item.text;
  const localized =
    typeof text === 'string'
      ? text
      : isRecord(text) && typeof text[ctx.lang] === 'string'
        ? (text[ctx.lang] as string)
        : undefined;
  const head = str('name') ?? str('title') ?? str('label') ?? localized;
  if (head) return cut(head, 60).text;
  const code = str('code');
  if (code) {
    const level = num('level');
    const min = num('minLevel');
    const word = keyLabel(ctx.labels, 'level').toLowerCase();
    if (level !== undefined) return `${code} (${word} ${level})`;
    if (min !== undefined) return `${code} (≥ ${word} ${min})`;
    return code;
  }
  const major = str('major');
  const level = str('level');
  if (level && major) {
    const year = num('graduationYear');
    return `${level} ${major}${year ? ` (${year})` : ''}`;
  }
  const employeeId = str('employeeId');
  if (employeeId) return formatString(employeeId, { ...ctx, field: 'employeeId' }).text;
  return undefined;
}

/**
 * A before or after value as the page shows it:
 * - null/undefined → "—" (tooltip "kosong"); booleans → Ya/Tidak;
 * - an id the page has a name for → the name (the id only in the tooltip); an unnamed id → "(tanpa nama)";
 * - a coded value (status, role, position type…) → its label; `YYYY-MM-DD` → a date; an ISO instant →
 *   date and time; golongan ("III/a") and other text as they are, cut at 80 characters;
 * - arrays → comma-separated (objects by name/code/label, else "n item"), at most 6 then "+n lainnya";
 * - objects → "key: value" pairs with labelled keys.
 */
export function formatAuditValue(value: unknown, ctx: FormatContext): Shown {
  if (value === null || value === undefined) return { text: '—', title: ctx.labels.text.empty };
  if (typeof value === 'string') return formatString(value, ctx);
  if (Array.isArray(value)) {
    if (value.length === 0) return { text: '—', title: ctx.labels.text.empty };
    const shown = cut(listText(value, ctx, 0), MAX_TEXT * 2);
    // When the list is cut or summarised, the whole of it goes in the tooltip, one item a line.
    const full = value.map((v) => (isRecord(v) ? pairs(v, ctx, 1) : plain(v, ctx, 1)));
    return { text: shown.text, title: full.join(', ') !== shown.text ? full.join('\n') : undefined };
  }
  if (isRecord(value)) return cut(pairs(value, ctx, 0), MAX_TEXT * 2);
  return { text: plain(value, ctx, 0) };
}

/** What changed in a list, item by item; items with the same code are one item changed. */
export interface ListChange {
  added: string[];
  removed: string[];
  changed: string[];
}

const itemCode = (v: unknown): string | undefined =>
  isRecord(v) && typeof v.code === 'string' ? v.code : undefined;
const itemLevel = (v: unknown): number | undefined => {
  if (!isRecord(v)) return undefined;
  const n = v.level ?? v.minLevel;
  return typeof n === 'number' ? n : undefined;
};

/**
 * A change between two non-empty lists as added, removed and changed items (a competency whose
 * level rose: "DIGITAL (level 2 → 3)"), so a reader need not compare two long lists. Null when that
 * says nothing: a list was empty, or only the order (or a detail the summaries hide) changed.
 */
export function listChange(before: unknown, after: unknown, ctx: FormatContext): ListChange | null {
  if (!Array.isArray(before) || !Array.isArray(after) || before.length === 0 || after.length === 0)
    return null;
  const text = (v: unknown) => (isRecord(v) ? (itemSummary(v, ctx) ?? pairs(v, ctx, 1)) : plain(v, ctx, 1));
  const beforeTexts = before.map(text);
  const afterTexts = after.map(text);
  const added: string[] = [];
  const changed: string[] = [];
  const pairedCodes = new Set<string>();
  after.forEach((item, i) => {
    const t = afterTexts[i]!;
    if (beforeTexts.includes(t)) return;
    const code = itemCode(item);
    const old = code === undefined ? -1 : before.findIndex((b) => itemCode(b) === code);
    if (code !== undefined && old >= 0) {
      pairedCodes.add(code);
      const [from, to] = [itemLevel(before[old]), itemLevel(item)];
      const word = keyLabel(ctx.labels, 'level').toLowerCase();
      changed.push(
        from !== undefined && to !== undefined
          ? `${code} (${word} ${from} → ${to})`
          : `${beforeTexts[old]} → ${t}`,
      );
    } else added.push(t);
  });
  const removed = before
    .map((item, i) => ({ code: itemCode(item), t: beforeTexts[i]! }))
    .filter(({ code, t }) => !afterTexts.includes(t) && !(code !== undefined && pairedCodes.has(code)))
    .map(({ t }) => t);
  if (added.length + removed.length + changed.length === 0) return null;
  return { added, removed, changed };
}

/** A list change as one line: "diubah A (level 2 → 3); ditambah B, C; dihapus D". */
export function listChangeText(change: ListChange, l: AuditLabels): string {
  const part = (word: string, items: string[]) =>
    items.length === 0
      ? null
      : `${word} ${items.slice(0, MAX_ITEMS).join(', ')}${items.length > MAX_ITEMS ? ` ${l.text.more(items.length - MAX_ITEMS)}` : ''}`;
  return [
    part(l.text.changed, change.changed),
    part(l.text.added, change.added),
    part(l.text.removed, change.removed),
  ]
    .filter(Boolean)
    .join('; ');
}
