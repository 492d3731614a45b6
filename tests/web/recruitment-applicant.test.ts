import { AppError, applyApplicationEvent, checkNik } from '@pamong/core';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The API is answered at `fetch`, replaced before the clients are imported (openapi-fetch keeps the
 * fetch it finds when it is created); relative addresses get a base, as in a browser.
 */
const api = vi.hoisted(() => {
  const calls: { method: string; path: string; body: unknown; authorization: string | null }[] = [];
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
    calls.push({
      method: request.method,
      path: new URL(request.url).pathname,
      body: text ? JSON.parse(text) : null,
      authorization: request.headers.get('authorization'),
    });
    return new Response(JSON.stringify(state.body), {
      status: state.status,
      headers: { 'content-type': state.status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  }) as typeof fetch;
  return { calls, state };
});

import { ExamObjectionForm } from '../../web/src/public/announcements';
import { ANNOUNCEMENT_TEXT } from '../../web/src/public/announcements-i18n';
import { objectionBody, objectionRefusal } from '../../web/src/public/announcements-model';
import {
  type PublicAnnouncement,
  PublicApiError,
  type PublicRecruitmentRoundDetail,
} from '../../web/src/public/api';
import { type Application, submitObjection } from '../../web/src/public/applicant-api';
import { APPLICANT_TEXT } from '../../web/src/public/applicant-i18n';
import {
  checkPickedFile,
  contentTypeOf,
  documentRefusal,
  educationMatches,
  existingApplicationId,
  fieldErrorsOf,
  fieldMessage,
  isNikTaken,
  isNotVerified,
  missingDocuments,
  nextStep,
  nikPendingUntil,
  nikTakenKind,
  parseIpk,
  previousStep,
  problemText,
  profileBody,
  profileGaps,
  readyToSubmit,
  registrationBody,
  requirementText,
  resumeStep,
  validateRegistration,
} from '../../web/src/public/applicant-model';
import {
  afterLoginPath,
  clearSession,
  loginPath,
  readPending,
  readSession,
  savePending,
  saveSession,
  sessionKey,
} from '../../web/src/public/applicant-session';

/**
 * The applicant pages' pure logic (web/src/public/applicant-*): the API's English field errors in
 * Indonesian (the NIK's part by part, as packages/core/src/recruitment/nik.ts words them), the
 * session per tenant apart from the staff app's, the forms' bodies and the wizard's steps.
 */
const id = APPLICANT_TEXT.id;
const en = APPLICANT_TEXT.en;
const kb = (n: number) => n.toLocaleString('id-ID');

/** Every NIK message of core, read from the checker itself, so a rewording there fails here. */
const nikMessages = (nik: string, birthDate?: string, gender?: 'L' | 'P') =>
  checkNik(nik, { birthDate, gender }).map((e) => fieldMessage(id, e));

describe('NIK field errors in Indonesian', () => {
  it('names each wrong part of the NIK', () => {
    expect(nikMessages('12345')).toEqual(['NIK harus 16 angka (sekarang 5 karakter).']);
    expect(nikMessages('9971015205980001')[0]).toBe(
      'Angka ke-1 dan ke-2 (kode provinsi) adalah 99, bukan kode provinsi Kemendagri.',
    );
    expect(nikMessages('1800015205980001')).toContain(
      'Angka ke-3 dan ke-4 (kode kabupaten/kota) tidak boleh 00.',
    );
    expect(nikMessages('1871005205980001')).toContain('Angka ke-5 dan ke-6 (kode kecamatan) tidak boleh 00.');
    expect(nikMessages('1871013505980001')[0]).toMatch(/^Angka ke-7 dan ke-8 \(tanggal lahir\) adalah 35/);
    expect(nikMessages('1871011213980001')[0]).toMatch(/^Angka ke-9 dan ke-10 \(bulan lahir\) adalah 13/);
    expect(nikMessages('1871013102980001')[0]).toMatch(/^Angka ke-7 sampai ke-12 \(310298\) bukan tanggal/);
    expect(nikMessages('1871015205980001', '1998-05-13', 'P')[0]).toBe(
      'Angka ke-7 sampai ke-12 NIK (520598) tidak sesuai dengan tanggal lahir yang diisi; seharusnya 530598.',
    );
    expect(nikMessages('1871015205980001', '1998-05-12', 'L')[0]).toMatch(/menandakan perempuan/);
    expect(nikMessages('1871011205980001', '1998-05-12', 'P')[0]).toMatch(/menandakan laki-laki/);
    expect(nikMessages('1871015205980000')).toEqual([
      'Angka ke-13 sampai ke-16 (nomor urut) tidak boleh 0000.',
    ]);
    // A valid one has nothing to say.
    expect(nikMessages('1871015205980001', '1998-05-12', 'P')).toEqual([]);
  });

  it('joins several messages at one path, maps the KK number and the other fields', () => {
    const errors = fieldErrorsOf(id, [
      ...checkNik('9971015205980000'),
      { path: 'kkNumber', message: 'must be 16 digits (it has 3 characters)' },
      { path: 'email', message: 'Invalid email address' },
      { path: 'phone', message: 'must be 8-15 digits, optionally starting with +' },
      { path: 'password', message: 'must be at least 10 characters' },
      { path: 'name', message: 'Too small: expected string to have >=1 characters' },
      { path: 'birthPlace', message: 'Too big: expected string to have <=100 characters' },
    ]);
    expect(errors.nik).toContain('kode provinsi');
    expect(errors.nik).toContain('nomor urut');
    expect(errors.kkNumber).toBe('Nomor KK harus 16 angka (sekarang 3 karakter).');
    expect(errors.email).toBe(id.emailInvalid);
    expect(errors.phone).toBe(id.phoneInvalid);
    expect(errors.password).toBe(id.passwordShort);
    expect(errors.name).toBe(id.fieldRequired);
    expect(errors.birthPlace).toBe('Paling banyak 100 karakter.');
    // No English leaks into the Indonesian texts.
    for (const text of Object.values(errors))
      expect(text).not.toMatch(/\b(digits|must|characters|Invalid)\b/);
  });

  it('reads the 409 of a NIK with an account, the code errors and the unverified login', () => {
    const taken = new PublicApiError(409, 'conflict', 'exists', [
      { path: 'nik', message: 'already has an account here' },
    ]);
    expect(isNikTaken(taken)).toBe(true);
    expect(fieldMessage(id, { path: 'nik', message: 'already has an account here' })).toBe(id.nikTaken);
    expect(fieldMessage(id, { path: 'code', message: 'is wrong or has expired; ask for a new code' })).toBe(
      id.codeWrong,
    );
    expect(fieldMessage(id, { path: 'code', message: 'must be the 6 digits from the email' })).toBe(
      id.codeFormat,
    );
    const unverified = new PublicApiError(
      403,
      'forbidden',
      'The email address of this account is not verified yet. Enter the code sent to it.',
    );
    expect(isNotVerified(unverified)).toBe(true);
    expect(isNotVerified(new PublicApiError(403, 'tenant-suspended', 'suspended'))).toBe(false);
  });

  it('reads the 409 of a NIK whose account still waits for its email, with the time it gives way', () => {
    const message = 'is waiting for its email to be verified until 2026-03-11T02:00:00.000Z';
    const pending = new PublicApiError(409, 'conflict', 'waiting', [{ path: 'nik', message }]);
    const taken = new PublicApiError(409, 'conflict', 'exists', [
      { path: 'nik', message: 'already has an account here' },
    ]);
    expect(nikTakenKind(pending)).toBe('pending');
    expect(nikTakenKind(taken)).toBe('account');
    expect(nikTakenKind(new PublicApiError(409, 'conflict', 'other'))).toBeNull();
    expect(nikPendingUntil(message)?.toISOString()).toBe('2026-03-11T02:00:00.000Z');
    expect(nikPendingUntil('is waiting for its email to be verified until besok')).toBeNull();

    const until = new Date('2026-03-11T02:00:00.000Z');
    const text = fieldMessage(id, { path: 'nik', message });
    expect(text).toBe(id.nikPending(until));
    expect(text).toMatch(/^NIK ini sudah didaftarkan dan menunggu verifikasi email\./);
    expect(text).toContain(
      new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeStyle: 'short' }).format(until),
    );
    expect(text).not.toMatch(/\b(waiting|verified|until)\b/);
    expect(fieldMessage(en, { path: 'nik', message })).toMatch(/can be registered again from /);
  });

  it('says "try later" on a 429, with the minutes when the server gives them', () => {
    expect(problemText(id, new PublicApiError(429, 'rate-limited', '', [], 600))).toBe(id.rateLimitedIn(10));
    expect(problemText(id, new PublicApiError(429, 'rate-limited', ''))).toBe(id.rateLimited);
    expect(problemText(id, new PublicApiError(0, 'network', ''))).toBe(id.network);
    expect(problemText(en, new PublicApiError(503, 'unavailable', ''))).toBe(en.serverError);
  });
});

describe('the applicant session', () => {
  const memory = () => {
    const m = new Map<string, string>();
    return {
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => void m.set(k, v),
      removeItem: (k: string) => void m.delete(k),
      keys: () => [...m.keys()],
    };
  };
  const now = new Date('2026-05-01T00:00:00Z');

  it('is kept per tenant under its own key, never the staff app’s', () => {
    const store = memory();
    saveSession('lampung', { token: 't1', expiresAt: '2026-05-01T08:00:00Z', name: 'Siti' }, store);
    expect(store.keys()).toEqual(['pamong.applicant.lampung']);
    expect(sessionKey('Lampung')).toBe('pamong.applicant.lampung');
    expect(readSession('lampung', now, store)).toEqual({
      token: 't1',
      expiresAt: '2026-05-01T08:00:00Z',
      name: 'Siti',
    });
    expect(readSession('palembang', now, store)).toBeNull();
    clearSession('lampung', store);
    expect(readSession('lampung', now, store)).toBeNull();
  });

  it('drops an expired or unreadable session', () => {
    const store = memory();
    saveSession('lampung', { token: 't1', expiresAt: '2026-04-30T23:59:59Z', name: 'Siti' }, store);
    expect(readSession('lampung', now, store)).toBeNull();
    expect(store.keys()).toEqual([]);
    store.setItem('pamong.applicant.lampung', '{not json');
    expect(readSession('lampung', now, store)).toBeNull();
  });

  it('hands the NIK from registration to the next page without putting it in the address', () => {
    const store = memory();
    savePending(
      'lampung',
      { nik: '1871015205980001', email: 's***@contoh.id', delivery: 'local-outbox' },
      store,
    );
    expect(readPending('lampung', store)?.delivery).toBe('local-outbox');
    expect(readPending('palembang', store)).toBeNull();
  });

  it('returns after the login only to the same tenant’s careers pages', () => {
    expect(loginPath('lampung', '/karier/lampung/abc')).toBe(
      '/karier/lampung/masuk?lanjut=%2Fkarier%2Flampung%2Fabc',
    );
    expect(afterLoginPath('lampung', '/karier/lampung/r1')).toBe('/karier/lampung/r1');
    expect(afterLoginPath('lampung', 'https://evil.example/karier/lampung')).toBe('/karier/lampung/saya');
    expect(afterLoginPath('lampung', '/karier/palembang/saya')).toBe('/karier/lampung/saya');
    expect(afterLoginPath('lampung', undefined)).toBe('/karier/lampung/saya');
  });
});

describe('the forms', () => {
  const filled = {
    nik: '1871 0152 0598 0001',
    kkNumber: '1871010101980007',
    name: ' Siti Rahmawati ',
    birthPlace: 'Bandar Lampung',
    birthDate: '1998-05-12',
    gender: 'P' as const,
    email: 'siti@contoh.id',
    phone: '0812-3456-7890',
    password: 'rahasia-pelamar-1',
    password2: 'rahasia-pelamar-1',
  };

  it('checks what the phone can before sending, and sends the KTP data trimmed', () => {
    expect(validateRegistration(filled, id)).toEqual({});
    expect(validateRegistration({ ...filled, password2: 'lain', name: '' }, id)).toEqual({
      name: id.fieldRequired,
      password2: id.passwordMismatch,
    });
    expect(validateRegistration({ ...filled, gender: '' }, id).gender).toBe(id.pickGender);
    const body = registrationBody(filled);
    expect(body).toMatchObject({ nik: '1871015205980001', name: 'Siti Rahmawati', phone: '081234567890' });
    expect(body).not.toHaveProperty('password2');
  });

  it('reads an IPK with a comma or a point, and builds the profile body', () => {
    expect(parseIpk('3,45')).toBe(3.45);
    expect(parseIpk('3.5')).toBe(3.5);
    expect(parseIpk('4,01')).toBeNull();
    expect(parseIpk('3,456')).toBeNull();
    const ok = profileBody(
      {
        diplomaName: 'Siti Rahmawati, S.A.P.',
        address: 'Jl. Teuku Umar 5',
        disability: 'no',
        disabilityNote: 'ignored',
        education: [
          {
            level: 'S1',
            major: 'Ilmu Administrasi Negara',
            institution: 'Unila',
            ipk: '3,45',
            graduationDate: '2020-08-30',
          },
        ],
      },
      3,
      id,
    );
    expect(ok.body).toEqual({
      version: 3,
      diplomaName: 'Siti Rahmawati, S.A.P.',
      address: 'Jl. Teuku Umar 5',
      disability: { status: false },
      education: [
        {
          level: 'S1',
          major: 'Ilmu Administrasi Negara',
          institution: 'Unila',
          ipk: 3.45,
          graduationDate: '2020-08-30',
        },
      ],
    });
    const bad = profileBody(
      {
        diplomaName: '',
        address: '',
        disability: '',
        disabilityNote: '',
        education: [{ level: '', major: '', institution: 'X', ipk: '5', graduationDate: '' }],
      },
      1,
      id,
    );
    expect(Object.keys(bad.errors ?? {}).sort()).toEqual([
      'education.0.graduationDate',
      'education.0.ipk',
      'education.0.level',
      'education.0.major',
    ]);
  });

  it('says what the profile lacks and whether its education fits the formasi', () => {
    const profile = { diplomaName: null, education: [], address: 'x', disability: null } as never;
    expect(profileGaps(profile)).toEqual(['diplomaName', 'education', 'disability']);
    const reqs = [{ level: 'S1', majors: ['Ilmu Administrasi Negara', 'Manajemen'] }];
    expect(educationMatches([{ level: 'S1', major: 'ilmu administrasi  negara' }], reqs)).toBe(true);
    expect(educationMatches([{ level: 'D3', major: 'Manajemen' }], reqs)).toBe(false);
    expect(educationMatches([{ level: 'S1', major: 'Apa saja' }], [{ level: 'S1', majors: [] }])).toBe(true);
  });
});

describe('the wizard', () => {
  const required = [
    { type: 'ijazah', label: 'Ijazah asli', formats: ['pdf' as const], maxKb: 800 },
    { type: 'ktp', label: 'KTP elektronik', formats: ['jpeg' as const, 'png' as const], maxKb: 200 },
  ];
  const doc = (type: string) => ({
    type,
    label: type,
    documentId: `d-${type}`,
    name: `${type}.pdf`,
    contentType: 'application/pdf',
    size: 1000,
    checkedAt: '2026-05-01T00:00:00Z',
  });

  it('resumes where the work is, or at the step in the address', () => {
    const fresh = { requiredDocuments: required, documents: [] };
    const half = { requiredDocuments: required, documents: [doc('ijazah')] };
    const full = { requiredDocuments: required, documents: [doc('ijazah'), doc('ktp')] };
    expect(resumeStep(fresh, null)).toBe('formasi');
    expect(resumeStep(half, undefined)).toBe('dokumen');
    expect(resumeStep(full, null)).toBe('ringkasan');
    expect(resumeStep(full, 'profil')).toBe('profil');
    expect(resumeStep(full, 'bogus')).toBe('ringkasan');
    expect(missingDocuments(half).map((d) => d.type)).toEqual(['ktp']);
    expect(nextStep('formasi')).toBe('profil');
    expect(nextStep('kirim')).toBeNull();
    expect(previousStep('formasi')).toBeNull();
    expect(readyToSubmit({ status: 'DRAFT', ...full })).toBe(true);
    expect(readyToSubmit({ status: 'DRAFT', ...half })).toBe(false);
    expect(readyToSubmit({ status: 'SUBMITTED', ...full })).toBe(false);
  });

  it('names each unmet requirement of a 422 in Indonesian', () => {
    const level = (l: string) => (l === 'S1' ? 'Sarjana (S-1)' : l);
    const text = (path: string, message: string) => requirementText(id, { path, message }, required, level);
    expect(text('education', "no education in the profile meets the formasi's: S1 (Manajemen)")).toBe(
      'Pendidikan: belum ada pendidikan di profil yang sesuai dengan formasi (Sarjana (S-1) (Manajemen)).',
    );
    expect(text('minIpk', 'an IPK of at least 3.00 is required; the best matching one is 2.80')).toBe(
      'IPK: dibutuhkan paling rendah 3.00; IPK Anda yang sesuai 2.80.',
    );
    expect(
      text('minIpk', 'an IPK of at least 3.00 is required, and the matching education has none'),
    ).toMatch(/belum berisi IPK/);
    expect(
      text('maxAge', 'the applicant is 36 on the reference date 2026-12-28; the formasi allows at most 35'),
    ).toBe('Usia: Anda berusia 36 tahun pada 2026-12-28; formasi ini paling tinggi 35 tahun.');
    expect(text('track', 'the disabilitas track needs a disability status in the profile')).toBe(
      id.reqDisability,
    );
    expect(
      text('track', "the putra-putri-daerah track needs a NIK issued in this region (its KTP's region code)"),
    ).toBe(id.reqRegion);
    expect(text('documents.ktp', 'KTP elektronik is not uploaded yet')).toBe(
      'Dokumen: KTP elektronik belum diunggah.',
    );
  });

  it('reads a 409 on createApplication as the application already made', () => {
    const err = new PublicApiError(409, 'conflict', 'one formasi per round', [
      { path: 'roundId', message: 'already applied in this round (application 01JAPP0000000000000000000A)' },
    ]);
    expect(existingApplicationId(err)).toBe('01JAPP0000000000000000000A');
    expect(existingApplicationId(new PublicApiError(409, 'conflict', 'closed'))).toBeNull();
  });
});

describe('documents', () => {
  const pdfOnly = { formats: ['pdf' as const], maxKb: 800 };
  const images = { formats: ['jpeg' as const, 'png' as const], maxKb: 200 };

  it('checks the picked file’s type, emptiness and size before the upload', () => {
    expect(contentTypeOf({ name: 'scan.PDF', type: '' })).toBe('application/pdf');
    expect(contentTypeOf({ name: 'foto.jpg', type: 'image/jpg' })).toBe('image/jpeg');
    expect(contentTypeOf({ name: 'cv.docx', type: 'application/vnd.openxmlformats' })).toBeNull();
    expect(
      checkPickedFile(id, { name: 'a.pdf', type: 'application/pdf', size: 1000 }, pdfOnly, kb),
    ).toBeNull();
    expect(checkPickedFile(id, { name: 'a.png', type: 'image/png', size: 1000 }, pdfOnly, kb)).toBe(
      'Dokumen ini harus berformat PDF.',
    );
    expect(checkPickedFile(id, { name: 'a.png', type: 'image/png', size: 0 }, images, kb)).toBe(id.docEmpty);
    expect(checkPickedFile(id, { name: 'a.png', type: 'image/png', size: 300 * 1024 }, images, kb)).toBe(
      'Berkas 300 KB, lebih besar dari batas 200 KB.',
    );
  });

  it('shows the server’s refusal of a document in Indonesian', () => {
    const refused = (path: string, message: string) =>
      documentRefusal(id, new PublicApiError(400, 'validation', '', [{ path, message }]), pdfOnly, kb);
    expect(refused('document', 'the uploaded file is not a PDF file')).toMatch(/^Isi berkas bukan PDF/);
    expect(refused('document', 'the uploaded file is empty')).toBe(id.docEmpty);
    expect(refused('document', 'the uploaded file has 900000 bytes, more than the 819200 allowed')).toBe(
      'Berkas 879 KB, lebih besar dari batas 800 KB.',
    );
    expect(refused('contentType', 'Ijazah must be PDF')).toBe('Dokumen ini harus berformat PDF.');
    expect(refused('size', 'Ijazah may be at most 800 KB')).toBe('Berkas paling besar 800 KB.');
    expect(refused('document', 'nothing was uploaded for this document yet')).toBe(id.docNothing);
    expect(documentRefusal(id, new PublicApiError(0, 'upload', ''), pdfOnly, kb)).toBe(id.docUploadFailed);
  });
});

describe('the objection to an exam result', () => {
  beforeEach(() => {
    api.calls.length = 0;
    api.state.status = 200;
    api.state.body = {};
  });

  const round = {
    id: 'r1',
    name: 'Seleksi CPNS 2026',
    objectionDays: 3,
    timeZone: 'Asia/Jakarta',
    formations: [],
  } as unknown as PublicRecruitmentRoundDetail;
  const version = (n: number, stage: string, publishedAt: string, results: object[]) =>
    ({ id: `ann${n}`, version: n, stage, publishedAt, results }) as unknown as PublicAnnouncement;
  const examRow = (registrationNumber: string, passed: boolean) => ({
    registrationNumber,
    name: 'x',
    passed,
  });
  // The SKD first announced at 09.00 WIB on 10 December; its window runs to the end of 13 December.
  const versions = [
    version(1, 'ADMINISTRATION', '2026-10-30T03:00:00.000Z', []),
    version(2, 'SKD', '2026-12-10T02:00:00.000Z', [examRow('A-1', false), examRow('B-2', true)]),
  ];
  const app = (registrationNumber: string, objections: object[] = []) =>
    ({
      id: 'app1',
      roundId: 'r1',
      status: 'MS',
      registrationNumber,
      reasons: [],
      requiredDocuments: [],
      objections,
    }) as unknown as Application;
  const form = (a: Application, now: string, stage: 'SKD' | 'SKB' = 'SKD') =>
    renderToString(
      h(ExamObjectionForm, {
        stage,
        token: 'tok',
        app: a,
        round,
        versions,
        now: new Date(now),
        onChanged: () => {},
        onExpired: () => false,
      }),
    );
  const t = ANNOUNCEMENT_TEXT.id;

  it('offers the SKD parts to a not-passed applicant within the window', () => {
    const html = form(app('A-1'), '2026-12-12T05:00:00Z');
    expect(html).toContain(t.examObjection.title.SKD);
    for (const part of ['twk', 'tiu', 'tkp']) {
      expect(html).toContain(`value="${part}"`);
      expect(html).toContain(t.examObjection.parts[part as 'twk']);
    }
    expect(html).not.toContain('value="interview"');
    expect(html).toContain(t.submitObjection);
    expect(html).not.toContain('type="file"');
  });

  it('offers nothing to an applicant who passed, to an SKB not announced, or once filed', () => {
    expect(form(app('B-2'), '2026-12-12T05:00:00Z')).toBe('');
    expect(form(app('A-1'), '2026-12-12T05:00:00Z', 'SKB')).toBe('');
    const filed = {
      stage: 'SKD',
      filedAt: '2026-12-11T00:00:00Z',
      note: 'n',
      disputed: ['twk'],
      decision: null,
    };
    expect(form(app('A-1', [filed]), '2026-12-12T05:00:00Z')).toBe('');
  });

  it('says when the window is closed, without the form', () => {
    const html = form(app('A-1'), '2026-12-13T17:00:00Z');
    expect(html).toContain('Masa sanggah sudah berakhir');
    expect(html).not.toContain('<form');
  });

  it('sends { stage: SKD, disputed: [twk], note } with the applicant’s token', async () => {
    api.state.status = 201;
    api.state.body = { id: 'app1', objections: [{ stage: 'SKD', disputed: ['twk'] }] };
    const body = objectionBody('SKD', ['twk'], ' Nilai TWK saya tercatat 0, padahal saya hadir. ');
    await submitObjection('tok', 'app1', body.stage, body.disputed, body.note);
    expect(api.calls.at(-1)).toEqual({
      method: 'POST',
      path: '/v1/recruitment/me/applications/app1/objections',
      body: { stage: 'SKD', disputed: ['twk'], note: 'Nilai TWK saya tercatat 0, padahal saya hadir.' },
      authorization: 'Bearer tok',
    });
  });

  it('shows the API’s 409 in Indonesian', async () => {
    // The refusal exactly as core words it, for an applicant who passed the SKD.
    let detail = '';
    try {
      applyApplicationEvent(
        {
          status: 'MS',
          submittedAt: '2026-10-01T00:00:00Z',
          reasons: [],
          objections: [],
          examPassed: { SKD: true },
        },
        { type: 'object', at: '2026-12-11T00:00:00Z', stage: 'SKD', note: 'n', disputed: ['twk'] },
        {
          timeZone: 'Asia/Jakarta',
          objectionDays: 3,
          objectionDecisionDays: 7,
          registrationOpensAt: '2026-09-01T00:00:00Z',
          registrationClosesAt: '2026-09-30T00:00:00Z',
          announcedAt: { SKD: '2026-12-10T02:00:00Z' },
        },
      );
    } catch (err) {
      if (err instanceof AppError) detail = err.message;
    }
    expect(detail).toMatch(/^Only an applicant who did not pass the SKD may object/);
    api.state.status = 409;
    api.state.body = {
      type: 'https://pamong.test/problems/conflict',
      title: 'Conflict',
      status: 409,
      detail,
    };
    const err = await submitObjection('tok', 'app1', 'SKD', ['twk'], 'n').catch((e) => e);
    expect(err).toBeInstanceOf(PublicApiError);
    const refusal = objectionRefusal(err);
    expect(refusal).toBe('notFailed');
    expect(t.refusal[refusal ?? 'other']).toBe(
      'Sanggah hasil ujian hanya untuk peserta yang dinyatakan tidak lulus pada tahap itu.',
    );
    expect(ANNOUNCEMENT_TEXT.en.refusal.notFailed).toMatch(/did not pass/);
  });
});
