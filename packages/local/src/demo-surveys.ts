/**
 * Demo survey units per demo tenant, by the code of the agency they belong to. `quality` (0-1)
 * shapes the generated answers, so the demo shows units in different grades and a weakest element
 * worth improving.
 */
export interface SurveyUnitSeed {
  agencyCode: string;
  name: string;
  serviceTypes: string[];
  verification: 'off' | 'optional' | 'required';
  quality: number;
  /** The element this unit does worst on, so the report's "weakest three" means something. */
  weakElement: 'U3' | 'U4' | 'U8' | 'U9';
  /** Population (service users) per quarter, for the Krejcie-Morgan check. */
  quarterlyPopulation: number;
  /**
   * The unit of the agency that serves the survey's citizens (issue 14 §5): its IKM then feeds
   * that unit's organisation rating and its head's SKP. `first-bidang`: the first Bidang of the
   * agency, the one the demo `atasan` heads in the education agency. Absent: the agency as a whole.
   */
  serves?: string;
}

const health = (
  name: string,
  quality: number,
  weak: SurveyUnitSeed['weakElement'],
  serves?: string,
): SurveyUnitSeed => ({
  agencyCode: 'DINKES',
  ...(serves ? { serves } : {}),
  name,
  serviceTypes: ['Pemeriksaan umum', 'Kesehatan ibu dan anak', 'Imunisasi', 'Apotek'],
  verification: 'off',
  quality,
  weakElement: weak,
  quarterlyPopulation: 2400,
});

const civilRegistry = (quality: number, serves: string): SurveyUnitSeed => ({
  agencyCode: 'DISDUKCAPIL',
  serves,
  name: 'Loket Pelayanan Disdukcapil',
  serviceTypes: ['KTP elektronik', 'Kartu Keluarga', 'Akta Kelahiran', 'Akta Kematian', 'Pindah datang'],
  verification: 'optional',
  quality,
  weakElement: 'U3',
  quarterlyPopulation: 9000,
});

const licensing = (quality: number, serves?: string): SurveyUnitSeed => ({
  agencyCode: 'DPMPTSP',
  ...(serves ? { serves } : {}),
  name: 'Mal Pelayanan Publik (DPMPTSP)',
  serviceTypes: ['Perizinan berusaha (OSS)', 'Persetujuan bangunan gedung', 'Izin praktik tenaga kesehatan'],
  verification: 'required',
  quality,
  weakElement: 'U4',
  quarterlyPopulation: 1500,
});

/**
 * The education agency's citizen counter, served by the Bidang the demo `atasan` heads and
 * `pegawai` works in: its IKM is on that unit's organisation rating, on `atasan`'s SKP as the
 * automatic IKM item and on `pegawai`'s SKP page as their unit's trend.
 */
const education = (agencyCode: string, quality: number): SurveyUnitSeed => ({
  agencyCode,
  name: 'Layanan Mutasi Siswa dan Legalisir Ijazah',
  serviceTypes: ['Mutasi siswa', 'Legalisir ijazah', 'Surat keterangan pengganti ijazah'],
  verification: 'off',
  quality,
  weakElement: 'U4',
  quarterlyPopulation: 120,
  serves: 'first-bidang',
});

export const DEMO_SURVEY_UNITS: Record<string, SurveyUnitSeed[]> = {
  lampung: [
    civilRegistry(0.78, 'Bidang Fasilitasi Pelayanan Administrasi Kependudukan'),
    licensing(0.9, 'Bidang Pelayanan Perizinan'),
    health('UPTD Rumah Sakit Jiwa Daerah', 0.55, 'U9'),
    education('DISDIKBUD', 0.84),
  ],
  bandarlampung: [
    civilRegistry(0.62, 'Bidang Pelayanan Pendaftaran Penduduk'),
    licensing(0.82, 'Bidang Pelayanan Perizinan'),
    health('Puskesmas Kedaton', 0.7, 'U8', 'UPTD Puskesmas Kedaton'),
    health('Puskesmas Way Halim', 0.48, 'U3', 'UPTD Puskesmas Way Halim'),
    education('DISDIK', 0.76),
  ],
  palembang: [
    civilRegistry(0.86, 'Bidang Pelayanan Pendaftaran Penduduk'),
    licensing(0.74, 'Bidang Penyelenggaraan Pelayanan Perizinan'),
    health('Puskesmas Plaju', 0.66, 'U9'),
    health('Puskesmas Sukarami', 0.8, 'U8'),
    education('DISDIK', 0.88),
  ],
};

/** Months of demo history, ending with the current month. */
export const DEMO_SURVEY_MONTHS = 6;
/** Demo tenants allow many responses per IP, so a demo from one laptop is never rate-limited. */
export const DEMO_SURVEY_RATE_LIMIT = 100_000;
