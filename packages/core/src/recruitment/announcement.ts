/**
 * Tamper-evident announcements (issue 12 §4): every version is immutable, and its hash covers its
 * content and the previous version's hash, so the public page shows a chain anyone can re-check.
 * This module builds the exact text to hash; hashing (SHA-256, hex) is the caller's, since core has
 * no crypto import (it is bundled into the web app, which uses SubtleCrypto, while Lambda uses
 * node:crypto).
 *
 * Canonical form: JSON with object keys sorted by UTF-16 code unit at every level, no white space,
 * arrays in their given order, strings as JSON.stringify writes them. `undefined`, functions,
 * symbols, bigints, non-finite numbers, Dates and other class instances are refused, not dropped, so
 * two parties can never serialise the same announcement differently.
 */

export type CanonicalValue =
  | null
  | boolean
  | number
  | string
  | readonly CanonicalValue[]
  | { readonly [key: string]: CanonicalValue };

export function canonicalJson(value: unknown, path = '$'): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`${path} is not a finite number`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value))
        return `[${value.map((v, i) => canonicalJson(v, `${path}[${i}]`)).join(',')}]`;
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) throw new TypeError(`${path} is not a plain object`);
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k], `${path}.${k}`)}`).join(',')}}`;
    }
    default:
      throw new TypeError(`${path} cannot be serialised (${typeof value})`);
  }
}

/** The content of one announcement version, as published (the result snapshot included). */
export interface AnnouncementContent {
  tenantId: string;
  roundId: string;
  stage: string;
  /** 1 for the round's first announcement; each later one (the next stage, or a correction) the next number. */
  version: number;
  publishedAt: string;
  note: string;
  /** The results at publication time: any plain JSON (rows per formasi, status, ranking factors). */
  results: CanonicalValue;
  [extra: string]: CanonicalValue;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * The text whose SHA-256 is this version's hash: the canonical JSON of `{ content, previousHash }`.
 * `previousHash` is the previous version's hash (64 lowercase hex digits), or null for the first
 * version of the stage.
 */
export function announcementHashInput(content: AnnouncementContent, previousHash: string | null): string {
  if (!Number.isInteger(content.version) || content.version < 1) throw new RangeError('version starts at 1');
  if (content.version === 1 && previousHash !== null) throw new RangeError('version 1 has no previous hash');
  if (content.version > 1 && (previousHash === null || !SHA256_HEX.test(previousHash)))
    throw new RangeError('a later version needs the previous hash as 64 lowercase hex digits');
  return canonicalJson({ content, previousHash });
}

export interface ChainedVersion {
  content: AnnouncementContent;
  previousHash: string | null;
  hash: string;
}

/**
 * Checks a round's chain with the caller's hash function (sync, hex): versions 1..n in order, each
 * linking to the previous hash, each hash matching its content. Returns the 1-based version numbers
 * that fail, empty when the chain is intact.
 */
export function brokenLinks(
  versions: readonly ChainedVersion[],
  sha256Hex: (text: string) => string,
): number[] {
  const broken: number[] = [];
  versions.forEach((v, i) => {
    const expectedPrevious = i === 0 ? null : versions[i - 1]!.hash;
    let ok = v.content.version === i + 1 && v.previousHash === expectedPrevious;
    if (ok) {
      try {
        ok = sha256Hex(announcementHashInput(v.content, v.previousHash)) === v.hash;
      } catch {
        ok = false;
      }
    }
    if (!ok) broken.push(i + 1);
  });
  return broken;
}
