import type { AttendanceDictionary } from './id';

export const attendanceEn: AttendanceDictionary = {
  title: 'Attendance',
  tabs: { label: 'Sections' },
  holidays: {
    title: 'Holidays',
    intro:
      'National holidays and collective leave (cuti bersama) as the SKB 3 Menteri (joint ministerial decree) sets them, plus the regional holidays your government sets. Attendance and leave count working days by this calendar.',
    year: 'Year',
    kinds: {
      national: 'National holiday',
      'cuti-bersama': 'Collective leave',
      regional: 'Regional holiday',
    },
    counts: {
      national: (n) => `${n} national ${n === '1' ? 'holiday' : 'holidays'}`,
      'cuti-bersama': (n) => `${n} collective leave ${n === '1' ? 'day' : 'days'}`,
      regional: (n) => `${n} regional ${n === '1' ? 'holiday' : 'holidays'}`,
    },
    source: (source) => `National holidays and collective leave as set by ${source}.`,
    caption: (year) => `Holidays in ${year}, by month`,
    date: 'Date',
    name: 'Description',
    kind: 'Kind',
    weekend: 'weekend',
    empty: (year) => `No holidays for ${year} yet.`,
    emptyAdmin:
      "This year's calendar is empty, for instance because this year's SKB 3 Menteri (joint ministerial decree) is not loaded yet. Add national holidays, collective leave and regional holidays with the form below.",
    emptyOthers: "The BKD admin fills it in once this year's holiday decree is out.",
    readOnly: 'The BKD admin keeps this calendar.',
    edit: 'Edit',
    editLabel: (name, date) => `Edit ${name}, ${date}`,
    delete: 'Delete',
    deleteQuestion: (name, date) => `Delete ${name} (${date}) from the calendar?`,
    deleted: (name, date) => `${name} (${date}) deleted from the calendar.`,
    added: (name, date) => `${name} (${date}) added to the calendar.`,
    changed: (name, date) => `${name} (${date}) saved.`,
    formTitle: 'Add a holiday',
    editTitle: (date) => `Edit the holiday of ${date}`,
    formHint:
      'A date already in the calendar gets the new name and kind. Regional holidays are set by the regional head.',
    dateFixed: 'The date cannot change; to move a holiday, delete it and add the new date.',
    nameHint: 'For instance Palembang City Anniversary.',
    chooseKind: 'Choose a kind',
    submitAdd: 'Add to the calendar',
    submitEdit: 'Save changes',
    conflict: 'Someone else just changed this day. The calendar has been reloaded; try again.',
    notFound: 'This day is no longer in the calendar.',
  },
  hints: {
    date: 'Enter a valid date.',
  },
};
