/**
 * Texts of the assessment and organisation-rating pages (issue 14 §2, §6) and of the performance
 * home tiles, Bahasa Indonesia first. They load with those pages only (the tiles' few words are in
 * ../assessment-tiles.ts).
 */
import type { CapWords, PeriodWords, Predikat } from '../assessment-model';

const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const monthName = (m: string) => `${MONTHS[Number(m.slice(5, 7)) - 1] ?? m} ${m.slice(0, 4)}`;
const monthShort = (m: string) => `${(MONTHS[Number(m.slice(5, 7)) - 1] ?? m).slice(0, 3)} ${m.slice(0, 4)}`;

const periods: PeriodWords = {
  year: (year) => `Tahun ${year}`,
  quarter: (roman, year) => `Triwulan ${roman} ${year}`,
  semester: (roman, year) => `Semester ${roman} ${year}`,
  month: monthName,
  range: (start, end) => `${monthShort(start)} – ${monthShort(end)}`,
};

const predikat: Record<Predikat, string> = {
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang',
  SANGAT_KURANG: 'Sangat Kurang',
};

const caps: CapWords = {
  predikat: (p) => predikat[p],
  or: 'atau',
  maxShort: (what, pct) => `${what} (maks. ${pct}%)`,
  minShort: (what, pct) => `${what} (min. ${pct}%)`,
  someShort: (what) => `${what} (min. 1 orang)`,
  max: (allowed, total, what, pct) =>
    `Paling banyak ${allowed} dari ${total} pegawai berpredikat ${what} (${pct}%)`,
  min: (allowed, total, what, pct) =>
    `Paling sedikit ${allowed} dari ${total} pegawai berpredikat ${what} (${pct}%)`,
  some: (allowed, what) =>
    allowed > 0
      ? `Harus ada pegawai berpredikat ${what} (paling sedikit ${allowed})`
      : `Harus ada pegawai berpredikat ${what} (belum berlaku: belum ada yang dinilai)`,
};

export const assessmentId = {
  periods,
  caps,
  predikat,
  orgPredikat: {
    ISTIMEWA: 'Istimewa',
    BAIK: 'Baik',
    BUTUH_PERBAIKAN: 'Butuh Perbaikan',
    KURANG: 'Kurang',
    SANGAT_KURANG: 'Sangat Kurang',
  },
  ratings: {
    above: 'Di atas ekspektasi',
    meets: 'Sesuai ekspektasi',
    below: 'Di bawah ekspektasi',
  },
  berakhlak: {
    BERORIENTASI_PELAYANAN: 'Berorientasi Pelayanan',
    AKUNTABEL: 'Akuntabel',
    KOMPETEN: 'Kompeten',
    HARMONIS: 'Harmonis',
    LOYAL: 'Loyal',
    ADAPTIF: 'Adaptif',
    KOLABORATIF: 'Kolaboratif',
  },
  skpStatus: { draft: 'Draf', submitted: 'Diajukan', approved: 'Disetujui' },
  orgKind: { unit: 'Unit', agency: 'Perangkat daerah' },
  picker: {
    year: 'Tahun',
    period: 'Periode penilaian',
    prevYear: (y: number) => `Tahun sebelumnya (${y})`,
    nextYear: (y: number) => `Tahun berikutnya (${y})`,
    agency: 'Perangkat daerah',
    allAgencies: 'Semua perangkat daerah',
    chooseAgency: 'Pilih perangkat daerah',
    unit: 'Unit',
    wholeAgency: 'Seluruh perangkat daerah',
    org: 'Organisasi',
    orgUnit: (name: string) => `Unit: ${name}`,
    orgAgency: (name: string) => `Perangkat daerah: ${name}`,
  },
  page: {
    title: 'Penilaian kinerja',
    intro:
      'Nilai hasil kerja dan perilaku kerja pegawai yang Anda nilai sebagai atasan langsung. Predikat mengikuti matriks predikat pemerintah daerah Anda, dan sebaran predikat dibandingkan dengan batas distribusi organisasi (PermenPANRB 6/2022).',
    settingsError:
      'Pengaturan kinerja tidak dapat dimuat, sehingga periode dan matriks predikat belum tersedia.',
  },
  team: {
    title: 'Tim yang Anda nilai',
    count: (n: string) => `${n} pegawai`,
    empty: (year: number) =>
      `Tidak ada SKP tahun ${year} yang Anda nilai. Daftar ini berisi pegawai yang atasan langsungnya adalah Anda, setelah SKP mereka dibuat.`,
    adminIntro:
      'Sebagai admin, pilih perangkat daerah atau unit untuk melihat sebaran predikat terhadap batasnya dan daftar penilaiannya, lalu finalkan penilaian periode itu.',
    notLinked: 'Akun Anda tidak terhubung dengan data pegawai, sehingga tidak ada tim untuk Anda nilai.',
    notAssessed: 'Belum dinilai',
    assessedOn: (name: string, date: string) => `dinilai ${name}, ${date}`,
    fromOrg: 'hasil kerja mengikuti predikat organisasinya',
    notApproved: 'SKP belum disetujui: penilaian dibuka setelah SKP disetujui.',
    finalised: 'Penilaian periode ini sudah final.',
    assess: 'Nilai',
    reassess: 'Ubah penilaian',
    waiting: (n: string) => `${n} menunggu penilaian`,
    allDone: 'tidak ada yang menunggu penilaian pada periode ini',
    position: (pos: string | null, unit: string | null) => [pos, unit].filter(Boolean).join(' · '),
    hasil: 'Hasil kerja',
    perilaku: 'Perilaku',
  },
  form: {
    title: (name: string) => `Penilaian ${name}`,
    hasil: 'Hasil kerja',
    hasilHint: 'Capaian indikator SKP pada periode ini dibanding ekspektasi pimpinan.',
    perilaku: 'Perilaku kerja',
    perilakuHint: 'Perilaku pada tujuh nilai BerAKHLAK dibanding ekspektasi pimpinan.',
    predikat: 'Predikat',
    predikatPending: 'Pilih hasil kerja dan perilaku kerja untuk melihat predikatnya.',
    predikatFrom: 'menurut matriks predikat pemerintah daerah Anda',
    notes: 'Catatan perilaku per nilai BerAKHLAK',
    notesHint: 'Opsional. Catatan tampil bagi pegawai bersama penilaiannya.',
    expectation: (text: string) => `Ekspektasi pimpinan: ${text}`,
    save: 'Simpan penilaian',
    saved: (name: string, predikat: string) => `Penilaian ${name} tersimpan: ${predikat}.`,
    loading: 'Memuat SKP…',
    cannotAssess:
      'Anda tidak dapat menilai SKP ini: hanya pejabat penilai (atasan langsung) yang menilai, dan SKP harus sudah disetujui.',
    choose: 'Pilih salah satu.',
    headRule: (rating: string, org: string | null) =>
      org
        ? `Pegawai ini memimpin organisasi berpredikat ${org}, sehingga hasil kerjanya mengikuti predikat itu: pilih “${rating}”.`
        : `Pegawai ini memimpin organisasi, sehingga hasil kerjanya mengikuti predikat organisasinya: pilih “${rating}”.`,
    noteTooLong: 'Catatan paling panjang 2.000 karakter.',
    refusals: {
      finalised:
        'Penilaian organisasi ini untuk periode tersebut sudah final, sehingga tidak dapat diubah lagi.',
      headUnrated:
        'Pegawai ini memimpin unit atau perangkat daerah yang belum dinilai untuk periode ini. Nilai organisasinya dulu di halaman Penilaian organisasi, karena hasil kerjanya mengikuti penilaian itu.',
      notApproved: 'SKP ini belum disetujui, sehingga belum dapat dinilai.',
      changed: 'Penilaian atau SKP ini berubah sementara Anda mengisinya. Muat ulang, lalu nilai lagi.',
      forbidden: 'Hanya pejabat penilai (atasan langsung) pegawai ini yang dapat menilainya.',
    },
  },
  dist: {
    title: 'Sebaran predikat',
    intro:
      'Jumlah pegawai per predikat dibanding batas yang berlaku untuk predikat organisasi. Diperbarui setiap kali penilaian disimpan.',
    orgRated: 'Predikat organisasi:',
    unrated:
      'Organisasi ini belum dinilai untuk periode ini. Batas distribusi berlaku setelah organisasinya dinilai.',
    rateLink: 'Buka penilaian organisasi',
    assessed: (n: string) => `${n} pegawai dinilai`,
    none: 'Belum ada pegawai yang dinilai pada periode ini.',
    countsCaption: 'Jumlah pegawai per predikat',
    chart: (summary: string) => `Batas distribusi dan jumlah yang diberikan: ${summary}`,
    chartItem: (cap: string, given: string, allowed: string) =>
      `${cap}: ${given} diberikan, batas ${allowed}`,
    given: 'Diberikan',
    allowed: 'Batas',
    tableCaption: 'Batas distribusi',
    rule: 'Ketentuan',
    ok: 'Sesuai',
    over: 'Melampaui batas',
    short: 'Belum terpenuhi',
    statusOk: 'Sebaran memenuhi semua batas: penilaian dapat difinalkan.',
    statusExceeded: 'Sebaran belum memenuhi batas, sehingga penilaian belum dapat difinalkan.',
    finalised: (name: string, date: string) => `Final sejak ${date}, oleh ${name}.`,
    finalBadge: 'Final',
    forbidden: 'Sebaran organisasi ini hanya untuk pegawai dan admin perangkat daerahnya.',
    chooseOrg: 'Pilih organisasi untuk melihat sebaran predikatnya.',
  },
  finalise: {
    button: 'Finalkan',
    question: (org: string, period: string) =>
      `Finalkan semua penilaian ${org} untuk ${period}? Setelah final, penilaian tidak dapat diubah.`,
    done: (org: string, period: string) => `Penilaian ${org} untuk ${period} sudah final.`,
    refused: 'Penilaian tidak difinalkan: sebaran predikat melanggar batas berikut.',
    refusedCap: (cap: string, given: string) => `${cap}; diberikan ${given}.`,
    refusedFix: 'Ubah penilaian yang perlu, lalu finalkan lagi. Tidak ada yang difinalkan.',
    refusals: {
      finalised: 'Penilaian organisasi ini untuk periode tersebut sudah final.',
      unrated:
        'Organisasi ini belum dinilai untuk periode ini; predikatnya menentukan batas. Nilai organisasinya dulu.',
      empty: 'Belum ada penilaian pada organisasi dan periode ini untuk difinalkan.',
      changed: 'Penilaian atau predikat organisasi berubah saat difinalkan. Periksa sebaran, lalu coba lagi.',
      forbidden:
        'Hanya kepala organisasi ini atau admin perangkat daerahnya yang dapat memfinalkan penilaiannya.',
    },
  },
  orgList: {
    title: 'Penilaian di organisasi ini',
    employee: 'Pegawai',
    unit: 'Unit',
    assessedBy: 'Dinilai oleh',
    empty: 'Belum ada penilaian pada organisasi dan periode ini.',
    forbidden: 'Daftar penilaian organisasi ini hanya untuk kepala organisasi, pejabat penilai dan admin.',
  },
  orgRatings: {
    title: 'Penilaian organisasi',
    intro:
      'Predikat kinerja organisasi menentukan batas distribusi predikat pegawainya. Unit dinilai oleh kepala organisasi di atasnya; perangkat daerah dinilai oleh admin pemerintah daerah untuk kepala daerah.',
    listTitle: (period: string) => `Penilaian ${period}`,
    empty: 'Belum ada organisasi yang dinilai pada periode ini.',
    org: 'Organisasi',
    kind: 'Jenis',
    predikat: 'Predikat',
    indicators: 'Indikator',
    indicatorCount: (n: string) => `${n} indikator`,
    noIndicators: 'Tanpa indikator',
    reason: 'Alasan',
    ratedBy: 'Dinilai oleh',
    ratedAt: (name: string, date: string) => `${name}, ${date}`,
    target: 'Target',
    realisation: 'Realisasi',
    indicatorText: 'Indikator kinerja',
    change: 'Ubah',
    rate: 'Nilai',
    formTitle: 'Beri penilaian organisasi',
    formTitleFor: (name: string) => `Penilaian ${name}`,
    chooseOrg: 'Pilih organisasi',
    orgOption: (kind: string, name: string) => `${kind}: ${name}`,
    addIndicator: 'Tambah indikator',
    removeIndicator: (n: number) => `Hapus indikator ${n}`,
    reasonHint: 'Opsional: dasar penilaian, misalnya capaian indikator kinerja utama.',
    save: 'Simpan penilaian',
    saved: (name: string, p: string, period: string) => `${name} dinilai ${p} untuk ${period}.`,
    whoRates:
      'Anda dapat melihat penilaian organisasi di perangkat daerah Anda. Penilaian diberikan oleh kepala organisasi di atasnya, atau oleh admin pemerintah daerah untuk perangkat daerah.',
    headRates:
      'Anda dapat menilai unit yang dipimpin oleh pegawai yang Anda nilai. Organisasi yang Anda pimpin sendiri dinilai oleh atasan Anda, atau oleh admin pemerintah daerah.',
    adminRates: 'Sebagai admin pemerintah daerah, Anda mencatat penilaian perangkat daerah dan unitnya.',
    forbidden:
      'Anda tidak berwenang menilai organisasi ini: unit dinilai oleh kepala organisasi di atasnya (bukan kepalanya sendiri), perangkat daerah oleh admin pemerintah daerah.',
    finalised:
      'Penilaian pegawai organisasi ini untuk periode tersebut sudah final, sehingga predikatnya tidak dapat diubah.',
    changed: 'Penilaian organisasi ini diubah orang lain. Muat ulang, lalu coba lagi.',
    number: 'Isi angka, misalnya 95 atau 92,5.',
    listForbidden: 'Penilaian organisasi perangkat daerah lain bukan untuk Anda lihat.',
    chooseAgencyFirst: 'Pilih perangkat daerah untuk melihat dan memberi penilaian unitnya.',
  },
};

export type AssessmentDictionary = typeof assessmentId;
