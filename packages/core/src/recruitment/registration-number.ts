import type { RoundKind } from './round';

/**
 * Registration numbers (nomor pendaftaran). Issue 12 asks for one "unique and readable" without a
 * format, so: `<ROUND>-<SEQUENCE>-<CHECK>`, e.g. `CPNS25-000123-Q`.
 * - ROUND: the round's code, 2-10 characters of Crockford base32 (digits and letters without I, L,
 *   O, U), so it reads aloud and types without confusing 0/O or 1/I/L;
 * - SEQUENCE: the application's sequence in the round (from 1), at least 6 digits;
 * - CHECK: one Luhn mod 32 check character over ROUND and SEQUENCE, in the same alphabet. It catches
 *   every single mistyped character and nearly every swap of two neighbours, so a mistyped number
 *   is reported as such rather than as "not found" (or, worse, as someone else's proof).
 * Parsing ignores case and spaces, reads O as 0 and I/L as 1, and takes the dashes as optional.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const N = ALPHABET.length;
const SEQUENCE_DIGITS = 6;
const ROUND_CODE = /^[0-9A-HJKMNP-TV-Z]{2,10}$/;

const symbolValue = (ch: string): number => {
  const v = ALPHABET.indexOf(ch);
  if (v < 0) throw new RangeError(`${ch} is not a Crockford base32 character`);
  return v;
};

/** Luhn mod N check character of a string over ALPHABET. */
export function checkCharacter(body: string): string {
  let sum = 0;
  let double = true;
  for (let i = body.length - 1; i >= 0; i--) {
    let v = symbolValue(body[i]!);
    if (double) {
      v *= 2;
      v = Math.floor(v / N) + (v % N);
    }
    sum += v;
    double = !double;
  }
  return ALPHABET[(N - (sum % N)) % N]!;
}

/** A round code from its kind and year: `CPNS25`, then `CPNS25B`, `CPNS25C`, … for more rounds that year. */
export function defaultRoundCode(kind: RoundKind, year: number, ordinal = 1): string {
  if (!Number.isInteger(ordinal) || ordinal < 1 || ordinal > 22) throw new RangeError('ordinal must be 1-22');
  const suffix = ordinal === 1 ? '' : ALPHABET[10 + ordinal - 1]!;
  return `${kind}${String(year % 100).padStart(2, '0')}${suffix}`;
}

export function isRoundCode(code: string): boolean {
  return ROUND_CODE.test(code);
}

export function formatRegistrationNumber(roundCode: string, sequence: number): string {
  if (!isRoundCode(roundCode)) throw new RangeError(`not a round code: ${roundCode}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError('sequence starts at 1');
  const seq = String(sequence).padStart(SEQUENCE_DIGITS, '0');
  return `${roundCode}-${seq}-${checkCharacter(roundCode + seq)}`;
}

/** Upper case without spaces, with O read as 0 and I/L as 1 (Crockford). Dashes are kept. */
const normalise = (s: string) => s.toUpperCase().replace(/\s+/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');

/**
 * Reads a typed or scanned registration number; null when it is malformed or its check character
 * does not match (a typo). Returns the canonical form.
 */
export function parseRegistrationNumber(
  input: string,
): { roundCode: string; sequence: number; canonical: string } | null {
  // Without dashes the sequence must be its 6 minimum digits, or the split would be ambiguous.
  const m = /^([0-9A-Z]{2,10})(?:-(\d{6,15})-|(\d{6}))([0-9A-Z])$/.exec(normalise(input));
  if (!m) return null;
  const roundCode = m[1]!;
  const seq = (m[2] ?? m[3])!;
  const check = m[4]!;
  if (!isRoundCode(roundCode) || !ALPHABET.includes(check)) return null;
  if (checkCharacter(roundCode + seq) !== check) return null;
  const sequence = Number(seq);
  if (!Number.isSafeInteger(sequence) || sequence < 1) return null;
  return { roundCode, sequence, canonical: `${roundCode}-${seq}-${check}` };
}
