/**
 * Texts of passkeys for check-in (issue 13 §2), Bahasa Indonesia first: the Passkey page, what the
 * check-in page says while it asks for the passkey, and the admins' reset on an employee's profile.
 * Written for staff who would rather not change how they check in: what it is for, in plain words.
 */
export const passkeyId = {
  title: 'Passkey',
  notLinked:
    'Passkey untuk absen hanya dapat didaftarkan dari akun yang terhubung dengan data pegawai. Jika Anda juga pegawai, minta Admin BKD menautkan akun ini ke data kepegawaian Anda.',
  why: {
    title: 'Mengapa passkey?',
    lead: 'Passkey memastikan absen dilakukan oleh Anda sendiri, dengan sidik jari, wajah atau PIN ponsel Anda.',
    points: [
      'Tidak ada kata sandi baru yang perlu diingat. Anda cukup membuka kunci ponsel seperti biasa.',
      'Sidik jari dan wajah Anda tetap tersimpan di ponsel. Keduanya tidak pernah dikirim ke Pamong maupun ke BKD.',
      'Cukup didaftarkan sekali di ponsel yang biasa Anda pakai untuk absen. Setelah itu, setiap absen hanya perlu satu sentuhan tambahan.',
      'Dengan passkey, tidak ada yang dapat absen atas nama Anda, walaupun membawa ponsel atau kata sandi Anda.',
    ],
  },
  policy: {
    off: 'Saat ini pemerintah daerah Anda tidak meminta passkey ketika absen. Anda tetap dapat mendaftarkannya sekarang.',
    optional:
      'Passkey belum wajib di pemerintah daerah Anda. Setelah Anda mendaftarkannya, setiap absen dikonfirmasi dengan passkey.',
    required:
      'Pemerintah daerah Anda mewajibkan passkey untuk absen. Tanpa passkey, absen tidak dapat dilakukan.',
  },
  list: {
    title: 'Passkey Anda',
    empty: 'Anda belum memiliki passkey.',
    added: (when: string) => `Ditambahkan ${when}`,
    lastUsed: (when: string) => `Terakhir dipakai ${when}`,
    neverUsed: 'Belum pernah dipakai untuk absen',
    synced: 'Tersinkron ke akun awan',
    syncedNote:
      'Passkey yang tersinkron ke akun awan (misalnya Akun Google atau iCloud) boleh dipakai, tetapi absennya diberi catatan, karena akun awan dapat dibuka dari perangkat lain.',
    remove: 'Hapus',
    removeQuestion: (name: string) =>
      `Hapus passkey ${name}? Perangkat ini tidak dapat dipakai lagi untuk absen.`,
    removeQuestionLast: (name: string) =>
      `Hapus passkey ${name}? Ini passkey terakhir Anda: absen tidak dapat dilakukan sampai Anda mendaftarkan passkey baru.`,
    removed: (name: string) => `Passkey ${name} dihapus.`,
    notFound: 'Passkey ini sudah tidak ada. Daftar sudah dimuat ulang.',
  },
  add: {
    title: 'Tambah passkey di perangkat ini',
    titleMore: 'Passkey untuk perangkat lain',
    more: 'Satu passkey di ponsel yang Anda pakai untuk absen sudah cukup. Untuk ponsel baru atau cadangan, buka halaman ini di ponsel itu, lalu daftarkan dari sana.',
    openMore: 'Tambah passkey di perangkat ini',
    intro:
      'Lakukan di ponsel yang biasa Anda pakai untuk absen. Ponsel akan meminta sidik jari, wajah atau PIN, sama seperti ketika membuka kunci layar.',
    name: 'Nama perangkat',
    nameHint: 'Agar Anda mengenali perangkat ini di daftar, misalnya HP Samsung A15.',
    submit: 'Daftarkan passkey',
    waiting: 'Ikuti petunjuk di layar: sentuh sensor sidik jari, pindai wajah atau masukkan PIN ponsel…',
    done: (name: string) =>
      `Passkey ${name} terdaftar. Mulai sekarang, absen dikonfirmasi dengan sidik jari, wajah atau PIN ponsel ini.`,
    toCheckIn: 'Ke halaman Absen',
    limit: (n: string) =>
      `Anda sudah memiliki ${n} passkey, jumlah terbanyak yang diizinkan. Hapus satu yang tidak dipakai lagi untuk menambah yang baru.`,
  },
  /** A first name for this device, guessed from the browser. */
  devices: {
    iphone: 'iPhone',
    ipad: 'iPad',
    androidPhone: 'Ponsel Android',
    androidTablet: 'Tablet Android',
    phoneOf: (brand: string) => `HP ${brand}`,
    laptopOf: (system: string) => `Laptop ${system}`,
    laptop: 'Laptop',
    other: 'Perangkat saya',
  },
  /** When the browser's prompt gave no passkey, while registering. */
  browser: {
    cancelled:
      'Pendaftaran dibatalkan; tidak ada yang berubah. Tekan “Daftarkan passkey” lagi bila Anda sudah siap.',
    unsupported:
      'Browser ini belum mendukung passkey. Buka Pamong di Chrome, Safari, Edge atau Samsung Internet versi terbaru.',
    insecure:
      'Passkey hanya dapat dipakai di alamat resmi Pamong. Buka Pamong dari alamat yang diberikan Admin BKD, lalu coba lagi.',
    already: 'Perangkat ini sudah menyimpan passkey Pamong Anda. Lihat daftar passkey di atas.',
    noLock:
      'Ponsel ini belum memakai kunci layar. Aktifkan sidik jari, wajah atau PIN di Pengaturan ponsel, lalu coba lagi.',
    failed:
      'Ponsel tidak dapat membuat passkey saat ini. Coba sekali lagi; bila tetap gagal, coba browser lain.',
  },
  /** What the API refused, while registering. */
  errors: {
    expired: 'Waktu pendaftaran sudah habis. Tekan “Daftarkan passkey” lagi.',
    limit: 'Anda sudah memiliki 5 passkey. Hapus satu yang tidak dipakai lagi, lalu coba lagi.',
    duplicate: 'Passkey ini sudah terdaftar. Lihat daftar passkey di atas.',
    unverified:
      'Passkey dari perangkat ini tidak dapat diperiksa. Coba sekali lagi; bila tetap gagal, hubungi Admin BKD.',
    name: 'Isi nama perangkat, paling banyak 60 karakter.',
  },
  admins:
    'Untuk mengatur ulang passkey seorang pegawai (misalnya ponselnya hilang), buka profil pegawai itu di menu Kepegawaian.',
  adminsLink: 'Buka daftar pegawai',
  /** What the check-in page says about the passkey. */
  checkIn: {
    note: 'Absen dikonfirmasi dengan passkey Anda: sidik jari, wajah atau PIN ponsel.',
    confirming: 'Konfirmasi dengan sidik jari, wajah atau PIN ponsel Anda…',
    waiting: 'Menunggu passkey…',
    confirmed: 'Dikonfirmasi dengan passkey',
    manage: 'Kelola passkey',
    required: {
      title: 'Daftarkan passkey dulu untuk absen',
      body: 'Pemerintah daerah Anda mewajibkan passkey untuk absen, dan Anda belum memilikinya. Daftarkan sekali di ponsel ini, kurang dari satu menit, lalu kembali ke sini untuk absen.',
      link: 'Daftarkan passkey',
    },
    cancelled:
      'Konfirmasi passkey dibatalkan, jadi absen belum dikirim. Tekan tombol absen lagi bila Anda sudah siap.',
    cancelledHint:
      'Jika passkey Anda terdaftar di ponsel lain, absenlah dari ponsel itu, atau tambahkan passkey untuk perangkat ini di halaman Passkey.',
    unsupported:
      'Browser ini tidak mendukung passkey, padahal absen Anda perlu dikonfirmasi dengan passkey. Buka Pamong di browser ponsel tempat passkey Anda didaftarkan.',
    insecure:
      'Passkey tidak dapat dipakai di alamat ini. Buka Pamong dari alamat resmi yang diberikan Admin BKD, lalu absen lagi.',
    noLock:
      'Ponsel ini belum memakai kunci layar, sehingga passkey tidak dapat dipakai. Aktifkan kunci layar, lalu coba lagi.',
    failed: 'Ponsel tidak dapat memakai passkey saat ini. Coba sekali lagi.',
    expired: 'Konfirmasi passkey sudah kedaluwarsa. Tekan tombol absen lagi.',
    usedElsewhere: 'Passkey ini baru saja dipakai untuk absen lain. Tunggu sebentar, lalu coba lagi.',
    needed: 'Absen Anda perlu dikonfirmasi dengan passkey. Tekan tombol absen sekali lagi.',
    notRegistered: 'Passkey Anda sudah tidak terdaftar. Muat ulang halaman, lalu coba lagi.',
    unverified:
      'Passkey tidak dapat diperiksa. Pastikan Anda memakai passkey Pamong milik Anda sendiri, lalu coba lagi.',
  },
  /** An admin removes every passkey of an employee (on the employee's profile). */
  reset: {
    title: 'Passkey absen',
    intro:
      'Atur ulang bila ponsel pegawai hilang atau diganti, atau passkey-nya dipakai bersama rekan. Semua passkey pegawai ini dihapus; pegawai lalu mendaftarkan passkey baru dari ponselnya.',
    open: 'Atur ulang passkey',
    reason: 'Alasan',
    reasonHint: 'Tercatat di log audit. Misalnya: HP hilang, dilaporkan 7 Desember.',
    submit: 'Atur ulang sekarang',
    cancel: 'Batal',
    busy: 'Mengatur ulang…',
    done: (count: string, name: string) =>
      `${count} passkey milik ${name} dihapus. ${name} dapat mendaftarkan passkey baru di halaman Kehadiran → Passkey.`,
    none: (name: string) => `${name} tidak memiliki passkey, jadi tidak ada yang dihapus.`,
    reasonError: 'Isi alasan, paling banyak 500 karakter.',
    notFound: 'Pegawai ini tidak ditemukan atau berada di luar instansi yang Anda kelola.',
  },
};

export type PasskeyDictionary = typeof passkeyId;
