import {
  AppError,
  applyApplicationEvent,
  CUMLAUDE_MIN_IPK,
  listApplicationsQuerySchema,
  verifyApplicationSchema,
} from '@pamong/core';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The screening pages' logic (issue 12 §4-§5): the applications list's query, filters and counts,
 * times in the tenant's zone, the requirement checklist, the MS/TMS decision and the body it sends
 * (checked against the API's own schema in @pamong/core), the API's answers in Bahasa Indonesia,
 * and the four API wrappers. The API is answered at `fetch`, replaced before the client is imported.
 */
const api = vi.hoisted(() => {
  const calls: { method: string; path: string; query: string; accept: string | null; body: unknown }[] = [];
  const state = {
    status: 200,
    body: {} as unknown,
    raw: null as Uint8Array<ArrayBuffer> | null,
    type: 'application/json',
  };
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
      accept: request.headers.get('accept'),
      body: text ? JSON.parse(text) : null,
    });
    if (state.raw)
      return new Response(state.raw, { status: state.status, headers: { 'content-type': state.type } });
    const problem = state.status >= 400;
    return new Response(JSON.stringify(state.body), {
      status: state.status,
      headers: { 'content-type': problem ? 'application/problem+json' : 'application/json' },
    });
  }) as typeof fetch;
  return { calls, state };
});

// The verification screen's cards read the tenant's time zone from the signed-in session.
vi.mock('../../web/src/session', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../web/src/session')>()),
  useMe: () => ({ tenant: { timeZone: 'Asia/Jakarta' }, user: { role: 'tenant-admin', agencyId: null } }),
}));

import { ApiError } from '../../web/src/api/client';
import { I18nProvider } from '../../web/src/i18n';
import { screeningEn } from '../../web/src/pages/recruitment/i18n/screening-en';
import { screeningId } from '../../web/src/pages/recruitment/i18n/screening-id';
import {
  decideObjection,
  getApplication,
  listApplications,
  openApplicationDocument,
  type RecruitmentFormation,
  type StaffApplication,
  verifyApplication,
} from '../../web/src/pages/recruitment/recruitment-api';
import { ObjectionDecisionCard } from '../../web/src/pages/recruitment/Screening';
import {
  applicantsHref,
  applicationsQuery,
  checkDecision,
  checklistOf,
  chooseResult,
  decisionErrorsOf,
  decisionFormOf,
  disputedName,
  fileSize,
  filterFromQuery,
  formasiOptions,
  groupByAgency,
  isDecided,
  isDocumentCheck,
  isExamObjection,
  objectionDecisionBody,
  pendingObjections,
  reasonsFromChecklist,
  screeningConflict,
  statusCounts,
  verifyBody,
  viewerKind,
  zonedDateTime,
} from '../../web/src/pages/recruitment/screening-model';
import { ApplicationStatusBadge } from '../../web/src/pages/recruitment/screening-shared';

beforeEach(() => {
  api.calls.length = 0;
  api.state.status = 200;
  api.state.body = {};
  api.state.raw = null;
});
const last = () => api.calls.at(-1)!;

const formation = (over: Partial<RecruitmentFormation> = {}): RecruitmentFormation => ({
  id: 'f1',
  roundId: 'r1',
  agencyId: 'a1',
  agencyName: 'Dinas Pendidikan',
  positionId: 'p1',
  positionName: 'Guru Ahli Pertama',
  unitId: 'u1',
  unitName: 'Bidang Pembinaan SD',
  openings: 2,
  track: 'umum',
  educationRequirements: [{ level: 'S1', majors: ['Pendidikan Matematika'] }],
  minIpk: 3,
  maxAge: 35,
  requiredDocuments: [
    { type: 'ijazah', label: 'Ijazah', formats: ['pdf'], maxKb: 800 },
    { type: 'ktp', label: 'KTP', formats: ['jpeg', 'png'], maxKb: 200 },
  ],
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  version: 1,
  ...over,
});

const application = (over: Partial<StaffApplication> = {}): StaffApplication => ({
  id: 'app1',
  applicantId: 'x1',
  roundId: 'r1',
  roundName: 'Seleksi CPNS 2026',
  roundCode: 'CPNS26',
  formationId: 'f1',
  positionName: 'Guru Ahli Pertama',
  unitName: 'Bidang Pembinaan SD',
  agencyId: 'a1',
  agencyName: 'Dinas Pendidikan',
  track: 'umum',
  status: 'SUBMITTED',
  registrationNumber: 'CPNS26-000001-F',
  submittedAt: '2026-12-06T21:01:06.276Z',
  requiredDocuments: formation().requiredDocuments,
  documents: [
    {
      type: 'ijazah',
      label: 'Ijazah',
      documentId: 'd1',
      name: 'ijazah.pdf',
      contentType: 'application/pdf',
      size: 900,
      checkedAt: '2026-12-06T21:00:00.000Z',
    },
  ],
  reasons: [],
  objections: [],
  createdAt: '2026-12-06T20:00:00.000Z',
  updatedAt: '2026-12-06T21:01:06.276Z',
  version: 3,
  applicant: {
    id: 'x1',
    nik: '1871015203980001',
    kkNumber: '1871010101010001',
    name: 'SITI RAHMAWATI',
    birthPlace: 'Bandar Lampung',
    birthDate: '1998-03-12',
    gender: 'P',
    email: 'siti@contoh.id',
    phone: '081234567890',
    emailVerified: true,
    diplomaName: 'Siti Rahmawati, S.Pd.',
    education: [
      {
        level: 'S1',
        major: 'Pendidikan Matematika',
        institution: 'Universitas Lampung',
        ipk: 3.42,
        graduationDate: '2021-08-28',
      },
    ],
    address: 'Jl. Teuku Umar 12',
    disability: { status: false },
    createdAt: '2026-12-06T20:00:00.000Z',
    updatedAt: '2026-12-06T20:00:00.000Z',
  },
  ...over,
});

describe('the applications list', () => {
  it('asks only for the filters that are set, in a query the API accepts', () => {
    const none = applicationsQuery({ formationId: '', status: '' }, undefined, 25);
    expect(none).toEqual({ limit: 25 });
    const both = applicationsQuery({ formationId: '01M96J508A5XXEQBGJRS4PZNH0', status: 'TMS' }, 'abc', 25);
    expect(both).toEqual({
      formationId: '01M96J508A5XXEQBGJRS4PZNH0',
      status: 'TMS',
      cursor: 'abc',
      limit: 25,
    });
    expect(listApplicationsQuerySchema.safeParse({ ...both, limit: '25' }).success).toBe(true);
  });

  it('reads the filters from the address, ignoring a formasi of another round or an unknown status', () => {
    const formations = [formation()];
    expect(filterFromQuery({ formasi: 'f1', status: 'MS' }, formations)).toEqual({
      formationId: 'f1',
      status: 'MS',
    });
    expect(filterFromQuery({ formasi: 'other', status: 'DRAFT' }, formations)).toEqual({
      formationId: '',
      status: '',
    });
    expect(applicantsHref('r1', { formationId: 'f1', status: 'TMS' })).toBe(
      '/recruitment/r1?tab=pelamar&formasi=f1&status=TMS',
    );
    expect(applicantsHref('r1')).toBe('/recruitment/r1?tab=pelamar');
  });

  it('counts the loaded rows per status and the pending objections', () => {
    const rows = [
      { status: 'SUBMITTED' as const, objectionPending: false },
      { status: 'MS' as const, objectionPending: false },
      { status: 'TMS' as const, objectionPending: true },
      { status: 'TMS' as const, objectionPending: false },
    ];
    expect(statusCounts(rows)).toEqual({ SUBMITTED: 1, MS: 1, TMS: 2, objections: 1 });
  });

  it('names each formasi by position and unit, grouped by agency, never by id', () => {
    const options = formasiOptions([
      formation({ id: 'f2', agencyName: 'Dinas Kesehatan', positionName: 'Perawat', unitName: 'Yankes' }),
      formation(),
      formation({ id: 'f3', positionName: 'Guru Ahli Pertama', unitName: 'Bidang SMP' }),
    ]);
    expect(options.map((o) => o.label)).toEqual([
      'Perawat — Yankes',
      'Guru Ahli Pertama — Bidang Pembinaan SD',
      'Guru Ahli Pertama — Bidang SMP',
    ]);
    expect(options.some((o) => /f\d/.test(o.label))).toBe(false);
    expect(groupByAgency(options).map((g) => [g.agencyName, g.options.length])).toEqual([
      ['Dinas Kesehatan', 1],
      ['Dinas Pendidikan', 2],
    ]);
  });

  it('shows the submitted time on the tenant’s clock, with its zone', () => {
    const at = '2026-12-06T21:01:06.276Z';
    expect(zonedDateTime(at, 'Asia/Jakarta', 'id-ID')).toBe('7 Des 2026 04.01 WIB');
    expect(zonedDateTime(at, 'Asia/Makassar', 'id-ID')).toBe('7 Des 2026 05.01 WITA');
    expect(zonedDateTime(at, 'Asia/Jayapura', 'en-GB')).toBe('7 Dec 2026 06:01 WIT');
    expect(zonedDateTime(null, 'Asia/Jakarta', 'id-ID')).toBe('–');
  });

  it('renders the status in words, with the long name for assistive technology', () => {
    const html = renderToString(h(I18nProvider, null, h(ApplicationStatusBadge, { status: 'SUBMITTED' })));
    expect(html).toContain('Terkirim');
    expect(html).not.toContain('SUBMITTED');
    const tms = renderToString(h(I18nProvider, null, h(ApplicationStatusBadge, { status: 'TMS' })));
    expect(tms).toContain('Tidak memenuhi syarat');
  });
});

describe('the requirement checklist', () => {
  it('lists education, IPK, age and each document, with what the data as submitted say', () => {
    const items = checklistOf(application(), formation(), '2026-12-28');
    expect(items.map((i) => i.key)).toEqual(['education', 'minIpk', 'maxAge', 'ijazah', 'ktp']);
    expect(items.map((i) => i.verdict)).toEqual(['met', 'met', 'met', 'manual', 'unmet']);
    const age = items.find((i) => i.key === 'maxAge');
    expect(age).toMatchObject({ age: 28, max: 35, referenceDate: '2026-12-28' });
    const ktp = items.find((i) => i.key === 'ktp');
    expect(ktp && isDocumentCheck(ktp) && ktp.document).toBeNull();
  });

  it('finds an unmet education, a low IPK and an age over the limit', () => {
    const app = application();
    app.applicant.education = [{ ...app.applicant.education[0]!, major: 'Sastra Inggris', ipk: 2.5 }];
    app.applicant.birthDate = '1980-01-01';
    const items = checklistOf(app, formation(), '2026-12-28');
    expect(items.find((i) => i.key === 'education')?.verdict).toBe('unmet');
    // No matching education: the IPK of a non-matching one does not count.
    expect(items.find((i) => i.key === 'minIpk')).toMatchObject({ verdict: 'unmet', best: null });
    expect(items.find((i) => i.key === 'maxAge')).toMatchObject({ verdict: 'unmet', age: 46 });
  });

  it('uses the cum laude minimum when the formasi names none, and checks the track', () => {
    const cum = checklistOf(application(), formation({ track: 'cumlaude', minIpk: undefined }), '2026-12-28');
    expect(cum.find((i) => i.key === 'minIpk')).toMatchObject({
      verdict: 'unmet',
      min: CUMLAUDE_MIN_IPK,
      cumlaude: true,
    });
    const dis = checklistOf(application(), formation({ track: 'disabilitas' }), '2026-12-28');
    expect(dis.find((i) => i.key === 'track')?.verdict).toBe('unmet');
    const ppd = checklistOf(application(), formation({ track: 'putra-putri-daerah' }), '2026-12-28');
    expect(ppd.find((i) => i.key === 'track')).toMatchObject({ verdict: 'manual', nikRegion: '1871' });
  });

  it('without the formasi, lists the documents alone; without a reference date, leaves the age to the verifier', () => {
    expect(checklistOf(application(), undefined, undefined).map((i) => i.key)).toEqual(['ijazah', 'ktp']);
    const items = checklistOf(application(), formation(), undefined);
    expect(items.find((i) => i.key === 'maxAge')?.verdict).toBe('manual');
  });

  it('shows PDFs in a frame and images as images', () => {
    expect(viewerKind('application/pdf')).toBe('pdf');
    expect(viewerKind('image/png')).toBe('image');
    expect(viewerKind('image/jpeg; charset=binary')).toBe('image');
    expect(viewerKind('application/zip')).toBe('other');
    expect(fileSize(900, 'id-ID')).toBe('0,9 KB');
    expect(fileSize(3 * 1024 * 1024, 'en-GB')).toBe('3 MB');
  });
});

describe('the decision', () => {
  const items = checklistOf(application(), formation(), '2026-12-28');

  it('starts from the application’s result and reasons', () => {
    expect(decisionFormOf(application())).toEqual({ result: '', reasons: [] });
    expect(decisionFormOf(application({ status: 'MS' }))).toEqual({ result: 'MS', reasons: [] });
    const tms = application({
      status: 'TMS',
      reasons: [{ requirement: 'ktp', note: 'Buram', applicantError: true }],
    });
    expect(decisionFormOf(tms)).toEqual({
      result: 'TMS',
      reasons: [{ requirement: 'ktp', note: 'Buram', applicantError: true }],
    });
    expect(isDecided('SUBMITTED')).toBe(false);
    expect(isDecided('TMS')).toBe(true);
  });

  it('proposes a reason for each unticked checklist item when TMS is chosen, keeping typed ones', () => {
    const ticked = new Set(['education', 'minIpk', 'ijazah']);
    expect(reasonsFromChecklist(items, ticked).map((r) => r.requirement)).toEqual(['maxAge', 'ktp']);
    // A checklist not yet used proposes only what the data contradict (the KTP is missing).
    expect(reasonsFromChecklist(items, new Set()).map((r) => r.requirement)).toEqual(['ktp']);
    expect(reasonsFromChecklist(items, new Set(items.map((i) => i.key)))).toEqual([
      { requirement: '', note: '', applicantError: false },
    ]);
    const typed = {
      result: 'MS' as const,
      reasons: [{ requirement: 'ijazah', note: 'x', applicantError: false }],
    };
    expect(chooseResult(typed, 'TMS', items, ticked).reasons).toEqual(typed.reasons);
    expect(chooseResult({ result: '', reasons: [] }, 'TMS', items, ticked).reasons).toHaveLength(2);
  });

  it('sends MS without reasons and TMS with its reasons, as the API’s schema takes them', () => {
    const ms = verifyBody({
      result: 'MS',
      reasons: [{ requirement: 'ktp', note: 'x', applicantError: false }],
    });
    expect(ms).toEqual({ result: 'MS', reasons: [] });
    expect(verifyApplicationSchema.safeParse(ms).success).toBe(true);
    const tms = verifyBody({
      result: 'TMS',
      reasons: [
        { requirement: ' ktp ', note: '  KTP tidak terbaca. ', applicantError: true },
        { requirement: 'maxAge', note: 'Usia 36 tahun pada tanggal acuan.', applicantError: false },
      ],
    });
    expect(tms).toEqual({
      result: 'TMS',
      reasons: [
        { requirement: 'ktp', note: 'KTP tidak terbaca.', applicantError: true },
        { requirement: 'maxAge', note: 'Usia 36 tahun pada tanggal acuan.' },
      ],
    });
    expect(verifyApplicationSchema.safeParse(tms).success).toBe(true);
  });

  it('finds in the browser what the API would refuse, at the same paths', () => {
    const m = screeningId.decision;
    expect(checkDecision({ result: '', reasons: [] }, m)).toEqual({ result: m.chooseResult });
    expect(checkDecision({ result: 'MS', reasons: [] }, m)).toEqual({});
    const none = { result: 'TMS' as const, reasons: [] };
    expect(checkDecision(none, m)).toEqual({ reasons: m.needReason });
    const parsed = verifyApplicationSchema.safeParse(verifyBody(none));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['reasons']);
    const bad = checkDecision(
      {
        result: 'TMS',
        reasons: [
          { requirement: '', note: 'x', applicantError: false },
          { requirement: 'ktp', note: ' ', applicantError: false },
          { requirement: 'ktp', note: 'y', applicantError: false },
        ],
      },
      m,
    );
    expect(bad).toEqual({
      'reasons.0.requirement': m.chooseRequirement,
      'reasons.1.note': m.required,
      'reasons.2.requirement': m.duplicate,
    });
  });

  it('puts the API’s field errors at their fields, in Bahasa Indonesia', () => {
    const parsed = verifyApplicationSchema.safeParse({
      result: 'TMS',
      reasons: [{ requirement: 'k'.repeat(81), note: '' }],
    });
    const errors = (parsed.error?.issues ?? []).map((i) => ({ path: i.path.join('.'), message: i.message }));
    const err = new ApiError(400, 'validation', 'Invalid input', undefined, [
      ...errors,
      { path: 'reasons', message: 'a TMS result needs at least one reason' },
    ]);
    const m = screeningId.decision;
    expect(decisionErrorsOf(err, m)).toEqual({
      'reasons.0.requirement': m.tooLong('80'),
      'reasons.0.note': m.required,
      reasons: m.needReason,
    });
    expect(decisionErrorsOf(new Error('x'), m)).toEqual({});
  });

  it('explains a 409 after the ADMINISTRATION announcement with the lifecycle’s own words', () => {
    let refusal: unknown;
    try {
      applyApplicationEvent(
        { status: 'MS', submittedAt: '2026-12-06T21:00:00.000Z', reasons: [], objections: [] },
        { type: 'screen', at: new Date('2027-01-21T00:00:00Z'), result: 'TMS', reasons: [] },
        {
          timeZone: 'Asia/Jakarta',
          objectionDays: 3,
          objectionDecisionDays: 7,
          registrationOpensAt: new Date('2026-12-03T01:00:00Z'),
          registrationClosesAt: new Date('2026-12-28T16:59:00Z'),
          announcedAt: { ADMINISTRATION: new Date('2027-01-20T03:00:00Z') },
        },
      );
    } catch (e) {
      refusal = e;
    }
    expect(refusal).toBeInstanceOf(AppError);
    const e = refusal as AppError;
    const err = new ApiError(e.status, 'conflict', e.title, e.message);
    expect(screeningConflict(err, screeningId.conflict)).toBe(screeningId.conflict.announced);
    expect(screeningConflict(err, screeningEn.conflict)).toBe(screeningEn.conflict.announced);
    expect(screeningConflict(new ApiError(409, 'conflict', 'x', 'else'), screeningId.conflict)).toBe(
      screeningId.conflict.other,
    );
    expect(screeningConflict(new ApiError(400, 'validation', 'x'), screeningId.conflict)).toBeNull();
  });
});

describe('screening API wrappers', () => {
  it('lists a round’s applications with the filters and cursor', async () => {
    api.state.body = { items: [], nextCursor: null };
    await listApplications('r1', applicationsQuery({ formationId: 'f1', status: 'MS' }, 'c1', 25));
    expect(last()).toMatchObject({ method: 'GET', path: '/v1/recruitment/rounds/r1/applications' });
    for (const part of ['formationId=f1', 'status=MS', 'cursor=c1', 'limit=25'])
      expect(last().query).toContain(part);
  });

  it('reads one application and sends the decision', async () => {
    api.state.body = application();
    await getApplication('app1');
    expect(last()).toMatchObject({ method: 'GET', path: '/v1/recruitment/applications/app1' });
    const body = verifyBody({
      result: 'TMS',
      reasons: [{ requirement: 'ktp', note: 'Buram', applicantError: true }],
    });
    api.state.body = { id: 'app1', status: 'TMS' };
    const answer = await verifyApplication('app1', body);
    expect(last()).toMatchObject({
      method: 'POST',
      path: '/v1/recruitment/applications/app1/verification',
      body,
    });
    expect(answer.status).toBe('TMS');
  });

  it('fetches a document’s bytes with its type', async () => {
    api.state.raw = new TextEncoder().encode('%PDF-1.4 x');
    api.state.type = 'application/pdf';
    const { blob } = await openApplicationDocument('app1', 'd1', 'application/pdf');
    expect(last()).toMatchObject({ method: 'GET', path: '/v1/recruitment/applications/app1/documents/d1' });
    expect(last().accept).toContain('application/pdf');
    expect(blob.type).toBe('application/pdf');
    expect(new TextDecoder().decode(await blob.arrayBuffer())).toBe('%PDF-1.4 x');
  });

  it('turns a 409 into an ApiError the page explains', async () => {
    api.state.status = 409;
    api.state.body = {
      type: 'https://pamong.test/problems/conflict',
      title: 'Conflict',
      status: 409,
      detail: 'The administration result is announced; it changes now only through an objection decision.',
    };
    const err = await verifyApplication('app1', { result: 'MS', reasons: [] }).catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(screeningConflict(err, screeningId.conflict)).toBe(screeningId.conflict.announced);
  });
});

describe('objections of every stage on the verification screen', () => {
  const skd = {
    stage: 'SKD' as const,
    filedAt: '2026-12-11T03:00:00.000Z',
    note: 'Nilai TWK saya tercatat 0, padahal saya hadir.',
    disputed: ['twk', 'tkp'],
    decision: null,
  };
  const administration = {
    stage: 'ADMINISTRATION' as const,
    filedAt: '2026-10-31T03:00:00.000Z',
    note: 'Ijazah terbaca.',
    disputed: ['ijazah'],
    decision: { accepted: false, note: 'Tetap buram.', decidedAt: '2026-11-04T03:00:00.000Z' },
  };
  const skb = { ...skd, stage: 'SKB' as const, disputed: ['interview'] };

  it('lists every undecided objection, of any stage, in stage order', () => {
    expect(pendingObjections([skb, administration, skd]).map((o) => o.stage)).toEqual(['SKD', 'SKB']);
    expect(pendingObjections([administration])).toEqual([]);
    expect(isExamObjection('SKD') && isExamObjection('SKB') && !isExamObjection('ADMINISTRATION')).toBe(true);
  });

  it('names exam parts as parts and administration points as requirements', () => {
    const req = (k: string) => `req:${k}`;
    expect(disputedName('SKD', 'twk', screeningId.screen.objectionParts, req)).toBe('TWK');
    expect(disputedName('SKB', 'interview', screeningId.screen.objectionParts, req)).toBe('Wawancara');
    expect(disputedName('SKB', 'other', screeningEn.screen.objectionParts, req)).toBe('Other test');
    expect(disputedName('ADMINISTRATION', 'ijazah', screeningId.screen.objectionParts, req)).toBe(
      'req:ijazah',
    );
  });

  it('decides an SKD objection with the stage in the body', async () => {
    const body = objectionDecisionBody(skd, true, '  Nilai TWK dikoreksi dari berkas CAT.  ');
    expect(body).toEqual({ stage: 'SKD', accepted: true, note: 'Nilai TWK dikoreksi dari berkas CAT.' });
    api.state.body = application({
      status: 'MS',
      objections: [
        { ...skd, decision: { accepted: true, note: body.note, decidedAt: '2026-12-15T03:00:00.000Z' } },
      ],
    });
    const next = await decideObjection('app1', body);
    expect(last()).toMatchObject({
      method: 'POST',
      path: '/v1/recruitment/applications/app1/objection-decision',
      body: { stage: 'SKD', accepted: true, note: 'Nilai TWK dikoreksi dari berkas CAT.' },
    });
    expect(next.objections[0]?.decision?.accepted).toBe(true);
  });

  it('says that an accepted exam objection needs a corrected score import and a new ranking', () => {
    const card = (objection: StaffApplication['objections'][number]) =>
      renderToString(
        h(
          I18nProvider,
          null,
          h(ObjectionDecisionCard, {
            app: application({ status: 'MS', objections: [objection] }),
            objection,
            items: [],
            onDecided: () => {},
          }),
        ),
      );
    const html = card(skd);
    expect(html).toContain(screeningId.screen.examDecisionNote);
    expect(html).toContain(screeningId.screen.examAccept);
    expect(html).toContain('TWK');
    expect(html).toContain('TKP');
    expect(html).toContain('name="objection-skd-accepted"');
    expect(html).not.toContain('hasil menjadi MS');
    const admin = card({ ...administration, decision: null });
    expect(admin).not.toContain(screeningId.screen.examDecisionNote);
    expect(admin).toContain('hasil menjadi MS');
    expect(screeningEn.screen.examDecisionNote).toMatch(/score import/);
  });
});
