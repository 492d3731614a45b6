/**
 * Texts of survey-driven evaluation (issue 14 §5) on the performance pages, Bahasa Indonesia first:
 * the IKM tile and the reason of a departing choice on the organisation rating page, the automatic
 * IKM item and its SKM realisations on the SKP pages, "IKM unit Anda", and the IKM target of the
 * settings. They load with those pages only.
 */
import type { IkmGrade } from '../ikm-api';

export const ikmId = {
  grades: {
    A: 'Sangat Baik',
    B: 'Baik',
    C: 'Kurang Baik',
    D: 'Tidak Baik',
  } satisfies Record<IkmGrade, string>,
  gradeBadge: (grade: string, label: string) => `Mutu ${grade}: ${label}`,
  ikm: 'IKM',
  ikmLong: 'Indeks Kepuasan Masyarakat',
  tile: {
    title: 'Kepuasan masyarakat (IKM)',
    of: (org: string, period: string) => `${org} · ${period}`,
    chooseOrg: 'Pilih organisasi pada formulir untuk melihat IKM-nya pada periode ini.',
    loading: 'Memuat IKM…',
    noValue: 'Belum ada nilai',
    respondentsOfMinimum: (n: string, min: string) => `${n} dari minimal ${min} responden`,
    respondents: (n: string) => `${n} responden`,
    indicative: 'indikatif',
    why: {
      'no-responses':
        'Belum ada warga yang mengisi survei pada periode ini, sehingga belum ada nilai IKM maupun saran predikat.',
      'no-population':
        'Jumlah pengguna layanan (populasi) periode ini belum dicatat, sehingga sampel minimal belum dapat dihitung dan belum ada saran predikat.',
      'below-minimum': (missing: string) =>
        `Masih kurang ${missing} responden untuk mencapai sampel minimal (Krejcie-Morgan), sehingga belum ada saran predikat.`,
    },
    /** The same, where no predikat is at stake (one's own unit's IKM). */
    whyPlain: {
      'no-responses': 'Belum ada warga yang mengisi survei pada periode ini.',
      'no-population':
        'Jumlah pengguna layanan (populasi) periode ini belum dicatat, sehingga sampel minimal belum dapat dihitung.',
      'below-minimum': (missing: string) =>
        `Masih kurang ${missing} responden untuk mencapai sampel minimal (Krejcie-Morgan).`,
    },
    surveyUnits: (n: number) => (n === 1 ? 'Unit layanan SKM' : `Unit layanan SKM (${n})`),
    suggested: 'Predikat yang disarankan',
    suggestedFrom: (grade: string, label: string) =>
      `Dari mutu ${grade} (${label}), menurut pemetaan di Pengaturan kinerja.`,
    noneUnit: (org: string) =>
      `Belum ada unit layanan SKM yang terhubung dengan ${org}, sehingga IKM belum ikut menjadi pertimbangan. Penilaian tetap dapat diberikan seperti biasa.`,
    noneAgency: (org: string) =>
      `${org} belum memiliki unit layanan SKM, sehingga IKM belum ikut menjadi pertimbangan. Penilaian tetap dapat diberikan seperti biasa.`,
    linkUnits: 'Hubungkan unit layanan SKM',
    linkUnitsHint: 'di halaman Unit layanan SKM (pilih “Melayani unit kerja”).',
    forbidden:
      'IKM organisasi ini hanya dapat dilihat oleh pegawai perangkat daerahnya dan admin pemerintah daerah.',
    failed: 'IKM organisasi ini tidak dapat dimuat saat ini.',
  },
  trend: {
    title: 'Tren per bulan',
    chart: (summary: string) => `Grafik IKM per bulan. ${summary}`,
    summary: (rated: string, best: string, worst: string, last: string) =>
      `${rated} bulan bernilai; tertinggi ${best}, terendah ${worst}, terakhir ${last}.`,
    point: (month: string, ikm: string, n: string) => `${month}: IKM ${ikm}, ${n} responden`,
    empty: 'Belum ada responden pada bulan-bulan periode ini.',
    table: 'Tabel IKM per bulan',
    month: 'Bulan',
    respondents: 'Responden',
    grade: 'Mutu',
    noResponses: 'tanpa responden',
    gradeFloor: (grade: string) => `batas mutu ${grade}`,
    target: (n: string) => `target ${n}`,
  },
  rate: {
    suggestedMark: 'disarankan',
    suggestionLine: (ikm: string, grade: string, predikat: string) =>
      `IKM ${ikm} (mutu ${grade}) menyarankan predikat ${predikat}.`,
    indicativeLine: 'IKM periode ini masih indikatif: belum ada saran predikat.',
    reason: 'Alasan',
    required: 'wajib',
    departHint: (suggested: string, chosen: string) =>
      `IKM menyarankan ${suggested}. Jelaskan mengapa organisasi ini dinilai ${chosen}; alasan dicatat bersama penilaian dan IKM saat ini.`,
    reasonMissing: (suggested: string) =>
      `Tuliskan alasan memilih predikat selain ${suggested}, predikat yang disarankan dari IKM.`,
  },
  list: {
    atRating: 'IKM saat dinilai',
    value: (ikm: string, grade: string, label: string) => `${ikm} · mutu ${grade} (${label})`,
    respondents: (n: string) => `${n} responden`,
    suggested: (p: string) => `disarankan ${p}`,
    departed: 'berbeda dari saran',
    indicative: 'indikatif, tanpa saran',
    noValue: 'belum ada responden',
  },
  skp: {
    source: 'Otomatis dari SKM',
    locked:
      'Hasil kerja ini ditambahkan otomatis karena unit Anda melayani masyarakat lewat unit layanan SKM. Rumusan, indikator, dan targetnya mengikuti Pengaturan kinerja dan tidak dapat diubah atau dihapus; ekspektasi pimpinan tetap dapat diisi.',
    bySurvey:
      'Realisasinya diisi otomatis dari survei kepuasan masyarakat (SKM) setiap periode, tidak diketik.',
    fromSurvey: 'otomatis dari SKM',
    note: (n: string, grade: string, label: string) => `${n} responden SKM, mutu ${grade} (${label})`,
    met: (target: string) => `target ${target} tercapai`,
    notMet: (target: string) => `di bawah target ${target}`,
    indicators: 'Indikator',
    target: 'Target',
  },
  mine: {
    title: 'IKM unit Anda',
    intro: (unit: string, period: string) =>
      `Kepuasan masyarakat atas layanan ${unit} pada ${period}, dari survei SKM unit layanannya.`,
    unitFallback: 'unit Anda',
  },
  settings: {
    target: 'Target IKM kepala unit layanan',
    targetHint:
      'Target hasil kerja otomatis “IKM unit ≥ target” pada SKP kepala unit yang terhubung dengan unit layanan SKM: 25 sampai 100 (mutu B mulai 76,61). Berlaku untuk SKP yang dibuat sesudah disimpan.',
    problems: {
      required: 'Isi target IKM.',
      number: 'Isi angka, misalnya 76,61.',
      range: 'Target IKM antara 25 dan 100.',
      decimals: 'Paling banyak dua angka di belakang koma, misalnya 76,61.',
    },
  },
};

export type IkmDictionary = typeof ikmId;
