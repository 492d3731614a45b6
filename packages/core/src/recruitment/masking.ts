/**
 * Masking of personal data (UU 27/2022 Perlindungan Data Pribadi, ASN-RULES §8): the NIK is shown
 * masked wherever the full number is not needed, and the public proof check shows the name masked.
 */

/**
 * `1871xxxxxxxx0001`: the province and regency/city (first 4 digits) and the sequence (last 4) stay;
 * the district and the date of birth, which with the name would identify the person, are hidden.
 * Anything that is not a 16-character NIK is hidden entirely, so a malformed value never leaks.
 */
export function maskNik(nik: string): string {
  if (nik.length !== 16) return 'x'.repeat(nik.length);
  return `${nik.slice(0, 4)}${'x'.repeat(8)}${nik.slice(12)}`;
}

/**
 * A name for the public proof check (issue 12, `verifyRegistrationProof`): each word keeps its first
 * letter, uppercased, followed by a fixed `***`, so "Siti Nurhaliza binti Ahmad" becomes
 * "S*** N*** B*** A***". The fixed tail hides each word's length (which narrows a name down a lot);
 * the initials and the number of words let the holder of the printed proof recognise their own
 * name. Words are split on white space; punctuation before the first letter is dropped, so a
 * degree or an abbreviation ("M.", "H.") shows as its initial too.
 */
export function maskName(name: string): string {
  return name
    .trim()
    .split(/\s+/u)
    .map((word) => Array.from(word).find((ch) => /\p{L}|\p{N}/u.test(ch)))
    .filter((first): first is string => first !== undefined)
    .map((first) => `${first.toLocaleUpperCase('id-ID')}***`)
    .join(' ');
}
