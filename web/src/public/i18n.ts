import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/**
 * The public pages' own small dictionary: the admin dictionaries are much larger and would weigh
 * on the survey's script budget. Questions and answer labels come from the API in both languages.
 */
export type Lang = 'id' | 'en';

/** The same key as the admin app, so a person's choice holds across the whole site. */
export const LANG_STORAGE_KEY = 'pamong.lang';

const id = {
  langName: 'Bahasa Indonesia',
  switchTo: 'Ganti bahasa',
  siteName: 'Pamong',
  surveyTitle: 'Survei Kepuasan Masyarakat',
  loading: 'Memuat…',
  retry: 'Coba lagi',
  optional: 'tidak wajib',
  required: 'wajib',
  choose: '— Pilih —',
  // unit list
  unitsTitle: 'Pilih unit layanan',
  unitsIntro: 'Pilih unit tempat Anda baru saja dilayani, lalu isi survei singkatnya (sekitar satu menit).',
  unitsEmpty: 'Belum ada unit layanan yang membuka survei.',
  unitsLabel: 'Unit layanan',
  // short link
  shortOpening: 'Membuka survei…',
  shortUnknown: 'Tautan survei ini tidak dikenal. Periksa kembali alamatnya atau pindai ulang kode QR.',
  // form
  formIntro:
    'Survei ini anonim: tidak ada nama atau nomor identitas yang diminta. Jawaban Anda membantu memperbaiki layanan.',
  requiredNote: 'Semua pertanyaan wajib dijawab, kecuali yang bertanda “tidak wajib”.',
  sectionRating: 'Penilaian layanan',
  sectionAbout: 'Tentang Anda',
  sectionService: 'Layanan dan saran',
  questionOf: (n: number, total: number) => `Pertanyaan ${n} dari ${total}`,
  gender: 'Jenis kelamin',
  genderL: 'Laki-laki',
  genderP: 'Perempuan',
  age: 'Usia (tahun)',
  ageHint: (min: number, max: number) => `Angka ${min} sampai ${max}.`,
  education: 'Pendidikan terakhir',
  occupation: 'Pekerjaan utama',
  occupations: {
    PNS: 'PNS',
    TNI: 'TNI',
    POLRI: 'POLRI',
    Swasta: 'Pegawai swasta',
    Wirausaha: 'Wirausaha',
    Lainnya: 'Lainnya',
  } as Record<string, string>,
  serviceType: 'Jenis layanan yang Anda terima',
  suggestion: 'Saran atau masukan',
  suggestionHint: 'Jangan tulis nama, NIK atau nomor telepon.',
  charsLeft: (n: number) => `Sisa ${n} karakter`,
  serviceCode: 'Kode layanan',
  serviceCodeHint: 'Tertera pada struk atau nomor antrean, contoh: ABCD-2345.',
  submit: 'Kirim jawaban',
  // validation
  errorSummary: 'Periksa kembali isian berikut:',
  pickAnswer: 'Pilih salah satu jawaban.',
  pickGender: 'Pilih jenis kelamin.',
  ageInvalid: (min: number, max: number) => `Isi usia dengan angka ${min} sampai ${max}.`,
  pickEducation: 'Pilih pendidikan terakhir.',
  pickOccupation: 'Pilih pekerjaan utama.',
  pickServiceType: 'Pilih salah satu jenis layanan dari daftar.',
  suggestionTooLong: (max: number) => `Saran paling banyak ${max} karakter.`,
  codeRequired: 'Kode layanan wajib diisi untuk unit ini.',
  codeInvalid: 'Kode layanan terdiri dari 8 huruf atau angka, contoh: ABCD-2345.',
  codeExpired: 'Kode layanan ini sudah kedaluwarsa.',
  codeUnknown: 'Kode layanan ini tidak dikenal untuk unit ini.',
  codeUsed: 'Kode layanan ini sudah pernah dipakai.',
  extraInvalid: 'Jawaban ini tidak dapat diterima. Periksa kembali.',
  fieldInvalid: 'Isian ini tidak valid.',
  // submit status
  sending: 'Mengirim jawaban…',
  resending: (n: number, total: number) => `Mengirim ulang… (percobaan ${n} dari ${total})`,
  notSaved: 'Belum tersimpan — coba lagi.',
  notSavedHint: 'Koneksi atau server sedang bermasalah. Jawaban Anda masih ada di halaman ini.',
  saved: 'Jawaban Anda sudah tersimpan.',
  thanksTitle: 'Terima kasih!',
  thanksBody: 'Penilaian Anda langsung dihitung dalam Indeks Kepuasan Masyarakat unit ini.',
  seeIkm: 'Lihat hasil IKM seluruh unit',
  // problems
  notFoundUnit: 'Unit tidak ditemukan.',
  notFoundTenant: 'Pemerintah daerah tidak ditemukan. Periksa kembali alamatnya.',
  closed: 'Survei untuk unit ini sudah ditutup.',
  suspended: 'Layanan ini sedang tidak tersedia.',
  rateLimited: 'Terlalu banyak jawaban dari jaringan ini. Silakan coba lagi nanti.',
  rateLimitedIn: (minutes: number) =>
    `Terlalu banyak jawaban dari jaringan ini. Silakan coba lagi dalam ${minutes} menit.`,
  network: 'Tidak dapat terhubung. Periksa koneksi internet Anda.',
  serverError: 'Server sedang bermasalah. Silakan coba lagi sebentar lagi.',
  unknownError: 'Terjadi kesalahan. Silakan coba lagi.',
  badRequest: 'Ada isian yang belum sesuai.',
  pageNotFound: 'Halaman tidak ditemukan.',
  // IKM page
  ikmTitle: 'Indeks Kepuasan Masyarakat',
  ikmIntro:
    'Hasil Survei Kepuasan Masyarakat setiap unit layanan, dihitung langsung dari jawaban warga (PermenPANRB 14/2017). Tidak memuat data pribadi.',
  period: 'Periode',
  quarter: (q: number, y: number) => `Triwulan ${q} ${y}`,
  ikmUnits: 'Unit layanan menurut IKM',
  ikmNone: 'Belum ada unit yang menerbitkan hasil survei.',
  respondents: (n: number) => `${n} responden`,
  noResponses: 'Belum ada jawaban',
  previous: 'Periode sebelumnya',
  legendTitle: 'Arti mutu pelayanan',
  legendNote: 'IKM adalah rata-rata nilai sembilan unsur pelayanan, pada skala 25 sampai 100.',
  grade: 'Mutu',
  gradeMeaning: 'Keterangan',
  up: 'naik',
  down: 'turun',
  same: 'tetap',
  gradeLabels: {
    'Sangat Baik': 'Sangat Baik',
    Baik: 'Baik',
    'Kurang Baik': 'Kurang Baik',
    'Tidak Baik': 'Tidak Baik',
  } as Record<string, string>,
};

export type PublicDictionary = typeof id;

const en: PublicDictionary = {
  langName: 'English',
  switchTo: 'Change language',
  siteName: 'Pamong',
  surveyTitle: 'Public Satisfaction Survey',
  loading: 'Loading…',
  retry: 'Try again',
  optional: 'optional',
  required: 'required',
  choose: '— Choose —',
  unitsTitle: 'Choose a service unit',
  unitsIntro: 'Choose the unit that has just served you, then fill in its short survey (about one minute).',
  unitsEmpty: 'No service unit has opened a survey yet.',
  unitsLabel: 'Service units',
  shortOpening: 'Opening the survey…',
  shortUnknown: 'This survey link is not known. Check the address or scan the QR code again.',
  formIntro:
    'This survey is anonymous: no name or ID number is asked. Your answers help improve the service.',
  requiredNote: 'Every question must be answered, except those marked “optional”.',
  sectionRating: 'Rate the service',
  sectionAbout: 'About you',
  sectionService: 'Service and suggestions',
  questionOf: (n, total) => `Question ${n} of ${total}`,
  gender: 'Sex',
  genderL: 'Male',
  genderP: 'Female',
  age: 'Age (years)',
  ageHint: (min, max) => `A number from ${min} to ${max}.`,
  education: 'Highest education',
  occupation: 'Main occupation',
  occupations: {
    PNS: 'Civil servant (PNS)',
    TNI: 'Armed forces (TNI)',
    POLRI: 'Police (POLRI)',
    Swasta: 'Private employee',
    Wirausaha: 'Self-employed',
    Lainnya: 'Other',
  },
  serviceType: 'Service you received',
  suggestion: 'Suggestions or feedback',
  suggestionHint: 'Do not write names, ID numbers or phone numbers.',
  charsLeft: (n) => `${n} characters left`,
  serviceCode: 'Service code',
  serviceCodeHint: 'Printed on your receipt or queue ticket, for example ABCD-2345.',
  submit: 'Send answers',
  errorSummary: 'Please check the following:',
  pickAnswer: 'Choose one answer.',
  pickGender: 'Choose your sex.',
  ageInvalid: (min, max) => `Enter your age as a number from ${min} to ${max}.`,
  pickEducation: 'Choose your highest education.',
  pickOccupation: 'Choose your main occupation.',
  pickServiceType: 'Choose a service from the list.',
  suggestionTooLong: (max) => `Suggestions can be at most ${max} characters.`,
  codeRequired: 'This unit requires a service code.',
  codeInvalid: 'A service code has 8 letters or digits, for example ABCD-2345.',
  codeExpired: 'This service code has expired.',
  codeUnknown: 'This service code is not known for this unit.',
  codeUsed: 'This service code has already been used.',
  extraInvalid: 'This answer cannot be accepted. Please check it.',
  fieldInvalid: 'This value is not valid.',
  sending: 'Sending your answers…',
  resending: (n, total) => `Sending again… (attempt ${n} of ${total})`,
  notSaved: 'Not saved yet — try again.',
  notSavedHint: 'The connection or the server has a problem. Your answers are still on this page.',
  saved: 'Your answers have been saved.',
  thanksTitle: 'Thank you!',
  thanksBody: "Your rating counts at once in this unit's Public Satisfaction Index.",
  seeIkm: 'See the IKM of every unit',
  notFoundUnit: 'Unit not found.',
  notFoundTenant: 'Regional government not found. Check the address.',
  closed: 'The survey for this unit has closed.',
  suspended: 'This service is not available at the moment.',
  rateLimited: 'Too many answers from this network. Please try again later.',
  rateLimitedIn: (minutes) => `Too many answers from this network. Please try again in ${minutes} minutes.`,
  network: 'Cannot connect. Check your internet connection.',
  serverError: 'The server has a problem. Please try again shortly.',
  unknownError: 'Something went wrong. Please try again.',
  badRequest: 'Some answers need your attention.',
  pageNotFound: 'Page not found.',
  ikmTitle: 'Public Satisfaction Index (IKM)',
  ikmIntro:
    "Each service unit's Public Satisfaction Survey result, computed live from citizens' answers (PermenPANRB 14/2017). No personal data is shown.",
  period: 'Period',
  quarter: (q, y) => `Quarter ${q} ${y}`,
  ikmUnits: 'Service units by IKM',
  ikmNone: 'No unit has published survey results yet.',
  respondents: (n) => `${n} ${n === 1 ? 'respondent' : 'respondents'}`,
  noResponses: 'No answers yet',
  previous: 'Previous period',
  legendTitle: 'What the grades mean',
  legendNote: 'The IKM is the mean score of the nine service elements, on a scale from 25 to 100.',
  grade: 'Grade',
  gradeMeaning: 'Meaning',
  up: 'up',
  down: 'down',
  same: 'unchanged',
  gradeLabels: {
    'Sangat Baik': 'Very good',
    Baik: 'Good',
    'Kurang Baik': 'Fair',
    'Tidak Baik': 'Poor',
  },
};

export const DICTIONARIES: Record<Lang, PublicDictionary> = { id, en };

export function storedLang(): Lang {
  try {
    return localStorage.getItem(LANG_STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    // Blocked storage (private mode): Indonesian is the default anyway.
    return 'id';
  }
}

export function saveLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Not remembered; the switch still applies to this page.
  }
}

export interface LangState {
  lang: Lang;
  t: PublicDictionary;
  setLang: (lang: Lang) => void;
}

export const LangContext = createContext<LangState>({ lang: 'id', t: id, setLang: () => {} });

export const useLang = (): LangState => useContext(LangContext);

/** IKM values with two decimals in the reader's convention (85,12 / 85.12). */
export function formatScore(lang: Lang, value: number): string {
  return value.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
}
