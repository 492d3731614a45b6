import type { CompetencyGroup } from './vocabulary';

/**
 * The standard competencies every tenant starts with: the eight managerial competencies and the
 * socio-cultural one of PermenPANRB 38/2017 (Standar Kompetensi Jabatan ASN), each with levels 1-5.
 * The codes are the ones the demo seed and the positions use (MAN-…, SOS-…).
 *
 * The level descriptions are short paraphrases written for Pamong, not the regulation's text (its
 * annex describes each level at length, with behaviour indicators); a tenant adds its own technical
 * competencies (teknis) through POST /v1/competencies.
 */
export interface StandardCompetency {
  code: string;
  name: string;
  group: CompetencyGroup;
  /** Levels 1-5, in order. */
  levels: readonly [string, string, string, string, string];
}

export const STANDARD_COMPETENCIES: readonly StandardCompetency[] = [
  {
    code: 'MAN-INTEGRITAS',
    name: 'Integritas',
    group: 'manajerial',
    levels: [
      'Mampu bertindak sesuai nilai, norma dan etika organisasi dalam kapasitas pribadi',
      'Mampu mengingatkan dan mengajak rekan kerja bertindak sesuai nilai, norma dan etika organisasi',
      'Mampu memastikan dan menciptakan situasi kerja yang menjunjung nilai dan etika di unitnya',
      'Mampu menciptakan budaya etika tinggi dan bertanggung jawab atas tindakan atau keputusan berisiko',
      'Mampu menjadi teladan dan membangun budaya integritas di seluruh instansi',
    ],
  },
  {
    code: 'MAN-KERJASAMA',
    name: 'Kerja Sama',
    group: 'manajerial',
    levels: [
      'Berpartisipasi dalam kelompok kerja dan berbagi informasi yang relevan',
      'Menumbuhkan tim kerja yang partisipatif dan efektif',
      'Efektif membangun tim kerja lintas unit untuk peningkatan kinerja organisasi',
      'Membangun komitmen tim dan sinergi lintas instansi',
      'Menciptakan situasi kerja sama yang kohesif untuk keberhasilan strategi organisasi',
    ],
  },
  {
    code: 'MAN-KOMUNIKASI',
    name: 'Komunikasi',
    group: 'manajerial',
    levels: [
      'Menyampaikan informasi dengan jelas, lengkap dan mudah dipahami',
      'Aktif menjalankan komunikasi secara formal dan informal serta bersedia mendengarkan',
      'Berkomunikasi secara asertif dan terampil berkomunikasi lisan maupun tertulis',
      'Mampu mengemukakan pemikiran multidimensi secara persuasif kepada pemangku kepentingan',
      'Menggagas sistem komunikasi yang terbuka untuk kepentingan organisasi',
    ],
  },
  {
    code: 'MAN-ORIENTASI-HASIL',
    name: 'Orientasi pada Hasil',
    group: 'manajerial',
    levels: [
      'Bertanggung jawab untuk memenuhi standar kerja',
      'Berupaya meningkatkan hasil kerja pribadi yang lebih tinggi dari standar',
      'Menetapkan target kerja yang menantang bagi unit kerja dan memberi apresiasi',
      'Mendorong unit kerja mencapai target yang melebihi hasil sebelumnya',
      'Kemampuan menyusun kebijakan kinerja yang berdampak luas bagi organisasi',
    ],
  },
  {
    code: 'MAN-PELAYANAN-PUBLIK',
    name: 'Pelayanan Publik',
    group: 'manajerial',
    levels: [
      'Menjalankan tugas pelayanan publik secara profesional, tidak diskriminatif dan transparan',
      'Mampu mengupayakan pelayanan publik yang sesuai dengan kebutuhan masyarakat',
      'Mampu memonitor, mengevaluasi dan memperbaiki kualitas pelayanan publik',
      'Mampu memanfaatkan kekuatan kelompok serta memperbaiki standar pelayanan publik',
      'Mampu menciptakan kebijakan pelayanan publik yang menjamin terselenggaranya pelayanan prima',
    ],
  },
  {
    code: 'MAN-PENGEMBANGAN-DIRI',
    name: 'Pengembangan Diri dan Orang Lain',
    group: 'manajerial',
    levels: [
      'Pengembangan diri: mencari sumber belajar untuk meningkatkan kemampuan',
      'Meningkatkan kemampuan bawahan dengan memberikan contoh dan penjelasan',
      'Memberikan umpan balik dan membimbing bawahan secara berkelanjutan',
      'Menyusun program pengembangan jangka panjang untuk mendorong pembelajaran',
      'Menciptakan situasi yang mendorong organisasi terus belajar dan mengembangkan talenta',
    ],
  },
  {
    code: 'MAN-PERUBAHAN',
    name: 'Mengelola Perubahan',
    group: 'manajerial',
    levels: [
      'Menyadari pentingnya perubahan dan menyesuaikan diri dengan perubahan',
      'Proaktif beradaptasi mengikuti perubahan',
      'Membantu orang lain mengikuti perubahan dan mengantisipasi dampaknya',
      'Memimpin perubahan pada unit kerja',
      'Mengelola perubahan yang berdampak luas pada organisasi',
    ],
  },
  {
    code: 'MAN-KEPUTUSAN',
    name: 'Pengambilan Keputusan',
    group: 'manajerial',
    levels: [
      'Mengumpulkan informasi untuk bertindak sesuai kewenangan',
      'Menganalisis masalah secara mendalam sebelum mengambil keputusan',
      'Membandingkan berbagai alternatif dan mempertimbangkan risikonya',
      'Menyelesaikan masalah yang mengandung risiko tinggi dan mengantisipasi dampaknya',
      'Menghasilkan solusi strategis yang berdampak jangka panjang bagi organisasi',
    ],
  },
  {
    code: 'SOS-PEREKAT-BANGSA',
    name: 'Perekat Bangsa',
    group: 'sosial-kultural',
    levels: [
      'Peka memahami dan menerima kemajemukan',
      'Aktif mengembangkan sikap saling menghargai dan menekankan persamaan',
      'Mempromosikan dan mengembangkan sikap toleransi dan persatuan',
      'Mendayagunakan perbedaan secara konstruktif dan kreatif untuk efektivitas organisasi',
      'Wakil pemerintah untuk membangun hubungan sosial psikologis dalam masyarakat yang majemuk',
    ],
  },
];

export const STANDARD_COMPETENCY_CODES: ReadonlySet<string> = new Set(
  STANDARD_COMPETENCIES.map((c) => c.code),
);

/** A standard competency as a createCompetency body: `levels` as `{ level, description }`. */
export function standardCompetencyInput(c: StandardCompetency) {
  return {
    code: c.code,
    name: c.name,
    group: c.group,
    levels: c.levels.map((description, i) => ({ level: i + 1, description })),
  };
}
