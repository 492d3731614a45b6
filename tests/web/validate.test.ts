import { updateRecruitmentSettingsSchema } from '@pamong/core';
import { describe, expect, it } from 'vitest';
import { en } from '../../web/src/i18n/en';
import { id } from '../../web/src/i18n/id';
import { validate } from '../../web/src/lib/validate';

/** The browser's own check of a form against the API's schema: the field's message in the reader's words. */
const messages = (input: unknown, t = id) => {
  const result = validate(updateRecruitmentSettingsSchema, input, t);
  return result.ok ? [] : (result.error.errors ?? []).map((e) => [e.path, e.message]);
};

describe('validate: number fields', () => {
  it('names the bound a number misses, in the reader’s number format', () => {
    expect(messages({ registrationsPerHour: 0, version: 0 })).toEqual([
      ['registrationsPerHour', 'Paling kecil 1.'],
    ]);
    expect(messages({ registrationsPerHour: 250_000, version: 0 })).toEqual([
      ['registrationsPerHour', 'Paling besar 100.000.'],
    ]);
    expect(messages({ registrationsPerHour: 250_000, version: 0 }, en)).toEqual([
      ['registrationsPerHour', 'At most 100,000.'],
    ]);
  });

  it('asks for a whole number, and for a missing one as required', () => {
    expect(messages({ registrationsPerHour: 1.5, version: 0 })).toEqual([
      ['registrationsPerHour', 'Harus bilangan bulat.'],
    ]);
    expect(messages({ version: 0 })).toEqual([['registrationsPerHour', 'Wajib diisi.']]);
    expect(messages({ registrationsPerHour: 60, version: 0 })).toEqual([]);
  });
});
