/**
 * The national holidays (hari libur nasional) and collective leave days (cuti bersama) every tenant
 * starts with, as the joint decree of three ministers (SKB 3 Menteri) sets them for a year. A
 * tenant adds its regional holidays, and changes these when a decree is amended.
 *
 * 2026: SKB Menteri Agama No. 1497 Tahun 2025, Menteri Ketenagakerjaan No. 2 Tahun 2025 and
 * Menteri PANRB No. 5 Tahun 2025 on Hari Libur Nasional dan Cuti Bersama Tahun 2026, announced by
 * the Menko PMK on 19 September 2025: 17 national holidays and 8 days of cuti bersama. Dates as
 * published by Kemenko PMK and repeated by, among others, Dinas Pendidikan Kota Semarang
 * (disdiksmg.semarangkota.go.id, "Resmi! Daftar Hari Libur Nasional dan Cuti Bersama Tahun 2026
 * Berdasarkan SKB 3 Menteri").
 *
 * 2027: the decree for 2027 is not in this list yet: its text could not be checked from where this
 * was written (no copy of it in the sources available). A tenant admin enters 2027's days, or
 * they are added here with the decree's number once it can be cited. No holiday library is used:
 * they have had Indonesian dates wrong, and none knows cuti bersama.
 */
export interface NationalHoliday {
  /** `YYYY-MM-DD`. */
  date: string;
  name: string;
  kind: 'national' | 'cuti-bersama';
}

export interface HolidayDecree {
  year: number;
  /** The decree, as it should be cited in the audit entry of the seeded days. */
  source: string;
  days: readonly NationalHoliday[];
}

const n = (date: string, name: string): NationalHoliday => ({ date, name, kind: 'national' });
const cb = (date: string, name: string): NationalHoliday => ({ date, name, kind: 'cuti-bersama' });

export const HOLIDAY_DECREES: readonly HolidayDecree[] = [
  {
    year: 2026,
    source:
      'SKB Menteri Agama No. 1497/2025, Menteri Ketenagakerjaan No. 2/2025, Menteri PANRB No. 5/2025 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026',
    days: [
      n('2026-01-01', 'Tahun Baru 2026 Masehi'),
      n('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'),
      cb('2026-02-16', 'Cuti bersama Tahun Baru Imlek'),
      n('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'),
      cb('2026-03-18', 'Cuti bersama Hari Suci Nyepi'),
      n('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)'),
      cb('2026-03-20', 'Cuti bersama Idulfitri 1447 H'),
      n('2026-03-21', 'Idulfitri 1447 H'),
      n('2026-03-22', 'Idulfitri 1447 H'),
      cb('2026-03-23', 'Cuti bersama Idulfitri 1447 H'),
      cb('2026-03-24', 'Cuti bersama Idulfitri 1447 H'),
      n('2026-04-03', 'Wafat Yesus Kristus'),
      n('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'),
      n('2026-05-01', 'Hari Buruh Internasional'),
      n('2026-05-14', 'Kenaikan Yesus Kristus'),
      cb('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus'),
      n('2026-05-27', 'Iduladha 1447 H'),
      cb('2026-05-28', 'Cuti bersama Iduladha 1447 H'),
      n('2026-05-31', 'Hari Raya Waisak 2570 BE'),
      n('2026-06-01', 'Hari Lahir Pancasila'),
      n('2026-06-16', '1 Muharam Tahun Baru Islam 1448 H'),
      n('2026-08-17', 'Proklamasi Kemerdekaan Republik Indonesia'),
      n('2026-08-25', 'Maulid Nabi Muhammad SAW'),
      cb('2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus'),
      n('2026-12-25', 'Kelahiran Yesus Kristus'),
    ],
  },
];

/** The seeded days of a year (none for a year whose decree is not in the list). */
export function nationalHolidaysOf(year: number): readonly NationalHoliday[] {
  return HOLIDAY_DECREES.find((d) => d.year === year)?.days ?? [];
}
