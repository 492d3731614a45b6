/**
 * The names of a selection round's phases, in both languages: one list for the staff pages and the
 * public careers page. No imports, so the careers chunk carries only these lines of it.
 */
type Phase =
  | 'registrationOpensAt'
  | 'registrationClosesAt'
  | 'administrationAnnouncementAt'
  | 'skdStartsAt'
  | 'skdEndsAt'
  | 'skdAnnouncementAt'
  | 'skbStartsAt'
  | 'skbEndsAt'
  | 'skbAnnouncementAt'
  | 'finalAnnouncementAt';

export const PHASE_LABELS: Record<'id' | 'en', Record<Phase, string>> = {
  id: {
    registrationOpensAt: 'Pendaftaran dibuka',
    registrationClosesAt: 'Pendaftaran ditutup',
    administrationAnnouncementAt: 'Pengumuman seleksi administrasi',
    skdStartsAt: 'SKD mulai',
    skdEndsAt: 'SKD selesai',
    skdAnnouncementAt: 'Pengumuman hasil SKD',
    skbStartsAt: 'SKB mulai',
    skbEndsAt: 'SKB selesai',
    skbAnnouncementAt: 'Pengumuman hasil SKB',
    finalAnnouncementAt: 'Pengumuman akhir',
  },
  en: {
    registrationOpensAt: 'Registration opens',
    registrationClosesAt: 'Registration closes',
    administrationAnnouncementAt: 'Administrative selection results',
    skdStartsAt: 'SKD starts',
    skdEndsAt: 'SKD ends',
    skdAnnouncementAt: 'SKD results',
    skbStartsAt: 'SKB starts',
    skbEndsAt: 'SKB ends',
    skbAnnouncementAt: 'SKB results',
    finalAnnouncementAt: 'Final announcement',
  },
};
