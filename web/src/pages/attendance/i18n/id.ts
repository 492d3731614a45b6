/**
 * Texts of the attendance pages (issue 13), Bahasa Indonesia first. They load with those pages
 * only, not with the login page.
 */
export const attendanceId = {
  title: 'Kehadiran',
  tabs: { label: 'Bagian' },
  holidays: {
    title: 'Hari libur',
    intro:
      'Libur nasional dan cuti bersama menurut SKB 3 Menteri, ditambah libur daerah yang ditetapkan pemerintah daerah. Presensi dan cuti menghitung hari kerja menurut kalender ini.',
    year: 'Tahun',
    kinds: {
      national: 'Libur nasional',
      'cuti-bersama': 'Cuti bersama',
      regional: 'Libur daerah',
    },
    /** The summary line, by kind: "17 libur nasional". */
    counts: {
      national: (n: string) => `${n} libur nasional`,
      'cuti-bersama': (n: string) => `${n} cuti bersama`,
      regional: (n: string) => `${n} libur daerah`,
    },
    source: (source: string) => `Libur nasional dan cuti bersama menurut ${source}.`,
    caption: (year: number) => `Hari libur tahun ${year}, per bulan`,
    date: 'Tanggal',
    name: 'Keterangan',
    kind: 'Jenis',
    weekend: 'akhir pekan',
    empty: (year: number) => `Belum ada hari libur untuk tahun ${year}.`,
    emptyAdmin:
      'Kalender tahun ini belum diisi, misalnya karena SKB 3 Menteri tahun ini belum dimuat. Tambahkan libur nasional, cuti bersama dan libur daerah dengan formulir di bawah.',
    emptyOthers: 'Admin BKD akan mengisinya setelah keputusan hari libur tahun ini terbit.',
    readOnly: 'Kalender ini diatur oleh Admin BKD.',
    edit: 'Ubah',
    editLabel: (name: string, date: string) => `Ubah ${name}, ${date}`,
    delete: 'Hapus',
    deleteQuestion: (name: string, date: string) => `Hapus ${name} (${date}) dari kalender?`,
    deleted: (name: string, date: string) => `${name} (${date}) dihapus dari kalender.`,
    added: (name: string, date: string) => `${name} (${date}) ditambahkan ke kalender.`,
    changed: (name: string, date: string) => `${name} (${date}) tersimpan.`,
    formTitle: 'Tambah hari libur',
    editTitle: (date: string) => `Ubah hari libur ${date}`,
    formHint:
      'Tanggal yang sudah ada di kalender akan diubah nama dan jenisnya. Libur daerah ditetapkan oleh kepala daerah.',
    dateFixed: 'Tanggal tidak dapat diubah; untuk memindahkan, hapus hari ini lalu tambahkan tanggal baru.',
    nameHint: 'Misalnya Hari Jadi Kota Palembang.',
    chooseKind: 'Pilih jenis',
    submitAdd: 'Tambah ke kalender',
    submitEdit: 'Simpan perubahan',
    conflict: 'Hari ini baru saja diubah orang lain. Kalender sudah dimuat ulang; coba lagi.',
    notFound: 'Hari ini sudah tidak ada di kalender.',
  },
  hints: {
    date: 'Isi tanggal yang valid.',
  } as Record<string, string>,
};

export type AttendanceDictionary = typeof attendanceId;
