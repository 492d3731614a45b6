import { describe, expect, it } from 'vitest';
import {
  type AnnouncementContent,
  announcementHashInput,
  brokenLinks,
  type ChainedVersion,
  canonicalJson,
} from './announcement';

/** A stand-in for SHA-256 (core has no crypto): FNV-1a, widened to 64 hex digits. Deterministic is enough. */
const fakeSha256 = (text: string): string => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0').repeat(8);
};

const v1: AnnouncementContent = {
  tenantId: '01J00000000000000000000000',
  roundId: '01J00000000000000000000001',
  stage: 'ADMINISTRATION',
  version: 1,
  publishedAt: '2025-08-29T03:00:00.000Z',
  note: 'Hasil seleksi administrasi',
  results: [{ registrationNumber: 'CPNS25-000001-Z', name: 'B*** S***', status: 'TMS' }],
};

describe('canonicalJson', () => {
  it('sorts keys at every level, keeps array order and adds no white space', () => {
    expect(canonicalJson({ b: 1, a: [3, { d: true, c: null }], é: 'x' })).toBe(
      '{"a":[3,{"c":null,"d":true}],"b":1,"é":"x"}',
    );
  });
  it('does not depend on the order keys were written in', () => {
    expect(canonicalJson({ ...v1 })).toBe(canonicalJson(Object.fromEntries(Object.entries(v1).reverse())));
  });
  it('escapes strings as JSON does and writes numbers in their shortest form', () => {
    expect(canonicalJson({ s: 'a"b\\c\nd', n: 61.5, z: -0, e: 1e21 })).toBe(
      '{"e":1e+21,"n":61.5,"s":"a\\"b\\\\c\\nd","z":0}',
    );
  });
  it('refuses what JSON would silently drop or mangle', () => {
    expect(() => canonicalJson({ a: undefined })).toThrow('$.a cannot be serialised (undefined)');
    expect(() => canonicalJson({ a: [Number.NaN] })).toThrow('$.a[0] is not a finite number');
    expect(() => canonicalJson({ at: new Date(0) })).toThrow('$.at is not a plain object');
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError);
    expect(() => canonicalJson(() => 1)).toThrow(TypeError);
  });
});

describe('announcementHashInput', () => {
  it('covers the content and the previous hash', () => {
    expect(announcementHashInput(v1, null)).toBe(`{"content":${canonicalJson(v1)},"previousHash":null}`);
    const h1 = fakeSha256(announcementHashInput(v1, null));
    const v2 = { ...v1, version: 2, note: 'Koreksi setelah sanggah' };
    expect(announcementHashInput(v2, h1)).toContain(`"previousHash":"${h1}"`);
  });
  it('refuses a first version with a previous hash, and a later one without a valid one', () => {
    expect(() => announcementHashInput(v1, 'a'.repeat(64))).toThrow(RangeError);
    expect(() => announcementHashInput({ ...v1, version: 2 }, null)).toThrow(RangeError);
    expect(() => announcementHashInput({ ...v1, version: 2 }, 'A'.repeat(64))).toThrow(RangeError);
    expect(() => announcementHashInput({ ...v1, version: 0 }, null)).toThrow(RangeError);
  });
});

describe('brokenLinks', () => {
  const chain = (): ChainedVersion[] => {
    const out: ChainedVersion[] = [];
    for (let i = 1; i <= 3; i++) {
      const content = { ...v1, version: i, note: `version ${i}` };
      const previousHash = out.at(-1)?.hash ?? null;
      out.push({ content, previousHash, hash: fakeSha256(announcementHashInput(content, previousHash)) });
    }
    return out;
  };
  it('finds an intact chain intact', () => {
    expect(brokenLinks(chain(), fakeSha256)).toEqual([]);
  });
  it('finds an edited version, a broken link and a missing version', () => {
    const edited = chain();
    edited[1] = { ...edited[1]!, content: { ...edited[1]!.content, results: [] } };
    expect(brokenLinks(edited, fakeSha256)).toEqual([2]);
    const relinked = chain();
    relinked[2] = { ...relinked[2]!, previousHash: relinked[0]!.hash };
    expect(brokenLinks(relinked, fakeSha256)).toEqual([3]);
    const gap = chain();
    gap.splice(1, 1);
    expect(brokenLinks(gap, fakeSha256)).toEqual([2]);
  });
});
