import type { IkmDictionary } from './ikm-id';

export const ikmEn: IkmDictionary = {
  grades: {
    A: 'Very good',
    B: 'Good',
    C: 'Poor',
    D: 'Very poor',
  },
  gradeBadge: (grade, label) => `Grade ${grade}: ${label}`,
  ikm: 'IKM',
  ikmLong: 'Public satisfaction index',
  tile: {
    title: 'Public satisfaction (IKM)',
    of: (org, period) => `${org} · ${period}`,
    chooseOrg: 'Choose an organisation in the form to see its IKM for this period.',
    loading: 'Loading the IKM…',
    noValue: 'No value yet',
    respondentsOfMinimum: (n, min) => `${n} respondents (minimum ${min})`,
    respondents: (n) => `${n} respondents`,
    indicative: 'indicative',
    why: {
      'no-responses':
        'No citizen answered the survey in this period, so there is no IKM and no suggested predikat yet.',
      'no-population':
        "This period's number of service users (the population) is not recorded, so the minimum sample cannot be worked out and no predikat is suggested.",
      'below-minimum': (missing) =>
        `${missing} more respondents are needed to reach the minimum sample (Krejcie-Morgan), so no predikat is suggested yet.`,
    },
    whyPlain: {
      'no-responses': 'No citizen answered the survey in this period yet.',
      'no-population':
        "This period's number of service users (the population) is not recorded, so the minimum sample cannot be worked out.",
      'below-minimum': (missing) =>
        `${missing} more respondents are needed to reach the minimum sample (Krejcie-Morgan).`,
    },
    surveyUnits: (n) => (n === 1 ? 'SKM service unit' : `SKM service units (${n})`),
    suggested: 'Suggested predikat',
    suggestedFrom: (grade, label) => `From grade ${grade} (${label}), as mapped in Performance settings.`,
    noneUnit: (org) =>
      `No SKM service unit is linked to ${org} yet, so the IKM does not weigh in. You can still rate it as usual.`,
    noneAgency: (org) =>
      `${org} has no SKM service unit yet, so the IKM does not weigh in. You can still rate it as usual.`,
    linkUnits: 'Link an SKM service unit',
    linkUnitsHint: 'on the Service units page (choose “Serves the unit”).',
    forbidden: "This organisation's IKM is for its agency's staff and the tenant admins only.",
    failed: "This organisation's IKM cannot be loaded right now.",
  },
  trend: {
    title: 'Month by month',
    chart: (summary) => `IKM per month chart. ${summary}`,
    summary: (rated, best, worst, last) =>
      `${rated} months with a value; highest ${best}, lowest ${worst}, latest ${last}.`,
    point: (month, ikm, n) => `${month}: IKM ${ikm}, ${n} respondents`,
    empty: 'No respondents in the months of this period yet.',
    table: 'IKM per month as a table',
    month: 'Month',
    respondents: 'Respondents',
    grade: 'Grade',
    noResponses: 'no respondents',
    gradeFloor: (grade) => `grade ${grade} from here`,
    target: (n) => `target ${n}`,
  },
  rate: {
    suggestedMark: 'suggested',
    suggestionLine: (ikm, grade, predikat) => `The IKM of ${ikm} (grade ${grade}) suggests ${predikat}.`,
    indicativeLine: "This period's IKM is only indicative: no predikat is suggested.",
    reason: 'Reason',
    required: 'required',
    departHint: (suggested, chosen) =>
      `The IKM suggests ${suggested}. Explain why this organisation is rated ${chosen}; the reason is kept with the rating and the current IKM.`,
    reasonMissing: (suggested) =>
      `Write why you chose a predikat other than ${suggested}, the one the IKM suggests.`,
  },
  list: {
    atRating: 'IKM when rated',
    value: (ikm, grade, label) => `${ikm} · grade ${grade} (${label})`,
    respondents: (n) => `${n} respondents`,
    suggested: (p) => `suggested ${p}`,
    departed: 'differs from the suggestion',
    indicative: 'indicative, no suggestion',
    noValue: 'no respondents yet',
  },
  skp: {
    source: 'Automatic from the SKM',
    locked:
      "This result is added automatically because your unit serves citizens through an SKM service unit. Its wording, indicator and target follow the performance settings and cannot be changed or removed; the leader's expectation can still be written.",
    bySurvey:
      "Its realisation is filled automatically from the citizens' satisfaction survey (SKM) each period, never typed.",
    fromSurvey: 'automatic from the SKM',
    note: (n, grade, label) => `${n} SKM respondents, grade ${grade} (${label})`,
    met: (target) => `target ${target} met`,
    notMet: (target) => `below the target of ${target}`,
    indicators: 'Indicators',
    target: 'Target',
  },
  mine: {
    title: "Your unit's IKM",
    intro: (unit, period) =>
      `Citizens' satisfaction with the services of ${unit} in ${period}, from its SKM service units' survey.`,
    unitFallback: 'your unit',
  },
  settings: {
    target: "Service unit heads' IKM target",
    targetHint:
      'The target of the automatic result “Unit IKM ≥ target” on the SKP of the head of a unit linked to an SKM service unit: 25 to 100 (grade B starts at 76.61). Applies to SKPs created after saving.',
    problems: {
      required: 'Enter the IKM target.',
      number: 'Enter a number, such as 76.61.',
      range: 'The IKM target runs from 25 to 100.',
      decimals: 'Two decimals at most, such as 76.61.',
    },
  },
};
