import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD, DEMO_TENANTS, type LocalStack, startLocalStack } from '@pamong/local';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiJson, apiLogin, inPage, launchChromium, signInThroughForm } from './browser';

/**
 * Leave in Chromium (issue 13 §6, scenario 3), in the demo of Provinsi Lampung: `pegawai` asks for
 * two days of annual leave on the leave page, `atasan` (their Kepala Bidang) recommends it and
 * `kepala` (the Kepala Dinas, the PYBMC) decides it in the approvals inbox; then `pegawai` sees it
 * approved and the balance two days lower, and the agency admin's recap of that month shows the
 * two days of leave. The dates are the first two working days ahead with no holiday and no leave
 * of `pegawai`, in this month where it has them, so the recap page (which shows months up to this
 * one) can show them.
 */
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const SHOTS = process.env.PAMONG_E2E_SHOTS_DIR;
const TENANT = 'lampung';
const SEED = DEMO_TENANTS.find((t) => t.slug === TENANT)!;
const nameOf = (username: string) => SEED.users.find((u) => u.username === username)!.name;
const PEGAWAI = nameOf('pegawai');
const REASON = 'Menghadiri pernikahan sepupu di Metro';

type Who = 'pegawai' | 'atasan' | 'kepala' | 'opd.admin';
let stack: LocalStack;
let browser: Browser;
const tokens = {} as Record<Who, string>;

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startLocalStack({ port: 0, memory: true, seed: true, quiet: true, buildWeb: true }),
    launchChromium(),
  ]);
  for (const who of ['pegawai', 'atasan', 'kepala', 'opd.admin'] as const)
    tokens[who] = await apiLogin(stack.url, TENANT, who, DEMO_PASSWORD);
}, 480_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const api = <T = any>(who: Who, path: string) => apiJson<T>(stack.url, tokens[who], path);

const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

/**
 * Two working days in a row ahead of today (the second the next working day after the first), in
 * one year, none a holiday of the tenant's calendar or New Year's Day, none already held by a
 * leave of `pegawai`: in this month if it still has them, else the next.
 */
async function pickDates(today: string): Promise<{ startDate: string; endDate: string }> {
  const year = Number(today.slice(0, 4));
  const holidays = new Set<string>();
  for (const y of [year, year + 1]) {
    const page = await api<{ items: { date: string }[] }>('pegawai', `/v1/attendance/holidays?year=${y}`);
    for (const h of page.items) holidays.add(h.date);
  }
  const mine = await api<{ items: { startDate: string; endDate: string; status: string }[] }>(
    'pegawai',
    '/v1/attendance/leave/requests?view=mine&limit=100',
  );
  const held = (d: string) =>
    mine.items.some(
      (r) =>
        ['AWAITING_RECOMMENDATION', 'AWAITING_DECISION', 'APPROVED', 'CHANGED'].includes(r.status) &&
        r.startDate <= d &&
        d <= r.endDate,
    );
  const free = (d: string) => !isWeekend(d) && !holidays.has(d) && !d.endsWith('-01-01') && !held(d);
  const next = (d: string) => {
    let x = addDays(d, 1);
    while (isWeekend(x) || holidays.has(x) || x.endsWith('-01-01')) x = addDays(x, 1);
    return x;
  };
  for (let d = addDays(today, 1); d < addDays(today, 60); d = addDays(d, 1)) {
    const end = next(d);
    if (free(d) && free(end) && end.slice(0, 4) === d.slice(0, 4)) return { startDate: d, endDate: end };
  }
  throw new Error('no two free working days in the next 60 days');
}

/** The first card of the leave inbox with this employee and reason, once the list has it. */
function inboxCard(page: Page) {
  return page.getByRole('article', { name: PEGAWAI }).filter({ hasText: REASON });
}

describe('leave: request, recommendation, decision', () => {
  it('pegawai asks, atasan recommends, kepala decides; the balance drops and the recap shows the leave', async () => {
    const me = await api<{ timeZone: string }>('pegawai', '/v1/attendance/me');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: me.timeZone }).format(new Date());
    const { startDate, endDate } = await pickDates(today);
    const year = Number(startDate.slice(0, 4));
    const before = await api<{ available: number }>('pegawai', `/v1/attendance/leave/balance?year=${year}`);

    // 1. pegawai asks on the leave page.
    await inPage(
      browser,
      { name: 'leave-1-request', artifactsDir: ARTIFACTS, shotsDir: SHOTS },
      async (page, errors) => {
        await signInThroughForm(page, stack.url, {
          tenant: TENANT,
          username: 'pegawai',
          password: DEMO_PASSWORD,
        });
        await page.goto(`${stack.url}/attendance/leave`);
        await page.getByRole('heading', { name: 'Ajukan cuti' }).waitFor();
        if (year === Number(today.slice(0, 4)))
          expect(Number(await page.locator('.att-leave-available-value').innerText())).toBe(before.available);
        await page.getByLabel('Jenis cuti').selectOption('TAHUNAN');
        await page.getByLabel('Tanggal mulai').fill(startDate);
        await page.getByLabel('Tanggal selesai').fill(endDate);
        await page.getByLabel('Alasan cuti').fill(REASON);
        await page
          .getByLabel('Alamat selama menjalankan cuti')
          .fill('Jl. Jenderal Sudirman No. 21, Metro; 0812 7788 1200');
        await page.getByRole('button', { name: 'Kirim pengajuan cuti' }).click();
        await page.getByText(/terkirim dan menunggu rekomendasi atasan langsung/).waitFor();
        expect(errors).toEqual([]);
      },
    );
    const asked = (
      await api<{ items: { id: string; status: string; workingDays: number; reason: string }[] }>(
        'pegawai',
        '/v1/attendance/leave/requests?view=mine&limit=100',
      )
    ).items.find((r) => r.reason === REASON)!;
    expect(asked).toMatchObject({ status: 'AWAITING_RECOMMENDATION', workingDays: 2 });

    // 2. atasan recommends it in the approvals inbox.
    await inPage(
      browser,
      { name: 'leave-2-recommend', artifactsDir: ARTIFACTS, shotsDir: SHOTS },
      async (page, errors) => {
        await signInThroughForm(page, stack.url, {
          tenant: TENANT,
          username: 'atasan',
          password: DEMO_PASSWORD,
        });
        await page.goto(`${stack.url}/attendance/approvals`);
        const card = inboxCard(page);
        await card.getByRole('heading', { name: 'Rekomendasi Anda sebagai atasan langsung' }).waitFor();
        await card.getByRole('radio', { name: /^Setujui/ }).check();
        await card.getByRole('button', { name: 'Kirim rekomendasi' }).click();
        await page
          .getByText(`Rekomendasi “Setujui” untuk cuti tahunan ${PEGAWAI} terkirim ke PYBMC.`)
          .waitFor();
        expect(errors).toEqual([]);
      },
    );

    // 3. kepala, the PYBMC, decides it.
    await inPage(
      browser,
      { name: 'leave-3-decide', artifactsDir: ARTIFACTS, shotsDir: SHOTS },
      async (page, errors) => {
        await signInThroughForm(page, stack.url, {
          tenant: TENANT,
          username: 'kepala',
          password: DEMO_PASSWORD,
        });
        await page.goto(`${stack.url}/attendance/approvals`);
        const card = inboxCard(page);
        await card.getByRole('heading', { name: 'Keputusan Anda sebagai PYBMC' }).waitFor();
        await card.getByText(`${nameOf('atasan')} merekomendasikan disetujui`).waitFor();
        await card.getByRole('radio', { name: /^Setujui/ }).check();
        await card.getByRole('button', { name: 'Simpan keputusan' }).click();
        await page.getByText(`Cuti tahunan ${PEGAWAI}: disetujui. Pegawai diberi tahu.`).waitFor();
        expect(errors).toEqual([]);
      },
    );
    const decided = await api<{ status: string; steps: { step: string; actorName: string }[] }>(
      'opd.admin',
      `/v1/attendance/leave/requests/${asked.id}`,
    );
    expect(decided.status).toBe('APPROVED');
    expect(decided.steps.map((s) => [s.step, s.actorName])).toEqual([
      ['recommendation', nameOf('atasan')],
      ['decision', nameOf('kepala')],
    ]);

    // 4. pegawai sees it approved, and two days fewer left.
    const after = await api<{ available: number; ledger: { kind: string; days: number }[] }>(
      'pegawai',
      `/v1/attendance/leave/balance?year=${year}`,
    );
    expect(after.available).toBe(before.available - 2);
    expect(after.ledger.at(-1)).toMatchObject({ kind: 'reserve', days: -2 });
    await inPage(
      browser,
      { name: 'leave-4-approved', artifactsDir: ARTIFACTS, shotsDir: SHOTS },
      async (page, errors) => {
        await signInThroughForm(page, stack.url, {
          tenant: TENANT,
          username: 'pegawai',
          password: DEMO_PASSWORD,
        });
        await page.goto(`${stack.url}/attendance/leave`);
        const card = page.getByRole('article').filter({ hasText: REASON });
        await card.getByText('Disetujui', { exact: true }).waitFor();
        await card.getByText(`${nameOf('kepala')} menyetujui`).waitFor();
        if (year === Number(today.slice(0, 4)))
          await expect
            .poll(() => page.locator('.att-leave-available-value').innerText())
            .toBe(String(after.available));
        expect(errors).toEqual([]);
      },
    );

    // 5. The agency admin's recap of that month shows the two days of annual leave.
    const month = startDate.slice(0, 7);
    const opd = await api<{ user: { agencyId: string } }>('opd.admin', '/v1/me');
    const rows: { name: string; leaveDays: Record<string, number> }[] = [];
    let cursor = '';
    do {
      const page = await api<{ items: typeof rows; nextCursor: string | null }>(
        'opd.admin',
        `/v1/attendance/recap?agencyId=${opd.user.agencyId}&month=${month}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      rows.push(...page.items);
      cursor = page.nextCursor ?? '';
    } while (cursor);
    expect(rows.find((r) => r.name === PEGAWAI)?.leaveDays).toEqual({ TAHUNAN: 2 });
    // The recap page shows months up to this one.
    if (month === today.slice(0, 7))
      await inPage(
        browser,
        { name: 'leave-5-recap', artifactsDir: ARTIFACTS, shotsDir: SHOTS },
        async (page, errors) => {
          await signInThroughForm(page, stack.url, {
            tenant: TENANT,
            username: 'opd.admin',
            password: DEMO_PASSWORD,
          });
          await page.goto(`${stack.url}/attendance/recap?month=${month}`);
          await page.getByText(/^Menampilkan \d+ pegawai/).waitFor();
          const rows = page.getByRole('row');
          const row = rows.filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${PEGAWAI}`) }) });
          // 50 rows a page: read on until the row is there.
          for (let i = 0; i < 5 && (await row.count()) === 0; i++) {
            const shown = await rows.count();
            await page.getByRole('button', { name: 'Muat lebih banyak' }).click();
            await expect.poll(() => rows.count()).toBeGreaterThan(shown);
          }
          // The cell shows the total; its screen-reader text names the type.
          await row.getByText('(Cuti tahunan: 2\u00a0hari)').waitFor({ state: 'attached' });
          expect(errors).toEqual([]);
        },
      );
  });
});
