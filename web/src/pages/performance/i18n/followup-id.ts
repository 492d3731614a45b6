/**
 * Texts of the follow-up register (issue 14 §4, §6): the talent pool, coaching plans with their
 * check-ins, discipline referrals with their outcome, and the SKP report. Bahasa Indonesia first;
 * they load with that page only. Predikats are named by ./assessment-id (PredikatBadge).
 */
import type { FollowUpKind, FollowUpReason, FollowUpStatus, ReferralOutcome } from '../followup-api';

const kinds: Record<FollowUpKind, string> = {
  'talent-pool': 'Talent pool',
  coaching: 'Pembinaan',
  'discipline-referral': 'Rujukan disiplin',
};

const span = (years: readonly number[]) =>
  years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0] ?? '');

const reasons: Record<FollowUpReason, (years: readonly number[]) => string> = {
  'sangat-baik-consecutive': (years) =>
    `Sangat Baik ${years.length} tahun berturut-turut (${span(years)}): prioritas kenaikan pangkat dan pelatihan`,
  'butuh-perbaikan-or-worse': (years) => `Predikat ${span(years)} Butuh Perbaikan atau lebih rendah`,
  'kurang-or-sangat-kurang': (years) => `Predikat ${span(years)} Kurang atau Sangat Kurang`,
  'persistent-low-predikat': (years) =>
    `Predikat rendah ${years.length} tahun berturut-turut (${span(years)})`,
};

const outcomes: Record<ReferralOutcome, string> = {
  'no-violation': 'Tidak terbukti melanggar',
  light: 'Hukuman disiplin ringan',
  moderate: 'Hukuman disiplin sedang',
  severe: 'Hukuman disiplin berat',
  withdrawn: 'Rujukan dicabut',
};

const status: Record<FollowUpKind, Partial<Record<FollowUpStatus, string>>> = {
  'talent-pool': { noted: 'Masuk talent pool' },
  coaching: {
    'to-do': 'Belum ada rencana pembinaan',
    planned: 'Rencana pembinaan dibuat',
    'in-progress': 'Pembinaan berjalan',
  },
  'discipline-referral': {
    'to-do': 'Belum dirujuk',
    referred: 'Dirujuk, menunggu hasil',
    decided: 'Hasil sudah dicatat',
  },
};

export const followUpId = {
  page: {
    title: 'Register tindak lanjut kinerja',
    intro:
      'Tindak lanjut predikat kinerja tahunan: pegawai Sangat Baik dua tahun berturut-turut masuk talent pool, predikat Butuh Perbaikan atau lebih rendah mendapat pembinaan, dan predikat Kurang atau Sangat Kurang (atau predikat rendah yang berlanjut) dirujuk ke proses disiplin PP 94/2021.',
    yearHint: 'Secara bawaan tampil tahun lalu: predikat suatu tahun ditindaklanjuti pada tahun berikutnya.',
    notLinked:
      'Akun ini tidak terhubung dengan data pegawai, sehingga tidak ada tindak lanjut atas predikat Anda sendiri.',
  },
  year: {
    nav: 'Tahun penilaian',
    prev: (year: number) => `Tahun sebelumnya (${year})`,
    next: (year: number) => `Tahun berikutnya (${year})`,
  },
  agency: {
    label: 'Perangkat daerah',
    choose: 'Pilih perangkat daerah',
    prompt: 'Pilih perangkat daerah untuk melihat register tindak lanjutnya.',
  },
  kinds,
  kindIntro: {
    'talent-pool':
      'Pegawai ini didahulukan dalam daftar kenaikan pangkat dan pelatihan. Tidak ada yang perlu dicatat.',
    coaching:
      'Pejabat penilai (atasan langsung) atau admin membuat rencana pembinaan dengan tujuan dan jadwal pertemuan, lalu mencatat setiap pertemuan yang berlangsung.',
    'discipline-referral':
      'Admin kepegawaian mencatat rujukan ke proses disiplin PP 94/2021 dan hasilnya. Pemeriksaan dan penjatuhan hukuman berlangsung di luar Pamong.',
  } as Record<FollowUpKind, string>,
  empty: {
    'talent-pool': (year: number) => `Tidak ada pegawai di talent pool untuk ${year}.`,
    coaching: (year: number) => `Tidak ada pegawai yang perlu pembinaan untuk ${year}.`,
    'discipline-referral': (year: number) => `Tidak ada pegawai yang perlu dirujuk untuk ${year}.`,
  } as Record<FollowUpKind, (year: number) => string>,
  emptyYear: (year: number) =>
    `Belum ada tindak lanjut untuk ${year}: predikat kinerja tahunan ${year} belum ada, atau tidak ada yang perlu ditindaklanjuti.`,
  reasons,
  outcomes,
  status,
  checkInStatus: { planned: 'Terjadwal', held: 'Terlaksana' } as Record<'planned' | 'held', string>,
  row: {
    nip: (nip: string) => `NIP ${nip}`,
    noNip: 'NIP belum tercatat',
    noUnit: 'Unit belum tercatat',
    predikats: 'Predikat tahunan',
    predikatYear: (year: number) => `${year}:`,
    appraiser: (name: string) => `Pejabat penilai: ${name}`,
    coach: (name: string) => `Pembina: ${name}`,
    progress: (held: number, total: number) =>
      total === 0 ? 'Belum ada pertemuan terjadwal' : `${held} dari ${total} pertemuan terlaksana`,
    nextCheckIn: (date: string) => `Pertemuan berikutnya ${date}`,
    planBy: (name: string, date: string) => `Dibuat oleh ${name}, ${date}`,
    referredBy: (name: string, date: string) => `Dirujuk oleh ${name}, ${date}`,
    decided: (outcome: string, date: string) => `${outcome} (diputuskan ${date})`,
    recordedBy: (name: string) => `Dicatat oleh ${name}`,
    notCurrent: 'Tidak berlaku lagi',
    notCurrentHint: (predikat: string) =>
      `Penilaian tahunan diubah setelah tindak lanjut ini dicatat (kini ${predikat}). Catatannya tetap disimpan.`,
    details: 'Rincian rencana pembinaan',
    goals: 'Tujuan pembinaan',
    checkIns: 'Pertemuan',
    noCheckIns: 'Belum ada pertemuan.',
    referralNote: 'Catatan rujukan',
    outcomeNote: 'Catatan hasil',
    self: 'Tindak lanjut atas diri Anda sendiri dicatat oleh atasan atau admin.',
  },
  actions: {
    createPlan: 'Buat rencana pembinaan',
    checkIn: 'Catat pertemuan',
    refer: 'Catat rujukan',
    outcome: 'Catat hasil',
    changeOutcome: 'Ubah hasil',
    for: (action: string, name: string) => `${action}: ${name}`,
  },
  summary: {
    title: 'Ringkasan',
    chart: (items: string) => `Jumlah pegawai per kategori tindak lanjut: ${items}`,
    chartItem: (kind: string, total: string, waiting: string) =>
      `${kind} ${total} (menunggu tindakan ${waiting})`,
    caption: (year: number) => `Tindak lanjut predikat ${year} per kategori`,
    kind: 'Kategori',
    total: 'Jumlah pegawai',
    waiting: 'Menunggu tindakan',
    recorded: 'Sudah dicatat',
    notApplicable: 'tidak perlu dicatat',
    partial: (n: string) => `Ringkasan dari ${n} baris pertama register.`,
  },
  list: {
    label: 'Kategori tindak lanjut',
    tab: (kind: string, n: string) => `${kind} (${n})`,
    showMore: (n: string) => `Tampilkan ${n} lagi`,
    loadMore: 'Muat baris berikutnya',
    more: 'Register ini panjang: baris berikutnya belum dimuat.',
  },
  own: {
    title: (year: number) => `Tindak lanjut kinerja saya (${year})`,
    empty: (year: number) => `Tidak ada tindak lanjut atas predikat kinerja tahunan Anda untuk ${year}.`,
  },
  team: {
    title: (year: number) => `Tindak lanjut pegawai yang Anda nilai (${year})`,
    intro:
      'Tindak lanjut pegawai yang predikat tahunannya Anda nilai. Sebagai pejabat penilai, Anda membuat rencana pembinaan bagi yang mendapat Butuh Perbaikan atau lebih rendah dan mencatat pertemuannya.',
    empty: (year: number) => `Tidak ada tindak lanjut ${year} bagi pegawai yang Anda nilai.`,
  },
  report: {
    button: 'Unduh laporan SKP (XLSX)',
    busy: 'Menyiapkan laporan…',
    hint: (year: number) => `SKP, realisasi per periode dan predikat tahunan ${year} untuk e-Kinerja.`,
    truncated:
      'Laporan dipotong pada 3.000 SKP. Hubungi admin platform bila perangkat daerah ini memiliki lebih banyak SKP.',
    forbidden: 'Laporan SKP hanya untuk admin perangkat daerah ini.',
  },
  form: {
    planTitle: (name: string) => `Rencana pembinaan: ${name}`,
    planIntro: (from: string, until: string) =>
      `Tanggal pertemuan antara ${from} dan ${until}. Pertemuan yang sudah berlangsung dicatat setelahnya dengan "Catat pertemuan".`,
    goals: 'Tujuan pembinaan',
    goal: (n: number) => `Tujuan ${n}`,
    addGoal: 'Tambah tujuan',
    removeGoal: (n: number) => `Hapus tujuan ${n}`,
    goalsHint: 'Satu sampai sepuluh tujuan, misalnya "Laporan bulanan disampaikan tepat waktu".',
    checkIns: 'Jadwal pertemuan',
    checkInsHint: 'Boleh dikosongkan dan dicatat kemudian.',
    checkInDate: (n: number) => `Tanggal pertemuan ${n}`,
    checkInAgenda: (n: number) => `Agenda pertemuan ${n}`,
    addCheckIn: 'Tambah pertemuan',
    removeCheckIn: (n: number) => `Hapus pertemuan ${n}`,
    savePlan: 'Simpan rencana',
    checkInTitle: (name: string) => `Catat pertemuan: ${name}`,
    date: 'Tanggal pertemuan',
    dateHint: 'Pertemuan yang sudah berlangsung (paling lambat hari ini).',
    plannedDates: (dates: string) =>
      `Terjadwal: ${dates}. Pilih tanggalnya untuk menandai pertemuan itu terlaksana.`,
    note: 'Yang dibahas',
    saveCheckIn: 'Simpan pertemuan',
    referTitle: (name: string) => `Catat rujukan: ${name}`,
    referIntro: (name: string, year: number) =>
      `Mencatat bahwa ${name} dirujuk ke proses disiplin PP 94/2021 atas predikat ${year}.`,
    referNote: 'Catatan',
    referNoteHint: 'Misalnya kepada siapa rujukan disampaikan.',
    saveRefer: 'Simpan rujukan',
    outcomeTitle: (name: string) => `Hasil rujukan: ${name}`,
    outcome: 'Hasil',
    chooseOutcome: 'Pilih hasil',
    decidedOn: 'Tanggal keputusan',
    outcomeNote: 'Catatan',
    outcomeNoteHint: 'Misalnya nomor keputusan.',
    saveOutcome: 'Simpan hasil',
  },
  saved: {
    plan: (name: string) => `Rencana pembinaan untuk ${name} disimpan.`,
    checkIn: (name: string, date: string) => `Pertemuan ${date} dengan ${name} dicatat.`,
    refer: (name: string) => `Rujukan ${name} dicatat.`,
    outcome: (name: string, outcome: string) => `Hasil rujukan ${name}: ${outcome}.`,
  },
  problems: {
    required: 'Wajib diisi.',
    invalid: 'Isian ini belum benar.',
    invalidDate: 'Isi tanggal yang benar.',
    tooLong: (n: number) => `Paling banyak ${n} karakter.`,
    noGoals: 'Isi paling sedikit satu tujuan pembinaan.',
    tooManyGoals: 'Paling banyak sepuluh tujuan.',
    tooManyCheckIns: 'Paling banyak 24 pertemuan terjadwal.',
    notAscending: 'Harus setelah tanggal pertemuan sebelumnya.',
    beforeYear: (date: string) => `Tidak boleh sebelum ${date}, awal tahun yang ditindaklanjuti.`,
    afterWindow: (date: string) =>
      `Tidak boleh setelah ${date}: pembinaan atas predikat suatu tahun selesai paling lambat tahun berikutnya.`,
    futureCheckIn: 'Tanggal ini belum lewat: catat pertemuan setelah berlangsung.',
    futureDecision: 'Tanggal ini belum lewat: catat hasil setelah diputuskan.',
    chooseOutcome: 'Pilih hasil rujukan.',
    checkFields: 'Ada isian yang belum benar. Periksa kolom yang ditandai.',
    fields: {
      period: 'Periode',
      employeeId: 'Pegawai',
      year: 'Tahun',
      version: 'Versi data',
    } as Record<string, string>,
    planExists: (name: string, year: number) =>
      `${name} sudah memiliki rencana pembinaan untuk ${year}. Catat pertemuan yang sudah berlangsung dengan "Catat pertemuan".`,
    noPredikat: (name: string, year: number) =>
      `${name} belum memiliki predikat kinerja tahunan ${year}, jadi belum ada yang perlu ditindaklanjuti.`,
    notCoaching: (name: string, year: number) =>
      `Predikat tahunan ${year} ${name} tidak lagi Butuh Perbaikan atau lebih rendah, jadi tidak perlu rencana pembinaan. Muat ulang halaman.`,
    notReferral: (name: string, year: number) =>
      `Predikat ${name} sampai ${year} tidak lagi mengarah ke rujukan disiplin. Muat ulang halaman.`,
    assessmentChanged: (name: string) =>
      `Penilaian tahunan ${name} baru saja diubah. Register dimuat ulang; periksa lalu simpan lagi.`,
    checkInExists: (date: string) => `Pertemuan tanggal ${date} sudah dicatat. Pilih tanggal lain.`,
    planFull: 'Rencana pembinaan ini sudah memuat 48 pertemuan, jumlah terbanyak.',
    referralExists: (name: string, year: number) => `Rujukan ${name} untuk ${year} sudah dicatat.`,
    noPlan: (name: string) => `${name} belum memiliki rencana pembinaan. Buat rencananya terlebih dahulu.`,
    changed: 'Data ini baru saja diubah orang lain. Register dimuat ulang; periksa lalu simpan lagi.',
    forbidden: 'Anda tidak berwenang mencatat tindak lanjut ini.',
    notFound: 'Data tindak lanjut ini tidak ditemukan. Muat ulang halaman.',
    registerForbidden: 'Register perangkat daerah ini bukan untuk Anda lihat.',
  },
};

export type FollowUpDictionary = typeof followUpId;
