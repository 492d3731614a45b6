import { BatchWriteCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { BERAKHLAK_VALUES, ROLES, type Role, type TenantRole } from '@pamong/core';
import { clearAttendanceConfigCache } from '@pamong/db';
import * as recruitmentRoundsRepo from '@pamong/db/repos/recruitment/rounds';
import * as recruitmentScoreImportsRepo from '@pamong/db/repos/recruitment/score-imports';
import { clearAccountCache, clearTenantCache } from '@pamong/http';
import { createTenantViaApi, createTestApi, PASSWORD, type TestApi } from './app';
import { employeeBody } from './personnel';
import { register } from './soft-authenticator';

/**
 * The world the route-table harness and the bench act on: one API on one table, two tenants made
 * through the API, each with an agency, a parent unit with a child unit under it, one account per
 * role that lives in a tenant (the tenant admin is the first admin made with the tenant; the
 * applicant registers through the public routes with the code from the local outbox), a second
 * agency with records and an agency admin of its own, plus the platform admin. It does not use
 * vitest, so the bench can build it around its own DynamoDB Local.
 */
export interface Account {
  id: string;
  username: string;
  name: string;
  token: string;
}

/** Every role whose accounts live in a tenant: all of `ROLES` but the platform admin. */
export type TenantAccountRole = Exclude<Role, 'platform-admin'>;
export const TENANT_ACCOUNT_ROLES: readonly TenantAccountRole[] = ROLES.filter(
  (r): r is TenantAccountRole => r !== 'platform-admin',
);

export interface TenantFixture {
  id: string;
  slug: string;
  name: string;
  agency: { id: string; name: string };
  parentUnit: { id: string; name: string };
  unit: { id: string; name: string };
  /** One account per role of `ROLES` that lives in a tenant; staff accounts are in `agency`. */
  users: Record<TenantAccountRole, Account>;
  /** Personnel: see `buildPersonnel` for what each entity is there for. */
  personnel: PersonnelFixture;
  /** Two survey units (the first has two code batches and two responses with a suggestion). */
  survey: {
    unit: { id: string; name: string; shortCode: string };
    otherUnit: { id: string; name: string };
    responseId: string;
    suggestion: string;
  };
  /** A second agency with records of every kind an id route names, and its own agency admin. */
  secondAgency: SecondAgencyFixture;
  /**
   * A work location of the first agency (the target of `{locationId}`), a fixed work schedule, and
   * the fixture employee's pending off-site duty and izin (the targets of `{requestId}`).
   */
  attendance: {
    locationId: string;
    scheduleId: string;
    /** A shift schedule (the target of rosters). */
    shiftScheduleId: string;
    dutyId: string;
    permissionId: string;
    /** The fixture employee's leave, waiting for the supervisor's recommendation (`{requestId}` on leave routes). */
    leaveId: string;
    /** A Plh standing in for the supervisor (the tenant's PYBMC). */
    delegationId: string;
    /** The fixture employee's passkey (a software authenticator's), the target of `{passkeyId}`. */
    passkeyId: string;
  };
  /** Performance (issue 14): see `buildPerformance`. */
  performance: PerformanceFixture;
  /** Recruitment (issue 12): see `buildRecruitment`. */
  recruitment: RecruitmentFixture;
}

/**
 * A published selection round whose registration opens in a month (so formasi may still be added
 * and changed), with a formasi of each agency, and a draft round with one formasi (the target of
 * `publishRecruitmentRound`, and the second page of `listRecruitmentRounds`).
 */
export interface RecruitmentFixture {
  /**
   * A published round whose registration has closed (moved into the past after publication), with
   * a formasi of each agency, nobody applied, and its ADMINISTRATION announcement.
   */
  roundId: string;
  draftRoundId: string;
  /**
   * A round open for registration now, with a formasi of each agency and a submitted application
   * to each: the first agency's by the fixture applicant (the target of `{applicationId}`, with its
   * ijazah as `{documentId}`), the second's by another applicant.
   */
  openRoundId: string;
  /** The first agency's formasi of `openRoundId`. */
  openFormationId: string;
  applicationId: string;
  applicationDocumentId: string;
  secondApplicationId: string;
  secondApplicationDocumentId: string;
  /** The fixture applicant's registration number and the signature its proof carries. */
  registrationNumber: string;
  proofSignature: string;
  /** The ADMINISTRATION announcement of `roundId` (no applications yet: an empty result). */
  announcementId: string;
  /** The first agency's formasi of `roundId` (its vacant position, the fixture unit). */
  formationId: string;
  /**
   * The older of two SKD score import jobs of `roundId` (`{jobId}` on the score-import routes; two,
   * so `listExamScoreImports` has a second page), pending: no file uploaded.
   */
  scoreJobId: string;
  /** The second agency's formasi of `roundId`, added by its admin. */
  secondFormationId: string;
}

export interface PerformanceFixture {
  period: { start: string; end: string };
  ownSkpId: string;
  teamSkpId: string;
  /** The first item of `teamSkpId`. */
  teamItemId: string;
  /** Whom a generated 360 round is about (the CPNS, a peer of the fixture employee). */
  roundSubjectId: string;
  /**
   * A 360 round the caller opened (its summary and round routes), and one they rate (the answers
   * route; nobody has answered it, so a generated answer is taken).
   */
  roundId: string;
  ratedRoundId: string;
  /**
   * `roundId` has been answered by its three raters, all peers, so its peer group reaches the
   * default minimum (3) and its summary shows averages and these comments. The supervisor's account
   * is one of them; `accounts` are the other two's (the CPNS's and the first retiring PNS's), made
   * for it. The 360 anonymity check calls every 360 route as them too.
   */
  roundAnswers: { accounts: Account[]; comments: string[] };
  /** A document that a realisation of `teamSkpId` names as evidence. */
  documentId: string;
  second: {
    ownSkpId: string;
    teamSkpId: string;
    teamItemId: string;
    roundId: string;
    ratedRoundId: string;
    documentId: string;
  };
}

/**
 * The second agency of a tenant: the agency-scope check asks its admin for the first agency's
 * records (expecting 403/404), and for these, its own, as the control that the admin can act at all.
 */
export interface SecondAgencyFixture {
  agency: { id: string; name: string };
  unit: { id: string; name: string };
  /** The agency admin of this agency, linked to `employee`. */
  admin: Account;
  /** An employee account of this agency, linked to `cpns`: the target of `{userId}` routes. */
  staff: Account;
  /** A PNS with a mentor profile, enrolled in the first training (the target of `{employeeId}` routes). */
  employee: { id: string; name: string; nip: string };
  /** A CPNS, the mentee of `mentorshipId`. */
  cpns: { id: string; name: string; nip: string };
  /** A vacant position of this agency. */
  position: { id: string; name: string };
  mentorshipId: string;
  /** Proposed by `staff`. */
  correctionId: string;
  correctionReason: string;
  /** Made by `admin`, so it belongs to this agency. */
  jobId: string;
  /** A work location of this agency. */
  locationId: string;
  /** `staff`'s pending off-site duty and izin. */
  dutyId: string;
  permissionId: string;
  /** `staff`'s leave and a Plh for this agency's mentor, made by its admin. */
  leaveId: string;
  delegationId: string;
  /** The admin's own passkey. */
  passkeyId: string;
  survey: {
    unit: { id: string; name: string; shortCode: string };
    responseId: string;
    suggestion: string;
  };
}

export interface PersonnelFixture {
  /** The employee account's own record (PNS, III/b): the target of every `{employeeId}` route. */
  employee: { id: string; name: string; nip: string };
  /** The supervisor's record; a mentor, placed in the first position. */
  supervisor: { id: string; name: string };
  /** A CPNS: the mentee of the mentorships and of mentor suggestions. */
  cpns: { id: string; name: string };
  /** Two PNS who retire within 12 months and may be promoted. */
  retiring: { id: string; name: string }[];
  competencies: { code: string; name: string }[];
  /** The first holds the supervisor; the second is vacant (placements go there). */
  positions: { id: string; name: string }[];
  /** The first has the employee and the CPNS enrolled. */
  trainings: { id: string; title: string }[];
  mentorshipId: string;
  correctionId: string;
  correctionReason: string;
  jobId: string;
}

/** The NIP, birth date, gender and TMT CPNS every generated employee body uses (the fixture employee's). */
export const FIXTURE_EMPLOYEE = { birthDate: '1986-09-26', tmtCpns: '2015-05-01', gender: 'L' as const };

export interface Fixtures {
  t: TestApi;
  platformToken: string;
  a: TenantFixture;
  b: TenantFixture;
}

/**
 * When an operation may be called by several roles, the harness and the bench act as the first of
 * these. It names every role of `ROLES` (the harness checks), so an operation open to a new role only
 * still has someone to act as.
 */
export const ROLE_PRIORITY: readonly Role[] = [
  'tenant-admin',
  'platform-admin',
  'agency-admin',
  'supervisor',
  'employee',
  'applicant',
];

const STAFF: Record<Exclude<TenantRole, 'tenant-admin'>, { username: string; label: string }> = {
  'agency-admin': { username: 'opd.admin', label: 'Admin OPD' },
  supervisor: { username: 'atasan', label: 'Atasan' },
  employee: { username: 'pegawai', label: 'Pegawai' },
};

async function ok(res: { status: number; body: any }, what: string, status = 201) {
  if (res.status !== status)
    throw new Error(`fixture: ${what} answered ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/**
 * `index` (0 for tenant A, 1 for B) offsets the NIP sequence numbers, so no NIP of one tenant's
 * fixture is also one of the other's: a NIP of tenant A in an answer to tenant B is then a leak.
 */
async function buildTenant(t: TestApi, slug: string, index: number): Promise<TenantFixture> {
  const { tenantId, tenant, adminToken: firstToken } = await createTenantViaApi(t, slug);
  let adminToken = firstToken;
  const agency = await ok(
    await t.call('POST', '/v1/agencies', { token: adminToken, body: { name: `Dinas Pendidikan ${slug}` } }),
    'createAgency',
  );
  const parentUnit = await ok(
    await t.call('POST', `/v1/agencies/${agency.id}/units`, {
      token: adminToken,
      body: { name: `Bidang SD ${slug}` },
    }),
    'createUnit (parent)',
  );
  const unit = await ok(
    await t.call('POST', `/v1/agencies/${agency.id}/units`, {
      token: adminToken,
      body: { name: `Seksi Kurikulum ${slug}`, parentUnitId: parentUnit.id },
    }),
    'createUnit (child)',
  );
  const personnel = await buildPersonnel(t, slug, adminToken, agency.id, unit.id, index * 100);
  const linked: Partial<Record<TenantRole, string>> = {
    employee: personnel.employee.id,
    supervisor: personnel.supervisor.id,
  };
  const me = await ok(await t.call('GET', '/v1/me', { token: adminToken }), 'getMe', 200);
  // The tenant admin is an employee too (a BKD official), so self-service routes answer them.
  await ok(
    await t.call('PATCH', `/v1/users/${me.user.id}`, {
      token: adminToken,
      body: {
        employeeId: personnel.retiring[1]!.id,
        version: (
          await ok(await t.call('GET', `/v1/users/${me.user.id}`, { token: adminToken }), 'getUser', 200)
        ).version,
      },
    }),
    'updateUser (link employee)',
    200,
  );
  adminToken = await t.loginAs(slug, 'admin');
  const users = {
    'tenant-admin': { id: me.user.id, username: 'admin', name: me.user.name, token: adminToken },
  } as Record<TenantAccountRole, Account>;
  await Promise.all(
    (
      Object.entries(STAFF) as [Exclude<TenantRole, 'tenant-admin'>, { username: string; label: string }][]
    ).map(async ([role, { username, label }]) => {
      const name = `${label} ${slug}`;
      const user = await ok(
        await t.call('POST', '/v1/users', {
          token: adminToken,
          body: {
            username,
            name,
            role,
            agencyId: agency.id,
            password: PASSWORD,
            ...(linked[role] ? { employeeId: linked[role] } : {}),
          },
        }),
        `createUser ${role}`,
      );
      users[role] = { id: user.id, username, name, token: await t.loginAs(slug, username) };
    }),
  );
  users.applicant = await createApplicant(t, tenantId, slug);
  await finishPersonnel(t, slug, users.employee.token, personnel);
  const survey = await buildSurveys(t, slug, adminToken, agency.id);
  // The fixture org has no managerial positions, so the tenant names its PYBMC: the tenant admin's
  // own record for every agency (so the harness's tenant admin decides leave), the supervisor for
  // the tenant admin's own leave (a PYBMC's leave goes to the next rule).
  const pybmc = [
    { agencyId: null, types: null, employeeId: personnel.retiring[1]!.id },
    { agencyId: null, types: null, employeeId: personnel.supervisor.id },
  ];
  const namePybmc = async (version: number, rules: unknown[]) =>
    ok(
      await t.call('PUT', '/v1/attendance/settings', { token: adminToken, body: { version, pybmc: rules } }),
      'updateAttendanceSettings (PYBMC)',
      200,
    );
  await namePybmc(0, pybmc);
  const secondAgency = await buildSecondAgency(
    t,
    slug,
    adminToken,
    personnel as PersonnelFixture,
    index * 100,
  );
  // The second agency's admin is its PYBMC, so it decides its own agency's leave and no other.
  await namePybmc(1, [
    { agencyId: secondAgency.agency.id, types: null, employeeId: secondAgency.employee.id },
    ...pybmc,
  ]);
  const attendance = await buildAttendance(
    t,
    adminToken,
    agency.id,
    users.employee.token,
    personnel as PersonnelFixture,
  );
  return {
    id: tenantId,
    slug,
    name: tenant.name,
    personnel: personnel as PersonnelFixture,
    agency: { id: agency.id, name: agency.name },
    parentUnit: { id: parentUnit.id, name: parentUnit.name },
    unit: { id: unit.id, name: unit.name },
    users,
    survey,
    secondAgency,
    attendance,
    performance: await buildPerformance(t, slug, index * 100, {
      adminToken,
      employeeToken: users.employee.token,
      supervisorToken: users.supervisor.token,
      agencyId: agency.id,
      parentUnitId: parentUnit.id,
      unitId: unit.id,
      leaderId: personnel.retiring[1]!.id,
      personnel: personnel as PersonnelFixture,
      second: secondAgency,
    }),
    recruitment: await buildRecruitment(t, slug, {
      tenantId,
      applicantToken: users.applicant.token,
      adminToken,
      secondAdminToken: secondAgency.admin.token,
      positionId: personnel.positions![1]!.id,
      unitId: unit.id,
      second: { positionId: secondAgency.position.id, unitId: secondAgency.unit.id },
    }),
  };
}

/** A wall-clock time in the fixture tenants' zone (Asia/Jakarta, UTC+7), `days` from now. */
const jakartaIn = (days: number) =>
  new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 16);

async function buildRecruitment(
  t: TestApi,
  slug: string,
  o: {
    tenantId: string;
    applicantToken: string;
    adminToken: string;
    secondAdminToken: string;
    positionId: string;
    unitId: string;
    second: { positionId: string; unitId: string };
  },
): Promise<RecruitmentFixture> {
  const post = async (path: string, body: unknown, what: string, token = o.adminToken, status = 201) =>
    ok(await t.call('POST', path, { token, body }), what, status);
  const round = async (name: string, kind: 'CPNS' | 'PPPK') =>
    post(
      '/v1/recruitment/rounds',
      {
        name,
        kind,
        year: 2026,
        registrationOpensAt: jakartaIn(30),
        registrationClosesAt: jakartaIn(60),
        referenceDate: jakartaIn(30).slice(0, 10),
      },
      'createRecruitmentRound',
    );
  const formation = async (roundId: string, place: { positionId: string; unitId: string }, token?: string) =>
    post(
      `/v1/recruitment/rounds/${roundId}/formations`,
      {
        ...place,
        openings: 2,
        track: 'umum',
        educationRequirements: [{ level: 'S1', majors: ['Ilmu Komputer'] }],
        maxAge: 35,
        requiredDocuments: [{ type: 'ijazah', label: 'Ijazah', formats: ['pdf'], maxKb: 1024 }],
      },
      'addFormation',
      token,
    );
  const published = await round(`Seleksi CPNS ${slug}`, 'CPNS');
  const own = { positionId: o.positionId, unitId: o.unitId };
  const first = await formation(published.id, own);
  const second = await formation(published.id, o.second, o.secondAdminToken);
  await post(
    `/v1/recruitment/rounds/${published.id}/publish`,
    { version: published.version },
    'publishRecruitmentRound',
    o.adminToken,
    200,
  );
  const draft = await round(`Seleksi PPPK ${slug}`, 'PPPK');
  await formation(draft.id, own);

  // A round open now (made and published after its opening: formasi first, then publication).
  const open = await post(
    '/v1/recruitment/rounds',
    {
      name: `Seleksi CPNS terbuka ${slug}`,
      kind: 'CPNS',
      year: 2026,
      registrationOpensAt: jakartaIn(-1),
      registrationClosesAt: jakartaIn(30),
      referenceDate: jakartaIn(-1).slice(0, 10),
    },
    'createRecruitmentRound (open)',
  );
  const openFirst = await formation(open.id, own);
  const openSecond = await formation(open.id, o.second, o.secondAdminToken);
  await post(
    `/v1/recruitment/rounds/${open.id}/publish`,
    { version: open.version },
    'publishRecruitmentRound',
    o.adminToken,
    200,
  );
  const apply = async (token: string, formationId: string) => {
    const app = await post(
      '/v1/recruitment/me/applications',
      { roundId: open.id, formationId },
      'createApplication',
      token,
    );
    const upload = await post(
      `/v1/recruitment/me/applications/${app.id}/uploads`,
      { type: 'ijazah', name: 'ijazah.pdf', contentType: 'application/pdf', size: 24 },
      'requestApplicationUpload',
      token,
    );
    await ok(
      await t.call('PUT', upload.upload.url, {
        body: new TextEncoder().encode('%PDF-1.4 ijazah fixture'),
        headers: upload.upload.headers,
      }),
      'PUT the ijazah',
      200,
    );
    const confirmed = await post(
      `/v1/recruitment/me/applications/${app.id}/documents/${upload.documentId}/confirm`,
      undefined,
      'confirmApplicationDocument',
      token,
      200,
    );
    const submitted = await post(
      `/v1/recruitment/me/applications/${app.id}/submit`,
      { version: confirmed.application.version },
      'submitApplication',
      token,
      200,
    );
    return {
      id: app.id as string,
      documentId: upload.documentId as string,
      registrationNumber: submitted.registrationNumber as string,
    };
  };
  const mine = await apply(o.applicantToken, openFirst.id);
  const other = await createApplicant(t, o.tenantId, slug, 1);
  const secondApp = await apply(other.token, openSecond.id);
  const proof = await t.call('GET', `/v1/recruitment/me/applications/${mine.id}/proof`, {
    token: o.applicantToken,
  });
  const proofSignature = /sig=([A-Za-z0-9_-]+)/.exec(String(proof.body))?.[1];
  if (!proofSignature) throw new Error(`fixture: the proof has no signed link (${proof.status})`);
  // The ADMINISTRATION result comes after registration closes. The published round's registration
  // is moved into the past as if its weeks had gone by (the repository's own update; the service
  // would refuse to move an open registration), and nobody applied: an empty result.
  const fixtureActor = {
    tenantId: o.tenantId,
    sub: `fixture-admin-${slug}`,
    role: 'tenant-admin',
    requestId: 'fixture',
  };
  const stored = await recruitmentRoundsRepo.getRound(t.store, o.tenantId, published.id, true);
  await recruitmentRoundsRepo.updateRound(
    t.store,
    fixtureActor,
    stored,
    {
      ...stored,
      registrationOpensAt: jakartaIn(-30),
      registrationClosesAt: jakartaIn(-1),
      referenceDate: jakartaIn(-30).slice(0, 10),
      version: stored.version + 1,
    },
    new Date(),
  );
  const announcement = await post(
    '/v1/recruitment/announcements',
    { roundId: published.id, stage: 'ADMINISTRATION', note: 'Belum ada pelamar' },
    'publishAnnouncement',
  );
  // The round takes SKD scores only after its after-objection announcement, days away: the jobs
  // are written as importExamScores writes them, so the score-import routes have records to read.
  const scoreJobIds: string[] = [];
  for (const n of [1, 2]) {
    const job = await recruitmentScoreImportsRepo.createScoreImportJob(
      t.store,
      fixtureActor,
      published.id,
      { fileName: `nilai-skd-${slug}-${n}.csv`, format: 'csv', stage: 'SKD' },
      new Date(),
    );
    scoreJobIds.push(job.id);
  }
  return {
    roundId: published.id,
    draftRoundId: draft.id,
    openRoundId: open.id,
    openFormationId: openFirst.id,
    registrationNumber: mine.registrationNumber,
    proofSignature,
    announcementId: announcement.id,
    applicationId: mine.id,
    applicationDocumentId: mine.documentId,
    secondApplicationId: secondApp.id,
    secondApplicationDocumentId: secondApp.documentId,
    formationId: first.id,
    secondFormationId: second.id,
    scoreJobId: scoreJobIds[0]!,
  };
}

/**
 * Performance management (issue 14) needs an org with leaders: authority over an SKP comes from the
 * org structure (the appraiser is the direct superior). Built last, after the attendance and leave
 * fixtures: each agency gets a head (Kepala Dinas, JPT, in a unit above), and the account holders the
 * harness acts as become leaders where they work, so the tenant admin's record heads the fixture unit
 * (appraising the fixture employee) and the second agency's admin heads its unit (appraising its
 * staff). Each side then has an SKP of its own (a draft with items: the owner's routes) and an
 * approved SKP of a subordinate (the appraiser's routes).
 */
async function buildPerformance(
  t: TestApi,
  slug: string,
  nipOffset: number,
  o: {
    adminToken: string;
    employeeToken: string;
    supervisorToken: string;
    agencyId: string;
    parentUnitId: string;
    unitId: string;
    leaderId: string;
    personnel: PersonnelFixture;
    second: SecondAgencyFixture;
  },
) {
  const { adminToken } = o;
  const call = async (
    method: string,
    path: string,
    body: unknown,
    what: string,
    status = 201,
    token = adminToken,
  ) => ok(await t.call(method, path, { token, body }), what, status);
  const position = (agencyId: string, unitId: string, name: string, type: string, positionClass: number) =>
    call(
      'POST',
      '/v1/positions',
      {
        agencyId,
        unitId,
        name,
        type,
        positionClass,
        requiredEducation: { levels: ['S1', 'S2'], majors: [] },
        requiredCompetencies: [],
        seats: 1,
      },
      `createPosition (${name})`,
    );
  const head = async (agencyId: string, unitId: string, name: string, sequence: number) => {
    const p = await position(agencyId, unitId, `Kepala ${name}`, 'JPT_PRATAMA', 14);
    const body = employeeBody({
      agencyId,
      unitId,
      name: `Kepala ${name}`,
      sequence: sequence + nipOffset,
      positionId: p.id,
    });
    return call('POST', '/v1/employees', body, 'createEmployee (agency head)');
  };
  const lead = async (agencyId: string, unitId: string, employeeId: string, name: string) => {
    const p = await position(agencyId, unitId, name, 'ADMINISTRATOR', 12);
    const current = await ok(
      await t.call('GET', `/v1/employees/${employeeId}`, { token: adminToken }),
      'getEmployee',
      200,
    );
    await call(
      'POST',
      `/v1/employees/${employeeId}/placements`,
      {
        agencyId,
        unitId,
        positionId: p.id,
        tmt: `${new Date().getUTCFullYear()}-01-02`,
        reason: 'Pelantikan pejabat administrator',
        justification: 'Pejabat lama purna tugas; dilantik oleh kepala daerah.',
        version: current.version,
      },
      'recordPlacement (lead)',
    );
  };
  await head(o.agencyId, o.parentUnitId, `Dinas Pendidikan ${slug}`, 40);
  await lead(o.agencyId, o.unitId, o.leaderId, `Kepala Bidang ${slug}`);
  const s = o.second;
  const sekretariat = await call(
    'POST',
    `/v1/agencies/${s.agency.id}/units`,
    { name: `Sekretariat Kesehatan ${slug}` },
    'createUnit (second agency head)',
  );
  const secondHead = await head(s.agency.id, sekretariat.id, `Dinas Kesehatan ${slug}`, 41);
  await lead(s.agency.id, s.unit.id, s.employee.id, `Kepala Seksi Gizi ${slug}`);

  const year = new Date().getUTCFullYear();
  const period = { start: `${year}-01`, end: `${year}-12` };
  const items = (who: string) =>
    [1, 2].map((n) => ({
      text: `Hasil kerja ${n} ${who}`,
      indicators: [
        { text: `Indikator ${n} ${who}`, target: { kind: 'quantity', value: 12, unit: 'laporan' } },
      ],
    }));
  const draft = (token: string, who: string) =>
    call('POST', '/v1/performance/skps', { period, items: items(who) }, 'createSkp', 201, token);
  const approved = async (ownerToken: string, appraiserToken: string, who: string) => {
    const skp = await draft(ownerToken, who);
    const sent = await call(
      'POST',
      `/v1/performance/skps/${skp.id}/submit`,
      { version: skp.version },
      'submitSkpPlan',
      200,
      ownerToken,
    );
    const done = await call(
      'POST',
      `/v1/performance/skps/${skp.id}/approve`,
      { version: sent.version },
      'approveSkpPlan',
      200,
      appraiserToken,
    );
    return { id: done.id as string, itemId: done.items[0].id as string };
  };
  // Last year's too, so the tenant admin's own list has a second page.
  await call(
    'POST',
    '/v1/performance/skps',
    { period: { start: `${year - 1}-01`, end: `${year - 1}-12` }, items: items(`${slug} lalu`) },
    'createSkp (last year)',
  );
  const round = async (subjectId: string, raters: [string, string][], token = adminToken) =>
    (
      await call(
        'POST',
        '/v1/performance/feedback-rounds',
        {
          subject: { kind: 'employee', id: subjectId },
          period,
          raters: raters.map(([employeeId, relation]) => ({ employeeId, relation })),
          closesOn: `${year + 1}-01-31`,
        },
        'openFeedbackRound',
        201,
        token,
      )
    ).id as string;
  const p = o.personnel;
  const leader = o.leaderId;
  // The fixture employee's round, opened by the tenant admin (their appraiser), rated by peers; and
  // two rounds the tenant admin rates as the superior (their forms list has a second page).
  const roundId = await round(p.employee.id, [
    [p.supervisor.id, 'peer'],
    [p.cpns.id, 'peer'],
    [p.retiring[0]!.id, 'peer'],
  ]);
  const ratedRoundId = await round(p.supervisor.id, [
    [leader, 'superior'],
    [p.employee.id, 'peer'],
    [p.cpns.id, 'peer'],
  ]);
  await round(p.cpns.id, [
    [leader, 'superior'],
    [p.employee.id, 'peer'],
  ]);
  const roundAnswers = await answerRound(t, slug, roundId, { ...o, peerIds: [p.cpns.id, p.retiring[0]!.id] });
  const team = await approved(o.employeeToken, adminToken, `pegawai ${slug}`);
  const secondTeam = await approved(s.staff.token, s.admin.token, `pegawai2 ${slug}`);
  // A realisation of the second quarter with a document as evidence (the target of `{documentId}`),
  // uploaded as the browser would. The generated realisations name the first quarter, so none drops it.
  const evidence = async (skp: { id: string; itemId: string }, token: string) => {
    const pdf = new TextEncoder().encode('%PDF-1.7 laporan triwulan II');
    const file = await call(
      'POST',
      `/v1/performance/skps/${skp.id}/documents`,
      { name: 'laporan-tw2.pdf', contentType: 'application/pdf', size: pdf.length },
      'createSkpEvidenceUpload',
      201,
      token,
    );
    await ok(
      await t.call('PUT', file.upload.url, { body: pdf, headers: file.upload.headers }),
      'upload',
      200,
    );
    await call(
      'POST',
      `/v1/performance/skps/${skp.id}/realisations`,
      {
        itemId: skp.itemId,
        period: { start: `${year}-04`, end: `${year}-06` },
        value: 3,
        evidence: [{ kind: 'document', documentId: file.documentId, name: 'laporan-tw2.pdf' }],
      },
      'recordSkpRealisation (document)',
      201,
      token,
    );
    return file.documentId as string;
  };
  const documentId = await evidence(team, o.employeeToken);
  const secondDocumentId = await evidence(secondTeam, s.staff.token);
  // The first quarter assessed for two of the tenant admin's team, and the parent unit and the
  // agency rated (lists of assessments and ratings with a second page).
  const q1 = { start: `${year}-01`, end: `${year}-03` };
  const other = await approved(o.supervisorToken, adminToken, `atasan ${slug}`);
  for (const skpId of [team.id, other.id])
    await call(
      'POST',
      '/v1/performance/assessments',
      { skpId, period: q1, hasilKerja: 'meets', perilaku: 'meets' },
      'assessSkp',
    );
  await call(
    'POST',
    '/v1/performance/org-ratings',
    { unitId: o.parentUnitId, agencyId: undefined, period: q1, predikat: 'BAIK' },
    'rateOrganisation (unit)',
  );
  await call(
    'POST',
    '/v1/performance/org-ratings',
    { agencyId: o.agencyId, period: q1, predikat: 'BAIK' },
    'rateOrganisation (agency)',
  );
  // The follow-up (issue 14 §4): an annual Kurang for the fixture employee and for the second
  // agency's CPNS leads each to coaching and a discipline referral (two rows: the tenant admin's
  // register has a second page); each gets a coaching plan and a recorded referral, the targets of
  // `{employeeId}/{year}` on the follow-up routes.
  const followUp = async (skpId: string, employeeId: string, token: string) => {
    await call(
      'POST',
      '/v1/performance/assessments',
      { skpId, period, hasilKerja: 'above', perilaku: 'below' },
      'assessSkp (annual)',
      201,
      token,
    );
    await call(
      'POST',
      '/v1/performance/coaching-plans',
      {
        employeeId,
        period,
        goals: [`Laporan tepat waktu ${slug}`],
        checkIns: [{ date: `${year}-01-01`, note: 'Rencana pembinaan' }],
      },
      'createCoachingPlan',
      201,
      token,
    );
    await call(
      'POST',
      '/v1/performance/referrals',
      { employeeId, year },
      'recordDisciplineReferral',
      201,
      token,
    );
  };
  await followUp(team.id, p.employee.id, adminToken);
  await followUp(secondTeam.id, s.cpns.id, s.admin.token);
  return {
    period,
    roundId,
    ratedRoundId,
    roundAnswers,
    /** The tenant admin's own SKP, a draft: the target of the owner's routes. */
    ownSkpId: (await draft(adminToken, slug)).id as string,
    /** The fixture employee's SKP, approved by the tenant admin (their appraiser). */
    teamSkpId: team.id,
    teamItemId: team.itemId,
    documentId,
    roundSubjectId: p.cpns.id,
    second: {
      ownSkpId: (await draft(s.admin.token, `opd2 ${slug}`)).id as string,
      teamSkpId: secondTeam.id,
      teamItemId: secondTeam.itemId,
      documentId: secondDocumentId,
      // The second agency's admin is the subject of one round and rates its staff member in another.
      roundId: await round(s.employee.id, [
        [s.cpns.id, 'subordinate'],
        [secondHead.id, 'superior'],
      ]),
      ratedRoundId: await round(s.cpns.id, [[s.employee.id, 'superior']]),
    },
  };
}

/**
 * The three peers of a round answer it: the supervisor (`supervisorToken`) and the two employees
 * `peerIds`, each given an employee account (made by the tenant admin) for it. Scores and comments
 * differ per rater.
 */
async function answerRound(
  t: TestApi,
  slug: string,
  roundId: string,
  o: { adminToken: string; supervisorToken: string; agencyId: string; peerIds: string[] },
): Promise<PerformanceFixture['roundAnswers']> {
  const { agencyId, supervisorToken, peerIds } = o;
  const accounts: Account[] = [];
  for (const [i, employeeId] of peerIds.entries()) {
    const username = `rekan${i + 1}`;
    const name = `Rekan Penilai ${i + 1} ${slug}`;
    const user = await ok(
      await t.call('POST', '/v1/users', {
        token: o.adminToken,
        body: { username, name, role: 'employee', agencyId, password: PASSWORD, employeeId },
      }),
      'createUser (360 rater)',
    );
    accounts.push({ id: user.id as string, username, name, token: await t.loginAs(slug, username) });
  }
  const comments = [
    `Selalu membantu rekan kerja ${slug}`,
    `Perlu lebih tepat waktu ${slug}`,
    `Komunikatif dan teliti ${slug}`,
  ];
  const tokens = [supervisorToken, ...accounts.map((a) => a.token)];
  for (const [i, token] of tokens.entries()) {
    const scores = Object.fromEntries(BERAKHLAK_VALUES.map((v, j) => [v, ((i + j) % 5) + 1]));
    await ok(
      await t.call('POST', `/v1/performance/feedback-rounds/${roundId}/answers`, {
        token,
        body: { scores, comment: comments[i] },
      }),
      'submitFeedback',
    );
  }
  return { accounts, comments };
}

/** A work location of the agency (Bandar Lampung, 100 m) and a fixed schedule on Perpres 21/2023. */
async function buildAttendance(
  t: TestApi,
  adminToken: string,
  agencyId: string,
  employeeToken: string,
  personnel: PersonnelFixture,
) {
  const location = await ok(
    await t.call('POST', '/v1/attendance/locations', {
      token: adminToken,
      body: { agencyId, name: 'Kantor Dinas', lat: -5.4294, lon: 105.2619, radiusM: 100 },
    }),
    'createWorkLocation',
  );
  const day = { start: '07:30', end: '16:00', breakMinutes: 60 };
  const schedule = await ok(
    await t.call('POST', '/v1/attendance/schedules', {
      token: adminToken,
      body: {
        kind: 'fixed',
        name: 'Jadwal kantor',
        week: { 1: day, 2: day, 3: day, 4: day, 5: { start: '07:30', end: '16:30', breakMinutes: 90 } },
      },
    }),
    'createWorkSchedule',
  );
  const shift = await ok(
    await t.call('POST', '/v1/attendance/schedules', {
      token: adminToken,
      body: { kind: 'shift', name: 'Jaga 24 jam' },
    }),
    'createWorkSchedule (shift)',
  );
  const { dutyId, permissionId } = await attendanceRequests(t, employeeToken);
  // The tenant admin (linked to an employee) has two of their own, so their list has a second page.
  await attendanceRequests(t, adminToken);
  await sickLeave(t, adminToken, 1);
  await sickLeave(t, adminToken, 2);
  return {
    locationId: location.id as string,
    scheduleId: schedule.id as string,
    shiftScheduleId: shift.id as string,
    dutyId,
    permissionId,
    leaveId: await sickLeave(t, employeeToken),
    delegationId: await plh(t, adminToken, personnel.supervisor.id, personnel.cpns.id),
    passkeyId: await softPasskey(t, employeeToken),
  };
}

/** A passkey of the caller, made by a software authenticator for the API's own origin. */
async function softPasskey(t: TestApi, token: string): Promise<string> {
  const options = await ok(
    await t.call('POST', '/v1/passkeys/registration-options', { token }),
    'startPasskeyRegistration',
    200,
  );
  const { response } = register(options.options, { origin: 'http://localhost', rpID: 'localhost' });
  const passkey = await ok(
    await t.call('POST', '/v1/passkeys', { token, body: { response, name: 'HP fixture' } }),
    'finishPasskeyRegistration',
  );
  return passkey.id as string;
}

/** A weekday three weeks or more ahead, so a one-day leave on it covers a working day and has not started. */
export function weekdayAhead(weeks = 3): string {
  const d = new Date(Date.now() + weeks * 7 * 86_400_000);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A one-day sick leave of the caller (no balance, no years of service needed), waiting for its first step. */
async function sickLeave(t: TestApi, token: string, weeksLater = 0): Promise<string> {
  const day = weekdayAhead(3 + weeksLater);
  // A doctor's note attached (the target of `{index}`), uploaded as the browser would.
  const note = new TextEncoder().encode('%PDF-1.4 surat keterangan sakit');
  const file = await ok(
    await t.call('POST', '/v1/attendance/leave/attachments', {
      token,
      body: { name: 'surat-dokter.pdf', contentType: 'application/pdf', size: note.length },
    }),
    'createLeaveAttachmentUpload',
  );
  await ok(await t.call('PUT', file.upload.url, { body: note, headers: file.upload.headers }), 'upload', 200);
  const leave = await ok(
    await t.call('POST', '/v1/attendance/leave/requests', {
      token,
      body: {
        type: 'SAKIT',
        startDate: day,
        endDate: day,
        reason: 'Demam',
        addressDuringLeave: 'Jl. Raden Intan 5, Bandar Lampung',
        attachments: [{ key: file.key, name: 'surat-dokter.pdf' }],
      },
    }),
    'requestLeave',
  );
  return leave.id as string;
}

/** A Plh for an official, over the coming month. */
async function plh(t: TestApi, token: string, principalId: string, delegateId: string): Promise<string> {
  const today = new Date().toISOString().slice(0, 10);
  const end = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const d = await ok(
    await t.call('POST', '/v1/attendance/leave/delegations', {
      token,
      body: { principalId, delegateId, kind: 'PLH', startDate: today, endDate: end },
    }),
    'createApprovalDelegation',
  );
  return d.id as string;
}

/** A pending off-site duty and a pending izin of an employee, on dates of this month. */
async function attendanceRequests(t: TestApi, token: string) {
  const today = new Date().toISOString().slice(0, 10);
  const duty = await ok(
    await t.call('POST', '/v1/attendance/offsite-duties', {
      token,
      body: { letterNumber: '800/123/SPT/2026', startDate: today, endDate: today, place: 'Kantor Gubernur' },
    }),
    'requestOffsiteDuty',
  );
  const permission = await ok(
    await t.call('POST', '/v1/attendance/permissions', {
      token,
      body: { kind: 'late-arrival', date: today, reason: 'Mengantar anak berobat' },
    }),
    'requestAttendancePermission',
  );
  return { dutyId: duty.id as string, permissionId: permission.id as string };
}

/** The fixture applicants' data as on their KTP (Bandar Lampung, 1871; the same NIK in both tenants). */
export const FIXTURE_APPLICANTS = [
  {
    nik: '1871014507950002',
    kkNumber: '1871010101010001',
    name: 'Siti Aminah',
    birthPlace: 'Bandar Lampung',
    birthDate: '1995-07-05',
    gender: 'P',
    phone: '081234567890',
  },
  {
    nik: '1871011203980001',
    kkNumber: '1871010101010002',
    name: 'Budi Santoso',
    birthPlace: 'Metro',
    birthDate: '1998-03-12',
    gender: 'L',
    phone: '081298765432',
  },
] as const;

/**
 * An applicant account, registered as applicants register (issue 12 §1): `registerApplicant`, the
 * code from the local outbox, `verifyApplicantEmail`, then a login with the NIK. The profile is
 * completed with an education that meets the fixture formasi (S1 Ilmu Komputer).
 */
async function createApplicant(t: TestApi, tenantId: string, slug: string, which = 0): Promise<Account> {
  const person = FIXTURE_APPLICANTS[which]!;
  const email = `pelamar${which}.${slug}@example.id`;
  const registered = await ok(
    await t.call('POST', `/v1/public/${slug}/applicants`, { body: { ...person, email, password: PASSWORD } }),
    'registerApplicant',
  );
  const code = t.deps.outbox.list(email).find((m) => m.tenantId === tenantId)?.code;
  await ok(
    await t.call('POST', `/v1/public/${slug}/applicants/verify`, { body: { nik: person.nik, code } }),
    'verifyApplicantEmail',
    200,
  );
  const token = await t.loginAs(slug, person.nik);
  const profile = await ok(
    await t.call('GET', '/v1/recruitment/me/profile', { token }),
    'getMyApplicantProfile',
    200,
  );
  await ok(
    await t.call('PATCH', '/v1/recruitment/me/profile', {
      token,
      body: {
        version: profile.version,
        diplomaName: `${person.name}, S.Kom.`,
        education: [
          {
            level: 'S1',
            major: 'Ilmu Komputer',
            institution: 'Universitas Lampung',
            ipk: 3.4,
            graduationDate: '2020-08-30',
          },
        ],
        address: 'Jl. Teuku Umar No. 1, Bandar Lampung',
        disability: { status: false },
      },
    }),
    'updateMyApplicantProfile',
    200,
  );
  return { id: registered.applicantId, username: person.nik, name: person.name, token };
}

/**
 * The second agency, its unit, two employees (a PNS mentor linked to its agency admin, a CPNS
 * mentee linked to an employee account), a vacant position, a mentorship, an enrolment in the
 * first (tenant-wide) training, a correction, an import job and a survey unit with a response.
 */
async function buildSecondAgency(
  t: TestApi,
  slug: string,
  adminToken: string,
  personnel: PersonnelFixture,
  nipOffset: number,
): Promise<SecondAgencyFixture> {
  const post = async (path: string, body: unknown, what: string, token = adminToken) =>
    ok(await t.call('POST', path, { token, body }), what);
  const agency = await post('/v1/agencies', { name: `Dinas Kesehatan ${slug}` }, 'createAgency (second)');
  const unit = await post(
    `/v1/agencies/${agency.id}/units`,
    { name: `Seksi Gizi ${slug}` },
    'createUnit (second agency)',
  );
  const position = await post(
    '/v1/positions',
    {
      agencyId: agency.id,
      unitId: unit.id,
      name: `Nutrisionis ${slug}`,
      type: 'PELAKSANA',
      positionClass: 7,
      requiredEducation: { levels: ['S1'], majors: [] },
      requiredCompetencies: [{ code: 'TEK-HARNESS-DATA', minLevel: 2 }],
      seats: 2,
    },
    'createPosition (second agency)',
  );
  const emp = async (name: string, o: Partial<Parameters<typeof employeeBody>[0]>) => {
    const e = await post(
      '/v1/employees',
      employeeBody({ agencyId: agency.id, unitId: unit.id, name, ...o }),
      'createEmployee (second agency)',
    );
    return { id: e.id as string, name: e.name as string, nip: e.nip as string };
  };
  const employee = await emp(`Dewi Kesehatan ${slug}`, {
    gender: 'P',
    birthDate: '1988-02-14',
    tmtCpns: '2012-03-01',
    rank: 'III/c',
    tmtRank: '2018-04-01',
    competencies: [{ code: 'TEK-HARNESS-DATA', level: 4 }],
    sequence: 1 + nipOffset,
  });
  const cpns = await emp(`Rina Cpns Kesehatan ${slug}`, {
    gender: 'P',
    employmentType: 'CPNS',
    birthDate: '2000-05-20',
    tmtCpns: `${new Date().getUTCFullYear() - 1}-02-01`,
    rank: 'III/a',
    sequence: 1 + nipOffset,
  });
  const account = async (username: string, name: string, role: TenantRole, employeeId: string) => {
    const user = await post(
      '/v1/users',
      { username, name, role, agencyId: agency.id, password: PASSWORD, employeeId },
      `createUser ${role} (second agency)`,
    );
    return { id: user.id as string, username, name, token: await t.loginAs(slug, username) };
  };
  const admin = await account('opd2.admin', `Admin OPD Kesehatan ${slug}`, 'agency-admin', employee.id);
  const staff = await account('pegawai2', `Pegawai Kesehatan ${slug}`, 'employee', cpns.id);
  await ok(
    await t.call('PUT', `/v1/mentoring/mentors/${employee.id}`, {
      token: adminToken,
      body: { offeredCompetencies: [{ code: 'TEK-HARNESS-DATA', level: 4 }], capacity: 5, active: true },
    }),
    'upsertMentorProfile (second agency)',
  );
  const mentorship = await post(
    '/v1/mentoring/relationships',
    {
      mentorEmployeeId: employee.id,
      menteeEmployeeId: cpns.id,
      startDate: '2025-06-02',
      goals: [`Memahami tugas gizi ${slug}`],
    },
    'createMentorship (second agency)',
  );
  await post(
    `/v1/trainings/${personnel.trainings[0]!.id}/enrollments`,
    { employeeId: employee.id },
    'enrollTraining (second agency)',
  );
  const correctionReason = `Nomor HP kantor berubah ${slug}`;
  const correction = await post(
    '/v1/personnel/me/corrections',
    { changes: { phone: '081234567809' }, reason: correctionReason },
    'proposeProfileCorrection (second agency)',
    staff.token,
  );
  const job = await post(
    '/v1/personnel/imports',
    { fileName: `pegawai-kesehatan-${slug}.xlsx`, format: 'xlsx' },
    'importEmployees (second agency)',
    admin.token,
  );
  const surveyUnit = await post(
    '/v1/surveys/units',
    {
      agencyId: agency.id,
      name: `Puskesmas Way Halim ${slug}`,
      serviceTypes: ['Imunisasi'],
      verification: 'optional',
    },
    'createSurveyUnit (second agency)',
  );
  const suggestion = `Saran rahasia kesehatan ${slug}`;
  const response = await ok(
    await t.call('POST', `/v1/public/${slug}/survey-units/${surveyUnit.id}/responses`, {
      body: {
        answers: { U1: 4, U2: 3, U3: 4, U4: 3, U5: 4, U6: 3, U7: 4, U8: 3, U9: 4 },
        respondent: { gender: 'L', age: 41, education: 'SMA', occupation: 'Wirausaha' },
        suggestion,
      },
    }),
    'submitSurveyResponse (second agency)',
  );
  return {
    agency: { id: agency.id, name: agency.name },
    unit: { id: unit.id, name: unit.name },
    admin,
    staff,
    employee,
    cpns,
    position: { id: position.id, name: position.name },
    mentorshipId: mentorship.id,
    correctionId: correction.id,
    correctionReason,
    jobId: job.job.id,
    ...(await attendanceRequests(t, staff.token)),
    leaveId: await sickLeave(t, staff.token),
    delegationId: await plh(t, admin.token, employee.id, cpns.id),
    passkeyId: await softPasskey(t, admin.token),
    locationId: (
      await post(
        '/v1/attendance/locations',
        { agencyId: agency.id, name: 'Kantor Dinas Kesehatan', lat: -5.4167, lon: 105.2547 },
        'createWorkLocation (second agency)',
      )
    ).id,
    survey: {
      unit: { id: surveyUnit.id, name: surveyUnit.name, shortCode: surveyUnit.shortCode },
      responseId: response.id,
      suggestion,
    },
  };
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Enough personnel data that every personnel list has a second page (limit 1) and every id names
 * something: two competencies, two positions, five employees, two trainings with enrolments, two
 * mentors with two mentorships (the first with two check-ins), and two import jobs. Corrections
 * need the employee's token, so `finishPersonnel` adds them once the accounts exist.
 */
async function buildPersonnel(
  t: TestApi,
  slug: string,
  token: string,
  agencyId: string,
  unitId: string,
  nipOffset: number,
): Promise<Omit<PersonnelFixture, 'correctionId' | 'correctionReason'>> {
  const call = async (path: string, body: unknown, what: string) =>
    ok(await t.call('POST', path, { token, body }), what);
  const levels = [1, 2, 3, 4, 5].map((level) => ({ level, description: `Level ${level} ${slug}` }));
  const competencies = [
    { code: 'TEK-HARNESS-DATA', name: `Analisis Data ${slug}`, group: 'teknis' },
    { code: 'MAN-HARNESS-KOMUNIKASI', name: `Komunikasi ${slug}`, group: 'manajerial' },
  ];
  for (const c of competencies) await call('/v1/competencies', { ...c, levels }, 'createCompetency');
  const positions: { id: string; name: string }[] = [];
  for (const name of [`Analis Kepegawaian ${slug}`, `Pranata Komputer ${slug}`]) {
    const p = await call(
      '/v1/positions',
      {
        agencyId,
        unitId,
        name,
        type: 'PELAKSANA',
        positionClass: 7,
        requiredEducation: { levels: ['S1'], majors: [] },
        requiredCompetencies: [{ code: 'TEK-HARNESS-DATA', minLevel: 2 }],
        seats: 3,
      },
      'createPosition',
    );
    positions.push({ id: p.id, name: p.name });
  }
  const emp = async (name: string, o: Partial<Parameters<typeof employeeBody>[0]>) => {
    const body = employeeBody({ agencyId, unitId, name, ...o, sequence: (o.sequence ?? 1) + nipOffset });
    const e = await call('/v1/employees', body, 'createEmployee');
    return { id: e.id as string, name: e.name as string, nip: e.nip as string };
  };
  const comps = [{ code: 'TEK-HARNESS-DATA', level: 2 }];
  const employee = await emp(`Budi Pegawai ${slug}`, {
    ...FIXTURE_EMPLOYEE,
    tmtRank: '2019-04-01',
    competencies: comps,
    email: `budi.${slug}@pemda.go.id`,
  });
  // A second history entry, so the history list has a second page.
  await ok(
    await t.call('PATCH', `/v1/employees/${employee.id}`, {
      token,
      body: {
        rank: 'III/c',
        tmtRank: '2020-04-01',
        history: { kind: 'career', tmt: '2020-04-01' },
        version: 1,
      },
    }),
    'updateEmployee',
    200,
  );
  const supervisor = await emp(`Siti Atasan ${slug}`, {
    gender: 'P',
    birthDate: '1985-03-12',
    tmtCpns: '2010-03-01',
    rank: 'III/d',
    tmtRank: '2016-04-01',
    positionId: positions[0]!.id,
    competencies: [{ code: 'TEK-HARNESS-DATA', level: 4 }],
  });
  const now = new Date();
  const cpns = await emp(`Andi Cpns ${slug}`, {
    employmentType: 'CPNS',
    birthDate: '1999-07-01',
    tmtCpns: `${now.getUTCFullYear() - 1}-02-01`,
    rank: 'III/a',
  });
  // Born 58 years before a date 2 and 4 months ahead: BUP 58 falls within the next 12 months.
  const retiring = [];
  for (const [i, months] of [2, 4].entries()) {
    const birth = new Date(Date.UTC(now.getUTCFullYear() - 58, now.getUTCMonth() + months, 15));
    retiring.push(
      await emp(`Hasan Purnabakti ${i} ${slug}`, {
        birthDate: isoDay(birth),
        tmtCpns: `${birth.getUTCFullYear() + 25}-03-01`,
        rank: 'IV/a',
        tmtRank: '2018-04-01',
        sequence: 2 + i,
      }),
    );
  }
  const trainings: { id: string; title: string }[] = [];
  for (const title of [`Pelatihan Analisis Data ${slug}`, `Pelatihan Pelayanan Publik ${slug}`]) {
    const tr = await call(
      '/v1/trainings',
      {
        title,
        type: 'TEKNIS',
        competencies: [{ code: 'TEK-HARNESS-DATA', level: 3 }],
        jp: 8,
        startDate: '2026-03-02',
        endDate: '2026-03-04',
        capacity: 10,
      },
      'createTraining',
    );
    trainings.push({ id: tr.id, title: tr.title });
  }
  for (const e of [employee, cpns])
    await call(`/v1/trainings/${trainings[0]!.id}/enrollments`, { employeeId: e.id }, 'enrollTraining');
  // The tenant admin's own record (linked below) has two enrolments: "my training" has a second page.
  for (const tr of trainings)
    await call(`/v1/trainings/${tr.id}/enrollments`, { employeeId: retiring[1]!.id }, 'enrollTraining');
  for (const m of [supervisor, retiring[0]!]) {
    await ok(
      await t.call('PUT', `/v1/mentoring/mentors/${m.id}`, {
        token,
        body: { offeredCompetencies: [{ code: 'TEK-HARNESS-DATA', level: 4 }], capacity: 5, active: true },
      }),
      'upsertMentorProfile',
    );
  }
  let mentorshipId = '';
  for (const mentor of [supervisor, retiring[0]!]) {
    const m = await call(
      '/v1/mentoring/relationships',
      {
        mentorEmployeeId: mentor.id,
        menteeEmployeeId: cpns.id,
        startDate: '2025-06-02',
        goals: [`Memahami tugas pokok ${slug}`],
      },
      'createMentorship',
    );
    mentorshipId ||= m.id;
  }
  // Two check-ins on the first, so its check-in list has a second page.
  for (const date of ['2025-07-01', '2025-08-05'])
    await call(
      `/v1/mentoring/relationships/${mentorshipId}/check-ins`,
      { date, note: `Pertemuan bulanan ${date} ${slug}` },
      'addMentoringCheckIn',
    );
  let jobId = '';
  for (const fileName of [`pegawai-${slug}-1.xlsx`, `pegawai-${slug}-2.xlsx`]) {
    const j = await call('/v1/personnel/imports', { fileName, format: 'xlsx' }, 'importEmployees');
    jobId ||= j.job.id;
  }
  return { employee, supervisor, cpns, retiring, competencies, positions, trainings, mentorshipId, jobId };
}

/** Two pending corrections proposed by the employee (the correction list needs a second page). */
async function finishPersonnel(
  t: TestApi,
  slug: string,
  employeeToken: string,
  p: Partial<PersonnelFixture>,
): Promise<void> {
  p.correctionReason = `Nomor HP lama ${slug}`;
  for (const phone of ['081234567801', '081234567802']) {
    const c = await ok(
      await t.call('POST', '/v1/personnel/me/corrections', {
        token: employeeToken,
        body: { changes: { phone }, reason: p.correctionReason },
      }),
      'proposeProfileCorrection',
    );
    p.correctionId ||= c.id;
  }
}

/** Enough survey data that every survey list has a second page and every id names something. */
async function buildSurveys(t: TestApi, slug: string, token: string, agencyId: string) {
  await ok(
    await t.call('PUT', '/v1/surveys/settings', { token, body: { rateLimitPerHour: 100_000, version: 0 } }),
    'updateSurveySettings',
    200,
  );
  const [unit, otherUnit] = await Promise.all(
    [`Loket Disdukcapil ${slug}`, `Puskesmas Kedaton ${slug}`].map(async (name) =>
      ok(
        await t.call('POST', '/v1/surveys/units', {
          token,
          body: { agencyId, name, serviceTypes: ['KTP elektronik'], verification: 'optional' },
        }),
        'createSurveyUnit',
      ),
    ),
  );
  for (let i = 0; i < 2; i++) {
    await ok(
      await t.call('POST', `/v1/surveys/units/${unit.id}/service-codes`, { token, body: { count: 2 } }),
      'issueServiceCodes',
    );
  }
  const suggestion = `Saran rahasia ${slug}`;
  let responseId = '';
  for (let i = 0; i < 2; i++) {
    const res = await ok(
      await t.call('POST', `/v1/public/${slug}/survey-units/${unit.id}/responses`, {
        body: {
          answers: { U1: 3, U2: 4, U3: 2, U4: 4, U5: 3, U6: 3, U7: 4, U8: 2, U9: 3 },
          respondent: { gender: 'P', age: 34, education: 'D4-S1', occupation: 'Swasta' },
          suggestion: `${suggestion} ${i}`,
        },
      }),
      'submitSurveyResponse',
    );
    responseId = res.id;
  }
  return {
    unit: { id: unit.id, name: unit.name, shortCode: unit.shortCode },
    otherUnit: { id: otherUnit.id, name: otherUnit.name },
    responseId,
    suggestion,
  };
}

export async function setupFixtures(
  opts: { endpoint?: string; slugs?: [string, string] } = {},
): Promise<Fixtures> {
  const t = await createTestApi({ endpoint: opts.endpoint });
  const [slugA, slugB] = opts.slugs ?? ['harness-a', 'harness-b'];
  const platformToken = await t.platformToken();
  const [a, b] = await Promise.all([buildTenant(t, slugA, 0), buildTenant(t, slugB, 1)]);
  return { t, platformToken, a, b };
}

/**
 * A token for every role of `ROLES`: the tenant's account of that role, and the platform admin's.
 * Throws when a role has no fixture account, so a new role fails the harness until it gets one.
 */
export function tokensOf(fx: Fixtures, tenant: TenantFixture): Record<Role, string> {
  const out = {} as Record<Role, string>;
  for (const role of ROLES) {
    const token =
      role === 'platform-admin'
        ? fx.platformToken
        : (tenant.users as Partial<Record<Role, Account>>)[role]?.token;
    if (!token)
      throw new Error(
        `the fixtures hold no ${role} account in ${tenant.slug}: add one in buildTenant (tests/support/fixtures.ts)`,
      );
    out[role] = token;
  }
  return out;
}

/**
 * The value of every path parameter name, from one tenant's data. A new route whose path has a
 * parameter not listed here makes the harness fail until it is added: that is the only thing a new
 * route may need by hand.
 */
export function pathValuesFor(tenant: TenantFixture, path = ''): Record<string, string> {
  const month = new Date().toISOString().slice(0, 7);
  return {
    tenantId: tenant.id,
    tenant: tenant.slug,
    agencyId: tenant.agency.id,
    // `unitId` names an organisational unit, except on survey paths where it names a survey unit.
    unitId: /\/survey/.test(path) ? tenant.survey.unit.id : tenant.unit.id,
    userId: tenant.users.employee.id,
    responseId: tenant.survey.responseId,
    shortCode: tenant.survey.unit.shortCode,
    period: month.slice(0, 4),
    employeeId: tenant.personnel.employee.id,
    // The vacant position: a placement of the fixture employee there is a real move.
    positionId: tenant.personnel.positions[1]!.id,
    trainingId: tenant.personnel.trainings[0]!.id,
    mentorshipId: tenant.personnel.mentorshipId,
    correctionId: tenant.personnel.correctionId,
    // The employee import's job, or a score import job of the fixture round on its routes.
    jobId: path.includes('/score-imports/') ? tenant.recruitment.scoreJobId : tenant.personnel.jobId,
    // A day of the holiday calendar every tenant is created with (SKB 3 Menteri 2026).
    date: '2026-05-01',
    locationId: tenant.attendance.locationId,
    // A roster needs a shift schedule; everything else names the fixed one.
    scheduleId: path.endsWith('/rosters') ? tenant.attendance.shiftScheduleId : tenant.attendance.scheduleId,
    // `{requestId}` names an izin on the izin routes, a leave on the leave routes, and an off-site duty elsewhere.
    requestId: path.includes('/permissions/')
      ? tenant.attendance.permissionId
      : path.includes('/leave/')
        ? tenant.attendance.leaveId
        : tenant.attendance.dutyId,
    delegationId: tenant.attendance.delegationId,
    passkeyId: tenant.attendance.passkeyId,
    // The first attachment of the leave `{requestId}` names (a doctor's note).
    index: '0',
    skpId: skpFor(tenant.performance, path),
    documentId: path.includes('/recruitment/')
      ? tenant.recruitment.applicationDocumentId
      : tenant.performance.documentId,
    applicationId: tenant.recruitment.applicationId,
    registrationNumber: tenant.recruitment.registrationNumber,
    announcementId: tenant.recruitment.announcementId,
    roundId: path.includes('/recruitment/')
      ? recruitmentRoundFor(tenant.recruitment, path)
      : path.endsWith('/answers')
        ? tenant.performance.ratedRoundId
        : tenant.performance.roundId,
    formationId: tenant.recruitment.formationId,
    // A performance year: the fixtures' (`{employeeId}/{year}` of the follow-up routes).
    year: tenant.performance.period.start.slice(0, 4),
  };
}

/** `{roundId}` on recruitment paths: the draft round to publish, the published one everywhere else. */
const recruitmentRoundFor = (r: RecruitmentFixture, path: string) =>
  path.endsWith('/publish') ? r.draftRoundId : path.endsWith('/applications') ? r.openRoundId : r.roundId;

/**
 * Recruitment bodies and queries: a round's applications are listed without a formasi filter (both
 * agencies' applications, so there is a second page); an application names the open round's formasi
 * (the fixture applicant already applied there: 409); the applicant's routes name the fixture
 * applicant's NIK and KTP data (registering again is 409, a code for a verified account 409); the
 * proof check names a real number with its signature.
 */
function recruitmentNamedValues(
  r: RecruitmentFixture,
  path: string,
  formationId: string,
): Record<string, unknown> {
  const person = FIXTURE_APPLICANTS[0];
  return {
    formationId: isRoundApplicationsList(path)
      ? undefined
      : path.endsWith('/me/applications')
        ? r.openFormationId
        : formationId,
    ...(path.includes('/applicants')
      ? { nik: person.nik, kkNumber: person.kkNumber, birthDate: person.birthDate, gender: person.gender }
      : {}),
    sig: r.proofSignature,
  };
}

/** `listApplications`: a round's applications (by template or resolved path). */
const isRoundApplicationsList = (path: string) => /\/rounds\/[^/]+\/applications$/.test(path);

/** The owner's routes (the plan, its submission, the cascade) name the caller's own SKP; the rest the subordinate's. */
const OWNER_SKP_ROUTE = /\/skps\/(\{skpId\}\/(plan|submit)|cascade)$/;
const skpFor = (p: { ownSkpId: string; teamSkpId: string }, path: string) =>
  OWNER_SKP_ROUTE.test(path) ? p.ownSkpId : p.teamSkpId;

/**
 * Values used for body and query properties of these names, so a generated request points at real
 * entities. `parentUnitId` is the parent of `unitId`, so a request that names both moves nothing.
 */
export function namedValuesFor(tenant: TenantFixture, path = ''): Record<string, unknown> {
  const month = new Date().toISOString().slice(0, 7);
  return {
    ...pathValuesFor(tenant, path),
    parentUnitId: tenant.parentUnit.id,
    month,
    // A generated employee agrees with its own NIP (the fixture employee's: a create is a 409).
    nip: tenant.personnel.employee.nip,
    ...FIXTURE_EMPLOYEE,
    rank: 'III/c',
    menteeId: tenant.personnel.cpns.id,
    mentorEmployeeId: tenant.personnel.supervisor.id,
    menteeEmployeeId: tenant.personnel.cpns.id,
    // The year the holiday calendar is seeded for (and a sane year for JP queries).
    year: 2026,
    // A fresh, accurate fix at the fixture work location (Kantor Dinas): a check-in that is accepted.
    lat: -5.4294,
    lon: 105.2619,
    accuracyM: 12,
    fixTakenAt: new Date().toISOString(),
    // A leave on a weekday ahead (not overlapping the fixture leaves) and a delegation over it.
    startDate: weekdayAhead(6),
    endDate: weekdayAhead(6),
    principalId: tenant.personnel.supervisor.id,
    delegateId: tenant.personnel.cpns.id,
    // `from`/`to` are months on a survey trend and ISO instants elsewhere (the audit list).
    ...(path.endsWith('/trend') ? { from: month, to: month } : {}),
    ...(path.startsWith('/v1/performance') ? performanceNamedValues(tenant.performance, path) : {}),
    ...(path.includes('/recruitment') || path.includes('/applicants')
      ? recruitmentNamedValues(tenant.recruitment, path, tenant.recruitment.formationId)
      : {}),
  };
}

/**
 * Performance bodies and queries: `period` is the SKP's year, or its first quarter where an
 * assessment period is meant (realisation, assessment, organisation rating); a settings change
 * changes one thing.
 */
function performanceNamedValues(
  p: PerformanceFixture,
  path: string,
  side: { teamItemId: string } = p,
): Record<string, unknown> {
  const year = Number(p.period.start.slice(0, 4));
  const quarterly = /\/(realisations|assessments|org-ratings)/.test(path);
  return {
    period: quarterly ? { start: `${year}-01`, end: `${year}-03` } : p.period,
    minRaters: 3,
    // An item of the SKP `{skpId}` names on the appraiser's routes.
    itemId: side.teamItemId,
    // A round on the CPNS, rated by the fixture employee (`employeeId`), a peer in the same unit.
    ...(path.startsWith('/v1/performance/feedback-rounds')
      ? { id: p.roundSubjectId, relation: 'peer', closesOn: `${year + 1}-01-31` }
      : {}),
    // An organisation is a unit or an agency, not both: these name the agency.
    ...(/\/(assessments|org-ratings)/.test(path) ? { unitId: undefined } : {}),
    // The follow-up routes: the fixtures' year; a check-in held, or a referral decided, on its first day.
    ...(/\/(follow-ups|coaching-plans|referrals|reports)/.test(path)
      ? { year, date: `${year}-01-01`, decidedOn: `${year}-01-01` }
      : {}),
  };
}

/**
 * The values of one agency's records for path parameters, body and query properties: the second
 * agency's in place of the first's, the rest (tenant, trainings, periods) as `namedValuesFor`.
 */
export function secondAgencyValuesFor(tenant: TenantFixture, path = ''): Record<string, string> {
  const s = tenant.secondAgency;
  return {
    ...pathValuesFor(tenant, path),
    agencyId: s.agency.id,
    unitId: /\/survey/.test(path) ? s.survey.unit.id : s.unit.id,
    userId: s.staff.id,
    responseId: s.survey.responseId,
    shortCode: s.survey.unit.shortCode,
    // The follow-up routes name the CPNS, whose annual predikat its admin (their appraiser) gave.
    employeeId: /\/(coaching-plans|referrals)\//.test(path) ? s.cpns.id : s.employee.id,
    positionId: s.position.id,
    mentorshipId: s.mentorshipId,
    correctionId: s.correctionId,
    jobId: s.jobId,
    locationId: s.locationId,
    requestId: path.includes('/permissions/')
      ? s.permissionId
      : path.includes('/leave/')
        ? s.leaveId
        : s.dutyId,
    delegationId: s.delegationId,
    passkeyId: s.passkeyId,
    skpId: skpFor(tenant.performance.second, path),
    documentId: path.includes('/recruitment/')
      ? tenant.recruitment.secondApplicationDocumentId
      : tenant.performance.second.documentId,
    applicationId: tenant.recruitment.secondApplicationId,
    registrationNumber: tenant.recruitment.registrationNumber,
    announcementId: tenant.recruitment.announcementId,
    roundId: path.includes('/recruitment/')
      ? recruitmentRoundFor(tenant.recruitment, path)
      : path.endsWith('/answers')
        ? tenant.performance.second.ratedRoundId
        : tenant.performance.second.roundId,
    formationId: tenant.recruitment.secondFormationId,
  };
}

export function secondAgencyNamedValuesFor(tenant: TenantFixture, path = ''): Record<string, unknown> {
  const s = tenant.secondAgency;
  const { parentUnitId: _none, ...rest } = namedValuesFor(tenant, path);
  return {
    ...rest,
    ...secondAgencyValuesFor(tenant, path),
    // A round's applications are listed without a formasi filter (see recruitmentNamedValues).
    ...(isRoundApplicationsList(path) ? { formationId: undefined } : {}),
    // `{year}` is a path value (a string); bodies and queries keep namedValuesFor's number.
    year: rest.year,
    menteeId: s.cpns.id,
    mentorEmployeeId: s.employee.id,
    menteeEmployeeId: s.cpns.id,
    principalId: s.employee.id,
    delegateId: s.cpns.id,
    ...(path.startsWith('/v1/performance')
      ? performanceNamedValues(tenant.performance, path, tenant.performance.second)
      : {}),
  };
}

/** Shorter strings could turn up by chance (a 6-letter survey short code inside an id or a cursor). */
export const MIN_SECRET_LENGTH = 8;

/** Every string leaf of a value (objects and arrays walked; keys are not values). */
export function stringsIn(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsIn(v, out);
  return out;
}

/**
 * What must never show up in an answer given to another tenant: every string of `tenant`'s fixture
 * (ids, names, NIPs, slugs, short codes, suggestions, tokens... of both its agencies), found by
 * walking it, so a field added to the fixture is covered without a list to keep. Left out: strings
 * the `others` fixtures hold too (the same usernames and competency codes in every tenant are no
 * leak), and strings shorter than `MIN_SECRET_LENGTH`.
 */
export function secretsOf(tenant: TenantFixture, others: TenantFixture[]): string[] {
  const shared = new Set<string>();
  for (const other of others) stringsIn(other, shared);
  return [...stringsIn(tenant)].filter((s) => s.length >= MIN_SECRET_LENGTH && !shared.has(s));
}

export type Item = Record<string, unknown>;

/** Tests and tools may scan; runtime code never does. */
export async function scanTable(t: TestApi): Promise<Item[]> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await t.store.doc.send(
      new ScanCommand({ TableName: t.tableName, ExclusiveStartKey: start, ConsistentRead: true }),
    );
    items.push(...((out.Items ?? []) as Item[]));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/** JSON with sorted keys: DynamoDB does not promise an attribute order. */
export function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((v as Item)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'undefined';
}

const itemKey = (i: Item) => `${String(i.pk)}\u0000${String(i.sk)}`;

/** Whether an item belongs to the tenant: any partition key, on the table or a GSI, under its prefix. */
export function belongsTo(item: Item, tenantId: string): boolean {
  const prefix = `T#${tenantId}#`;
  if (item.pk === 'PLATFORM#TENANTS' && item.sk === `TENANT#${tenantId}`) return true;
  if (typeof item.pk === 'string' && item.pk.startsWith('PLATFORM#SLUG#') && item.tenantId === tenantId)
    return true;
  return Object.entries(item).some(
    ([k, v]) => (k === 'pk' || /^gsi\d+pk$/.test(k)) && typeof v === 'string' && v.startsWith(prefix),
  );
}

/**
 * Every item of the tenant (its `T#<id>#` partitions on the table and the GSIs, its registry entry and
 * slug), as sorted stable JSON lines: two snapshots are equal exactly when nothing was written.
 */
export async function tenantSnapshot(t: TestApi, tenantId: string): Promise<string[]> {
  return (await scanTable(t))
    .filter((i) => belongsTo(i, tenantId))
    .map((i) => `${itemKey(i)} ${stableJson(i)}`)
    .sort();
}

/** What changed between two snapshots, for a failure message a developer can act on. */
export function describeChange(before: string[], after: string[]): string {
  const b = new Set(before);
  const a = new Set(after);
  const gone = before.filter((l) => !a.has(l)).map((l) => `  - ${l.slice(0, 300)}`);
  const added = after.filter((l) => !b.has(l)).map((l) => `  + ${l.slice(0, 300)}`);
  return [...gone, ...added].join('\n');
}

/** The `version` of the entity with this id as it is stored now (1 when it has none). */
export async function currentVersion(t: TestApi, id: string | undefined): Promise<number> {
  if (!id) return 1;
  const hit = (await scanTable(t)).find(
    (i) => i.id === id && typeof i.version === 'number' && i.type !== 'AUDIT',
  );
  return (hit?.version as number | undefined) ?? 1;
}

async function batchWrite(t: TestApi, requests: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < requests.length; i += 25) {
    let pending: Record<string, unknown[]> | undefined = { [t.tableName]: requests.slice(i, i + 25) };
    for (let attempt = 0; pending && Object.keys(pending).length > 0; attempt++) {
      if (attempt > 10) throw new Error('BatchWriteItem kept returning unprocessed items');
      const out = await t.store.doc.send(new BatchWriteCommand({ RequestItems: pending as never }));
      pending = out.UnprocessedItems as Record<string, unknown[]> | undefined;
    }
  }
}

/**
 * Puts the table back as it was in `baseline` (items added since are deleted, changed ones rewritten)
 * and empties the tenant cache, so a call that did change data cannot leak into the next test.
 * Returns whether anything had changed.
 */
export async function restoreTable(t: TestApi, baseline: Item[]): Promise<boolean> {
  const now = await scanTable(t);
  const want = new Map(baseline.map((i) => [itemKey(i), i]));
  const have = new Map(now.map((i) => [itemKey(i), stableJson(i)]));
  const deletes = now
    .filter((i) => !want.has(itemKey(i)))
    .map((i) => ({ DeleteRequest: { Key: { pk: i.pk, sk: i.sk } } }));
  const puts = baseline
    .filter((i) => have.get(itemKey(i)) !== stableJson(i))
    .map((i) => ({ PutRequest: { Item: i } }));
  if (deletes.length + puts.length === 0) return false;
  await batchWrite(t, [...deletes, ...puts]);
  clearTenantCache();
  clearAccountCache();
  clearAttendanceConfigCache();
  return true;
}
