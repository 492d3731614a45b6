/**
 * Texts of the public careers page (`/karier/{tenant}`), Bahasa Indonesia first. Kept apart from
 * ./i18n so the survey page does not carry them; they load with the careers chunk.
 */
import { PHASE_LABELS } from '../pages/recruitment/i18n/phases';
import type { Lang } from './i18n';

type Track = 'umum' | 'cumlaude' | 'disabilitas' | 'putra-putri-daerah';
type Status = 'upcoming' | 'open' | 'closed';
type Level = 'SD' | 'SMP' | 'SMA' | 'D1' | 'D2' | 'D3' | 'D4' | 'S1' | 'S2' | 'S3';
type Phase =
  | 'registrationOpensAt'
  | 'registrationClosesAt'
  | 'administrationAnnouncementAt'
  | 'skdStartsAt'
  | 'skdEndsAt'
  | 'skdAnnouncementAt'
  | 'skbStartsAt'
  | 'skbEndsAt'
  | 'skbAnnouncementAt'
  | 'finalAnnouncementAt';

const id = {
  title: 'Lowongan CPNS & PPPK',
  intro:
    'Seleksi calon aparatur sipil negara yang diumumkan pemerintah daerah ini, dengan formasi dan persyaratannya.',
  none: 'Belum ada seleksi yang diumumkan. Silakan kembali lagi nanti.',
  notFoundTenant: 'Pemerintah daerah ini tidak ditemukan. Periksa kembali alamatnya.',
  notFoundRound: 'Seleksi ini tidak ditemukan atau belum diumumkan.',
  more: 'Tampilkan lebih banyak',
  back: '← Semua lowongan',
  status: {
    upcoming: 'Segera dibuka',
    open: 'Pendaftaran dibuka',
    closed: 'Pendaftaran ditutup',
  } satisfies Record<Status, string>,
  window: (from: string, to: string) => `${from} – ${to}`,
  registration: 'Masa pendaftaran',
  formasiOpenings: (f: string, o: string) => `${f} formasi · ${o} kebutuhan`,
  registerSoon: 'Pendaftaran daring segera tersedia.',
  registerSoonNote:
    'Pendaftaran belum dapat dilakukan di situs ini. Simak jadwal dan persyaratan di bawah, lalu kembali ke halaman ini.',
  schedule: 'Jadwal',
  announcements: 'Pengumuman hasil seleksi',
  phases: PHASE_LABELS.id satisfies Record<Phase, string>,
  referenceDate: (d: string) => `Batas usia dihitung pada ${d}.`,
  formasi: 'Formasi',
  openings: (n: string) => `${n} orang`,
  track: 'Jalur',
  tracks: {
    umum: 'Umum',
    cumlaude: 'Cumlaude',
    disabilitas: 'Disabilitas',
    'putra-putri-daerah': 'Putra-putri daerah',
  } satisfies Record<Track, string>,
  education: 'Pendidikan',
  levels: {
    SD: 'SD/sederajat',
    SMP: 'SMP/sederajat',
    SMA: 'SMA/SMK/sederajat',
    D1: 'Diploma I (D-I)',
    D2: 'Diploma II (D-II)',
    D3: 'Diploma III (D-III)',
    D4: 'Diploma IV (D-IV)',
    S1: 'Sarjana (S-1)',
    S2: 'Magister (S-2)',
    S3: 'Doktor (S-3)',
  } satisfies Record<Level, string>,
  allMajors: 'semua program studi',
  minIpk: (v: string) => `IPK minimal ${v}`,
  maxAge: (v: string) => `Usia paling tinggi ${v} tahun`,
  documents: 'Dokumen',
  docSpec: (formats: string, kb: string) => `${formats}, paling besar ${kb} KB`,
  timeZone: (tz: string) => `Waktu setempat (${tz}).`,
  noFormasi: 'Formasi belum tersedia.',
};

export type CareersDictionary = typeof id;

const en: CareersDictionary = {
  title: 'CPNS & PPPK vacancies',
  intro:
    'Civil service selection rounds this regional government has announced, with their vacancies and requirements.',
  none: 'No selection rounds announced yet. Please check back later.',
  notFoundTenant: 'This regional government was not found. Check the address.',
  notFoundRound: 'This round was not found or is not published.',
  more: 'Show more',
  back: '← All vacancies',
  status: { upcoming: 'Opening soon', open: 'Registration open', closed: 'Registration closed' },
  window: (from, to) => `${from} – ${to}`,
  registration: 'Registration',
  formasiOpenings: (f, o) => `${f} formasi · ${o} openings`,
  registerSoon: 'Online registration will be available soon.',
  registerSoonNote:
    'Registration is not yet possible on this site. Review the schedule and requirements below and come back to this page.',
  schedule: 'Schedule',
  announcements: 'Selection result announcements',
  phases: PHASE_LABELS.en,
  referenceDate: (d) => `Age limits are measured on ${d}.`,
  formasi: 'Formasi (vacancies)',
  openings: (n) => `${n} openings`,
  track: 'Track',
  tracks: {
    umum: 'General',
    cumlaude: 'Cum laude',
    disabilitas: 'Disability',
    'putra-putri-daerah': 'Local residents',
  },
  education: 'Education',
  levels: {
    SD: 'Primary school',
    SMP: 'Junior high school',
    SMA: 'Senior/vocational high school',
    D1: 'Diploma I (D-I)',
    D2: 'Diploma II (D-II)',
    D3: 'Diploma III (D-III)',
    D4: 'Diploma IV (D-IV)',
    S1: 'Bachelor (S-1)',
    S2: 'Master (S-2)',
    S3: 'Doctorate (S-3)',
  },
  allMajors: 'any major',
  minIpk: (v) => `Minimum GPA ${v}`,
  maxAge: (v) => `Maximum age ${v}`,
  documents: 'Documents',
  docSpec: (formats, kb) => `${formats}, up to ${kb} KB`,
  timeZone: (tz) => `Local time (${tz}).`,
  noFormasi: 'No vacancies listed yet.',
};

export const CAREERS_TEXT: Record<Lang, CareersDictionary> = { id, en };

/** A local date-time of the tenant (`YYYY-MM-DDTHH:mm`) as words, without moving its zone. */
export function localTime(lang: Lang, local: string): string {
  const [date, time] = local.split('T');
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return local;
  const day = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(d);
  if (!time) return day;
  return `${day} ${lang === 'id' ? time.replace(':', '.') : time}`;
}

/** A count in the reader's language (1.024 in Indonesian). */
export const count = (lang: Lang, n: number): string => n.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB');

/** The schedule's phases that are set, in order (registration first). */
export const PHASES: readonly Phase[] = [
  'registrationOpensAt',
  'registrationClosesAt',
  'administrationAnnouncementAt',
  'skdStartsAt',
  'skdEndsAt',
  'skdAnnouncementAt',
  'skbStartsAt',
  'skbEndsAt',
  'skbAnnouncementAt',
  'finalAnnouncementAt',
];
