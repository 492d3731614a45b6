import { deflateSync } from 'node:zlib';
import {
  applyApplicationEvent,
  type Claims,
  checkUploadedDocument,
  type DocumentContentType,
  decideObjectionSchema,
  formatRegistrationNumber,
  publishAnnouncementSchema,
  registerApplicantSchema,
  registrationStatus,
  submitObjectionSchema,
  type Tenant,
  unmetRequirements,
  updateApplicantProfileSchema,
  verifyApplicationSchema,
} from '@pamong/core';
import { type Actor, newId, type Store } from '@pamong/db';
import * as keys from '@pamong/db/keys';
import * as repo from '@pamong/db/repos/recruitment/applicants';
import * as roundsRepo from '@pamong/db/repos/recruitment/rounds';
import * as scoresRepo from '@pamong/db/repos/recruitment/score-imports';
import type { AppDeps } from '@pamong/http';
import * as announcementsService from '../../../functions/recruitment/services/announcements';
import {
  type Ctx,
  clockOf,
  draftApplication,
  MAX_APPLICATION_DOCUMENT_BYTES,
} from '../../../functions/recruitment/services/applications';
import * as rankingService from '../../../functions/recruitment/services/ranking';
import {
  type ApplicantRound,
  announcementCount,
  type DemoApplicant,
  type DemoApplicantsPlan,
  demoApplicants,
} from './demo-applicants';
import { DEMO_PASSWORD, type TenantSeed } from './demo-data';
import { bounded } from './seed-util';
import type { SeedWrites, TenantRef } from './seed-writes';

export const APPLICANT_KINDS = ['applicants', 'applications', 'announcements'] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

/**
 * The rounds of the applicant writes, each reading what the one before wrote: the applicants'
 * own acts and the screening (one chain per applicant), the ADMINISTRATION announcement (it
 * reads every screened application), the objection (it reads the announcement's time on the
 * round), its decision, the after-objection announcement.
 */
const ROUNDS = [
  'applications',
  'announcement',
  'objection',
  'decision',
  'correction',
  // The PPPK round's exams (demo-applicants.ts DemoExam): each reads what the one before wrote.
  'skdScores',
  'skdRanking',
  'skdAnnouncement',
  'skbScores',
  'skbRanking',
  'skbAnnouncement',
  'finalAnnouncement',
  'hire',
] as const;

/** What the direct path lends the applicant writes (seed-writes.ts `applicants`). */
export interface ApplicantIo {
  /** The recording store: writes go out at the round's flush, reads see the last flush. */
  store: Store;
  deps: AppDeps;
  /** The demo password's credential, hashed once per seed and shared by every demo applicant. */
  credential: () => Promise<Record<string, unknown>>;
}

/** A small valid file of each format the demo formasi accept (checked by its bytes like an upload). */
function demoFiles(): Record<'pdf' | 'png', { bytes: Uint8Array; contentType: DocumentContentType }> {
  const pdf = Buffer.from(
    [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
      'trailer << /Root 1 0 R >>',
      '%%EOF',
      '',
    ].join('\n'),
  );
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  // A 4×4 grey picture.
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(4, 0);
  ihdr.writeUInt32BE(4, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const rows = Buffer.concat(Array.from({ length: 4 }, () => Buffer.from([0, 200, 200, 200, 200])));
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return {
    pdf: { bytes: new Uint8Array(pdf), contentType: 'application/pdf' },
    png: { bytes: new Uint8Array(png), contentType: 'image/png' },
  };
}

/** The tenant as the services read it. */
const tenantOf = (t: TenantSeed, ref: TenantRef): Tenant =>
  ({
    id: ref.id,
    slug: t.slug,
    name: t.name,
    level: t.level,
    bpsCode: t.bpsCode,
    timeZone: t.timeZone,
    status: 'active',
  }) as unknown as Tenant;

export interface ApplicantSeeding {
  /** Round `round` of ROUNDS; returns whether another round has work. */
  round(round: number): Promise<boolean>;
}

/**
 * The tenant's demo applicants (demo-applicants.ts), written by the application's own code: the
 * repository functions the applicant services call, with the services' rules from core applied
 * first (the schemas, the registration window, the lifecycle, the formasi's requirements, the
 * documents checked by their bytes), so every item, guard, gsi key and audit entry is the API's;
 * the announcements, the objection and its decision through the service functions themselves.
 *
 * Two things differ from a person clicking through, on purpose: the password is hashed once for
 * all demo applicants (scrypt is slow by design; each would otherwise cost a fraction of a second),
 * and the email check is taken as passed (`markVerified`, no code sent): the demo has no inbox.
 *
 * Idempotent per tenant: when last year's round already has a submitted application, the demo
 * applicants are there (one Query, one item); a tenant seeded before applicants existed gets them
 * on the next start, in its stored rounds.
 */
export async function applicantSeeding(
  writes: SeedWrites,
  store: Store,
  tenant: TenantSeed,
  ref: TenantRef,
  rounds: () => { plan: ApplicantRound; id: string | undefined; existed: boolean }[],
  positionIdOf: (key: string) => string | undefined,
  today: string,
  count: (kind: ApplicantKind, created: boolean, n?: number) => void,
): Promise<ApplicantSeeding | null> {
  if (!writes.applicants) return null;
  const initial = rounds();
  const finished = initial.find((r) => r.plan.state === 'finished');
  // One cheap read: a submitted application in last year's round means the applicants are there.
  const there =
    !!finished?.existed &&
    !!finished.id &&
    (
      await store.query({
        tenantId: ref.id,
        queryId: 'demo-applicants',
        index: 'gsi1',
        pk: keys.applicationsOfRound(ref.id, finished.id).gsi1pk,
        limit: 1,
      })
    ).items.length > 0;

  let plan: DemoApplicantsPlan | undefined;
  const planFor = (stored: ApplicantRound[]) => demoApplicants(tenant, stored, today);
  if (there) {
    const p = planFor(initial.map((r) => r.plan));
    count('applicants', false, p.applicants.length);
    count('applications', false, p.applicants.length);
    count('announcements', false, announcementCount(p));
    return null;
  }

  const tenantRecord = tenantOf(tenant, ref);
  const admin: Claims = { sub: ref.adminUserId, tenantId: ref.id, role: 'tenant-admin' };
  const adminActor = (): Actor => ({
    tenantId: ref.id,
    sub: ref.adminUserId,
    role: 'tenant-admin',
    requestId: newId(),
    name: ref.adminName,
  });
  /** Registration and the email check are public requests: the actor is the new account, unnamed. */
  const publicActor = (sub: string): Actor => ({
    tenantId: ref.id,
    sub,
    role: 'applicant',
    requestId: newId(),
  });
  const applicantActor = (sub: string, name: string): Actor => ({ ...publicActor(sub), name });

  /** Per code: the stored round, its formasi in plan order (matched by position and track). */
  let loaded: Map<
    string,
    { round: roundsRepo.StoredRecruitmentRound; formations: roundsRepo.StoredFormation[] }
  >;
  const applications = new Map<DemoApplicant, repo.StoredApplication>();
  const applicantIds = new Map<DemoApplicant, string>();

  const what = (s: string) => `${s} (demo applicants of ${tenant.slug})`;

  async function load(s: Store) {
    loaded = new Map();
    const now = rounds();
    const stored: ApplicantRound[] = [];
    for (const r of now) {
      if (!r.id || r.plan.state === 'draft') continue;
      const { round, formations } = await roundsRepo.getRoundWithFormations(s, ref.id, r.id);
      const ordered = r.plan.formations.map((f) => {
        const positionId = positionIdOf(f.positionKey);
        const hit =
          formations.find(
            (x) => (x as { positionId?: string }).positionId === positionId && x.track === f.body.track,
          ) ?? formations.find((x) => x.positionName === f.positionName && x.track === f.body.track);
        if (!hit)
          throw new Error(
            `demo applicants: ${tenant.slug}'s round ${round.code} has no formasi ${f.positionKey}`,
          );
        return hit;
      });
      loaded.set(r.plan.body.code, { round, formations: ordered });
      // The round's own window (an older round keeps the dates it was made with).
      stored.push({
        ...r.plan,
        body: {
          ...r.plan.body,
          registrationOpensAt: round.registrationOpensAt,
          registrationClosesAt: round.registrationClosesAt,
          referenceDate: round.referenceDate,
          schedule: round.schedule,
        },
      });
    }
    plan = planFor(stored);
  }

  /** One applicant's acts, in order, as the routes would make them, and the verifier's screening. */
  async function actsOf(
    s: Store,
    io2: ApplicantIo,
    a: DemoApplicant,
    credential: Record<string, unknown>,
    sequence: number | undefined,
  ) {
    const files = demoFiles();
    const input = registerApplicantSchema.parse({ ...a.register, password: DEMO_PASSWORD });
    const id = newId();
    applicantIds.set(a, id);
    const registeredAt = a.registeredAt.toISOString();
    const stored: repo.StoredApplicant = {
      id,
      nik: input.nik,
      kkNumber: input.kkNumber,
      name: input.name,
      birthPlace: input.birthPlace,
      birthDate: input.birthDate,
      gender: input.gender,
      email: input.email,
      phone: input.phone,
      emailVerifiedAt: null,
      diplomaName: null,
      education: [],
      address: null,
      disability: null,
      createdAt: registeredAt,
      updatedAt: registeredAt,
      version: 1,
    };
    await repo.registerApplicant(s, publicActor(id), { applicant: stored, credential }, a.registeredAt);
    await repo.markVerified(s, publicActor(id), input.nik, a.verifiedAt);
    const verified = { ...stored, emailVerifiedAt: a.verifiedAt.toISOString() };

    const me = applicantActor(id, input.name);
    const profile = updateApplicantProfileSchema.parse({ ...a.profile, version: verified.version });
    const profileDay = a.profileAt.toISOString().slice(0, 10);
    if ((profile.education ?? []).some((e) => e.graduationDate > profileDay))
      throw new Error(`demo applicants: ${input.name} graduates after filling in the profile`);
    const { version: _v, ...changes } = profile;
    const applicant = await repo.updateApplicant(
      s,
      me,
      verified,
      changes as repo.ApplicantChanges,
      a.profileAt,
    );

    const p = a.application;
    const { round, formations } = loaded.get(p.roundCode)!;
    const formation = formations[p.formationIndex]!;
    if (registrationStatus(round, p.createdAt, tenant.timeZone) !== 'open')
      throw new Error(`demo applicants: ${round.code} is not open at ${p.createdAt.toISOString()}`);
    let app: repo.StoredApplication = draftApplication(id, applicant, round, formation, p.createdAt);
    await repo.createApplication(s, me, app, p.createdAt);

    for (const d of p.documents) {
      const required = app.requiredDocuments.find((x) => x.type === d.type)!;
      const file = files[d.format];
      const documentId = newId();
      const key = `${ref.id}/recruitment/${app.id}/${documentId}`;
      await io2.deps.documents!.put(key, file.bytes, file.contentType);
      await repo.recordUpload(s, ref.id, {
        id: documentId,
        applicationId: app.id,
        documentType: d.type,
        name: d.name,
        declaredContentType: file.contentType,
        declaredSize: file.bytes.length,
        key,
        createdAt: d.at.toISOString(),
      });
      const check = checkUploadedDocument(file.bytes, {
        maxBytes: Math.min(required.maxKb * 1024, MAX_APPLICATION_DOCUMENT_BYTES),
        allowed: required.formats.map((f) =>
          f === 'pdf' ? 'application/pdf' : f === 'png' ? 'image/png' : 'image/jpeg',
        ),
      });
      if (!check.ok) throw new Error(`demo applicants: ${d.name}: ${check.message}`);
      app = await repo.acceptDocument(
        s,
        me,
        app,
        {
          type: required.type,
          label: required.label,
          documentId,
          name: d.name,
          contentType: check.contentType,
          size: check.size,
          checkedAt: d.at.toISOString(),
        },
        d.at,
      );
    }
    applications.set(a, app);
    if (!p.submittedAt) return;

    const state = applyApplicationEvent(
      app,
      { type: 'submit', at: p.submittedAt },
      clockOf(round, tenant.timeZone),
    );
    const unmet = unmetRequirements(
      applicant,
      { ...formation, requiredDocuments: app.requiredDocuments },
      round,
      { level: tenant.level, bpsCode: tenant.bpsCode },
      new Set(Object.keys(app.documents)),
    );
    if (unmet.length)
      throw new Error(
        `demo applicants: ${input.name} does not meet ${formation.positionName}: ${JSON.stringify(unmet)}`,
      );
    if (sequence === undefined) throw new Error('demo applicants: no registration number drawn');
    const { version: _pv, ...snapshot } = applicant;
    const submitted: repo.StoredApplication = {
      ...app,
      ...state,
      registrationNumber: formatRegistrationNumber(round.code, sequence),
      applicantName: applicant.name,
      snapshot,
      updatedAt: p.submittedAt.toISOString(),
      version: app.version + 1,
    };
    await repo.submitApplication(s, me, app, submitted, p.submittedAt);
    app = submitted;
    applications.set(a, app);
    if (!p.screening) return;

    const verdict = verifyApplicationSchema.parse({
      result: p.screening.result,
      reasons: p.screening.reasons,
    });
    const screened = applyApplicationEvent(
      app,
      { type: 'screen', at: p.screening.at, result: verdict.result, reasons: verdict.reasons },
      clockOf(round, tenant.timeZone),
    );
    app = await repo.updateState(s, adminActor(), app, screened, 'application.verify', p.screening.at);
    applications.set(a, app);
  }

  /**
   * A stage's scores as the import worker writes them (repo `scoreWrite`: the conditional update and
   * its audit entry), as one job of the admin at the plan's import time.
   */
  async function writeScores(s: Store, stage: 'SKD' | 'SKB') {
    const exam = plan!.exam;
    if (!exam) return;
    const step = exam.steps[stage === 'SKD' ? 0 : 1]!;
    const { round } = loaded.get(exam.roundCode)!;
    const rows = stage === 'SKD' ? exam.skd : exam.skb;
    const numbers = rows.map((row) => applications.get(row.applicant)!.registrationNumber!);
    const found = await scoresRepo.applicationsByNumber(s, ref.id, numbers);
    const jobId = newId();
    const importedAt = step.importAt.toISOString();
    const items = rows.flatMap((row, i) => {
      const app = found.get(numbers[i]!);
      if (!app || app.roundId !== round.id)
        throw new Error(`demo exam: ${numbers[i]} is not an application of ${round.code}`);
      return scoresRepo.scoreWrite(
        s,
        adminActor(),
        app,
        stage,
        { ...row.scores, importedAt, jobId },
        step.importAt,
      );
    });
    for (let i = 0; i < items.length; i += 50) await s.transact(items.slice(i, i + 50));
    await roundsRepo.touchScores(s, ref.id, round.id, step.importAt);
  }

  /** The top of the plan's formasi in the FINAL announcement, hired as a PPPK with an NI PPPK of their birth date. */
  async function hireFirst(ctxAt: (now: Date) => Ctx) {
    const exam = plan!.exam;
    if (!exam) return;
    const { round, formations } = loaded.get(exam.roundCode)!;
    const formation = formations[exam.hire.formationIndex]!;
    const ctx = ctxAt(exam.hire.at);
    const ranking = await rankingService.getRanking(ctx, admin, round.id, { formationId: formation.id });
    const top = ranking.formations[0]?.entries.find((e) => e.withinOpenings);
    if (!top) throw new Error(`demo exam: ${formation.positionName} has nobody within its openings`);
    const who = plan!.applicants.find((a) => applications.get(a)?.id === top.applicationId)!;
    const app = await repo.getApplication(ctx.store, ref.id, top.applicationId, true);
    const gender = who.register.gender === 'P' ? '2' : '1';
    const nip = `${who.register.birthDate.replaceAll('-', '')}${exam.hire.appointmentYear}01${gender}001`;
    const level = who.profile.education[0]?.level;
    await rankingService.hireApplicant(ctx, admin, adminActor(), app.id, {
      nip,
      tmt: exam.hire.tmt,
      grade: level === 'D3' ? 'VII' : 'IX',
      version: app.version,
    });
  }

  return {
    async round(n) {
      if (n >= ROUNDS.length) return false;
      return writes.applicants!(ref, what(ROUNDS[n]!), async (x) => {
        if (n === 0) {
          const started = performance.now();
          // PAMONG_SEED_TIMING=1 (index.ts): where this round's time goes.
          const timing = (step: string) => {
            if (process.env.PAMONG_SEED_TIMING === '1')
              console.log(
                `·   applicants of ${tenant.slug}: ${step} at ${((performance.now() - started) / 1000).toFixed(2)} s`,
              );
          };
          await load(x.store);
          const credential = await x.credential();
          timing('rounds read, password hashed');
          // Registration numbers by the time of submission, as the submissions would have drawn
          // them: drawn first (the service's atomic ADD), then handed out in that order.
          const sequences = new Map<DemoApplicant, number>();
          for (const [code, { round }] of loaded) {
            const submitted = plan!.applicants
              .filter((a) => a.application.roundCode === code && a.application.submittedAt)
              .sort((p, q) => p.application.submittedAt!.getTime() - q.application.submittedAt!.getTime());
            const drawn: number[] = [];
            // A few at a time: hundreds of calls at once outrun a busy DynamoDB Local's connections.
            await bounded(submitted, 4, async () => {
              drawn.push(await repo.nextRegistrationSequence(x.store, ref.id, round.id));
            });
            drawn.sort((p, q) => p - q);
            submitted.forEach((a, i) => {
              sequences.set(a, drawn[i]!);
            });
          }
          timing('registration numbers drawn');
          // Each applicant's acts one after another; the applicants side by side (they share no item).
          await Promise.all(plan!.applicants.map((a) => actsOf(x.store, x, a, credential, sequences.get(a))));
          timing('acts recorded, documents stored');
          count('applicants', true, plan!.applicants.length);
          count('applications', true, plan!.applicants.length);
          count('announcements', true, announcementCount(plan!));
          return true;
        }
        const ctxAt = (now: Date) => ({ store: x.store, tenant: tenantRecord, deps: x.deps, now });
        const announce = async (stage: 'ADMINISTRATION' | 'ADMINISTRATION_AFTER_OBJECTION') => {
          for (const ann of plan!.announcements.filter((y) => y.stage === stage)) {
            const { round } = loaded.get(ann.roundCode)!;
            const body = publishAnnouncementSchema.parse({ roundId: round.id, stage, note: ann.note });
            await announcementsService.publishAnnouncement(ctxAt(ann.at), admin, adminActor(), body);
          }
        };
        const objecting = plan!.applicants.filter((a) => a.application.objection);
        switch (ROUNDS[n]) {
          case 'announcement':
            await announce('ADMINISTRATION');
            break;
          case 'objection':
            for (const a of objecting) {
              const o = a.application.objection!;
              const sub = applicantIds.get(a)!;
              await announcementsService.submitObjection(
                ctxAt(o.at),
                { sub, tenantId: ref.id, role: 'applicant' },
                applicantActor(sub, a.register.name),
                applications.get(a)!.id,
                submitObjectionSchema.parse({ stage: 'ADMINISTRATION', note: o.note, disputed: o.disputed }),
              );
            }
            break;
          case 'decision':
            for (const a of objecting) {
              const d = a.application.objection!.decision;
              await announcementsService.decideObjection(
                ctxAt(d.at),
                admin,
                adminActor(),
                applications.get(a)!.id,
                decideObjectionSchema.parse({ stage: 'ADMINISTRATION', accepted: d.accepted, note: d.note }),
              );
            }
            break;
          case 'correction':
            await announce('ADMINISTRATION_AFTER_OBJECTION');
            break;
          case 'skdScores':
          case 'skbScores':
            await writeScores(x.store, ROUNDS[n] === 'skdScores' ? 'SKD' : 'SKB');
            break;
          case 'skdRanking':
          case 'skbRanking': {
            const exam = plan!.exam;
            if (!exam) break;
            const step = exam.steps[ROUNDS[n] === 'skdRanking' ? 0 : 1]!;
            const { round } = loaded.get(exam.roundCode)!;
            await rankingService.computeRanking(ctxAt(step.rankingAt), admin, adminActor(), round.id);
            break;
          }
          case 'skdAnnouncement':
          case 'skbAnnouncement':
          case 'finalAnnouncement': {
            const exam = plan!.exam;
            if (!exam) break;
            const { round } = loaded.get(exam.roundCode)!;
            const step =
              ROUNDS[n] === 'finalAnnouncement'
                ? { stage: 'FINAL' as const, announcementAt: exam.final.at, note: exam.final.note }
                : exam.steps[ROUNDS[n] === 'skdAnnouncement' ? 0 : 1]!;
            const body = publishAnnouncementSchema.parse({
              roundId: round.id,
              stage: step.stage,
              note: step.note,
            });
            await announcementsService.publishAnnouncement(
              ctxAt(step.announcementAt),
              admin,
              adminActor(),
              body,
            );
            break;
          }
          case 'hire':
            await hireFirst(ctxAt);
            break;
        }
        return n + 1 < ROUNDS.length;
      });
    },
  };
}
