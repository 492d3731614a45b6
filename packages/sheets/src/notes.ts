import { cellRef } from './refs';
import { stripIllegalXml, textElement, xmlText } from './text';
import type { Note, NotesWriter } from './workbook';

/** Cell notes (`addNote`): the writer a workbook with notes is given (WorkbookOptions.notes). */

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function commentsXml(notes: readonly Note[], author: string): string {
  return [
    XML_DECL,
    `<comments xmlns="${MAIN_NS}"><authors><author>${xmlText(stripIllegalXml(author))}</author></authors><commentList>`,
    ...notes.map(
      // One run in Excel's own note font: readers that take a note's text from its runs only
      // (exceljs among them) would otherwise find it empty.
      (n) =>
        `<comment ref="${cellRef(n.row, n.column)}" authorId="0"><text><r><rPr><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr>${textElement(n.text)}</r></text></comment>`,
    ),
    '</commentList></comments>',
  ].join('');
}

/**
 * Excel draws notes from this legacy VML part; the comments part alone holds their text but shows
 * nothing. Each sheet's shapes get their own block of 1024 ids (`o:idmap`), as Excel numbers them.
 */
function notesVml(notes: readonly Note[], block: number): string {
  const shapes = notes.map((n, i) => {
    const col = n.column - 1;
    const row = n.row - 1;
    // The box sits to the right of its cell, a few rows tall: left col, dx, top row, dy, right col, ...
    const anchor = [col + 1, 15, Math.max(row - 1, 0), 2, col + 4, 15, Math.max(row - 1, 0) + 4, 16].join(
      ', ',
    );
    return [
      `<v:shape id="_x0000_s${block * 1024 + i + 1}" type="#_x0000_t202"`,
      ' style="position:absolute;margin-left:60pt;margin-top:1.5pt;width:180pt;height:60pt;z-index:1;visibility:hidden"',
      ' fillcolor="#ffffe1" o:insetmode="auto">',
      '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>',
      '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>',
      '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>',
      `<x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>`,
      `<x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`,
    ].join('');
  });
  return [
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"',
    ' xmlns:x="urn:schemas-microsoft-com:office:excel">',
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>`,
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">',
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>',
    ...shapes,
    '</xml>',
  ].join('');
}

export const cellNotes: NotesWriter = { comments: commentsXml, vml: notesVml };
