import type { TenantRole } from '@pamong/core';

/**
 * The demo data `npm start` seeds. It exists in local mode only; the README's account table is
 * generated from the same list by hand, so change both together.
 */
export const DEMO_PASSWORD = 'pamong-demo-2026';
export const PLATFORM_ADMIN = { username: 'platform.admin', name: 'Admin Platform Pamong' } as const;

export interface UnitSeed {
  name: string;
  children?: UnitSeed[];
}

export interface AgencySeed {
  name: string;
  code: string;
  units: UnitSeed[];
}

export interface UserSeed {
  username: string;
  name: string;
  role: Exclude<TenantRole, 'tenant-admin'>;
}

export interface TenantSeed {
  slug: string;
  name: string;
  level: 'provinsi' | 'kabupaten' | 'kota';
  bpsCode: string;
  timeZone: 'Asia/Jakarta';
  admin: { username: string; name: string };
  /** Code of the agency the demo agency admin, supervisors and employee belong to (education). */
  demoAgencyCode: string;
  /**
   * A unit that serves around the clock (a puskesmas with inpatient care, a health laboratory): it
   * works on the shift schedule, with a roster of day, evening and night shifts for the current month.
   */
  shiftService: { agencyCode: string; unitName: string };
  /**
   * Where the demo agencies check in: the government's main office, at coordinates read off public
   * maps (approximate, within about 100 m). Every demo agency gets a work location there with a
   * 250 m radius; a tenant admin corrects them on the Lokasi kerja page.
   */
  office: { name: string; lat: number; lon: number };
  users: UserSeed[];
  agencies: AgencySeed[];
}

const sekretariat = (...extra: string[]): UnitSeed => ({
  name: 'Sekretariat',
  children: [{ name: 'Subbagian Umum dan Kepegawaian' }, ...extra.map((name) => ({ name }))],
});

export const DEMO_TENANTS: TenantSeed[] = [
  {
    slug: 'lampung',
    name: 'Pemerintah Provinsi Lampung',
    level: 'provinsi',
    bpsCode: '18',
    timeZone: 'Asia/Jakarta',
    admin: { username: 'admin', name: 'Rahmat Hidayat' },
    demoAgencyCode: 'DISDIKBUD',
    office: { name: 'Kompleks Kantor Gubernur Lampung', lat: -5.4335, lon: 105.2603 },
    shiftService: { agencyCode: 'DINKES', unitName: 'UPTD Balai Laboratorium Kesehatan' },
    users: [
      { username: 'opd.admin', name: 'Siti Aminah', role: 'agency-admin' },
      { username: 'kepala', name: 'Ridwan Marzuki', role: 'supervisor' },
      { username: 'atasan', name: 'Budi Santoso', role: 'supervisor' },
      { username: 'pegawai', name: 'Dewi Lestari', role: 'employee' },
    ],
    agencies: [
      {
        name: 'Badan Kepegawaian Daerah',
        code: 'BKD',
        units: [
          sekretariat('Subbagian Perencanaan dan Keuangan'),
          { name: 'Bidang Mutasi dan Promosi' },
          { name: 'Bidang Pengembangan Kompetensi Aparatur' },
        ],
      },
      {
        name: 'Dinas Pendidikan dan Kebudayaan',
        code: 'DISDIKBUD',
        units: [
          sekretariat(),
          { name: 'Bidang Pembinaan Sekolah Menengah Atas' },
          { name: 'Bidang Pembinaan Sekolah Menengah Kejuruan' },
          { name: 'Bidang Kebudayaan' },
        ],
      },
      {
        name: 'Dinas Kesehatan',
        code: 'DINKES',
        units: [
          sekretariat(),
          { name: 'Bidang Pelayanan Kesehatan' },
          { name: 'Bidang Pencegahan dan Pengendalian Penyakit' },
          { name: 'UPTD Balai Laboratorium Kesehatan' },
        ],
      },
      {
        name: 'Dinas Kependudukan dan Pencatatan Sipil',
        code: 'DISDUKCAPIL',
        units: [sekretariat(), { name: 'Bidang Fasilitasi Pelayanan Administrasi Kependudukan' }],
      },
      {
        name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
        code: 'DPMPTSP',
        units: [
          sekretariat(),
          { name: 'Bidang Pelayanan Perizinan' },
          { name: 'Bidang Pengaduan dan Informasi' },
        ],
      },
      {
        name: 'Badan Pengelola Keuangan dan Aset Daerah',
        code: 'BPKAD',
        units: [
          sekretariat(),
          { name: 'Bidang Anggaran' },
          { name: 'Bidang Perbendaharaan' },
          { name: 'Bidang Aset' },
        ],
      },
      {
        name: 'Inspektorat',
        code: 'INSPEKTORAT',
        units: [
          sekretariat(),
          { name: 'Inspektur Pembantu Wilayah I' },
          { name: 'Inspektur Pembantu Wilayah II' },
        ],
      },
      {
        name: 'Dinas Sosial',
        code: 'DINSOS',
        units: [
          sekretariat(),
          { name: 'Bidang Rehabilitasi Sosial' },
          { name: 'UPTD Panti Sosial Bina Remaja' },
        ],
      },
    ],
  },
  {
    slug: 'bandarlampung',
    name: 'Pemerintah Kota Bandar Lampung',
    level: 'kota',
    bpsCode: '1871',
    timeZone: 'Asia/Jakarta',
    admin: { username: 'admin', name: 'Yusuf Kurniawan' },
    demoAgencyCode: 'DISDIK',
    office: { name: 'Kompleks Kantor Wali Kota Bandar Lampung', lat: -5.4256, lon: 105.2594 },
    shiftService: { agencyCode: 'DINKES', unitName: 'UPTD Puskesmas Kedaton' },
    users: [
      { username: 'opd.admin', name: 'Nurul Hasanah', role: 'agency-admin' },
      { username: 'kepala', name: 'Syamsuddin Harahap', role: 'supervisor' },
      { username: 'atasan', name: 'Agus Setiawan', role: 'supervisor' },
      { username: 'pegawai', name: 'Rina Marlina', role: 'employee' },
    ],
    agencies: [
      {
        name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
        code: 'BKPSDM',
        units: [
          sekretariat(),
          { name: 'Bidang Pengadaan, Pemberhentian dan Informasi' },
          { name: 'Bidang Mutasi dan Promosi' },
        ],
      },
      {
        name: 'Dinas Pendidikan',
        code: 'DISDIK',
        units: [
          sekretariat('Subbagian Keuangan'),
          { name: 'Bidang Pembinaan Sekolah Dasar' },
          { name: 'Bidang Pembinaan Sekolah Menengah Pertama' },
          { name: 'Bidang Pendidik dan Tenaga Kependidikan' },
        ],
      },
      {
        name: 'Dinas Kesehatan',
        code: 'DINKES',
        units: [
          sekretariat(),
          { name: 'Bidang Pelayanan Kesehatan' },
          { name: 'UPTD Puskesmas Kedaton' },
          { name: 'UPTD Puskesmas Way Halim' },
        ],
      },
      {
        name: 'Dinas Kependudukan dan Pencatatan Sipil',
        code: 'DISDUKCAPIL',
        units: [
          sekretariat(),
          { name: 'Bidang Pelayanan Pendaftaran Penduduk' },
          { name: 'Bidang Pelayanan Pencatatan Sipil' },
        ],
      },
      {
        name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
        code: 'DPMPTSP',
        units: [sekretariat(), { name: 'Bidang Pelayanan Perizinan' }],
      },
      {
        name: 'Badan Pengelola Keuangan dan Aset Daerah',
        code: 'BPKAD',
        units: [sekretariat(), { name: 'Bidang Anggaran' }, { name: 'Bidang Aset' }],
      },
      {
        name: 'Inspektorat',
        code: 'INSPEKTORAT',
        units: [sekretariat(), { name: 'Inspektur Pembantu I' }, { name: 'Inspektur Pembantu II' }],
      },
      {
        name: 'Dinas Sosial',
        code: 'DINSOS',
        units: [sekretariat(), { name: 'Bidang Perlindungan dan Jaminan Sosial' }],
      },
      {
        name: 'Dinas Lingkungan Hidup',
        code: 'DLH',
        units: [
          sekretariat(),
          { name: 'Bidang Pengelolaan Sampah' },
          { name: 'UPTD Tempat Pemrosesan Akhir Bakung' },
        ],
      },
    ],
  },
  {
    slug: 'palembang',
    name: 'Pemerintah Kota Palembang',
    level: 'kota',
    bpsCode: '1671',
    timeZone: 'Asia/Jakarta',
    admin: { username: 'admin', name: 'Muhammad Fadli' },
    demoAgencyCode: 'DISDIK',
    office: { name: 'Kompleks Kantor Wali Kota Palembang', lat: -2.988, lon: 104.7553 },
    shiftService: { agencyCode: 'DINKES', unitName: 'UPTD Puskesmas Merdeka' },
    users: [
      { username: 'opd.admin', name: 'Fitri Handayani', role: 'agency-admin' },
      { username: 'kepala', name: 'Ahmad Zainuddin', role: 'supervisor' },
      { username: 'atasan', name: 'Hendra Wijaya', role: 'supervisor' },
      { username: 'pegawai', name: 'Ayu Puspitasari', role: 'employee' },
    ],
    agencies: [
      {
        name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
        code: 'BKPSDM',
        units: [
          sekretariat('Subbagian Program dan Pelaporan'),
          { name: 'Bidang Pengadaan dan Informasi Kepegawaian' },
          { name: 'Bidang Pengembangan Kompetensi Aparatur' },
        ],
      },
      {
        name: 'Dinas Pendidikan',
        code: 'DISDIK',
        units: [
          sekretariat(),
          { name: 'Bidang Pembinaan Sekolah Dasar' },
          { name: 'Bidang Pembinaan Sekolah Menengah Pertama' },
          { name: 'Bidang Pendidikan Anak Usia Dini dan Pendidikan Nonformal' },
        ],
      },
      {
        name: 'Dinas Kesehatan',
        code: 'DINKES',
        units: [
          sekretariat(),
          { name: 'Bidang Kesehatan Masyarakat' },
          { name: 'UPTD Puskesmas Dempo' },
          { name: 'UPTD Puskesmas Merdeka' },
        ],
      },
      {
        name: 'Dinas Kependudukan dan Pencatatan Sipil',
        code: 'DISDUKCAPIL',
        units: [sekretariat(), { name: 'Bidang Pelayanan Pendaftaran Penduduk' }],
      },
      {
        name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
        code: 'DPMPTSP',
        units: [
          sekretariat(),
          { name: 'Bidang Penyelenggaraan Pelayanan Perizinan' },
          { name: 'Bidang Promosi Penanaman Modal' },
        ],
      },
      {
        name: 'Badan Pengelola Keuangan dan Aset Daerah',
        code: 'BPKAD',
        units: [sekretariat(), { name: 'Bidang Perbendaharaan' }, { name: 'Bidang Akuntansi' }],
      },
      {
        name: 'Inspektorat',
        code: 'INSPEKTORAT',
        units: [sekretariat(), { name: 'Inspektur Pembantu Wilayah I' }],
      },
      {
        name: 'Dinas Sosial',
        code: 'DINSOS',
        units: [
          sekretariat(),
          { name: 'Bidang Rehabilitasi Sosial' },
          { name: 'Bidang Pemberdayaan Sosial' },
        ],
      },
      {
        name: 'Dinas Perhubungan',
        code: 'DISHUB',
        units: [sekretariat(), { name: 'Bidang Lalu Lintas' }, { name: 'UPTD Pengujian Kendaraan Bermotor' }],
      },
    ],
  },
];

export interface DemoAccount {
  /** What goes in the login form's tenant field: a slug, or `platform`. */
  tenant: string;
  username: string;
  password: string;
  role: 'platform-admin' | TenantRole;
  /** The agency of agency-level roles, for the printed table. */
  agency: string | null;
}

const agencyName = (t: TenantSeed) => t.agencies.find((a) => a.code === t.demoAgencyCode)!.name;

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    tenant: 'platform',
    username: PLATFORM_ADMIN.username,
    password: DEMO_PASSWORD,
    role: 'platform-admin',
    agency: null,
  },
  ...DEMO_TENANTS.flatMap((t): DemoAccount[] => [
    {
      tenant: t.slug,
      username: t.admin.username,
      password: DEMO_PASSWORD,
      role: 'tenant-admin',
      agency: null,
    },
    ...t.users.map((u) => ({
      tenant: t.slug,
      username: u.username,
      password: DEMO_PASSWORD,
      role: u.role,
      agency: agencyName(t),
    })),
  ]),
];
