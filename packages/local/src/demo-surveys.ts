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
}

const health = (name: string, quality: number, weak: SurveyUnitSeed['weakElement']): SurveyUnitSeed => ({
  agencyCode: 'DINKES',
  name,
  serviceTypes: ['Pemeriksaan umum', 'Kesehatan ibu dan anak', 'Imunisasi', 'Apotek'],
  verification: 'off',
  quality,
  weakElement: weak,
  quarterlyPopulation: 2400,
});

const civilRegistry = (quality: number): SurveyUnitSeed => ({
  agencyCode: 'DISDUKCAPIL',
  name: 'Loket Pelayanan Disdukcapil',
  serviceTypes: ['KTP elektronik', 'Kartu Keluarga', 'Akta Kelahiran', 'Akta Kematian', 'Pindah datang'],
  verification: 'optional',
  quality,
  weakElement: 'U3',
  quarterlyPopulation: 9000,
});

const licensing = (quality: number): SurveyUnitSeed => ({
  agencyCode: 'DPMPTSP',
  name: 'Mal Pelayanan Publik (DPMPTSP)',
  serviceTypes: ['Perizinan berusaha (OSS)', 'Persetujuan bangunan gedung', 'Izin praktik tenaga kesehatan'],
  verification: 'required',
  quality,
  weakElement: 'U4',
  quarterlyPopulation: 1500,
});

export const DEMO_SURVEY_UNITS: Record<string, SurveyUnitSeed[]> = {
  lampung: [civilRegistry(0.78), licensing(0.9), health('UPTD Rumah Sakit Jiwa Daerah', 0.55, 'U9')],
  bandarlampung: [
    civilRegistry(0.62),
    licensing(0.82),
    health('Puskesmas Kedaton', 0.7, 'U8'),
    health('Puskesmas Way Halim', 0.48, 'U3'),
  ],
  palembang: [
    civilRegistry(0.86),
    licensing(0.74),
    health('Puskesmas Plaju', 0.66, 'U9'),
    health('Puskesmas Sukarami', 0.8, 'U8'),
  ],
};

/** Months of demo history, ending with the current month. */
export const DEMO_SURVEY_MONTHS = 6;
/** Demo tenants allow many responses per IP, so a demo from one laptop is never rate-limited. */
export const DEMO_SURVEY_RATE_LIMIT = 100_000;
