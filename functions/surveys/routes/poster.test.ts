import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildSurveyPoster, escapeHtml, POSTER_CSP } from './poster';

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
