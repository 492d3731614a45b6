import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ElementCode, monthIn, type SurveyForm } from '@pamong/core';
import { DEMO_PASSWORD, type LocalStack, startLocalStack } from '@pamong/local';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';

/**
 * The public survey as a citizen meets it: a phone, the QR link, nine taps and "saved"; then the
 * admin's numbers. Also the slow-connection path (a retried submit counts once), refusals shown
 * next to the field, the short link, the transparency page, and axe-core on each screen.
 */
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const TENANT = 'lampung';
const KEEP_SHOTS = process.env.PAMONG_E2E_SHOTS === '1';
/** A small phone (CSS pixels of a common Android handset). */
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

let stack: LocalStack;
let browser: Browser;
let adminToken: string;
/** Survey units made for this file, so the counts read here start from zero. */
const units = {} as Record<'main' | 'retry' | 'closed' | 'published', { id: string; name: string }>;
let publishedAnswers: Record<ElementCode, number>[] = [];
const HIDDEN_SUGGESTION = 'Saran rahasia e2e: tidak boleh muncul di halaman publik';

interface CallResult<T> {
  status: number;
  body: T;
  headers: Headers;
}

async function call<T = any>(
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<CallResult<T>> {
  const res = await fetch(`${stack.url}${path}`, {
    method,
    headers: {
      accept: 'application/json',
      ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      ...opts.headers,
    },
    body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

async function ok<T = any>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await call<T>(method, path, { token: adminToken, body });
  if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The year in the tenant's zone: a period that holds every response of this run. */
const thisYear = () => monthIn(new Date(), 'Asia/Jakarta').slice(0, 4);

interface UnitReport {
  ikm: {
    respondents: number;
    ikm: number | null;
    grade: string | null;
    elements: Record<string, { nrr: number | null; respondents: number }>;
  };
  verifiedRespondents: number;
}

/** What the admin sees: the unit report, read with the tenant admin's token. */
const report = (unitId: string) =>
  ok<UnitReport>('GET', `/v1/surveys/units/${unitId}/report?period=${thisYear()}`);

/**
 * The IKM of a set of complete responses, the way ASN-RULES §3 defines it: the NRR of each element
 * is its sum over its count, the IKM the mean NRR × 25, rounded half up to 2 decimals only at the
 * end. Every response answers all nine, so the mean NRR is the grand sum over 9n; in integers:
 * IKM × 100 = sum × 2500 / 9n.
 */
function expectedIkm(responses: Record<string, number>[]): number {
  const sum = responses.flatMap((r) => Object.values(r)).reduce((a, b) => a + b, 0);
  const num = sum * 2500;
  const den = 9 * responses.length;
  return Math.floor((2 * num + den) / (2 * den)) / 100;
}

function gradeOf(ikm: number): string {
  if (ikm >= 88.31) return 'A';
  if (ikm >= 76.61) return 'B';
  if (ikm >= 65) return 'C';
  return 'D';
}

const formOf = (unitId: string) =>
  call<SurveyForm>('GET', `/v1/public/${TENANT}/survey-units/${unitId}/form`).then((r) => r.body);

function respondentBody(answers: Record<string, number>, extra: Record<string, unknown> = {}) {
  return {
    answers,
    respondent: { gender: 'L', age: 41, education: 'SMA', occupation: 'PNS' },
    ...extra,
  };
}

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startLocalStack({ port: 0, memory: true, seed: true, quiet: true, buildWeb: true }),
    launchChromium(),
  ]);
  const login = await call<{ token: string }>('POST', '/v1/auth/login', {
    body: { tenant: TENANT, username: 'admin', password: DEMO_PASSWORD },
  });
  adminToken = login.body.token;

  const agencies = await ok<{ items: { id: string; name: string }[] }>('GET', '/v1/agencies?limit=100');
  const dinkes = agencies.items.find((a) => a.name === 'Dinas Kesehatan');
  if (!dinkes) throw new Error('the seed has no Dinas Kesehatan in lampung');

  // One optional extra question, so the form shows one and the body carries it.
  const settings = await ok<{ version: number }>('GET', '/v1/surveys/settings');
  await ok('PUT', '/v1/surveys/settings', {
    version: settings.version,
    extraQuestions: [
      {
        id: 'kunjungan',
        text: { id: 'Ini kunjungan Anda yang keberapa?', en: 'Which visit is this for you?' },
        kind: 'choice',
        options: ['Pertama', 'Kedua', 'Lebih dari dua'],
      },
    ],
  });

  const suffix = Date.now().toString(36).toUpperCase();
  const create = async (name: string, extra: Record<string, unknown> = {}) => {
    const unit = await ok<{ id: string; name: string }>('POST', '/v1/surveys/units', {
      agencyId: dinkes.id,
      name: `${name} ${suffix}`,
      ...extra,
    });
    return { id: unit.id, name: unit.name };
  };
  units.main = await create('Puskesmas Uji Telepon', {
    serviceTypes: ['Pemeriksaan umum', 'Imunisasi'],
    verification: 'optional',
  });
  units.retry = await create('Puskesmas Uji Sinyal Lemah');
  units.closed = await create('Puskesmas Uji Tutup');
  units.published = await create('Puskesmas Uji Transparansi');

  // The transparency page's unit gets its answers through the API, with a suggestion that the
  // public page must never show.
  publishedAnswers = [
    { U1: 4, U2: 3, U3: 3, U4: 4, U5: 3, U6: 4, U7: 4, U8: 2, U9: 3 },
    { U1: 3, U2: 3, U3: 2, U4: 4, U5: 3, U6: 3, U7: 4, U8: 3, U9: 3 },
  ];
  for (const answers of publishedAnswers) {
    const res = await call('POST', `/v1/public/${TENANT}/survey-units/${units.published.id}/responses`, {
      body: respondentBody(answers, { suggestion: HIDDEN_SUGGESTION }),
    });
    expect(res.status).toBe(201);
  }
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/**
 * A fresh phone per test. CSP is bypassed only so axe-core can be injected as an inline script;
 * the app itself runs under the server's policy in every other respect.
 */
async function onPhone(name: string, body: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ ...PHONE, locale: 'id-ID', bypassCSP: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  try {
    await body(page);
  } catch (err) {
    await shot(page, `failed-survey-${name}`).catch(() => {});
    throw err;
  } finally {
    await context.close();
  }
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** axe-core on the page as it is now; any serious or critical violation fails, and is printed. */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  // Strings, not functions: this file is type-checked without the DOM library.
  if (!(await page.evaluate<boolean>("'axe' in window"))) await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate<unknown[]>('axe.run(document).then((r) => r.violations)');
  const serious = (violations as AxeViolation[]).filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  if (serious.length > 0) {
    process.stderr.write(
      `axe on ${screen}:\n${JSON.stringify(
        serious.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary })),
        })),
        null,
        2,
      )}\n`,
    );
  }
  expect(
    serious.map((v) => `${v.id} (${v.impact})`),
    `axe on ${screen}`,
  ).toEqual([]);
}

const surveyUrl = (unitId: string) => `${stack.url}/survei/${TENANT}/${unitId}`;
const responsesPattern = (unitId: string) => `**/v1/public/${TENANT}/survey-units/${unitId}/responses`;

/** Answers the nine questions by tapping the label of each chosen score, in the order shown. */
async function answerQuestions(page: Page, form: SurveyForm, answers: Record<string, number>): Promise<void> {
  const total = form.elements.length;
  for (const [i, el] of form.elements.entries()) {
    const group = page.getByRole('group', { name: `Pertanyaan ${i + 1} dari ${total}` });
    await group.getByRole('radio', { name: el.labels.id[answers[el.code]! - 1], exact: true }).check();
  }
}

async function fillProfile(page: Page, age = '34'): Promise<void> {
  await page.getByRole('group', { name: 'Jenis kelamin' }).getByRole('radio', { name: 'Perempuan' }).check();
  await page.getByLabel('Usia (tahun)').fill(age);
  await page.getByLabel('Pendidikan terakhir').selectOption('D4-S1');
  await page.getByLabel('Pekerjaan utama').selectOption({ label: 'Wirausaha' });
}

const activeName = (page: Page) =>
  page.evaluate<string | null>("document.activeElement?.getAttribute('name') ?? null");

async function waitForThanks(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Terima kasih!' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Jawaban Anda sudah tersimpan.' }).waitFor();
}

describe('public survey (phone)', () => {
  it('a citizen answers and submits; the admin sees one more respondent and the matching IKM', async () => {
    const form = await formOf(units.main.id);
    const before = await report(units.main.id);
    expect(before.ikm.respondents).toBe(0);
    const answers: Record<ElementCode, number> = {
      U1: 4,
      U2: 3,
      U3: 2,
      U4: 4,
      U5: 3,
      U6: 4,
      U7: 4,
      U8: 1,
      U9: 3,
    };

    await onPhone('citizen', async (page) => {
      await page.goto(surveyUrl(units.main.id));
      await page.getByRole('heading', { level: 1, name: units.main.name }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('id');
      expect(await page.title()).toContain(units.main.name);
      // The survey route never fetches the admin app or its stylesheet.
      const loaded = await page.evaluate<string[]>(
        "performance.getEntriesByType('resource').map((e) => e.name)",
      );
      expect(loaded.filter((u) => /\/assets\/(app|styles|user)-/.test(u))).toEqual([]);
      await expectAccessible(page, 'survey form');

      // Sending it empty: nothing leaves the phone, every missing answer is listed, focus on the first.
      let posted = 0;
      page.on('request', (r) => {
        if (r.method() === 'POST' && r.url().endsWith('/responses')) posted++;
      });
      await page.getByRole('button', { name: 'Kirim jawaban' }).click();
      const summary = page.locator('.error-summary');
      await summary.getByText('Periksa kembali isian berikut:').waitFor();
      // Nine questions and four profile fields; the optional ones are not listed.
      expect(await summary.getByRole('link').count()).toBe(13);
      const firstCode = form.elements[0]!.code;
      await expect.poll(() => activeName(page)).toBe(`answers.${firstCode}`);
      const firstGroup = page.locator(`#f-answers-${firstCode}`);
      expect(await firstGroup.locator('input').first().getAttribute('aria-invalid')).toBe('true');
      const describedBy = await firstGroup.getAttribute('aria-describedby');
      expect(await page.locator(`#${describedBy}`).textContent()).toBe('Pilih salah satu jawaban.');
      if (KEEP_SHOTS) await shot(page, 'survey-errors');
      await expectAccessible(page, 'survey form with errors');

      // A summary link takes the keyboard to its field.
      await summary.getByRole('link', { name: /Jenis kelamin/ }).click();
      await expect.poll(() => activeName(page)).toBe('respondent.gender');

      await answerQuestions(page, form, answers);
      // An age below 15 is caught on the phone, and focus goes straight to it.
      await fillProfile(page, '12');
      await page.getByRole('button', { name: 'Kirim jawaban' }).click();
      await expect.poll(() => activeName(page)).toBe('respondent.age');
      expect(await page.getByLabel('Usia (tahun)').getAttribute('aria-invalid')).toBe('true');
      expect(await summary.getByRole('link').allTextContents()).toEqual([
        'Usia (tahun): Isi usia dengan angka 15 sampai 100.',
      ]);
      expect(posted).toBe(0);

      await page.getByLabel('Usia (tahun)').fill('34');
      await page.getByLabel('Jenis layanan yang Anda terima').selectOption('Imunisasi');
      await page.getByLabel('Ini kunjungan Anda yang keberapa?').selectOption('Kedua');
      const suggestion = 'Ruang tunggu nyaman, antrean cepat.';
      await page.getByLabel('Saran atau masukan').fill(suggestion);
      await page.getByText(`Sisa ${2000 - suggestion.length} karakter`).waitFor();

      // A reload keeps the draft (sessionStorage), so a dropped page costs nothing.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: units.main.name }).waitFor();
      const lastEl = form.elements.at(-1)!;
      const lastGroup = page.getByRole('group', { name: `Pertanyaan ${form.elements.length} dari` });
      expect(
        await lastGroup
          .getByRole('radio', { name: lastEl.labels.id[answers[lastEl.code] - 1], exact: true })
          .isChecked(),
      ).toBe(true);
      expect(await page.getByLabel('Usia (tahun)').inputValue()).toBe('34');
      expect(await page.getByLabel('Saran atau masukan').inputValue()).toBe(suggestion);

      if (KEEP_SHOTS) await shot(page, 'survey-filled');
      const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/responses'));
      await page.getByRole('button', { name: 'Kirim jawaban' }).click();
      const request = await sent;
      expect(JSON.parse(request.postData() ?? '{}')).toEqual({
        answers,
        respondent: { gender: 'P', age: 34, education: 'D4-S1', occupation: 'Wirausaha' },
        serviceType: 'Imunisasi',
        extra: { kunjungan: 'Kedua' },
        suggestion,
      });
      expect(request.headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);

      await waitForThanks(page);
      await expect
        .poll(() => page.evaluate<string>('document.activeElement?.textContent'))
        .toBe('Terima kasih!');
      // The draft is gone once saved: the next person on this phone starts afresh.
      expect(
        await page.evaluate<string[]>(
          "Object.keys(sessionStorage).filter((k) => k.startsWith('pamong.survey.'))",
        ),
      ).toEqual([]);
      if (KEEP_SHOTS) await shot(page, 'survey-thanks');
      await expectAccessible(page, 'thank-you');
    });

    const after = await report(units.main.id);
    expect(after.ikm.respondents).toBe(before.ikm.respondents + 1);
    const ikm = expectedIkm([answers]);
    expect(after.ikm.ikm).toBe(ikm);
    expect(after.ikm.grade).toBe(gradeOf(ikm));
    for (const code of Object.keys(answers) as ElementCode[]) {
      expect(after.ikm.elements[code]).toEqual({ nrr: answers[code], respondents: 1 });
    }
    expect(after.verifiedRespondents).toBe(0);
  });

  it('a submit whose answer is lost is retried with the same Idempotency-Key and counts once', async () => {
    const form = await formOf(units.retry.id);
    const before = await report(units.retry.id);
    const answers: Record<ElementCode, number> = {
      U1: 3,
      U2: 3,
      U3: 3,
      U4: 3,
      U5: 3,
      U6: 3,
      U7: 3,
      U8: 3,
      U9: 2,
    };

    await onPhone('retry', async (page) => {
      const keys: string[] = [];
      let firstStatus = 0;
      let replayed: string | undefined;
      let release!: () => void;
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route(responsesPattern(units.retry.id), async (route) => {
        keys.push(route.request().headers()['idempotency-key'] ?? '');
        if (keys.length === 1) {
          // The server gets the response and stores it; the phone's connection drops before the answer.
          firstStatus = (await route.fetch()).status();
          await route.abort('connectionreset');
          return;
        }
        // Held until the test has seen "resending", so that state is checked, not raced.
        await released;
        const res = await route.fetch();
        replayed = res.headers()['idempotent-replayed'];
        await route.fulfill({ response: res });
      });

      await page.goto(surveyUrl(units.retry.id));
      await page.getByRole('heading', { level: 1, name: units.retry.name }).waitFor();
      await answerQuestions(page, form, answers);
      await fillProfile(page);
      await page.getByRole('button', { name: 'Kirim jawaban' }).click();
      await page.getByRole('status').filter({ hasText: 'Mengirim ulang… (percobaan 2 dari 3)' }).waitFor();
      release();
      await waitForThanks(page);

      expect(firstStatus).toBe(201);
      expect(keys).toHaveLength(2);
      expect(keys[1]).toBe(keys[0]);
      expect(replayed).toBe('true');
    });

    const after = await report(units.retry.id);
    expect(after.ikm.respondents).toBe(before.ikm.respondents + 1);
  });

  it('when every attempt fails it says "not saved" and the retry button sends the same answers once', async () => {
    const form = await formOf(units.retry.id);
    const before = await report(units.retry.id);
    const answers: Record<ElementCode, number> = {
      U1: 2,
      U2: 2,
      U3: 1,
      U4: 4,
      U5: 2,
      U6: 3,
      U7: 3,
      U8: 2,
      U9: 2,
    };

    await onPhone('offline', async (page) => {
      const keys: string[] = [];
      const bodies: string[] = [];
      let offline = true;
      await page.route(responsesPattern(units.retry.id), async (route) => {
        keys.push(route.request().headers()['idempotency-key'] ?? '');
        bodies.push(route.request().postData() ?? '');
        if (offline) await route.abort('internetdisconnected');
        else await route.continue();
      });

      await page.goto(surveyUrl(units.retry.id));
      await page.getByRole('heading', { level: 1, name: units.retry.name }).waitFor();
      await answerQuestions(page, form, answers);
      await fillProfile(page);
      await page.getByRole('button', { name: 'Kirim jawaban' }).click();
      await page.getByRole('status').filter({ hasText: 'Belum tersimpan — coba lagi.' }).waitFor();
      expect(keys).toHaveLength(3);
      if (KEEP_SHOTS) await shot(page, 'survey-not-saved');
      await expectAccessible(page, 'submit failed');

      offline = false;
      await page.getByRole('button', { name: 'Coba lagi' }).click();
      await waitForThanks(page);
      expect(keys).toHaveLength(4);
      expect(new Set(keys).size).toBe(1);
      expect(new Set(bodies).size).toBe(1);
    });

    const after = await report(units.retry.id);
    expect(after.ikm.respondents).toBe(before.ikm.respondents + 1);
  });

  it('a used service code is refused next to its field; a fresh one is accepted and verified', async () => {
    const form = await formOf(units.main.id);
    const batch = await ok<{ codes: string[] }>('POST', `/v1/surveys/units/${units.main.id}/service-codes`, {
      count: 2,
      validDays: 1,
    });
    const [usedCode, freshCode] = batch.codes as [string, string];
    const answers: Record<ElementCode, number> = {
      U1: 4,
      U2: 4,
      U3: 4,
      U4: 4,
      U5: 4,
      U6: 4,
      U7: 4,
      U8: 4,
      U9: 4,
    };
    const consumed = await call('POST', `/v1/public/${TENANT}/survey-units/${units.main.id}/responses`, {
      body: respondentBody(answers, { serviceCode: usedCode }),
    });
    expect(consumed.status).toBe(201);
    const before = await report(units.main.id);

    await onPhone('service-code', async (page) => {
      await page.goto(surveyUrl(units.main.id));
      await page.getByRole('heading', { level: 1, name: units.main.name }).waitFor();
      await answerQuestions(page, form, answers);
      await fillProfile(page);
      await page.getByLabel('Kode layanan').fill(usedCode);
      await page.getByRole('button', { name: 'Kirim jawaban' }).click();

      await page.locator('.field-error', { hasText: 'Kode layanan ini sudah pernah dipakai.' }).waitFor();
      const input = page.getByLabel('Kode layanan');
      expect(await input.getAttribute('aria-invalid')).toBe('true');
      await expect.poll(() => activeName(page)).toBe('serviceCode');

      // Lower case and without the dash: the code is normalised before sending.
      await input.fill(freshCode.replace('-', '').toLowerCase());
      await page.getByRole('button', { name: 'Kirim jawaban' }).click();
      await waitForThanks(page);
    });

    const after = await report(units.main.id);
    expect(after.ikm.respondents).toBe(before.ikm.respondents + 1);
    expect(after.verifiedRespondents).toBe(before.verifiedRespondents + 1);
  });

  it('a closed unit and an unknown unit say so plainly', async () => {
    const unit = await ok<{ version: number }>('GET', `/v1/surveys/units/${units.closed.id}`);
    await ok('PATCH', `/v1/surveys/units/${units.closed.id}`, { status: 'closed', version: unit.version });

    await onPhone('closed', async (page) => {
      await page.goto(surveyUrl(units.closed.id));
      await page.getByRole('alert').filter({ hasText: 'Survei untuk unit ini sudah ditutup.' }).waitFor();
      expect(await page.getByRole('button', { name: 'Kirim jawaban' }).count()).toBe(0);

      await page.goto(surveyUrl('01ARZ3NDEKTSV4RRFFQ69G5FAV'));
      await page.getByRole('alert').filter({ hasText: 'Unit tidak ditemukan.' }).waitFor();
    });
  });

  it('the short link and the unit list lead to the survey', async () => {
    const unit = await ok<{ shortCode: string }>('GET', `/v1/surveys/units/${units.main.id}`);

    await onPhone('short-link', async (page) => {
      await page.goto(`${stack.url}/s/${TENANT}/${unit.shortCode.toLowerCase()}`);
      await page.getByRole('heading', { level: 1, name: units.main.name }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/survei/${TENANT}/${units.main.id}`);

      await page.goto(`${stack.url}/survei/${TENANT}`);
      const list = page.getByRole('list', { name: 'Unit layanan' });
      // The closed unit is not offered.
      await list.getByRole('link', { name: new RegExp(units.retry.name) }).waitFor();
      expect(await list.getByRole('link', { name: new RegExp(units.closed.name) }).count()).toBe(0);
      await expectAccessible(page, 'unit list');
      await list.getByRole('link', { name: new RegExp(units.main.name) }).click();
      await page.getByRole('heading', { level: 1, name: units.main.name }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/survei/${TENANT}/${units.main.id}`);
    });
  });

  it('the transparency page ranks published units by IKM, shows no suggestions, and switches to English', async () => {
    const ikm = expectedIkm(publishedAnswers);
    const grade = gradeOf(ikm);
    const labels: Record<string, [string, string]> = {
      A: ['Sangat Baik', 'Very good'],
      B: ['Baik', 'Good'],
      C: ['Kurang Baik', 'Fair'],
      D: ['Tidak Baik', 'Poor'],
    };

    await onPhone('ikm', async (page) => {
      await page.goto(`${stack.url}/ikm/${TENANT}`);
      await page.getByRole('heading', { level: 1, name: 'Indeks Kepuasan Masyarakat' }).waitFor();
      const row = page
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: units.published.name }) });
      await row.waitFor();
      const idScore = ikm.toFixed(2).replace('.', ',');
      await row.getByText(idScore, { exact: true }).waitFor();
      await row.getByText(`${grade} · ${labels[grade]![0]}`).waitFor();
      await row.getByText('2 responden').waitFor();

      const values = (await page.locator('.ikm-value').allTextContents()).map((v) =>
        Number(v.replace(/\./g, '').replace(',', '.')),
      );
      expect(values.length).toBeGreaterThan(1);
      expect([...values].sort((a, b) => b - a)).toEqual(values);
      expect(await page.content()).not.toContain(HIDDEN_SUGGESTION);
      await page.getByRole('table').getByText('88,31 – 100,00').waitFor();
      if (KEEP_SHOTS) await shot(page, 'ikm');
      await expectAccessible(page, 'IKM transparency');

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Public Satisfaction Index (IKM)' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await row.getByText(ikm.toFixed(2), { exact: true }).waitFor();
      await row.getByText(`${grade} · ${labels[grade]![1]}`).waitFor();
      expect(await page.evaluate<string | null>("localStorage.getItem('pamong.lang')")).toBe('en');

      // The choice holds on the survey, whose questions come from the API in English.
      const form = await formOf(units.main.id);
      await page.goto(surveyUrl(units.main.id));
      await page.getByText(form.elements[0]!.question.en).waitFor();
      await page.getByRole('button', { name: 'Send answers' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
      await page.getByRole('button', { name: 'Kirim jawaban' }).waitFor();
    });
  });
});
