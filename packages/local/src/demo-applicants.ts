import { addCalendarDays, type ScreeningReason, seededRandom, zonedInstant } from '@pamong/core';
import type { TenantSeed } from './demo-data';
import { BIRTH_PLACES, NAME_POOLS, POLYTECHNICS, UNIVERSITIES } from './demo-personnel-data';
import type { DemoFormation, DemoRound } from './demo-recruitment';

/**
 * The demo applicants of one tenant (issue 12 §7), generated (no I/O): about 200 people of the
 * region with verified accounts (they log in with their NIK and the demo password), completed
 * profiles whose education meets the formasi they apply to, and one application each:
 *
 * - in this year's open CPNS round, applications in every state: drafts (some documents
 *   uploaded), submitted ones, and ones already screened MS or TMS (with reasons);
 * - in last year's finished PPPK round, all submitted and screened; the ADMINISTRATION
 *   announcement is published, one TMS applicant's objection is accepted, and the
 *   ADMINISTRATION_AFTER_OBJECTION announcement corrects it.
 *
 * Every act has its own time in the past, inside the round's registration window for the
 * applicant's own acts, after it for the screening (the PPPK round), the announcement after the
 * screening, the objection inside its window of calendar days, the decision after the window and
 * the correction after that. Times are instants; the rounds' local times are in the tenant's zone.
 * The PPPK round then goes through its exams (DemoExam): SKD and SKB scores, the ranking, the SKD,
 * SKB and FINAL announcements, and one hire.
 */

export type DemoApplicationStatus = 'DRAFT' | 'SUBMITTED' | 'MS' | 'TMS';

export interface DemoApplicant {
  /** The registration body as on the KTP (registerApplicant, without the password). */
  register: {
    nik: string;
    kkNumber: string;
    name: string;
    birthPlace: string;
    birthDate: string;
    gender: 'L' | 'P';
    email: string;
    phone: string;
  };
  /** The profile (updateMyApplicantProfile, without the version). */
  profile: {
    diplomaName: string;
    education: { level: string; major: string; institution: string; ipk?: number; graduationDate: string }[];
    address: string;
    disability?: { status: boolean; note?: string };
  };
  registeredAt: Date;
  verifiedAt: Date;
  profileAt: Date;
  application: DemoApplication;
}

export interface DemoApplication {
  /** The round's code and the formasi's index in its plan (demo-recruitment.ts). */
  roundCode: string;
  formationIndex: number;
  createdAt: Date;
  /** Uploaded and confirmed, in order: a draft has some, a submitted one all of the formasi's. */
  documents: { type: string; format: 'pdf' | 'png'; name: string; at: Date }[];
  submittedAt?: Date;
  screening?: { result: 'MS' | 'TMS'; reasons: ScreeningReason[]; at: Date };
  /** The one objection of the tenant (PPPK, ADMINISTRATION), accepted. */
  objection?: {
    note: string;
    disputed: string[];
    at: Date;
    decision: { accepted: boolean; note: string; at: Date };
  };
  /** The status at the end of the seed. */
  finalStatus: DemoApplicationStatus;
}

export interface DemoAnnouncement {
  roundCode: string;
  stage: 'ADMINISTRATION' | 'ADMINISTRATION_AFTER_OBJECTION';
  note: string;
  at: Date;
}

export interface DemoApplicantsPlan {
  applicants: DemoApplicant[];
  /** In publication order: the objection falls between the two. */
  announcements: DemoAnnouncement[];
  /** Last year's PPPK round after its administrative stage: the exams, the ranking, one hire. */
  exam?: DemoExam;
}

export type DemoExamStage = 'SKD' | 'SKB' | 'FINAL';

/**
 * The exam stages of the finished PPPK round, each at its own time: the scores imported (a file of
 * the MS applicants' registration numbers, as BKN sends them), the ranking computed, the result
 * announced; after the SKB's objection window, the FINAL announcement; weeks later the first of one
 * formasi hired with the NI PPPK BKN gave.
 */
export interface DemoExam {
  roundCode: string;
  /** One applicant of each formasi did not sit the SKD (no row). */
  skd: { applicant: DemoApplicant; scores: { twk: number; tiu: number; tkp: number } }[];
  skb: { applicant: DemoApplicant; scores: { cat: number; interview: number; other: number } }[];
  steps: {
    stage: 'SKD' | 'SKB';
    importAt: Date;
    rankingAt: Date;
    announcementAt: Date;
    note: string;
  }[];
  final: { at: Date; note: string };
  /** The hire: the formasi's index; its top-ranked applicant is hired (known only after the ranking). */
  hire: { formationIndex: number; at: Date; tmt: string; appointmentYear: number };
}

/** The announcements the demo publishes: the administrative ones and the exam stages. */
export const announcementCount = (plan: DemoApplicantsPlan): number =>
  plan.announcements.length + (plan.exam ? plan.exam.steps.length + 1 : 0);

/** Applications per state in the open CPNS round, and in the finished PPPK round (before the objection). */
export const CPNS_STATES: Record<DemoApplicationStatus, number> = {
  DRAFT: 30,
  SUBMITTED: 80,
  MS: 32,
  TMS: 18,
};
export const PPPK_PER_FORMATION = { MS: 8, TMS: 2 } as const;
/** How the CPNS applications spread over the round's formasi (plan order, demo-recruitment.ts). */
const CPNS_SPREAD = [45, 12, 35, 20, 33, 15];

// ---------------------------------------------------------------- word lists

const STREETS = [
  'Jl. Teuku Umar',
  'Jl. Jenderal Sudirman',
  'Jl. Kartini',
  'Jl. Pangeran Antasari',
  'Jl. Z.A. Pagar Alam',
  'Jl. Sultan Agung',
  'Jl. Ahmad Yani',
  'Jl. Diponegoro',
  'Jl. Veteran',
  'Jl. Kolonel Atmo',
  'Jl. Demang Lebar Daun',
  'Jl. Basuki Rahmat',
  'Jl. Way Halim',
  'Jl. Ryacudu',
  'Jl. Radial',
  'Jl. Merdeka',
];

/** Regency/city codes (Kemendagri) near each demo tenant, for applicants from elsewhere. */
const NEIGHBOURS: Record<string, { code: string; city: string; districts: number }[]> = {
  lampung: [
    { code: '1671', city: 'Palembang', districts: 18 },
    { code: '1603', city: 'Muara Enim', districts: 20 },
    { code: '3603', city: 'Tangerang', districts: 29 },
  ],
  palembang: [
    { code: '1871', city: 'Bandar Lampung', districts: 20 },
    { code: '1601', city: 'Ogan Komering Ulu', districts: 13 },
    { code: '1571', city: 'Jambi', districts: 11 },
  ],
};

/** The tenant's own regencies/cities: a province's, or the city itself. */
const HOME: Record<string, { code: string; city: string; districts: number }[]> = {
  lampung: [
    { code: '1871', city: 'Bandar Lampung', districts: 20 },
    { code: '1872', city: 'Metro', districts: 5 },
    { code: '1803', city: 'Lampung Selatan', districts: 17 },
    { code: '1805', city: 'Lampung Tengah', districts: 28 },
    { code: '1810', city: 'Pringsewu', districts: 9 },
    { code: '1809', city: 'Pesawaran', districts: 11 },
  ],
  bandarlampung: [{ code: '1871', city: 'Bandar Lampung', districts: 20 }],
  palembang: [{ code: '1671', city: 'Palembang', districts: 18 }],
};

/** The title on the diploma of each demo major and level. */
const DIPLOMA_TITLES: Record<string, string> = {
  'D3 Keperawatan': 'A.Md.Kep.',
  'S1 Keperawatan': 'S.Kep., Ns.',
  'S1 Pendidikan Dokter': 'S.Ked.',
  'D3 Kebidanan': 'A.Md.Keb.',
  'D3 Analis Kesehatan': 'A.Md.AK.',
  'D3 Ilmu Kesejahteraan Sosial': 'A.Md.Sos.',
  'S1 Ilmu Administrasi Negara': 'S.A.P.',
  'S1 Manajemen': 'S.M.',
  'S1 Psikologi': 'S.Psi.',
  'S1 Teknik Informatika': 'S.Kom.',
  'S1 Sistem Informasi': 'S.Kom.',
  'S1 Ilmu Hukum': 'S.H.',
};
const titleOf = (level: string, major: string) =>
  DIPLOMA_TITLES[`${level} ${major}`] ?? (major.startsWith('Pendidikan') ? 'S.Pd.' : 'S.E.');

const FEMALE_ONLY = /(wati|ani|aini|dari|yanti|sari|tiwi|tami|rahayu|tuti|fitri|yati)$/i;

/** TMS reasons a verifier gives, by the document they concern; `applicantError` when the fault is the applicant's. */
const TMS_REASONS: Record<string, ScreeningReason[]> = {
  ijazah: [
    {
      requirement: 'ijazah',
      note: 'Ijazah yang diunggah buram; nomor ijazah dan tanda tangan rektor tidak terbaca.',
      applicantError: true,
    },
  ],
  'surat-lamaran': [
    {
      requirement: 'surat-lamaran',
      note: 'Surat lamaran tidak bermeterai dan tidak ditandatangani.',
      applicantError: true,
    },
  ],
  'pas-foto': [{ requirement: 'pas-foto', note: 'Pas foto tidak berlatar merah.', applicantError: true }],
  transkrip: [
    {
      requirement: 'transkrip',
      note: 'Transkrip yang diunggah fotokopi, bukan transkrip asli yang dipindai.',
    },
  ],
  str: [{ requirement: 'str', note: 'STR sudah tidak berlaku pada tanggal penutupan pendaftaran.' }],
  akreditasi: [
    {
      requirement: 'akreditasi',
      note: 'Bukti akreditasi program studi tidak berlaku pada tanggal kelulusan.',
    },
  ],
  'pengalaman-kerja': [
    {
      requirement: 'pengalaman-kerja',
      note: 'Surat keterangan pengalaman kerja dinilai menyebut masa kerja kurang dari 2 tahun.',
    },
  ],
};

// ---------------------------------------------------------------- the plan

interface Rng {
  next: () => number;
  int: (lo: number, hi: number) => number;
  pick: <T>(xs: readonly T[]) => T;
  chance: (p: number) => boolean;
}

function rng(seed: string): Rng {
  const hash = [...seed].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 17);
  const next = seededRandom(hash);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return { next, int, pick: (xs) => xs[Math.floor(next() * xs.length)]!, chance: (p) => next() < p };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const hhmm = (minute: number) => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
const slugOf = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z ]/g, '')
    .trim()
    .split(/\s+/)
    .join('.');

/** Rounds as the seed found or made them: the stored window overrides the plan's (an older round keeps its dates). */
export type ApplicantRound = Pick<DemoRound, 'body' | 'formations' | 'state'>;

export function demoApplicants(
  tenant: TenantSeed,
  rounds: ApplicantRound[],
  today: string,
): DemoApplicantsPlan {
  const r = rng(`applicants/${tenant.slug}`);
  const tz = tenant.timeZone;
  const at = (date: string, minute: number) => new Date(zonedInstant(`${date}T${hhmm(minute)}`, tz));
  const cpns = rounds.find((x) => x.state === 'open');
  const pppk = rounds.find((x) => x.state === 'finished');
  const region = tenant.slug === 'palembang' ? 'palembang' : 'lampung';
  const names = new Set<string>();
  let sequence = 0;

  const uniqueName = (gender: 'L' | 'P') => {
    const weights = NAME_POOLS.reduce((n, p) => n + p.weight, 0);
    for (;;) {
      let x = r.next() * weights;
      let pool = NAME_POOLS[0]!.pool;
      for (const p of NAME_POOLS) {
        pool = p.pool;
        x -= p.weight;
        if (x < 0) break;
      }
      const first = r.pick(gender === 'L' ? pool.male : pool.female);
      const last = r.pick(gender === 'L' ? pool.last.filter((l) => !FEMALE_ONLY.test(l)) : pool.last);
      const name = last && last !== first ? `${first} ${last}` : first;
      if (!names.has(name)) {
        names.add(name);
        return name;
      }
    }
  };

  /**
   * A person of the region (mostly), `age` or `age + 1` years old at the start of this year, with a
   * NIK to match. Born relative to today's year, not the round's reference date, so the demo NIKs
   * change only at New Year.
   */
  const person = (age: number, gender: 'L' | 'P'): DemoApplicant['register'] & { city: string } => {
    const place = r.chance(0.85) ? r.pick(HOME[tenant.slug]!) : r.pick(NEIGHBOURS[region]!);
    const district = `${place.code}${pad(r.int(1, place.districts))}`;
    const year = Number(today.slice(0, 4)) - age - 1;
    const month = r.int(1, 12);
    const day = r.int(1, 28);
    const birthDate = `${year}-${pad(month)}-${pad(day)}`;
    sequence += 1;
    const nik = `${district}${pad(day + (gender === 'P' ? 40 : 0))}${pad(month)}${pad(year % 100)}${pad(sequence, 4)}`;
    const kkIssued = r.int(2010, 2024);
    const kkNumber = `${district}${pad(r.int(1, 28))}${pad(r.int(1, 12))}${pad(kkIssued % 100)}${pad(r.int(1, 9999), 4)}`;
    const name = uniqueName(gender);
    const birthPlace = r.chance(0.7) ? place.city : r.pick(BIRTH_PLACES[tenant.slug]!);
    return {
      nik,
      kkNumber,
      name,
      birthPlace,
      birthDate,
      gender,
      email: `${slugOf(name)}.${sequence}@contoh.id`,
      phone: `08${r.int(11, 89)}${pad(r.int(0, 99_999_999), 8)}`,
      city: place.city,
    };
  };

  /** An education meeting the formasi's, graduated before `before` (a date). */
  const educationFor = (f: DemoFormation, birthDate: string, before: string) => {
    const req = r.pick(f.body.educationRequirements);
    const major = r.pick(req.majors);
    const diploma = req.level.startsWith('D');
    const institution = r.chance(0.8)
      ? r.pick((diploma ? POLYTECHNICS : UNIVERSITIES)[region]!)
      : r.pick((diploma ? POLYTECHNICS : UNIVERSITIES).national!);
    const minIpk = f.body.minIpk ?? (f.body.track === 'cumlaude' ? 3.51 : 2.75);
    const top = f.body.track === 'cumlaude' ? 3.98 : 3.85;
    const ipk =
      Math.round((Math.max(minIpk + 0.04, 2.9) + r.next() * (top - Math.max(minIpk + 0.04, 2.9))) * 100) /
      100;
    const gradYear = Number(birthDate.slice(0, 4)) + (diploma ? 21 : 22) + r.int(0, 1);
    let graduationDate = `${gradYear}-${pad(r.int(7, 11))}-${pad(r.int(1, 28))}`;
    if (graduationDate >= before) graduationDate = addCalendarDays(before, -200);
    return { level: req.level, major, institution, ipk, graduationDate };
  };

  const applicants: DemoApplicant[] = [];

  /** One applicant of `round`, for its formasi `fi`, acting on `day` from `minute`. */
  const applicant = (
    round: ApplicantRound,
    fi: number,
    status: DemoApplicationStatus,
    day: string,
    minute: number,
    age: number,
  ): DemoApplicant => {
    const f = round.formations[fi]!;
    // Midwives are women; elsewhere most applicants for teaching and nursing are too.
    const gender: 'L' | 'P' = /Bidan/.test(f.positionName)
      ? 'P'
      : r.chance(/Guru|Perawat/.test(f.positionName) ? 0.65 : 0.45)
        ? 'P'
        : 'L';
    const p = person(age, gender);
    const registeredAt = at(day, minute);
    const verifiedAt = new Date(registeredAt.getTime() + r.int(2, 9) * 60_000);
    const profileAt = new Date(verifiedAt.getTime() + r.int(5, 30) * 60_000);
    const education = educationFor(f, p.birthDate, day);
    const { city, ...register } = p;
    const disabled = f.body.track === 'disabilitas';
    const createdAt = new Date(profileAt.getTime() + r.int(3, 20) * 60_000);
    const required = f.body.requiredDocuments;
    const uploaded = status === 'DRAFT' ? r.int(0, required.length - 1) : required.length;
    let clock = createdAt.getTime();
    const documents = required.slice(0, uploaded).map((d) => {
      clock += r.int(2, 6) * 60_000;
      const format = d.formats.includes('pdf') ? ('pdf' as const) : ('png' as const);
      return {
        type: d.type,
        format,
        name: `${d.type}-${slugOf(register.name)}.${format}`,
        at: new Date(clock),
      };
    });
    const submittedAt = status === 'DRAFT' ? undefined : new Date(clock + r.int(3, 15) * 60_000);
    return {
      register,
      profile: {
        diplomaName: `${register.name}, ${titleOf(education.level, education.major)}`,
        education: [education],
        address: `${r.pick(STREETS)} No. ${r.int(1, 250)}, ${city}`,
        ...(disabled
          ? {
              disability: {
                status: true,
                note: r.pick([
                  'Disabilitas fisik: tungkai bawah kiri (menggunakan kruk)',
                  'Disabilitas sensorik: rungu sedang',
                  'Disabilitas fisik: tangan kiri',
                ]),
              },
            }
          : {}),
      },
      registeredAt,
      verifiedAt,
      profileAt,
      application: {
        roundCode: round.body.code,
        formationIndex: fi,
        createdAt,
        documents,
        ...(submittedAt ? { submittedAt } : {}),
        finalStatus: status,
      },
    };
  };

  const tmsReasons = (f: DemoFormation, prefer?: string): ScreeningReason[] => {
    const types = f.body.requiredDocuments.map((d) => d.type).filter((t) => TMS_REASONS[t]);
    const type = prefer && types.includes(prefer) ? prefer : r.pick(types);
    return TMS_REASONS[type]!;
  };

  // This year's CPNS round: acts on the days from registration's opening to yesterday.
  if (cpns) {
    const opens = cpns.body.registrationOpensAt.slice(0, 10);
    const closes = cpns.body.registrationClosesAt.slice(0, 10);
    const days: string[] = [];
    for (let d = opens; d < today && d < closes; d = addCalendarDays(d, 1)) days.push(d);
    if (days.length === 0) days.push(opens);
    const states: DemoApplicationStatus[] = (Object.keys(CPNS_STATES) as DemoApplicationStatus[]).flatMap(
      (s) => Array.from({ length: CPNS_STATES[s] }, () => s),
    );
    // Spread over formasi: state i of each formasi's share, shuffled.
    for (let i = states.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [states[i], states[j]] = [states[j]!, states[i]!];
    }
    const formationOf: number[] = CPNS_SPREAD.flatMap((n, fi) =>
      fi < cpns.formations.length ? Array.from({ length: n }, () => fi) : [],
    );
    while (formationOf.length < states.length) formationOf.push(0);
    const screeningDay = days[days.length - 1]!;
    states.forEach((status, i) => {
      const fi = formationOf[i]!;
      const f = cpns.formations[fi]!;
      // Screened ones applied before the last day, so the verifier saw them on it.
      const screened = status === 'MS' || status === 'TMS';
      const pool = screened && days.length > 1 ? days.slice(0, -1) : days;
      const day = pool[i % pool.length]!;
      const startsAt = day === opens ? 8 * 60 + 30 : 7 * 60;
      const minute = startsAt + ((i * 37) % (20 * 60 + 30 - startsAt));
      const maxAge = f.body.maxAge ?? 35;
      // At most maxAge on the reference date, which may fall in next year.
      const age = r.int(22, Math.min(maxAge - 2, f.body.track === 'cumlaude' ? 26 : 31));
      const a = applicant(cpns, fi, status, day, minute, age);
      if (screened) {
        const screenAt = at(screeningDay, 9 * 60 + (i % 420));
        const at2 =
          screenAt.getTime() <= a.application.submittedAt!.getTime()
            ? new Date(a.application.submittedAt!.getTime() + 60 * 60_000)
            : screenAt;
        a.application.screening = {
          result: status,
          reasons: status === 'TMS' ? tmsReasons(f) : [],
          at: at2,
        };
      }
      applicants.push(a);
    });
  }

  const announcements: DemoAnnouncement[] = [];
  // Last year's PPPK round: everyone applied inside its window, screened after it closed, the
  // administration result announced as its schedule says, one objection accepted and corrected.
  if (pppk) {
    const opens = pppk.body.registrationOpensAt.slice(0, 10);
    const closes = pppk.body.registrationClosesAt.slice(0, 10);
    const days: string[] = [];
    for (let d = opens; d < closes; d = addCalendarDays(d, 1)) days.push(d);
    const announcementLocal =
      pppk.body.schedule.administrationAnnouncementAt ?? `${addCalendarDays(closes, 10)}T16:00`;
    const announcementDay = announcementLocal.slice(0, 10);
    const screeningDays = [1, 2, 3, 4, 5].map((n) => addCalendarDays(closes, n));
    let objected = false;
    let i = 0;
    pppk.formations.forEach((f, fi) => {
      const statuses: ('MS' | 'TMS')[] = [
        ...Array.from({ length: PPPK_PER_FORMATION.MS }, () => 'MS' as const),
        ...Array.from({ length: PPPK_PER_FORMATION.TMS }, () => 'TMS' as const),
      ];
      for (const status of statuses) {
        const day = days[(i * 7) % days.length]!;
        const minute = (day === opens ? 8 * 60 + 30 : 7 * 60) + ((i * 53) % (12 * 60));
        const a = applicant(pppk, fi, status, day, minute, r.int(26, 45));
        const objecting = status === 'TMS' && !objected;
        a.application.screening = {
          result: status,
          reasons: status === 'TMS' ? tmsReasons(f, objecting ? 'pengalaman-kerja' : undefined) : [],
          at: at(screeningDays[i % screeningDays.length]!, 8 * 60 + ((i * 11) % 480)),
        };
        if (objecting) {
          objected = true;
          a.application.objection = {
            note: 'Surat keterangan dari kepala sekolah menyebut masa kerja saya 3 tahun 4 bulan (Juli 2020 sampai November 2023), bukan kurang dari 2 tahun.',
            disputed: ['pengalaman-kerja'],
            at: at(addCalendarDays(announcementDay, 1), 9 * 60 + 12),
            decision: {
              accepted: true,
              note: 'Setelah diperiksa ulang, masa kerja pada surat keterangan memenuhi syarat minimal 2 tahun. Status diubah menjadi MS.',
              at: at(addCalendarDays(announcementDay, 6), 10 * 60),
            },
          };
          a.application.finalStatus = 'MS';
        }
        applicants.push(a);
        i += 1;
      }
    });
    announcements.push(
      {
        roundCode: pppk.body.code,
        stage: 'ADMINISTRATION',
        note: 'Pengumuman hasil seleksi administrasi. Pelamar TMS dapat mengajukan sanggah dalam 3 hari kalender setelah pengumuman ini.',
        at: new Date(zonedInstant(announcementLocal, tz)),
      },
      {
        roundCode: pppk.body.code,
        stage: 'ADMINISTRATION_AFTER_OBJECTION',
        note: 'Pengumuman hasil seleksi administrasi setelah masa sanggah: satu sanggah diterima.',
        at: at(addCalendarDays(announcementDay, 7), 16 * 60),
      },
    );
  }

  const exam = pppk ? examOf(pppk, applicants, tenant, at) : undefined;
  return { applicants, announcements, ...(exam ? { exam } : {}) };
}

/**
 * The PPPK round's exams (see DemoExam). Scores come from a generator of their own, so adding them
 * changed none of the applicants above. SKD scores as the CAT gives them: TWK and TIU 5 per right
 * answer, TKP 1-5 per item; SKB components 0-100 with halves.
 */
function examOf(
  pppk: ApplicantRound,
  applicants: DemoApplicant[],
  tenant: TenantSeed,
  at: (date: string, minute: number) => Date,
): DemoExam {
  const r = rng(`exams/${tenant.slug}`);
  const code = pppk.body.code;
  const ms = applicants.filter((a) => a.application.roundCode === code && a.application.finalStatus === 'MS');
  const skd: DemoExam['skd'] = [];
  const skb: DemoExam['skb'] = [];
  pppk.formations.forEach((_f, fi) => {
    const mine = ms.filter((a) => a.application.formationIndex === fi);
    mine.forEach((a, i) => {
      // The last MS applicant of each formasi did not come to the SKD.
      if (i === mine.length - 1) return;
      skd.push({
        applicant: a,
        scores: { twk: 5 * r.int(9, 27), tiu: 5 * r.int(10, 31), tkp: r.int(130, 205) },
      });
      skb.push({
        applicant: a,
        scores: { cat: r.int(100, 190) / 2, interview: r.int(120, 190) / 2, other: r.int(110, 185) / 2 },
      });
    });
  });
  const schedule = pppk.body.schedule as Record<string, string | undefined>;
  const day = (key: string) => schedule[key]!.slice(0, 10);
  const when = (key: string) => {
    const local = schedule[key]!;
    return at(local.slice(0, 10), Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16)));
  };
  const finalDay = day('finalAnnouncementAt');
  return {
    roundCode: code,
    skd,
    skb,
    steps: [
      {
        stage: 'SKD',
        importAt: at(day('skdAnnouncementAt'), 10 * 60),
        rankingAt: at(day('skdAnnouncementAt'), 11 * 60),
        announcementAt: when('skdAnnouncementAt'),
        note: 'Pengumuman hasil seleksi kompetensi (SKD). Seleksi PPPK tidak memakai nilai ambang batas; peserta dengan peringkat terbaik hingga tiga kali kebutuhan formasi mengikuti tahap berikutnya. Masa sanggah 3 hari kalender.',
      },
      {
        stage: 'SKB',
        importAt: at(day('skbAnnouncementAt'), 10 * 60),
        rankingAt: at(day('skbAnnouncementAt'), 11 * 60),
        announcementAt: when('skbAnnouncementAt'),
        note: 'Pengumuman hasil seleksi kompetensi bidang (SKB) dan nilai integrasi 40% SKD + 60% SKB. Masa sanggah 3 hari kalender.',
      },
    ],
    final: {
      at: when('finalAnnouncementAt'),
      note: 'Pengumuman hasil akhir seleksi PPPK. Peserta yang dinyatakan lulus mengisi daftar riwayat hidup untuk penetapan NI PPPK.',
    },
    hire: {
      // A Bidan of the health office: outside the demo agency, whose staff other demo data count.
      formationIndex: 1,
      at: at(addCalendarDays(finalDay, 20), 9 * 60),
      tmt: `${Number(finalDay.slice(0, 4)) + 1}-01-01`,
      appointmentYear: Number(finalDay.slice(0, 4)) + 1,
    },
  };
}
