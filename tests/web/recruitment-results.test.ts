import { AppError, assertCanAnnounce, hireApplicantSchema } from '@pamong/core';
import { type ComponentChildren, h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The last part of e-recruitment on the staff pages (issue 12 §5) and the exam rows of the public
 * announcement page: the ranking with every factor and the deciding factor in words, the stale
 * warning, "Hitung peringkat" and "Angkat" only for the roles that may, the hire form's body
 * (checked against the API's own schema) and a 400's field errors in Indonesian, the score import's
 * gate, progress and row errors. The API is answered at `fetch`, replaced before the client loads.
 */
const api = vi.hoisted(() => {
  const calls: { method: string; path: string; query: string; body: unknown }[] = [];
  const state = { status: 200, body: {} as unknown };
  const BaseRequest = globalThis.Request;
  globalThis.Request = class extends BaseRequest {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(typeof input === 'string' && input.startsWith('/') ? `https://pamong.test${input}` : input, init);
    }
  } as typeof Request;
  globalThis.fetch = (async (input: Request | string, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const text = await request.clone().text();
    const url = new URL(request.url);
    calls.push({
      method: request.method,
      path: url.pathname,
      query: url.search,
      body: text ? JSON.parse(text) : null,
    });
    return new Response(JSON.stringify(state.body), {
      status: state.status,
      headers: { 'content-type': state.status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  }) as typeof fetch;
  return { calls, state };
});

import { ApiError } from '../../web/src/api/client';
import { I18nProvider } from '../../web/src/i18n';
import { en as enDict } from '../../web/src/i18n/en';
import { id as idDict } from '../../web/src/i18n/id';
import { AnnouncementRowsTable } from '../../web/src/pages/recruitment/announcements';
import { isExamRow, nextStage, publishConflict } from '../../web/src/pages/recruitment/announcements-model';
import { HireFields, submitHire } from '../../web/src/pages/recruitment/hire-form';
import { announcementsId } from '../../web/src/pages/recruitment/i18n/announcements-id';
import { resultsEn } from '../../web/src/pages/recruitment/i18n/results-en';
import { resultsId } from '../../web/src/pages/recruitment/i18n/results-id';
import { RankingView } from '../../web/src/pages/recruitment/ranking';
import type {
  AnnouncementRow,
  FormationRanking,
  RankingEntry,
  RoundRanking,
} from '../../web/src/pages/recruitment/recruitment-api';
import {
  checkHire,
  defaultExamStage,
  emptyHire,
  entryGroup,
  finalPublished,
  groupEntries,
  hireBody,
  hireConflict,
  hireErrors,
  rankingBars,
  rankingConflict,
  rankingOpen,
  scoreConflict,
  scoresOpen,
} from '../../web/src/pages/recruitment/results-model';
import type { ExamScoreImportJob } from '../../web/src/pages/recruitment/score-imports-api';
import { ScoresView } from '../../web/src/pages/recruitment/scores';
import { RoundTabs } from '../../web/src/pages/recruitment/screening-shared';
import { ResultsTable } from '../../web/src/public/announcements';

beforeEach(() => {
  api.calls.length = 0;
  api.state.status = 200;
  api.state.body = {};
});

const render = (node: ComponentChildren) => renderToString(h(I18nProvider, null, node));
/** The text of some HTML, tags dropped and entities of the renderer undone. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/\s+/g, ' ');

const entry = (over: Partial<RankingEntry> = {}): RankingEntry => ({
  applicationId: 'app1',
  registrationNumber: 'PPPK25-000001-A',
  name: 'Siti Rahmawati',
  birthDate: '1995-05-12',
  ipk: 3.45,
  skd: { twk: 90, tiu: 85, tkp: 160 },
  skdTotal: 335,
  skdPassed: true,
  skdFailed: [],
  skdRank: 1,
  skdDecidedBy: null,
  shortlisted: true,
  skb: { cat: 80.5, interview: 90 },
  skdNormalised: 60.91,
  skbScore: 85.25,
  finalScore: 75.51,
  finalRank: 1,
  finalDecidedBy: null,
  withinOpenings: true,
  hired: null,
  ...over,
});

const formation = (over: Partial<FormationRanking> = {}): FormationRanking => ({
  formationId: 'f1',
  positionName: 'Analis Kepegawaian Ahli Pertama',
  unitName: 'Bidang Pengadaan',
  agencyId: 'a1',
  agencyName: 'Badan Kepegawaian Daerah',
  track: 'umum',
  openings: 1,
  passingGradeApplied: true,
  shortlistLimit: 3,
  tieAtShortlistLine: false,
  tieAtOpeningsLine: false,
  entries: [
    entry(),
    entry({
      applicationId: 'app2',
      registrationNumber: 'PPPK25-000002-B',
      name: 'Budi Santoso',
      skdRank: 2,
      skdDecidedBy: 'tkp',
      finalScore: 75.51,
      finalRank: 2,
      finalDecidedBy: 'age',
      withinOpenings: false,
    }),
    entry({
      applicationId: 'app3',
      registrationNumber: 'PPPK25-000003-C',
      name: 'Citra Dewi',
      skdRank: 3,
      skdDecidedBy: 'skdTotal',
      shortlisted: false,
      skb: null,
      skdNormalised: null,
      skbScore: null,
      finalScore: null,
      finalRank: null,
      withinOpenings: false,
    }),
    entry({
      applicationId: 'app4',
      registrationNumber: 'PPPK25-000004-D',
      name: 'Dedi Kurniawan',
      skd: { twk: 60, tiu: 85, tkp: 160 },
      skdTotal: 305,
      skdPassed: false,
      skdFailed: ['twk', 'total'],
      skdRank: null,
      shortlisted: false,
      skb: null,
      skdNormalised: null,
      skbScore: null,
      finalScore: null,
      finalRank: null,
      withinOpenings: false,
    }),
    entry({
      applicationId: 'app5',
      registrationNumber: 'PPPK25-000005-E',
      name: 'Eka Putri',
      skd: null,
      skdTotal: null,
      skdPassed: false,
      skdRank: null,
      shortlisted: false,
      skb: null,
      skdNormalised: null,
      skbScore: null,
      finalScore: null,
      finalRank: null,
      withinOpenings: false,
    }),
  ],
  ...over,
});

const ranking = (over: Partial<RoundRanking> = {}): RoundRanking => ({
  roundId: 'r1',
  computedAt: '2026-12-01T03:00:00.000Z',
  scoresUpdatedAt: '2026-11-30T03:00:00.000Z',
  stale: false,
  formations: [formation()],
  ...over,
});

type ViewProps = Parameters<typeof RankingView>[0];
const view = (over: Partial<ViewProps> = {}) =>
  render(
    h(RankingView, {
      ranking: ranking(),
      timeZone: 'Asia/Jakarta',
      kind: 'PPPK',
      formations: [{ id: 'f1', positionName: 'Analis', unitName: 'Bidang', agencyName: 'BKD' }],
      formationId: '',
      onFilter: () => {},
      canCompute: true,
      computeOpen: true,
      canHire: true,
      finalOut: false,
      ...over,
    }),
  );

describe('the ranking', () => {
  it('shows every factor and the deciding factor in words, never as a key', () => {
    const html = view();
    const words = text(html);
    for (const heading of ['TWK', 'TIU', 'TKP', 'Total SKD', 'Peringkat SKD', 'Lanjut SKB', 'Komponen SKB'])
      expect(words).toContain(heading);
    for (const heading of [
      'Nilai SKB',
      'SKD (skala 100)',
      'Nilai akhir',
      'Peringkat akhir',
      'Masuk kebutuhan',
    ])
      expect(words).toContain(heading);
    // Budi is below Siti by age, and on SKD by TKP; Citra on SKD by the SKD total.
    expect(words).toContain('penentu: Usia (lebih tua didahulukan)');
    expect(words).toContain('penentu: TKP');
    expect(words).toContain('penentu: Total SKD');
    // Dedi fails the TWK passing grade and the total; scores in Indonesian decimals.
    expect(words).toContain('Tidak lulus');
    expect(words).toContain('di bawah ambang: TWK, Total SKD');
    expect(words).toContain('75,51');
    expect(words).toContain('CAT: 80,5');
    expect(words).toContain('Wawancara: 90');
    expect(words).toContain('IPK 3,45');
    // The four groups in the server's order.
    for (const g of Object.values(resultsId.ranking.groups)) expect(words).toContain(g);
    expect(html).not.toMatch(/>(skdTotal|tkp|age|final|withinOpenings)</);
    // The openings, the SKB limit, and the chart with its summary.
    expect(words).toContain('Kebutuhan 1');
    expect(words).toContain('Batas peserta SKB 3');
    expect(html).toContain('<canvas');
    expect(html).toContain('Diagram batang Analis Kepegawaian Ahli Pertama');
  });

  it('orders and groups entries as the server does, and charts the final scores with the openings line', () => {
    const f = formation();
    expect(f.entries.map(entryGroup)).toEqual(['final', 'final', 'skdOnly', 'skdFailed', 'absent']);
    expect(groupEntries(f.entries).map((g) => [g.group, g.entries.length])).toEqual([
      ['final', 2],
      ['skdOnly', 1],
      ['skdFailed', 1],
      ['absent', 1],
    ]);
    const chart = rankingBars(f);
    expect(chart).toMatchObject({ kind: 'final', divider: 1, rest: 0 });
    expect(chart.bars.map((b) => [b.label, b.highlight])).toEqual([
      ['Siti Rahmawati', true],
      ['Budi Santoso', false],
    ]);
    // Before any SKB score: the SKD totals of those ranked on SKD.
    const skd = rankingBars({
      ...f,
      entries: f.entries.map((e) => ({ ...e, finalScore: null, finalRank: null })),
    });
    expect(skd.kind).toBe('skd');
    expect(skd.bars.length).toBe(3);
  });

  it('warns clearly when the ranking is stale, and says when it was computed', () => {
    const fresh = text(view());
    expect(fresh).not.toContain(resultsId.ranking.stale);
    expect(fresh).toContain('Dihitung 1 Des 2026');
    const stale = text(view({ ranking: ranking({ stale: true }) }));
    expect(stale).toContain(resultsId.ranking.stale);
    expect(text(view({ ranking: ranking({ stale: true }), canCompute: false }))).toContain(
      resultsId.ranking.staleAgency,
    );
    expect(text(view({ ranking: ranking({ computedAt: null, formations: [] }) }))).toContain(
      resultsId.ranking.never,
    );
  });

  it('offers "Hitung peringkat" to the tenant admin only, and only once it can succeed', () => {
    expect(text(view())).toContain('Hitung peringkat');
    const agency = text(view({ canCompute: false }));
    expect(agency).not.toContain('Hitung peringkat');
    expect(agency).toContain(resultsId.ranking.onlyTenantAdmin);
    const early = text(view({ computeOpen: false }));
    expect(early).not.toContain('Hitung peringkat');
    expect(early).toContain(resultsId.ranking.blocked);
    expect(rankingOpen([{ stage: 'ADMINISTRATION' }])).toBe(false);
    expect(rankingOpen([{ stage: 'ADMINISTRATION' }, { stage: 'ADMINISTRATION_AFTER_OBJECTION' }])).toBe(
      true,
    );
  });

  it('shows "Angkat" for those within the openings once FINAL is out, and "Sudah diangkat" with a link after', () => {
    expect(view({ finalOut: false })).not.toContain('>Angkat<');
    // No appointment column before anyone can be appointed.
    expect(text(view({ finalOut: false }))).not.toContain('Pengangkatan');
    expect(text(view({ finalOut: true }))).toContain('Pengangkatan');
    const html = view({ finalOut: true });
    expect(html.match(/>Angkat</g)?.length).toBe(1);
    expect(html).toContain('aria-label="Angkat Siti Rahmawati"');
    expect(view({ finalOut: true, canHire: false })).not.toContain('>Angkat<');
    const hired = view({
      finalOut: true,
      ranking: ranking({
        formations: [
          formation({
            entries: [
              entry({
                hired: { employeeId: 'emp-1', nip: '199505122025212001', hiredAt: '2026-12-05T00:00:00Z' },
              }),
            ],
          }),
        ],
      }),
    });
    expect(hired).not.toContain('>Angkat<');
    expect(text(hired)).toContain('Sudah diangkat');
    expect(text(hired)).toContain('NI PPPK 199505122025212001');
    expect(hired).toContain('href="/personnel/employees/emp-1"');
  });

  it('shows the tie warnings at the shortlist and openings lines', () => {
    const html = text(
      view({
        ranking: ranking({ formations: [formation({ tieAtShortlistLine: true, tieAtOpeningsLine: true })] }),
      }),
    );
    expect(html).toContain(resultsId.ranking.tieShortlist);
    expect(html).toContain(resultsId.ranking.tieOpenings);
  });

  it('names the 409 of computeRanking', () => {
    const at = (d: string) => new ApiError(409, 'conflict', 'Conflict', d);
    expect(
      rankingConflict(
        at(
          'The ranking waits for the final administration result: publish the ADMINISTRATION_AFTER_OBJECTION announcement first.',
        ),
        resultsId,
      ),
    ).toBe(resultsId.ranking.conflict.notAnnounced);
  });

  it('links the Nilai tab for the tenant admin only, Peringkat for both admins', () => {
    const tenant = render(h(RoundTabs, { roundId: 'r1', current: 'ranking', tenantWide: true }));
    expect(tenant).toContain('href="/recruitment/r1?tab=nilai"');
    expect(tenant).toContain('href="/recruitment/r1?tab=peringkat" aria-current="page"');
    const agency = render(h(RoundTabs, { roundId: 'r1', current: 'overview' }));
    expect(agency).not.toContain('tab=nilai');
    expect(agency).toContain('tab=peringkat');
  });
});

describe('hiring', () => {
  const values = { nip: '199505122025212001', tmt: '2027-01-01', rank: '', grade: 'V' };

  it('sends the body the API takes: the grade for PPPK, the rank for CPNS only when chosen', async () => {
    api.state.status = 201;
    api.state.body = {
      applicationId: 'app1',
      registrationNumber: 'PPPK25-000001-A',
      employeeId: 'emp-1',
      nip: values.nip,
      employmentType: 'PPPK',
      hiredAt: '2026-12-05T00:00:00Z',
    };
    const res = await submitHire('app1', values, 'PPPK', 4);
    expect(res.employeeId).toBe('emp-1');
    expect(api.calls[0]).toMatchObject({ method: 'POST', path: '/v1/recruitment/applications/app1/hire' });
    expect(api.calls[0]?.body).toEqual({ nip: values.nip, tmt: '2027-01-01', grade: 'V', version: 4 });
    expect(hireApplicantSchema.safeParse(api.calls[0]?.body).success).toBe(true);

    const cpns = hireBody({ ...values, nip: ' 1995 0512 2025 2120 01 ' }, 'CPNS', 2);
    expect(cpns).toEqual({ nip: values.nip, tmt: '2027-01-01', version: 2 });
    expect(hireBody({ ...values, rank: 'III/a' }, 'CPNS', 2).rank).toBe('III/a');
    expect(hireApplicantSchema.safeParse(cpns).success).toBe(true);
  });

  it('checks the form first, in Indonesian', () => {
    expect(checkHire(emptyHire(), 'PPPK', resultsId)).toEqual({
      nip: 'Wajib diisi.',
      tmt: 'Wajib diisi.',
      grade: 'Wajib untuk PPPK.',
    });
    expect(checkHire({ ...values, nip: '12345' }, 'CPNS', resultsId)).toEqual({
      nip: 'Harus 18 digit angka.',
    });
    expect(checkHire({ ...values, grade: '' }, 'CPNS', resultsId)).toEqual({});
  });

  it('shows a 400 by field in Indonesian, and the applicant’s own data as a list', async () => {
    api.state.status = 400;
    api.state.body = {
      type: 'https://pamong.id/problems/validation',
      title: 'Invalid input',
      status: 400,
      errors: [
        { path: 'nip', message: 'digits 1-8 (birth date) are 19990101 but birthDate is 1995-05-12' },
        { path: 'tmt', message: 'Invalid ISO date' },
        { path: 'applicant.email', message: "the applicant's data: Invalid email address" },
      ],
    };
    const err = await submitHire('app1', values, 'PPPK', 4).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    const shown = hireErrors(err, idDict, 'id', resultsId);
    expect(shown.fields.nip).toBe(
      'Digit 1–8 (tanggal lahir) 19990101 tidak sesuai dengan tanggal lahir 1995-05-12.',
    );
    expect(shown.fields.tmt).toBeTruthy();
    expect(shown.fields.tmt).not.toMatch(/ISO/);
    expect(shown.applicant).toEqual([`Surel: ${idDict.validation.invalid}`]);
    const html = render(
      h(HireFields, {
        kind: 'PPPK',
        values,
        errors: shown.fields,
        applicantErrors: shown.applicant,
        conflict: null,
        error: err,
        disabled: false,
        t: resultsId,
        onChange: () => {},
      }),
    );
    expect(html).toContain(
      'Digit 1–8 (tanggal lahir) 19990101 tidak sesuai dengan tanggal lahir 1995-05-12.',
    );
    expect(html).toContain('aria-invalid="true"');
    expect(text(html)).toContain('NI PPPK');
    expect(text(html)).toContain(resultsId.hire.applicantData);
    expect(html).toContain('Surel:');
    const en = hireErrors(err, enDict, 'en', resultsEn);
    expect(en.applicant).toEqual(['Email: Invalid email address']);
  });

  it('names the 409s of hireApplicant', () => {
    const at = (d: string) => new ApiError(409, 'conflict', 'Conflict', d);
    expect(hireConflict(at('This applicant is already hired.'), resultsId)).toBe(
      resultsId.hire.conflict.hired,
    );
    expect(
      hireConflict(at('An applicant is hired only after the FINAL announcement is published.'), resultsId),
    ).toBe(resultsId.hire.conflict.noFinal);
    expect(
      hireConflict(
        at('The latest FINAL announcement does not list this applicant within the openings.'),
        resultsId,
      ),
    ).toBe(resultsId.hire.conflict.notListed);
    expect(hireConflict(new ApiError(409, 'version-conflict', 'x'), resultsId)).toBe(
      resultsId.hire.conflict.changed,
    );
    expect(finalPublished([{ stage: 'SKB' }])).toBe(false);
    expect(finalPublished([{ stage: 'FINAL' }])).toBe(true);
  });
});

describe('the score import', () => {
  const job = (over: Partial<ExamScoreImportJob> = {}): ExamScoreImportJob =>
    ({
      id: 'job1',
      fileName: 'nilai-skd.csv',
      format: 'csv',
      status: 'running',
      total: 100,
      processed: 40,
      created: 38,
      imported: 38,
      updated: 0,
      unchanged: 0,
      invalid: 2,
      errors: [],
      errorCount: 0,
      createdBy: { sub: 'u1', role: 'tenant-admin' },
      createdAt: '2026-12-01T03:00:00.000Z',
      updatedAt: '2026-12-01T03:00:00.000Z',
      version: 1,
      roundId: 'r1',
      stage: 'SKD',
      ...over,
    }) as ExamScoreImportJob;
  const afterObjection = [{ stage: 'ADMINISTRATION' }, { stage: 'ADMINISTRATION_AFTER_OBJECTION' }];
  const scores = (over: Partial<Parameters<typeof ScoresView>[0]> = {}) =>
    render(
      h(ScoresView, { round: { id: 'r1' }, announced: afterObjection, timeZone: 'Asia/Jakarta', ...over }),
    );

  it('opens an exam only after the announcement it waits for, with the reason instead of a 409', () => {
    expect(scoresOpen('SKD', [{ stage: 'ADMINISTRATION' }])).toBe(false);
    expect(scoresOpen('SKD', afterObjection)).toBe(true);
    expect(scoresOpen('SKB', afterObjection)).toBe(false);
    expect(scoresOpen('SKB', [...afterObjection, { stage: 'SKD' }])).toBe(true);
    expect(defaultExamStage(afterObjection)).toBe('SKD');
    expect(defaultExamStage([...afterObjection, { stage: 'SKD' }])).toBe('SKB');
    const closed = scores({ announced: [{ stage: 'ADMINISTRATION' }] });
    expect(text(closed)).toContain(resultsId.scores.blockedSkd);
    expect(closed).not.toContain('type="file"');
    expect(closed).not.toContain(resultsId.scores.templateXlsx);
    const open = scores();
    expect(open).toContain('type="file"');
    expect(text(open)).toContain(resultsId.scores.templateCsv);
    expect(open).toContain('aria-pressed="true"');
  });

  it('shows the progress of a running import', () => {
    const html = scores({ initialJob: job() });
    expect(html).toMatch(/<progress[^>]*value="40"/);
    expect(text(html)).toContain('Kemajuan impor: Sedang diproses');
    expect(text(html)).toContain('40 dari 100 baris diproses');
    expect(text(html)).toContain('Nilai baru 38');
    expect(text(html)).toContain('Ditolak 2');
  });

  it('lists the rows refused, fifty to a page', () => {
    const errors = Array.from({ length: 60 }, (_, i) => ({
      row: i + 2,
      column: 'Nomor Pendaftaran',
      message: i === 0 ? 'Nomor pendaftaran tidak dikenal' : 'Lamaran tidak MS',
    }));
    const html = scores({
      initialJob: job({ status: 'done', processed: 100, invalid: 60, errors, errorCount: 60 }),
    });
    const words = text(html);
    expect(words).toContain('Laporan kesalahan: 60 kesalahan');
    expect(words).toContain('Nomor pendaftaran tidak dikenal');
    expect(html.match(/<td>Nomor Pendaftaran<\/td>/g)?.length).toBe(50);
    expect(words).toContain('Halaman 1 / 2');
    expect(words).toContain(resultsId.scores.afterImport);
  });

  it('names the 409 of a score import', () => {
    const at = (d: string) => new ApiError(409, 'conflict', 'Conflict', d);
    expect(
      scoreConflict(
        at(
          'SKB scores are imported only after the SKD announcement: until then it is not known who goes on to the SKB.',
        ),
        'SKB',
        resultsId,
      ),
    ).toBe(resultsId.scores.conflict.skb);
  });
});

const examRow = (over: Partial<Extract<AnnouncementRow, { passed: boolean }>> = {}) => ({
  registrationNumber: 'PPPK25-000001-A',
  name: 'Siti Rahmawati',
  formationId: 'f1',
  positionName: 'Analis Kepegawaian Ahli Pertama',
  unitName: 'Bidang Pengadaan',
  agencyName: 'BKD',
  track: 'umum',
  skd: { twk: 90, tiu: 85, tkp: 160 },
  skdTotal: 335,
  skdPassed: true,
  skdRank: 1,
  shortlisted: true,
  skb: null,
  skdNormalised: null,
  skbScore: null,
  finalScore: null,
  finalRank: null,
  decidedBy: null,
  passed: true,
  ...over,
});

describe('exam rows in the announcements', () => {
  const round = {
    id: 'r1',
    name: 'Seleksi PPPK 2025',
    kind: 'PPPK',
    year: 2025,
    timeZone: 'Asia/Jakarta',
    objectionDays: 3,
    formations: [],
  } as unknown as Parameters<typeof ResultsTable>[0]['round'];
  const version = (stage: string, results: unknown[]) =>
    ({
      id: `v-${stage}`,
      roundId: 'r1',
      roundName: 'Seleksi PPPK 2025',
      stage,
      version: 3,
      publishedAt: '2026-12-01T03:00:00.000Z',
      note: '',
      results,
      hash: 'a'.repeat(64),
      previousHash: null,
      content: {},
    }) as unknown as Parameters<typeof ResultsTable>[0]['v'];

  it('shows the SKD scores, rank with its deciding factor and lulus / tidak lulus on the public page', () => {
    const html = renderToString(
      h(ResultsTable, {
        round,
        v: version('SKD', [
          examRow(),
          examRow({
            registrationNumber: 'PPPK25-000002-B',
            name: 'Budi Santoso',
            skd: { twk: 60, tiu: 85, tkp: 160 },
            skdTotal: 305,
            skdPassed: false,
            skdRank: 2,
            decidedBy: 'skdTotal',
            shortlisted: false,
            passed: false,
          }),
        ]),
      }),
    );
    const words = text(html);
    expect(words).toContain('90 / 85 / 160');
    expect(words).toContain('Lulus, lanjut SKB');
    expect(words).toContain('Tidak lulus');
    expect(words).toContain('di bawah nilai ambang');
    expect(words).toContain('penentu: Total SKD');
    expect(html).toContain('data-label="Total SKD"');
    expect(html).not.toContain('undefined');
  });

  it('shows the final scores of a FINAL version, and still the MS/TMS of an administrative one', () => {
    const final = text(
      renderToString(
        h(ResultsTable, {
          round,
          v: version('FINAL', [
            examRow({
              skbScore: 85.25,
              skdNormalised: 60.91,
              finalScore: 75.51,
              finalRank: 1,
              decidedBy: null,
            }),
          ]),
        }),
      ),
    );
    expect(final).toContain('Nilai akhir');
    expect(final).toContain('75,51');
    expect(final).toContain('Lulus, masuk kebutuhan formasi');
    const admin = text(
      renderToString(
        h(ResultsTable, {
          round,
          v: version('ADMINISTRATION_AFTER_OBJECTION', [
            {
              registrationNumber: 'PPPK25-000001-A',
              name: 'Siti',
              formationId: 'f1',
              positionName: 'Analis',
              unitName: 'Bidang',
              agencyName: 'BKD',
              track: 'umum',
              status: 'MS',
              reasons: [],
            },
          ]),
        }),
      ),
    );
    expect(admin).toContain('MS');
    expect(admin).toContain('Memenuhi syarat');
  });

  it('shows exam and admin rows on the staff tab, and offers the exam stages in order', () => {
    const exam = text(
      render(
        h(AnnouncementRowsTable, {
          rows: [examRow({ finalRank: 2, finalScore: 70, decidedBy: 'ipk', passed: false })],
          exam: true,
          caption: 'Hasil akhir, versi 5',
        }),
      ),
    );
    expect(exam).toContain('90 / 85 / 160');
    expect(exam).toContain('penentu: IPK');
    expect(exam).toContain('Tidak lulus');
    expect(isExamRow(examRow())).toBe(true);
    expect(nextStage([])).toBe('ADMINISTRATION');
    expect(nextStage([{ stage: 'ADMINISTRATION' }, { stage: 'ADMINISTRATION_AFTER_OBJECTION' }])).toBe('SKD');
    expect(nextStage([{ stage: 'SKD' }])).toBe('SKB');
    expect(nextStage([{ stage: 'FINAL' }])).toBe('FINAL');
  });

  it('names why an exam stage cannot be published yet', () => {
    const c = announcementsId.conflict;
    let err: unknown;
    try {
      assertCanAnnounce(
        'FINAL',
        { SKD: '2026-11-01T00:00:00.000Z' },
        {
          now: '2026-11-02T00:00:00.000Z',
          timeZone: 'Asia/Jakarta',
          objectionDays: 3,
          registration: { registrationOpensAt: '2026-10-01T08:00', registrationClosesAt: '2026-10-20T23:59' },
        },
      );
    } catch (e) {
      if (e instanceof AppError) err = new ApiError(e.status, e.type, e.message, e.message);
    }
    expect(publishConflict(err, c, announcementsId.stages)).toBe(c.notAnnouncedStage('Hasil SKB'));
    try {
      assertCanAnnounce(
        'SKB',
        { SKD: '2026-11-01T00:00:00.000Z' },
        {
          now: '2026-11-02T00:00:00.000Z',
          timeZone: 'Asia/Jakarta',
          objectionDays: 3,
          registration: { registrationOpensAt: '2026-10-01T08:00', registrationClosesAt: '2026-10-20T23:59' },
        },
      );
    } catch (e) {
      if (e instanceof AppError) err = new ApiError(e.status, e.type, e.message, e.message);
    }
    expect(publishConflict(err, c, announcementsId.stages)).toMatch(/^Masa sanggah Hasil SKD belum berakhir/);
    const at = (d: string) => new ApiError(409, 'conflict', 'Conflict', d);
    expect(
      publishConflict(
        at(
          'Scores were imported after the ranking was computed: compute the ranking again before the announcement.',
        ),
        c,
      ),
    ).toBe(c.stale);
    expect(
      publishConflict(
        at('No SKB scores are in the ranking: import them (importExamScores) and compute the ranking first.'),
        c,
      ),
    ).toBe(c.noScores('SKB'));
  });
});
