import type { AnnouncementsDictionary } from './announcements-id';

export const announcementsEn: AnnouncementsDictionary = {
  tab: 'Announcements',
  title: 'Announcements',
  intro:
    "This round's announcement versions, from the first. No version can be changed; a correction is published as a new version linked to the one before.",
  notPublished: 'This round is not published yet, so it has no announcements.',
  none: 'No announcement has been published yet.',
  stages: {
    ADMINISTRATION: 'Administrative selection results',
    ADMINISTRATION_AFTER_OBJECTION: 'Results after the objection period',
    SKD: 'SKD results',
    SKB: 'SKB results',
    FINAL: 'Final results',
  },
  caption: 'Announcement versions',
  version: 'Version',
  stage: 'Stage',
  publishedAt: 'Published',
  rows: 'Applicants',
  note: 'Note',
  hash: 'Fingerprint (SHA-256)',
  publicPage: 'Open the public page',
  publish: 'Publish an announcement',
  publishTitle: 'Publish an announcement',
  stageLabel: 'Stage announced',
  stageHint: 'Stages are announced in order: administration, after objections, SKD, SKB, final.',
  showRows: 'Show results',
  hideRows: 'Hide results',
  rowsCaption: (stage, version) => `${stage}, version ${version}`,
  regNo: 'Registration no.',
  applicant: 'Name',
  formasi: 'Formasi',
  outcome: 'Result',
  passed: 'Passed',
  notPassed: 'Not passed',
  msLong: 'Meets the requirements',
  tmsLong: 'Does not meet the requirements',
  skd: 'SKD (TWK/TIU/TKP)',
  skdTotal: 'SKD total',
  skbScore: 'SKB score',
  finalScore: 'Final score',
  rank: 'Rank',
  decidedBy: (factor) => `decided by: ${factor}`,
  reasons: (list) => `Reasons: ${list}`,
  noteLabel: 'Announcement note',
  noteHint: 'Shown on the public page with the results, for example the decree it rests on.',
  confirmTitle: 'Publish now?',
  confirmBody: (stage) =>
    `The "${stage}" announcement will hold the results as they are now and appear on the public page at once. It cannot be changed or deleted once published; a correction can only be made by publishing a new version.`,
  confirm: 'Yes, publish',
  back: 'Back',
  cancel: 'Cancel',
  published: (stage, version) => `${stage} published as version ${version}.`,
  onlyTenantAdmin: 'Announcements are published by the regional government admin.',
  registrationOpen: (until) =>
    `Registration runs until ${until}. The administrative result can be announced only after registration closes, so that every application is screened.`,
  windowInfo: (days) =>
    `Objection period: ${days} calendar days after the day of the administrative announcement.`,
  conflict: {
    unscreened: (n) =>
      `${n} submitted applications are not screened yet (MS or TMS). Screen them all before the announcement.`,
    pendingObjections: (n) =>
      `${n} objections are not decided yet. Decide them all before the after-objection announcement.`,
    windowOpen: (until) =>
      `The objection period has not ended${until ? ` (it closes ${until})` : ''}. The after-objection announcement can be published once it has closed.`,
    notAnnounced:
      'The administrative result is not announced yet. Publish the administrative announcement first.',
    exams:
      'SKD, SKB and final results need the exam scores and the ranking, which this round does not have yet.',
    notAnnouncedStage: (before) =>
      `${before} is not announced yet. Publish it first; the stages are announced in order.`,
    windowOpenStage: (before, until) =>
      `The objection period of ${before} has not ended${until ? ` (it closes ${until})` : ''}. The next announcement can be published once it has closed.`,
    stale:
      'Scores were imported after the ranking was computed. Compute the ranking again (Ranking tab) first.',
    noRanking:
      'This round has no ranking yet. Import the scores (Scores tab), then compute the ranking (Ranking tab).',
    noScores: (exam) =>
      `The ranking has no ${exam} scores yet. Import the ${exam} scores (Scores tab), then compute the ranking again.`,
    notPublished: 'This round is not published, so no announcement can be published for it.',
    registrationOpen: (until) =>
      `Registration has not closed yet (it closes ${until}). The administrative result can be announced only after it closes.`,
    registrationChanged:
      "This round's registration times were just changed. Reload the page and check again.",
    other:
      'The announcement was refused because it conflicts with the stored data. Reload the page and try again.',
  },
  lockedTitle: 'Decision locked',
  locked:
    'The administrative result has been announced, so the MS/TMS decision can no longer be changed here. After the announcement the result changes only through an objection decision.',
  decideTitle: 'Objection decision',
  objectionBy: "Applicant's objection",
  filedAt: 'Filed',
  disputed: 'Reasons disputed',
  applicantNote: "Applicant's explanation",
  result: 'Decision',
  accept: 'Accept — the result becomes MS',
  reject: 'Reject — the result stays TMS',
  decisionNote: 'Decision note',
  decisionNoteHint: 'Shown to the applicant.',
  chooseResult: 'Choose accept or reject.',
  noteRequired: 'The decision note is required.',
  save: 'Save the objection decision',
  saved: (accepted) =>
    accepted
      ? 'Objection accepted; the application is now MS.'
      : 'Objection rejected; the application stays TMS.',
  decideConflict: {
    decided: 'This objection is already decided.',
    late: 'The deadline for deciding objections has passed.',
    none: 'There is no objection to decide.',
    other: 'The decision was refused because it conflicts with the stored data. Reload the page.',
  },
};
