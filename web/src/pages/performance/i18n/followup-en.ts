import type { FollowUpKind, FollowUpReason, FollowUpStatus, ReferralOutcome } from '../followup-api';
import type { FollowUpDictionary } from './followup-id';

const kinds: Record<FollowUpKind, string> = {
  'talent-pool': 'Talent pool',
  coaching: 'Coaching',
  'discipline-referral': 'Discipline referral',
};

const span = (years: readonly number[]) =>
  years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0] ?? '');

const reasons: Record<FollowUpReason, (years: readonly number[]) => string> = {
  'sangat-baik-consecutive': (years) =>
    `Very good ${years.length} years running (${span(years)}): priority for promotion and training`,
  'butuh-perbaikan-or-worse': (years) => `Rated Needs improvement or lower for ${span(years)}`,
  'kurang-or-sangat-kurang': (years) => `Rated Poor or Very poor for ${span(years)}`,
  'persistent-low-predikat': (years) => `A low rating ${years.length} years running (${span(years)})`,
};

const outcomes: Record<ReferralOutcome, string> = {
  'no-violation': 'No violation found',
  light: 'Light disciplinary penalty',
  moderate: 'Moderate disciplinary penalty',
  severe: 'Severe disciplinary penalty',
  withdrawn: 'Referral withdrawn',
};

const status: Record<FollowUpKind, Partial<Record<FollowUpStatus, string>>> = {
  'talent-pool': { noted: 'In the talent pool' },
  coaching: {
    'to-do': 'No coaching plan yet',
    planned: 'Coaching plan made',
    'in-progress': 'Coaching under way',
  },
  'discipline-referral': {
    'to-do': 'Not referred yet',
    referred: 'Referred, awaiting the outcome',
    decided: 'Outcome recorded',
  },
};

export const followUpEn: FollowUpDictionary = {
  page: {
    title: 'Performance follow-up register',
    intro:
      'What follows from the annual performance rating: employees rated Very good two years running join the talent pool, a rating of Needs improvement or lower leads to coaching, and Poor or Very poor (or a low rating that persists) to a referral to the discipline process of PP 94/2021.',
    yearHint: "Last year is shown by default: a year's rating is followed up during the next year.",
    notLinked:
      'This account is not linked to an employee record, so there is no follow-up of your own rating.',
  },
  year: {
    nav: 'Assessment year',
    prev: (year: number) => `Previous year (${year})`,
    next: (year: number) => `Next year (${year})`,
  },
  agency: {
    label: 'Agency',
    choose: 'Choose an agency',
    prompt: 'Choose an agency to see its follow-up register.',
  },
  kinds,
  kindIntro: {
    'talent-pool':
      'These employees come first on the promotion list and for training. Nothing needs recording.',
    coaching:
      'The appraiser (direct superior) or an admin makes a coaching plan with goals and dated check-ins, then records each check-in held.',
    'discipline-referral':
      'The personnel admin records the referral to the discipline process of PP 94/2021 and its outcome. The examination and any penalty happen outside Pamong.',
  },
  empty: {
    'talent-pool': (year: number) => `Nobody is in the talent pool for ${year}.`,
    coaching: (year: number) => `Nobody needs coaching for ${year}.`,
    'discipline-referral': (year: number) => `Nobody needs a referral for ${year}.`,
  },
  emptyYear: (year: number) =>
    `No follow-up for ${year} yet: there are no annual ratings for ${year}, or none that needs following up.`,
  reasons,
  outcomes,
  status,
  checkInStatus: { planned: 'Planned', held: 'Held' },
  row: {
    nip: (nip: string) => `NIP ${nip}`,
    noNip: 'No NIP recorded',
    noUnit: 'No unit recorded',
    predikats: 'Annual ratings',
    predikatYear: (year: number) => `${year}:`,
    appraiser: (name: string) => `Appraiser: ${name}`,
    coach: (name: string) => `Coach: ${name}`,
    progress: (held: number, total: number) =>
      total === 0 ? 'No check-ins planned yet' : `${held} of ${total} check-ins held`,
    nextCheckIn: (date: string) => `Next check-in ${date}`,
    planBy: (name: string, date: string) => `Made by ${name}, ${date}`,
    referredBy: (name: string, date: string) => `Referred by ${name}, ${date}`,
    decided: (outcome: string, date: string) => `${outcome} (decided ${date})`,
    recordedBy: (name: string) => `Recorded by ${name}`,
    notCurrent: 'No longer applies',
    notCurrentHint: (predikat: string) =>
      `The annual assessment was changed after this was recorded (now ${predikat}). The record is kept.`,
    details: 'Coaching plan details',
    goals: 'Coaching goals',
    checkIns: 'Check-ins',
    noCheckIns: 'No check-ins yet.',
    referralNote: 'Referral note',
    outcomeNote: 'Outcome note',
    self: 'Your own follow-up is recorded by your superior or an admin.',
  },
  actions: {
    createPlan: 'Make a coaching plan',
    checkIn: 'Record a check-in',
    refer: 'Record the referral',
    outcome: 'Record the outcome',
    changeOutcome: 'Change the outcome',
    for: (action: string, name: string) => `${action}: ${name}`,
  },
  summary: {
    title: 'Summary',
    chart: (items: string) => `Employees per follow-up category: ${items}`,
    chartItem: (kind: string, total: string, waiting: string) =>
      `${kind} ${total} (${waiting} awaiting action)`,
    caption: (year: number) => `Follow-up of the ${year} ratings by category`,
    kind: 'Category',
    total: 'Employees',
    waiting: 'Awaiting action',
    recorded: 'Recorded',
    notApplicable: 'nothing to record',
    partial: (n: string) => `Summary of the register's first ${n} rows.`,
  },
  list: {
    label: 'Follow-up categories',
    tab: (kind: string, n: string) => `${kind} (${n})`,
    showMore: (n: string) => `Show ${n} more`,
    loadMore: 'Load the next rows',
    more: 'This register is long: the next rows are not loaded yet.',
  },
  own: {
    title: (year: number) => `My performance follow-up (${year})`,
    empty: (year: number) => `No follow-up of your annual rating for ${year}.`,
  },
  team: {
    title: (year: number) => `Follow-up of the employees you appraise (${year})`,
    intro:
      'The follow-up of the employees whose annual rating you gave. As their appraiser you make the coaching plan of those rated Needs improvement or lower and record its check-ins.',
    empty: (year: number) => `No ${year} follow-up for the employees you appraise.`,
  },
  report: {
    button: 'Download the SKP report (XLSX)',
    busy: 'Preparing the report…',
    hint: (year: number) => `SKPs, realisation per period and the ${year} annual ratings, for e-Kinerja.`,
    truncated: 'The report was cut at 3,000 SKPs. Contact the platform admin if this agency has more SKPs.',
    forbidden: "The SKP report is for this agency's admins only.",
  },
  form: {
    planTitle: (name: string) => `Coaching plan: ${name}`,
    planIntro: (from: string, until: string) =>
      `Check-in dates between ${from} and ${until}. Record check-ins once held with "Record a check-in".`,
    goals: 'Coaching goals',
    goal: (n: number) => `Goal ${n}`,
    addGoal: 'Add a goal',
    removeGoal: (n: number) => `Remove goal ${n}`,
    goalsHint: 'One to ten goals, such as "Monthly reports submitted on time".',
    checkIns: 'Planned check-ins',
    checkInsHint: 'May be left empty and recorded later.',
    checkInDate: (n: number) => `Check-in ${n} date`,
    checkInAgenda: (n: number) => `Check-in ${n} agenda`,
    addCheckIn: 'Add a check-in',
    removeCheckIn: (n: number) => `Remove check-in ${n}`,
    savePlan: 'Save the plan',
    checkInTitle: (name: string) => `Record a check-in: ${name}`,
    date: 'Check-in date',
    dateHint: 'A check-in that has taken place (today at the latest).',
    plannedDates: (dates: string) => `Planned: ${dates}. Choose its date to mark that check-in held.`,
    note: 'What was discussed',
    saveCheckIn: 'Save the check-in',
    referTitle: (name: string) => `Record the referral: ${name}`,
    referIntro: (name: string, year: number) =>
      `Records that ${name} was referred to the discipline process of PP 94/2021 over the ${year} rating.`,
    referNote: 'Note',
    referNoteHint: 'Such as to whom the referral went.',
    saveRefer: 'Save the referral',
    outcomeTitle: (name: string) => `Referral outcome: ${name}`,
    outcome: 'Outcome',
    chooseOutcome: 'Choose the outcome',
    decidedOn: 'Decision date',
    outcomeNote: 'Note',
    outcomeNoteHint: 'Such as the decision number.',
    saveOutcome: 'Save the outcome',
  },
  saved: {
    plan: (name: string) => `Coaching plan for ${name} saved.`,
    checkIn: (name: string, date: string) => `Check-in of ${date} with ${name} recorded.`,
    refer: (name: string) => `Referral of ${name} recorded.`,
    outcome: (name: string, outcome: string) => `Outcome of ${name}'s referral: ${outcome}.`,
  },
  problems: {
    required: 'Required.',
    invalid: 'This is not valid yet.',
    invalidDate: 'Enter a valid date.',
    tooLong: (n: number) => `At most ${n} characters.`,
    noGoals: 'Enter at least one coaching goal.',
    tooManyGoals: 'At most ten goals.',
    tooManyCheckIns: 'At most 24 planned check-ins.',
    notAscending: 'Must come after the check-in before it.',
    beforeYear: (date: string) => `Cannot be before ${date}, when the year followed up began.`,
    afterWindow: (date: string) =>
      `Cannot be after ${date}: coaching on a year's rating ends within the following year.`,
    futureCheckIn: 'This date has not passed yet: record a check-in once it has taken place.',
    futureDecision: 'This date has not passed yet: record the outcome once decided.',
    chooseOutcome: 'Choose the outcome.',
    checkFields: 'Some fields are not right yet. Check the marked fields.',
    fields: { period: 'Period', employeeId: 'Employee', year: 'Year', version: 'Data version' },
    planExists: (name: string, year: number) =>
      `${name} already has a coaching plan for ${year}. Record the check-ins held with "Record a check-in".`,
    noPredikat: (name: string, year: number) =>
      `${name} has no annual rating for ${year} yet, so there is nothing to follow up.`,
    notCoaching: (name: string, year: number) =>
      `${name}'s ${year} annual rating is no longer Needs improvement or lower, so no coaching plan is needed. Reload the page.`,
    notReferral: (name: string, year: number) =>
      `${name}'s ratings up to ${year} no longer lead to a discipline referral. Reload the page.`,
    assessmentChanged: (name: string) =>
      `${name}'s annual assessment was just changed. The register was reloaded; check it, then save again.`,
    checkInExists: (date: string) => `A check-in on ${date} is recorded already. Choose another date.`,
    planFull: 'This coaching plan holds 48 check-ins, the most it may.',
    referralExists: (name: string, year: number) => `${name}'s referral for ${year} is recorded already.`,
    noPlan: (name: string) => `${name} has no coaching plan yet. Make the plan first.`,
    changed: 'Someone else just changed this. The register was reloaded; check it, then save again.',
    forbidden: 'You may not record this follow-up.',
    notFound: 'This follow-up was not found. Reload the page.',
    registerForbidden: "This agency's register is not yours to see.",
  },
};
