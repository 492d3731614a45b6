import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId } from './ids';

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

afterEach(() => vi.useRealTimers());

describe('newId', () => {
  it('gives ULIDs, unique and in creation order within a burst', () => {
    const ids = Array.from({ length: 10_000 }, () => newId());
    for (const id of ids) expect(id).toMatch(ULID);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('draws the random part afresh each millisecond, over the whole alphabet', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const randomParts: string[] = [];
    for (let ms = 0; ms < 400; ms++) {
      // Later than any id made so far, so each millisecond is a new one for the monotonic factory.
      vi.setSystemTime(Date.UTC(2099, 0, 1, 0, 0, 0, ms));
      randomParts.push(newId().slice(10));
    }
    expect(new Set(randomParts).size).toBe(400);
    expect(new Set(randomParts.join('')).size).toBe(32);
    // Fresh, not incremented: the leading random character varies too (an increment keeps it).
    expect(new Set(randomParts.map((p) => p[0])).size).toBeGreaterThan(24);
  });
});
