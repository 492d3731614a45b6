import { cellRef, columnName, MAX_COLUMNS, MAX_ROWS, parseRange } from './refs';
import { type CellStyle, mergeStyles, StyleTable } from './styles';
import { cellText, stripIllegalXml, textElement, xmlAttribute, xmlText } from './text';
import { zip } from './zip';

/**
 * A small XLSX (Office Open XML SpreadsheetML) writer: what Pamong's exports need and no more.
 * Build the sheets row by row, then call {@link Workbook.toXlsx} once.
 *
 * - `string` is a text cell (shared string), after the clean-up of ./text.ts: illegal XML
 *   characters removed, formula-like text prefixed with `'`, at most 32,767 characters.
 * - `number` is a number cell; NaN and ±Infinity, which a cell cannot hold, become `#NUM!`.
 * - `boolean` is TRUE/FALSE.
 * - `Date` is a date serial with a date format (`yyyy-mm-dd`, or `yyyy-mm-dd hh:mm:ss` when the
 *   time is not midnight) unless the style gives one. Excel dates have no time zone: the UTC wall
 *   clock is written, so shift the Date first to show another zone's. Excel's 1900 calendar is
 *   wrong before 1900-03-01 (it has a 29 February 1900), so earlier dates show a day off.
 * - `null` / `undefined` is no cell (or an empty cell carrying its style, if it has one).
 */
export type CellValue = string | number | boolean | Date | null | undefined;

/** A value with its own style, which wins over the row's and the column's. */
export interface Cell {
  value: CellValue;
  style?: CellStyle;
}

export type CellInput = CellValue | Cell;

export interface ColumnOptions {
  /** In characters of the default font, as Excel's column width. */
  width?: number;
  /** The default style of the column's cells, and of cells typed into it later in Excel. */
  style?: CellStyle;
}

export interface SheetOptions {
  /** From column A onwards. */
  columns?: ColumnOptions[];
  /** Rows kept in view while scrolling (1 for a header row). */
  frozenRows?: number;
  /** Columns kept in view while scrolling. */
  frozenColumns?: number;
  /** Hidden sheets hold what others refer to, such as the choices of a validation list. */
  hidden?: boolean;
}

/** A dropdown: the cells of `range` accept only the listed values. */
export type ListValidation = {
  range: string;
  /** Offer an empty cell as valid (the default). */
  allowBlank?: boolean;
  /** Shown when a typed value is not in the list. */
  error?: { title?: string; message: string };
} & (
  | {
      /** The choices themselves: no commas, at most 255 characters together (an Excel limit). */
      values: readonly string[];
    }
  | {
      /** A range holding the choices, from `sheetRange('Sheet', 'A2:A40')`. */
      source: string;
    }
);

export interface WorkbookOptions {
  /** The document's author (core properties). */
  creator?: string;
  /** When the document was made; also the time stamp of the files inside the zip. */
  created?: Date;
  /** Needed when a sheet has notes (`addNote`): `cellNotes` from `@pamong/sheets`. */
  notes?: NotesWriter;
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Day 0 of Excel's 1900 date system, in Unix milliseconds (1899-12-30, as Excel counts). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Excel's own default column width, used when a column has a style but no width. */
const DEFAULT_WIDTH = 9.140625;

interface Row {
  number: number;
  cells: readonly CellInput[];
  style: CellStyle | undefined;
}

/** A note of a cell, as the sheet keeps it. */
export interface Note {
  row: number;
  column: number;
  text: string;
}

/**
 * The parts that show cell notes in Excel (a comments part and a legacy VML drawing). Opt-in through
 * `WorkbookOptions.notes`, so the exports that have no notes leave them out of their bundles:
 * `new Workbook({ notes: cellNotes })` with `cellNotes` from `@pamong/sheets`.
 */
export interface NotesWriter {
  comments(notes: readonly Note[], author: string): string;
  vml(notes: readonly Note[], block: number): string;
}

/** Names Excel refuses for a sheet: too long, reserved characters, quotes at the ends. */
function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31)
    throw new RangeError(`sheet name "${name}" is not 1-31 characters`);
  if (/[\\/?*[\]:]/.test(name)) throw new RangeError(`sheet name "${name}" holds one of \\ / ? * [ ] :`);
  if (name.startsWith("'") || name.endsWith("'"))
    throw new RangeError(`sheet name "${name}" starts or ends with an apostrophe`);
  if (stripIllegalXml(name) !== name) throw new RangeError(`sheet name "${name}" holds a control character`);
  if (name.toLowerCase() === 'history') throw new RangeError('Excel reserves the sheet name "History"');
}

export class Sheet {
  private readonly rows: Row[] = [];
  private readonly notes: Note[] = [];
  private readonly merges: string[] = [];
  private readonly validations: ListValidation[] = [];
  private nextRow = 1;

  /** @internal Use {@link Workbook.addSheet}. */
  constructor(
    readonly name: string,
    readonly options: SheetOptions,
  ) {
    const { frozenRows = 0, frozenColumns = 0 } = options;
    if (!Number.isInteger(frozenRows) || frozenRows < 0 || frozenRows >= MAX_ROWS)
      throw new RangeError(`frozenRows ${frozenRows} is not a row count`);
    if (!Number.isInteger(frozenColumns) || frozenColumns < 0 || frozenColumns >= MAX_COLUMNS)
      throw new RangeError(`frozenColumns ${frozenColumns} is not a column count`);
    if ((options.columns?.length ?? 0) > MAX_COLUMNS) throw new RangeError('more columns than a sheet holds');
  }

  /** The number the next {@link addRow} gets. */
  get rowCount(): number {
    return this.nextRow - 1;
  }

  /**
   * Appends a row from column A; `style` applies to each of its cells (under the cells' own
   * styles). An empty array leaves a blank row. Returns the row's number, from 1.
   */
  addRow(cells: readonly CellInput[], style?: CellStyle): number {
    const number = this.nextRow;
    if (number > MAX_ROWS) throw new RangeError(`sheet "${this.name}" is full (${MAX_ROWS} rows)`);
    if (cells.length > MAX_COLUMNS) throw new RangeError(`row ${number} has more than ${MAX_COLUMNS} cells`);
    this.nextRow++;
    if (cells.length > 0) this.rows.push({ number, cells: cells.slice(), style });
    return number;
  }

  /** A note (Excel's yellow comment box) on a cell such as `A1`, shown when the mouse is over it. */
  addNote(ref: string, text: string): void {
    const { from, to } = parseRange(ref);
    if (from.row !== to.row || from.column !== to.column)
      throw new RangeError(`a note needs one cell: ${ref}`);
    if (this.notes.some((n) => n.row === from.row && n.column === from.column))
      throw new RangeError(`cell ${ref} already has a note`);
    this.notes.push({ ...from, text: stripIllegalXml(text) });
  }

  /** Merges a range such as `A1:D1`; the top-left cell's value is the one shown. */
  merge(range: string): void {
    const { from, to } = parseRange(range);
    if (from.row === to.row && from.column === to.column)
      throw new RangeError(`nothing to merge in ${range}`);
    const overlaps = this.merges.some((m) => {
      const o = parseRange(m);
      return (
        o.from.row <= to.row &&
        from.row <= o.to.row &&
        o.from.column <= to.column &&
        from.column <= o.to.column
      );
    });
    if (overlaps) throw new RangeError(`${range} overlaps a merged range`);
    this.merges.push(`${cellRef(from.row, from.column)}:${cellRef(to.row, to.column)}`);
  }

  /** A dropdown list on `range`, from literal values or from a range of cells. */
  addListValidation(validation: ListValidation): void {
    parseRange(validation.range);
    if ('values' in validation) {
      if (validation.values.some((v) => v.includes(',') || v.includes('"') || stripIllegalXml(v) !== v))
        throw new RangeError('list values may not hold a comma, a double quote or a control character');
      if (validation.values.join(',').length > 255)
        throw new RangeError('list values exceed 255 characters; put them on a sheet and use `source`');
    }
    this.validations.push(validation);
  }

  /** @internal The worksheet part. */
  toXml(styles: StyleTable, strings: SharedStrings, hasNotes: boolean): string {
    const { columns = [], frozenRows = 0, frozenColumns = 0 } = this.options;
    const columnStyles = columns.map((c) => c.style);
    const out: string[] = [XML_DECL, `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`];

    let lastColumn = 1;
    for (const row of this.rows) lastColumn = Math.max(lastColumn, row.cells.length);
    const lastRow = this.rows.at(-1)?.number ?? 1;
    out.push(
      `<dimension ref="A1${lastRow > 1 || lastColumn > 1 ? `:${cellRef(lastRow, lastColumn)}` : ''}"/>`,
    );

    out.push('<sheetViews><sheetView workbookViewId="0">');
    if (frozenRows > 0 || frozenColumns > 0) {
      const pane =
        frozenRows > 0 && frozenColumns > 0 ? 'bottomRight' : frozenRows > 0 ? 'bottomLeft' : 'topRight';
      const topLeft = cellRef(frozenRows + 1, frozenColumns + 1);
      out.push(
        `<pane${frozenColumns > 0 ? ` xSplit="${frozenColumns}"` : ''}${frozenRows > 0 ? ` ySplit="${frozenRows}"` : ''}`,
        ` topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>`,
        `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>`,
      );
    }
    out.push('</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>');

    if (columns.length > 0) {
      out.push('<cols>');
      columns.forEach((c, i) => {
        if (c.width === undefined && !c.style) return;
        const style = styles.idOf(c.style);
        out.push(
          `<col min="${i + 1}" max="${i + 1}" width="${c.width ?? DEFAULT_WIDTH}"`,
          c.width === undefined ? '' : ' customWidth="1"',
          style ? ` style="${style}"` : '',
          '/>',
        );
      });
      out.push('</cols>');
    }

    out.push('<sheetData>');
    const letters = Array.from({ length: lastColumn }, (_, i) => columnName(i + 1));
    // Most cells take their style from their row and column alone: one lookup per row style.
    const plainIds = new Map<CellStyle | undefined, number[]>();
    const plainId = (rowStyle: CellStyle | undefined, i: number) => {
      let ids = plainIds.get(rowStyle);
      if (!ids) {
        ids = [];
        plainIds.set(rowStyle, ids);
      }
      let id = ids[i];
      if (id === undefined) {
        id = styles.idOf(mergeStyles(columnStyles[i], rowStyle));
        ids[i] = id;
      }
      return id;
    };
    for (const row of this.rows) {
      out.push(`<row r="${row.number}">`);
      row.cells.forEach((input, i) => {
        const own = input instanceof Date || input === null || typeof input !== 'object' ? undefined : input;
        const value = own ? own.value : (input as CellValue);
        let s: number;
        if (own?.style || value instanceof Date) {
          let style = mergeStyles(columnStyles[i], row.style, own?.style);
          if (value instanceof Date && style?.numFmt === undefined)
            style = mergeStyles(style, { numFmt: dateFormatOf(value) });
          s = styles.idOf(style);
        } else s = plainId(row.style, i);
        const r = `${letters[i]}${row.number}`;
        const sAttr = s ? ` s="${s}"` : '';
        if (value === null || value === undefined) {
          if (s) out.push(`<c r="${r}"${sAttr}/>`);
        } else if (typeof value === 'string') {
          out.push(`<c r="${r}"${sAttr} t="s"><v>${strings.indexOf(cellText(value))}</v></c>`);
        } else if (typeof value === 'number') {
          out.push(
            Number.isFinite(value)
              ? `<c r="${r}"${sAttr}><v>${value === 0 ? 0 : value}</v></c>`
              : `<c r="${r}"${sAttr} t="e"><v>#NUM!</v></c>`,
          );
        } else if (typeof value === 'boolean') {
          out.push(`<c r="${r}"${sAttr} t="b"><v>${value ? 1 : 0}</v></c>`);
        } else {
          const serial = (value.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
          out.push(
            Number.isFinite(serial)
              ? `<c r="${r}"${sAttr}><v>${serial}</v></c>`
              : `<c r="${r}"${sAttr} t="e"><v>#NUM!</v></c>`,
          );
        }
      });
      out.push('</row>');
    }
    out.push('</sheetData>');

    if (this.merges.length > 0) {
      out.push(`<mergeCells count="${this.merges.length}">`);
      for (const m of this.merges) out.push(`<mergeCell ref="${m}"/>`);
      out.push('</mergeCells>');
    }
    if (this.validations.length > 0) {
      out.push(`<dataValidations count="${this.validations.length}">`);
      for (const v of this.validations) {
        const { from, to } = parseRange(v.range);
        const sqref = `${cellRef(from.row, from.column)}:${cellRef(to.row, to.column)}`;
        const formula =
          'values' in v ? xmlText(`"${v.values.join(',')}"`) : xmlText(stripIllegalXml(v.source));
        out.push(
          `<dataValidation type="list"${v.allowBlank === false ? '' : ' allowBlank="1"'} showInputMessage="1" showErrorMessage="1"`,
          v.error?.title ? ` errorTitle="${xmlAttribute(v.error.title)}"` : '',
          v.error ? ` error="${xmlAttribute(v.error.message)}"` : '',
          ` sqref="${sqref}"><formula1>${formula}</formula1></dataValidation>`,
        );
      }
      out.push('</dataValidations>');
    }
    out.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
    if (hasNotes) out.push('<legacyDrawing r:id="rIdNotesVml"/>');
    out.push('</worksheet>');
    return out.join('');
  }

  /** @internal */
  get noteList(): readonly Note[] {
    return this.notes;
  }
}

function dateFormatOf(d: Date): string {
  return d.getTime() % DAY_MS === 0 ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss';
}

/** Each distinct text once, in the order first used; cells refer to it by index. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  count = 0;

  indexOf(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(text, i);
    }
    return i;
  }

  toXml(): string {
    const out: string[] = [
      XML_DECL,
      `<sst xmlns="${MAIN_NS}" count="${this.count}" uniqueCount="${this.index.size}">`,
    ];
    for (const text of this.index.keys()) out.push(`<si>${textElement(text)}</si>`);
    out.push('</sst>');
    return out.join('');
  }
}

export class Workbook {
  private readonly sheets: Sheet[] = [];

  constructor(private readonly options: WorkbookOptions = {}) {}

  /** Sheets appear in the order they are added. Names are unique regardless of case, as in Excel. */
  addSheet(name: string, options: SheetOptions = {}): Sheet {
    checkSheetName(name);
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new RangeError(`there is already a sheet named "${name}"`);
    const sheet = new Sheet(name, options);
    this.sheets.push(sheet);
    return sheet;
  }

  /** The whole package, zipped. */
  toXlsx(): Uint8Array {
    if (this.sheets.length === 0) throw new RangeError('a workbook needs at least one sheet');
    const firstVisible = this.sheets.findIndex((s) => !s.options.hidden);
    if (firstVisible < 0) throw new RangeError('a workbook needs at least one visible sheet');
    const created = this.options.created ?? new Date();
    const styles = new StyleTable();
    const strings = new SharedStrings();
    const files: Record<string, string> = {};
    const overrides: [string, string][] = [
      ['/xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'],
    ];

    let commentParts = 0;
    this.sheets.forEach((sheet, i) => {
      const n = i + 1;
      const notes = sheet.noteList;
      files[`xl/worksheets/sheet${n}.xml`] = sheet.toXml(styles, strings, notes.length > 0);
      overrides.push([
        `/xl/worksheets/sheet${n}.xml`,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
      ]);
      if (notes.length === 0) return;
      const writer = this.options.notes;
      if (!writer) throw new Error('a workbook with notes needs `notes: cellNotes` in its options');
      commentParts++;
      files[`xl/comments${commentParts}.xml`] = writer.comments(notes, this.options.creator ?? '');
      files[`xl/drawings/vmlDrawing${commentParts}.vml`] = writer.vml(notes, commentParts);
      files[`xl/worksheets/_rels/sheet${n}.xml.rels`] = relationships([
        ['rIdNotes', `${REL_NS}/comments`, `../comments${commentParts}.xml`],
        ['rIdNotesVml', `${REL_NS}/vmlDrawing`, `../drawings/vmlDrawing${commentParts}.vml`],
      ]);
      overrides.push([
        `/xl/comments${commentParts}.xml`,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
      ]);
    });

    files['xl/workbook.xml'] = [
      XML_DECL,
      `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`,
      `<bookViews><workbookView activeTab="${firstVisible}"${firstVisible > 0 ? ` firstSheet="${firstVisible}"` : ''}/></bookViews>`,
      '<sheets>',
      ...this.sheets.map(
        (s, i) =>
          `<sheet name="${xmlAttribute(s.name)}" sheetId="${i + 1}"${s.options.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`,
      ),
      '</sheets></workbook>',
    ].join('');
    files['xl/_rels/workbook.xml.rels'] = relationships([
      ...this.sheets.map((_, i): [string, string, string] => [
        `rId${i + 1}`,
        `${REL_NS}/worksheet`,
        `worksheets/sheet${i + 1}.xml`,
      ]),
      ['rIdStyles', `${REL_NS}/styles`, 'styles.xml'],
      ['rIdStrings', `${REL_NS}/sharedStrings`, 'sharedStrings.xml'],
    ]);
    files['xl/sharedStrings.xml'] = strings.toXml();
    files['xl/styles.xml'] = styles.toXml();
    overrides.push(
      ['/xl/styles.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml'],
      [
        '/xl/sharedStrings.xml',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
      ],
      ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    );
    files['docProps/core.xml'] = coreXml(this.options.creator, created);
    files['_rels/.rels'] = relationships([
      ['rId1', `${REL_NS}/officeDocument`, 'xl/workbook.xml'],
      ['rId2', `${PKG_REL_NS}/metadata/core-properties`, 'docProps/core.xml'],
    ]);
    files['[Content_Types].xml'] = [
      XML_DECL,
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
      '<Default Extension="xml" ContentType="application/xml"/>',
      '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>',
      ...overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`),
      '</Types>',
    ].join('');

    // [Content_Types].xml first, as some readers expect; the rest in any order. A zip time stamp
    // is a DOS date, 1980-2107; outside that the entries say 1980-01-01.
    const encoder = new TextEncoder();
    const names = ['[Content_Types].xml', ...Object.keys(files).filter((f) => f !== '[Content_Types].xml')];
    return zip(
      names.map((name) => ({ name, data: encoder.encode(files[name]!) })),
      created,
    );
  }
}

function relationships(rels: [id: string, type: string, target: string][]): string {
  return [
    XML_DECL,
    `<Relationships xmlns="${PKG_REL_NS}">`,
    ...rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`),
    '</Relationships>',
  ].join('');
}

function coreXml(creator: string | undefined, created: Date): string {
  // W3CDTF without milliseconds: Excel rejects the fraction in some versions.
  const when = `${created.toISOString().slice(0, 19)}Z`;
  return [
    XML_DECL,
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    creator === undefined ? '' : `<dc:creator>${xmlText(stripIllegalXml(creator))}</dc:creator>`,
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}
