/**
 * Texts of the SKP pages and the shared tabs of the Kinerja pages (issue 14 §1, §6), Bahasa
 * Indonesia first: one's own SKP, someone else's, the team and the cascade, the performance
 * settings. They load with the performance pages only.
 */
import type { PeriodName, SkpRuleWords } from '../skp-model';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

const rules: SkpRuleWords = {
  required: 'Wajib diisi.',
  number: 'Isi dengan angka, mis. 12 atau 12,5.',
  invalid: 'Isian ini belum benar.',
  checkFields: 'Ada isian yang belum benar. Periksa kolom yang ditandai.',
  choose: 'Pilih salah satu.',
  valueAboveZero: 'Target harus lebih dari 0.',
  valueMin0: 'Realisasi tidak boleh kurang dari 0.',
  qualityMax: 'Target kualitas berupa persentase: paling tinggi 100.',
  needsIndicator: 'Setiap hasil kerja memerlukan paling sedikit satu indikator.',
  needsItem: 'Tambahkan paling sedikit satu hasil kerja sebelum mengajukan SKP.',
  tooManyItems: (max) => `Satu SKP memuat paling banyak ${max} hasil kerja.`,
  tooManyIndicators: (max) => `Satu hasil kerja memuat paling banyak ${max} indikator.`,
  parentNoSkp:
    'Pejabat penilai belum memiliki SKP untuk tahun ini, jadi belum ada hasil kerja yang dapat didukung.',
  parentNotApproved: 'SKP pejabat penilai belum disetujui, jadi hasil kerjanya belum dapat didukung.',
  parentOtherPeriod: 'SKP pejabat penilai untuk periode lain.',
  parentUnknown: 'Hasil kerja ini tidak ada (lagi) di SKP pejabat penilai. Pilih yang lain.',
  ikmLocked: 'Hasil kerja IKM unit ditambahkan otomatis: rumusannya tidak dapat diubah.',
  ikmStays: 'Hasil kerja IKM unit tetap ada di SKP kepala unit dan tidak dapat dihapus.',
  https: 'Tuliskan tautan lengkap yang diawali https://',
  periodOutside: 'Periode ini di luar periode SKP.',
  periodNotAssessment: 'Pilih salah satu periode penilaian dari daftar.',
  annualOnly: 'SKP dibuat untuk satu tahun penilaian penuh.',
  documents: 'Unggah dokumen belum tersedia; cantumkan tautan https.',
  documentNotUploaded: 'Berkas ini belum terunggah untuk SKP ini. Hapus, lalu unggah lagi.',
  documentEmpty: 'Berkas ini kosong. Hapus, lalu unggah berkas yang benar.',
  documentTooLarge: (maxMb) =>
    `Berkas ini lebih dari ${String(maxMb).replace('.', ',')}\u00a0MB. Hapus, lalu unggah berkas yang lebih kecil.`,
  documentType:
    'Isi berkas ini bukan PDF, JPG atau PNG (mungkin hanya namanya yang diubah). Hapus, lalu unggah berkas yang benar.',
  documentTwice: 'Berkas ini tercantum dua kali. Hapus salah satunya.',
  documentInvalid: 'Berkas ini tidak dapat dipakai sebagai bukti dukung. Hapus, lalu unggah lagi.',
  tooMuchEvidence: (max) => `Paling banyak ${max} bukti dukung, berkas dan tautan bersama-sama.`,
  matrixOrder:
    'Sel ini memberi predikat lebih rendah daripada sel yang ratingnya lebih rendah. Rating yang lebih tinggi tidak boleh menurunkan predikat.',
  notSubordinate: 'Pegawai ini bukan bawahan langsung Anda.',
  tooLong: (max) => `Paling banyak ${max} karakter.`,
  atLeast: (min) => `Paling sedikit ${min}.`,
  atMost: (max) => `Paling banyak ${max}.`,
  between: (min, max) => `Isi dengan angka bulat ${min} sampai ${max}.`,
  wholeNumber: 'Isi dengan angka bulat.',
};

export const skpId = {
  tabs: {
    label: 'Halaman kinerja',
    mySkp: 'Rencana SKP saya',
    team: 'Tim saya',
    assessment: 'Penilaian',
    feedback: '360',
    orgRatings: 'Penilaian organisasi',
    followUps: 'Tindak lanjut',
    settings: 'Pengaturan',
  },
  title: 'Kinerja',
  rules,
  statuses: { draft: 'Draf', submitted: 'Diajukan', approved: 'Disetujui' } as Record<string, string>,
  statusHints: {
    draft: 'Masih dapat diubah oleh pegawai.',
    submitted: 'Menunggu persetujuan pejabat penilai.',
    approved: 'Berlaku. Realisasi dapat dicatat.',
  } as Record<string, string>,
  berakhlak: {
    BERORIENTASI_PELAYANAN: 'Berorientasi Pelayanan',
    AKUNTABEL: 'Akuntabel',
    KOMPETEN: 'Kompeten',
    HARMONIS: 'Harmonis',
    LOYAL: 'Loyal',
    ADAPTIF: 'Adaptif',
    KOLABORATIF: 'Kolaboratif',
  } as Record<string, string>,
  targetKinds: { quantity: 'Kuantitas', quality: 'Kualitas', time: 'Waktu' } as Record<string, string>,
  predikats: {
    SANGAT_BAIK: 'Sangat Baik',
    BAIK: 'Baik',
    BUTUH_PERBAIKAN: 'Butuh Perbaikan',
    KURANG: 'Kurang/Misconduct',
    SANGAT_KURANG: 'Sangat Kurang',
  } as Record<string, string>,
  orgPredikats: {
    ISTIMEWA: 'Istimewa',
    BAIK: 'Baik',
    BUTUH_PERBAIKAN: 'Butuh Perbaikan',
    KURANG: 'Kurang',
    SANGAT_KURANG: 'Sangat Kurang',
  } as Record<string, string>,
  ratings: {
    above: 'Di atas ekspektasi',
    meets: 'Sesuai ekspektasi',
    below: 'Di bawah ekspektasi',
  } as Record<string, string>,
  cadences: { monthly: 'Bulanan', quarterly: 'Triwulanan', semester: 'Semesteran' } as Record<string, string>,
  /** A period in words; `month` formats a `YYYY-MM` ("Maret 2026"), `monthShort` its short name alone ("Mar"). */
  period: (p: PeriodName, month: (m: string) => string, monthShort: (m: string) => string): string => {
    switch (p.kind) {
      case 'year':
        // A year that is not the calendar year says its months.
        return p.start.endsWith('-01')
          ? `Tahun ${p.year}`
          : `Tahun ${p.year} (${month(p.start)} – ${month(p.end)})`;
      case 'month':
        return month(p.month);
      case 'quarter':
        return `Triwulan ${ROMAN[p.n - 1]} (${monthShort(p.start)}–${monthShort(p.end)} ${p.end.slice(0, 4)})`;
      case 'semester':
        return `Semester ${ROMAN[p.n - 1]} (${monthShort(p.start)}–${monthShort(p.end)} ${p.end.slice(0, 4)})`;
      default:
        return `${month(p.start)} – ${month(p.end)}`;
    }
  },
  year: {
    label: 'Tahun penilaian',
    prev: (y: number) => `Tahun sebelumnya (${y})`,
    next: (y: number) => `Tahun berikutnya (${y})`,
  },
  notLinked: {
    title: 'Akun Anda tidak terhubung dengan data pegawai.',
    mine: 'SKP dimiliki oleh pegawai, dan akun tanpa data pegawai tidak memiliki SKP sendiri.',
    settings: 'Buka pengaturan kinerja →',
    team: 'Tim saya berisi SKP pegawai yang Anda nilai sebagai atasan langsung. Akun tanpa data pegawai tidak menilai siapa pun.',
  },
  mine: {
    title: 'SKP saya',
    intro:
      'Sasaran Kinerja Pegawai (SKP) tahun ini: hasil kerja dengan indikator dan targetnya, ekspektasi perilaku BerAKHLAK, realisasi, dan umpan balik dari pejabat penilai.',
    none: (y: number) => `Anda belum memiliki SKP untuk tahun ${y}.`,
    noneHint:
      'Buat SKP lalu isi hasil kerja Anda. Pejabat penilai (atasan langsung) diambil dari struktur organisasi. Jika atasan sudah menurunkan hasil kerjanya, SKP Anda akan berisi hasil kerja tersebut.',
    pastNone: (y: number) => `Tidak ada SKP untuk tahun ${y}.`,
    create: (y: number) => `Buat SKP tahun ${y}`,
    creating: 'Membuat SKP…',
    created: (y: number) => `SKP tahun ${y} dibuat sebagai draf. Isi hasil kerja Anda lalu simpan.`,
  },
  view: {
    back: '← Kembali ke Tim saya',
    title: (name: string) => `SKP ${name}`,
    notFound: 'SKP ini tidak ditemukan, atau Anda tidak berhak membukanya.',
    employee: 'Pegawai',
    nip: (nip: string) => `NIP ${nip}`,
    position: 'Jabatan',
    unit: 'Unit kerja',
    period: 'Periode',
    status: 'Status',
    appraiser: 'Pejabat penilai kinerja',
    appraiserSuperior: 'Atasan pejabat penilai kinerja',
    noAppraiserSuperior: 'Tidak tercatat (pimpinan tertinggi)',
    revision: (n: number) => `Revisi ke-${n}`,
    none: '–',
    readOnly: 'Anda dapat membaca SKP ini, tetapi tidak mengubahnya.',
    asAppraiser: 'Anda pejabat penilai SKP ini.',
  },
  plan: {
    title: 'Hasil kerja',
    intro:
      'Setiap hasil kerja memiliki indikator kinerja dengan target (kuantitas, kualitas, atau waktu). Hasil kerja dapat mendukung hasil kerja pejabat penilai (intervensi).',
    empty: 'Belum ada hasil kerja.',
    item: (n: number) => `Hasil kerja ${n}`,
    text: 'Rumusan hasil kerja',
    parent: 'Mendukung hasil kerja pejabat penilai',
    parentNone: '— Tidak mendukung hasil kerja tertentu —',
    parentHint: 'Hasil kerja atasan yang diintervensi oleh hasil kerja ini.',
    parentUnavailable:
      'SKP pejabat penilai belum disetujui, sehingga belum ada hasil kerja atasan yang dapat dipilih.',
    supports: 'Mendukung',
    parentGone: 'hasil kerja pejabat penilai (tidak tersedia saat ini)',
    indicators: 'Indikator kinerja',
    indicatorN: (n: number) => `Indikator ${n}`,
    indicatorText: 'Indikator',
    kind: 'Aspek',
    value: 'Target',
    unit: 'Satuan',
    unitPlaceholder: 'mis. dokumen',
    addIndicator: '+ Indikator',
    removeIndicator: 'Hapus indikator',
    removeIndicatorLabel: (n: number, item: number) => `Hapus indikator ${n} dari hasil kerja ${item}`,
    expectation: 'Ekspektasi pimpinan',
    expectationHint: 'Ekspektasi khusus pimpinan atas hasil kerja ini, sesuai yang disepakati.',
    addItem: '+ Tambah hasil kerja',
    removeItem: 'Hapus hasil kerja',
    removeItemLabel: (n: number) => `Hapus hasil kerja ${n}`,
    moveUp: 'Naikkan',
    moveDown: 'Turunkan',
    moveUpLabel: (n: number) => `Naikkan hasil kerja ${n}`,
    moveDownLabel: (n: number) => `Turunkan hasil kerja ${n}`,
    sourceCascade: 'Diturunkan dari atasan',
    sourceIkm: 'Otomatis: IKM unit',
    ikmLocked: 'Hasil kerja IKM unit ditambahkan otomatis; rumusan dan kaitannya tidak dapat diubah.',
    target: (value: string, unit: string) => `${value} ${unit}`,
    save: 'Simpan rencana',
    saving: 'Menyimpan…',
    saved: 'Rencana SKP tersimpan.',
    unsaved: 'Ada perubahan yang belum disimpan.',
    submit: 'Ajukan ke pejabat penilai',
    saveAndSubmit: 'Simpan & ajukan ke pejabat penilai',
    submitting: 'Mengajukan…',
    submitHint: (name: string) =>
      `SKP dikirim ke ${name} untuk disetujui. Setelah diajukan, rencana tidak dapat diubah kecuali dikembalikan ke draf.`,
    submitted: (name: string) => `SKP diajukan ke ${name}.`,
    needsItemToSubmit: 'Tambahkan dan simpan paling sedikit satu hasil kerja untuk dapat mengajukan SKP.',
  },
  behaviour: {
    title: 'Ekspektasi perilaku kerja (BerAKHLAK)',
    intro:
      'Ekspektasi khusus pimpinan pada tujuh nilai BerAKHLAK. Boleh dikosongkan: ketujuh nilai tetap dinilai.',
    empty: 'Tidak ada ekspektasi khusus.',
  },
  actions: {
    approve: 'Setujui SKP',
    approveQuestion: 'Setujui rencana SKP ini? Setelah disetujui, realisasi dapat dicatat.',
    approveConfirm: 'Ya, setujui',
    approved: 'SKP disetujui.',
    return: 'Kembalikan ke draf',
    returnReason: 'Alasan pengembalian',
    returnHint: 'Pegawai membaca alasan ini, memperbaiki rencananya, lalu mengajukan lagi.',
    returnConfirm: 'Kembalikan',
    returned: 'SKP dikembalikan ke draf.',
    revise: 'Buka revisi',
    reviseReason: 'Alasan revisi',
    reviseHint:
      'Revisi mengembalikan SKP yang sudah disetujui menjadi draf agar dapat diubah; lalu diajukan dan disetujui lagi. Revisi dicatat dalam jejak audit.',
    reviseConfirm: 'Buka revisi',
    revised: 'Revisi dibuka: SKP kembali menjadi draf.',
    cancel: 'Batal',
    working: 'Memproses…',
  },
  history: {
    title: 'Riwayat',
    empty: 'Belum ada riwayat: SKP masih draf pertama.',
    did: {
      submit: 'mengajukan SKP',
      return: 'mengembalikan SKP ke draf',
      approve: 'menyetujui SKP',
      revise: 'membuka revisi',
    } as Record<string, string>,
    reason: 'Alasan',
    revision: (n: number) => `revisi ke-${n}`,
  },
  realisation: {
    title: 'Realisasi',
    intro: 'Realisasi hasil kerja per periode penilaian, dengan bukti dukung berupa berkas atau tautan.',
    notYet: 'Realisasi dicatat setelah SKP disetujui.',
    empty: 'Belum ada realisasi.',
    period: 'Periode penilaian',
    value: 'Realisasi',
    valueHint: (targets: string) => `Target: ${targets}`,
    note: 'Catatan',
    evidence: 'Bukti dukung',
    evidenceHint:
      'Opsional. Unggah berkas, atau cantumkan tautan https (mis. ke dokumen di penyimpanan daring instansi); paling banyak 10 bukti dukung.',
    files: {
      label: 'Berkas bukti dukung',
      hint: 'PDF, JPG atau PNG, paling besar 4\u00a0MB per berkas. Dapat dibuka oleh Anda, pejabat penilai, dan yang berwenang membaca SKP ini.',
      uploadedList: 'Berkas bukti dukung yang akan disimpan',
      kept: 'Tersimpan',
      remove: 'Hapus',
      removeLabel: (name: string) => `Hapus berkas ${name}`,
      fileProblems: {
        type: (name: string) => `${name}: hanya berkas PDF, JPG atau PNG yang dapat diunggah.`,
        size: (name: string) =>
          `${name} lebih dari 4\u00a0MB. Perkecil berkasnya (misalnya simpan ulang PDF atau foto dengan resolusi lebih rendah), lalu pilih lagi.`,
        empty: (name: string) => `${name} kosong.`,
        tooMany: (name: string) =>
          `${name} tidak ditambahkan: paling banyak 10\u00a0bukti dukung, berkas dan tautan bersama-sama.`,
      } as Record<string, (name: string) => string>,
      waitUploads: 'Tunggu sampai semua berkas selesai terunggah.',
      failedUploads: 'Ada berkas yang gagal terunggah: unggah ulang atau hapus.',
      openLabel: (name: string) => `Buka berkas ${name} di tab baru`,
      openNotFound:
        'Berkas ini tidak dapat dibuka: berkasnya tidak ada lagi, atau Anda tidak berwenang membukanya.',
    },
    links: 'Tautan',
    link: (n: number) => `Tautan ${n}`,
    addLink: '+ Tautan',
    removeLink: 'Hapus',
    removeLinkLabel: (n: number) => `Hapus tautan ${n}`,
    open: 'Catat realisasi',
    openLabel: (item: number) => `Catat realisasi hasil kerja ${item}`,
    record: 'Simpan realisasi',
    recording: 'Menyimpan…',
    recorded: (period: string) => `Realisasi ${period} tersimpan.`,
    replaces: 'Periode ini sudah memiliki realisasi; menyimpan lagi akan menggantinya.',
    bySurvey: 'Diisi otomatis dari survei kepuasan masyarakat (IKM); tidak diketik.',
    recordedBy: (name: string, when: string) => `dicatat ${name}, ${when}`,
    survey: 'dari survei',
    cancel: 'Batal',
    caption: (item: number) => `Realisasi hasil kerja ${item}`,
  },
  feedback: {
    title: 'Umpan balik berkelanjutan',
    intro: 'Catatan bertanggal dari pejabat penilai selama periode berjalan.',
    empty: 'Belum ada catatan umpan balik.',
    date: 'Tanggal',
    note: 'Catatan',
    item: 'Tentang hasil kerja',
    itemNone: '— SKP secara umum —',
    add: 'Tambahkan catatan',
    adding: 'Menyimpan…',
    added: 'Catatan umpan balik ditambahkan.',
    by: (name: string) => `oleh ${name}`,
    about: (text: string) => `Tentang: ${text}`,
  },
  regionalHead: {
    intro: (y: number) =>
      `SKP tahun ${y} para kepala perangkat daerah. Pejabat penilai mereka adalah kepala daerah, yang tidak memiliki akun Pamong: sebagai admin, Anda menyetujui dan menilai SKP ini atas nama kepala daerah.`,
    caption: (y: number) => `SKP kepala perangkat daerah tahun ${y}`,
    none: (y: number) => `Belum ada SKP kepala perangkat daerah tahun ${y}.`,
    noneHint: 'SKP kepala perangkat daerah tampil di sini begitu mereka membuatnya di Rencana SKP saya.',
  },
  team: {
    title: 'Tim saya',
    intro: (y: number) =>
      `SKP tahun ${y} pegawai yang Anda nilai sebagai pejabat penilai (atasan langsung menurut struktur organisasi).`,
    none: (y: number) => `Belum ada SKP tahun ${y} yang Anda nilai.`,
    noneHint:
      'Anda menjadi pejabat penilai bagi bawahan langsung Anda: begitu mereka membuat SKP, atau Anda menurunkan hasil kerja kepada mereka, SKP mereka tampil di sini. Jika Anda tidak membawahi siapa pun, halaman ini memang kosong; SKP Anda sendiri ada di Rencana SKP saya.',
    caption: (y: number) => `SKP tim tahun ${y}`,
    name: 'Pegawai',
    status: 'Status',
    items: 'Hasil kerja',
    updated: 'Diperbarui',
    open: 'Buka',
    openLabel: (name: string) => `Buka SKP ${name}`,
    more: 'Muat lebih banyak',
    waiting: (n: number) => `${n} SKP menunggu persetujuan Anda.`,
  },
  cascade: {
    title: 'Turunkan hasil kerja (cascade)',
    intro:
      'Kirim hasil kerja dari SKP Anda yang sudah disetujui kepada bawahan langsung sekaligus. Setiap bawahan mendapat hasil kerja baru yang mendukung hasil kerja Anda; yang sudah pernah diturunkan tidak dikirim dua kali.',
    noSkp: (y: number) => `Anda belum memiliki SKP tahun ${y}. Buat dan ajukan SKP Anda dulu.`,
    openMine: 'Buka SKP saya',
    notApproved: 'Hasil kerja baru dapat diturunkan setelah SKP Anda disetujui oleh pejabat penilai Anda.',
    noItems: 'SKP Anda belum berisi hasil kerja.',
    items: 'Hasil kerja yang diturunkan',
    all: 'Pilih semua',
    none: 'Kosongkan',
    recipients: 'Kepada',
    toAll: 'Semua bawahan langsung',
    toAllHint: 'Termasuk bawahan yang belum memiliki SKP: draf SKP dibuat otomatis untuk mereka.',
    toChosen: 'Bawahan tertentu',
    chosenHint: 'Yang dapat dipilih satu per satu adalah bawahan yang sudah memiliki SKP tahun ini.',
    noTeam: 'Belum ada bawahan dengan SKP tahun ini untuk dipilih; gunakan "Semua bawahan langsung".',
    noItemsChosen: 'Pilih paling sedikit satu hasil kerja.',
    noneChosen: 'Pilih paling sedikit satu bawahan.',
    send: (n: number) => `Turunkan ${n} hasil kerja`,
    sending: 'Mengirim…',
    resultTitle: 'Hasil penurunan',
    created: (n: number) =>
      n === 0
        ? 'Tidak ada hasil kerja baru: semuanya sudah pernah diturunkan.'
        : `${n} hasil kerja baru dibuat.`,
    target: (name: string, n: number) => `${name}: ${n} hasil kerja baru`,
    newSkp: 'draf SKP baru dibuat',
    already: (n: number) => `${n} sudah pernah diturunkan`,
    targets: (people: number, created: number) =>
      created > 0
        ? `Rincian per pegawai: ${people} pegawai, ${created} di antaranya mendapat draf SKP baru`
        : `Rincian per pegawai: ${people} pegawai`,
    refusedTitle: 'Tidak dikirim',
    reasons: {
      'plan-not-editable':
        'SKP-nya sudah diajukan atau disetujui, jadi tidak dapat ditambah. Kembalikan ke draf atau buka revisi lebih dulu.',
      'not-subordinate': 'SKP-nya dinilai oleh pejabat penilai lain.',
      'other-period': 'SKP-nya untuk periode lain.',
      'too-many-items': 'SKP-nya akan melebihi 60 hasil kerja.',
    } as Record<string, string>,
    reasonOther: 'SKP-nya tidak dapat ditambah saat ini.',
  },
  tree: {
    title: 'Pohon kinerja',
    intro:
      'Hasil kerja Anda dan hasil kerja bawahan yang mendukungnya. Buka satu tingkat untuk melihat turunan berikutnya.',
    noSkp: 'Pohon kinerja tampil setelah Anda memiliki SKP tahun ini.',
    noItems: 'SKP Anda belum berisi hasil kerja.',
    noSupporters: 'Belum ada hasil kerja bawahan yang mendukung ini.',
    supporters: (items: number, people: number) =>
      `${items} hasil kerja dari ${people} bawahan mendukung ini`,
    expand: 'Lihat turunan',
    collapse: 'Tutup turunan',
    expandLabel: (name: string, text: string) => `Lihat turunan hasil kerja ${name}: ${text}`,
    unlinkedTitle: 'Hasil kerja bawahan yang belum terkait',
    emptyTitle: 'Bawahan yang SKP-nya belum berisi hasil kerja',
    caption: 'Pohon kinerja',
  },
  settings: {
    title: 'Pengaturan kinerja',
    intro:
      'Berlaku untuk seluruh pemerintah daerah. Nilai bawaan mengikuti PermenPANRB 6/2022; setiap perubahan dicatat dalam jejak audit.',
    readOnly: 'Hanya admin pemerintah daerah yang dapat mengubah pengaturan ini. Anda dapat membacanya.',
    periods: 'Periode',
    yearStartMonth: 'Bulan awal tahun penilaian',
    yearStartHint: 'Tahun penilaian berlangsung 12 bulan sejak bulan ini. Ketentuan: Januari.',
    cadence: 'Periode penilaian berkala',
    cadenceHint: 'Seberapa sering kinerja dinilai dalam setahun. Realisasi dicatat per periode ini.',
    matrix: 'Matriks predikat kinerja',
    matrixIntro:
      'Predikat pegawai dari rating hasil kerja (baris) dan rating perilaku kerja (kolom). Di bawah setiap pilihan tertulis nilai ketentuan.',
    matrixCaption: 'Matriks predikat: hasil kerja × perilaku kerja',
    hasilKerja: 'Hasil kerja',
    perilaku: 'Perilaku kerja',
    cellLabel: (h: string, b: string) => `Predikat untuk hasil kerja ${h}, perilaku kerja ${b}`,
    rule: (label: string) => `Ketentuan: ${label}`,
    changed: 'diubah',
    resetMatrix: 'Kembalikan ke ketentuan',
    distribution: 'Pola distribusi predikat',
    distributionIntro:
      'Batas jumlah pegawai per predikat menurut predikat organisasi. Mengikuti ketentuan; belum dapat diubah di halaman ini.',
    distributionCaption: 'Pola distribusi predikat menurut predikat organisasi',
    orgPredikat: 'Predikat organisasi',
    distributionRules: 'Ketentuan distribusi',
    noRule: 'Tidak ada batas.',
    or: 'atau',
    max: (pct: number, what: string) => `paling banyak ${pct}% ${what}`,
    min: (pct: number, what: string) => `paling sedikit ${pct}% ${what}`,
    some: (what: string) => `harus ada pegawai ${what}`,
    mappings: 'Keterkaitan dengan penilaian organisasi',
    ikm: 'Usulan predikat organisasi dari mutu IKM',
    ikmIntro:
      'Predikat organisasi yang diusulkan dari mutu pelayanan (IKM) unit. Penilai dapat memilih lain dengan alasan.',
    ikmCaption: 'Mutu IKM ke predikat organisasi',
    grade: (g: string) => `Mutu ${g}`,
    unitHead: 'Hasil kerja kepala unit dari predikat unitnya',
    unitHeadIntro: 'Rating hasil kerja kepala unit mengikuti predikat unit yang dipimpinnya.',
    unitHeadCaption: 'Predikat unit ke rating hasil kerja kepala unit',
    feedback: 'Umpan balik 360',
    minRaters: 'Jumlah penilai paling sedikit per kelompok',
    minRatersHint:
      'Rata-rata dan komentar suatu kelompok penilai baru ditampilkan jika sebanyak ini sudah menjawab (paling sedikit 3).',
    followUp: 'Tindak lanjut',
    talentPoolYears: 'Tahun berturut-turut Sangat Baik untuk talent pool',
    talentPoolHint: 'Ketentuan: 2 tahun.',
    persistYears: 'Tahun berturut-turut predikat rendah sebelum dirujuk ke proses disiplin',
    persistHint: 'Ketentuan: 2 tahun.',
    save: 'Simpan pengaturan',
    saving: 'Menyimpan…',
    saved: 'Pengaturan kinerja tersimpan.',
    nothingChanged: 'Belum ada yang diubah.',
    lastSaved: (when: string) => `Terakhir diubah ${when}.`,
    neverSaved: 'Belum pernah diubah: semua nilai mengikuti ketentuan.',
  },
  errors: {
    exists: 'SKP untuk tahun ini sudah ada. Muat ulang halaman untuk membukanya.',
    noAppraiser:
      'SKP Anda belum dapat dibuat: struktur organisasi tidak mencatat atasan langsung Anda sebagai pejabat penilai. Kepala perangkat daerah dinilai kepala daerah, yang tidak memiliki akun di Pamong; selain itu, minta admin OPD menempatkan pimpinan di unit Anda.',
    approvedLocked: 'SKP sudah disetujui. Buka revisi untuk mengubahnya.',
    submittedLocked: 'SKP sudah diajukan. Pejabat penilai menyetujui atau mengembalikannya ke draf.',
    notApproved: 'SKP harus disetujui lebih dulu.',
    cascadeNotApproved: 'Hasil kerja baru dapat diturunkan setelah SKP Anda disetujui.',
    noSubordinates: 'Anda tidak memiliki bawahan langsung di struktur organisasi untuk menerima hasil kerja.',
    changed: 'SKP baru saja berubah. Tampilan sudah dimuat ulang.',
    wrongState: 'Status SKP sudah berubah. Tampilan sudah dimuat ulang.',
    documentElsewhere:
      'Salah satu berkas sudah menjadi bukti dukung realisasi lain pada SKP ini. Hapus berkas itu, lalu unggah lagi bila perlu.',
    version: 'SKP ini baru saja diubah orang lain. Tampilan sudah dimuat ulang; periksa lalu coba lagi.',
    settingsVersion: 'Pengaturan baru saja diubah orang lain. Tampilan sudah dimuat ulang; coba lagi.',
    forbidden: 'Anda tidak berhak melakukan tindakan ini pada SKP ini.',
    settingsForbidden: 'Hanya admin pemerintah daerah yang dapat mengubah pengaturan kinerja.',
  },
};

export type SkpDictionary = typeof skpId;
