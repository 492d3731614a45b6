/** A CSV cell, quoted when it holds a delimiter, a quote or a line break (as `csvRows` reads it). */
export const csvCell = (s: string): string => (/[",;\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
