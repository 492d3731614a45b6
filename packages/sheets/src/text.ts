/**
 * What a text cell may hold, and how it is written into the package's XML.
 *
 * Text passes three steps, in this order, before it is stored:
 * 1. characters XML 1.0 cannot carry are removed (a workbook with one of them does not open);
 * 2. text that a spreadsheet could take for a formula gets a leading apostrophe (`'`), see
 *    {@link neutraliseFormula};
 * 3. text longer than Excel's cell limit is cut, see {@link MAX_CELL_CHARS}.
 */

/** Excel refuses (and offers to "repair") a cell holding more UTF-16 code units than this. */
export const MAX_CELL_CHARS = 32_767;
/** Ends a cell that was cut at {@link MAX_CELL_CHARS}, so a reader sees that text is missing. */
export const TRUNCATION_MARK = '…';

// C0 controls other than tab, LF and CR, the two non-characters U+FFFE/U+FFFF, and lone surrogates
// (with the u flag \p{Cs} matches only a surrogate that is not half of a pair).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const ILLEGAL_XML = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\p{Cs}]/gu;

export function stripIllegalXml(text: string): string {
  ILLEGAL_XML.lastIndex = 0;
  return ILLEGAL_XML.test(text) ? text.replace(ILLEGAL_XML, '') : text;
}

const FORMULA_START = /^[=+\-@\t\r]/;
// A sign followed by nothing but digits, spaces and decimal separators cannot name a function, a
// reference or a DDE link: `+6281234567890` (a phone number) or a lone `-` placeholder stays as is.
const PLAIN_NUMBER_TEXT = /^[+-]?[0-9 .,]*$/;

/**
 * Formula injection (CSV/DDE injection): text starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return is stored with a leading apostrophe, so `=HYPERLINK(...)` reads `'=HYPERLINK(...)`.
 *
 * The apostrophe is part of the stored text, not Excel's quotePrefix style: quotePrefix protects
 * the cell while the workbook stays a workbook, but "Save as CSV" writes the bare text, and the
 * CSV then opens as a live formula. A literal apostrophe survives both editing and CSV. Text that
 * is only a sign and digits is left alone, as it can compute nothing.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER_TEXT.test(text) ? `'${text}` : text;
}

/** At most {@link MAX_CELL_CHARS}, without splitting a surrogate pair. */
export function capCellText(text: string): string {
  if (text.length <= MAX_CELL_CHARS) return text;
  let end = MAX_CELL_CHARS - TRUNCATION_MARK.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end) + TRUNCATION_MARK;
}

/** The text a text cell stores for a value given by the caller. */
export function cellText(value: string): string {
  return capCellText(neutraliseFormula(stripIllegalXml(value)));
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#xD;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  '\t': '&#x9;',
  '\n': '&#xA;',
};

/**
 * Element content. A CR is written as a character reference because XML parsers turn a literal CR
 * (or CRLF) into LF. A literal `_xHHHH_` would be decoded by Excel as an escaped character
 * (ECMA-376 ST_Xstring), so its underscore is itself escaped as `_x005F_`.
 */
export function xmlText(text: string): string {
  if (!/[&<>\r_]/.test(text)) return text;
  return text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_').replace(/[&<>\r]/g, (ch) => TEXT_ESCAPES[ch]!);
}

/** An attribute value in double quotes; whitespace is kept, as attribute normalisation would not. */
export function xmlAttribute(text: string): string {
  return stripIllegalXml(text).replace(/[&<>"\r\n\t]/g, (ch) => ATTRIBUTE_ESCAPES[ch]!);
}

/** `<t>`, keeping leading and trailing spaces and line breaks, which XML would otherwise let go. */
export function textElement(text: string): string {
  return /^\s|\s$|[\t\n\r]/.test(text)
    ? `<t xml:space="preserve">${xmlText(text)}</t>`
    : `<t>${xmlText(text)}</t>`;
}
