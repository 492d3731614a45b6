import {
  addCalendarDays,
  defaultRoundCode,
  type EducationLevel,
  type RecruitmentTrack,
  type RoundKind,
  zonedInstant,
} from '@pamong/core';
import type { TenantSeed } from './demo-data';
import type { PersonnelPlan } from './demo-personnel';

/**
 * The demo recruitment of one tenant (issue 12 §7, its first slice: rounds and formasi), generated
 * (no I/O): an open CPNS round of this year, a finished PPPK round of last year and a draft PPPK
 * round of next year, each with formasi on the tenant's demo positions (demo-personnel.ts),
 * preferring positions with vacant seats. Times are local (`YYYY-MM-DDTHH:mm`) in the tenant's
 * zone, relative to `today`; every act (create, add a formasi, publish) is by the tenant admin at
 * its own time in the past, before the round's registration opened, as the service requires.
 * Applicants and applications do not exist yet.
 */

export interface DemoRequiredDocument {
  type: string;
  label: string;
  formats: ('pdf' | 'jpeg' | 'png')[];
  maxKb: number;
}

export interface DemoFormation {
  /** The position's plan key (demo-personnel.ts): `agencyCode/unitName/name`. */
  positionKey: string;
  agencyCode: string;
  /** The position's own unit. */
  unitName: string;
  positionName: string;
  /** The position's seats not filled by the demo personnel. */
  vacancies: number;
  body: {
    openings: number;
    track: RecruitmentTrack;
    educationRequirements: { level: EducationLevel; majors: string[] }[];
    minIpk?: number;
    maxAge?: number;
    requiredDocuments: DemoRequiredDocument[];
  };
  /** When the tenant admin adds it. */
  at: Date;
}

export interface DemoRound {
  body: {
    name: string;
    kind: RoundKind;
    year: number;
    code: string;
    registrationOpensAt: string;
    registrationClosesAt: string;
    referenceDate: string;
    schedule: Record<string, string>;
  };
  createdAt: Date;
  formations: DemoFormation[];
  /** When it is published; absent for a draft. */
  publishedAt?: Date;
  /** What the careers page shows on `today`. */
  state: 'open' | 'finished' | 'draft';
}

export interface DemoRecruitmentPlan {
  rounds: DemoRound[];
}

// ---------------------------------------------------------------- documents

const doc = (type: string, label: string, formats: DemoRequiredDocument['formats'], maxKb: number) => ({
  type,
  label,
  formats,
  maxKb,
});

/** What SSCASN asks of every applicant, with its usual formats and limits. */
const BASE_DOCUMENTS: DemoRequiredDocument[] = [
  doc('ijazah', 'Ijazah asli (dipindai berwarna)', ['pdf'], 800),
  doc('transkrip', 'Transkrip nilai asli', ['pdf'], 800),
  doc('ktp', 'KTP elektronik', ['jpeg', 'png'], 200),
  doc('pas-foto', 'Pas foto berlatar merah', ['jpeg', 'png'], 200),
  doc('surat-lamaran', 'Surat lamaran bermeterai, ditandatangani', ['pdf'], 300),
];
const STR = doc('str', 'Surat Tanda Registrasi (STR) yang masih berlaku', ['pdf'], 500);
const DISABILITY = doc(
  'surat-disabilitas',
  'Surat keterangan disabilitas dari dokter rumah sakit pemerintah',
  ['pdf'],
  500,
);
const ACCREDITATION = doc(
  'akreditasi',
  'Bukti akreditasi A/Unggul perguruan tinggi dan program studi',
  ['pdf'],
  500,
);
const EXPERIENCE = doc('pengalaman-kerja', 'Surat keterangan pengalaman kerja', ['pdf'], 500);

// ---------------------------------------------------------------- formasi

interface FormationSpec {
  /** `education` is the tenant's demo agency; `personnel` its BKD or BKPSDM. */
  agency: 'education' | 'personnel' | 'DINKES' | 'DINSOS' | 'DPMPTSP';
  /**
   * The position, with the education it asks; alternatives in order of preference: the first
   * with a vacant seat is taken (the demo personnel leave different seats vacant per tenant).
   */
  positions: { name: string; education: { level: EducationLevel; majors: string[] }[] }[];
  /** Which of the matching positions (units) when there are several: the n-th by vacancies. */
  nth?: number;
  track: RecruitmentTrack;
  minIpk?: number;
  maxAge: number;
  extra?: DemoRequiredDocument[];
  /** Openings when not the vacancies (special tracks take one). */
  openings?: number;
}

const GURU_CPNS = [
  {
    name: 'Guru Ahli Pertama',
    education: [{ level: 'S1' as const, majors: ['Pendidikan Matematika', 'Pendidikan Biologi'] }],
  },
];

const CPNS_FORMATIONS: FormationSpec[] = [
  { agency: 'education', positions: GURU_CPNS, track: 'umum', minIpk: 3, maxAge: 35 },
  {
    agency: 'education',
    positions: [
      {
        name: 'Guru Ahli Pertama',
        education: [{ level: 'S1', majors: ['Pendidikan Bahasa Inggris', 'Pendidikan Bahasa Indonesia'] }],
      },
    ],
    nth: 1,
    track: 'cumlaude',
    minIpk: 3.51,
    maxAge: 32,
    extra: [ACCREDITATION],
    openings: 1,
  },
  {
    agency: 'DINKES',
    positions: [
      { name: 'Perawat Terampil', education: [{ level: 'D3', majors: ['Keperawatan'] }] },
      { name: 'Perawat Ahli Pertama', education: [{ level: 'S1', majors: ['Keperawatan'] }] },
    ],
    track: 'umum',
    minIpk: 2.75,
    maxAge: 35,
    extra: [STR],
  },
  {
    agency: 'DINKES',
    positions: [{ name: 'Dokter Ahli Pertama', education: [{ level: 'S1', majors: ['Pendidikan Dokter'] }] }],
    track: 'umum',
    maxAge: 40,
    extra: [STR],
  },
  {
    agency: 'personnel',
    positions: [
      {
        name: 'Analis Kepegawaian Ahli Pertama',
        education: [{ level: 'S1', majors: ['Ilmu Administrasi Negara', 'Manajemen', 'Psikologi'] }],
      },
    ],
    track: 'umum',
    minIpk: 3,
    maxAge: 35,
  },
  {
    agency: 'personnel',
    positions: [
      {
        name: 'Pranata Komputer Ahli Pertama',
        education: [{ level: 'S1', majors: ['Teknik Informatika', 'Sistem Informasi'] }],
      },
    ],
    track: 'disabilitas',
    minIpk: 2.75,
    maxAge: 35,
    extra: [DISABILITY],
    openings: 1,
  },
];

const PPPK_FORMATIONS: FormationSpec[] = [
  {
    agency: 'education',
    positions: [
      {
        name: 'Guru Ahli Pertama',
        education: [{ level: 'S1', majors: ['Pendidikan Guru Sekolah Dasar', 'Pendidikan Matematika'] }],
      },
    ],
    track: 'umum',
    maxAge: 57,
    extra: [EXPERIENCE],
  },
  {
    agency: 'DINKES',
    positions: [{ name: 'Bidan Terampil', education: [{ level: 'D3', majors: ['Kebidanan'] }] }],
    track: 'umum',
    maxAge: 57,
    extra: [STR, EXPERIENCE],
  },
  {
    agency: 'DINKES',
    positions: [
      {
        name: 'Pranata Laboratorium Kesehatan Terampil',
        education: [{ level: 'D3', majors: ['Analis Kesehatan'] }],
      },
    ],
    track: 'umum',
    maxAge: 57,
    extra: [STR, EXPERIENCE],
  },
  {
    agency: 'DINSOS',
    positions: [
      {
        name: 'Pekerja Sosial Terampil',
        education: [{ level: 'D3', majors: ['Ilmu Kesejahteraan Sosial'] }],
      },
    ],
    track: 'umum',
    maxAge: 57,
    extra: [EXPERIENCE],
  },
];

const DRAFT_FORMATIONS: FormationSpec[] = [
  {
    agency: 'DPMPTSP',
    positions: [
      {
        name: 'Penata Perizinan Ahli Pertama',
        education: [{ level: 'S1', majors: ['Ilmu Hukum', 'Ilmu Administrasi Negara'] }],
      },
    ],
    track: 'umum',
    maxAge: 57,
    extra: [EXPERIENCE],
  },
];

// ---------------------------------------------------------------- the plan

const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

export function demoRecruitment(
  tenant: TenantSeed,
  personnel: Pick<PersonnelPlan, 'positions' | 'employees'>,
  today: string,
): DemoRecruitmentPlan {
  const tz = tenant.timeZone;
  const at = (date: string, minute: number) => new Date(zonedInstant(`${date}T${hhmm(minute)}`, tz));
  const local = (date: string, minute: number) => `${date}T${hhmm(minute)}`;
  const thisYear = Number(today.slice(0, 4));
  const lastYear = thisYear - 1;
  const nextYear = thisYear + 1;
  const region = tenant.name.replace(/^Pemerintah /, '');

  const filled = new Map<string, number>();
  for (const e of personnel.employees)
    if (e.positionKey) filled.set(e.positionKey, (filled.get(e.positionKey) ?? 0) + 1);
  const candidates = personnel.positions.map((p) => ({
    ...p,
    vacancies: Math.max(0, p.body.seats - (filled.get(p.key) ?? 0)),
  }));

  const formationsOf = (specs: FormationSpec[], day: string, firstMinute: number): DemoFormation[] =>
    specs.map((s, i) => {
      const agencyCode =
        s.agency === 'education'
          ? tenant.demoAgencyCode
          : s.agency === 'personnel'
            ? tenant.agencies.find((a) => a.code === 'BKD' || a.code === 'BKPSDM')!.code
            : s.agency;
      // The first alternative with a vacant seat (else the first); its units the most vacant
      // seats first, then plan order (a stable sort).
      const of = (name: string) =>
        candidates
          .filter((p) => p.agencyCode === agencyCode && p.body.name === name)
          .sort((a, b) => b.vacancies - a.vacancies);
      const choice = s.positions.find((x) => of(x.name).some((p) => p.vacancies > 0)) ?? s.positions[0]!;
      const matching = of(choice.name);
      const p = matching[Math.min(s.nth ?? 0, matching.length - 1)];
      if (!p) throw new Error(`demo recruitment: ${tenant.slug} has no ${choice.name} in ${agencyCode}`);
      return {
        positionKey: p.key,
        agencyCode,
        unitName: p.unitName,
        positionName: p.body.name,
        vacancies: p.vacancies,
        body: {
          openings: s.openings ?? Math.max(1, p.vacancies),
          track: s.track,
          educationRequirements: choice.education,
          ...(s.minIpk !== undefined ? { minIpk: s.minIpk } : {}),
          maxAge: s.maxAge,
          requiredDocuments: [...BASE_DOCUMENTS, ...(s.extra ?? [])],
        },
        at: at(day, firstMinute + i * 7),
      };
    });

  /** The phases after registration, each after the one before and after the objections (checkSchedule). */
  const scheduleAfter = (closes: string, gaps: { admin: number; skd: number; skb: number }) => {
    const adminAnnouncement = addCalendarDays(closes, gaps.admin);
    const skdStarts = addCalendarDays(adminAnnouncement, 14);
    const skdEnds = addCalendarDays(skdStarts, gaps.skd);
    const skdAnnouncement = addCalendarDays(skdEnds, 4);
    const skbStarts = addCalendarDays(skdAnnouncement, 14);
    const skbEnds = addCalendarDays(skbStarts, gaps.skb);
    const skbAnnouncement = addCalendarDays(skbEnds, 4);
    const finalAnnouncement = addCalendarDays(skbAnnouncement, 14);
    return {
      administrationAnnouncementAt: local(adminAnnouncement, 16 * 60),
      skdStartsAt: local(skdStarts, 7 * 60 + 30),
      skdEndsAt: local(skdEnds, 17 * 60),
      skdAnnouncementAt: local(skdAnnouncement, 16 * 60),
      skbStartsAt: local(skbStarts, 7 * 60 + 30),
      skbEndsAt: local(skbEnds, 17 * 60),
      skbAnnouncementAt: local(skbAnnouncement, 16 * 60),
      finalAnnouncementAt: local(finalAnnouncement, 10 * 60),
    };
  };

  // This year's CPNS round: registration opened four days ago and runs three weeks from today;
  // prepared and published in the weeks before it opened.
  const cpnsOpens = addCalendarDays(today, -4);
  const cpnsCloses = addCalendarDays(today, 21);
  const cpns: DemoRound = {
    body: {
      name: `Seleksi CPNS ${region} Tahun ${thisYear}`,
      kind: 'CPNS',
      year: thisYear,
      code: defaultRoundCode('CPNS', thisYear),
      registrationOpensAt: local(cpnsOpens, 8 * 60),
      registrationClosesAt: local(cpnsCloses, 23 * 60 + 59),
      referenceDate: cpnsCloses,
      schedule: scheduleAfter(cpnsCloses, { admin: 7, skd: 9, skb: 4 }),
    },
    createdAt: at(addCalendarDays(today, -24), 9 * 60),
    formations: formationsOf(CPNS_FORMATIONS, addCalendarDays(today, -23), 9 * 60 + 15),
    publishedAt: at(addCalendarDays(today, -14), 10 * 60),
    state: 'open',
  };

  // Last year's PPPK round: registration in September, the final announcement in December.
  const pppkCloses = `${lastYear}-10-04`;
  const pppk: DemoRound = {
    body: {
      name: `Seleksi PPPK ${region} Tahun ${lastYear}`,
      kind: 'PPPK',
      year: lastYear,
      code: defaultRoundCode('PPPK', lastYear),
      registrationOpensAt: local(`${lastYear}-09-15`, 8 * 60),
      registrationClosesAt: local(pppkCloses, 23 * 60 + 59),
      referenceDate: pppkCloses,
      schedule: scheduleAfter(pppkCloses, { admin: 10, skd: 4, skb: 2 }),
    },
    createdAt: at(`${lastYear}-09-01`, 9 * 60),
    formations: formationsOf(PPPK_FORMATIONS, `${lastYear}-09-02`, 10 * 60),
    publishedAt: at(`${lastYear}-09-10`, 10 * 60),
    state: 'finished',
  };

  // Next year's PPPK round, being prepared: one formasi so far, not published.
  const draftCloses = `${nextYear}-03-22`;
  const draftDay = addCalendarDays(today, -2);
  const draft: DemoRound = {
    body: {
      name: `Seleksi PPPK ${region} Tahun ${nextYear}`,
      kind: 'PPPK',
      year: nextYear,
      code: defaultRoundCode('PPPK', nextYear),
      registrationOpensAt: local(`${nextYear}-03-02`, 8 * 60),
      registrationClosesAt: local(draftCloses, 23 * 60 + 59),
      referenceDate: draftCloses,
      schedule: {},
    },
    createdAt: at(draftDay, 13 * 60),
    formations: formationsOf(DRAFT_FORMATIONS, draftDay, 13 * 60 + 20),
    state: 'draft',
  };

  return { rounds: [cpns, pppk, draft] };
}
