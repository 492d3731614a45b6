import type { ElementCode } from './ikm';

/**
 * The nine SKM elements (unsur) with their question and the four answer labels, worst (1) to best
 * (4), in Bahasa Indonesia and English (ASN-RULES §3). The codes never change; the display order
 * is a tenant setting.
 */
export interface ElementText {
  code: ElementCode;
  name: { id: string; en: string };
  question: { id: string; en: string };
  labels: { id: [string, string, string, string]; en: [string, string, string, string] };
}

export const SURVEY_ELEMENTS: Record<ElementCode, ElementText> = {
  U1: {
    code: 'U1',
    name: { id: 'Persyaratan', en: 'Requirements' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
      en: 'How well do the service requirements match the kind of service?',
    },
    labels: {
      id: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
      en: ['Not appropriate', 'Somewhat appropriate', 'Appropriate', 'Very appropriate'],
    },
  },
  U2: {
    code: 'U2',
    name: { id: 'Sistem, mekanisme dan prosedur', en: 'Systems, mechanisms and procedures' },
    question: {
      id: 'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
      en: 'How easy are the service procedures of this unit?',
    },
    labels: {
      id: ['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'],
      en: ['Not easy', 'Somewhat easy', 'Easy', 'Very easy'],
    },
  },
  U3: {
    code: 'U3',
    name: { id: 'Waktu penyelesaian', en: 'Completion time' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
      en: 'How fast was the service delivered?',
    },
    labels: {
      id: ['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'],
      en: ['Not fast', 'Somewhat fast', 'Fast', 'Very fast'],
    },
  },
  U4: {
    code: 'U4',
    name: { id: 'Biaya/tarif', en: 'Cost/fee' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
      en: 'How fair was the cost or fee of the service?',
    },
    labels: {
      id: ['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'],
      en: ['Very expensive', 'Fairly expensive', 'Cheap', 'Free'],
    },
  },
  U5: {
    code: 'U5',
    name: { id: 'Produk spesifikasi jenis pelayanan', en: 'Service product specification' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
      en: 'How well did the result match what the service standard promises?',
    },
    labels: {
      id: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
      en: ['Not as promised', 'Somewhat as promised', 'As promised', 'Fully as promised'],
    },
  },
  U6: {
    code: 'U6',
    name: { id: 'Kompetensi pelaksana', en: 'Staff competence' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
      en: 'How competent were the staff who served you?',
    },
    labels: {
      id: ['Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten'],
      en: ['Not competent', 'Somewhat competent', 'Competent', 'Very competent'],
    },
  },
  U7: {
    code: 'U7',
    name: { id: 'Perilaku pelaksana', en: 'Staff conduct' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
      en: 'How polite and friendly were the staff?',
    },
    labels: {
      id: ['Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah'],
      en: [
        'Not polite or friendly',
        'Somewhat polite and friendly',
        'Polite and friendly',
        'Very polite and friendly',
      ],
    },
  },
  U8: {
    code: 'U8',
    name: { id: 'Penanganan pengaduan, saran dan masukan', en: 'Handling of complaints and suggestions' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang penanganan pengaduan, saran dan masukan di unit ini?',
      en: 'How are complaints and suggestions handled at this unit?',
    },
    labels: {
      id: ['Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik'],
      en: ['None', 'Exists but does not work', 'Works, but not fully', 'Well managed'],
    },
  },
  U9: {
    code: 'U9',
    name: { id: 'Sarana dan prasarana', en: 'Facilities' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
      en: 'How good are the facilities?',
    },
    labels: {
      id: ['Buruk', 'Cukup', 'Baik', 'Sangat baik'],
      en: ['Poor', 'Fair', 'Good', 'Very good'],
    },
  },
};
