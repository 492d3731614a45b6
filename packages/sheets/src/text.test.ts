import { describe, expect, it } from 'vitest';
import {
  capCellText,
  cellText,
  MAX_CELL_CHARS,
  neutraliseFormula,
  stripIllegalXml,
  TRUNCATION_MARK,
  xmlAttribute,
  xmlText,
} from './text';

describe('neutraliseFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+A1', "'+A1"],
    ['-A1', "'-A1"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['+62 812-3456', "'+62 812-3456"],
  ])('prefixes %j', (text, stored) => {
    expect(neutraliseFormula(text)).toBe(stored);
  });

  it.each(['', 'Budi', ' =1', 'a=b', '-', '+', '-12', '+6281234567890', '-1.234,5', "'=1"])(
    'leaves %j alone',
    (text) => {
      expect(neutraliseFormula(text)).toBe(text);
    },
  );
});

describe('stripIllegalXml', () => {
  it('removes C0 controls but tab, LF and CR; U+FFFE, U+FFFF and lone surrogates; keeps pairs', () => {
    const c0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
    expect(stripIllegalXml(c0)).toBe('\t\n\r');
    expect(stripIllegalXml('a\uFFFEb\uFFFFc')).toBe('abc');
    expect(stripIllegalXml('x\uD800y\uDC00z')).toBe('xyz');
    expect(stripIllegalXml('\uDC00\uD800')).toBe('');
    expect(stripIllegalXml('🏥 \u007F \u0085 \uFFFD')).toBe('🏥 \u007F \u0085 \uFFFD');
  });
});

describe('capCellText', () => {
  it('keeps text up to the limit and cuts longer text to the limit, mark included', () => {
    const exact = 'a'.repeat(MAX_CELL_CHARS);
    expect(capCellText(exact)).toBe(exact);
    const cut = capCellText(`${exact}b`);
    expect(cut).toHaveLength(MAX_CELL_CHARS);
    expect(cut.endsWith(TRUNCATION_MARK)).toBe(true);
  });
});

describe('cellText', () => {
  it('strips before it looks for a formula, so a control character cannot hide one', () => {
    expect(cellText('\u0001=1+1')).toBe("'=1+1");
  });
});

describe('xmlText and xmlAttribute', () => {
  it('escapes markup and CR, and the underscore of a literal _xHHHH_', () => {
    expect(xmlText('a & <b> "c"\r\n')).toBe('a &amp; &lt;b&gt; "c"&#xD;\n');
    expect(xmlText('_x0041_ _X00fF_ _x00_ x_')).toBe('_x005F_x0041_ _X00fF_ _x00_ x_');
    expect(xmlText('_x00fF_')).toBe('_x005F_x00fF_');
    expect(xmlAttribute('a "b" <c>\t\n&')).toBe('a &quot;b&quot; &lt;c&gt;&#x9;&#xA;&amp;');
  });
});
