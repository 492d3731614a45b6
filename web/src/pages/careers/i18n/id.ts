/** The texts of the careers pages: promotions and retirements. */
export const careersId = {
  none: '–',
  noData: 'tidak ada data',
  allAgencies: 'Semua instansi',
  agency: 'Instansi',
  employee: 'Pegawai',
  ownAgencyOnly: 'Anda mengelola data instansi Anda sendiri.',
  title: 'Karier',
  tabs: {
    label: 'Bagian',
    promotions: 'Kenaikan pangkat',
    retirements: 'Pensiun',
  },
  predikats: {
    SANGAT_BAIK: 'Sangat Baik',
    BAIK: 'Baik',
    BUTUH_PERBAIKAN: 'Butuh Perbaikan',
    KURANG: 'Kurang',
    SANGAT_KURANG: 'Sangat Kurang',
  },
  promotions: {
    intro:
      'PNS dengan masa kerja minimal 4 tahun dalam pangkat sekarang, diurutkan menurut merit: rata-rata predikat kinerja dua tahun terakhir, lalu masa dalam pangkat. Pegawai tanpa data kinerja ditaruh paling akhir.',
    asOf: 'Per tanggal',
    listCaption: (date: string) => `Pegawai yang memenuhi syarat kenaikan pangkat per ${date}`,
    order: 'Urutan',
    rank: 'Pangkat',
    rankMove: (from: string, to: string) => `${from} → ${to}`,
    yearsInRank: 'Masa dalam pangkat',
    yearsMonths: (y: number, m: number) => `${y} tahun ${m} bulan`,
    since: (date: string) => `sejak ${date}`,
    performance: 'Kinerja',
    merit: (n: string) => `Skor merit ${n}`,
    eligible: 'Memenuhi syarat',
    notEligible: 'Belum memenuhi',
  },
  retirements: {
    intro: 'Pegawai yang mencapai batas usia pensiun (BUP) dalam periode berikut.',
    window: 'Jangka waktu',
    months: (n: number) => `${n} bulan`,
    perAgency: 'Jumlah pensiun per instansi',
    chartLabel: (months: number, total: number) =>
      `Diagram batang: ${total} pegawai pensiun dalam ${months} bulan, per instansi`,
    count: 'Jumlah',
    listCaption: (months: number) => `Pegawai yang pensiun dalam ${months} bulan`,
    date: 'TMT pensiun',
    bup: 'BUP',
    bupYears: (n: number) => `${n} tahun`,
    position: 'Jabatan',
    truncated: (n: number) => `Menampilkan ${n} pegawai pertama.`,
  },
};

export type CareersDictionary = typeof careersId;
