import type { CreatePositionInput, EducationLevel, FunctionalLevel, PositionType } from '@pamong/core';
import type { AgencySeed } from './demo-data';

/**
 * The positions (peta jabatan) of a demo agency: its head, secretary, heads of bidang and
 * subbagian, seksi heads, and the fungsional and pelaksana positions of its line of work.
 */

export interface PositionTemplate {
  unitName: string;
  body: Omit<CreatePositionInput, 'agencyId' | 'unitId'>;
  /** Share of the seats the demo fills; the rest stay vacant for the placement screens. */
  fill: number;
  /** Technical competencies of the job family, some of which holders have beyond the requirement. */
  technical: string[];
}

interface Family {
  tek: string[];
  majors: string[];
}

const ADMIN_MAJORS = ['Ilmu Administrasi Negara', 'Ilmu Pemerintahan', 'Manajemen', 'Ilmu Hukum'];

/** The line of work of each agency code; agencies not listed get the general one. */
const FAMILIES: Record<string, Family> = {
  BKD: {
    tek: ['TEK-KEPEGAWAIAN'],
    majors: ['Ilmu Administrasi Negara', 'Psikologi', 'Manajemen', 'Ilmu Hukum'],
  },
  BKPSDM: {
    tek: ['TEK-KEPEGAWAIAN'],
    majors: ['Ilmu Administrasi Negara', 'Psikologi', 'Manajemen', 'Ilmu Hukum'],
  },
  DISDIK: {
    tek: ['TEK-PEMBELAJARAN'],
    majors: ['Manajemen Pendidikan', 'Pendidikan Matematika', 'Ilmu Administrasi Negara'],
  },
  DISDIKBUD: {
    tek: ['TEK-PEMBELAJARAN'],
    majors: ['Manajemen Pendidikan', 'Pendidikan Bahasa Indonesia', 'Ilmu Administrasi Negara'],
  },
  DINKES: {
    tek: ['TEK-KESEHATAN-MASYARAKAT'],
    majors: ['Kesehatan Masyarakat', 'Pendidikan Dokter', 'Keperawatan'],
  },
  DISDUKCAPIL: {
    tek: ['TEK-ADMINDUK'],
    majors: ['Ilmu Pemerintahan', 'Ilmu Administrasi Negara', 'Sistem Informasi'],
  },
  DPMPTSP: { tek: ['TEK-PERIZINAN'], majors: ['Ilmu Hukum', 'Ilmu Administrasi Negara', 'Ilmu Ekonomi'] },
  BPKAD: {
    tek: ['TEK-PENGELOLAAN-KEUANGAN', 'TEK-PENGELOLAAN-ASET'],
    majors: ['Akuntansi', 'Manajemen', 'Ilmu Ekonomi'],
  },
  INSPEKTORAT: { tek: ['TEK-AUDIT-INTERNAL'], majors: ['Akuntansi', 'Ilmu Hukum', 'Manajemen'] },
  DINSOS: { tek: ['TEK-PELAYANAN-SOSIAL'], majors: ['Ilmu Kesejahteraan Sosial', 'Sosiologi', 'Psikologi'] },
  DLH: { tek: ['TEK-LINGKUNGAN'], majors: ['Teknik Lingkungan', 'Biologi', 'Teknik Sipil'] },
  DISHUB: {
    tek: ['TEK-PERHUBUNGAN'],
    majors: ['Teknik Sipil', 'Manajemen Transportasi', 'Ilmu Administrasi Negara'],
  },
};

interface Spec {
  name: string;
  type: PositionType;
  level?: FunctionalLevel;
  cls: number;
  seats: number;
  levels: EducationLevel[];
  majors?: string[];
  comps?: [string, number][];
  fill?: number;
  tek?: string[];
}

function template(unitName: string, s: Spec, family: Family): PositionTemplate {
  return {
    unitName,
    body: {
      name: s.name,
      type: s.type,
      ...(s.level ? { functionalLevel: s.level } : {}),
      positionClass: s.cls,
      requiredEducation: { levels: s.levels, majors: s.majors ?? [] },
      requiredCompetencies: (s.comps ?? []).map(([code, minLevel]) => ({ code, minLevel })),
      seats: s.seats,
    },
    fill: s.fill ?? 0.85,
    technical: s.tek ?? family.tek,
  };
}

/** Fungsional and pelaksana positions of each line of work: [unit name pattern, spec]. */
function lineOfWork(code: string): [RegExp, Spec][] {
  const f = (
    name: string,
    level: FunctionalLevel,
    cls: number,
    seats: number,
    levels: EducationLevel[],
    majors: string[],
    comps: [string, number][],
    fill?: number,
  ): Spec => ({
    name,
    type: 'FUNGSIONAL',
    level,
    cls,
    seats,
    levels,
    majors,
    comps,
    ...(fill ? { fill } : {}),
  });
  const p = (
    name: string,
    cls: number,
    seats: number,
    levels: EducationLevel[],
    majors: string[],
    comps: [string, number][],
  ): Spec => ({
    name,
    type: 'PELAKSANA',
    cls,
    seats,
    levels,
    majors,
    comps,
  });
  const guruMajors = [
    'Pendidikan Matematika',
    'Pendidikan Bahasa Indonesia',
    'Pendidikan Bahasa Inggris',
    'Pendidikan Biologi',
    'Pendidikan Guru Sekolah Dasar',
  ];
  switch (code) {
    case 'BKD':
    case 'BKPSDM':
      return [
        [
          /Mutasi|Pengadaan/,
          f(
            'Analis Kepegawaian Ahli Muda',
            'AHLI_MUDA',
            9,
            4,
            ['S1', 'S2'],
            ['Ilmu Administrasi Negara', 'Manajemen', 'Psikologi', 'Ilmu Hukum'],
            [['TEK-KEPEGAWAIAN', 3]],
          ),
        ],
        [
          /Bidang/,
          f(
            'Analis Kepegawaian Ahli Pertama',
            'AHLI_PERTAMA',
            8,
            5,
            ['S1'],
            ['Ilmu Administrasi Negara', 'Manajemen', 'Psikologi', 'Ilmu Hukum'],
            [['TEK-KEPEGAWAIAN', 2]],
          ),
        ],
        [
          /Kompetensi|Bidang/,
          f(
            'Asesor SDM Aparatur Ahli Muda',
            'AHLI_MUDA',
            9,
            2,
            ['S1', 'S2'],
            ['Psikologi', 'Manajemen'],
            [
              ['TEK-KEPEGAWAIAN', 3],
              ['MAN-PENGEMBANGAN-DIRI', 3],
            ],
          ),
        ],
        [
          /Informasi|Bidang/,
          f(
            'Pranata Komputer Terampil',
            'TERAMPIL',
            6,
            2,
            ['D3'],
            ['Manajemen Informatika'],
            [['TEK-TIK', 2]],
          ),
        ],
      ];
    case 'DISDIK':
    case 'DISDIKBUD':
      return [
        [
          /Sekolah/,
          f('Guru Ahli Pertama', 'AHLI_PERTAMA', 8, 14, ['S1'], guruMajors, [['TEK-PEMBELAJARAN', 2]], 0.9),
        ],
        [
          /Sekolah/,
          f('Guru Ahli Muda', 'AHLI_MUDA', 9, 10, ['S1', 'S2'], guruMajors, [['TEK-PEMBELAJARAN', 3]], 0.9),
        ],
        [
          /Sekolah|Pendidik/,
          f('Guru Ahli Madya', 'AHLI_MADYA', 11, 4, ['S1', 'S2'], guruMajors, [['TEK-PEMBELAJARAN', 4]]),
        ],
        [
          /Pendidik|Sekolah/,
          f(
            'Pengawas Sekolah Ahli Madya',
            'AHLI_MADYA',
            11,
            2,
            ['S2'],
            ['Manajemen Pendidikan'],
            [
              ['TEK-PEMBELAJARAN', 4],
              ['MAN-PENGEMBANGAN-DIRI', 3],
            ],
          ),
        ],
        [
          /Kebudayaan/,
          f(
            'Pamong Budaya Ahli Pertama',
            'AHLI_PERTAMA',
            8,
            2,
            ['S1'],
            ['Sosiologi', 'Ilmu Komunikasi'],
            [['TEK-ARSIP', 2]],
          ),
        ],
        [
          /Bidang/,
          p(
            'Pengolah Data Pendidikan',
            7,
            3,
            ['D3', 'S1'],
            ['Manajemen Informatika', 'Statistika'],
            [['TEK-ANALISIS-DATA', 2]],
          ),
        ],
      ];
    case 'DINKES':
      return [
        [
          /Puskesmas|Pelayanan|Laboratorium/,
          f('Perawat Terampil', 'TERAMPIL', 6, 8, ['D3'], ['Keperawatan'], [['TEK-KEPERAWATAN', 2]]),
        ],
        [
          /Puskesmas|Pelayanan/,
          f('Perawat Ahli Pertama', 'AHLI_PERTAMA', 8, 4, ['S1'], ['Keperawatan'], [['TEK-KEPERAWATAN', 3]]),
        ],
        [
          /Puskesmas|Pelayanan|Masyarakat/,
          f('Bidan Terampil', 'TERAMPIL', 6, 5, ['D3', 'D4'], ['Kebidanan'], [['TEK-KEPERAWATAN', 2]]),
        ],
        [
          /Puskesmas|Pelayanan/,
          f(
            'Dokter Ahli Pertama',
            'AHLI_PERTAMA',
            10,
            3,
            ['S1'],
            ['Pendidikan Dokter'],
            [['TEK-KESEHATAN-MASYARAKAT', 3]],
            0.7,
          ),
        ],
        [
          /Pencegahan|Masyarakat|Bidang/,
          f(
            'Epidemiolog Kesehatan Ahli Muda',
            'AHLI_MUDA',
            9,
            2,
            ['S1', 'S2'],
            ['Kesehatan Masyarakat'],
            [
              ['TEK-KESEHATAN-MASYARAKAT', 3],
              ['TEK-ANALISIS-DATA', 3],
            ],
          ),
        ],
        [
          /Laboratorium|Puskesmas|Pelayanan/,
          f(
            'Pranata Laboratorium Kesehatan Terampil',
            'TERAMPIL',
            6,
            3,
            ['D3'],
            ['Analis Kesehatan'],
            [['TEK-KESEHATAN-MASYARAKAT', 2]],
          ),
        ],
        [
          /Puskesmas|Pelayanan/,
          f(
            'Apoteker Ahli Pertama',
            'AHLI_PERTAMA',
            8,
            2,
            ['S1'],
            ['Farmasi'],
            [['TEK-KESEHATAN-MASYARAKAT', 2]],
          ),
        ],
      ];
    case 'DISDUKCAPIL':
      return [
        [
          /Bidang/,
          f(
            'Administrator Database Kependudukan Ahli Pertama',
            'AHLI_PERTAMA',
            8,
            3,
            ['S1'],
            ['Teknik Informatika', 'Sistem Informasi'],
            [
              ['TEK-ADMINDUK', 2],
              ['TEK-TIK', 3],
            ],
          ),
        ],
        [
          /Bidang/,
          f(
            'Pranata Komputer Terampil',
            'TERAMPIL',
            6,
            2,
            ['D3'],
            ['Manajemen Informatika'],
            [['TEK-TIK', 2]],
          ),
        ],
        [/Bidang/, p('Pengadministrasi Kependudukan', 6, 5, ['SMA', 'D3'], [], [['TEK-ADMINDUK', 2]])],
        [
          /Bidang/,
          p(
            'Verifikator Berkas Pencatatan Sipil',
            7,
            3,
            ['D3', 'S1'],
            [],
            [
              ['TEK-ADMINDUK', 2],
              ['MAN-PELAYANAN-PUBLIK', 2],
            ],
          ),
        ],
      ];
    case 'DPMPTSP':
      return [
        [
          /Perizinan|Bidang/,
          f(
            'Penata Perizinan Ahli Pertama',
            'AHLI_PERTAMA',
            8,
            4,
            ['S1'],
            ['Ilmu Hukum', 'Ilmu Administrasi Negara'],
            [['TEK-PERIZINAN', 2]],
          ),
        ],
        [
          /Perizinan|Bidang/,
          f(
            'Penata Perizinan Ahli Muda',
            'AHLI_MUDA',
            9,
            2,
            ['S1', 'S2'],
            ['Ilmu Hukum', 'Ilmu Administrasi Negara'],
            [
              ['TEK-PERIZINAN', 3],
              ['TEK-HUKUM', 2],
            ],
          ),
        ],
        [
          /Promosi|Pengaduan|Bidang/,
          f(
            'Analis Kebijakan Ahli Muda',
            'AHLI_MUDA',
            9,
            2,
            ['S1', 'S2'],
            ['Ilmu Ekonomi', 'Ilmu Administrasi Negara'],
            [['TEK-ANALISIS-DATA', 3]],
          ),
        ],
        [
          /Bidang/,
          p(
            'Pengelola Layanan Perizinan',
            7,
            4,
            ['D3', 'S1'],
            [],
            [
              ['TEK-PERIZINAN', 2],
              ['MAN-PELAYANAN-PUBLIK', 2],
            ],
          ),
        ],
      ];
    case 'BPKAD':
      return [
        [
          /Anggaran/,
          f(
            'Analis Anggaran Ahli Muda',
            'AHLI_MUDA',
            9,
            3,
            ['S1', 'S2'],
            ['Akuntansi', 'Ilmu Ekonomi'],
            [
              ['TEK-PENGELOLAAN-KEUANGAN', 3],
              ['TEK-PERENCANAAN-PEMBANGUNAN', 2],
            ],
          ),
        ],
        [
          /Perbendaharaan|Akuntansi|Anggaran/,
          f(
            'Analis Keuangan Pusat dan Daerah Ahli Pertama',
            'AHLI_PERTAMA',
            8,
            3,
            ['S1'],
            ['Akuntansi', 'Manajemen'],
            [['TEK-PENGELOLAAN-KEUANGAN', 2]],
          ),
        ],
        [
          /Aset|Akuntansi|Bidang/,
          p(
            'Pengelola Barang Milik Daerah',
            7,
            3,
            ['D3', 'S1'],
            ['Akuntansi', 'Manajemen'],
            [['TEK-PENGELOLAAN-ASET', 2]],
          ),
        ],
        [
          /Sekretariat/,
          f(
            'Pengelola Pengadaan Barang/Jasa Ahli Pertama',
            'AHLI_PERTAMA',
            8,
            2,
            ['S1'],
            [],
            [['TEK-PENGADAAN-BARANG-JASA', 3]],
          ),
        ],
      ];
    case 'INSPEKTORAT':
      return [
        [
          /Inspektur Pembantu/,
          f(
            'Auditor Ahli Madya',
            'AHLI_MADYA',
            11,
            2,
            ['S1', 'S2'],
            ['Akuntansi', 'Manajemen', 'Ilmu Hukum'],
            [
              ['TEK-AUDIT-INTERNAL', 4],
              ['MAN-INTEGRITAS', 4],
            ],
          ),
        ],
        [
          /Inspektur Pembantu/,
          f(
            'Auditor Ahli Muda',
            'AHLI_MUDA',
            9,
            3,
            ['S1', 'S2'],
            ['Akuntansi', 'Manajemen', 'Ilmu Hukum'],
            [['TEK-AUDIT-INTERNAL', 3]],
          ),
        ],
        [
          /Inspektur Pembantu/,
          f(
            'Auditor Ahli Pertama',
            'AHLI_PERTAMA',
            8,
            3,
            ['S1'],
            ['Akuntansi', 'Manajemen', 'Ilmu Hukum'],
            [['TEK-AUDIT-INTERNAL', 2]],
          ),
        ],
        [
          /Inspektur Pembantu/,
          f(
            'Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Muda',
            'AHLI_MUDA',
            9,
            2,
            ['S1', 'S2'],
            ['Ilmu Pemerintahan', 'Ilmu Administrasi Negara'],
            [
              ['TEK-AUDIT-INTERNAL', 3],
              ['TEK-HUKUM', 2],
            ],
          ),
        ],
      ];
    case 'DINSOS':
      return [
        [
          /Rehabilitasi|Perlindungan|Pemberdayaan|Panti/,
          f(
            'Pekerja Sosial Ahli Pertama',
            'AHLI_PERTAMA',
            8,
            4,
            ['S1', 'D4'],
            ['Ilmu Kesejahteraan Sosial', 'Psikologi', 'Sosiologi'],
            [['TEK-PELAYANAN-SOSIAL', 2]],
          ),
        ],
        [
          /Rehabilitasi|Panti|Bidang/,
          f(
            'Pekerja Sosial Terampil',
            'TERAMPIL',
            6,
            3,
            ['D3'],
            ['Ilmu Kesejahteraan Sosial'],
            [['TEK-PELAYANAN-SOSIAL', 2]],
          ),
        ],
        [
          /Pemberdayaan|Perlindungan|Bidang/,
          f(
            'Penyuluh Sosial Ahli Muda',
            'AHLI_MUDA',
            9,
            2,
            ['S1', 'S2'],
            ['Ilmu Kesejahteraan Sosial', 'Ilmu Komunikasi'],
            [
              ['TEK-PELAYANAN-SOSIAL', 3],
              ['MAN-KOMUNIKASI', 3],
            ],
          ),
        ],
      ];
    case 'DLH':
      return [
        [
          /Bidang/,
          f(
            'Pengendali Dampak Lingkungan Ahli Pertama',
            'AHLI_PERTAMA',
            8,
            3,
            ['S1'],
            ['Teknik Lingkungan', 'Biologi'],
            [['TEK-LINGKUNGAN', 2]],
          ),
        ],
        [
          /Bidang/,
          f(
            'Pengawas Lingkungan Hidup Ahli Muda',
            'AHLI_MUDA',
            9,
            2,
            ['S1', 'S2'],
            ['Teknik Lingkungan', 'Biologi'],
            [['TEK-LINGKUNGAN', 3]],
          ),
        ],
        [/Sampah|Pemrosesan/, p('Operator Layanan Operasional', 5, 6, ['SMA'], [], [['TEK-LINGKUNGAN', 1]])],
      ];
    case 'DISHUB':
      return [
        [
          /Pengujian/,
          f(
            'Penguji Kendaraan Bermotor Terampil',
            'TERAMPIL',
            6,
            4,
            ['D3'],
            ['Manajemen Transportasi'],
            [['TEK-PERHUBUNGAN', 2]],
          ),
        ],
        [/Lalu Lintas/, p('Pengatur Lalu Lintas', 6, 5, ['SMA', 'D3'], [], [['TEK-PERHUBUNGAN', 2]])],
        [
          /Lalu Lintas|Bidang/,
          f(
            'Asisten Perencana Lalu Lintas Ahli Pertama',
            'AHLI_PERTAMA',
            8,
            2,
            ['S1'],
            ['Teknik Sipil'],
            [
              ['TEK-PERHUBUNGAN', 2],
              ['TEK-ANALISIS-DATA', 2],
            ],
          ),
        ],
      ];
    default:
      return [];
  }
}

const headTitle = (agency: AgencySeed) =>
  agency.code === 'INSPEKTORAT' ? 'Inspektur' : `Kepala ${agency.name}`;

export function positionTemplates(agency: AgencySeed): PositionTemplate[] {
  const family = FAMILIES[agency.code] ?? { tek: ['TEK-ARSIP'], majors: ADMIN_MAJORS };
  const tek = family.tek[0]!;
  const out: PositionTemplate[] = [];
  const sekretariat = agency.units.find((u) => u.name === 'Sekretariat')!;
  const add = (unitName: string, s: Spec) => out.push(template(unitName, s, family));

  // The agency head sits in the Sekretariat: the org tree has no unit above it.
  add('Sekretariat', {
    name: headTitle(agency),
    type: 'JPT_PRATAMA',
    cls: 14,
    seats: 1,
    levels: ['S2', 'S3'],
    majors: [...family.majors, ...ADMIN_MAJORS],
    comps: [
      ['MAN-INTEGRITAS', 4],
      ['MAN-KEPUTUSAN', 4],
      ['MAN-PERUBAHAN', 4],
      [tek, 3],
    ],
    fill: 1,
  });
  add('Sekretariat', {
    name: `Sekretaris ${agency.code === 'INSPEKTORAT' ? 'Inspektorat' : agency.name}`,
    type: 'ADMINISTRATOR',
    cls: 12,
    seats: 1,
    levels: ['S1', 'S2'],
    majors: ADMIN_MAJORS,
    comps: [
      ['MAN-KERJASAMA', 3],
      ['MAN-KEPUTUSAN', 3],
      ['TEK-PERENCANAAN-PEMBANGUNAN', 3],
    ],
    fill: 1,
    tek: ['TEK-PERENCANAAN-PEMBANGUNAN', 'TEK-PENGELOLAAN-KEUANGAN'],
  });
  for (const sub of sekretariat.children ?? []) {
    const kepegawaian = /Kepegawaian/.test(sub.name);
    const keuangan = /Keuangan/.test(sub.name);
    const subTek = kepegawaian
      ? 'TEK-KEPEGAWAIAN'
      : keuangan
        ? 'TEK-PENGELOLAAN-KEUANGAN'
        : 'TEK-PERENCANAAN-PEMBANGUNAN';
    add(sub.name, {
      name: `Kepala ${sub.name}`,
      type: 'PENGAWAS',
      cls: 9,
      seats: 1,
      levels: ['S1', 'S2'],
      majors: keuangan ? ['Akuntansi', 'Manajemen'] : ADMIN_MAJORS,
      comps: [
        ['MAN-ORIENTASI-HASIL', 3],
        ['MAN-KOMUNIKASI', 2],
        [subTek, 2],
      ],
      fill: 1,
      tek: [subTek, 'TEK-ARSIP'],
    });
    if (kepegawaian) {
      add(sub.name, {
        name: 'Pengadministrasi Perkantoran',
        type: 'PELAKSANA',
        cls: 6,
        seats: 3,
        levels: ['SMA', 'D3'],
        comps: [['TEK-ARSIP', 1]],
        tek: ['TEK-ARSIP'],
      });
      add(sub.name, {
        name: 'Arsiparis Terampil',
        type: 'FUNGSIONAL',
        level: 'TERAMPIL',
        cls: 6,
        seats: 1,
        levels: ['D3'],
        majors: ['Kearsipan', 'Administrasi Perkantoran'],
        comps: [['TEK-ARSIP', 2]],
        tek: ['TEK-ARSIP'],
      });
      add(sub.name, {
        name: 'Analis Sumber Daya Manusia Aparatur Ahli Pertama',
        type: 'FUNGSIONAL',
        level: 'AHLI_PERTAMA',
        cls: 8,
        seats: 1,
        levels: ['S1'],
        majors: ['Ilmu Administrasi Negara', 'Manajemen', 'Psikologi'],
        comps: [['TEK-KEPEGAWAIAN', 2]],
        tek: ['TEK-KEPEGAWAIAN'],
      });
    }
    if (keuangan)
      add(sub.name, {
        name: 'Pengelola Keuangan',
        type: 'PELAKSANA',
        cls: 7,
        seats: 2,
        levels: ['D3', 'S1'],
        majors: ['Akuntansi', 'Manajemen'],
        comps: [['TEK-PENGELOLAAN-KEUANGAN', 2]],
        tek: ['TEK-PENGELOLAAN-KEUANGAN'],
      });
  }
  if (!(sekretariat.children ?? []).some((u) => /Keuangan/.test(u.name)))
    add('Sekretariat', {
      name: 'Pengelola Keuangan',
      type: 'PELAKSANA',
      cls: 7,
      seats: 2,
      levels: ['D3', 'S1'],
      majors: ['Akuntansi', 'Manajemen'],
      comps: [['TEK-PENGELOLAAN-KEUANGAN', 2]],
      tek: ['TEK-PENGELOLAAN-KEUANGAN'],
    });
  add('Sekretariat', {
    name: 'Pranata Komputer Ahli Pertama',
    type: 'FUNGSIONAL',
    level: 'AHLI_PERTAMA',
    cls: 8,
    seats: 1,
    levels: ['S1'],
    majors: ['Teknik Informatika', 'Sistem Informasi'],
    comps: [['TEK-TIK', 2]],
    tek: ['TEK-TIK', 'TEK-ANALISIS-DATA'],
    fill: 0.5,
  });

  const lines = agency.units.filter((u) => u !== sekretariat);
  for (const unit of lines) {
    const uptd = unit.name.startsWith('UPTD');
    const irban = unit.name.startsWith('Inspektur Pembantu');
    add(unit.name, {
      name: irban ? unit.name : `Kepala ${unit.name}`,
      type: uptd ? 'PENGAWAS' : 'ADMINISTRATOR',
      cls: uptd ? 9 : 11,
      seats: 1,
      levels: ['S1', 'S2'],
      majors: family.majors,
      comps: uptd
        ? [
            ['MAN-ORIENTASI-HASIL', 3],
            ['MAN-PELAYANAN-PUBLIK', 3],
            [tek, 3],
          ]
        : [
            ['MAN-KERJASAMA', 3],
            ['MAN-KEPUTUSAN', 3],
            [tek, 3],
          ],
      fill: unit === lines[lines.length - 1] && lines.length > 2 ? 0 : 1,
    });
    if (!uptd && !irban)
      add(unit.name, {
        name: `Kepala Seksi pada ${unit.name}`,
        type: 'PENGAWAS',
        cls: 9,
        seats: 2,
        levels: ['S1', 'S2'],
        majors: family.majors,
        comps: [
          ['MAN-ORIENTASI-HASIL', 3],
          ['MAN-KOMUNIKASI', 2],
          [tek, 2],
        ],
        fill: 1,
      });
    add(unit.name, {
      name: 'Pengadministrasi Umum',
      type: 'PELAKSANA',
      cls: 5,
      seats: 2,
      levels: ['SMA'],
      comps: [['TEK-ARSIP', 1]],
      tek: ['TEK-ARSIP'],
    });
  }
  // Each fungsional or pelaksana position goes to the first unit its pattern matches; seats of
  // large ones (guru) are split over every matching unit.
  for (const [pattern, spec] of lineOfWork(agency.code)) {
    const matching = lines.filter((u) => pattern.test(u.name));
    const units = matching.length
      ? matching
      : pattern.test('Sekretariat')
        ? [sekretariat]
        : lines.slice(0, 1);
    if (units.length === 0) continue;
    const split = spec.seats >= 8 ? units : units.slice(0, 1);
    for (const u of split)
      add(u.name, { ...spec, seats: Math.max(1, Math.round(spec.seats / split.length)) });
  }
  return out;
}
