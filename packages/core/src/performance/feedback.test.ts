import { describe, expect, it } from 'vitest';
import type { AppError } from '../errors';
import { seededRandom } from '../random';
import {
  type AnonymousAnswer,
  anonymousAnswer,
  assertFeedbackRaters,
  type FeedbackScores,
  feedbackRaterIssues,
  type RaterRelation,
  raterMarker,
  raterRelationFor,
  summariseFeedback,
} from './feedback';
import { BERAKHLAK_VALUES } from './skp';

const all = (n: number): FeedbackScores =>
  Object.fromEntries(BERAKHLAK_VALUES.map((v) => [v, n])) as FeedbackScores;
let seq = 0;
const answer = (relation: RaterRelation, scores: FeedbackScores, comment?: string): AnonymousAnswer =>
  anonymousAnswer({ roundId: 'r1', answerId: `a${++seq}`, relation, scores, comment });
const random = seededRandom(42);

describe('storing an answer apart from its rater', () => {
  it('keeps relation, scores and comment only, whatever else is passed', () => {
    const stored = anonymousAnswer({
      roundId: 'r1',
      answerId: 'x7',
      relation: 'peer',
      scores: all(4),
      comment: '  Sangat membantu  ',
      raterId: 'budi',
      submittedAt: '2026-03-02T08:15:00Z',
    } as never);
    expect(stored).toEqual({
      roundId: 'r1',
      answerId: 'x7',
      relation: 'peer',
      scores: all(4),
      comment: 'Sangat membantu',
    });
    expect(JSON.stringify(stored)).not.toMatch(/budi|08:15/);
  });

  it('refuses a score outside 1-5 or a missing value (400)', () => {
    try {
      anonymousAnswer({
        roundId: 'r1',
        answerId: 'x',
        relation: 'peer',
        scores: { ...all(3), LOYAL: 6, ADAPTIF: 0.5 },
      });
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).errors?.map((x) => x.path)).toEqual(['scores.LOYAL', 'scores.ADAPTIF']);
    }
    expect(() =>
      anonymousAnswer({
        roundId: 'r1',
        answerId: 'x',
        relation: 'peer',
        scores: { ...all(3), raterId: 'budi' } as never,
      }),
    ).toThrow();
    const { KOMPETEN: _k, ...six } = all(3);
    expect(() =>
      anonymousAnswer({ roundId: 'r1', answerId: 'x', relation: 'peer', scores: six as FeedbackScores }),
    ).toThrow();
  });

  it('marks that a rater answered without naming the answer', () => {
    expect(raterMarker('r1', 'budi')).toEqual({ roundId: 'r1', raterId: 'budi' });
  });
});

describe('who may answer', () => {
  const round = { status: 'open' as const, raters: [{ employeeId: 'budi', relation: 'peer' as const }] };
  it('gives a rater their relation, once', () => {
    expect(raterRelationFor(round, 'budi', false)).toBe('peer');
    expect(() => raterRelationFor(round, 'budi', true)).toThrow(/already answered/);
  });
  it('refuses a non-rater (403) and a closed round (409)', () => {
    expect(() => raterRelationFor(round, 'sari', false)).toThrow(/not a rater/);
    expect(() => raterRelationFor(round, undefined, false)).toThrow(/not a rater/);
    expect(() => raterRelationFor({ ...round, status: 'closed' }, 'budi', false)).toThrow(/closed/);
  });
});

describe('choosing raters from the org structure', () => {
  const structure = { superiorId: 'head', peerIds: ['p1', 'p2', 'p3'], subordinateIds: ['s1'] };
  const subject = { kind: 'employee' as const, id: 'staff' };
  it('accepts true relations', () => {
    expect(
      feedbackRaterIssues(
        subject,
        [
          { employeeId: 'head', relation: 'superior' },
          { employeeId: 'p1', relation: 'peer' },
          { employeeId: 's1', relation: 'subordinate' },
          { employeeId: 'staff', relation: 'self' },
        ],
        structure,
      ),
    ).toEqual([]);
  });
  it('refuses false relations, repeats and a round of self only', () => {
    expect(
      feedbackRaterIssues(
        subject,
        [
          { employeeId: 'p1', relation: 'superior' },
          { employeeId: 'p1', relation: 'peer' },
          { employeeId: 'staff', relation: 'peer' },
          { employeeId: 'head', relation: 'self' },
        ],
        structure,
      ),
    ).toEqual([
      { path: 'raters.0.relation', message: "is not this employee's relation (superior)" },
      { path: 'raters.1.employeeId', message: 'is listed twice' },
      { path: 'raters.2.relation', message: "is not this employee's relation (peer)" },
      { path: 'raters.3.relation', message: "is not this employee's relation (self)" },
    ]);
    expect(() =>
      assertFeedbackRaters(subject, [{ employeeId: 'staff', relation: 'self' }], structure),
    ).toThrow();
  });
  it('takes the unit head as "self" of a unit round', () => {
    expect(
      feedbackRaterIssues(
        { kind: 'unit', id: 'u1' },
        [
          { employeeId: 'kabid', relation: 'self' },
          { employeeId: 'p1', relation: 'peer' },
        ],
        { ...structure, unitHeadId: 'kabid' },
      ),
    ).toEqual([]);
  });
});

describe('summariseFeedback', () => {
  it('says "not enough raters" at 2 answers and shows the averages at 3', () => {
    const two = [answer('peer', all(4)), answer('peer', all(2))];
    expect(summariseFeedback(two, { random }).groups).toEqual([
      { relation: 'peer', status: 'not-enough-raters' },
    ]);
    const three = [...two, answer('peer', { ...all(3), LOYAL: 5 })];
    const s = summariseFeedback(three, { random });
    expect(s.groups[0]).toMatchObject({ relation: 'peer', status: 'shown', raters: 3 });
    const shown = s.groups[0] as Extract<(typeof s.groups)[number], { status: 'shown' }>;
    expect(shown.averages.LOYAL).toBe(3.67);
    expect(shown.averages.AKUNTABEL).toBe(3);
    expect(shown.overall).toBe(3.1); // (28 + 14 + 23) / 21 = 3.095…
  });

  it('lists a relation with raters but no answers as not enough, and leaves out relations with none', () => {
    const s = summariseFeedback([answer('peer', all(4))], {
      random,
      relations: ['superior', 'peer', 'subordinate'],
    });
    expect(s.groups.map((g) => [g.relation, g.status])).toEqual([
      ['superior', 'not-enough-raters'],
      ['peer', 'not-enough-raters'],
      ['subordinate', 'not-enough-raters'],
    ]);
    expect(s.overall).toBeNull();
  });

  it('hides a small group from the overall average too, so it cannot be had by subtraction', () => {
    const peers = [answer('peer', all(4)), answer('peer', all(4)), answer('peer', all(4))];
    const superior = [answer('superior', all(1))];
    const s = summariseFeedback([...peers, ...superior], { random });
    expect(s.overall).toMatchObject({ raters: 3, overall: 4 });
    expect(s.groups.find((g) => g.relation === 'superior')).toEqual({
      relation: 'superior',
      status: 'not-enough-raters',
    });
  });

  it('shows the self-assessment without a minimum and keeps it out of the overall', () => {
    const s = summariseFeedback(
      [
        answer('self', all(5)),
        answer('subordinate', all(2)),
        answer('subordinate', all(3)),
        answer('subordinate', all(4)),
      ],
      { random },
    );
    expect(s.groups.map((g) => [g.relation, g.status])).toEqual([
      ['subordinate', 'shown'],
      ['self', 'shown'],
    ]);
    expect(s.overall).toMatchObject({ raters: 3, overall: 3 });
  });

  it('shows comments only in a shown group, shuffled, never with a rater', () => {
    const peers = ['Satu', 'Dua', 'Tiga', 'Empat', 'Lima'].map((c) => answer('peer', all(4), c));
    const subs = [answer('subordinate', all(3), 'Rahasia'), answer('subordinate', all(3))];
    const s = summariseFeedback([...peers, ...subs], { random: seededRandom(7) });
    const peerGroup = s.groups.find((g) => g.relation === 'peer');
    if (peerGroup?.status !== 'shown') throw new Error('peers should show');
    expect([...peerGroup.comments].sort()).toEqual(['Dua', 'Empat', 'Lima', 'Satu', 'Tiga']);
    expect(peerGroup.comments).not.toEqual(['Satu', 'Dua', 'Tiga', 'Empat', 'Lima']);
    expect(JSON.stringify(s)).not.toContain('Rahasia');
    expect(JSON.stringify(s)).not.toMatch(/answerId|"a\d+"/);
  });

  it('honours a higher tenant minimum and refuses one below 3', () => {
    const three = [answer('peer', all(4)), answer('peer', all(4)), answer('peer', all(4))];
    expect(summariseFeedback(three, { random, minRaters: 4 }).groups[0]!.status).toBe('not-enough-raters');
    expect(() => summariseFeedback(three, { random, minRaters: 2 })).toThrow(RangeError);
  });
});
