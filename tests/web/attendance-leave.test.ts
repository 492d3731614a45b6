import {
  checkLeaveRequest,
  DEFAULT_LEAVE_POLICIES,
  indexHolidays,
  LEAVE_ATTACHMENT_TYPES,
  LEAVE_OUTCOMES,
  LEAVE_STATUSES,
  LEAVE_TYPES,
  type LeaveRequestFacts,
  MAX_LEAVE_ATTACHMENT_BYTES,
  MAX_LEAVE_ATTACHMENTS,
} from '@pamong/core';
import { describe, expect, it } from 'vitest';
import { en } from '../../web/src/i18n/en';
import { id } from '../../web/src/i18n/id';
import { leaveEn } from '../../web/src/pages/attendance/i18n/leave-en';
import { leaveId } from '../../web/src/pages/attendance/i18n/leave-id';
import {
  ATTACHMENT_ACCEPT,
  ATTACHMENT_TYPES,
  type AttachmentUpload,
  attachmentErrorsByFile,
  attachmentName,
  attachmentRequired,
  attachmentTypeOf,
  balanceTotals,
  bucketBars,
  calendarDays,
  calendarRows,
  canCancel,
  canRevoke,
  checkAttachmentFile,
  checkLeaveDraft,
  checkStep,
  DEFERRABLE_TYPES,
  delegationState,
  employeeStatusKey,
  emptyLeaveDraft,
  entryOn,
  IMPORTANT_REASON_CODES,
  isAttachmentPath,
  LEAVE_OUTCOME_CODES,
  LEAVE_TYPE_CODES,
  leaveBody,
  leaveFieldErrors,
  leaveRefusal,
  leaveRuleMessage,
  ledgerWithTotal,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  outcomesFor,
  pendingUploads,
  periodIn,
  requestableTypes,
  ruleOf,
  sentAttachments,
  sizeIn,
  spanIn,
  statusTone,
  stepBody,
  stepFor,
  TYPE_FIELDS,
} from '../../web/src/pages/attendance/leave';
import {
  actionLabel,
  auditLabelsEn,
  auditLabelsId,
  entityTypeLabel,
  flagLabel,
  valueLabel,
} from '../../web/src/pages/audit-labels';
import { APPROVALS_PAGE, approvalsInboxView } from '../../web/src/pages/home/tiles';
import { canOpen } from '../../web/src/routes';

/** Leave (cuti): the pure helpers of "Cuti saya", the approvals' leave section, the calendar and the delegations. */

const rules = leaveId.rules;
const ICU_SPACE = /\s/g;
const plain = (s: string) => s.replace(ICU_SPACE, ' ');

describe('the types one may ask for, and their fields', () => {
  it('offers the balance’s types in the regulation’s order, never cuti bersama', () => {
    expect(requestableTypes(DEFAULT_LEAVE_POLICIES.PNS.types)).toEqual([
      'TAHUNAN',
      'BESAR',
      'SAKIT',
      'MELAHIRKAN',
      'ALASAN_PENTING',
      'CLTN',
    ]);
    expect(requestableTypes(['BERSAMA', 'SAKIT', 'TAHUNAN', 'MELAHIRKAN'])).toEqual([
      'TAHUNAN',
      'SAKIT',
      'MELAHIRKAN',
    ]);
    expect(requestableTypes(['BERSAMA'])).toEqual([]);
    // The web's list of types is core's.
    expect([...LEAVE_TYPE_CODES]).toEqual([...LEAVE_TYPES]);
  });

  it('sends only the chosen type’s own fields, blanks left out', () => {
    const draft = {
      ...emptyLeaveDraft('SAKIT', '2026-12-08'),
      endDate: '2026-12-09',
      reason: '  Demam  ',
      addressDuringLeave: 'Jl. Ahmad Yani 12',
      sickDocument: 'doctor',
      childOrder: '2',
      importantReason: 'MENIKAH',
      firstHajj: true,
    };
    expect(leaveBody(draft)).toEqual({
      type: 'SAKIT',
      startDate: '2026-12-08',
      endDate: '2026-12-09',
      reason: 'Demam',
      addressDuringLeave: 'Jl. Ahmad Yani 12',
      sickDocument: 'doctor',
    });
    expect(leaveBody({ ...draft, type: 'MELAHIRKAN' })).toMatchObject({ childOrder: 2 });
    expect(leaveBody({ ...draft, type: 'MELAHIRKAN' })).not.toHaveProperty('sickDocument');
    expect(leaveBody({ ...draft, type: 'BESAR' })).toMatchObject({ firstHajj: true });
    expect(leaveBody({ ...draft, type: 'ALASAN_PENTING' })).toMatchObject({ importantReason: 'MENIKAH' });
    expect(leaveBody({ ...draft, type: 'TAHUNAN', reason: ' ' })).toEqual({
      type: 'TAHUNAN',
      startDate: '2026-12-08',
      endDate: '2026-12-09',
      addressDuringLeave: 'Jl. Ahmad Yani 12',
    });
    expect(TYPE_FIELDS.CLTN).toEqual(['bknApprovalRef', 'cltnExtension']);
  });

  it('sends the uploaded attachments with any type, only their key and name', () => {
    const draft = {
      ...emptyLeaveDraft('SAKIT', '2026-12-08'),
      endDate: '2026-12-10',
      reason: 'Demam berdarah',
      addressDuringLeave: 'Metro',
      sickDocument: 'doctor',
    };
    const files = [
      { key: 't/leave/e/a.pdf', name: 'surat-dokter.pdf', extra: 1 },
      { key: 't/leave/e/b.jpg', name: 'foto.jpg' },
    ];
    expect(leaveBody(draft, files).attachments).toEqual([
      { key: 't/leave/e/a.pdf', name: 'surat-dokter.pdf' },
      { key: 't/leave/e/b.jpg', name: 'foto.jpg' },
    ]);
    expect(leaveBody({ ...draft, type: 'TAHUNAN' }, files.slice(0, 1)).attachments).toHaveLength(1);
    // None uploaded: no empty list is sent.
    expect(leaveBody(draft)).not.toHaveProperty('attachments');
    expect(leaveBody(draft, [])).not.toHaveProperty('attachments');
  });

  it('tells blanks, the dates’ order and each type’s must-have before sending', () => {
    const ok = {
      ...emptyLeaveDraft('TAHUNAN', '2026-12-08'),
      reason: 'Acara keluarga',
      addressDuringLeave: 'Metro',
    };
    expect(checkLeaveDraft(ok)).toEqual({});
    expect(checkLeaveDraft({ ...ok, reason: ' ', addressDuringLeave: '' })).toEqual({
      reason: 'required',
      addressDuringLeave: 'required',
    });
    expect(checkLeaveDraft({ ...ok, endDate: '2026-12-07' })).toEqual({ endDate: 'endBeforeStart' });
    expect(checkLeaveDraft({ ...ok, type: 'MELAHIRKAN', childOrder: '0' })).toEqual({
      childOrder: 'childOrder',
    });
    expect(checkLeaveDraft({ ...ok, type: 'MELAHIRKAN', childOrder: '3' })).toEqual({});
    expect(checkLeaveDraft({ ...ok, type: 'ALASAN_PENTING' })).toEqual({ importantReason: 'choose' });
    expect(checkLeaveDraft({ ...ok, type: 'CLTN' })).toEqual({ bknApprovalRef: 'bknApprovalRef' });
    expect(checkLeaveDraft({ ...ok, type: '' })).toEqual({ type: 'choose' });
  });
});

describe('the API’s broken rules in Bahasa Indonesia', () => {
  it('reads the rule name and the span of a message', () => {
    expect(ruleOf('5 working days asked, 2 left (annual-balance)')).toEqual({
      rule: 'annual-balance',
      text: '5 working days asked, 2 left',
    });
    expect(ruleOf('is required')).toEqual({ rule: null, text: 'is required' });
    expect(spanIn('at most 1 month 15 days after a miscarriage')).toEqual({ months: 1, days: 15 });
    expect(spanIn('lasts at most 36 months')).toEqual({ months: 36, days: 0 });
    expect(spanIn('no span')).toBeNull();
  });

  it.each([
    [
      'needs 1 years of continuous service; there are 0 (min-service)',
      'TAHUNAN needs 1 years of continuous service; there are 0 (min-service)',
      'Cuti tahunan memerlukan masa kerja terus-menerus paling sedikit 1 tahun, sedangkan masa kerja Anda 0 tahun.',
    ],
    [
      'annual-balance',
      '5 working days asked, 2 left (annual-balance)',
      'Anda mengajukan 5 hari kerja, sedangkan sisa cuti tahunan Anda 2 hari.',
    ],
    [
      'no-working-days',
      'the leave covers no working day (no-working-days)',
      'Rentang tanggal ini tidak mencakup satu hari kerja pun (hanya akhir pekan atau hari libur). Pilih tanggal lain.',
    ],
    [
      'type-not-available',
      'PPPK has no BESAR leave (type-not-available)',
      'Cuti besar tidak tersedia untuk pegawai PPPK.',
    ],
    ['besar-max', 'cuti besar lasts at most 3 months (besar-max)', 'Cuti besar paling lama 3 bulan.'],
    [
      'sick-miscarriage-max',
      'at most 1 month 15 days after a miscarriage (sick-miscarriage-max)',
      'Cuti sakit karena gugur kandungan paling lama 1 bulan 15 hari.',
    ],
    [
      'sick-document (government)',
      "20 days of sick leave need a government doctor's note (sick-document)",
      'Cuti sakit 20 hari (lebih dari 14 hari) memerlukan surat keterangan dokter pemerintah.',
    ],
    [
      'sick-document (doctor)',
      "3 days of sick leave need a doctor's note (sick-document)",
      'Cuti sakit 3 hari memerlukan surat keterangan dokter.',
    ],
    [
      'maternity-child-order',
      'maternity leave covers the 1st to 3rd child; take cuti besar (maternity-child-order)',
      'Cuti melahirkan hanya untuk kelahiran anak pertama sampai ketiga; untuk anak berikutnya ajukan cuti besar.',
    ],
    ['important-reason', 'is required (important-reason)', 'Pilih alasan penting.'],
    [
      'cltn-max (extension)',
      'an extension of CLTN lasts at most 12 months (cltn-max)',
      'Perpanjangan CLTN paling lama 12 bulan.',
    ],
    [
      'no TMT',
      'your employee record has no TMT (start of service), which the leave rules count from; ask your admin to complete it',
      rules.noTmt,
    ],
    ['a step without a reason', 'a REJECT needs a reason', rules.noteRequired],
    ['a deferral of sick leave', 'SAKIT leave cannot be deferred', rules.notDeferrable('Cuti sakit')],
    [
      'sick-attachment',
      "attach the doctor's note (PDF or a photo) (sick-attachment)",
      'Cuti sakit lebih dari 1 hari memerlukan surat keterangan dokter sebagai lampiran (PDF atau foto).',
    ],
    [
      'an attachment that is not one’s own',
      'is not one of your uploaded leave files',
      'Berkas ini bukan lampiran cuti yang Anda unggah. Hapus, lalu unggah ulang.',
    ],
    [
      'an attachment never uploaded',
      'was not uploaded yet: upload the file first',
      'Berkas ini belum tersimpan. Hapus, lalu unggah ulang.',
    ],
    ['the same attachment twice', 'names the same file twice', rules.attachmentTwice],
  ])('%s', (_name, message, said) => {
    expect(plain(leaveRuleMessage(message, rules))).toBe(plain(said));
  });

  it('falls back to the server’s text, without the rule name, for a rule it does not know', () => {
    expect(leaveRuleMessage('something new happened (brand-new-rule)', rules)).toBe('something new happened');
    expect(leaveRuleMessage('Expected string', rules)).toBe('Expected string');
  });

  it('says every rule core can break in its own words, in both languages (no English left over)', () => {
    const facts = (over: Partial<LeaveRequestFacts>): LeaveRequestFacts => ({
      employmentType: 'PNS',
      type: 'TAHUNAN',
      startDate: '2026-12-07',
      endDate: '2026-12-08',
      serviceStartDate: '2010-01-01',
      ...over,
    });
    const none = indexHolidays([]);
    const cases: Partial<LeaveRequestFacts>[] = [
      { endDate: '2026-12-01' },
      { employmentType: 'PPPK', type: 'BESAR' },
      { type: 'BERSAMA' },
      { startDate: '2026-12-05', endDate: '2026-12-06' },
      { serviceStartDate: '2026-06-01' },
      { endDate: '2027-01-05' },
      { besarInYear: true },
      { annualAvailable: 1 },
      { type: 'BESAR', endDate: '2027-06-30' },
      { type: 'BESAR', lastBesarStartDate: '2024-01-01' },
      { type: 'SAKIT', miscarriage: true, endDate: '2027-02-28' },
      { type: 'SAKIT', endDate: '2026-12-20' },
      { type: 'SAKIT', endDate: '2028-12-20', sickDocument: 'government-doctor' },
      // The doctor's note as a file: a sick leave of more than a day without one.
      { type: 'SAKIT', endDate: '2026-12-09', sickDocument: 'doctor', attachmentCount: 0 },
      { type: 'MELAHIRKAN', endDate: '2027-06-30' },
      { type: 'MELAHIRKAN', childOrder: 4 },
      { type: 'ALASAN_PENTING', endDate: '2027-03-01' },
      { type: 'CLTN', endDate: '2030-12-31' },
      { type: 'CLTN', cltnExtension: true, bknApprovalRef: 'X', endDate: '2028-12-31' },
    ];
    const seen = new Set<string>();
    for (const c of cases) {
      const check = checkLeaveRequest(facts(c), none);
      expect(check.violations.length, JSON.stringify(c)).toBeGreaterThan(0);
      for (const v of check.violations) {
        seen.add(v.rule);
        // What the API sends: the message with its rule name (assertLeaveRequest).
        const message = `${v.message} (${v.rule})`;
        for (const words of [leaveId.rules, leaveEn.rules]) {
          const said = leaveRuleMessage(message, words);
          expect(said, message).not.toBe(v.message);
          expect(said, message).not.toContain(`(${v.rule})`);
        }
      }
    }
    // Every rule of the check is among those said.
    expect([...seen].sort()).toEqual(
      [
        'annual-balance',
        'annual-crosses-year',
        'annual-in-besar-year',
        'besar-interval',
        'besar-max',
        'bersama-not-requestable',
        'cltn-bkn-approval',
        'cltn-max',
        'end-before-start',
        'important-reason',
        'important-reasons-max',
        'maternity-child-order',
        'maternity-max',
        'min-service',
        'no-working-days',
        'sick-attachment',
        'sick-document',
        'sick-max',
        'sick-miscarriage-max',
        'type-not-available',
      ].sort(),
    );
  });

  it('puts every broken rule of a field at that field, each once', () => {
    const errors = leaveFieldErrors(
      [
        { path: 'endDate', message: 'the leave covers no working day (no-working-days)' },
        { path: 'endDate', message: '3 working days asked, 0 left (annual-balance)' },
        { path: 'endDate', message: '3 working days asked, 0 left (annual-balance)' },
        { path: 'childOrder', message: 'is required (maternity-child-order)' },
      ],
      rules,
    );
    expect(Object.keys(errors).sort()).toEqual(['childOrder', 'endDate']);
    expect(plain(errors.endDate!)).toBe(
      plain(`${rules.noWorkingDays} Anda mengajukan 3 hari kerja, sedangkan sisa cuti tahunan Anda 0 hari.`),
    );
    expect(errors.childOrder).toBe(rules.childOrderRequired);
  });

  it('says a sick leave’s missing note and each refused file at its own path, in both languages', () => {
    const refused = [
      { path: 'attachments', message: "attach the doctor's note (PDF or a photo) (sick-attachment)" },
      { path: 'attachments.1.key', message: 'is not one of your uploaded leave files' },
      { path: 'attachments.2.key', message: 'was not uploaded yet: upload the file first' },
    ];
    for (const words of [leaveId.rules, leaveEn.rules]) {
      const errors = leaveFieldErrors(refused, words);
      expect(errors).toEqual({
        attachments: words.sickAttachment,
        'attachments.1.key': words.attachmentNotYours,
        'attachments.2.key': words.attachmentNotUploaded,
      });
    }
    expect(leaveEn.rules.sickAttachment).toMatch(/doctor’s note/);
  });

  it('tells the 409s apart by the API’s detail', () => {
    expect(
      leaveRefusal('You already have leave on 2026-12-14, 2026-12-15; a leave cannot overlap another.'),
    ).toBe('overlap');
    expect(
      leaveRefusal('The employee already has leave on 2026-12-14; the changed period overlaps it.'),
    ).toBe('overlap');
    expect(
      leaveRefusal(
        'Nobody is set as PYBMC (the official who grants leave) for your agency; a tenant admin sets one in the attendance settings.',
      ),
    ).toBe('no-pybmc');
    expect(
      leaveRefusal('2026-12 is closed for attendance; an admin must reopen it first, with a reason.'),
    ).toBe('month-closed');
    expect(leaveRefusal('The employee’s leave changed meanwhile; try again.')).toBe('changed');
    expect(leaveRefusal('This leave has started; only the PYBMC can cancel it now.')).toBe('started');
    expect(leaveRefusal('This leave is over; there is nothing left to cancel.')).toBe('over');
    expect(leaveRefusal('A REJECTED leave request cannot be cancelled.')).toBe('not-cancellable');
    expect(leaveRefusal('This leave request already has its recommendation.')).toBe('step-done');
    expect(leaveRefusal('This leave request is already APPROVED.')).toBe('step-done');
    expect(leaveRefusal('The direct superior has not recommended this leave request yet.')).toBe(
      'not-recommended',
    );
    expect(
      leaveRefusal(
        'Rahmadani Sikumbang already has a Plt/Plh from 2026-12-06 to 2026-12-20; revoke it first.',
      ),
    ).toBe('delegation-overlap');
    expect(leaveRefusal('This delegation is already revoked.')).toBe('revoked');
    expect(leaveRefusal(undefined)).toBe('other');
  });
});

describe('attachments of the request form', () => {
  const file = (name: string, type: string, size = 200_000) => ({ name, type, size });
  const upload = (
    id: string,
    state: AttachmentUpload['state'],
    key: string | null = null,
  ): AttachmentUpload => ({
    id,
    name: `${id}.pdf`,
    size: 1000,
    contentType: 'application/pdf',
    state,
    progress: state === 'done' ? 1 : 0.4,
    key,
    error: null,
  });

  it('takes what the API takes: PDF, JPEG and PNG, at most 4 MB, at most 5 files', () => {
    expect(Object.keys(ATTACHMENT_TYPES).sort()).toEqual(Object.keys(LEAVE_ATTACHMENT_TYPES).sort());
    for (const [type, ext] of Object.entries(LEAVE_ATTACHMENT_TYPES))
      expect(ATTACHMENT_TYPES[type as keyof typeof ATTACHMENT_TYPES], type).toContain(ext);
    expect(MAX_ATTACHMENT_BYTES).toBe(MAX_LEAVE_ATTACHMENT_BYTES);
    expect(MAX_ATTACHMENTS).toBe(MAX_LEAVE_ATTACHMENTS);
    expect(ATTACHMENT_ACCEPT).toBe('application/pdf,.pdf,image/jpeg,.jpg,.jpeg,image/png,.png');
  });

  it('knows a file’s type by the browser’s word, or by its name when the browser has none', () => {
    expect(attachmentTypeOf(file('surat.pdf', 'application/pdf'))).toBe('application/pdf');
    expect(attachmentTypeOf(file('foto.JPG', 'image/jpeg'))).toBe('image/jpeg');
    expect(attachmentTypeOf(file('foto.jpg', 'image/jpg'))).toBe('image/jpeg');
    expect(attachmentTypeOf(file('scan.PNG', ''))).toBe('image/png');
    expect(attachmentTypeOf(file('scan.jpeg', 'application/octet-stream'))).toBe('image/jpeg');
    expect(attachmentTypeOf(file('surat.docx', 'application/vnd.openxmlformats-officedocument'))).toBeNull();
    expect(attachmentTypeOf(file('IMG_0001.HEIC', 'image/heic'))).toBeNull();
    // A name that lies about its type: the browser's word wins.
    expect(attachmentTypeOf(file('surat.pdf', 'text/plain'))).toBeNull();
    expect(attachmentTypeOf(file('tanpa-akhiran', ''))).toBeNull();
  });

  it('refuses a file before uploading it: its type, its size, an empty one, a sixth', () => {
    expect(checkAttachmentFile(file('a.pdf', 'application/pdf'), 0)).toBeNull();
    expect(checkAttachmentFile(file('a.pdf', 'application/pdf', MAX_ATTACHMENT_BYTES), 4)).toBeNull();
    expect(checkAttachmentFile(file('a.pdf', 'application/pdf', MAX_ATTACHMENT_BYTES + 1), 0)).toBe('size');
    expect(checkAttachmentFile(file('a.docx', 'application/msword'), 0)).toBe('type');
    expect(checkAttachmentFile(file('a.png', 'image/png', 0), 0)).toBe('empty');
    expect(checkAttachmentFile(file('a.png', 'image/png'), 5)).toBe('tooMany');
    // Every problem has its words, in both languages.
    for (const words of [leaveId, leaveEn])
      for (const p of ['type', 'size', 'empty', 'tooMany'])
        expect(words.form.fileProblems[p]?.('x.pdf'), p).toContain('x.pdf');
  });

  it('says the note is required for a sick leave of more than one day, as core does', () => {
    const d = { ...emptyLeaveDraft('SAKIT', '2026-12-08'), endDate: '2026-12-09' };
    expect(attachmentRequired(d)).toBe(true);
    expect(attachmentRequired({ ...d, endDate: '2026-12-08' })).toBe(false);
    expect(attachmentRequired({ ...d, miscarriage: true })).toBe(false);
    expect(attachmentRequired({ ...d, type: 'TAHUNAN' })).toBe(false);
    // The same lengths as core's rule.
    const none = indexHolidays([]);
    const facts = (endDate: string, miscarriage = false): LeaveRequestFacts => ({
      employmentType: 'PNS',
      type: 'SAKIT',
      startDate: '2026-12-08',
      endDate,
      serviceStartDate: '2010-01-01',
      sickDocument: 'doctor',
      miscarriage,
      attachmentCount: 0,
    });
    const rule = (f: LeaveRequestFacts) =>
      checkLeaveRequest(f, none).violations.some((v) => v.rule === 'sick-attachment');
    for (const [endDate, miscarriage] of [
      ['2026-12-08', false],
      ['2026-12-09', false],
      ['2026-12-31', false],
      ['2026-12-09', true],
    ] as const)
      expect(attachmentRequired({ ...d, endDate, miscarriage }), `${endDate} ${miscarriage}`).toBe(
        rule(facts(endDate, miscarriage)),
      );
  });

  it('sends the uploaded files only, and holds the form while one is on its way or failed', () => {
    const files = [upload('a', 'done', 'k/a.pdf'), upload('b', 'uploading'), upload('c', 'done', 'k/c.pdf')];
    expect(sentAttachments(files)).toEqual([
      { key: 'k/a.pdf', name: 'a.pdf' },
      { key: 'k/c.pdf', name: 'c.pdf' },
    ]);
    expect(pendingUploads(files)).toBe('uploading');
    expect(pendingUploads([upload('a', 'done', 'k'), upload('f', 'failed')])).toBe('failed');
    expect(pendingUploads([upload('a', 'done', 'k')])).toBeNull();
    expect(pendingUploads([])).toBeNull();
  });

  it('puts an `attachments.N.key` error at the Nth file sent', () => {
    const files = [
      upload('a', 'done', 'k/a.pdf'),
      upload('b', 'failed'),
      upload('c', 'done', 'k/c.pdf'),
      upload('d', 'done', 'k/d.pdf'),
    ];
    expect(
      attachmentErrorsByFile(
        {
          attachments: 'Perlu lampiran.',
          'attachments.1.key': 'Bukan milik Anda.',
          'attachments.2': 'Ganda.',
          'attachments.9.key': 'Tidak ada.',
          endDate: 'Lain.',
        },
        files,
      ),
    ).toEqual({ c: 'Bukan milik Anda.', d: 'Ganda.' });
    expect(isAttachmentPath('attachments')).toBe(true);
    expect(isAttachmentPath('attachments.0.key')).toBe(true);
    expect(isAttachmentPath('attachmentsX')).toBe(false);
    expect(isAttachmentPath('reason')).toBe(false);
  });

  it('writes a file’s size and keeps a long name within the API’s 200 characters, its end kept', () => {
    expect(sizeIn(300)).toEqual({ value: 1, unit: 'KB' });
    expect(sizeIn(350 * 1024)).toEqual({ value: 350, unit: 'KB' });
    expect(sizeIn(1.25 * 1024 * 1024)).toEqual({ value: 1.3, unit: 'MB' });
    expect(sizeIn(MAX_ATTACHMENT_BYTES)).toEqual({ value: 4, unit: 'MB' });
    expect(attachmentName('  surat dokter.pdf ')).toBe('surat dokter.pdf');
    const long = attachmentName(`${'a'.repeat(300)}.pdf`);
    expect(long).toHaveLength(200);
    expect(long.endsWith('….pdf')).toBe(true);
    expect(attachmentName('   ')).toBe('lampiran');
  });
});

describe('the balance and its ledger', () => {
  const balance = {
    year: 2026,
    granted: { 'N-2': 0, 'N-1': 6, N: 12 },
    used: { 'N-2': 0, 'N-1': 6, N: 3 },
    remaining: { 'N-2': 0, 'N-1': 0, N: 9 },
    pendingDays: 2,
    available: 9,
  };

  it('draws the buckets on one scale, oldest first, leaving out an empty old bucket', () => {
    const bars = bucketBars(balance);
    expect(bars.map((b) => [b.bucket, b.year])).toEqual([
      ['N-1', 2025],
      ['N', 2026],
    ]);
    expect(bars[0]).toMatchObject({ granted: 6, used: 6, remaining: 0, usedPct: 50, remainingPct: 0 });
    expect(bars[1]).toMatchObject({ usedPct: 25, remainingPct: 75 });
    // Nothing granted at all: the year's bucket, empty, and no division by zero.
    const none = { ...balance, granted: { 'N-2': 0, 'N-1': 0, N: 0 }, used: { 'N-2': 0, 'N-1': 0, N: 0 } };
    expect(bucketBars({ ...none, remaining: none.used })).toEqual([
      { bucket: 'N', year: 2026, granted: 0, used: 0, remaining: 0, usedPct: 0, remainingPct: 0 },
    ]);
  });

  it('splits the right into taken, waiting and available', () => {
    expect(balanceTotals(balance)).toEqual({ granted: 18, taken: 7, pending: 2, available: 9 });
  });

  it('keeps a running total, oldest first, entries of the same instant in the API’s order', () => {
    const rows = ledgerWithTotal([
      { id: 'r2', at: '2026-12-06T08:07:00Z', days: -9 },
      { id: 'g', at: '2026-01-01T00:00:00Z', days: 12 },
      { id: 'c', at: '2026-01-01T00:00:00Z', days: 6 },
      { id: 'r1', at: '2026-12-06T07:55:00Z', days: -3 },
      { id: 'x', at: '2026-12-06T08:15:00Z', days: 9 },
    ]);
    expect(rows.map((r) => [r.id, r.total])).toEqual([
      ['g', 12],
      ['c', 18],
      ['r1', 15],
      ['r2', 6],
      ['x', 15],
    ]);
  });

  it('finds the dates a ledger entry names', () => {
    expect(periodIn('request 2026-12-14 – 2026-12-16')).toEqual({
      startDate: '2026-12-14',
      endDate: '2026-12-16',
    });
    expect(periodIn('cuti bersama 2026-12-24')).toEqual({ startDate: '2026-12-24', endDate: '2026-12-24' });
    expect(periodIn('2026: 12 working days a year')).toBeNull();
  });
});

describe('a request’s status and its actions', () => {
  const r = (over: Record<string, unknown> = {}) => ({
    type: 'TAHUNAN',
    status: 'AWAITING_RECOMMENDATION',
    employeeStatus: 'IN_PROCESS',
    waitingFor: 'superior' as 'superior' | 'pybmc' | null,
    startDate: '2026-12-14',
    endDate: '2026-12-16',
    ...over,
  });

  it('tells the employee "in process" and for whom it waits, until the PYBMC decides', () => {
    expect(employeeStatusKey(r())).toBe('waitingSuperior');
    expect(employeeStatusKey(r({ waitingFor: 'pybmc' }))).toBe('waitingPybmc');
    expect(employeeStatusKey(r({ waitingFor: null }))).toBe('inProcess');
    expect(employeeStatusKey(r({ employeeStatus: 'CHANGED', waitingFor: null }))).toBe('CHANGED');
    expect(leaveId.employeeStatuses.waitingPybmc).toBe('Sedang diproses');
    expect(leaveId.waiting.waitingSuperior).toBe('menunggu atasan');
    expect(leaveId.waiting.waitingPybmc).toBe('menunggu PYBMC');
    expect(statusTone('AWAITING_DECISION')).toBe('pending');
    expect(statusTone('CHANGED')).toBe('approved');
    expect(statusTone('DEFERRED')).toBe('rejected');
    expect(statusTone('CANCELLED')).toBe('cancelled');
  });

  it('offers cancelling only before the start, and only while the leave holds its days', () => {
    for (const status of ['AWAITING_RECOMMENDATION', 'AWAITING_DECISION', 'APPROVED', 'CHANGED'])
      expect(canCancel(r({ status }), '2026-12-13'), status).toBe(true);
    for (const status of ['REJECTED', 'DEFERRED', 'CANCELLED'])
      expect(canCancel(r({ status }), '2026-12-13'), status).toBe(false);
    expect(canCancel(r({ status: 'APPROVED' }), '2026-12-14')).toBe(false);
    expect(canCancel(r({ status: 'APPROVED' }), '2026-12-20')).toBe(false);
  });

  it('offers the step the status waits for, and deferral only for annual leave and cuti besar', () => {
    expect(stepFor(r())).toBe('recommend');
    expect(stepFor(r({ status: 'AWAITING_DECISION' }))).toBe('decide');
    expect(stepFor(r({ status: 'APPROVED' }))).toBeNull();
    expect(outcomesFor('TAHUNAN')).toEqual(['APPROVE', 'CHANGE', 'DEFER', 'REJECT']);
    expect(outcomesFor('BESAR')).toContain('DEFER');
    expect(outcomesFor('SAKIT')).toEqual(['APPROVE', 'CHANGE', 'REJECT']);
    expect([...LEAVE_OUTCOME_CODES]).toEqual([...LEAVE_OUTCOMES]);
    expect([...DEFERRABLE_TYPES]).toEqual(['TAHUNAN', 'BESAR']);
  });

  it('asks for a reason except for Setujui, and new, ordered dates for Ubah', () => {
    const d = { outcome: 'APPROVE', note: '', startDate: '2026-12-14', endDate: '2026-12-16' };
    expect(checkStep(d)).toEqual({});
    expect(checkStep({ ...d, outcome: '' })).toEqual({ outcome: 'outcome' });
    expect(checkStep({ ...d, outcome: 'REJECT' })).toEqual({ note: 'noteRequired' });
    expect(checkStep({ ...d, outcome: 'DEFER', note: '  ' })).toEqual({ note: 'noteRequired' });
    expect(
      checkStep({ ...d, outcome: 'CHANGE', note: 'Rapat', startDate: '2026-12-16', endDate: '2026-12-15' }),
    ).toEqual({
      'changeTo.endDate': 'endBeforeStart',
    });
    expect(checkStep({ ...d, outcome: 'CHANGE', note: 'Rapat', endDate: '' })).toEqual({
      'changeTo.endDate': 'dateRequired',
    });
    expect(checkStep({ ...d, outcome: 'CHANGE', note: 'Rapat' }, r())).toEqual({
      'changeTo.startDate': 'sameDates',
    });
    expect(stepBody({ ...d, note: '  ' })).toEqual({ outcome: 'APPROVE' });
    expect(stepBody({ ...d, outcome: 'CHANGE', note: ' Rapat ', startDate: '2026-12-15' })).toEqual({
      outcome: 'CHANGE',
      note: 'Rapat',
      changeTo: { startDate: '2026-12-15', endDate: '2026-12-16' },
    });
    expect(stepBody({ ...d, outcome: 'REJECT', note: 'Tidak' })).not.toHaveProperty('changeTo');
  });
});

describe('the leave calendar', () => {
  const entry = (over: Record<string, string>) => ({
    requestId: 'R',
    employeeId: 'E1',
    employeeName: 'Dewi Lestari',
    type: 'TAHUNAN',
    startDate: '2026-12-14',
    endDate: '2026-12-16',
    status: 'APPROVED',
    ...over,
  });
  const items = [
    entry({ requestId: 'R1', startDate: '2026-11-28', endDate: '2026-12-02' }),
    entry({ requestId: 'R2', employeeId: 'E2', employeeName: 'Ahmad Fauzi', type: 'SAKIT' }),
    entry({ requestId: 'R3', startDate: '2026-12-30', endDate: '2027-01-03' }),
    entry({ requestId: 'R4', startDate: '2027-01-05', endDate: '2027-01-06' }),
  ];

  it('groups the month’s leave by employee, by name, each leave cut to the month', () => {
    const rows = calendarRows(items, '2026-12');
    expect(rows.map((r) => r.employeeName)).toEqual(['Ahmad Fauzi', 'Dewi Lestari']);
    expect(rows[1]!.entries.map((e) => [e.requestId, e.from, e.to])).toEqual([
      ['R1', '2026-12-01', '2026-12-02'],
      ['R3', '2026-12-30', '2026-12-31'],
    ]);
    expect(entryOn(rows[1]!, '2026-12-02')?.requestId).toBe('R1');
    expect(entryOn(rows[1]!, '2026-12-03')).toBeNull();
  });

  it('lists the dates on which someone is away', () => {
    const days = calendarDays(items, '2026-12');
    expect(days.map((d) => d.date)).toEqual([
      '2026-12-01',
      '2026-12-02',
      '2026-12-14',
      '2026-12-15',
      '2026-12-16',
      '2026-12-30',
      '2026-12-31',
    ]);
  });
});

describe('delegations', () => {
  const d = { revoked: false, startDate: '2026-12-06', endDate: '2026-12-20' };
  it('says whether a delegation is in force, to come, over or revoked, and revokes only the first two', () => {
    expect(delegationState(d, '2026-12-06')).toBe('active');
    expect(delegationState(d, '2026-12-01')).toBe('upcoming');
    expect(delegationState(d, '2026-12-21')).toBe('ended');
    expect(delegationState({ ...d, revoked: true }, '2026-12-10')).toBe('revoked');
    expect(canRevoke(d, '2026-12-20')).toBe(true);
    expect(canRevoke(d, '2026-11-30')).toBe(true);
    expect(canRevoke(d, '2026-12-21')).toBe(false);
    expect(canRevoke({ ...d, revoked: true }, '2026-12-10')).toBe(false);
  });
});

describe('words', () => {
  /** Every key path of a dictionary, functions as leaves. */
  const paths = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) =>
      v && typeof v === 'object' ? paths(v, `${prefix}${k}.`) : [`${prefix}${k}`],
    );

  it('has the same texts in both languages', () => {
    expect(paths(leaveEn).sort()).toEqual(paths(leaveId).sort());
  });

  it('names every type, status, outcome and important reason, never by its code', () => {
    expect(leaveId.types).toEqual({
      TAHUNAN: 'Cuti tahunan',
      BESAR: 'Cuti besar',
      SAKIT: 'Cuti sakit',
      MELAHIRKAN: 'Cuti melahirkan',
      ALASAN_PENTING: 'Cuti karena alasan penting',
      BERSAMA: 'Cuti bersama',
      CLTN: 'Cuti di luar tanggungan negara (CLTN)',
    });
    expect(leaveId.outcomes).toEqual({
      APPROVE: 'Setujui',
      CHANGE: 'Ubah',
      DEFER: 'Tangguhkan',
      REJECT: 'Tolak',
    });
    for (const words of [leaveId, leaveEn]) {
      for (const s of LEAVE_STATUSES) expect(words.statuses[s], s).toBeTruthy();
      for (const r of IMPORTANT_REASON_CODES) expect(words.importantReasons[r], r).toBeTruthy();
      for (const t of LEAVE_TYPES) expect(words.typeShort[t], t).toBeTruthy();
    }
  });
});

describe('pages and roles', () => {
  it('opens one’s own leave and the approvals to every tenant role, the calendar to staff, delegations to admins', () => {
    for (const role of ['tenant-admin', 'agency-admin', 'supervisor', 'employee'] as const) {
      expect(canOpen(role, '/attendance/leave'), role).toBe(true);
      expect(canOpen(role, '/attendance/approvals'), role).toBe(true);
    }
    expect(canOpen('employee', '/attendance/leave/calendar')).toBe(false);
    expect(canOpen('supervisor', '/attendance/leave/calendar')).toBe(true);
    expect(canOpen('supervisor', '/attendance/leave/delegations')).toBe(false);
    expect(canOpen('agency-admin', '/attendance/leave/delegations')).toBe(true);
    expect(canOpen('tenant-admin', '/attendance/leave/delegations')).toBe(true);
    expect(canOpen('applicant', '/attendance/leave')).toBe(false);
  });
});

describe('the home page’s approvals tile', () => {
  const fmt = (n: number) => new Intl.NumberFormat('id-ID').format(n);
  const page = (n: number, nextCursor: string | null = null) => ({
    items: Array.from({ length: n }, () => ({})),
    nextCursor,
  });

  it('counts leave waiting in the inbox with off-site duty and izin', () => {
    expect(approvalsInboxView({ requests: page(2), leave: page(3) }, id, fmt)).toEqual({
      value: '5',
      hint: '2 dinas luar & izin · 3 cuti menunggu Anda',
      tone: 'attention',
    });
    expect(approvalsInboxView({ requests: page(0), leave: page(1) }, en, fmt)).toEqual({
      value: '1',
      hint: 'leave awaiting your recommendation or decision',
      tone: 'attention',
    });
    // A supervisor with no unit to decide for, but leave to recommend.
    expect(approvalsInboxView({ requests: null, leave: page(APPROVALS_PAGE) }, id, fmt)).toMatchObject({
      value: '25+',
      hint: 'cuti yang menunggu rekomendasi atau keputusan Anda',
    });
    // No leave: the off-site count as before.
    expect(approvalsInboxView({ requests: page(0), leave: page(0) }, id, fmt)).toEqual({
      value: '0',
      hint: 'dinas luar dan izin yang menunggu keputusan Anda',
      tone: undefined,
    });
    expect(approvalsInboxView({ requests: page(APPROVALS_PAGE, 'c2'), leave: null }, id, fmt).value).toBe(
      '25+',
    );
  });
});

describe('audit labels for leave', () => {
  const ACTIONS = [
    'leave.request',
    'leave.recommend',
    'leave.decide',
    'leave.cancel',
    'leave.recount',
    'leaveBalance.recount',
    'approvalDelegation.create',
    'approvalDelegation.revoke',
    'leaveAttachment.open',
  ];
  it.each([
    ['id', auditLabelsId],
    ['en', auditLabelsEn],
  ] as const)('names the leave actions, entities and coded values (%s)', (_lang, l) => {
    for (const a of ACTIONS) expect(l.actions[a], a).toBeTruthy();
    for (const e of ['leaveRequest', 'leaveBalance', 'approvalDelegation'])
      expect(entityTypeLabel(l, e), e).not.toBe(e);
    for (const s of LEAVE_STATUSES) expect(valueLabel(l, 'leaveRequest', 'status', s), s).toBeTruthy();
    for (const o of LEAVE_OUTCOMES) expect(valueLabel(l, 'leaveRequest', 'outcome', o), o).toBeTruthy();
    for (const t of LEAVE_TYPES) expect(valueLabel(l, 'leaveRequest', 'type', t), t).toBeTruthy();
    expect(valueLabel(l, 'approvalDelegation', 'kind', 'PLH')).toBeTruthy();
    // Opening a doctor's note is logged with its flag: both named, never by their codes.
    expect(l.flags['health-data'], 'health-data').toBeTruthy();
    expect(flagLabel(l, 'health-data')).toBe(l.flags['health-data']);
  });
  it('reads them in Bahasa Indonesia', () => {
    expect(actionLabel(auditLabelsId, 'leave.decide')).toBe('Cuti diputuskan PYBMC');
    expect(actionLabel(auditLabelsId, 'approvalDelegation.revoke')).toBe('Penunjukan Plt/Plh dicabut');
    expect(actionLabel(auditLabelsId, 'leaveAttachment.open')).toBe('Membuka lampiran cuti');
    expect(actionLabel(auditLabelsEn, 'leaveAttachment.open')).toBe('Opened a leave attachment');
    expect(flagLabel(auditLabelsId, 'health-data')).toBe('Data kesehatan');
    expect(valueLabel(auditLabelsId, 'leaveRequest', 'status', 'AWAITING_DECISION')).toBe(
      'Menunggu keputusan PYBMC',
    );
    expect(valueLabel(auditLabelsId, 'leaveRequest', 'type', 'CLTN')).toBe(
      'Cuti di luar tanggungan negara (CLTN)',
    );
  });
});
