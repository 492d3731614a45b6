/**
 * Texts of the leave (cuti) pages (issue 13 §5), Bahasa Indonesia first: one's own leave and its
 * balance, the leave in the approvals inbox, the leave calendar and the Plt/Plh delegations. They
 * load with the attendance pages only.
 */
import type { LeaveRuleWords, Span } from '../leave';

const types: Record<string, string> = {
  TAHUNAN: 'Cuti tahunan',
  BESAR: 'Cuti besar',
  SAKIT: 'Cuti sakit',
  MELAHIRKAN: 'Cuti melahirkan',
  ALASAN_PENTING: 'Cuti karena alasan penting',
  BERSAMA: 'Cuti bersama',
  CLTN: 'Cuti di luar tanggungan negara (CLTN)',
};

/** "ketiga", "ke-5": a birth order as written. */
const ordinal = (n: number) => ['pertama', 'kedua', 'ketiga', 'keempat', 'kelima'][n - 1] ?? `ke-${n}`;

const span = (s: Span) => (s.days ? `${s.months}\u00a0bulan ${s.days}\u00a0hari` : `${s.months}\u00a0bulan`);

const rules: LeaveRuleWords = {
  type: (code) => types[code] ?? code,
  span,
  endBeforeStart: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
  typeNotAvailable: (employmentType, type) => `${type} tidak tersedia untuk pegawai ${employmentType}.`,
  bersamaNotRequestable: 'Cuti bersama ditetapkan pemerintah, sehingga tidak diajukan.',
  noWorkingDays:
    'Rentang tanggal ini tidak mencakup satu hari kerja pun (hanya akhir pekan atau hari libur). Pilih tanggal lain.',
  minService: (type, need, have) =>
    `${type} memerlukan masa kerja terus-menerus paling sedikit ${need}\u00a0tahun, sedangkan masa kerja Anda ${have}\u00a0tahun.`,
  annualCrossesYear:
    'Cuti tahunan diambil dari hak satu tahun. Pisahkan menjadi dua pengajuan: sampai 31 Desember, lalu mulai 1 Januari.',
  annualInBesarYear: 'Tidak ada cuti tahunan pada tahun Anda mengambil cuti besar.',
  annualBalance: (asked, left) =>
    `Anda mengajukan ${asked}\u00a0hari kerja, sedangkan sisa cuti tahunan Anda ${left}\u00a0hari.`,
  besarMax: (s) => `Cuti besar paling lama ${s}.`,
  besarInterval: (years) =>
    `Cuti besar baru dapat diambil lagi ${years}\u00a0tahun setelah cuti besar terakhir.`,
  sickMiscarriageMax: (s) => `Cuti sakit karena gugur kandungan paling lama ${s}.`,
  sickDocumentMiscarriage: 'Cuti sakit karena gugur kandungan memerlukan surat keterangan dokter atau bidan.',
  sickDocumentDoctor: (days) => `Cuti sakit ${days}\u00a0hari memerlukan surat keterangan dokter.`,
  sickDocumentGovernment: (days) =>
    `Cuti sakit ${days}\u00a0hari (lebih dari 14 hari) memerlukan surat keterangan dokter pemerintah.`,
  sickMax: (s, withoutBoard) =>
    withoutBoard
      ? `Cuti sakit paling lama ${s}; lebih lama dari itu memerlukan surat keterangan tim penguji kesehatan.`
      : `Cuti sakit paling lama ${s}.`,
  maternityMax: (s) => `Cuti melahirkan paling lama ${s}.`,
  childOrderRequired: 'Isi kelahiran anak ke berapa.',
  childOrderMax: (max, takeBesar) =>
    takeBesar
      ? `Cuti melahirkan hanya untuk kelahiran anak pertama sampai ${ordinal(max)}; untuk anak berikutnya ajukan cuti besar.`
      : `Cuti melahirkan hanya untuk kelahiran anak pertama sampai ${ordinal(max)}.`,
  importantReasonRequired: 'Pilih alasan penting.',
  importantReasonsMax: (s) => `Cuti karena alasan penting paling lama ${s}.`,
  cltnBknApproval: 'CLTN memerlukan nomor persetujuan Kepala BKN.',
  cltnMax: (s, extension) => (extension ? `Perpanjangan CLTN paling lama ${s}.` : `CLTN paling lama ${s}.`),
  sickAttachment:
    'Cuti sakit lebih dari 1 hari memerlukan surat keterangan dokter sebagai lampiran (PDF atau foto).',
  noTmt:
    'Data kepegawaian Anda belum memiliki TMT (awal masa kerja), yang menjadi dasar aturan cuti. Minta admin OPD melengkapinya.',
  tooLong: 'Satu pengajuan cuti paling lama 3 tahun 1 bulan.',
  changedYear: 'Perubahan cuti tahunan harus tetap pada tahun yang sama.',
  notActiveEmployee: 'Pegawai ini tidak aktif atau tidak ditemukan.',
  samePerson: 'Plt/Plh tidak boleh pejabat itu sendiri.',
  noteRequired: 'Tuliskan alasannya; hanya “Setujui” yang boleh tanpa alasan.',
  changeRequired: 'Isi tanggal mulai dan selesai yang baru.',
  notDeferrable: (type) => `${type} tidak dapat ditangguhkan; hanya cuti tahunan dan cuti besar yang dapat.`,
  attachmentNotYours: 'Berkas ini bukan lampiran cuti yang Anda unggah. Hapus, lalu unggah ulang.',
  attachmentNotUploaded: 'Berkas ini belum tersimpan. Hapus, lalu unggah ulang.',
  attachmentTwice: 'Berkas yang sama terlampir dua kali. Hapus salah satunya.',
};

export const leaveId = {
  tabs: {
    groupAttendance: 'Kehadiran',
    groupLeave: 'Cuti',
    groupManage: 'Kelola',
    leave: 'Cuti saya',
    leaveCalendar: 'Kalender cuti',
    delegations: 'Delegasi Plt/Plh',
  },
  types,
  /** The short forms the leave calendar's cells use, explained in its legend. */
  typeShort: {
    TAHUNAN: 'CT',
    BESAR: 'CB',
    SAKIT: 'CS',
    MELAHIRKAN: 'CM',
    ALASAN_PENTING: 'CAP',
    BERSAMA: 'CBR',
    CLTN: 'CLTN',
  } as Record<string, string>,
  /** What each type is, in a line, under the type's choice. */
  typeHints: {
    TAHUNAN: '12 hari kerja setahun, setelah 1 tahun masa kerja.',
    BESAR: 'Paling lama 3 bulan, setelah 5 tahun masa kerja; tahun itu tidak ada cuti tahunan.',
    SAKIT: 'Lebih dari 1 hari dengan surat keterangan dokter.',
    MELAHIRKAN: 'Paling lama 3 bulan, untuk kelahiran anak pertama sampai ketiga.',
    ALASAN_PENTING:
      'Paling lama 1 bulan: keluarga sakit keras atau meninggal, menikah, istri melahirkan, bencana.',
    BERSAMA: 'Ditetapkan pemerintah.',
    CLTN: 'Paling lama 3 tahun, setelah 5 tahun masa kerja, dengan persetujuan Kepala BKN.',
  } as Record<string, string>,
  /** The status as approvers and admins read it. */
  statuses: {
    AWAITING_RECOMMENDATION: 'Menunggu rekomendasi atasan',
    AWAITING_DECISION: 'Menunggu keputusan PYBMC',
    APPROVED: 'Disetujui',
    CHANGED: 'Disetujui dengan perubahan',
    DEFERRED: 'Ditangguhkan',
    REJECTED: 'Ditolak',
    CANCELLED: 'Dibatalkan',
  } as Record<string, string>,
  /** The status as the employee is told it. */
  employeeStatuses: {
    waitingSuperior: 'Sedang diproses',
    waitingPybmc: 'Sedang diproses',
    inProcess: 'Sedang diproses',
    APPROVED: 'Disetujui',
    CHANGED: 'Disetujui dengan perubahan',
    DEFERRED: 'Ditangguhkan',
    REJECTED: 'Ditolak',
    CANCELLED: 'Dibatalkan',
  } as Record<string, string>,
  waiting: {
    waitingSuperior: 'menunggu atasan',
    waitingPybmc: 'menunggu PYBMC',
    inProcess: '',
  } as Record<string, string>,
  outcomes: { APPROVE: 'Setujui', CHANGE: 'Ubah', DEFER: 'Tangguhkan', REJECT: 'Tolak' } as Record<
    string,
    string
  >,
  outcomeHints: {
    APPROVE: 'Sesuai tanggal yang diajukan.',
    CHANGE: 'Dengan tanggal lain; alasan wajib diisi.',
    DEFER: 'Ditunda karena kepentingan dinas mendesak; alasan wajib diisi.',
    REJECT: 'Alasan wajib diisi.',
  } as Record<string, string>,
  /** A step as history: who did what, for whom. */
  steps: {
    recommendation: 'Rekomendasi atasan langsung',
    decision: 'Keputusan PYBMC',
    cancellation: 'Pembatalan',
    did: {
      recommendation: {
        APPROVE: 'merekomendasikan disetujui',
        CHANGE: 'merekomendasikan perubahan tanggal',
        DEFER: 'merekomendasikan ditangguhkan',
        REJECT: 'merekomendasikan ditolak',
      } as Record<string, string>,
      decision: {
        APPROVE: 'menyetujui',
        CHANGE: 'menyetujui dengan perubahan tanggal',
        DEFER: 'menangguhkan',
        REJECT: 'menolak',
      } as Record<string, string>,
      cancellation: { CANCELLED: 'membatalkan' } as Record<string, string>,
    },
    skipped: 'Tanpa atasan langsung: langsung diputuskan PYBMC.',
    actingFor: (kind: string, name: string) => `${kind} untuk ${name}`,
    delegationKinds: { PLT: 'Plt', PLH: 'Plh' } as Record<string, string>,
    changedTo: (range: string) => `Tanggal baru: ${range}`,
    note: 'Catatan',
    unnamed: 'pejabat (nama tidak tercatat)',
  },
  sickDocuments: {
    'note-to-superior': 'Pemberitahuan kepada atasan (sakit 1 hari)',
    doctor: 'Surat keterangan dokter (2–14 hari)',
    'government-doctor': 'Surat keterangan dokter pemerintah (lebih dari 14 hari)',
  } as Record<string, string>,
  /** A sick note as a request's card names it. */
  sickDocumentsShort: {
    'note-to-superior': 'Pemberitahuan kepada atasan',
    doctor: 'Surat keterangan dokter',
    'government-doctor': 'Surat keterangan dokter pemerintah',
  } as Record<string, string>,
  importantReasons: {
    KELUARGA_SAKIT_KERAS: 'Ibu, bapak, istri/suami, anak, saudara kandung, mertua atau menantu sakit keras',
    KELUARGA_MENINGGAL: 'Ibu, bapak, istri/suami, anak, saudara kandung, mertua atau menantu meninggal dunia',
    MENIKAH: 'Melangsungkan perkawinan',
    ISTRI_MELAHIRKAN: 'Istri melahirkan atau menjalani operasi caesar',
    BENCANA: 'Musibah kebakaran rumah atau bencana alam',
  } as Record<string, string>,
  employmentTypes: { PNS: 'PNS', CPNS: 'CPNS', PPPK: 'PPPK' } as Record<string, string>,
  rules,
  /** "Cuti saya". */
  mine: {
    title: 'Cuti saya',
    intro:
      'Saldo cuti tahunan, riwayatnya, dan pengajuan cuti Anda. Atasan langsung memberi rekomendasi, lalu pejabat yang berwenang memberikan cuti (PYBMC) memutuskan; Anda menerima hasilnya setelah PYBMC memutuskan.',
    notLinked:
      'Cuti hanya dapat diajukan dari akun yang terhubung dengan data pegawai. Jika Anda juga pegawai, minta Admin BKD menautkan akun ini ke data kepegawaian Anda.',
    listTitle: 'Pengajuan cuti saya',
    listIntro: 'Yang terbaru lebih dulu.',
    empty: 'Anda belum pernah mengajukan cuti.',
    more: 'Muat lebih banyak',
  },
  balance: {
    title: 'Saldo cuti tahunan',
    year: 'Tahun',
    prevYear: (year: number) => `Tahun sebelumnya: ${year}`,
    nextYear: (year: number) => `Tahun berikutnya: ${year}`,
    caption: (year: number) => `Hak cuti tahunan ${year} per tahun asal: terpakai dan sisa`,
    bucket: (year: number) => `Hak ${year}`,
    bucketHint: { N: 'tahun berjalan', 'N-1': 'sisa tahun lalu', 'N-2': 'sisa dua tahun lalu' } as Record<
      string,
      string
    >,
    used: 'Terpakai',
    remaining: 'Sisa',
    days: (n: string) => `${n}\u00a0hari`,
    ofDays: (used: string, granted: string) => `${used} dari ${granted}\u00a0hari terpakai`,
    granted: 'Hak tahun ini',
    taken: 'Sudah diambil atau disetujui',
    pending: 'Menunggu keputusan',
    available: 'Masih dapat diambil',
    totalsCaption: 'Hak cuti tahunan tahun ini: diambil, menunggu keputusan, dan sisa',
    spentOldest: 'Cuti diambil dari hak tahun terlama lebih dulu.',
    basis: {
      'first-year': (annual: string) =>
        `Hak tahun ini ${annual}\u00a0hari kerja, tanpa sisa tahun sebelumnya.`,
      'one-year-carry': (annual: string, cap: string) =>
        `Hak ${annual}\u00a0hari kerja ditambah sisa tahun lalu, paling banyak ${cap}\u00a0hari.`,
      'two-unused-years': (annual: string, cap: string) =>
        `Hak ${annual}\u00a0hari kerja ditambah sisa dua tahun yang tidak diambil, paling banyak ${cap}\u00a0hari.`,
      deferred: (annual: string, cap: string) =>
        `Hak ${annual}\u00a0hari kerja ditambah cuti yang ditangguhkan PYBMC, paling banyak ${cap}\u00a0hari.`,
      'besar-year': () => 'Tahun ini Anda mengambil cuti besar, sehingga tidak ada cuti tahunan.',
      'not-entitled': () => 'Anda belum berhak atas cuti tahunan tahun ini (masa kerja belum 1 tahun).',
    } as Record<string, (annual: string, cap: string) => string>,
    cutiBersama: (dates: string) => `Cuti bersama yang mengurangi cuti tahunan Anda: ${dates}.`,
    ledgerTitle: 'Riwayat saldo',
    ledgerCaption: (year: number) => `Riwayat saldo cuti tahunan ${year}, yang terlama lebih dulu`,
    date: 'Tanggal',
    what: 'Keterangan',
    change: 'Hari',
    total: 'Saldo',
    by: (name: string) => `oleh ${name}`,
    ledgerEmpty: 'Belum ada catatan pada tahun ini.',
    kinds: {
      grant: (year: string) => `Hak cuti tahunan ${year}`,
      'carry-over': (year: string) => `Sisa cuti ${year} dibawa ke tahun ini`,
      reserve: (what: string) => `Dipakai: ${what}`,
      release: (what: string) => `Dikembalikan: ${what}`,
      resize: (what: string) => `Disesuaikan: ${what}`,
      'holiday-recount': (what: string) => `Dihitung ulang karena kalender libur berubah: ${what}`,
      'cuti-bersama': (what: string) => `Cuti bersama ${what}`,
    } as Record<string, (what: string) => string>,
    aLeave: 'cuti',
    forbidden: 'Saldo cuti hanya tersedia untuk akun yang terhubung dengan data pegawai.',
  },
  /** One leave request as a card. */
  item: {
    workingDays: (n: string) => `${n}\u00a0hari kerja`,
    calendarDays: (n: string) => `${n}\u00a0hari kalender`,
    reason: 'Alasan',
    address: 'Alamat selama cuti',
    details: 'Keterangan',
    superior: 'Atasan langsung',
    pybmc: 'PYBMC',
    submitted: (date: string) => `Diajukan ${date}`,
    heldLabel: 'Saldo cuti tahunan',
    held: (n: string) => `${n}\u00a0hari ditahan untuk cuti ini`,
    nip: (nip: string) => `NIP ${nip}`,
    miscarriage: 'Karena gugur kandungan',
    healthBoard: 'Diperpanjang dengan keterangan tim penguji kesehatan',
    childOrder: (n: string) => `Kelahiran anak ke-${n}`,
    firstHajj: 'Ibadah haji pertama',
    bkn: (ref: string) => `Persetujuan BKN ${ref}`,
    cltnExtension: 'Perpanjangan CLTN',
    nobody: 'belum ditetapkan',
    attachments: 'Lampiran',
    openLabel: (name: string) => `Buka lampiran ${name} di tab baru`,
    healthNote: 'Data kesehatan: setiap pembukaan tercatat.',
    openNotFound:
      'Lampiran ini tidak dapat dibuka: berkasnya tidak ada, atau Anda tidak berwenang membukanya.',
  },
  cancel: {
    open: 'Batalkan cuti',
    openLabel: (type: string, range: string) => `Batalkan ${type.toLowerCase()} ${range}`,
    reason: 'Alasan pembatalan',
    reasonHint: 'Boleh dikosongkan.',
    confirm: 'Ya, batalkan cuti ini',
    keep: 'Tidak jadi',
    saving: 'Membatalkan…',
    done: (type: string, range: string) => `${type} ${range} dibatalkan; harinya dikembalikan.`,
  },
  form: {
    title: 'Ajukan cuti',
    type: 'Jenis cuti',
    chooseType: 'Pilih jenis cuti',
    startDate: 'Tanggal mulai',
    endDate: 'Tanggal selesai',
    datesHint: 'Hari kerja dihitung tanpa akhir pekan dan hari libur.',
    available: (n: string) => `Sisa cuti tahunan Anda tahun ini: ${n}\u00a0hari kerja.`,
    reason: 'Alasan cuti',
    reasonHint: 'Dibaca oleh atasan langsung dan PYBMC.',
    address: 'Alamat selama menjalankan cuti',
    addressHint: 'Sertakan nomor telepon yang dapat dihubungi.',
    sickDocument: 'Bukti sakit',
    chooseSickDocument: 'Pilih bukti',
    sickDocumentHint:
      'Sakit 1 hari cukup memberi tahu atasan; 2–14 hari dengan surat dokter; lebih dari 14 hari dengan surat dokter pemerintah.',
    miscarriage: 'Karena gugur kandungan (paling lama 1 bulan 15 hari)',
    healthBoard: 'Diperpanjang dengan surat keterangan tim penguji kesehatan (paling lama 18 bulan)',
    childOrder: 'Kelahiran anak ke berapa',
    childOrderHint: 'Dihitung sejak Anda menjadi ASN. Cuti melahirkan untuk anak pertama sampai ketiga.',
    firstHajj: 'Untuk menunaikan ibadah haji yang pertama (tanpa syarat 5 tahun masa kerja)',
    importantReason: 'Alasan penting',
    chooseReason: 'Pilih alasan',
    bknApprovalRef: 'Nomor persetujuan Kepala BKN',
    bknHint: 'Sesuai surat persetujuan BKN.',
    cltnExtension: 'Perpanjangan CLTN (paling lama 1 tahun)',
    attachments: 'Lampiran',
    addAttachment: 'Tambah lampiran',
    attachmentsExample: 'Misalnya surat keterangan dokter.',
    attachmentsHint:
      'PDF, JPG atau PNG, paling besar 4\u00a0MB per berkas, paling banyak 5\u00a0berkas. Hanya Anda, atasan langsung dan PYBMC yang dapat membukanya.',
    attachmentsRequired: 'Wajib untuk cuti sakit lebih dari 1 hari: lampirkan surat keterangan dokter.',
    uploadedList: 'Lampiran yang akan dikirim',
    remove: 'Hapus',
    removeLabel: (name: string) => `Hapus lampiran ${name}`,
    fileProblems: {
      type: (name: string) => `${name}: hanya PDF, JPG atau PNG yang dapat dilampirkan.`,
      size: (name: string) =>
        `${name} lebih dari 4\u00a0MB. Perkecil berkasnya (misalnya foto beresolusi lebih rendah), lalu pilih lagi.`,
      empty: (name: string) => `${name} kosong.`,
      tooMany: (name: string) => `${name} tidak dilampirkan: paling banyak 5\u00a0lampiran.`,
    } as Record<string, (name: string) => string>,
    waitUploads: 'Tunggu sampai semua lampiran selesai terunggah.',
    failedUploads: 'Ada lampiran yang gagal terunggah: unggah ulang atau hapus.',
    submit: 'Kirim pengajuan cuti',
    sending: 'Mengirim…',
    sent: (type: string, range: string, days: string) =>
      `${type} ${range} (${days}) terkirim dan menunggu rekomendasi atasan langsung.`,
    sentToPybmc: (type: string, range: string, days: string) =>
      `${type} ${range} (${days}) terkirim dan menunggu keputusan PYBMC.`,
    noTypes: 'Tidak ada jenis cuti yang dapat Anda ajukan. Hubungi Admin BKD.',
    invalid: 'Ada isian yang belum memenuhi aturan cuti. Periksa kolom yang ditandai.',
  },
  errors: {
    overlap: 'Anda sudah memiliki cuti pada sebagian tanggal itu; cuti tidak boleh tumpang tindih.',
    noPybmc:
      'Belum ada pejabat yang berwenang memberikan cuti (PYBMC) untuk instansi Anda. Admin BKD perlu menetapkannya di pengaturan kehadiran.',
    monthClosed:
      'Bulan tersebut sudah ditutup untuk rekap kehadiran. Minta admin OPD membuka kembali bulan itu, lalu coba lagi.',
    changed: 'Saldo atau cuti Anda baru saja berubah. Coba kirim sekali lagi.',
    balanceClosed: 'Saldo cuti tahun itu belum dibuka. Coba lagi nanti atau hubungi admin OPD.',
    inactive: 'Hanya pegawai berstatus aktif yang dapat mengajukan cuti.',
    notLinked: 'Cuti hanya dapat diajukan dari akun yang terhubung dengan data pegawai.',
    started: 'Cuti ini sudah dimulai; sekarang hanya PYBMC yang dapat membatalkannya.',
    over: 'Cuti ini sudah selesai, sehingga tidak ada yang dapat dibatalkan.',
    notCancellable: 'Cuti ini sudah ditolak, ditangguhkan atau dibatalkan, sehingga tidak dapat dibatalkan.',
    notFound: 'Pengajuan cuti ini tidak ditemukan lagi. Daftar sudah dimuat ulang.',
  },
  /** The leave section of "Persetujuan". */
  approvals: {
    title: 'Cuti',
    intro:
      'Cuti yang menunggu langkah Anda: rekomendasi sebagai atasan langsung, atau keputusan sebagai pejabat yang berwenang memberikan cuti (PYBMC), termasuk sebagai Plt/Plh. Yang terlama lebih dulu.',
    employeeIntro:
      'Cuti pegawai yang menunggu rekomendasi Anda sebagai atasan langsung, atau keputusan Anda sebagai PYBMC (termasuk sebagai Plt/Plh), tampil di sini.',
    empty: 'Tidak ada cuti yang menunggu rekomendasi atau keputusan Anda.',
    notLinked:
      'Akun ini tidak terhubung dengan data pegawai, sehingga tidak ada cuti yang menunggu langkah Anda.',
    reload: 'Muat ulang',
    recommendTitle: 'Rekomendasi Anda sebagai atasan langsung',
    decideTitle: 'Keputusan Anda sebagai PYBMC',
    recommendFor: (name: string) => `Rekomendasi Anda sebagai Plt/Plh atasan langsung (${name})`,
    decideFor: (name: string) => `Keputusan Anda sebagai Plt/Plh PYBMC (${name})`,
    outcome: 'Pilihan',
    note: 'Alasan atau catatan',
    noteHint: 'Wajib kecuali untuk “Setujui”. Catatan keputusan PYBMC dapat dibaca pegawai.',
    noteHintRecommend: 'Wajib kecuali untuk “Setujui”. Dibaca oleh PYBMC.',
    changeStart: 'Tanggal mulai baru',
    changeEnd: 'Tanggal selesai baru',
    submitRecommend: 'Kirim rekomendasi',
    submitDecide: 'Simpan keputusan',
    saving: 'Menyimpan…',
    chooseOutcome: 'Pilih salah satu.',
    noteRequired: 'Tuliskan alasannya; hanya “Setujui” yang boleh tanpa alasan.',
    dateRequired: 'Isi tanggal.',
    endBeforeStart: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
    sameDates: 'Tanggal baru sama dengan yang diajukan; pilih “Setujui” atau ubah tanggalnya.',
    recommended: (name: string, type: string, outcome: string) =>
      `Rekomendasi “${outcome}” untuk ${type.toLowerCase()} ${name} terkirim ke PYBMC.`,
    decided: (name: string, type: string, status: string) =>
      `${type} ${name}: ${status.toLowerCase()}. Pegawai diberi tahu.`,
    errors: {
      forbidden:
        'Anda saat ini bukan atasan langsung atau PYBMC pegawai ini (atau Plt/Plh-nya), sehingga tidak dapat mengambil langkah ini.',
      stepDone: 'Cuti ini sudah direkomendasikan atau diputuskan sebelumnya. Daftar sudah dimuat ulang.',
      notRecommended: 'Atasan langsung belum memberi rekomendasi untuk cuti ini.',
      overlap: 'Tanggal baru bertumpang tindih dengan cuti lain pegawai ini.',
      changed: 'Cuti pegawai ini baru saja berubah. Daftar sudah dimuat ulang; coba lagi.',
      monthClosed:
        'Bulan cuti ini sudah ditutup untuk rekap kehadiran. Minta admin membuka kembali bulan itu, lalu coba lagi.',
      notFound: 'Pengajuan cuti ini tidak ditemukan lagi. Daftar sudah dimuat ulang.',
    },
  },
  /** "Kalender cuti". */
  calendar: {
    title: 'Kalender cuti',
    intro:
      'Siapa yang cuti pada bulan ini: nama, jenis cuti, tanggal dan statusnya. Alasan cuti tidak ditampilkan.',
    agency: 'Instansi',
    noAgencies: 'Belum ada instansi aktif.',
    switchLabel: 'Pilih bulan',
    prev: 'Sebelumnya',
    next: 'Berikutnya',
    prevLabel: (month: string) => `Bulan sebelumnya: ${month}`,
    nextLabel: (month: string) => `Bulan berikutnya: ${month}`,
    thisMonth: 'Bulan ini',
    scope: {
      own: 'Cuti Anda sendiri.',
      unit: 'Pegawai di unit kerja Anda.',
      agency: 'Pegawai instansi ini.',
      tenant: 'Seluruh pegawai pemerintah daerah.',
    } as Record<string, string>,
    count: (people: string, leaves: string) => `${people} pegawai, ${leaves} cuti pada bulan ini.`,
    empty: 'Tidak ada pegawai yang cuti pada bulan ini.',
    caption: (month: string) => `Cuti pegawai bulan ${month}, per pegawai dan tanggal`,
    name: 'Nama',
    leaves: 'Cuti',
    cellLabel: (name: string, date: string, type: string, status: string) =>
      `${name}, ${date}: ${type} (${status})`,
    legendLabel: 'Keterangan',
    legend: {
      approved: 'Disetujui',
      pending: 'Belum diputuskan',
      rejected: 'Ditolak atau ditangguhkan',
      cancelled: 'Dibatalkan',
      weekend: 'Akhir pekan atau hari libur',
    },
    byDay: 'Per tanggal',
    forbidden: 'Anda tidak berwenang melihat kalender cuti instansi ini.',
    notLinked:
      'Akun atasan Anda belum terhubung dengan unit kerja, sehingga kalender cuti unit belum dapat ditampilkan. Minta Admin BKD memeriksa data penempatan Anda.',
  },
  /** "Delegasi Plt/Plh". */
  delegations: {
    title: 'Delegasi Plt/Plh',
    intro:
      'Plt (pelaksana tugas) atau Plh (pelaksana harian) bertindak atas nama seorang pejabat untuk rekomendasi dan keputusan cuti selama masa berlakunya. Setiap langkah mencatat siapa bertindak untuk siapa.',
    ownAgency: 'Anda mengelola delegasi untuk pejabat instansi Anda sendiri.',
    agency: 'Instansi',
    allAgencies: 'Semua instansi',
    caption: 'Daftar delegasi Plt/Plh',
    principal: 'Pejabat yang digantikan',
    delegate: 'Plt/Plh',
    kind: 'Jenis',
    period: 'Masa berlaku',
    decree: 'Nomor surat perintah',
    state: 'Status',
    actions: 'Tindakan',
    kinds: { PLT: 'Plt (pelaksana tugas)', PLH: 'Plh (pelaksana harian)' } as Record<string, string>,
    kindsShort: { PLT: 'Plt', PLH: 'Plh' } as Record<string, string>,
    kindHints: {
      PLT: 'Pejabat berhalangan tetap atau jabatan kosong.',
      PLH: 'Pejabat berhalangan sementara, misalnya cuti atau dinas luar.',
    } as Record<string, string>,
    states: {
      active: 'Berlaku',
      upcoming: 'Belum berlaku',
      ended: 'Berakhir',
      revoked: 'Dicabut',
    } as Record<string, string>,
    empty: 'Belum ada delegasi.',
    more: 'Muat lebih banyak',
    revoke: 'Cabut',
    revokeLabel: (delegate: string, principal: string) => `Cabut delegasi ${delegate} untuk ${principal}`,
    revokeReason: 'Alasan pencabutan',
    revokeHint: 'Tercatat di jejak audit.',
    revokeConfirm: 'Cabut delegasi',
    revokeRequired: 'Tuliskan alasan pencabutan.',
    revoked: (delegate: string, principal: string) => `Delegasi ${delegate} untuk ${principal} dicabut.`,
    cancel: 'Batal',
    saving: 'Menyimpan…',
    createTitle: 'Tunjuk Plt/Plh',
    principalHint:
      'Pejabat yang memberi rekomendasi atau keputusan cuti, misalnya kepala bidang atau kepala dinas.',
    delegateHint: 'Pegawai yang akan bertindak atas nama pejabat itu.',
    choosePrincipal: 'Cari lalu pilih pejabat yang digantikan.',
    chooseDelegate: 'Cari lalu pilih pegawai yang ditunjuk.',
    startDate: 'Berlaku mulai',
    endDate: 'Berlaku sampai',
    decreeHint: 'Boleh dikosongkan. Misalnya 800/45/BKD/2026.',
    submit: 'Simpan delegasi',
    created: (delegate: string, kind: string, principal: string) =>
      `${delegate} ditunjuk sebagai ${kind} untuk ${principal}.`,
    findEmployee: 'Cari pegawai menurut nama',
    search: 'Cari',
    chosen: (name: string) => `Dipilih: ${name}`,
    noMatches: 'Tidak ada pegawai aktif dengan nama itu.',
    endBeforeStart: 'Tanggal berakhir tidak boleh sebelum tanggal mulai.',
    dateRequired: 'Isi tanggal.',
    errors: {
      overlap:
        'Pejabat ini sudah memiliki Plt/Plh pada sebagian masa itu. Cabut delegasi itu terlebih dahulu.',
      forbidden: 'Anda hanya dapat menunjuk Plt/Plh untuk pejabat instansi Anda sendiri.',
      revoked: 'Delegasi ini sudah dicabut. Daftar sudah dimuat ulang.',
      conflict: 'Delegasi ini baru saja diubah orang lain. Daftar sudah dimuat ulang; coba lagi.',
      notFound: 'Delegasi ini tidak ditemukan lagi. Daftar sudah dimuat ulang.',
      listForbidden: 'Daftar delegasi hanya untuk admin.',
    },
  },
};

export type LeaveDictionary = typeof leaveId;
