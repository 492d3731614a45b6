/**
 * Texts of the round's "Pengumuman" tab and the objection decision on the verification screen
 * (issue 12 §5, staff), Bahasa Indonesia first.
 */
export type AdminStage = 'ADMINISTRATION' | 'ADMINISTRATION_AFTER_OBJECTION';
export type AnnouncementStageKey = AdminStage | 'SKD' | 'SKB' | 'FINAL';

export const announcementsId = {
  tab: 'Pengumuman',
  title: 'Pengumuman',
  intro:
    'Versi pengumuman seleksi ini, dari yang pertama. Setiap versi tidak dapat diubah; perbaikan diterbitkan sebagai versi baru yang tersambung ke versi sebelumnya.',
  notPublished: 'Seleksi ini belum diumumkan, jadi belum ada pengumuman.',
  none: 'Belum ada pengumuman yang diterbitkan.',
  stages: {
    ADMINISTRATION: 'Hasil seleksi administrasi',
    ADMINISTRATION_AFTER_OBJECTION: 'Hasil setelah masa sanggah',
    SKD: 'Hasil SKD',
    SKB: 'Hasil SKB',
    FINAL: 'Hasil akhir',
  } satisfies Record<AnnouncementStageKey, string>,
  caption: 'Versi pengumuman',
  version: 'Versi',
  stage: 'Tahap',
  publishedAt: 'Diterbitkan',
  rows: 'Pelamar',
  note: 'Catatan',
  hash: 'Sidik (SHA-256)',
  publicPage: 'Buka halaman publik',
  publish: 'Terbitkan pengumuman',
  publishTitle: 'Terbitkan pengumuman',
  stageLabel: 'Tahap yang diumumkan',
  stageHint: 'Tahap diumumkan berurutan: administrasi, setelah masa sanggah, SKD, SKB, hasil akhir.',
  showRows: 'Lihat hasil',
  hideRows: 'Sembunyikan hasil',
  rowsCaption: (stage: string, version: string) => `${stage}, versi ${version}`,
  regNo: 'No. pendaftaran',
  applicant: 'Nama',
  formasi: 'Formasi',
  outcome: 'Hasil',
  passed: 'Lulus',
  notPassed: 'Tidak lulus',
  msLong: 'Memenuhi syarat',
  tmsLong: 'Tidak memenuhi syarat',
  skd: 'SKD (TWK/TIU/TKP)',
  skdTotal: 'Total SKD',
  skbScore: 'Nilai SKB',
  finalScore: 'Nilai akhir',
  rank: 'Peringkat',
  decidedBy: (factor: string) => `penentu: ${factor}`,
  reasons: (list: string) => `Alasan: ${list}`,
  noteLabel: 'Catatan pengumuman',
  noteHint: 'Tampil di halaman publik bersama hasilnya, misalnya dasar surat keputusan.',
  confirmTitle: 'Terbitkan sekarang?',
  confirmBody: (stage: string) =>
    `Pengumuman "${stage}" akan memuat hasil seperti saat ini dan langsung tampil di halaman publik. Pengumuman tidak dapat diubah atau dihapus setelah terbit; perbaikan hanya dapat dilakukan dengan menerbitkan versi baru.`,
  confirm: 'Ya, terbitkan',
  back: 'Kembali',
  cancel: 'Batal',
  published: (stage: string, version: string) => `${stage} terbit sebagai versi ${version}.`,
  onlyTenantAdmin: 'Pengumuman diterbitkan oleh admin pemerintah daerah.',
  registrationOpen: (until: string) =>
    `Pendaftaran masih berjalan sampai ${until}. Hasil seleksi administrasi baru dapat diumumkan setelah pendaftaran ditutup, agar semua lamaran ikut diverifikasi.`,
  windowInfo: (days: string) =>
    `Masa sanggah: ${days} hari kalender setelah hari pengumuman hasil administrasi.`,
  conflict: {
    unscreened: (n: string) =>
      `${n} lamaran yang sudah dikirim belum diverifikasi (MS atau TMS). Verifikasi semuanya sebelum pengumuman.`,
    pendingObjections: (n: string) =>
      `${n} sanggah belum diputus. Putuskan semua sanggah sebelum pengumuman setelah masa sanggah.`,
    windowOpen: (until: string) =>
      `Masa sanggah belum berakhir${until ? ` (ditutup ${until})` : ''}. Pengumuman setelah masa sanggah baru dapat diterbitkan setelah masa sanggah ditutup.`,
    notAnnounced:
      'Hasil seleksi administrasi belum diumumkan. Terbitkan pengumuman hasil seleksi administrasi lebih dulu.',
    exams:
      'Hasil SKD, SKB dan hasil akhir memerlukan nilai ujian dan perankingan, yang belum ada untuk seleksi ini.',
    notAnnouncedStage: (before: string) =>
      `${before} belum diumumkan. Terbitkan pengumuman itu lebih dulu; tahap pengumuman harus berurutan.`,
    windowOpenStage: (before: string, until: string) =>
      `Masa sanggah ${before} belum berakhir${until ? ` (ditutup ${until})` : ''}. Pengumuman berikutnya baru dapat diterbitkan setelah masa sanggah ditutup.`,
    stale:
      'Ada nilai yang diimpor setelah peringkat dihitung. Hitung ulang peringkat di tab Peringkat sebelum pengumuman.',
    noRanking:
      'Seleksi ini belum memiliki peringkat. Impor nilai (tab Nilai) lalu hitung peringkat (tab Peringkat).',
    noScores: (exam: string) =>
      `Belum ada nilai ${exam} dalam peringkat. Impor nilai ${exam} (tab Nilai) lalu hitung ulang peringkat.`,
    notPublished: 'Seleksi ini belum diumumkan, sehingga belum dapat diterbitkan pengumumannya.',
    registrationOpen: (until: string) =>
      `Pendaftaran belum ditutup (ditutup ${until}). Hasil seleksi administrasi baru dapat diumumkan setelah pendaftaran ditutup.`,
    registrationChanged:
      'Waktu pendaftaran seleksi ini baru saja diubah. Muat ulang halaman lalu periksa kembali.',
    other:
      'Pengumuman ditolak karena bertentangan dengan data yang tersimpan. Muat ulang halaman lalu coba lagi.',
  },
  // the verification screen
  lockedTitle: 'Keputusan terkunci',
  locked:
    'Hasil seleksi administrasi sudah diumumkan, jadi keputusan MS/TMS tidak dapat diubah lagi di sini. Setelah pengumuman, hasil hanya berubah melalui keputusan sanggah.',
  decideTitle: 'Keputusan sanggah',
  objectionBy: 'Sanggah pelamar',
  filedAt: 'Diajukan',
  disputed: 'Alasan yang disanggah',
  applicantNote: 'Penjelasan pelamar',
  result: 'Keputusan',
  accept: 'Terima — hasil menjadi MS',
  reject: 'Tolak — hasil tetap TMS',
  decisionNote: 'Catatan keputusan',
  decisionNoteHint: 'Tampil bagi pelamar.',
  chooseResult: 'Pilih terima atau tolak.',
  noteRequired: 'Catatan keputusan wajib diisi.',
  save: 'Simpan keputusan sanggah',
  saved: (accepted: boolean): string =>
    accepted ? 'Sanggah diterima; lamaran kini MS.' : 'Sanggah ditolak; lamaran tetap TMS.',
  decideConflict: {
    decided: 'Sanggah ini sudah diputus.',
    late: 'Batas waktu keputusan sanggah sudah lewat.',
    none: 'Tidak ada sanggah yang dapat diputus.',
    other: 'Keputusan ditolak karena bertentangan dengan data yang tersimpan. Muat ulang halaman.',
  },
};

export type AnnouncementsDictionary = typeof announcementsId;
