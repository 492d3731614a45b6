import { createHash } from 'node:crypto';
import {
  type AnnouncementContent,
  type AnnouncementStage,
  announcementHashInput,
  applyApplicationEvent,
  assertCanAnnounce,
  assertCanManageFormation,
  assertCanRunRounds,
  type CanonicalValue,
  type Claims,
  conflict,
  notFound,
  type ObjectionStage,
} from '@pamong/core';
import { type Actor, newId } from '@pamong/db';
import * as annRepo from '@pamong/db/repos/recruitment/announcements';
import * as repo from '@pamong/db/repos/recruitment/applicants';
import * as roundsRepo from '@pamong/db/repos/recruitment/rounds';
import { applicationView, type Ctx, clockOf, ownApplication, staffApplication } from './applications';
import { examPassedOf, examRows } from './ranking';

/**
 * Announcements and objections (issue 12 §4). An announcement version holds the results as they
 * are when it is published, its SHA-256 and the previous version's: a correction is a new version,
 * never an edit, and anyone can check the chain (one per round, across its stages). The objection window opens when a stage is first
 * announced (core: calendar.ts, lifecycle.ts); the after-objection announcement waits for it to
 * close and for every objection to be decided.
 */

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** The stages whose results are the administrative screening (MS/TMS). */
const ADMINISTRATIVE: readonly AnnouncementStage[] = ['ADMINISTRATION', 'ADMINISTRATION_AFTER_OBJECTION'];

function announcementView(a: annRepo.StoredAnnouncement) {
  return {
    id: a.id,
    roundId: a.roundId,
    roundName: a.roundName,
    stage: a.stage,
    version: a.version,
    publishedAt: a.publishedAt,
    note: a.note,
    results: a.results as never[],
    hash: a.hash,
    previousHash: a.previousHash,
    content: a.content,
  };
}

const summaryView = (a: annRepo.StoredAnnouncement) => {
  const { results: _r, content: _c, ...rest } = announcementView(a);
  return { ...rest, rowCount: a.results.length };
};

/** The administrative results as they are now, or 409 naming what is not ready. */
async function administrativeRows(ctx: Ctx, roundId: string, stage: AnnouncementStage) {
  const apps = await repo.allSubmittedOfRound(ctx.store, ctx.tenant.id, roundId);
  const unscreened = apps.filter((a) => a.status === 'SUBMITTED').length;
  if (unscreened > 0)
    throw conflict(
      `${unscreened} submitted application${unscreened === 1 ? ' is' : 's are'} not screened yet (MS or TMS); screen them before the announcement.`,
    );
  if (stage === 'ADMINISTRATION_AFTER_OBJECTION') {
    const pending = apps.filter((a) => a.objections.some((o) => o.stage === 'ADMINISTRATION' && !o.decision));
    if (pending.length > 0)
      throw conflict(
        `${pending.length} objection${pending.length === 1 ? ' is' : 's are'} not decided yet; decide them before the after-objection announcement.`,
      );
  }
  return apps
    .map((a) => ({
      registrationNumber: a.registrationNumber ?? '',
      name: a.applicantName,
      formationId: a.formationId,
      positionName: a.positionName,
      unitName: a.unitName,
      agencyName: a.agencyName,
      track: a.track,
      status: a.status as 'MS' | 'TMS',
      reasons: a.status === 'TMS' ? a.reasons.map((r) => r.requirement) : [],
    }))
    .sort((x, y) =>
      x.registrationNumber < y.registrationNumber ? -1 : x.registrationNumber > y.registrationNumber ? 1 : 0,
    );
}

export async function publishAnnouncement(
  ctx: Ctx,
  claims: Claims,
  actor: Actor,
  input: { roundId: string; stage: AnnouncementStage; note: string },
) {
  assertCanRunRounds(claims);
  const round = await roundsRepo.getRound(ctx.store, claims.tenantId, input.roundId, true);
  if (!round.published) throw conflict('A round is announced only once it is published.');
  const announcedAt = annRepo.announcedAtOf(round);
  assertCanAnnounce(input.stage, announcedAt, {
    now: ctx.now,
    timeZone: ctx.tenant.timeZone,
    objectionDays: round.objectionDays,
    registration: round,
  });
  const firstOfRound = Object.keys(announcedAt).length === 0;
  const results = ADMINISTRATIVE.includes(input.stage)
    ? await administrativeRows(ctx, round.id, input.stage)
    : await examRows(ctx, claims, round.id, input.stage);
  const head = await annRepo.getHead(ctx.store, claims.tenantId, round.id);
  const version = (head?.version ?? 0) + 1;
  const previousHash = head?.hash ?? null;
  const publishedAt = ctx.now.toISOString();
  const content: AnnouncementContent = {
    tenantId: claims.tenantId,
    roundId: round.id,
    stage: input.stage,
    version,
    publishedAt,
    note: input.note,
    results: results as unknown as CanonicalValue,
  };
  const hash = sha256Hex(announcementHashInput(content, previousHash));
  const stored: annRepo.StoredAnnouncement = {
    id: newId(),
    roundId: round.id,
    roundName: round.name,
    stage: input.stage,
    version,
    publishedAt,
    note: input.note,
    results,
    hash,
    previousHash,
    content: content as unknown as Record<string, unknown>,
  };
  await annRepo.publish(
    ctx.store,
    actor,
    stored,
    ctx.now,
    firstOfRound ? round.registrationClosesAt : undefined,
  );
  return summaryView(stored);
}

/** Every version of a published round's announcements, for the public page (a draft round is 404). */
export async function listAnnouncements(ctx: Ctx, roundId: string) {
  const round = await roundsRepo.getRound(ctx.store, ctx.tenant.id, roundId);
  if (!round.published) throw notFound('Recruitment round');
  const all = await annRepo.listOfRound(ctx.store, ctx.tenant.id, roundId);
  return { items: all.map(summaryView) };
}

export async function getAnnouncement(ctx: Ctx, announcementId: string) {
  return announcementView(await annRepo.get(ctx.store, ctx.tenant.id, announcementId));
}

// ---- objections ----

/** submitObjection: the applicant's own, TMS, once, within the window (core lifecycle). */
export async function submitObjection(
  ctx: Ctx,
  claims: Claims,
  actor: Actor,
  applicationId: string,
  input: { stage: ObjectionStage; note: string; disputed: string[] },
) {
  const app = await ownApplication(ctx, claims, applicationId, true);
  const round = await roundsRepo.getRound(ctx.store, claims.tenantId, app.roundId);
  // Whether the applicant passed an exam stage is what its latest announced version says.
  const passed = input.stage === 'ADMINISTRATION' ? undefined : await examPassedOf(ctx, app, input.stage);
  const state = applyApplicationEvent(
    passed === undefined ? app : { ...app, examPassed: { ...app.examPassed, [input.stage]: passed } },
    { type: 'object', at: ctx.now, stage: input.stage, note: input.note, disputed: input.disputed },
    clockOf(round, ctx.tenant.timeZone),
  );
  const after = await repo.updateState(ctx.store, actor, app, state, 'application.object', ctx.now);
  return applicationView(after);
}

/** decideObjection: staff in scope, within `objectionDecisionDays` of the window's close. */
export async function decideObjection(
  ctx: Ctx,
  claims: Claims,
  actor: Actor,
  applicationId: string,
  input: { stage: ObjectionStage; accepted: boolean; note: string },
) {
  const app = await staffApplication(ctx, claims, applicationId, true);
  assertCanManageFormation(claims, app);
  const round = await roundsRepo.getRound(ctx.store, claims.tenantId, app.roundId);
  const state = applyApplicationEvent(
    app,
    { type: 'decide', at: ctx.now, stage: input.stage, accepted: input.accepted, note: input.note },
    clockOf(round, ctx.tenant.timeZone),
  );
  const after = await repo.updateState(ctx.store, actor, app, state, 'application.decideObjection', ctx.now);
  return applicationView(after);
}
