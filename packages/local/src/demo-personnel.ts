import {
  addYears,
  bupAge,
  type CompleteTrainingInput,
  CPNS_ENTRY_RANK,
  type CreateCompetencyInput,
  type CreateEmployeeInput,
  type CreateMentorshipInput,
  type CreatePositionInput,
  type CreateTrainingInput,
  DEFAULT_MIN_GRADE,
  DEFAULT_MIN_RANK,
  type EducationLevel,
  type FunctionalLevel,
  type MinimumKey,
  type PositionType,
  PPPK_GRADES,
  type PppkGrade,
  RANK_CODES,
  type Rank,
  retirementDate,
  seededRandom,
  type UpsertMentorProfileInput,
} from '@pamong/core';
import type { AgencySeed, TenantSeed, UnitSeed } from './demo-data';
import {
  BIRTH_PLACES,
  COMPETENCY_CATALOGUE,
  EMAIL_DOMAINS,
  MANAGERIAL_CODES,
  NAME_POOLS,
  POLYTECHNICS,
  SCHOOLS,
  UNIVERSITIES,
} from './demo-personnel-data';
import { type PositionTemplate, positionTemplates } from './demo-personnel-positions';

/**
 * The demo personnel of one tenant, generated (no I/O): the competency catalogue, positions per
 * agency, 330 employees, trainings with enrolments and completions, mentors and mentorships.
 * Deterministic for a tenant and a day; dates are relative to `today` so the retirement and
 * promotion lists always have people in them. Names are unique in a tenant and are what the seed
 * matches existing employees by, so a later day's run finds yesterday's people and writes nothing.
 */

type Body<T, K extends keyof T> = Omit<T, K>;

export interface PositionPlan {
  key: string;
  agencyCode: string;
  unitName: string;
  body: Body<CreatePositionInput, 'agencyId' | 'unitId'>;
}

export interface EmployeePlan {
  key: string;
  agencyCode: string;
  unitName: string;
  positionKey?: string;
  /** The demo login (`kepala`, `atasan`, `pegawai`) linked to this employee record. */
  linkedUsername?: string;
  body: Body<CreateEmployeeInput, 'agencyId' | 'unitId' | 'positionId'>;
}

export interface TrainingPlan {
  key: string;
  body: CreateTrainingInput;
  enrolments: { employeeKey: string; completion?: Omit<CompleteTrainingInput, 'employeeId'> }[];
}

export interface MentorPlan {
  employeeKey: string;
  body: Omit<UpsertMentorProfileInput, 'version'>;
}

export interface MentorshipPlan {
  mentorKey: string;
  menteeKey: string;
  body: Omit<CreateMentorshipInput, 'mentorEmployeeId' | 'menteeEmployeeId'>;
}

export interface PersonnelPlan {
  competencies: CreateCompetencyInput[];
  positions: PositionPlan[];
  employees: EmployeePlan[];
  trainings: TrainingPlan[];
  mentors: MentorPlan[];
  mentorships: MentorshipPlan[];
}

export const DEMO_EMPLOYEES_PER_TENANT = 330;

/** Who the demo accounts are as employees (their names come from demo-data.ts). */
const LINKED = {
  kepala: { gender: 'L' as const },
  atasan: { gender: 'L' as const },
  pegawai: { gender: 'P' as const },
};

// ---------------------------------------------------------------- dates

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const parse = (s: string) => new Date(`${s}T00:00:00Z`);
/** Whole months later (or earlier), on the first of the month: a TMT is always the 1st. */
function monthStart(date: string, months: number): string {
  const d = parse(date);
  return ymd(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1)));
}
const addDays = (date: string, days: number) => ymd(new Date(parse(date).getTime() + days * 86_400_000));
const yearOf = (date: string) => Number(date.slice(0, 4));

// ---------------------------------------------------------------- education and titles

interface MajorInfo {
  /** Degree titles by level; missing = no title for that level. */
  titles: Partial<Record<EducationLevel, string>>;
}

const MAJORS: Record<string, MajorInfo> = {
  'Pendidikan Matematika': { titles: { S1: 'S.Pd.', S2: 'M.Pd.' } },
  'Pendidikan Bahasa Indonesia': { titles: { S1: 'S.Pd.', S2: 'M.Pd.' } },
  'Pendidikan Bahasa Inggris': { titles: { S1: 'S.Pd.', S2: 'M.Pd.' } },
  'Pendidikan Biologi': { titles: { S1: 'S.Pd.', S2: 'M.Pd.' } },
  'Pendidikan Guru Sekolah Dasar': { titles: { S1: 'S.Pd.', S2: 'M.Pd.' } },
  'Manajemen Pendidikan': { titles: { S1: 'S.Pd.', S2: 'M.Pd.', S3: 'Dr.' } },
  Keperawatan: { titles: { D3: 'A.Md.Kep.', S1: 'S.Kep.', S2: 'M.Kep.' } },
  Kebidanan: { titles: { D3: 'A.Md.Keb.', D4: 'S.Tr.Keb.' } },
  'Kesehatan Masyarakat': { titles: { S1: 'S.K.M.', S2: 'M.Kes.', S3: 'Dr.' } },
  'Pendidikan Dokter': { titles: { S1: '', S2: 'M.Kes.' } },
  Farmasi: { titles: { D3: 'A.Md.Farm.', S1: 'S.Farm.', S2: 'M.Farm.' } },
  'Analis Kesehatan': { titles: { D3: 'A.Md.AK.', D4: 'S.Tr.Kes.' } },
  Akuntansi: { titles: { D3: 'A.Md.Ak.', S1: 'S.E.', S2: 'M.Ak.', S3: 'Dr.' } },
  Manajemen: { titles: { S1: 'S.E.', S2: 'M.M.', S3: 'Dr.' } },
  'Ilmu Ekonomi': { titles: { S1: 'S.E.', S2: 'M.E.' } },
  'Ilmu Hukum': { titles: { S1: 'S.H.', S2: 'M.H.', S3: 'Dr.' } },
  'Ilmu Administrasi Negara': { titles: { S1: 'S.Sos.', S2: 'M.Si.', S3: 'Dr.' } },
  'Ilmu Pemerintahan': { titles: { S1: 'S.IP.', S2: 'M.Si.', S3: 'Dr.' } },
  'Teknik Informatika': { titles: { S1: 'S.Kom.', S2: 'M.Kom.' } },
  'Manajemen Informatika': { titles: { D3: 'A.Md.Kom.', S1: 'S.Kom.' } },
  'Sistem Informasi': { titles: { S1: 'S.Kom.', S2: 'M.Kom.' } },
  Statistika: { titles: { S1: 'S.Stat.', S2: 'M.Si.' } },
  'Teknik Sipil': { titles: { S1: 'S.T.', S2: 'M.T.' } },
  'Teknik Lingkungan': { titles: { S1: 'S.T.', S2: 'M.T.' } },
  Biologi: { titles: { S1: 'S.Si.', S2: 'M.Si.' } },
  'Ilmu Kesejahteraan Sosial': { titles: { S1: 'S.Sos.', S2: 'M.Si.' } },
  Psikologi: { titles: { S1: 'S.Psi.', S2: 'M.Psi.' } },
  Sosiologi: { titles: { S1: 'S.Sos.', S2: 'M.Si.' } },
  'Ilmu Komunikasi': { titles: { S1: 'S.I.Kom.', S2: 'M.I.Kom.' } },
  Kearsipan: { titles: { D3: 'A.Md.' } },
  'Administrasi Perkantoran': { titles: { D3: 'A.Md.' } },
  'Manajemen Transportasi': { titles: { D3: 'A.Md.Tra.', D4: 'S.Tr.' } },
  IPA: { titles: {} },
  IPS: { titles: {} },
};

const GRAD_AGE: Record<EducationLevel, number> = {
  SD: 12,
  SMP: 15,
  SMA: 18,
  D1: 19,
  D2: 20,
  D3: 21,
  D4: 22,
  S1: 22,
  S2: 25,
  S3: 30,
};

/** The highest rank regular promotion reaches without a structural or fungsional position. */
const REGULAR_CAP: Record<EducationLevel, Rank> = {
  SD: 'II/a',
  SMP: 'II/c',
  SMA: 'III/b',
  D1: 'III/b',
  D2: 'III/b',
  D3: 'III/c',
  D4: 'III/d',
  S1: 'III/d',
  S2: 'IV/a',
  S3: 'IV/b',
};
/** Entry PPPK grade by education (ASN-RULES §2). */
const ENTRY_GRADE: Record<EducationLevel, PppkGrade> = {
  SD: 'I',
  SMP: 'IV',
  SMA: 'V',
  D1: 'V',
  D2: 'VI',
  D3: 'VII',
  D4: 'IX',
  S1: 'IX',
  S2: 'X',
  S3: 'XI',
};
/** Ranks above the minimum a position's holders spread over. */
const RANK_SPREAD: Record<MinimumKey, number> = {
  JPT_UTAMA: 1,
  JPT_MADYA: 1,
  JPT_PRATAMA: 2,
  ADMINISTRATOR: 2,
  PENGAWAS: 2,
  PELAKSANA: 0,
  AHLI_PERTAMA: 1,
  AHLI_MUDA: 1,
  AHLI_MADYA: 2,
  AHLI_UTAMA: 1,
  PEMULA: 1,
  TERAMPIL: 1,
  MAHIR: 1,
  PENYELIA: 1,
};

/** Years of service before someone is appointed to a position of this kind. */
const MIN_SERVICE_YEARS: Partial<Record<MinimumKey, number>> = {
  JPT_PRATAMA: 18,
  ADMINISTRATOR: 12,
  PENGAWAS: 7,
  AHLI_MUDA: 5,
  AHLI_MADYA: 12,
  MAHIR: 4,
  PENYELIA: 8,
};
const FEMALE_ONLY = /(wati|ani|aini|dari|yanti|sari|tiwi|tami|rahayu|tuti|fitri|yati)$/i;

const rankIdx = (r: Rank) => RANK_CODES.indexOf(r);

// ---------------------------------------------------------------- the generator

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

function shuffle<T>(r: Rng, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

const regionOf = (slug: string) => (slug === 'palembang' ? 'palembang' : 'lampung');

function allUnits(units: UnitSeed[]): UnitSeed[] {
  return units.flatMap((u) => [u, ...allUnits(u.children ?? [])]);
}

/** A place in the org chart to fill: a seat of a position, or a staff place in a unit. */
interface Slot {
  agency: AgencySeed;
  unitName: string;
  position?: PositionPlan & { template: PositionTemplate };
  linkedUsername?: keyof typeof LINKED;
  employmentType?: 'PNS' | 'CPNS' | 'PPPK';
  retiring?: boolean;
}

const minimumKey = (type: PositionType, level?: FunctionalLevel): MinimumKey =>
  type === 'FUNGSIONAL' ? level! : (type as MinimumKey);

export function demoPersonnel(tenant: TenantSeed, today: string): PersonnelPlan {
  const r = rng(`personnel/${tenant.slug}`);
  const region = regionOf(tenant.slug);

  const competencies: CreateCompetencyInput[] = COMPETENCY_CATALOGUE.map((c) => ({
    code: c.code,
    name: c.name,
    group: c.group,
    levels: c.levels.map((description, i) => ({ level: i + 1, description })),
  }));

  // Positions, then the seats to fill, agency by agency.
  const positions: (PositionPlan & { template: PositionTemplate })[] = [];
  const slots: Slot[] = [];
  for (const agency of tenant.agencies) {
    for (const template of positionTemplates(agency)) {
      const key = `${agency.code}/${template.unitName}/${template.body.name}`;
      const plan = {
        key,
        agencyCode: agency.code,
        unitName: template.unitName,
        body: template.body,
        template,
      };
      positions.push(plan);
      const filled = Math.min(template.body.seats, Math.round(template.body.seats * template.fill));
      for (let i = 0; i < filled; i++) slots.push({ agency, unitName: template.unitName, position: plan });
    }
  }
  // The rest are staff without a position, spread over the units (the education agency gets more).
  const everyUnit = tenant.agencies.flatMap((a) =>
    allUnits(a.units).flatMap((u) =>
      Array.from({ length: a.code === tenant.demoAgencyCode ? 2 : 1 }, () => ({ a, u })),
    ),
  );
  for (let i = 0; slots.length < DEMO_EMPLOYEES_PER_TENANT; i++) {
    const { a, u } = everyUnit[i % everyUnit.length]!;
    slots.push({ agency: a, unitName: u.name });
  }

  // The demo supervisor heads the first bidang of the education agency; the demo employee is a
  // guru in that bidang, so the supervisor sees their record in full.
  const education = tenant.agencies.find((a) => a.code === tenant.demoAgencyCode)!;
  const bidang = education.units.find((u) => u.name.startsWith('Bidang'))!.name;
  const head = slots.find(
    (s) => s.agency === education && s.unitName === bidang && s.position?.body.type === 'ADMINISTRATOR',
  );
  const guru = slots.find(
    (s) => s.agency === education && s.unitName === bidang && s.position?.body.name === 'Guru Ahli Pertama',
  );
  if (!head || !guru) throw new Error(`demo personnel: no head or guru position in ${tenant.slug} ${bidang}`);
  head.linkedUsername = 'atasan';
  guru.linkedUsername = 'pegawai';
  // The agency head (the PYBMC of the agency's leave) is the demo `kepala`. Linked after the draws
  // below, and drawn for as if unlinked (see `employee`), so every other person stays who they were.
  const agencyHead = slots.find((s) => s.agency === education && s.position?.body.type === 'JPT_PRATAMA');
  if (!agencyHead) throw new Error(`demo personnel: no agency head position in ${tenant.slug}`);

  // Employment types: 70% PNS, 10% CPNS, 20% PPPK; PPPK and CPNS only where an entry-level ASN sits.
  const entryLevel = (s: Slot) =>
    !s.linkedUsername &&
    (!s.position ||
      ['AHLI_PERTAMA', 'TERAMPIL', 'PEMULA'].includes(s.position.body.functionalLevel ?? '') ||
      s.position.body.type === 'PELAKSANA');
  const candidates = shuffle(r, slots.filter(entryLevel));
  const pppk = Math.round(slots.length * 0.2);
  const cpns = Math.round(slots.length * 0.1);
  for (const s of candidates.slice(0, pppk)) s.employmentType = 'PPPK';
  for (const s of candidates.slice(pppk, pppk + cpns)) s.employmentType = 'CPNS';
  const pnsSlots = slots.filter((s) => !s.employmentType);
  for (const s of pnsSlots) s.employmentType = 'PNS';
  // About one PNS in fifteen retires within 24 months, a few of them within 12.
  shuffle(
    r,
    pnsSlots.filter((s) => !s.linkedUsername),
  )
    .slice(0, Math.round(slots.length / 15))
    .forEach((s) => {
      s.retiring = true;
    });
  agencyHead.linkedUsername = 'kepala';

  const people = new PeopleFactory(tenant, today, r, region);
  const employees = slots.map((s, i) => people.employee(s, i));
  const positionTypes = new Map(positions.map((p) => [p.key, p.body.type]));
  const trainings = demoTrainings(tenant, today, employees, positionTypes, r);
  const { mentors, mentorships } = demoMentoring(employees, today, r);
  return {
    competencies,
    positions: positions.map(({ template: _t, ...p }) => p),
    employees,
    trainings,
    mentors,
    mentorships,
  };
}

// ---------------------------------------------------------------- people

interface Career {
  nip: string;
  birthDate: string;
  rank?: Rank;
  grade?: PppkGrade;
  tmtCpns?: string;
  tmtRank?: string;
  /** The year service began (TMT CPNS, or the first PPPK contract). */
  startYear: number;
}

class PeopleFactory {
  private readonly names = new Set<string>();
  private readonly sequences = new Map<string, number>();

  constructor(
    private readonly tenant: TenantSeed,
    private readonly today: string,
    private readonly r: Rng,
    private readonly region: 'lampung' | 'palembang',
  ) {
    for (const u of tenant.users) this.names.add(u.name);
  }

  employee(slot: Slot, index: number): EmployeePlan {
    const { r } = this;
    const t = slot.position?.template;
    const type = slot.employmentType!;
    const linked = slot.linkedUsername
      ? this.tenant.users.find((u) => u.username === slot.linkedUsername)
      : undefined;
    // `kepala` was linked after the generator's first version: its draws are still made (and
    // dropped), so the people after it keep their names.
    const drawn = !slot.linkedUsername || slot.linkedUsername === 'kepala';
    const drawnGender = drawn ? (r.chance(0.52) ? 'P' : 'L') : undefined;
    const drawnName = drawnGender ? this.uniqueName(drawnGender) : undefined;
    const gender = slot.linkedUsername ? LINKED[slot.linkedUsername].gender : drawnGender!;
    const name = linked?.name ?? drawnName!;

    const levels =
      t?.body.requiredEducation.levels ?? (r.chance(0.5) ? ['SMA'] : r.chance(0.4) ? ['D3'] : ['S1']);
    const level = r.pick(levels as EducationLevel[]);
    const majors = t?.body.requiredEducation.majors?.length
      ? t.body.requiredEducation.majors
      : defaultMajors(level);
    const major = r.pick(majors);
    const body = t?.body;
    const bup = bupAge(body?.type ?? null, body?.functionalLevel ?? null);

    const career: Career =
      type === 'PPPK' ? this.pppk(slot, level, gender) : this.pns(slot, level, bup, type, gender);
    const education = this.education(level, major, career.birthDate, career.startYear);
    const { frontTitle, backTitle } = titles(education, career.birthDate, r);
    const emailOk = r.chance(0.65);
    const [first, ...rest] = name
      .toLowerCase()
      .replace(/[^a-z ]/g, '')
      .split(' ');
    const email = `${first}.${rest.at(-1) ?? 'asn'}${index % 97}@${EMAIL_DOMAINS[this.tenant.slug] ?? 'pemda.go.id'}`;

    return {
      key: `${slot.agency.code}/${index}`,
      agencyCode: slot.agency.code,
      unitName: slot.unitName,
      ...(slot.position ? { positionKey: slot.position.key } : {}),
      ...(slot.linkedUsername ? { linkedUsername: slot.linkedUsername } : {}),
      body: {
        employmentType: type,
        nip: career.nip,
        name,
        ...(frontTitle ? { frontTitle } : {}),
        ...(backTitle ? { backTitle } : {}),
        gender,
        birthPlace: r.pick(BIRTH_PLACES[this.tenant.slug] ?? BIRTH_PLACES.lampung!),
        birthDate: career.birthDate,
        ...(career.rank ? { rank: career.rank } : {}),
        ...(career.grade ? { grade: career.grade } : {}),
        ...(career.tmtCpns ? { tmtCpns: career.tmtCpns } : {}),
        ...(career.tmtRank ? { tmtRank: career.tmtRank } : {}),
        education,
        competencies: this.competencies(slot),
        ...(emailOk || slot.linkedUsername ? { email } : {}),
        ...(r.chance(0.55) || !drawn ? { phone: `08${r.int(11, 89)}${pad(r.int(0, 99_999_999), 8)}` } : {}),
      },
    };
  }

  private uniqueName(gender: 'L' | 'P'): string {
    const weights = NAME_POOLS.reduce((n, p) => n + p.weight, 0);
    for (;;) {
      let x = this.r.next() * weights;
      let pool = NAME_POOLS[0]!.pool;
      for (const p of NAME_POOLS) {
        pool = p.pool;
        x -= p.weight;
        if (x < 0) break;
      }
      const first = this.r.pick(gender === 'L' ? pool.male : pool.female);
      // Family names like Handayani or Susilowati are women's names.
      const last = this.r.pick(gender === 'L' ? pool.last.filter((l) => !FEMALE_ONLY.test(l)) : pool.last);
      const name = last && last !== first ? `${first} ${last}` : first;
      if (!this.names.has(name)) {
        this.names.add(name);
        return name;
      }
    }
  }

  private nextSequence(key: string): string {
    const n = (this.sequences.get(key) ?? 0) + 1;
    this.sequences.set(key, n);
    return pad(n, 3);
  }

  private nip(birthDate: string, tmtCpns: string, gender: 'L' | 'P'): string {
    const prefix = `${birthDate.replaceAll('-', '')}${tmtCpns.slice(0, 7).replace('-', '')}`;
    return `${prefix}${gender === 'L' ? 1 : 2}${this.nextSequence(prefix)}`;
  }

  /** NI PPPK: birth date, year of first appointment, `21`, gender, sequence (ASN-RULES §1: only the prefix is checked). */
  private pppk(slot: Slot, level: EducationLevel, gender: 'L' | 'P'): Career {
    const { r, today } = this;
    const appointed = Math.max(2019, yearOf(today) - r.int(0, 5));
    const age = r.int(Math.max(GRAD_AGE[level] + 2, 22), 48);
    const birthDate = addDays(`${appointed - age}-01-01`, r.int(0, 364));
    const t = slot.position?.template;
    const min = t ? DEFAULT_MIN_GRADE[minimumKey(t.body.type, t.body.functionalLevel)] : null;
    const entry = ENTRY_GRADE[level];
    const grade = min && PPPK_GRADES.indexOf(min) > PPPK_GRADES.indexOf(entry) ? min : entry;
    const prefix = `${birthDate.replaceAll('-', '')}${appointed}21`;
    const nip = `${prefix}${gender === 'L' ? 1 : 2}${this.nextSequence(prefix)}`;
    // The TMT of the first work agreement, kept in the TMT CPNS field (leave counts service from it):
    // 1 March of the year of appointment, or this month's first for an appointment this year.
    const tmtCpns = [`${appointed}-03-01`, monthStart(today, 0)].sort()[0]!;
    return { nip, birthDate, grade, tmtCpns, startYear: appointed };
  }

  private pns(
    slot: Slot,
    level: EducationLevel,
    bup: number,
    type: 'PNS' | 'CPNS',
    gender: 'L' | 'P',
  ): Career {
    const { r, today } = this;
    const t = slot.position?.template;
    const entry = rankIdx(CPNS_ENTRY_RANK[level]);
    const key = t ? minimumKey(t.body.type, t.body.functionalLevel) : 'PELAKSANA';
    const lo = Math.max(entry, t && key !== 'PELAKSANA' ? rankIdx(DEFAULT_MIN_RANK[key]) : entry);
    const hi = Math.max(lo, key === 'PELAKSANA' ? rankIdx(REGULAR_CAP[level]) : lo + RANK_SPREAD[key]);
    const entryAge = () => r.int(GRAD_AGE[level] + 1, Math.min(35, GRAD_AGE[level] + 8));

    if (type === 'CPNS') {
      const tmtCpns = monthStart(today, -r.int(1, 11));
      const birthDate = addDays(`${yearOf(tmtCpns) - entryAge()}-01-01`, r.int(0, 300));
      const rank = RANK_CODES[entry]!;
      return this.pnsResult(birthDate, tmtCpns, tmtCpns, rank, gender);
    }

    // Retiring soon: born so that the BUP falls 2-24 months from today; the career runs forward.
    if (slot.retiring) {
      const birthDate = addDays(monthStart(addYears(today, -bup), r.int(1, 23)), r.int(0, 27));
      const tmtCpns = monthStart(addYears(birthDate, entryAge()), 0);
      const years = yearOf(today) - yearOf(tmtCpns);
      const rank = RANK_CODES[Math.min(hi, Math.max(lo, entry + Math.floor(years / 4.5)))]!;
      const tmtRank = monthStart(today, -r.int(12, 60));
      return this.pnsResult(birthDate, tmtCpns, tmtRank < tmtCpns ? tmtCpns : tmtRank, rank, gender);
    }

    // Otherwise the rank comes first and the career runs back from it: 4-6 years per step, and
    // about a third have been in their rank 4 years or more (due for promotion).
    for (let attempt = 0; ; attempt++) {
      const target = attempt > 8 ? entry : r.int(lo, hi);
      const steps = target - entry;
      const inRank = r.chance(0.35) ? r.int(48, 96) : r.int(3, 47);
      const tmtRank = monthStart(today, -inRank);
      let months = 0;
      for (let i = 0; i < steps; i++) months += r.int(48, 72);
      months = Math.max(months, (MIN_SERVICE_YEARS[key] ?? 0) * 12 + r.int(0, 36) - inRank);
      const tmtCpns = monthStart(tmtRank, -months);
      const birthDate = addDays(`${yearOf(tmtCpns) - entryAge()}-01-01`, r.int(0, 300));
      // Not past (or within 2 years of) the BUP: the retiring ones are chosen above.
      if (retirementDate(birthDate, bup) > monthStart(today, 26) || attempt > 8) {
        const rank = RANK_CODES[target]!;
        return this.pnsResult(birthDate, tmtCpns, steps === 0 ? tmtCpns : tmtRank, rank, gender);
      }
    }
  }

  private pnsResult(
    birthDate: string,
    tmtCpns: string,
    tmtRank: string,
    rank: Rank,
    gender: 'L' | 'P',
  ): Career {
    const nip = this.nip(birthDate, tmtCpns, gender);
    return { nip, birthDate, tmtCpns, tmtRank, rank, startYear: yearOf(tmtCpns) };
  }

  private education(level: EducationLevel, major: string, birthDate: string, startYear: number) {
    const { r } = this;
    const thisYear = yearOf(this.today);
    const born = yearOf(birthDate);
    const gradYear = (l: EducationLevel) => Math.min(thisYear, born + GRAD_AGE[l] + r.int(0, 1));
    const region = this.region;
    const university = () => (r.chance(0.7) ? r.pick(UNIVERSITIES[region]!) : r.pick(UNIVERSITIES.national!));
    const entries: CreateEmployeeInput['education'] = [
      {
        level: 'SMA',
        major: level === 'SMA' ? major : r.pick(['IPA', 'IPS']),
        institution: r.pick(SCHOOLS[region]!),
        graduationYear: gradYear('SMA'),
      },
    ];
    if (level === 'D3' || level === 'D4')
      entries.push({
        level,
        major,
        institution: r.pick(POLYTECHNICS[region]!),
        graduationYear: gradYear(level),
      });
    if (level === 'S1' || level === 'S2' || level === 'S3')
      entries.push({ level: 'S1', major, institution: university(), graduationYear: gradYear('S1') });
    if (level === 'S2' || level === 'S3') {
      const s2 = Math.min(thisYear, Math.max(gradYear('S1') + 2, startYear + r.int(-2, 8)));
      entries.push({ level: 'S2', major, institution: r.pick(UNIVERSITIES.national!), graduationYear: s2 });
      if (level === 'S3')
        entries.push({
          level: 'S3',
          major,
          institution: r.pick(UNIVERSITIES.national!),
          graduationYear: Math.min(thisYear, s2 + r.int(4, 7)),
        });
    }
    return entries;
  }

  private competencies(slot: Slot): NonNullable<CreateEmployeeInput['competencies']> {
    const { r } = this;
    const t = slot.position?.template;
    const type = t?.body.type;
    const [lo, hi] =
      type === 'JPT_PRATAMA'
        ? [3, 5]
        : type === 'ADMINISTRATOR'
          ? [3, 4]
          : type === 'PENGAWAS'
            ? [2, 4]
            : [1, 3];
    const out = new Map<string, number>();
    for (const code of shuffle(r, [...MANAGERIAL_CODES]).slice(0, r.int(2, 3))) out.set(code, r.int(lo, hi));
    if (r.chance(0.5)) out.set('SOS-PEREKAT-BANGSA', r.int(1, Math.min(4, hi)));
    // The position's requirements, around the minimum, so some holders meet it and some fall short.
    for (const req of t?.body.requiredCompetencies ?? [])
      out.set(req.code, Math.max(1, Math.min(5, req.minLevel + r.int(-1, 1))));
    for (const code of t?.technical ?? ['TEK-ARSIP', 'TEK-ANALISIS-DATA'])
      if (!out.has(code) && r.chance(0.4)) out.set(code, r.int(1, 4));
    if (r.chance(0.15)) out.set('TEK-TIK', r.int(1, 4));
    return [...out].map(([code, level]) => ({ code, level }));
  }
}

function defaultMajors(level: EducationLevel): string[] {
  if (level === 'SMA') return ['IPA', 'IPS'];
  if (level === 'D3') return ['Administrasi Perkantoran', 'Manajemen Informatika', 'Akuntansi', 'Kearsipan'];
  return [
    'Ilmu Administrasi Negara',
    'Manajemen',
    'Ilmu Hukum',
    'Ilmu Pemerintahan',
    'Akuntansi',
    'Sosiologi',
  ];
}

/** Titles from the degrees held: back titles in order, Dr. for a doctorate, dr./Ns./Ir. by profession. */
function titles(education: CreateEmployeeInput['education'], birthDate: string, r: Rng) {
  const back: string[] = [];
  let front: string | undefined;
  for (const e of education) {
    const info = MAJORS[e.major];
    if (e.level === 'S3') front = 'Dr.';
    else if (e.major === 'Pendidikan Dokter' && e.level === 'S1') front = 'dr.';
    else if (e.major === 'Keperawatan' && e.level === 'S1') front = 'Ns.';
    else if (e.major === 'Teknik Sipil' && e.level === 'S1' && yearOf(birthDate) < 1975 && r.chance(0.7))
      front = 'Ir.';
    else if (info?.titles[e.level]) back.push(info.titles[e.level]!);
  }
  return { frontTitle: front, backTitle: back.length ? back.join(', ') : undefined };
}

// ---------------------------------------------------------------- training and mentoring

interface TrainingTemplate {
  title: string;
  type: CreateTrainingInput['type'];
  jp: number;
  /** Months from today the training ends (negative = already held). */
  endsIn: number;
  days: number;
  competencies: { code: string; level: number }[];
  organizer: string;
  /** Who is sent: by position type or the codes they hold. */
  who: (e: EmployeePlan, types: Map<string, PositionType | undefined>) => boolean;
  size: number;
}

const TRAININGS: TrainingTemplate[] = [
  {
    title: 'Pelatihan Kepemimpinan Administrator (PKA)',
    type: 'PKA',
    jp: 240,
    endsIn: -4,
    days: 60,
    competencies: [
      { code: 'MAN-PERUBAHAN', level: 4 },
      { code: 'MAN-KEPUTUSAN', level: 4 },
    ],
    organizer: 'BPSDM Provinsi',
    who: (e, types) => types.get(e.key) === 'ADMINISTRATOR',
    size: 8,
  },
  {
    title: 'Pelatihan Kepemimpinan Pengawas (PKP)',
    type: 'PKP',
    jp: 180,
    endsIn: -7,
    days: 45,
    competencies: [
      { code: 'MAN-ORIENTASI-HASIL', level: 3 },
      { code: 'MAN-KERJASAMA', level: 3 },
    ],
    organizer: 'BPSDM Provinsi',
    who: (e, types) => types.get(e.key) === 'PENGAWAS',
    size: 10,
  },
  {
    title: 'Bimbingan Teknis Pengadaan Barang/Jasa Pemerintah',
    type: 'TEKNIS',
    jp: 32,
    endsIn: -2,
    days: 4,
    competencies: [{ code: 'TEK-PENGADAAN-BARANG-JASA', level: 3 }],
    organizer: 'LKPP',
    who: (e) => e.agencyCode === 'BPKAD' || e.unitName.startsWith('Sekretariat'),
    size: 15,
  },
  {
    title: 'Pelatihan Analisis Data dengan Spreadsheet dan Dasbor',
    type: 'TI',
    jp: 16,
    endsIn: -1,
    days: 2,
    competencies: [{ code: 'TEK-ANALISIS-DATA', level: 2 }],
    organizer: 'Dinas Komunikasi dan Informatika',
    who: () => true,
    size: 20,
  },
  {
    title: 'Penyusunan SKP dan Manajemen Kinerja ASN',
    type: 'TEKNIS',
    jp: 12,
    endsIn: -3,
    days: 2,
    competencies: [],
    organizer: 'Badan Kepegawaian Daerah',
    who: () => true,
    size: 30,
  },
  {
    title: 'Workshop Pelayanan Publik Prima',
    type: 'LAINNYA',
    jp: 8,
    endsIn: -5,
    days: 1,
    competencies: [{ code: 'MAN-PELAYANAN-PUBLIK', level: 2 }],
    organizer: 'Ombudsman RI Perwakilan',
    who: (e) => ['DISDUKCAPIL', 'DPMPTSP', 'DINKES', 'DINSOS'].includes(e.agencyCode),
    size: 15,
  },
  {
    title: 'Pelatihan Pembelajaran Berdiferensiasi Kurikulum Merdeka',
    type: 'FUNGSIONAL',
    jp: 32,
    endsIn: -2,
    days: 5,
    competencies: [{ code: 'TEK-PEMBELAJARAN', level: 3 }],
    organizer: 'Balai Guru Penggerak',
    who: (e) => e.body.name !== '' && e.body.education.some((x) => x.major.startsWith('Pendidikan')),
    size: 20,
  },
  {
    title: 'Orientasi PPPK dan Latsar CPNS: Nilai Dasar BerAKHLAK',
    type: 'LAINNYA',
    jp: 24,
    endsIn: -1,
    days: 3,
    competencies: [{ code: 'SOS-PEREKAT-BANGSA', level: 2 }],
    organizer: 'BPSDM Provinsi',
    who: (e) => e.body.employmentType !== 'PNS',
    size: 25,
  },
  {
    title: 'Bimbingan Teknis Keamanan Informasi dan SPBE',
    type: 'TI',
    jp: 20,
    endsIn: 2,
    days: 3,
    competencies: [{ code: 'TEK-TIK', level: 3 }],
    organizer: 'Dinas Komunikasi dan Informatika',
    who: () => true,
    size: 15,
  },
];

function demoTrainings(
  tenant: TenantSeed,
  today: string,
  employees: EmployeePlan[],
  positionTypes: Map<string, PositionType>,
  r: Rng,
): TrainingPlan[] {
  const types = new Map<string, PositionType | undefined>();
  for (const e of employees) types.set(e.key, e.positionKey ? positionTypes.get(e.positionKey) : undefined);
  const pegawai = employees.find((e) => e.linkedUsername === 'pegawai');
  return TRAININGS.map((t, i) => {
    // Trainings held earlier this year end in it; a year boundary moves them to January.
    let endDate = addDays(monthStart(today, t.endsIn + 1), -1 - r.int(3, 20));
    if (t.endsIn < 0 && yearOf(endDate) < yearOf(today)) endDate = `${yearOf(today)}-01-${pad(10 + i)}`;
    if (endDate >= today && t.endsIn < 0) endDate = addDays(today, -1);
    const startDate = addDays(endDate, -(t.days - 1));
    const pool = shuffle(
      r,
      employees.filter((e) => t.who(e, types)),
    );
    const chosen = pool.slice(0, t.size);
    if (pegawai && i === 3 && !chosen.includes(pegawai)) chosen.push(pegawai);
    const held = endDate < today;
    return {
      key: t.title,
      body: {
        title: t.title,
        type: t.type,
        competencies: t.competencies,
        jp: t.jp,
        startDate,
        endDate,
        capacity: Math.max(t.size + 5, chosen.length),
        organizer: t.organizer,
        location: tenant.slug === 'palembang' ? 'Palembang' : 'Bandar Lampung',
      },
      enrolments: chosen.map((e) => ({
        employeeKey: e.key,
        ...(held
          ? {
              completion: r.chance(0.9)
                ? { result: 'LULUS' as const, score: r.int(70, 98) }
                : { result: 'TIDAK_LULUS' as const, score: r.int(40, 69), jp: Math.floor(t.jp / 2) },
            }
          : {}),
      })),
    };
  });
}

function demoMentoring(employees: EmployeePlan[], today: string, r: Rng) {
  const seniors = employees.filter(
    (e) =>
      e.body.employmentType === 'PNS' &&
      e.positionKey &&
      (e.body.competencies ?? []).some((c) => c.level >= 3),
  );
  // `atasan` mentors first; `kepala` keeps the place in the draw it had before it was linked.
  const mentorsChosen = [
    ...seniors.filter((e) => e.linkedUsername === 'atasan'),
    ...shuffle(
      r,
      seniors.filter((e) => !e.linkedUsername || e.linkedUsername === 'kepala'),
    ).slice(0, 5),
  ];
  const mentors: MentorPlan[] = mentorsChosen.map((e) => ({
    employeeKey: e.key,
    body: {
      offeredCompetencies: (e.body.competencies ?? []).filter((c) => c.level >= 3).slice(0, 4),
      capacity: r.int(2, 4),
      active: true,
    },
  }));
  const newcomers = employees.filter((e) => e.body.employmentType === 'CPNS');
  const mentorships: MentorshipPlan[] = [];
  mentorsChosen.slice(0, 4).forEach((m, i) => {
    const mentee =
      newcomers.find(
        (n) => n.agencyCode === m.agencyCode && !mentorships.some((x) => x.menteeKey === n.key),
      ) ?? newcomers[i];
    if (!mentee) return;
    mentorships.push({
      mentorKey: m.key,
      menteeKey: mentee.key,
      body: {
        startDate: monthStart(today, -r.int(1, 4)),
        goals: [
          'Memahami tugas pokok dan alur kerja unit',
          'Menyusun SKP tahun pertama bersama atasan',
          'Menyelesaikan pelatihan dasar CPNS dengan predikat memuaskan',
        ].slice(0, r.int(2, 3)),
      },
    });
  });
  return { mentors, mentorships };
}
