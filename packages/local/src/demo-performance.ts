import {
  type AgencyOrg,
  addDays,
  agencyHeadOf,
  annualPeriod,
  assessmentPeriods,
  type BerakhlakValue,
  checkDistribution,
  DEFAULT_DISTRIBUTION_TABLE,
  DEFAULT_PREDIKAT_MATRIX,
  DEFAULT_UNIT_HEAD_HASIL_KERJA,
  directSuperiorOf,
  instantAt,
  isManagerial,
  type OrgLeader,
  type OrgPredikat,
  type Predikat,
  parentHeadOf,
  predikatOf,
  type RaterRelation,
  type Rating,
  type SkpStatus,
  seededRandom,
  type TargetKind,
  unitHeadOf,
} from '@pamong/core';
import type { TenantSeed, UnitSeed } from './demo-data';
import { type DemoStaff, isDemoWorkingDay, workingDayFrom } from './demo-leave';

/**
 * The demo agency's performance management (issue 14 §8), planned without I/O, for the chain the
 * org structure gives: the agency head (`kepala`) → the unit heads (`atasan` among them) → their
 * staff (`pegawai` among them). The appraiser of everyone is their direct superior
 * (`directSuperiorOf`), as the API resolves it.
 *
 * - Last year: every member of the agency in service by its first day has an approved SKP. The
 *   head's direct reports write their own (the head has no SKP: nobody above them in the agency
 *   appraises them, so the API refuses one); each unit head's items are cascaded to their staff,
 *   who rewrite them for their own work and have them approved. Realisation is recorded per
 *   quarter, the appraiser adds a few feedback notes, the units and the agency are rated in
 *   January, every SKP gets its annual assessment (a unit head's hasil kerja follows the unit's
 *   rating), with a spread of predikat inside the distribution caps of each unit and of the agency,
 *   and each unit's head (then the agency head) finalises.
 * - This year: the head's direct reports planned and approved; the staff's plans cascaded and in
 *   every state: drafts (`pegawai`'s among them), plans waiting for their appraiser (`atasan` has
 *   several to approve, `kepala` one), approved ones.
 * - Two 360 rounds opened in the last two weeks: one on `pegawai` (opened by `atasan`) in which
 *   four peers have answered (shown) and the superior alone (not enough raters), with `pegawai`'s
 *   own form still to fill; one on `atasan` (opened by `kepala`) with `atasan`'s own form to fill.
 * IKM-linked organisation ratings (issue 14 §5) are not built: the ratings carry their own
 * indicators. Every act is on a working day before today, in order. Deterministic for a tenant,
 * its staff and a day.
 */

export type Period = { start: string; end: string };

export interface DemoIndicator {
  text: string;
  target: { kind: TargetKind; value: number; unit: string };
}

export interface DemoItem {
  text: string;
  indicators: DemoIndicator[];
  /** The appraiser's item this one supports (its index on the appraiser's SKP), or null. */
  parent: number | null;
  expectation?: string;
}

/** An item as createSkp and updateSkpPlan take it: `id` to keep an item, `parentItemId` the item it supports. */
export function itemInput(it: DemoItem, ids: { id?: string; parentItemId?: string | null } = {}) {
  return {
    ...(ids.id ? { id: ids.id } : {}),
    text: it.text,
    indicators: it.indicators.map((i) => ({ text: i.text, target: { ...i.target } })),
    ...(ids.parentItemId ? { parentItemId: ids.parentItemId } : {}),
    ...(it.expectation ? { expectation: it.expectation } : {}),
  };
}

export interface DemoRealisation {
  /** The item's index. */
  item: number;
  period: Period;
  value: number;
  note: string;
  evidence: string[];
  at: Date;
}

export interface DemoNote {
  date: string;
  note: string;
  item: number | null;
  at: Date;
}

export type PerilakuNotes = Partial<Record<BerakhlakValue, string>>;

export interface DemoAssessment {
  hasilKerja: Rating;
  perilaku: Rating;
  perilakuNotes: PerilakuNotes;
  /** What the matrix gives (the API computes it; the plan says what to expect). */
  predikat: Predikat;
  at: Date;
}

export interface DemoSkp {
  owner: string;
  appraiser: string;
  year: number;
  period: Period;
  /** `own`: createSkp by the owner with its items; `cascade`: made by the appraiser's cascade. */
  origin: 'own' | 'cascade';
  /** When the owner created it, or when the cascade made it. */
  createdAt: Date;
  /** Cascade origin: when the owner replaced the cascaded drafts with `items`; absent, left as cascaded. */
  editedAt?: Date;
  items: DemoItem[];
  behaviourExpectations: PerilakuNotes;
  submittedAt?: Date;
  approvedAt?: Date;
  status: SkpStatus;
  realisations: DemoRealisation[];
  /** The appraiser's feedback notes. */
  notes: DemoNote[];
  assessment?: DemoAssessment;
}

/** A unit head sends some of their items to some of their staff. */
export interface DemoCascade {
  from: string;
  at: Date;
  /** Indexes of the sender's items. */
  items: number[];
  to: string[];
}

export type DemoOrgRef = { kind: 'agency' } | { kind: 'unit'; unitName: string };
/** A staff key, or the tenant admin (who records the regional head's rating of an agency). */
export type DemoActor = string;
export const ADMIN = 'admin';

export interface DemoOrgRating {
  org: DemoOrgRef;
  by: DemoActor;
  at: Date;
  predikat: OrgPredikat;
  indicators: { text: string; target: number; realisation: number }[];
}

export interface DemoFinalisation {
  org: DemoOrgRef;
  by: DemoActor;
  at: Date;
}

export interface DemoYear {
  year: number;
  period: Period;
  skps: DemoSkp[];
  cascades: DemoCascade[];
  ratings: DemoOrgRating[];
  finalisations: DemoFinalisation[];
}

export type Scores = Record<BerakhlakValue, number>;

export interface DemoFeedbackRound {
  subject: string;
  openedBy: string;
  at: Date;
  period: Period;
  closesOn: string;
  raters: { rater: string; relation: RaterRelation }[];
  answers: { rater: string; at: Date; scores: Scores; comment?: string }[];
}

export interface DemoPerformancePlan {
  lastYear: DemoYear;
  thisYear: DemoYear;
  rounds: DemoFeedbackRound[];
}

// ---------------------------------------------------------------- what the units work on

type Role = 'kasi' | 'teaching' | 'data' | 'finance' | 'admin';
interface Variant {
  text: string;
  indicators: DemoIndicator[];
}
interface HeadItem extends Variant {
  expectation: string;
  staff: Partial<Record<Role, Variant>>;
}
interface UnitContent {
  items: [HeadItem, HeadItem, HeadItem];
  /** The head's items each role supports (a Kepala Seksi all of them); default two. */
  supports: Partial<Record<Role, number[]>>;
  /** The rating a unit of this kind gets last year (BAIK asks for someone below Baik). */
  rating: OrgPredikat;
}

const qty = (value: number, unit: string) => ({ kind: 'quantity' as const, value, unit });
const pct = (value: number) => ({ kind: 'quality' as const, value, unit: '%' });
const months = (value: number) => ({ kind: 'time' as const, value, unit: 'bulan' });
const ind = (text: string, target: DemoIndicator['target']): DemoIndicator => ({ text, target });
const v = (text: string, ...indicators: DemoIndicator[]): Variant => ({ text, indicators });

const JENJANG: Record<string, { code: string; apm: boolean; rate: number; schools: number }> = {
  'Sekolah Dasar': { code: 'SD', apm: true, rate: 97.8, schools: 48 },
  'Sekolah Menengah Pertama': { code: 'SMP', apm: true, rate: 81.5, schools: 32 },
  'Sekolah Menengah Atas': { code: 'SMA', apm: false, rate: 88.5, schools: 40 },
  'Sekolah Menengah Kejuruan': { code: 'SMK', apm: false, rate: 44.5, schools: 36 },
};

function schoolContent(jenjang: string, rating: OrgPredikat): UnitContent {
  const j = JENJANG[jenjang]!;
  const J = j.code;
  const rate = j.apm ? `angka partisipasi murni (APM) ${J}` : `angka partisipasi kasar (APK) ${J}`;
  return {
    rating,
    supports: { teaching: [1, 2], data: [0, 2], admin: [1, 2], finance: [2, 0] },
    items: [
      {
        text: `Meningkatnya ${j.apm ? 'angka partisipasi murni' : 'angka partisipasi kasar'} ${J}`,
        indicators: [
          ind(rate.charAt(0).toUpperCase() + rate.slice(1), pct(j.rate)),
          ind(`Anak tidak sekolah usia ${J} yang kembali bersekolah`, qty(120, 'anak')),
        ],
        expectation: 'Data partisipasi bersumber dari Dapodik dan dapat dipertanggungjawabkan',
        staff: {
          kasi: v(
            `Terlaksananya pendataan dan penanganan anak tidak sekolah usia ${J}`,
            ind('Kecamatan yang dipetakan data anak tidak sekolahnya', qty(20, 'kecamatan')),
            ind('Rekomendasi penanganan yang ditindaklanjuti sekolah', qty(40, 'rekomendasi')),
          ),
          teaching: v(
            `Terdampinginya sekolah binaan dalam menjaring anak tidak sekolah usia ${J}`,
            ind('Anak tidak sekolah yang dikunjungi dan didampingi kembali ke sekolah', qty(24, 'anak')),
          ),
          data: v(
            `Tersedianya data peserta didik ${J} yang mutakhir dari Dapodik`,
            ind('Rekap data peserta didik per kecamatan', qty(12, 'rekap')),
            ind('Rekap dikirim paling lambat tanggal 10 bulan berikutnya', months(12)),
          ),
          admin: v(
            `Tertibnya administrasi mutasi peserta didik ${J}`,
            ind('Berkas mutasi peserta didik yang diproses', qty(240, 'berkas')),
          ),
        },
      },
      {
        text: `Meningkatnya mutu pembelajaran pada satuan pendidikan ${J}`,
        indicators: [
          ind(`Persentase ${J} dengan capaian literasi minimal baik pada Rapor Pendidikan`, pct(62)),
          ind(`${J} yang didampingi implementasi Kurikulum Merdeka`, qty(j.schools, 'sekolah')),
        ],
        expectation: 'Pendampingan mendahulukan sekolah dengan capaian Rapor Pendidikan terendah',
        staff: {
          kasi: v(
            `Terlaksananya pendampingan implementasi Kurikulum Merdeka pada ${J}`,
            ind('Kegiatan pendampingan kurikulum yang terlaksana', qty(8, 'kegiatan')),
            ind('Sekolah yang menyusun kurikulum operasional', qty(j.schools, 'sekolah')),
          ),
          teaching: v(
            'Meningkatnya kualitas pembelajaran di sekolah binaan',
            ind('Supervisi akademik yang dilaksanakan', qty(24, 'kali')),
            ind('Laporan hasil supervisi akademik', qty(4, 'laporan')),
          ),
          data: v(
            `Tersedianya analisis Rapor Pendidikan ${J} per sekolah`,
            ind('Rekap capaian Rapor Pendidikan yang dianalisis', qty(4, 'dokumen')),
          ),
          admin: v(
            'Terfasilitasinya bimbingan teknis Kurikulum Merdeka',
            ind('Bimbingan teknis yang difasilitasi administrasinya', qty(8, 'kegiatan')),
          ),
        },
      },
      {
        text: `Terkelolanya dana BOSP satuan pendidikan ${J} secara tertib dan akuntabel`,
        indicators: [
          ind('Laporan monitoring BOS tepat waktu', qty(4, 'laporan')),
          ind(`Persentase ${J} yang menyampaikan laporan penggunaan BOSP tepat waktu`, pct(95)),
        ],
        expectation: 'Temuan monitoring ditindaklanjuti bersama sekolah paling lambat satu bulan',
        staff: {
          kasi: v(
            `Terlaksananya monitoring dan evaluasi penggunaan BOSP ${J}`,
            ind('Sekolah yang dimonitor penggunaan BOSP-nya', qty(j.schools, 'sekolah')),
            ind('Laporan monitoring BOS tepat waktu', qty(4, 'laporan')),
          ),
          teaching: v(
            'Terverifikasinya RKAS dan laporan BOSP sekolah binaan',
            ind('RKAS dan laporan BOSP sekolah binaan yang diverifikasi', qty(12, 'dokumen')),
          ),
          data: v(
            `Tersusunnya rekap penyaluran dan pelaporan BOSP ${J}`,
            ind('Rekap penyaluran BOSP per tahap', qty(4, 'rekap')),
            ind('Rekap terkirim paling lambat 10 hari kerja setelah penyaluran', months(12)),
          ),
          admin: v(
            `Tertatanya berkas laporan BOSP satuan pendidikan ${J}`,
            ind('Laporan monitoring BOS tepat waktu', qty(4, 'laporan')),
          ),
        },
      },
    ],
  };
}

const GTK: UnitContent = {
  rating: 'BAIK',
  supports: { admin: [0, 2], data: [1, 2], teaching: [0, 1] },
  items: [
    {
      text: 'Meningkatnya kompetensi pendidik dan tenaga kependidikan',
      indicators: [
        ind('Guru yang mengikuti pelatihan peningkatan kompetensi', qty(600, 'guru')),
        ind('Persentase guru bersertifikat pendidik', pct(74)),
      ],
      expectation: 'Peserta pelatihan diprioritaskan bagi guru yang belum pernah dilatih',
      staff: {
        kasi: v(
          'Terselenggaranya pelatihan dan pengembangan keprofesian guru',
          ind('Angkatan pelatihan yang terselenggara', qty(12, 'angkatan')),
        ),
        admin: v(
          'Terfasilitasinya administrasi pelatihan guru',
          ind('Berkas peserta pelatihan yang diverifikasi', qty(600, 'berkas')),
        ),
      },
    },
    {
      text: 'Terpenuhinya kebutuhan dan pemerataan guru pada satuan pendidikan',
      indicators: [
        ind('Guru yang diredistribusi ke sekolah yang kekurangan guru', qty(40, 'guru')),
        ind('Dokumen analisis kebutuhan guru per sekolah', qty(1, 'dokumen')),
      ],
      expectation: 'Redistribusi dibahas dengan kepala sekolah sebelum diusulkan',
      staff: {
        kasi: v(
          'Tersusunnya peta kebutuhan dan redistribusi guru',
          ind('Sekolah yang dianalisis kebutuhan gurunya', qty(120, 'sekolah')),
        ),
        admin: v(
          'Tertibnya administrasi mutasi dan penempatan guru',
          ind('Usulan mutasi guru yang diproses', qty(80, 'usulan')),
        ),
      },
    },
    {
      text: 'Tersalurkannya tunjangan profesi guru tepat waktu',
      indicators: [
        ind('Tahap penyaluran tunjangan profesi guru yang tepat waktu', qty(4, 'tahap')),
        ind('Persentase data guru penerima yang valid', pct(98)),
      ],
      expectation: 'Tidak ada guru yang terlambat menerima tunjangan karena berkas',
      staff: {
        kasi: v(
          'Terverifikasinya data penerima tunjangan profesi guru',
          ind('Tahap data penerima TPG yang diverifikasi', qty(4, 'tahap')),
        ),
        admin: v(
          'Tertatanya berkas pencairan tunjangan profesi guru',
          ind('Tahap berkas SKTP yang diarsipkan', qty(4, 'tahap')),
        ),
      },
    },
  ],
};

const PAUD: UnitContent = {
  rating: 'BAIK',
  supports: { admin: [1, 2], data: [0, 2], teaching: [0, 1] },
  items: [
    {
      text: 'Meningkatnya angka partisipasi pendidikan anak usia dini',
      indicators: [
        ind('Angka partisipasi kasar (APK) PAUD', pct(44.5)),
        ind('Lembaga PAUD yang menerapkan transisi PAUD-SD yang menyenangkan', qty(60, 'lembaga')),
      ],
      expectation: 'Sosialisasi menjangkau kelurahan yang belum memiliki PAUD',
      staff: {
        kasi: v('Terlaksananya pembinaan lembaga PAUD', ind('Lembaga PAUD yang dibina', qty(60, 'lembaga'))),
        admin: v(
          'Tertibnya administrasi izin operasional PAUD',
          ind('Berkas izin operasional yang diproses', qty(24, 'berkas')),
        ),
      },
    },
    {
      text: 'Meningkatnya layanan pendidikan kesetaraan',
      indicators: [
        ind('Warga belajar Paket A, B dan C yang lulus', qty(400, 'orang')),
        ind('PKBM yang terakreditasi', qty(12, 'lembaga')),
      ],
      expectation: 'Data warga belajar sinkron dengan Dapodik Pendidikan Masyarakat',
      staff: {
        kasi: v(
          'Terselenggaranya ujian pendidikan kesetaraan',
          ind('PKBM penyelenggara ujian yang dimonitor', qty(20, 'lembaga')),
        ),
        admin: v(
          'Tertatanya administrasi ijazah pendidikan kesetaraan',
          ind('Blanko ijazah yang diverifikasi distribusinya', qty(400, 'lembar')),
        ),
      },
    },
    {
      text: 'Terkelolanya dana BOP PAUD dan kesetaraan secara akuntabel',
      indicators: [ind('Laporan monitoring BOP tepat waktu', qty(4, 'laporan'))],
      expectation: 'Penyaluran BOP sesuai data lembaga yang aktif',
      staff: {
        kasi: v(
          'Terlaksananya monitoring penggunaan dana BOP',
          ind('Lembaga yang dimonitor penggunaan BOP-nya', qty(40, 'lembaga')),
        ),
        admin: v(
          'Tertatanya berkas laporan BOP',
          ind('Laporan monitoring BOP tepat waktu', qty(4, 'laporan')),
        ),
      },
    },
  ],
};

const BUDAYA: UnitContent = {
  rating: 'BAIK',
  supports: { admin: [1, 2], teaching: [0, 2], data: [0, 1] },
  items: [
    {
      text: 'Terlestarikannya objek cagar budaya daerah',
      indicators: [
        ind('Objek diduga cagar budaya yang diinventarisasi', qty(16, 'objek')),
        ind('Kajian penetapan cagar budaya yang diajukan ke TACB', qty(4, 'kajian')),
      ],
      expectation: 'Inventarisasi disertai dokumentasi foto dan titik koordinat',
      staff: {
        kasi: v(
          'Terlaksananya inventarisasi cagar budaya',
          ind('Objek diduga cagar budaya yang didokumentasikan', qty(16, 'objek')),
        ),
        teaching: v(
          'Tersusunnya kajian pelestarian cagar budaya',
          ind('Naskah kajian objek diduga cagar budaya', qty(4, 'naskah')),
        ),
        admin: v(
          'Tertatanya arsip data cagar budaya',
          ind('Berkas objek cagar budaya yang diarsipkan', qty(16, 'berkas')),
        ),
      },
    },
    {
      text: 'Meningkatnya apresiasi masyarakat terhadap seni dan budaya daerah',
      indicators: [
        ind('Festival dan pergelaran budaya yang terselenggara', qty(4, 'kegiatan')),
        ind('Pengunjung festival budaya', qty(12000, 'orang')),
      ],
      expectation: 'Pergelaran melibatkan sanggar dari setiap kabupaten/kota',
      staff: {
        kasi: v(
          'Terselenggaranya festival dan pergelaran budaya daerah',
          ind('Festival dan pergelaran yang terselenggara', qty(4, 'kegiatan')),
        ),
        admin: v(
          'Terfasilitasinya administrasi festival budaya',
          ind('Kegiatan festival yang difasilitasi administrasinya', qty(4, 'kegiatan')),
        ),
      },
    },
    {
      text: 'Terbinanya sanggar dan komunitas budaya',
      indicators: [ind('Sanggar seni yang dibina dan terdaftar', qty(24, 'sanggar'))],
      expectation: 'Setiap sanggar binaan dikunjungi minimal sekali setahun',
      staff: {
        kasi: v(
          'Terlaksananya pembinaan sanggar seni',
          ind('Sanggar seni yang dikunjungi', qty(24, 'sanggar')),
        ),
        teaching: v(
          'Terdampinginya sanggar seni binaan',
          ind('Sanggar seni yang didampingi pendaftarannya', qty(12, 'sanggar')),
        ),
        admin: v(
          'Terdatanya sanggar dan komunitas budaya',
          ind('Data sanggar yang dimutakhirkan', qty(24, 'sanggar')),
        ),
      },
    },
  ],
};

const SEKRETARIAT: UnitContent = {
  rating: 'BAIK',
  supports: { finance: [1, 0], data: [2, 0], admin: [2, 0], teaching: [0, 2] },
  items: [
    {
      text: 'Tersusunnya dokumen perencanaan dan pelaporan kinerja Dinas tepat waktu',
      indicators: [
        ind('Renja, Perjanjian Kinerja dan LKjIP yang tersusun', qty(3, 'dokumen')),
        ind('Dokumen disampaikan sesuai jadwal Bappeda', months(12)),
      ],
      expectation: 'Indikator kinerja selaras dengan Renstra Dinas',
      staff: {
        kasi: v(
          'Tersusunnya bahan perencanaan dan evaluasi kinerja',
          ind('Laporan evaluasi kinerja triwulanan', qty(4, 'laporan')),
        ),
        finance: v(
          'Tersusunnya rencana kebutuhan anggaran Sekretariat',
          ind('Dokumen RKA Sekretariat yang disusun', qty(2, 'dokumen')),
        ),
        data: v(
          'Tersedianya data kinerja Dinas pada aplikasi e-Kinerja',
          ind('Laporan capaian kinerja yang diunggah', qty(4, 'laporan')),
        ),
        admin: v(
          'Terhimpunnya bahan laporan kinerja dari bidang',
          ind('Laporan triwulanan bidang yang dihimpun', qty(16, 'laporan')),
        ),
      },
    },
    {
      text: 'Meningkatnya kualitas pengelolaan keuangan Dinas',
      indicators: [
        ind('Persentase realisasi anggaran', pct(95)),
        ind('Laporan keuangan tanpa temuan material', qty(2, 'laporan')),
      ],
      expectation: 'Tidak ada SPJ yang dikembalikan BPKAD karena kelengkapan',
      staff: {
        finance: v(
          'Tersusunnya SPJ belanja Dinas tepat waktu',
          ind('SPJ belanja yang diverifikasi', qty(480, 'SPJ')),
        ),
        admin: v('Tertatanya arsip dokumen keuangan', ind('Berkas SPJ yang diarsipkan', qty(480, 'berkas'))),
      },
    },
    {
      text: 'Terselenggaranya layanan administrasi umum dan kepegawaian yang prima',
      indicators: [ind('Persentase layanan kepegawaian yang selesai sesuai SOP', pct(95))],
      expectation: 'Layanan kepegawaian dapat dipantau pegawai secara daring',
      staff: {
        data: v(
          'Terkelolanya sistem informasi dan laman resmi Dinas',
          ind('Konten laman resmi yang dimutakhirkan', qty(48, 'konten')),
          ind('Ketersediaan jaringan dan aplikasi kantor', pct(98)),
        ),
        admin: v(
          'Terlaksananya administrasi persuratan Sekretariat',
          ind('Surat masuk dan keluar yang diagendakan', qty(1200, 'surat')),
        ),
      },
    },
  ],
};

const UMUM: UnitContent = {
  rating: 'BAIK',
  supports: { admin: [0, 1], data: [0, 2], finance: [2, 0], teaching: [0, 1] },
  items: [
    {
      text: 'Terselenggaranya layanan administrasi kepegawaian tepat waktu',
      indicators: [
        ind('Usulan kenaikan pangkat dan gaji berkala yang diproses tepat waktu', qty(160, 'usulan')),
        ind('Persentase data SIASN yang mutakhir', pct(97)),
      ],
      expectation: 'Tidak ada kenaikan gaji berkala yang terlambat diproses',
      staff: {
        admin: v(
          'Terprosesnya usulan kenaikan gaji berkala dan pangkat',
          ind('Usulan yang diverifikasi kelengkapannya', qty(80, 'usulan')),
        ),
        data: v(
          'Termutakhirkannya data pegawai pada SIASN',
          ind('Data pegawai yang dimutakhirkan', qty(320, 'data')),
        ),
      },
    },
    {
      text: 'Tertatanya arsip dinamis Dinas sesuai klasifikasi',
      indicators: [ind('Berkas arsip yang ditata sesuai klasifikasi', qty(1600, 'berkas'))],
      expectation: 'Arsip aktif dapat ditemukan kembali dalam lima menit',
      staff: {
        admin: v(
          'Tertatanya berkas arsip aktif Dinas',
          ind('Berkas arsip aktif yang ditata', qty(800, 'berkas')),
        ),
      },
    },
    {
      text: 'Terpeliharanya sarana dan prasarana kantor',
      indicators: [ind('Barang milik daerah yang diinventarisasi dan diberi label', qty(400, 'unit'))],
      expectation: 'Kartu inventaris ruangan terpasang di setiap ruang',
      staff: {
        admin: v(
          'Terinventarisasinya barang milik daerah',
          ind('Barang milik daerah yang dicatat dan diberi label', qty(200, 'unit')),
        ),
        data: v(
          'Tersedianya data barang milik daerah pada aplikasi aset',
          ind('Data aset yang diinput', qty(400, 'data')),
        ),
      },
    },
  ],
};

const KEUANGAN: UnitContent = {
  rating: 'ISTIMEWA',
  supports: { finance: [0, 1], admin: [1, 2], data: [0, 2], teaching: [1, 2] },
  items: [
    {
      text: 'Tersusunnya laporan keuangan Dinas tepat waktu',
      indicators: [
        ind('Laporan keuangan semesteran dan tahunan yang tersusun', qty(2, 'laporan')),
        ind('Laporan disampaikan ke BPKAD sesuai jadwal', months(12)),
      ],
      expectation: 'Rekonsiliasi dengan BPKAD setiap bulan',
      staff: {
        finance: v(
          'Tersusunnya rekonsiliasi belanja bulanan',
          ind('Rekonsiliasi belanja yang tersusun', qty(12, 'rekonsiliasi')),
        ),
      },
    },
    {
      text: 'Tertibnya penatausahaan belanja Dinas',
      indicators: [ind('SPJ belanja yang diverifikasi tepat waktu', qty(480, 'SPJ'))],
      expectation: 'SPJ diverifikasi paling lambat tiga hari kerja',
      staff: {
        finance: v('Terverifikasinya SPJ belanja', ind('SPJ belanja yang diverifikasi', qty(240, 'SPJ'))),
        admin: v('Tertatanya berkas SPJ belanja', ind('Berkas SPJ yang diarsipkan', qty(240, 'berkas'))),
      },
    },
    {
      text: 'Meningkatnya realisasi anggaran Dinas',
      indicators: [ind('Persentase realisasi anggaran', pct(95))],
      expectation: 'Realisasi dipantau per bidang setiap bulan',
      staff: {
        finance: v(
          'Tersusunnya laporan realisasi anggaran bulanan',
          ind('Laporan realisasi anggaran', qty(12, 'laporan')),
        ),
        admin: v(
          'Terhimpunnya data realisasi anggaran bidang',
          ind('Rekap realisasi bidang yang dihimpun', qty(12, 'rekap')),
        ),
      },
    },
  ],
};

function contentOf(unitName: string, atasanUnit: string): UnitContent {
  const school = /^Bidang Pembinaan (Sekolah \w+(?: \w+)?)/.exec(unitName);
  if (school && JENJANG[school[1]!])
    return schoolContent(school[1]!, unitName === atasanUnit ? 'BAIK' : 'ISTIMEWA');
  if (/Pendidik dan Tenaga Kependidikan/.test(unitName)) return GTK;
  if (/Anak Usia Dini/.test(unitName)) return PAUD;
  if (/Kebudayaan/.test(unitName)) return BUDAYA;
  if (/^Subbagian Keuangan/.test(unitName)) return KEUANGAN;
  if (/^Subbagian Umum/.test(unitName)) return UMUM;
  return SEKRETARIAT;
}

function roleOf(s: DemoStaff): Role {
  if (s.positionType === 'PENGAWAS' || s.positionType === 'ADMINISTRATOR') return 'kasi';
  const name = s.positionName ?? '';
  if (/^(Guru|Pengawas Sekolah|Pamong Budaya)/.test(name)) return 'teaching';
  if (/Pengolah Data|Pranata Komputer/.test(name)) return 'data';
  if (/Keuangan/.test(name)) return 'finance';
  return 'admin';
}

/** The variant a role writes for a head item: its own, else an administrator's, else the head's text. */
function variantOf(item: HeadItem, role: Role): Variant {
  return item.staff[role] ?? item.staff.admin ?? item.staff.kasi ?? item;
}

const supportsOf = (content: UnitContent, role: Role): number[] =>
  role === 'kasi' ? [0, 1, 2] : (content.supports[role] ?? [1, 2]);

// ---------------------------------------------------------------- org and days

/** The agency's org as `directSuperiorOf` reads it: staff keys for ids, unit names for unit ids. */
export function demoOrg(units: UnitSeed[], staff: DemoStaff[]): AgencyOrg {
  const parentOf = new Map<string, string | null>();
  const walk = (list: UnitSeed[], parent: string | null) => {
    for (const u of list) {
      parentOf.set(u.name, parent);
      walk(u.children ?? [], u.name);
    }
  };
  walk(units, null);
  const leaders: OrgLeader[] = staff
    .filter((s) => isManagerial(s.positionType))
    .map((s) => ({ employeeId: s.key, name: s.name, unitId: s.unitName, positionType: s.positionType! }));
  return { leaders, parentOf };
}

/**
 * `n` working days from `start` on, one after another; when the last would not be before `cutoff`
 * (the last working day before today), the `n` working days ending at `cutoff` instead, so every
 * act stays in the past early in a year.
 */
function workingDays(start: string, n: number, cutoff: string): string[] {
  const days = [isDemoWorkingDay(start) ? start : workingDayFrom(start, 1)];
  while (days.length < n) days.push(workingDayFrom(days.at(-1)!, 1));
  if (days.at(-1)! <= cutoff) return days;
  const back = [cutoff];
  while (back.length < n) back.unshift(workingDayFrom(back[0]!, -1));
  return back;
}

function rngOf(seed: string) {
  const next = seededRandom([...seed].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7));
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!,
  };
}

const QUARTER = ['I', 'II', 'III', 'IV'];

function countsOf(predikats: Predikat[]): Record<Predikat, number> {
  const c: Record<Predikat, number> = {
    SANGAT_BAIK: 0,
    BAIK: 0,
    BUTUH_PERBAIKAN: 0,
    KURANG: 0,
    SANGAT_KURANG: 0,
  };
  for (const p of predikats) c[p]++;
  return c;
}
const decimal = (n: number) => String(n).replace('.', ',');
const round1 = (n: number) => Math.round(n * 10) / 10;

// ---------------------------------------------------------------- the plan

interface Member extends DemoStaff {
  appraiser: string;
  role: Role;
  /** The unit this member heads (`unitHeadOf`), if any. */
  heads: string | null;
}

export function demoPerformance(tenant: TenantSeed, staff: DemoStaff[], today: string): DemoPerformancePlan {
  const agency = tenant.agencies.find((a) => a.code === tenant.demoAgencyCode)!;
  const org = demoOrg(agency.units, staff);
  const tz = tenant.timeZone;
  const at = (date: string, minute: number) => instantAt(date, minute, tz);
  const linked = (username: string) => {
    const s = staff.find((x) => x.linkedUsername === username);
    if (!s) throw new Error(`demo performance: nobody is linked to ${username} in ${tenant.slug}`);
    return s;
  };
  const kepala = linked('kepala');
  const atasan = linked('atasan');
  const pegawai = linked('pegawai');
  if (agencyHeadOf(org)?.employeeId !== kepala.key)
    throw new Error(`demo performance: kepala is not the head of ${agency.code} in ${tenant.slug}`);
  const unitHeads = new Map<string, string>();
  for (const unit of org.parentOf.keys()) {
    const head = unitHeadOf(unit, org);
    if (head) unitHeads.set(head.employeeId, unit);
  }
  const members: Member[] = staff
    .filter((s) => s.key !== kepala.key)
    .map((s) => {
      const sup = directSuperiorOf({ id: s.key, unitId: s.unitName, positionType: s.positionType }, org);
      if (!sup) throw new Error(`demo performance: ${s.name} has no superior in ${tenant.slug}`);
      return { ...s, appraiser: sup.employeeId, role: roleOf(s), heads: unitHeads.get(s.key) ?? null };
    });
  const byKey = new Map(members.map((m) => [m.key, m]));
  // Staff are cascaded to by a unit head who reports to the agency head: two levels, as in the demo.
  for (const m of members) {
    const appraiser = byKey.get(m.appraiser);
    if (m.appraiser !== kepala.key && (appraiser?.appraiser !== kepala.key || !appraiser.heads))
      throw new Error(`demo performance: ${m.name} is not two levels below the head in ${tenant.slug}`);
  }
  if (byKey.get(pegawai.key)?.appraiser !== atasan.key)
    throw new Error(`demo performance: atasan is not pegawai's appraiser in ${tenant.slug}`);

  const thisYear = Number(today.slice(0, 4));
  const cutoff = workingDayFrom(today, -1);
  // Evidence links on a reserved domain (RFC 2606): the demo's documents exist nowhere.
  const evidenceBase = `https://dokumen.pamong.example/${tenant.slug}/skp`;
  const slug = (name: string) => name.toLowerCase().replace(/[^a-z]+/g, '-');
  const content = (unitName: string) => contentOf(unitName, atasan.unitName);

  /** The items a member plans: a unit head their unit's, others their role's variants of what they support. */
  const itemsOf = (m: Member, cascaded: boolean): DemoItem[] => {
    if (m.heads) {
      const c = content(m.heads);
      return c.items.map((it) => ({
        text: it.text,
        indicators: it.indicators,
        parent: null,
        expectation: it.expectation,
      }));
    }
    // Staff support their appraiser's unit (a unit head's); the head's direct reports their own unit's.
    const appraiser = byKey.get(m.appraiser);
    const c = content(appraiser?.heads ?? m.unitName);
    return supportsOf(c, m.role).map((i) => {
      const variant = variantOf(c.items[i]!, m.role);
      return { text: variant.text, indicators: variant.indicators, parent: cascaded ? i : null };
    });
  };
  const expectationsOf = (m: Member): PerilakuNotes =>
    m.heads
      ? {
          BERORIENTASI_PELAYANAN: 'Responsif terhadap pengaduan sekolah dan masyarakat',
          AKUNTABEL: 'Laporan kegiatan dan keuangan disampaikan tepat waktu',
          KOLABORATIF: 'Berkoordinasi lintas bidang dalam program prioritas Dinas',
        }
      : {
          BERORIENTASI_PELAYANAN: 'Melayani sekolah dan masyarakat dengan ramah dan tuntas',
          KOMPETEN: 'Mengikuti minimal satu pelatihan atau webinar pengembangan diri per semester',
          ADAPTIF: 'Terbuka memakai aplikasi baru (Dapodik, SIPD, e-Kinerja)',
        };

  /** The cascades of a year: each unit head sends what each of their staff supports, grouped by item set. */
  const cascadesOf = (skps: DemoSkp[], day: string): DemoCascade[] => {
    const groups = new Map<string, DemoCascade>();
    for (const s of skps.filter((x) => x.origin === 'cascade')) {
      const items = s.items.map((it) => it.parent!);
      const key = `${s.appraiser}|${items.join(',')}`;
      let g = groups.get(key);
      if (!g) {
        g = { from: s.appraiser, at: at(day, 8 * 60 + 30 + groups.size * 7), items, to: [] };
        groups.set(key, g);
      }
      g.to.push(s.owner);
      s.createdAt = g.at;
    }
    return [...groups.values()];
  };

  // ---- last year
  const ly = thisYear - 1;
  const lyPeriod = annualPeriod(ly);
  const lyPlanning = workingDays(`${ly}-01-06`, 16, cutoff);
  const [lyCreate, lySubmit, lyApprove, lyCascade, lyEdit, lyStaffSubmit, lyStaffApprove] = [
    lyPlanning[0]!,
    lyPlanning[3]!,
    lyPlanning[6]!,
    lyPlanning[8]!,
    lyPlanning[10]!,
    lyPlanning[12]!,
    lyPlanning[15]!,
  ];
  const inService = (m: Member, day: string) => !!m.tmtCpns && m.tmtCpns <= day;
  const lyMembers = members.filter((m) => inService(m, `${ly}-01-01`));
  const lyOwn = lyMembers.filter((m) => m.appraiser === kepala.key);
  const lyOwnKeys = new Set(lyOwn.map((m) => m.key));
  const lyStaff = lyMembers.filter((m) => m.appraiser !== kepala.key && lyOwnKeys.has(m.appraiser));
  const minuteOf = (i: number, from = 8 * 60) => from + ((i * 17) % (7 * 60));

  const lySkps: DemoSkp[] = [
    ...lyOwn.map((m, i) => ({
      owner: m.key,
      appraiser: m.appraiser,
      year: ly,
      period: lyPeriod,
      origin: 'own' as const,
      createdAt: at(lyCreate, minuteOf(i)),
      items: itemsOf(m, false),
      behaviourExpectations: expectationsOf(m),
      submittedAt: at(lySubmit, minuteOf(i)),
      approvedAt: at(lyApprove, minuteOf(i, 9 * 60)),
      status: 'approved' as const,
      realisations: [],
      notes: [],
    })),
    ...lyStaff.map((m, i) => ({
      owner: m.key,
      appraiser: m.appraiser,
      year: ly,
      period: lyPeriod,
      origin: 'cascade' as const,
      createdAt: at(lyCascade, 8 * 60),
      editedAt: at(lyEdit, minuteOf(i)),
      items: itemsOf(m, true),
      behaviourExpectations: expectationsOf(m),
      submittedAt: at(lyStaffSubmit, minuteOf(i)),
      approvedAt: at(lyStaffApprove, minuteOf(i, 9 * 60)),
      status: 'approved' as const,
      realisations: [],
      notes: [],
    })),
  ];
  const lyCascades = cascadesOf(lySkps, lyCascade);

  // Ratings and predikats: per unit, inside the caps of its rating; then the agency's.
  // January: the fourth quarter's realisation, the ratings, the assessments, the finalisations.
  const lySettle = workingDays(`${thisYear}-01-05`, 15, cutoff);
  const unitsAssessed = [...new Set(lySkps.map((s) => byKey.get(s.owner)!.unitName))];
  const unitRating = new Map<string, OrgPredikat>();
  const predikatOfMember = new Map<string, Predikat>();
  const rng = rngOf(`performance/${tenant.slug}/${ly}`);
  for (const unit of unitsAssessed) {
    const people = lySkps.map((s) => byKey.get(s.owner)!).filter((m) => m.unitName === unit);
    const n = people.length;
    const rating: OrgPredikat = n < 3 ? 'ISTIMEWA' : unit === atasan.unitName ? 'BAIK' : content(unit).rating;
    unitRating.set(unit, rating);
    const counts: Record<Predikat, number> =
      rating === 'BAIK'
        ? (() => {
            const bp = n >= 12 ? 2 : 1;
            const k = unit === atasan.unitName && n >= 15 ? 1 : 0;
            const b = Math.min(Math.floor(0.7 * n), n - bp - k);
            return { SANGAT_BAIK: n - b - bp - k, BAIK: b, BUTUH_PERBAIKAN: bp, KURANG: k, SANGAT_KURANG: 0 };
          })()
        : (() => {
            const sb = Math.min(Math.floor(0.7 * n), Math.max(n >= 2 ? 1 : 0, Math.round(0.4 * n)));
            const bp = n >= 8 ? 1 : 0;
            return { SANGAT_BAIK: sb, BAIK: n - sb - bp, BUTUH_PERBAIKAN: bp, KURANG: 0, SANGAT_KURANG: 0 };
          })();
    // The head first (their hasil kerja is the unit's): Baik in a Baik unit, Sangat Baik in an Istimewa one.
    const head = people.find((m) => m.heads === unit);
    const left = { ...counts };
    const give = (m: Member, p: Predikat) => {
      predikatOfMember.set(m.key, p);
      left[p]--;
    };
    if (head) give(head, rating === 'ISTIMEWA' && left.SANGAT_BAIK > 0 ? 'SANGAT_BAIK' : 'BAIK');
    const rest = people.filter((m) => m !== head);
    // The demo logins keep a plain Baik; the others are drawn in a fixed order.
    const order = rest
      .filter((m) => !m.linkedUsername)
      .map((m) => ({ m, r: rng.next() }))
      .sort((a, b) => a.r - b.r);
    for (const p of ['KURANG', 'BUTUH_PERBAIKAN', 'SANGAT_BAIK'] as const)
      while (left[p] > 0) {
        const next = order.shift();
        if (!next) break;
        give(next.m, p);
      }
    for (const m of rest) if (!predikatOfMember.has(m.key)) give(m, 'BAIK');
    const given = countsOf(people.map((m) => predikatOfMember.get(m.key)!));
    if (checkDistribution(rating, given, DEFAULT_DISTRIBUTION_TABLE).violations.length > 0)
      throw new Error(`demo performance: no spread of ${n} fits the caps of ${unit} in ${tenant.slug}`);
  }
  // The agency (rated Baik) allows at most 70% Baik: move staff from Baik to Sangat Baik where their unit allows.
  const agencyRating: OrgPredikat = 'BAIK';
  const tally = () => countsOf([...predikatOfMember.values()]);
  while (checkDistribution(agencyRating, tally(), DEFAULT_DISTRIBUTION_TABLE).violations.length > 0) {
    const candidate = lySkps
      .map((s) => byKey.get(s.owner)!)
      .find((m) => {
        if (predikatOfMember.get(m.key) !== 'BAIK' || m.heads || m.linkedUsername) return false;
        const unit = m.unitName;
        if (unitRating.get(unit) !== 'ISTIMEWA') return true;
        const inUnit = lySkps.filter((s) => byKey.get(s.owner)!.unitName === unit);
        const sb = inUnit.filter((s) => predikatOfMember.get(s.owner) === 'SANGAT_BAIK').length;
        return sb < Math.floor(0.7 * inUnit.length);
      });
    if (!candidate) throw new Error(`demo performance: no spread fits the agency's caps in ${tenant.slug}`);
    predikatOfMember.set(candidate.key, 'SANGAT_BAIK');
  }

  // Realisations, notes and the assessment of each SKP.
  const quarters = assessmentPeriods(ly);
  lySkps.forEach((skp, i) => {
    const m = byKey.get(skp.owner)!;
    const predikat = predikatOfMember.get(m.key)!;
    const ratings = ratingsFor(predikat, m.heads ? unitRating.get(m.heads)! : null, rng.next());
    const factor = ratings.hasilKerja === 'above' ? 1.08 : ratings.hasilKerja === 'meets' ? 1 : 0.8;
    skp.items.forEach((item, j) => {
      const target = item.indicators[0]!.target;
      const values = quarterValues(target, factor, rng.next);
      quarters.forEach((period, q) => {
        const day =
          q < 3
            ? workingDayFrom(`${ly}-${String(q * 3 + 4).padStart(2, '0')}-01`, 1 + ((i + j) % 8))
            : lySettle[(i + j) % 3]!;
        skp.realisations.push({
          item: j,
          period,
          value: values[q]!,
          note: realisationNote(values[q]!, target, q, ratings.hasilKerja, rng.next()),
          evidence:
            (i + j + q) % 2 === 0
              ? [`${evidenceBase}/${ly}/${slug(m.name)}/tw${q + 1}-butir${j + 1}.pdf`]
              : [],
          at: at(day, minuteOf(i + j, 8 * 60 + 15)),
        });
      });
    });
    if (i % 3 === 0 || m.key === pegawai.key || predikat === 'BUTUH_PERBAIKAN' || predikat === 'KURANG') {
      const date = workingDayFrom(`${ly}-08-01`, 1 + (i % 10));
      skp.notes.push({
        date,
        note: feedbackNote(predikat),
        item: predikat === 'BUTUH_PERBAIKAN' ? 0 : null,
        at: at(date, minuteOf(i, 10 * 60)),
      });
    }
    skp.assessment = {
      ...ratings,
      perilakuNotes: perilakuNotes(predikat),
      predikat: predikatOf(ratings.hasilKerja, ratings.perilaku, DEFAULT_PREDIKAT_MATRIX),
      at: at(m.appraiser === kepala.key ? lySettle[9]! : lySettle[8]!, minuteOf(i, 8 * 60 + 30)),
    };
    if (skp.assessment.predikat !== predikat)
      throw new Error(`demo performance: ${m.name} would get ${skp.assessment.predikat}, not ${predikat}`);
  });

  const orgRatings: DemoOrgRating[] = [
    {
      org: { kind: 'agency' },
      by: ADMIN,
      at: at(lySettle[5]!, 9 * 60),
      predikat: agencyRating,
      indicators: unitsAssessed
        .filter((u) => /^Bidang/.test(u))
        .map((u) => ratingIndicator(lySkps, byKey, u))
        .filter((x): x is NonNullable<typeof x> => !!x),
    },
    ...unitsAssessed.map((unit, i) => {
      const rater = parentHeadOf(unit, org);
      const head = unitHeadOf(unit, org);
      return {
        org: { kind: 'unit' as const, unitName: unit },
        by: rater && rater.employeeId !== head?.employeeId ? rater.employeeId : ADMIN,
        at: at(lySettle[6]!, minuteOf(i, 9 * 60)),
        predikat: unitRating.get(unit)!,
        indicators: [ratingIndicator(lySkps, byKey, unit)].filter((x): x is NonNullable<typeof x> => !!x),
      };
    }),
  ];
  const finalisations: DemoFinalisation[] = [
    ...unitsAssessed.map((unit, i) => ({
      org: { kind: 'unit' as const, unitName: unit },
      by: unitHeadOf(unit, org)?.employeeId ?? ADMIN,
      at: at(lySettle[12]!, minuteOf(i, 9 * 60)),
    })),
    { org: { kind: 'agency' }, by: kepala.key, at: at(lySettle[14]!, 10 * 60) },
  ];

  // ---- this year
  const tyPeriod = annualPeriod(thisYear);
  const tyPlanning = workingDays(`${thisYear}-01-12`, 16, cutoff);
  const tyMembers = members.filter((m) => inService(m, today));
  const tyOwn = tyMembers.filter((m) => m.appraiser === kepala.key);
  const tyOwnKeys = new Set(tyOwn.map((m) => m.key));
  const tyStaff = tyMembers.filter((m) => m.appraiser !== kepala.key && tyOwnKeys.has(m.appraiser));
  // One of the head's own staff (not a unit head) waits for the head's approval.
  const waitingForKepala = tyOwn.find((m) => !m.heads && !isManagerial(m.positionType));
  const tySkps: DemoSkp[] = [
    ...tyOwn.map((m, i): DemoSkp => {
      const waiting = m === waitingForKepala;
      return {
        owner: m.key,
        appraiser: m.appraiser,
        year: thisYear,
        period: tyPeriod,
        origin: 'own',
        createdAt: at(tyPlanning[0]!, minuteOf(i)),
        items: itemsOf(m, false),
        behaviourExpectations: expectationsOf(m),
        submittedAt: at(waiting ? tyPlanning[12]! : tyPlanning[2]!, minuteOf(i)),
        ...(waiting ? {} : { approvedAt: at(tyPlanning[5]!, minuteOf(i, 9 * 60)) }),
        status: waiting ? 'submitted' : 'approved',
        realisations: [],
        notes: [],
      };
    }),
    ...tyStaff.map((m, i): DemoSkp => {
      // atasan's staff: pegawai's a draft of her own, four in ten waiting for atasan, three approved,
      // the rest drafts. Other units are further along. Counted per appraiser.
      const slot = tyStaff.filter((x) => x.appraiser === m.appraiser).indexOf(m) % 10;
      const state: 'cascaded' | 'edited' | 'submitted' | 'approved' =
        m.key === pegawai.key
          ? 'edited'
          : m.appraiser === atasan.key
            ? slot < 4
              ? 'submitted'
              : slot < 7
                ? 'approved'
                : slot < 8
                  ? 'edited'
                  : 'cascaded'
            : slot < 6
              ? 'approved'
              : slot < 8
                ? 'submitted'
                : 'cascaded';
      const edited = state !== 'cascaded';
      const appraiser = byKey.get(m.appraiser)!;
      return {
        owner: m.key,
        appraiser: m.appraiser,
        year: thisYear,
        period: tyPeriod,
        origin: 'cascade',
        createdAt: at(tyPlanning[7]!, 8 * 60),
        ...(edited ? { editedAt: at(tyPlanning[9]!, minuteOf(i)) } : {}),
        items: edited
          ? itemsOf(m, true)
          : itemsOf(m, true).map((it) => {
              const parent = content(appraiser.heads!).items[it.parent!]!;
              return { text: parent.text, indicators: parent.indicators, parent: it.parent };
            }),
        behaviourExpectations: edited ? expectationsOf(m) : {},
        ...(state === 'submitted' || state === 'approved'
          ? { submittedAt: at(tyPlanning[11]!, minuteOf(i)) }
          : {}),
        ...(state === 'approved' ? { approvedAt: at(tyPlanning[14]!, minuteOf(i, 9 * 60)) } : {}),
        status: state === 'approved' ? 'approved' : state === 'submitted' ? 'submitted' : 'draft',
        realisations: [],
        notes: [],
      };
    }),
  ];
  const tyCascades = cascadesOf(tySkps, tyPlanning[7]!);

  return {
    lastYear: {
      year: ly,
      period: lyPeriod,
      skps: lySkps,
      cascades: lyCascades,
      ratings: orgRatings,
      finalisations,
    },
    thisYear: {
      year: thisYear,
      period: tyPeriod,
      skps: tySkps,
      cascades: tyCascades,
      ratings: [],
      finalisations: [],
    },
    rounds: feedbackRounds(tenant, members, kepala, atasan, pegawai, today, cutoff, tyPeriod, at),
  };
}

/** Hasil kerja and perilaku that give `predikat`; a unit head's hasil kerja is their unit's. */
function ratingsFor(
  predikat: Predikat,
  unitRating: OrgPredikat | null,
  r: number,
): { hasilKerja: Rating; perilaku: Rating } {
  if (unitRating) {
    const hasilKerja = DEFAULT_UNIT_HEAD_HASIL_KERJA[unitRating];
    const perilaku = (['above', 'meets', 'below'] as const).find(
      (p) =>
        predikatOf(hasilKerja, p) === predikat && (p !== 'above' || predikat === 'SANGAT_BAIK' || r < 0.5),
    );
    if (!perilaku)
      throw new Error(`demo performance: no perilaku gives ${predikat} to a head rated ${unitRating}`);
    return { hasilKerja, perilaku };
  }
  switch (predikat) {
    case 'SANGAT_BAIK':
      return { hasilKerja: 'above', perilaku: 'above' };
    case 'BAIK':
      return r < 0.7
        ? { hasilKerja: 'meets', perilaku: 'meets' }
        : r < 0.85
          ? { hasilKerja: 'above', perilaku: 'meets' }
          : { hasilKerja: 'meets', perilaku: 'above' };
    case 'BUTUH_PERBAIKAN':
      return { hasilKerja: 'below', perilaku: 'meets' };
    case 'KURANG':
      return { hasilKerja: 'meets', perilaku: 'below' };
    case 'SANGAT_KURANG':
      return { hasilKerja: 'below', perilaku: 'below' };
  }
}

/** Each quarter's realisation of an indicator: a share of a count, or the percentage reached so far. */
function quarterValues(target: DemoIndicator['target'], factor: number, next: () => number): number[] {
  if (target.kind === 'quality')
    return [0.95, 0.97, 0.99, 1].map((s) =>
      round1(
        Math.min(100, target.value * s * (factor > 1 ? 1.02 : factor < 1 ? 0.9 : 0.995 + next() * 0.01)),
      ),
    );
  if (target.value < 8) {
    // Few, whole things (4 reports, 2 financial statements): spread as evenly as the quarters
    // allow, the later quarters first; one short at the end when below expectations.
    const t = Math.round(target.value);
    const spread = [0, 1, 2, 3].map((q) => Math.floor(((q + 1) * t) / 4) - Math.floor((q * t) / 4));
    if (factor < 1) spread[3] = Math.max(0, spread[3]! - 1);
    return spread;
  }
  return [0, 1, 2, 3].map(() =>
    Math.max(0, Math.round((target.value / 4) * factor * (0.92 + next() * 0.16))),
  );
}

function realisationNote(
  value: number,
  target: DemoIndicator['target'],
  q: number,
  hasilKerja: Rating,
  r: number,
): string {
  const what = `Capaian triwulan ${QUARTER[q]}: ${decimal(value)} ${target.unit}`;
  const remark =
    hasilKerja === 'below'
      ? r < 0.5
        ? 'Terlambat karena data dari beberapa sekolah belum masuk.'
        : 'Belum sesuai rencana; akan dikejar pada triwulan berikutnya.'
      : r < 0.35
        ? 'Sesuai jadwal.'
        : r < 0.7
          ? 'Bukti dukung terlampir.'
          : 'Telah dilaporkan kepada atasan langsung.';
  return `${what}. ${remark}`;
}

function feedbackNote(predikat: Predikat): string {
  switch (predikat) {
    case 'BUTUH_PERBAIKAN':
      return 'Capaian semester I masih di bawah target. Mari susun jadwal pendampingan mingguan dan prioritaskan sekolah yang datanya belum masuk.';
    case 'KURANG':
      return 'Hasil kerja cukup, tetapi kehadiran dan ketepatan waktu perlu diperbaiki. Sudah dibicarakan secara langsung.';
    case 'SANGAT_BAIK':
      return 'Capaian semester I melampaui target. Terima kasih, pertahankan, dan bagikan caranya kepada rekan satu bidang.';
    default:
      return 'Capaian semester I sesuai rencana. Lengkapi bukti dukung realisasi sebelum akhir bulan.';
  }
}

function perilakuNotes(predikat: Predikat): PerilakuNotes {
  switch (predikat) {
    case 'SANGAT_BAIK':
      return {
        BERORIENTASI_PELAYANAN: 'Sigap melayani sekolah dan orang tua murid, termasuk saat masa PPDB.',
        KOLABORATIF: 'Aktif membantu bidang lain saat verifikasi data Dapodik.',
      };
    case 'BUTUH_PERBAIKAN':
      return { KOMPETEN: 'Perlu meningkatkan penguasaan aplikasi pelaporan; disarankan ikut pelatihan.' };
    case 'KURANG':
      return {
        AKUNTABEL: 'Beberapa kali tidak hadir tanpa keterangan; telah diberi teguran lisan.',
        LOYAL: 'Perlu lebih menaati jam kerja dan ketentuan kedinasan.',
      };
    default:
      return { AKUNTABEL: 'Laporan disampaikan lengkap dan tepat waktu.' };
  }
}

/** A unit's rating indicator: its head's first item, target against the year's realisation. */
function ratingIndicator(skps: DemoSkp[], byKey: Map<string, Member>, unit: string) {
  const skp = skps.find((s) => byKey.get(s.owner)!.heads === unit);
  if (!skp) return null;
  const indicator = skp.items[0]!.indicators[0]!;
  const values = skp.realisations.filter((r) => r.item === 0).map((r) => r.value);
  const realisation =
    indicator.target.kind === 'quality' ? values.at(-1)! : values.reduce((a, b) => a + b, 0);
  return { text: indicator.text, target: indicator.target.value, realisation: round1(realisation) };
}

// ---------------------------------------------------------------- 360

const COMMENTS = {
  peer: [
    'Selalu siap membantu saat rekan kewalahan menjelang tenggat laporan.',
    'Komunikatif dan sabar menjelaskan aplikasi Dapodik kepada rekan.',
    'Kadang terlambat mengirim bahan rapat; selebihnya sangat membantu.',
    'Rapi dalam administrasi dan terbuka terhadap masukan.',
  ],
  subordinate: [
    'Memberi arahan yang jelas dan mudah ditemui bila ada kendala.',
    'Adil dalam membagi tugas; rapat koordinasi bisa lebih singkat.',
    'Mendorong staf ikut pelatihan dan memberi kesempatan mencoba.',
    'Cepat mengambil keputusan saat ada pengaduan sekolah.',
  ],
  superior: ['Dapat diandalkan; tingkatkan inisiatif dalam memberi usulan perbaikan.'],
};

function scores(base: number, r: () => number): Scores {
  const s = (d: number) => Math.max(1, Math.min(5, base + d));
  const jitter = () => (r() < 0.2 ? -1 : r() > 0.8 ? 1 : 0);
  return {
    BERORIENTASI_PELAYANAN: s(jitter()),
    AKUNTABEL: s(jitter()),
    KOMPETEN: s(jitter()),
    HARMONIS: s(jitter()),
    LOYAL: s(jitter()),
    ADAPTIF: s(jitter()),
    KOLABORATIF: s(jitter()),
  };
}

/**
 * Round A on `pegawai`, opened by `atasan`: the superior (`atasan`, answered: one, not enough to
 * show), five peers of the unit (four answered: shown), `pegawai` herself (to fill). Round B on
 * `atasan`, opened by `kepala`: the superior (`kepala`, answered), six of the unit's staff who
 * report to `atasan` (`pegawai` among them; four answered: shown), `atasan` himself (to fill).
 */
function feedbackRounds(
  tenant: TenantSeed,
  members: Member[],
  kepala: DemoStaff,
  atasan: DemoStaff,
  pegawai: DemoStaff,
  today: string,
  cutoff: string,
  period: Period,
  at: (date: string, minute: number) => Date,
): DemoFeedbackRound[] {
  const r = rngOf(`feedback/${tenant.slug}/${today.slice(0, 4)}`).next;
  const opened = workingDayFrom(today, -8);
  const closesOn = addDays(today, 14);
  const answerDay = (i: number) => {
    const d = workingDayFrom(opened, 1 + (i % 6));
    return d > cutoff ? cutoff : d;
  };
  const staffOfAtasan = members.filter(
    (m) => m.appraiser === atasan.key && m.key !== pegawai.key && !isManagerial(m.positionType),
  );
  // Colleagues of the same kind of work first (guru next to guru), then the others of the unit.
  const peers = [
    ...staffOfAtasan.filter((m) => m.role === 'teaching'),
    ...staffOfAtasan.filter((m) => m.role !== 'teaching'),
  ].slice(0, 5);
  if (peers.length < 5) throw new Error(`demo performance: pegawai has too few peers in ${tenant.slug}`);
  const subordinates = [
    pegawai.key,
    ...staffOfAtasan.filter((m) => !peers.includes(m)).map((m) => m.key),
  ].slice(0, 6);
  if (subordinates.length < 6)
    throw new Error(`demo performance: atasan has too few staff in ${tenant.slug}`);

  const roundA: DemoFeedbackRound = {
    subject: pegawai.key,
    openedBy: atasan.key,
    at: at(opened, 9 * 60),
    period,
    closesOn,
    raters: [
      { rater: atasan.key, relation: 'superior' },
      ...peers.map((m) => ({ rater: m.key, relation: 'peer' as const })),
      { rater: pegawai.key, relation: 'self' },
    ],
    answers: [
      ...peers.slice(0, 4).map((m, i) => ({
        rater: m.key,
        at: at(answerDay(i), 10 * 60 + i * 37),
        scores: scores(4, r),
        ...(i < 3 ? { comment: COMMENTS.peer[i]! } : {}),
      })),
      {
        rater: atasan.key,
        at: at(answerDay(4), 14 * 60),
        scores: scores(4, r),
        comment: COMMENTS.superior[0]!,
      },
    ],
  };
  const roundB: DemoFeedbackRound = {
    subject: atasan.key,
    openedBy: kepala.key,
    at: at(opened, 10 * 60),
    period,
    closesOn,
    raters: [
      { rater: kepala.key, relation: 'superior' },
      ...subordinates.map((k) => ({ rater: k, relation: 'subordinate' as const })),
      { rater: atasan.key, relation: 'self' },
    ],
    answers: [
      ...subordinates.slice(0, 4).map((k, i) => ({
        rater: k,
        at: at(answerDay(i + 1), 11 * 60 + i * 29),
        scores: scores(4, r),
        ...(i !== 1 ? { comment: COMMENTS.subordinate[i]! } : {}),
      })),
      { rater: kepala.key, at: at(answerDay(5), 15 * 60), scores: scores(4, r) },
    ],
  };
  return [roundA, roundB];
}
