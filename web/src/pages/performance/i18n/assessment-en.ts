import type { CapWords, PeriodWords, Predikat } from '../assessment-model';
import type { AssessmentDictionary } from './assessment-id';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const monthName = (m: string) => `${MONTHS[Number(m.slice(5, 7)) - 1] ?? m} ${m.slice(0, 4)}`;
const monthShort = (m: string) => `${(MONTHS[Number(m.slice(5, 7)) - 1] ?? m).slice(0, 3)} ${m.slice(0, 4)}`;

const periods: PeriodWords = {
  year: (year) => `Year ${year}`,
  quarter: (roman, year) => `Quarter ${roman} ${year}`,
  semester: (roman, year) => `Semester ${roman} ${year}`,
  month: monthName,
  range: (start, end) => `${monthShort(start)} – ${monthShort(end)}`,
};

const predikat: Record<Predikat, string> = {
  SANGAT_BAIK: 'Very good',
  BAIK: 'Good',
  BUTUH_PERBAIKAN: 'Needs improvement',
  KURANG: 'Poor',
  SANGAT_KURANG: 'Very poor',
};

const people = (n: number) => (n === 1 ? '1 employee' : `${n} employees`);

const caps: CapWords = {
  predikat: (p) => predikat[p],
  or: 'or',
  maxShort: (what, pct) => `${what} (max. ${pct}%)`,
  minShort: (what, pct) => `${what} (min. ${pct}%)`,
  someShort: (what) => `${what} (at least 1)`,
  max: (allowed, total, what, pct) => `At most ${allowed} of ${people(total)} rated ${what} (${pct}%)`,
  min: (allowed, total, what, pct) => `At least ${allowed} of ${people(total)} rated ${what} (${pct}%)`,
  some: (allowed, what) =>
    allowed > 0
      ? `Someone must be rated ${what} (at least ${allowed})`
      : `Someone must be rated ${what} (not yet in force: nobody assessed)`,
};

export const assessmentEn: AssessmentDictionary = {
  periods,
  caps,
  predikat,
  orgPredikat: {
    ISTIMEWA: 'Outstanding',
    BAIK: 'Good',
    BUTUH_PERBAIKAN: 'Needs improvement',
    KURANG: 'Poor',
    SANGAT_KURANG: 'Very poor',
  },
  ratings: {
    above: 'Above expectations',
    meets: 'Meets expectations',
    below: 'Below expectations',
  },
  berakhlak: {
    BERORIENTASI_PELAYANAN: 'Service-oriented',
    AKUNTABEL: 'Accountable',
    KOMPETEN: 'Competent',
    HARMONIS: 'Harmonious',
    LOYAL: 'Loyal',
    ADAPTIF: 'Adaptive',
    KOLABORATIF: 'Collaborative',
  },
  skpStatus: { draft: 'Draft', submitted: 'Submitted', approved: 'Approved' },
  orgKind: { unit: 'Unit', agency: 'Agency' },
  picker: {
    year: 'Year',
    period: 'Assessment period',
    prevYear: (y) => `Previous year (${y})`,
    nextYear: (y) => `Next year (${y})`,
    agency: 'Agency',
    allAgencies: 'All agencies',
    chooseAgency: 'Choose an agency',
    unit: 'Unit',
    wholeAgency: 'The whole agency',
    org: 'Organisation',
    orgUnit: (name) => `Unit: ${name}`,
    orgAgency: (name) => `Agency: ${name}`,
  },
  page: {
    title: 'Performance assessment',
    intro:
      "Rate the work results and work behaviour of the employees you appraise as their direct superior. The predikat follows your government's predikat matrix, and the spread of predikats is checked against the organisation's distribution caps (PermenPANRB 6/2022).",
    settingsError:
      'The performance settings could not be loaded, so the periods and the predikat matrix are missing.',
  },
  team: {
    title: 'The team you appraise',
    count: (n) => `${n} employees`,
    empty: (year) =>
      `No SKP of ${year} is yours to assess. This list holds the employees whose direct superior you are, once their SKPs exist.`,
    adminIntro:
      "As an admin, choose an agency or unit to see its spread of predikats against the caps and its assessments, then finalise the period's assessments.",
    notLinked: 'Your account is not linked to an employee record, so there is no team for you to assess.',
    notAssessed: 'Not assessed',
    assessedOn: (name, date) => `assessed by ${name}, ${date}`,
    fromOrg: "work results follow their organisation's predikat",
    notApproved: 'SKP not approved yet: it can be assessed once approved.',
    finalised: "This period's assessments are final.",
    assess: 'Assess',
    reassess: 'Change assessment',
    waiting: (n) => `${n} awaiting assessment`,
    allDone: 'nothing awaits assessment in this period',
    position: (pos, unit) => [pos, unit].filter(Boolean).join(' · '),
    hasil: 'Work results',
    perilaku: 'Behaviour',
  },
  form: {
    title: (name) => `Assessment of ${name}`,
    hasil: 'Work results (hasil kerja)',
    hasilHint: "The SKP's indicators this period, against the leader's expectations.",
    perilaku: 'Work behaviour (perilaku kerja)',
    perilakuHint: "Behaviour on the seven BerAKHLAK values, against the leader's expectations.",
    predikat: 'Predikat',
    predikatPending: 'Choose work results and work behaviour to see the predikat.',
    predikatFrom: "by your government's predikat matrix",
    notes: 'Behaviour notes per BerAKHLAK value',
    notesHint: 'Optional. The employee sees the notes with the assessment.',
    expectation: (text) => `Leader's expectation: ${text}`,
    save: 'Save assessment',
    saved: (name, p) => `Assessment of ${name} saved: ${p}.`,
    loading: 'Loading the SKP…',
    cannotAssess:
      'You cannot assess this SKP: only the appraiser (the direct superior) does, and the SKP must be approved.',
    choose: 'Choose one.',
    headRule: (rating, org) =>
      org
        ? `This employee heads an organisation rated ${org}, so their work results follow that rating: choose “${rating}”.`
        : `This employee heads an organisation, so their work results follow its rating: choose “${rating}”.`,
    noteTooLong: 'A note is at most 2,000 characters.',
    refusals: {
      finalised: "This organisation's assessments of that period are final and can no longer change.",
      headUnrated:
        'This employee heads a unit or agency that has no rating for this period. Rate the organisation first on the Organisation ratings page, since their work results follow it.',
      notApproved: 'This SKP is not approved yet, so it cannot be assessed.',
      changed: 'The assessment or the SKP changed while you were filling it in. Reload, then assess again.',
      forbidden: "Only the employee's appraiser (direct superior) can assess them.",
    },
  },
  dist: {
    title: 'Spread of predikats',
    intro:
      "Employees per predikat against the caps of the organisation's own predikat. Updated each time an assessment is saved.",
    orgRated: 'Organisation predikat:',
    unrated:
      'This organisation has no rating for this period. The distribution caps apply once the organisation is rated.',
    rateLink: 'Open organisation ratings',
    assessed: (n) => `${n} employees assessed`,
    none: 'Nobody has been assessed in this period yet.',
    countsCaption: 'Employees per predikat',
    chart: (summary) => `Distribution caps and counts given: ${summary}`,
    chartItem: (cap, given, allowed) => `${cap}: ${given} given, cap ${allowed}`,
    given: 'Given',
    allowed: 'Cap',
    tableCaption: 'Distribution caps',
    rule: 'Rule',
    ok: 'Within',
    over: 'Over the cap',
    short: 'Not met yet',
    statusOk: 'The spread fits every cap: the assessments can be finalised.',
    statusExceeded: 'The spread breaks a cap, so the assessments cannot be finalised yet.',
    finalised: (name, date) => `Final since ${date}, by ${name}.`,
    finalBadge: 'Final',
    forbidden: "This organisation's spread is for its agency's staff and admins.",
    chooseOrg: 'Choose an organisation to see its spread of predikats.',
  },
  finalise: {
    button: 'Finalise',
    question: (org, period) =>
      `Finalise all assessments of ${org} for ${period}? Once final, they cannot change.`,
    done: (org, period) => `The assessments of ${org} for ${period} are final.`,
    refused: 'Not finalised: the spread of predikats breaks these caps.',
    refusedCap: (cap, given) => `${cap}; ${given} given.`,
    refusedFix: 'Change the assessments that need it, then finalise again. Nothing was finalised.',
    refusals: {
      finalised: "This organisation's assessments of that period are already final.",
      unrated: 'This organisation has no rating for this period; its predikat sets the caps. Rate it first.',
      empty: 'There are no assessments of this organisation and period to finalise.',
      changed:
        "The assessments or the organisation's rating changed meanwhile. Check the spread and try again.",
      forbidden: "Only this organisation's head or an admin of its agency can finalise its assessments.",
    },
  },
  orgList: {
    title: "This organisation's assessments",
    employee: 'Employee',
    unit: 'Unit',
    assessedBy: 'Assessed by',
    empty: 'No assessments of this organisation and period yet.',
    forbidden: "This organisation's assessments are for its heads, their appraisers and admins.",
  },
  orgRatings: {
    title: 'Organisation ratings',
    intro:
      "An organisation's own predikat sets the caps on its employees' predikats. A unit is rated by the head of the organisation above it; an agency by a tenant admin, for the regional head.",
    listTitle: (period) => `Ratings of ${period}`,
    empty: 'No organisation has been rated for this period yet.',
    org: 'Organisation',
    kind: 'Kind',
    predikat: 'Predikat',
    indicators: 'Indicators',
    indicatorCount: (n) => `${n} indicators`,
    noIndicators: 'No indicators',
    reason: 'Reason',
    ratedBy: 'Rated by',
    ratedAt: (name, date) => `${name}, ${date}`,
    target: 'Target',
    realisation: 'Realisation',
    indicatorText: 'Performance indicator',
    change: 'Change',
    rate: 'Rate',
    formTitle: 'Rate an organisation',
    formTitleFor: (name) => `Rating of ${name}`,
    chooseOrg: 'Choose an organisation',
    orgOption: (kind, name) => `${kind}: ${name}`,
    addIndicator: 'Add an indicator',
    removeIndicator: (n) => `Remove indicator ${n}`,
    reasonHint: 'Optional: what the rating rests on, such as the key performance indicators.',
    save: 'Save rating',
    saved: (name, p, period) => `${name} rated ${p} for ${period}.`,
    whoRates:
      "You can read the organisation ratings of your agency. A unit is rated by the head of the organisation above it; an agency by the tenant's admin.",
    headRates:
      'You can rate the units headed by people you appraise. The organisation you head yourself is rated by your superior, or by the tenant admin.',
    adminRates: 'As tenant admin you record the ratings of the agencies and their units.',
    forbidden:
      'You may not rate this organisation: a unit is rated by the head of the organisation above it (never its own head), an agency by a tenant admin.',
    finalised: "This organisation's assessments of that period are final, so its rating cannot change.",
    changed: "Someone else changed this organisation's rating. Reload, then try again.",
    number: 'Enter a number, such as 95 or 92.5.',
    listForbidden: "Another agency's ratings are not yours to see.",
    chooseAgencyFirst: 'Choose an agency to see and rate its units.',
  },
};
