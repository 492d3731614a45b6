import { createHash } from 'node:crypto';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { buildSurveyPoster, escapeHtml, POSTER_CSP, QR_OPTIONS, qrSvg } from './poster';

const input = {
  unit: { name: 'Puskesmas Kedaton', agencyName: 'Dinas Kesehatan' },
  tenant: { name: 'Pemerintah Kota Bandar Lampung' },
  surveyUrl: 'https://pamong.example/survei/bandarlampung/01JABCDEFGHJKMNPQRSTVWXYZ0',
  shortUrl: 'https://pamong.example/s/bandarlampung/7KQ2MZ',
};

describe('buildSurveyPoster', () => {
  it('prints the unit, agency, tenant, QR code, short URL and instructions in Bahasa Indonesia', async () => {
    const html = await buildSurveyPoster(input);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('<p class="unit">Puskesmas Kedaton</p>');
    expect(html).toContain('<p class="agency">Dinas Kesehatan</p>');
    expect(html).toContain('Pemerintah Kota Bandar Lampung');
    expect(html).toContain(`<strong>${input.shortUrl}</strong>`);
    expect(html).toContain('Pindai kode QR ini dengan kamera ponsel Anda');
    expect(html).toContain('Isi 9 pertanyaan singkat, kurang dari 1 menit');
    expect(html).toContain('Tanpa login, jawaban Anda anonim');
    expect(html).toMatch(/<svg[^>]*viewBox="0 0 \d+ \d+"/);
    expect(html).toMatch(/<path[^>]+d="M/);
  });

  it('is an A4 print page whose print button does not print', async () => {
    const html = await buildSurveyPoster(input);
    expect(html).toContain('@page { size: A4; margin: 15mm }');
    expect(html).toMatch(/<div class="toolbar no-print"><button type="button" onclick="window\.print\(\)">/);
    expect(html).toMatch(/@media print \{ \.no-print \{ display: none !important \}/);
  });

  it('encodes a different QR code for a different URL', async () => {
    const svgOf = (html: string) => /<svg[\s\S]*<\/svg>/.exec(html)![0];
    const a = svgOf(await buildSurveyPoster(input));
    const b = svgOf(await buildSurveyPoster({ ...input, surveyUrl: `${input.surveyUrl}X` }));
    expect(a).not.toBe(b);
    // The same input gives the same code: posters can be reprinted.
    expect(svgOf(await buildSurveyPoster(input))).toBe(a);
  });

  it('escapes every text it prints, so a unit name cannot inject markup', async () => {
    const html = await buildSurveyPoster({
      unit: { name: '<script>alert(1)</script> & "Loket" \'A\'', agencyName: '<b>Dinas</b>' },
      tenant: { name: 'Kota <i>X</i>' },
      surveyUrl: 'https://x.example/survei/a/b?q="><img src=x>',
      shortUrl: 'https://x.example/s/a/<c>',
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>Dinas');
    expect(html).not.toContain('<i>X');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<c>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Loket&quot; &#39;A&#39;');
    expect(html).toContain('&lt;b&gt;Dinas&lt;/b&gt;');
    expect(html).toContain('https://x.example/s/a/&lt;c&gt;');
  });
});

/**
 * The module matrix an SVG draws: its path is one `M` per row start and `h` runs of dark modules
 * (`m` skips light ones) on the row's centre line, offset by the quiet zone.
 */
function matrixOf(svg: string): { side: number; margins: number[]; dark: boolean[] } {
  const side = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)![1]);
  const d = /<path stroke="#000000" d="([^"]+)"/.exec(svg)![1]!;
  const dark = new Array<boolean>(side * side).fill(false);
  let x = 0;
  let y = 0;
  for (const [, cmd, a, b] of d.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (cmd === 'M') {
      x = Number(a);
      y = Number(b) - 0.5;
    } else if (cmd === 'm') x += Number(a);
    else for (let i = 0; i < Number(a); i++) dark[y * side + x++] = true;
  }
  // Finder patterns touch three corners of the symbol, so the light border on each side is its quiet zone.
  const rows = dark.flatMap((v, i) => (v ? [Math.floor(i / side)] : []));
  const cols = dark.flatMap((v, i) => (v ? [i % side] : []));
  const margins = [
    Math.min(...rows),
    Math.min(...cols),
    side - 1 - Math.max(...rows),
    side - 1 - Math.max(...cols),
  ];
  return { side, margins, dark };
}

/** Whether the drawn matrix is exactly qrcode's own for the same text and options. */
function draws(drawn: ReturnType<typeof matrixOf>, qr: QRCode.QRCode): boolean {
  const margin = drawn.margins[0]!;
  if (drawn.side !== qr.modules.size + 2 * margin) return false;
  for (let r = 0; r < qr.modules.size; r++)
    for (let c = 0; c < qr.modules.size; c++)
      if (drawn.dark[(r + margin) * drawn.side + c + margin] !== Boolean(qr.modules.get(r, c))) return false;
  return true;
}

describe('qrSvg', () => {
  const urls = [
    input.surveyUrl,
    'https://pamong.example/s/palembang/ABC123',
    `https://x.example/${'a'.repeat(300)}`,
  ];

  it('draws exactly the module matrix qrcode encodes for the URL, at level M with a 2-module quiet zone', async () => {
    expect(QR_OPTIONS).toEqual({ errorCorrectionLevel: 'M', margin: 2 });
    for (const url of urls) {
      const drawn = matrixOf(await qrSvg(url));
      expect(drawn.margins).toEqual([2, 2, 2, 2]);
      expect(draws(drawn, QRCode.create(url, { errorCorrectionLevel: 'M' }))).toBe(true);
      // Not another level's code, nor another URL's.
      for (const level of ['L', 'Q', 'H'] as const)
        expect(draws(drawn, QRCode.create(url, { errorCorrectionLevel: level }))).toBe(false);
      expect(draws(drawn, QRCode.create(`${url}x`, { errorCorrectionLevel: 'M' }))).toBe(false);
    }
  });

  it('is the same SVG as qrcode.toString gives, so the poster did not change', async () => {
    for (const url of urls)
      expect(await qrSvg(url)).toBe(
        await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
      );
  });

  it('is the code the poster prints', async () => {
    expect(await buildSurveyPoster(input)).toContain(await qrSvg(input.surveyUrl));
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters and nothing else', () => {
    expect(escapeHtml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f');
    expect(escapeHtml('Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) – 100%')).toBe(
      'Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) – 100%',
    );
  });
});

describe('POSTER_CSP', () => {
  it('allows only the print handler as script, by its hash', () => {
    const hash = createHash('sha256').update('window.print()').digest('base64');
    expect(POSTER_CSP).toContain(`script-src 'unsafe-hashes' 'sha256-${hash}'`);
    expect(POSTER_CSP).toContain("default-src 'none'");
    expect(POSTER_CSP).not.toContain("'unsafe-eval'");
  });
});
