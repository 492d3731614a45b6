import { describe, expect, it } from 'vitest';
import {
  MAX_SUGGESTION_LENGTH,
  moderateSuggestionSchema,
  periodSchema,
  serviceCodeSchema,
  submitSurveyResponseSchema,
  updateSurveySettingsSchema,
} from './survey';

type Issue = { path: PropertyKey[]; code?: string; keys?: string[] };

/**
 * Issue paths as the API reports them (packages/http `issuesToErrors`): dotted, with an unknown
 * key reported at its own path.
 */
const paths = (r: { success: boolean; error?: { issues: Issue[] } }) =>
  r.error?.issues.flatMap((i) =>
    i.code === 'unrecognized_keys' && i.keys?.length
      ? i.keys.map((k) => [...i.path, k].join('.'))
      : [i.path.join('.') || '(root)'],
  ) ?? [];

const body = {
  answers: { U1: 4, U2: 3, U3: 3, U4: 4, U5: 2, U6: 3, U7: 4, U8: 1, U9: 3 },
  respondent: { gender: 'P', age: 34, education: 'D4-S1', occupation: 'Wirausaha' },
  serviceType: 'KTP elektronik',
  suggestion: '  Antrean pagi terlalu panjang, tambah loket.  ',
  extra: { 'waktu-kunjungan': 'Pagi' },
  serviceCode: 'abcd-efgh',
};

describe('submitSurveyResponseSchema', () => {
  it('accepts a full body, trims the suggestion and normalises the service code', () => {
    const r = submitSurveyResponseSchema.safeParse(body);
    expect(r.success).toBe(true);
    expect(r.data).toEqual({
      ...body,
      suggestion: 'Antrean pagi terlalu panjang, tambah loket.',
      serviceCode: 'ABCDEFGH',
    });
  });

  it('accepts the minimum: answers and respondent only', () => {
    const { answers, respondent } = body;
    expect(submitSurveyResponseSchema.safeParse({ answers, respondent }).success).toBe(true);
  });

  it('requires all nine elements', () => {
    const { U3: _, ...answers } = body.answers;
    expect(paths(submitSurveyResponseSchema.safeParse({ ...body, answers }))).toEqual(['answers.U3']);
  });

  it('rejects an element that does not exist, at its own path', () => {
    const r = submitSurveyResponseSchema.safeParse({ ...body, answers: { ...body.answers, U10: 4 } });
    expect(r.error?.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', path: ['answers'], keys: ['U10'] }),
    ]);
    expect(paths(r)).toEqual(['answers.U10']);
  });

  it.each([0, 5, 2.5, '3', null, -1])('rejects the answer %j', (v) => {
    const r = submitSurveyResponseSchema.safeParse({ ...body, answers: { ...body.answers, U5: v } });
    expect(paths(r)).toEqual(['answers.U5']);
  });

  it.each([1, 2, 3, 4])('accepts the answer %d', (v) => {
    const r = submitSurveyResponseSchema.safeParse({ ...body, answers: { ...body.answers, U5: v } });
    expect(r.success).toBe(true);
  });

  it.each([
    ['education', 'SMK', 'respondent.education'],
    ['education', 'sma', 'respondent.education'],
    ['occupation', 'Petani', 'respondent.occupation'],
    ['gender', 'X', 'respondent.gender'],
    ['age', 14, 'respondent.age'],
    ['age', 101, 'respondent.age'],
    ['age', 30.5, 'respondent.age'],
    ['age', '30', 'respondent.age'],
  ])('rejects the respondent %s %j', (field, value, path) => {
    const r = submitSurveyResponseSchema.safeParse({
      ...body,
      respondent: { ...body.respondent, [field]: value },
    });
    expect(paths(r)).toEqual([path]);
  });

  it('accepts the age limits 15 and 100', () => {
    for (const age of [15, 100]) {
      expect(
        submitSurveyResponseSchema.safeParse({ ...body, respondent: { ...body.respondent, age } }).success,
      ).toBe(true);
    }
  });

  it(`limits the suggestion to ${MAX_SUGGESTION_LENGTH} characters after trimming`, () => {
    expect(MAX_SUGGESTION_LENGTH).toBe(2000);
    const ok = submitSurveyResponseSchema.safeParse({ ...body, suggestion: `  ${'a'.repeat(2000)}  ` });
    expect(ok.success).toBe(true);
    expect(ok.data?.suggestion).toHaveLength(2000);
    expect(paths(submitSurveyResponseSchema.safeParse({ ...body, suggestion: 'a'.repeat(2001) }))).toEqual([
      'suggestion',
    ]);
  });

  it('rejects an unknown top-level field and unknown respondent fields', () => {
    expect(paths(submitSurveyResponseSchema.safeParse({ ...body, email: 'warga@example.id' }))).toEqual([
      'email',
    ]);
    expect(
      paths(
        submitSurveyResponseSchema.safeParse({ ...body, respondent: { ...body.respondent, nik: '1871' } }),
      ),
    ).toEqual(['respondent.nik']);
  });

  it('rejects a bad service code at serviceCode', () => {
    expect(paths(submitSurveyResponseSchema.safeParse({ ...body, serviceCode: 'ABCD-EFGI' }))).toEqual([
      'serviceCode',
    ]);
  });

  it('bounds extra answers', () => {
    expect(paths(submitSurveyResponseSchema.safeParse({ ...body, extra: { a: 'x'.repeat(501) } }))).toEqual([
      'extra.a',
    ]);
    expect(paths(submitSurveyResponseSchema.safeParse({ ...body, extra: { a: 3 } }))).toEqual(['extra.a']);
  });
});

describe('serviceCodeSchema', () => {
  it.each([
    ['abcd-efgh', 'ABCDEFGH'],
    ['ABCD-EFGH', 'ABCDEFGH'],
    ['abcdefgh', 'ABCDEFGH'],
    ['  7k3m 9q2z ', '7K3M9Q2Z'],
    ['0123-4567', '01234567'],
    ['89ab-xyz0', '89ABXYZ0'],
    ['wx-yz-pq-rs', 'WXYZPQRS'],
  ])('normalises %j to %s', (input, out) => {
    expect(serviceCodeSchema.parse(input)).toBe(out);
  });

  it.each([
    ['ABCD-EFGI', 'I is not Crockford base32'],
    ['ABCD-EFGL', 'L is not Crockford base32'],
    ['ABCD-EFGO', 'O is not Crockford base32'],
    ['abcd-efgu', 'U is not Crockford base32'],
    ['ABCD-EFG', 'too short'],
    ['ABCD-EFGHJ', 'too long'],
    ['ABCD_EFGH', 'underscore'],
    ['ABCD-EFG!', 'punctuation'],
    ['', 'empty'],
    ['----', 'dashes only'],
  ])('rejects %j (%s)', (input) => {
    expect(serviceCodeSchema.safeParse(input).success).toBe(false);
  });
});

describe('updateSurveySettingsSchema', () => {
  const order = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U9', 'U8'];
  const choice = {
    id: 'waktu-kunjungan',
    text: { id: 'Waktu kunjungan', en: 'Time of visit' },
    kind: 'choice',
    options: ['Pagi', 'Siang', 'Sore'],
  };
  const text = { id: 'kesan', text: { id: 'Kesan Anda', en: 'Your impression' }, kind: 'text' };
  const valid = { elementOrder: order, extraQuestions: [choice, text], rateLimitPerHour: 30, version: 0 };

  it('accepts a full settings body (U8 and U9 swapped) and a version-only one', () => {
    expect(updateSurveySettingsSchema.safeParse(valid).success).toBe(true);
    expect(updateSurveySettingsSchema.safeParse({ version: 3 }).success).toBe(true);
  });

  it('rejects an element order with a duplicate code', () => {
    const dup = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U8'];
    expect(paths(updateSurveySettingsSchema.safeParse({ ...valid, elementOrder: dup }))).toEqual([
      'elementOrder',
    ]);
  });

  it('rejects an element order with a missing code', () => {
    expect(
      paths(updateSurveySettingsSchema.safeParse({ ...valid, elementOrder: order.slice(0, 8) })),
    ).toContain('elementOrder');
    expect(
      paths(updateSurveySettingsSchema.safeParse({ ...valid, elementOrder: [...order, 'U1'] })),
    ).toContain('elementOrder');
    expect(
      paths(updateSurveySettingsSchema.safeParse({ ...valid, elementOrder: [...order.slice(0, 8), 'U10'] })),
    ).toEqual(['elementOrder.8']);
  });

  it('rejects two extra questions with the same id', () => {
    expect(
      paths(
        updateSurveySettingsSchema.safeParse({
          ...valid,
          extraQuestions: [choice, { ...text, id: choice.id }],
        }),
      ),
    ).toEqual(['extraQuestions.1.id']);
  });

  it('requires options for a choice and forbids them for text', () => {
    const { options: _, ...noOptions } = choice;
    expect(paths(updateSurveySettingsSchema.safeParse({ ...valid, extraQuestions: [noOptions] }))).toEqual([
      'extraQuestions.0.options',
    ]);
    expect(
      paths(
        updateSurveySettingsSchema.safeParse({
          ...valid,
          extraQuestions: [{ ...text, options: ['a', 'b'] }],
        }),
      ),
    ).toEqual(['extraQuestions.0.options']);
    expect(
      paths(
        updateSurveySettingsSchema.safeParse({
          ...valid,
          extraQuestions: [{ ...choice, options: ['Pagi'] }],
        }),
      ),
    ).toEqual(['extraQuestions.0.options']);
  });

  it('rejects a bad question id, a zero rate limit and a missing version', () => {
    expect(
      paths(updateSurveySettingsSchema.safeParse({ ...valid, extraQuestions: [{ ...text, id: 'Kesan' }] })),
    ).toEqual(['extraQuestions.0.id']);
    expect(paths(updateSurveySettingsSchema.safeParse({ ...valid, rateLimitPerHour: 0 }))).toEqual([
      'rateLimitPerHour',
    ]);
    const { version: _, ...noVersion } = valid;
    expect(paths(updateSurveySettingsSchema.safeParse(noVersion))).toEqual(['version']);
  });
});

describe('periodSchema', () => {
  it.each(['2026', '2026-S1', '2026-S2', '2026-Q1', '2026-Q4', '2026-01', '2026-12'])('accepts %s', (p) => {
    expect(periodSchema.safeParse(p).success).toBe(true);
  });

  it.each(['2026-Q5', '2026-13', '2026-00', '2026-S3', '26', '2026-1', '2026-q1', '', '2026 '])(
    'rejects %j',
    (p) => {
      expect(periodSchema.safeParse(p).success).toBe(false);
    },
  );
});

describe('moderateSuggestionSchema', () => {
  it('requires a reason to hide', () => {
    expect(paths(moderateSuggestionSchema.safeParse({ action: 'hide' }))).toEqual(['reason']);
    expect(paths(moderateSuggestionSchema.safeParse({ action: 'hide', reason: '   ' }))).toContain('reason');
    expect(moderateSuggestionSchema.parse({ action: 'hide', reason: ' Berisi data pribadi ' })).toEqual({
      action: 'hide',
      reason: 'Berisi data pribadi',
    });
  });

  it('shows without a reason, and rejects unknown actions and fields', () => {
    expect(moderateSuggestionSchema.safeParse({ action: 'show' }).success).toBe(true);
    expect(paths(moderateSuggestionSchema.safeParse({ action: 'delete' }))).toEqual(['action']);
    expect(paths(moderateSuggestionSchema.safeParse({ action: 'show', by: 'x' }))).toEqual(['by']);
    expect(paths(moderateSuggestionSchema.safeParse({ action: 'hide', reason: 'x'.repeat(501) }))).toEqual([
      'reason',
    ]);
  });
});
