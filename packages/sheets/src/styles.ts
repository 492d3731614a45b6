import { xmlAttribute } from './text';

/** How a cell looks. Unset fields fall back to the row's style, then the column's, then Excel's. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points; Excel's default is 11. */
  size?: number;
  /** Font colour, `RRGGBB` or `AARRGGBB` (alpha first, as Excel writes it). */
  color?: string;
  /** Solid background colour, `RRGGBB` or `AARRGGBB`. */
  fill?: string;
  /** An Excel number format code: `0.00`, `0.0%`, `@` (text), `yyyy-mm-dd`. */
  numFmt?: string;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
}

const STYLE_KEYS = ['bold', 'italic', 'size', 'color', 'fill', 'numFmt', 'wrap', 'align'] as const;

/** Later styles win, field by field; an unset field never clears an earlier one. */
export function mergeStyles(...styles: (CellStyle | undefined)[]): CellStyle | undefined {
  let merged: CellStyle | undefined;
  for (const style of styles) {
    if (!style) continue;
    if (!merged) {
      merged = style;
      continue;
    }
    const next: Record<string, unknown> = { ...merged };
    for (const key of STYLE_KEYS) if (style[key] !== undefined) next[key] = style[key];
    merged = next as CellStyle;
  }
  return merged;
}

/**
 * Formats Excel knows by id (ECMA-376 Part 1, 18.8.30). Reusing the id rather than declaring the
 * code again keeps the format locale-aware where Excel makes it so.
 */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};
/** Ids below this are reserved for built-in formats. */
const FIRST_CUSTOM_FORMAT = 164;

function argb(color: string): string {
  if (!/^([0-9A-Fa-f]{2})?[0-9A-Fa-f]{6}$/.test(color))
    throw new RangeError(`colour ${color} is not RRGGBB or AARRGGBB`);
  return (color.length === 6 ? `FF${color}` : color).toUpperCase();
}

/** The workbook's styles part: fonts, fills and number formats, each written once however often used. */
export class StyleTable {
  private readonly fonts = new Map<string, number>([['', 0]]);
  private readonly fills = new Map<string, number>([
    ['none', 0],
    ['gray125', 1],
  ]);
  private readonly formats = new Map<string, number>();
  private readonly xfs = new Map<string, number>([['0,0,0,,', 0]]);
  private readonly byStyle = new Map<string, number>();

  /** The `s` attribute of a cell in this style; 0 is the default style. */
  idOf(style: CellStyle | undefined): number {
    if (!style) return 0;
    const key = `${style.bold ? 1 : 0}${style.italic ? 1 : 0}|${style.size ?? ''}|${style.color ?? ''}|${style.fill ?? ''}|${style.wrap ? 1 : 0}|${style.align ?? ''}|${style.numFmt ?? ''}`;
    let id = this.byStyle.get(key);
    if (id === undefined) {
      id = this.xfOf(style);
      this.byStyle.set(key, id);
    }
    return id;
  }

  private xfOf(style: CellStyle): number {
    const fontKey =
      style.bold || style.italic || style.size !== undefined || style.color !== undefined
        ? `${style.bold ? 'b' : ''}${style.italic ? 'i' : ''}|${style.size ?? 11}|${style.color === undefined ? '' : argb(style.color)}`
        : '';
    const fillKey = style.fill === undefined ? 'none' : argb(style.fill);
    const font = idIn(this.fonts, fontKey);
    const fill = idIn(this.fills, fillKey);
    const format = this.formatOf(style.numFmt);
    return idIn(this.xfs, `${format},${font},${fill},${style.wrap ? 1 : ''},${style.align ?? ''}`);
  }

  private formatOf(code: string | undefined): number {
    if (code === undefined) return 0;
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  toXml(): string {
    const out: string[] = [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    ];
    if (this.formats.size > 0) {
      out.push(`<numFmts count="${this.formats.size}">`);
      for (const [code, id] of this.formats)
        out.push(`<numFmt numFmtId="${id}" formatCode="${xmlAttribute(code)}"/>`);
      out.push('</numFmts>');
    }
    out.push(`<fonts count="${this.fonts.size}">`);
    for (const key of this.fonts.keys()) {
      const [flags = '', size = '11', color = ''] = key.split('|');
      out.push(
        '<font>',
        flags.includes('b') ? '<b/>' : '',
        flags.includes('i') ? '<i/>' : '',
        `<sz val="${size}"/>`,
        color ? `<color rgb="${color}"/>` : '<color theme="1"/>',
        '<name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
      );
    }
    out.push(`</fonts><fills count="${this.fills.size}">`);
    for (const key of this.fills.keys()) {
      out.push(
        key === 'none' || key === 'gray125'
          ? `<fill><patternFill patternType="${key}"/></fill>`
          : `<fill><patternFill patternType="solid"><fgColor rgb="${key}"/><bgColor indexed="64"/></patternFill></fill>`,
      );
    }
    out.push(
      '</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
      `<cellXfs count="${this.xfs.size}">`,
    );
    for (const key of this.xfs.keys()) {
      const [format, font, fill, wrap, align] = key.split(',');
      const applied = [
        format !== '0' ? ' applyNumberFormat="1"' : '',
        font !== '0' ? ' applyFont="1"' : '',
        fill !== '0' ? ' applyFill="1"' : '',
        wrap || align ? ' applyAlignment="1"' : '',
      ].join('');
      const alignment =
        wrap || align
          ? `<alignment${align ? ` horizontal="${align}"` : ''}${wrap ? ' wrapText="1"' : ''}/>`
          : '';
      out.push(
        `<xf numFmtId="${format}" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"${applied}`,
        alignment ? `>${alignment}</xf>` : '/>',
      );
    }
    out.push(
      '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
      '</styleSheet>',
    );
    return out.join('');
  }
}

function idIn(table: Map<string, number>, key: string): number {
  let id = table.get(key);
  if (id === undefined) {
    id = table.size;
    table.set(key, id);
  }
  return id;
}
