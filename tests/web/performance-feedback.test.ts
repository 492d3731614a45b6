import {
  type AnonymousAnswer,
  BERAKHLAK_VALUES,
  feedbackRaterIssues,
  RATER_RELATIONS,
  submitFeedbackSchema,
  summariseFeedback,
} from '@pamong/core';
import { describe, expect, it } from 'vitest';
import type { FeedbackForm, FeedbackSummary } from '../../web/src/pages/performance/feedback-api';
import {
  addRater,
  answerBody,
  checkRound,
  formState,
  formsToFill,
  hasNumbers,
  type RaterDraft,
  RELATION_CODES,
  raterErrors,
  roundBody,
  roundProgress,
  sortForms,
  suggestedRaters,
  summaryChart,
  unscored,
} from '../../web/src/pages/performance/feedback-model';
import { assessmentId } from '../../web/src/pages/performance/i18n/assessment-id';
import { feedbackEn } from '../../web/src/pages/performance/i18n/feedback-en';
import { feedbackId } from '../../web/src/pages/performance/i18n/feedback-id';

/**
 * The 360 pages' pure helpers (web/src/pages/performance/feedback-model.ts): the rater's forms, the
 * answer as sent, the raters of a new round, and the summary as chart data, checked against the
 * API's own rules and summary in @pamong/core.
 */

const form = (over: Partial<FeedbackForm> = {}): FeedbackForm => ({
  roundId: 'R1',
  subject: { kind: 'employee', id: 'E1', name: 'Dewi Lestari' },
  period: { start: '2026-01', end: '2026-12' },
  closesOn: '2026-12-31',
  status: 'open',
  relation: 'peer',
  answered: false,
  ...over,
});

describe('the rater groups', () => {
  it("keeps the API's relations, named in both languages", () => {
    expect(RELATION_CODES).toEqual(RATER_RELATIONS);
    for (const t of [feedbackId, feedbackEn])
      for (const r of RELATION_CODES) {
        expect(t.relations[r]).toBeTruthy();
        expect(t.relationsAs[r]).toBeTruthy();
      }
    expect(feedbackId.relations).toEqual({
      superior: 'Atasan',
      peer: 'Rekan kerja',
      subordinate: 'Bawahan',
      self: 'Diri sendiri',
    });
    expect(feedbackId.summary.notEnough).toBe('Belum cukup penilai');
    for (const v of BERAKHLAK_VALUES) expect(feedbackId.valueHints[v]).toBeTruthy();
  });
});

describe("the rater's forms", () => {
  it('is done once answered, closed when the round closed unanswered, else to fill', () => {
    expect(formState(form())).toBe('todo');
    expect(formState(form({ answered: true }))).toBe('done');
    expect(formState(form({ answered: true, status: 'closed' }))).toBe('done');
    expect(formState(form({ status: 'closed' }))).toBe('closed');
  });

  it('lists the forms to fill first, the soonest closing first', () => {
    const forms = [
      form({ roundId: 'done', answered: true, closesOn: '2026-12-10' }),
      form({ roundId: 'late', closesOn: '2026-12-31' }),
      form({ roundId: 'closed', status: 'closed', closesOn: '2026-11-30' }),
      form({ roundId: 'soon', closesOn: '2026-12-20' }),
    ];
    expect(sortForms(forms).map((f) => f.roundId)).toEqual(['soon', 'late', 'done', 'closed']);
  });

  it('counts what is left to fill for the home tile', () => {
    const page = { items: [form(), form({ answered: true }), form({ status: 'closed' })], nextCursor: null };
    expect(formsToFill(page)).toEqual({ count: 1, total: 3, atLeast: false });
    expect(formsToFill({ items: [], nextCursor: 'c' })).toEqual({ count: 0, total: 0, atLeast: true });
  });
});

describe('the answer', () => {
  const all = (score: number) => Object.fromEntries(BERAKHLAK_VALUES.map((v) => [v, score]));

  it('is sent only with all seven values scored 1-5, and passes the API schema', () => {
    expect(unscored({})).toEqual([...BERAKHLAK_VALUES]);
    expect(unscored({ ...all(4), LOYAL: undefined })).toEqual(['LOYAL']);
    expect(unscored({ ...all(4), ADAPTIF: 6 })).toEqual(['ADAPTIF']);
    expect(answerBody({ ...all(4), KOLABORATIF: undefined }, 'ok')).toBeNull();
    const body = answerBody(all(5), '  Sangat membantu.  ');
    expect(body).toEqual({ scores: all(5), comment: 'Sangat membantu.' });
    expect(submitFeedbackSchema.safeParse(body).success).toBe(true);
    expect(answerBody(all(1), '   ')).toEqual({ scores: all(1) });
    expect(submitFeedbackSchema.safeParse(answerBody(all(1), '')).success).toBe(true);
  });
});

describe('a new round', () => {
  const team = [
    { employeeId: 'E1', name: 'Dewi Lestari', unitId: 'U1', unitName: 'Bidang SMA' },
    { employeeId: 'E2', name: 'Bambang Prasetyo', unitId: 'U1', unitName: 'Bidang SMA' },
    { employeeId: 'E3', name: 'Ahmad Mansyur', unitId: 'U1', unitName: 'Bidang SMA' },
    { employeeId: 'E9', name: 'Rina', unitId: 'U7', unitName: 'Seksi Kurikulum' },
  ];
  const me = { employeeId: 'A1', name: 'Budi Santoso' };

  it('starts an appraiser with themself as superior, the same-unit team as peers, and the assessee', () => {
    const raters = suggestedRaters(team[0]!, team, me);
    expect(raters.map((r) => [r.name, r.relation])).toEqual([
      ['Budi Santoso', 'superior'],
      ['Ahmad Mansyur', 'peer'],
      ['Bambang Prasetyo', 'peer'],
      ['Dewi Lestari', 'self'],
    ]);
    // The API accepts them where its org structure agrees: each relation is true of the rater.
    const body = roundBody({
      subject: { kind: 'employee', id: 'E1' },
      period: { start: '2026-01', end: '2026-12' },
      closesOn: '2026-12-31',
      raters,
    })!;
    expect(
      feedbackRaterIssues({ kind: 'employee', id: 'E1' }, body.raters, {
        superiorId: 'A1',
        peerIds: ['E2', 'E3'],
        subordinateIds: [],
      }),
    ).toEqual([]);
  });

  it('adds a rater once', () => {
    const one: RaterDraft = { employeeId: 'E2', name: 'Bambang', relation: 'peer' };
    expect(addRater(addRater([], one), { ...one, relation: 'superior' })).toEqual([one]);
  });

  it('names what is missing by the API paths, before anything is sent', () => {
    const today = '2026-12-06';
    expect(checkRound({ subject: null, period: null, closesOn: '', raters: [] }, today)).toEqual({
      'subject.id': 'subject',
      period: 'period',
      closesOn: 'closesOn',
      raters: 'raters',
    });
    expect(
      checkRound(
        {
          subject: { kind: 'employee', id: 'E1' },
          period: { start: '2026-01', end: '2026-12' },
          closesOn: '2026-12-05',
          raters: [
            { employeeId: 'E1', name: 'Dewi', relation: 'self' },
            { employeeId: 'E2', name: 'Bambang', relation: '' },
          ],
        },
        today,
      ),
    ).toEqual({ closesOn: 'closesPast', 'raters.1.relation': 'relation' });
    expect(
      checkRound(
        {
          subject: { kind: 'employee', id: 'E1' },
          period: { start: '2026-01', end: '2026-12' },
          closesOn: '2026-12-06',
          raters: [{ employeeId: 'E1', name: 'Dewi', relation: 'self' }],
        },
        today,
      ),
    ).toEqual({ raters: 'onlySelf' });
    expect(
      roundBody({ subject: { kind: 'unit', id: 'U1' }, period: null, closesOn: '2026-12-31', raters: [] }),
    ).toBeNull();
  });

  it("places the API's refusals at each rater", () => {
    const errors = feedbackRaterIssues(
      { kind: 'employee', id: 'E1' },
      [
        { employeeId: 'A1', relation: 'superior' },
        { employeeId: 'E9', relation: 'peer' },
        { employeeId: 'E9', relation: 'subordinate' },
      ],
      { superiorId: 'A1', peerIds: ['E2'], subordinateIds: [] },
    );
    const placed = raterErrors([...errors, { path: 'closesOn', message: 'is in the past' }]);
    expect([...placed.keys()].sort()).toEqual([1, 2]);
    expect(placed.get(1)).toEqual([{ field: 'relation', message: expect.stringContaining('peer') }]);
    expect(
      placed
        .get(2)!
        .map((e) => e.field)
        .sort(),
    ).toEqual(['employeeId', 'relation']);
  });

  it('counts answers of raters over all groups', () => {
    expect(
      roundProgress({
        groups: [
          { relation: 'superior', raters: 1, answered: 1 },
          { relation: 'peer', raters: 4, answered: 3 },
          { relation: 'self', raters: 1, answered: 0 },
        ],
      }),
    ).toEqual({ answered: 4, raters: 6 });
  });
});

describe('the summary', () => {
  const words = {
    relation: (r: (typeof RELATION_CODES)[number]) => feedbackId.relations[r],
    value: (v: (typeof BERAKHLAK_VALUES)[number]) => assessmentId.berakhlak[v],
    overall: feedbackId.summary.overall,
  };
  const scores = (base: number) =>
    Object.fromEntries(
      BERAKHLAK_VALUES.map((v, i) => [v, Math.min(5, base + (i % 2))]),
    ) as AnonymousAnswer['scores'];
  const answer = (
    relation: AnonymousAnswer['relation'],
    base: number,
    comment: string | null = null,
  ): AnonymousAnswer => ({
    roundId: 'R1',
    answerId: `${relation}${base}${comment}`,
    relation,
    scores: scores(base),
    comment,
  });
  /** The API's summary (core's summariseFeedback), as the route answers it. */
  const summary = (
    answers: AnonymousAnswer[],
    relations: AnonymousAnswer['relation'][] = ['superior', 'peer', 'self'],
  ): FeedbackSummary => ({
    roundId: 'R1',
    subject: { kind: 'employee', id: 'E1', name: 'Dewi Lestari' },
    period: { start: '2026-01', end: '2026-12' },
    closesOn: '2026-12-31',
    status: 'open',
    ...summariseFeedback(answers, { minRaters: 3, relations, random: () => 0.5 }),
  });

  it('has no numbers at two peers: every group says "not enough raters"', () => {
    const s = summary([answer('peer', 4), answer('peer', 3), answer('superior', 4)]);
    expect(s.groups.map((g) => g.status)).toEqual([
      'not-enough-raters',
      'not-enough-raters',
      'not-enough-raters',
    ]);
    expect(hasNumbers(s)).toBe(false);
    expect(summaryChart(s, words)).toEqual({
      labels: BERAKHLAK_VALUES.map((v) => assessmentId.berakhlak[v]),
      series: [],
    });
  });

  it('charts the peers at three answers, and the self-assessment as its own series', () => {
    const s = summary([
      answer('peer', 4, 'Teliti.'),
      answer('peer', 3),
      answer('peer', 4),
      answer('self', 5),
    ]);
    expect(hasNumbers(s)).toBe(true);
    const chart = summaryChart(s, words);
    expect(chart.series.map((x) => x.label)).toEqual(['Rekan kerja', 'Diri sendiri']);
    const peers = s.groups.find((g) => g.relation === 'peer');
    expect(peers?.status === 'shown' && chart.series[0]!.values).toEqual(
      BERAKHLAK_VALUES.map((v) => (peers?.status === 'shown' ? peers.averages[v] : 0)),
    );
    expect(chart.series[0]!.values[0]).toBe(3.67);
    // One group besides self: the overall equals it and is not drawn twice.
    expect(chart.series.some((x) => x.key === 'overall')).toBe(false);
  });

  it('adds the overall series when two groups are shown', () => {
    const s = summary(
      [
        answer('peer', 4),
        answer('peer', 4),
        answer('peer', 4),
        answer('subordinate', 2),
        answer('subordinate', 2),
        answer('subordinate', 3),
      ],
      ['peer', 'subordinate'],
    );
    const chart = summaryChart(s, words);
    expect(chart.series.map((x) => x.key)).toEqual(['peer', 'subordinate', 'overall']);
    expect(chart.series[2]!.label).toBe('Keseluruhan');
    expect(chart.series[2]!.values).toEqual(BERAKHLAK_VALUES.map((v) => s.overall!.averages[v]));
  });
});
