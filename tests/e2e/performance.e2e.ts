import { fileURLToPath } from 'node:url';
import { type Predikat, predikatOf, type Rating } from '@pamong/core';
import { DEMO_PASSWORD, type LocalStack, startLocalStack } from '@pamong/local';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employeeBody } from '../support/personnel';
import { apiJson, apiLogin, inPage, launchChromium, signInThroughForm } from './browser';

/**
 * Performance management in Chromium (issue 14 §7), in a Dinas of its own inside the demo of
 * Provinsi Lampung, so the demo's own SKPs do not change what it sees: a Kepala Dinas, a Kepala
 * Bidang and four staff, made through the API with their accounts.
 * 1. The Kepala Bidang cascades the items of their approved SKP to all staff on "Tim saya", and a
 *    staff member submits the plan that received them.
 * 2. The Kepala Bidang approves it, (realisation is recorded) and assesses it on the assessment
 *    screen, the predikat shown from the matrix.
 * 3. Finalising the Bidang's assessments over the caps is refused with the caps named; after one
 *    assessment is changed, it is accepted.
 * 4. A 360 round on a staff member shows "Belum cukup penilai" at 2 answers of peers and the
 *    averages once the third peer answers on the mobile form.
 */
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const SHOTS = process.env.PAMONG_E2E_SHOTS_DIR;
const TENANT = 'lampung';

let stack: LocalStack;
let browser: Browser;
let admin: string;
const year = Number(new Date().toISOString().slice(0, 4));
const YEAR = { start: `${year}-01`, end: `${year}-12` };
const month = new Date().getUTCMonth() + 1;
const q = Math.floor((month - 1) / 3);
/** The current quarter, the assessment screen's default period. */
const QUARTER = {
  start: `${year}-${String(q * 3 + 1).padStart(2, '0')}`,
  end: `${year}-${String(q * 3 + 3).padStart(2, '0')}`,
};

type Who = 'kepala' | 'kabid' | 'a' | 'b' | 'c' | 'd';
const USERNAME: Record<Who, string> = {
  kepala: 'kepala.uji',
  kabid: 'kabid.uji',
  a: 'staf.uji1',
  b: 'staf.uji2',
  c: 'staf.uji3',
  d: 'staf.uji4',
};
const NAME: Record<Who, string> = {
  kepala: 'Bambang Kinerja',
  kabid: 'Fitri Handayani',
  a: 'Andi Saputra',
  b: 'Bella Kusuma',
  c: 'Candra Wijaya',
  d: 'Dian Permata',
};
const emp = {} as Record<Who, string>;
const tok = {} as Record<Who, string>;
let bidangId: string;

const call = async (
  token: string,
  method: string,
  path: string,
  body?: unknown,
  status = 200,
): Promise<any> => {
  const res = await fetch(`${stack.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = res.status === 204 ? null : await res.json();
  if (res.status !== status) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
};

function ratingsFor(want: Predikat): { hasilKerja: Rating; perilaku: Rating } {
  const ratings: Rating[] = ['above', 'meets', 'below'];
  for (const hasilKerja of ratings)
    for (const perilaku of ratings)
      if (predikatOf(hasilKerja, perilaku) === want) return { hasilKerja, perilaku };
  throw new Error(`no ratings give ${want}`);
}

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startLocalStack({ port: 0, memory: true, seed: true, quiet: true, buildWeb: true }),
    launchChromium(),
  ]);
  admin = await apiLogin(stack.url, TENANT, 'admin', DEMO_PASSWORD);
  const agency = await call(admin, 'POST', '/v1/agencies', { name: 'Dinas Uji Kinerja' }, 201);
  const sekretariat = await call(
    admin,
    'POST',
    `/v1/agencies/${agency.id}/units`,
    { name: 'Sekretariat' },
    201,
  );
  const bidang = await call(
    admin,
    'POST',
    `/v1/agencies/${agency.id}/units`,
    { name: 'Bidang Evaluasi', parentUnitId: sekretariat.id },
    201,
  );
  bidangId = bidang.id;
  const position = (unitId: string, name: string, type: string, positionClass: number) =>
    call(
      admin,
      'POST',
      '/v1/positions',
      {
        agencyId: agency.id,
        unitId,
        name,
        type,
        positionClass,
        requiredEducation: { levels: ['S1', 'S2'], majors: [] },
        requiredCompetencies: [],
        seats: 1,
      },
      201,
    );
  const kadis = await position(sekretariat.id, 'Kepala Dinas Uji Kinerja', 'JPT_PRATAMA', 14);
  const kabid = await position(bidang.id, 'Kepala Bidang Evaluasi', 'ADMINISTRATOR', 12);
  const people: [Who, string, string?][] = [
    ['kepala', sekretariat.id, kadis.id],
    ['kabid', bidang.id, kabid.id],
    ['a', bidang.id],
    ['b', bidang.id],
    ['c', bidang.id],
    ['d', bidang.id],
  ];
  for (const [i, [who, unitId, positionId]] of people.entries()) {
    const body = employeeBody({
      name: NAME[who],
      agencyId: agency.id,
      unitId,
      sequence: 901 + i,
      birthDate: '1988-11-23',
      ...(positionId ? { positionId } : {}),
    });
    emp[who] = (await call(admin, 'POST', '/v1/employees', body, 201)).id;
    await call(
      admin,
      'POST',
      '/v1/users',
      {
        username: USERNAME[who],
        name: NAME[who],
        role: who === 'kepala' || who === 'kabid' ? 'supervisor' : 'employee',
        agencyId: agency.id,
        employeeId: emp[who],
        password: DEMO_PASSWORD,
      },
      201,
    );
    tok[who] = await apiLogin(stack.url, TENANT, USERNAME[who], DEMO_PASSWORD);
  }
}, 480_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const signIn = (page: Parameters<Parameters<typeof inPage>[2]>[0], who: Who) =>
  signInThroughForm(page, stack.url, { tenant: TENANT, username: USERNAME[who], password: DEMO_PASSWORD });

describe('performance: cascade, plan, approve, assess, finalise, 360', () => {
  let skpA: string;

  it('1. the Kepala Bidang cascades to all staff, and a staff member submits the plan', async () => {
    const items = ['Evaluasi program pendidikan tepat waktu', 'Rekomendasi perbaikan mutu sekolah'].map(
      (text) => ({
        text,
        indicators: [{ text: `${text}: laporan`, target: { kind: 'quantity', value: 4, unit: 'laporan' } }],
      }),
    );
    const made = await call(tok.kabid, 'POST', '/v1/performance/skps', { period: YEAR, items }, 201);
    const sent = await call(tok.kabid, 'POST', `/v1/performance/skps/${made.id}/submit`, { version: 1 });
    await call(tok.kepala, 'POST', `/v1/performance/skps/${made.id}/approve`, {
      version: sent.version,
    });

    await inPage(
      browser,
      { name: 'performance-1-cascade', artifactsDir: ARTIFACTS, shotsDir: SHOTS },
      async (page, errors) => {
        await signIn(page, 'kabid');
        await page.goto(`${stack.url}/performance/team`);
        await page.getByRole('button', { name: 'Turunkan 2 hasil kerja' }).click();
        await page.getByText('8 hasil kerja baru dibuat.').waitFor();
        expect(errors).toEqual([]);
      },
    );
    const mine = await apiJson<{ items: { id: string; status: string; itemCount: number }[] }>(
      stack.url,
      tok.a,
      `/v1/performance/skps?scope=mine&year=${year}`,
    );
    expect(mine.items).toMatchObject([{ status: 'draft', itemCount: 2 }]);
    skpA = mine.items[0]!.id;

    await inPage(
      browser,
      { name: 'performance-1-submit', artifactsDir: ARTIFACTS, shotsDir: SHOTS },
      async (page, errors) => {
        await signIn(page, 'a');
        await page.goto(`${stack.url}/performance/skp`);
        await page.getByText('Diturunkan dari atasan').first().waitFor();
        await page.getByRole('button', { name: 'Ajukan ke pejabat penilai' }).click();
        await page.getByText(/SKP dikirim ke Fitri Handayani untuk disetujui/).waitFor();
        await page.getByRole('button', { name: 'Ajukan ke pejabat penilai' }).click();
        await page.getByText('SKP diajukan ke Fitri Handayani.').waitFor();
        expect(errors).toEqual([]);
      },
    );
    expect((await apiJson(stack.url, tok.a, `/v1/performance/skps/${skpA}`)).status).toBe('submitted');
  });

  it('2. the Kepala Bidang approves it and assesses it, with the predikat from the matrix', async () => {
    await inPage(
      browser,
      { name: 'performance-2-approve', artifactsDir: ARTIFACTS, shotsDir: SHOTS },
      async (page, errors) => {
        await signIn(page, 'kabid');
        await page.goto(`${stack.url}/performance/skp/${skpA}`);
        await page.getByRole('button', { name: 'Setujui SKP' }).click();
        await page.getByRole('button', { name: 'Ya, setujui' }).click();
        await page.getByText('SKP disetujui.').waitFor();
        expect(errors).toEqual([]);
      },
    );
    const approved = await apiJson<{ status: string; items: { id: string }[] }>(
      stack.url,
      tok.kabid,
      `/v1/performance/skps/${skpA}`,
    );
    expect(approved.status).toBe('approved');
    await call(
      tok.kabid,
      'POST',
      `/v1/performance/skps/${skpA}/realisations`,
      { itemId: approved.items[0]!.id, period: QUARTER, value: 1, note: 'Satu laporan evaluasi triwulan' },
      201,
    );

    await inPage(
      browser,
      { name: 'performance-2-assess', artifactsDir: ARTIFACTS, shotsDir: SHOTS },
      async (page, errors) => {
        await signIn(page, 'kabid');
        await page.goto(`${stack.url}/performance/assessment`);
        const row = page.locator('li, tr, article').filter({ hasText: NAME.a }).first();
        await row.getByRole('button', { name: 'Nilai' }).click();
        const form = page.getByRole('form', { name: `Penilaian ${NAME.a}` });
        await form.getByRole('group', { name: 'Hasil kerja' }).getByLabel('Sesuai ekspektasi').check();
        await form.getByRole('group', { name: 'Perilaku kerja' }).getByLabel('Sesuai ekspektasi').check();
        await form.getByText('Baik', { exact: true }).waitFor();
        await form.getByRole('button', { name: 'Simpan penilaian' }).click();
        await page.getByText(`Penilaian ${NAME.a} tersimpan: Baik.`).waitFor();
        expect(errors).toEqual([]);
      },
    );
    const list = await apiJson<{ items: { employeeId: string; predikat: string }[] }>(
      stack.url,
      tok.kabid,
      `/v1/performance/assessments?unitId=${bidangId}&period=${QUARTER.start}/${QUARTER.end}`,
    );
    expect(list.items).toEqual([expect.objectContaining({ employeeId: emp.a, predikat: 'BAIK' })]);
  });

  it('3. finalising over the caps is refused with the caps named; after a change it is accepted', async () => {
    // Two more staff planned, approved and assessed Baik: 3 of 3 Baik passes the 70 % cap of a
    // unit rated Baik, and nobody is Butuh Perbaikan or Kurang.
    const skps = {} as Record<'b' | 'c', string>;
    for (const who of ['b', 'c'] as const) {
      const mine = await apiJson<{ items: { id: string; version: number }[] }>(
        stack.url,
        tok[who],
        `/v1/performance/skps?scope=mine&year=${year}`,
      );
      const s = mine.items[0]!;
      const sent = await call(tok[who], 'POST', `/v1/performance/skps/${s.id}/submit`, {
        version: s.version,
      });
      await call(tok.kabid, 'POST', `/v1/performance/skps/${s.id}/approve`, { version: sent.version });
      await call(
        tok.kabid,
        'POST',
        '/v1/performance/assessments',
        { skpId: s.id, period: QUARTER, ...ratingsFor('BAIK') },
        201,
      );
      skps[who] = s.id;
    }
    await call(
      tok.kepala,
      'POST',
      '/v1/performance/org-ratings',
      { unitId: bidangId, period: QUARTER, predikat: 'BAIK' },
      201,
    );

    await inPage(
      browser,
      { name: 'performance-3-finalise', artifactsDir: ARTIFACTS, shotsDir: SHOTS },
      async (page) => {
        await signIn(page, 'kabid');
        await page.goto(`${stack.url}/performance/assessment`);
        await page
          .getByText('Sebaran belum memenuhi batas, sehingga penilaian belum dapat difinalkan.')
          .waitFor();
        await page.getByRole('button', { name: 'Finalkan' }).click();
        const confirm = page.getByRole('button', { name: 'Finalkan' }).last();
        await confirm.click();
        await page
          .getByText('Penilaian tidak difinalkan: sebaran predikat melanggar batas berikut.')
          .waitFor();
        await page.getByText(/70/).first().waitFor();
      },
    );
    const refused = await apiJson<{ finalised: unknown }>(
      stack.url,
      tok.kabid,
      `/v1/performance/assessments/distribution?unitId=${bidangId}&period=${QUARTER.start}/${QUARTER.end}`,
    );
    expect(refused.finalised).toBeFalsy();

    // Candra's assessment changed to Butuh Perbaikan: 2 of 3 Baik (67 %), one below.
    const current = await apiJson<{ items: { skpId: string; version: number }[] }>(
      stack.url,
      tok.kabid,
      `/v1/performance/assessments?unitId=${bidangId}&period=${QUARTER.start}/${QUARTER.end}`,
    );
    const candra = current.items.find((x) => x.skpId === skps.c)!;
    await call(tok.kabid, 'POST', '/v1/performance/assessments', {
      skpId: skps.c,
      period: QUARTER,
      ...ratingsFor('BUTUH_PERBAIKAN'),
      version: candra.version,
    });
    await inPage(
      browser,
      { name: 'performance-3-finalised', artifactsDir: ARTIFACTS, shotsDir: SHOTS },
      async (page, errors) => {
        await signIn(page, 'kabid');
        await page.goto(`${stack.url}/performance/assessment`);
        await page.getByText('Sebaran memenuhi semua batas: penilaian dapat difinalkan.').waitFor();
        await page.getByRole('button', { name: 'Finalkan' }).click();
        await page.getByRole('button', { name: 'Finalkan' }).last().click();
        await page
          .getByText(/sudah final\./)
          .first()
          .waitFor();
        expect(errors).toEqual([]);
      },
    );
    const done = await apiJson<{ finalised: unknown }>(
      stack.url,
      tok.kabid,
      `/v1/performance/assessments/distribution?unitId=${bidangId}&period=${QUARTER.start}/${QUARTER.end}`,
    );
    expect(done.finalised).toBeTruthy();
  });

  it('4. a 360 round says "not enough raters" at 2 answers and shows the averages at 3', async () => {
    const round = await call(
      tok.kabid,
      'POST',
      '/v1/performance/feedback-rounds',
      {
        subject: { kind: 'employee', id: emp.a },
        period: YEAR,
        raters: (['b', 'c', 'd'] as const).map((who) => ({ employeeId: emp[who], relation: 'peer' })),
        closesOn: `${year}-12-31`,
      },
      201,
    );
    const scores = (n: number) =>
      Object.fromEntries(
        [
          'BERORIENTASI_PELAYANAN',
          'AKUNTABEL',
          'KOMPETEN',
          'HARMONIS',
          'LOYAL',
          'ADAPTIF',
          'KOLABORATIF',
        ].map((v) => [v, n]),
      );
    for (const [who, n] of [
      ['b', 4],
      ['c', 3],
    ] as const)
      await call(
        tok[who],
        'POST',
        `/v1/performance/feedback-rounds/${round.id}/answers`,
        { scores: scores(n) },
        201,
      );

    await inPage(
      browser,
      { name: 'performance-4-two', artifactsDir: ARTIFACTS, shotsDir: SHOTS },
      async (page, errors) => {
        await signIn(page, 'kabid');
        await page.goto(`${stack.url}/performance/feedback/${round.id}`);
        await page.getByText('Belum cukup penilai').first().waitFor();
        expect(await page.getByText('Rekan kerja').count()).toBeGreaterThan(0);
        expect(errors).toEqual([]);
      },
    );

    await inPage(
      browser,
      {
        name: 'performance-4-answer',
        artifactsDir: ARTIFACTS,
        shotsDir: SHOTS,
        context: { viewport: { width: 390, height: 844 } },
      },
      async (page, errors) => {
        await signIn(page, 'd');
        await page.goto(`${stack.url}/performance/feedback`);
        const form = page.getByRole('form', { name: `Penilaian untuk ${NAME.a}` });
        if (!(await form.isVisible()))
          await page
            .getByRole('button', { name: /Isi|Jawab|Buka/ })
            .first()
            .click();
        for (const fieldset of await form.locator('fieldset.pa-scale').all())
          await fieldset.locator('label').filter({ hasText: '5' }).first().click();
        await form.getByRole('button', { name: 'Kirim jawaban' }).click();
        await page.getByText('Jawaban Anda tersimpan.').waitFor();
        expect(errors).toEqual([]);
      },
    );

    await inPage(
      browser,
      { name: 'performance-4-three', artifactsDir: ARTIFACTS, shotsDir: SHOTS },
      async (page, errors) => {
        await signIn(page, 'kabid');
        await page.goto(`${stack.url}/performance/feedback/${round.id}`);
        await page.getByText('3 penilai').first().waitFor();
        await page.getByText('4,00').first().waitFor();
        expect(errors).toEqual([]);
      },
    );
    const summary = await apiJson<unknown>(
      stack.url,
      tok.kabid,
      `/v1/performance/feedback-rounds/${round.id}/summary`,
    );
    expect(JSON.stringify(summary)).not.toContain(emp.b);
  });
});
