import {
  type AnnouncementStage,
  assertCanManageFormation,
  assertCanRunRounds,
  type Claims,
  conflict,
  createEmployeeSchema,
  EDUCATION_LEVELS,
  type ExamAnnouncementRow,
  type FormationRankingOut,
  type HireApplicantInput,
  hiredEmployeeInput,
  inScope,
  matchingEducation,
  type RankingCandidate,
  type RankingEntry,
  type RoundRanking,
  type RoundRules,
  rankFormation,
  recruitmentScope,
  type SkbScores,
  type SkdScores,
  validationError,
  versionConflict,
} from '@pamong/core';
import { type Actor, newId } from '@pamong/db';
import * as annRepo from '@pamong/db/repos/recruitment/announcements';
import * as repo from '@pamong/db/repos/recruitment/applicants';
import * as resultsRepo from '@pamong/db/repos/recruitment/results';
import * as roundsRepo from '@pamong/db/repos/recruitment/rounds';
import { type Ctx, staffApplication } from './applications';

/**
 * The ranking and hiring (issue 12 §4 `computeRanking`, `hireApplicant`). The rules are core's
 * (`rankFormation`: the passing grade of the formasi's track, the SKB shortlist of skbMultiplier ×
 * openings, the final score 40/60 rounded once, and the tie-breakers); this reads the round's MS
 * applications with their imported scores, ranks each formasi and stores every factor on the
 * applications (repo results.ts). The SKD, SKB and FINAL announcements publish rows made from the
 * stored ranking, so what is announced is what the staff saw on the ranking page.
 */

type Stored = repo.StoredApplication;
type Round = roundsRepo.StoredRecruitmentRound;

/** What the score import (score-imports) and the ranking write beyond the application's own state. */
interface Results {
  skdScores?: SkdScores & { importedAt: string };
  skbScores?: SkbScores & { importedAt: string };
  ranking?: resultsRepo.StoredRankingEntry;
  hired?: resultsRepo.HiredLink;
}
interface RoundResults {
  scoresUpdatedAt?: string;
  scoresRevision?: number;
  rankingScoresRevision?: number;
  rankingRunId?: string;
  rankingComputedAt?: string;
  rankingSummary?: Record<string, resultsRepo.RankingSummary>;
}
const results = (a: Stored) => a as Stored & Results;
const roundResults = (r: Round) => r as Round & RoundResults;

const rulesOf = (round: Round): RoundRules => round as unknown as RoundRules;

/** The best IPK among the applicant's educations that meet the formasi's requirements (null: none). */
function ipkOf(app: Stored, formation: roundsRepo.StoredFormation): number | null {
  const education = app.snapshot?.education ?? [];
  const ipks = matchingEducation(education, formation.educationRequirements)
    .map((e) => e.ipk)
    .filter((v): v is number => typeof v === 'number');
  return ipks.length ? Math.max(...ipks) : null;
}

function candidateOf(app: Stored, formation: roundsRepo.StoredFormation): RankingCandidate {
  const r = results(app);
  const skd = r.skdScores ? { twk: r.skdScores.twk, tiu: r.skdScores.tiu, tkp: r.skdScores.tkp } : null;
  const skb: SkbScores | null = r.skbScores
    ? Object.fromEntries(
        (['cat', 'interview', 'other'] as const)
          .filter((c) => typeof r.skbScores?.[c] === 'number')
          .map((c) => [c, r.skbScores![c]]),
      )
    : null;
  return { id: app.id, skd, skb, ipk: ipkOf(app, formation), birthDate: app.snapshot?.birthDate ?? '' };
}

/** The stages whose results are the exams' (the ranking's). */
export const EXAM_STAGES: readonly AnnouncementStage[] = ['SKD', 'SKB', 'FINAL'];

async function roundForResults(ctx: Ctx, roundId: string) {
  const { round, formations } = await roundsRepo.getRoundWithFormations(ctx.store, ctx.tenant.id, roundId);
  return { round, formations };
}

/**
 * computeRanking (tenant admin): ranks every formasi of the round from its MS applications and the
 * scores imported so far, and stores each factor. Only once the administration result is final
 * (ADMINISTRATION_AFTER_OBJECTION announced); the exam stages already announced keep their
 * published versions, and a new ranking reaches the public only through a new version.
 */
export async function computeRanking(ctx: Ctx, claims: Claims, actor: Actor, roundId: string) {
  assertCanRunRounds(claims);
  const { round, formations } = await roundForResults(ctx, roundId);
  if (!round.published) throw conflict('A round is ranked only once it is published.');
  if (!annRepo.announcedAtOf(round).ADMINISTRATION_AFTER_OBJECTION)
    throw conflict(
      'The ranking waits for the final administration result: publish the ADMINISTRATION_AFTER_OBJECTION announcement first.',
    );
  const apps = (await repo.allSubmittedOfRound(ctx.store, claims.tenantId, round.id)).filter(
    (a) => a.status === 'MS',
  );
  const runId = newId();
  const computedAt = ctx.now.toISOString();
  const summary: Record<string, resultsRepo.RankingSummary> = {};
  const entries: resultsRepo.RankingRun['entries'] = [];
  for (const formation of formations) {
    const mine = apps.filter((a) => a.formationId === formation.id);
    let ranked: ReturnType<typeof rankFormation>;
    try {
      ranked = rankFormation(
        mine.map((a) => candidateOf(a, formation)),
        { openings: formation.openings, track: formation.track },
        rulesOf(round),
      );
    } catch (err) {
      if (err instanceof RangeError)
        throw conflict(`The formasi ${formation.positionName} cannot be ranked: ${err.message}.`);
      throw err;
    }
    summary[formation.id] = {
      passingGradeApplied: ranked.passingGradeApplied,
      shortlistLimit: ranked.shortlistLimit,
      tieAtShortlistLine: ranked.tieAtShortlistLine,
      tieAtOpeningsLine: ranked.tieAtOpeningsLine,
    };
    ranked.entries.forEach(({ id, birthDate: _b, ...factors }, position) => {
      entries.push({ applicationId: id, ranking: { ...factors, position, runId, computedAt } });
    });
  }
  const scoresRevision = roundResults(round).scoresRevision ?? 0;
  await resultsRepo.writeRanking(
    ctx.store,
    actor,
    round.id,
    { runId, computedAt, scoresRevision, summary, entries },
    ctx.now,
  );
  return getRanking(ctx, claims, roundId, {});
}

function entryView(app: Stored): RankingEntry | null {
  const r = results(app);
  const k = r.ranking;
  if (!k) return null;
  const skb = r.skbScores
    ? Object.fromEntries(
        (['cat', 'interview', 'other'] as const)
          .filter((c) => typeof r.skbScores?.[c] === 'number')
          .map((c) => [c, r.skbScores![c]]),
      )
    : null;
  return {
    applicationId: app.id,
    registrationNumber: app.registrationNumber ?? '',
    name: app.applicantName,
    birthDate: app.snapshot?.birthDate ?? '',
    ipk: k.ipk,
    skd: k.skd,
    skdTotal: k.skdTotal,
    skdPassed: k.skdPassed,
    skdFailed: k.skdFailed,
    skdRank: k.skdRank,
    skdDecidedBy: k.skdDecidedBy,
    shortlisted: k.shortlisted,
    skb: k.skd && skb ? skb : null,
    skdNormalised: k.skdNormalised,
    skbScore: k.skbScore,
    finalScore: k.finalScore,
    finalRank: k.finalRank,
    finalDecidedBy: k.finalDecidedBy,
    withinOpenings: k.withinOpenings,
    hired: r.hired ?? null,
  };
}

interface RankingRead {
  round: Round;
  ranking: RoundRanking;
}

async function readRanking(
  ctx: Ctx,
  claims: Claims,
  roundId: string,
  q: { formationId?: string },
): Promise<RankingRead> {
  const scope = recruitmentScope(claims);
  const { round, formations } = await roundForResults(ctx, roundId);
  const rr = roundResults(round);
  const apps = (await repo.allSubmittedOfRound(ctx.store, claims.tenantId, round.id)).filter(
    (a) => a.status === 'MS',
  );
  const current = (a: Stored) => results(a).ranking?.runId === rr.rankingRunId;
  const stale =
    !rr.rankingRunId ||
    (rr.scoresRevision ?? 0) !== (rr.rankingScoresRevision ?? 0) ||
    apps.some((a) => !current(a));
  const out: FormationRankingOut[] = formations
    .filter((f) => inScope(scope, f.agencyId) && (!q.formationId || f.id === q.formationId))
    .map((f) => {
      const s = rr.rankingSummary?.[f.id];
      const entries = apps
        .filter((a) => a.formationId === f.id && current(a))
        .sort((x, y) => (results(x).ranking?.position ?? 0) - (results(y).ranking?.position ?? 0))
        .map(entryView)
        .filter((e): e is RankingEntry => e !== null);
      return {
        formationId: f.id,
        positionName: f.positionName,
        unitName: f.unitName,
        agencyId: f.agencyId,
        agencyName: f.agencyName,
        track: f.track,
        openings: f.openings,
        passingGradeApplied: s?.passingGradeApplied ?? round.kind !== 'PPPK',
        shortlistLimit: s?.shortlistLimit ?? round.skbMultiplier * f.openings,
        tieAtShortlistLine: s?.tieAtShortlistLine ?? false,
        tieAtOpeningsLine: s?.tieAtOpeningsLine ?? false,
        entries,
      };
    });
  return {
    round,
    ranking: {
      roundId: round.id,
      computedAt: rr.rankingComputedAt ?? null,
      scoresUpdatedAt: rr.scoresUpdatedAt ?? null,
      stale,
      formations: out,
    },
  };
}

/** getRanking: the stored ranking; an agency admin sees their own agency's formasi. */
export async function getRanking(ctx: Ctx, claims: Claims, roundId: string, q: { formationId?: string }) {
  return (await readRanking(ctx, claims, roundId, q)).ranking;
}

/**
 * The rows of an exam announcement, from the stored ranking (409 when it is stale or has no scores
 * for the stage). SKD: every MS applicant, passed = went on to the SKB. SKB and FINAL: those who
 * went on, passed = ranked within the openings.
 */
export async function examRows(
  ctx: Ctx,
  claims: Claims,
  roundId: string,
  stage: AnnouncementStage,
): Promise<ExamAnnouncementRow[]> {
  // Called by publishAnnouncement after assertCanRunRounds: the tenant admin, who reads every formasi.
  const { ranking } = await readRanking(ctx, claims, roundId, {});
  if (ranking.stale)
    throw conflict(
      ranking.computedAt
        ? 'Scores were imported after the ranking was computed: compute the ranking again before the announcement.'
        : 'The round has no ranking yet: import the scores and compute the ranking first.',
    );
  const rows: ExamAnnouncementRow[] = [];
  for (const f of ranking.formations) {
    for (const e of f.entries) {
      if (stage !== 'SKD' && !e.shortlisted) continue;
      rows.push({
        registrationNumber: e.registrationNumber,
        name: e.name,
        formationId: f.formationId,
        positionName: f.positionName,
        unitName: f.unitName,
        agencyName: f.agencyName,
        track: f.track,
        skd: e.skd,
        skdTotal: e.skdTotal,
        skdPassed: e.skdPassed,
        skdRank: e.skdRank,
        shortlisted: e.shortlisted,
        skb: stage === 'SKD' ? null : e.skb,
        skdNormalised: stage === 'SKD' ? null : e.skdNormalised,
        skbScore: stage === 'SKD' ? null : e.skbScore,
        finalScore: stage === 'SKD' ? null : e.finalScore,
        finalRank: stage === 'SKD' ? null : e.finalRank,
        decidedBy: stage === 'SKD' ? e.skdDecidedBy : e.finalDecidedBy,
        passed: stage === 'SKD' ? e.shortlisted : e.withinOpenings,
      });
    }
  }
  const scored = rows.some((r) => (stage === 'SKD' ? r.skd !== null : r.skbScore !== null));
  if (!scored)
    throw conflict(
      `No ${stage === 'SKD' ? 'SKD' : 'SKB'} scores are in the ranking: import them (importExamScores) and compute the ranking first.`,
    );
  return rows;
}

/** Whether the applicant passed an exam stage, as its latest announced version says (for objections). */
export async function examPassedOf(
  ctx: Ctx,
  app: Stored,
  stage: 'SKD' | 'SKB',
): Promise<boolean | undefined> {
  const versions = await annRepo.listOfRound(ctx.store, ctx.tenant.id, app.roundId);
  const latest = versions.filter((v) => v.stage === stage).sort((a, b) => b.version - a.version)[0];
  const row = latest?.results.find((r) => r.registrationNumber === app.registrationNumber) as
    | ExamAnnouncementRow
    | undefined;
  return row ? row.passed : undefined;
}

// ---- hiring ----

/**
 * hireApplicant: the FINAL announcement must be published and list the applicant within the
 * openings; then the employee is created in personnel with the formasi's position and unit and the
 * applicant's data, and the two are linked both ways in the same transaction.
 */
export async function hireApplicant(
  ctx: Ctx,
  claims: Claims,
  actor: Actor,
  applicationId: string,
  input: HireApplicantInput,
) {
  const app = await staffApplication(ctx, claims, applicationId, true);
  assertCanManageFormation(claims, app);
  if (app.version !== input.version) throw versionConflict('The application');
  if (results(app).hired) throw conflict('This applicant is already hired.');
  const round = await roundsRepo.getRound(ctx.store, claims.tenantId, app.roundId);
  if (!annRepo.announcedAtOf(round).FINAL)
    throw conflict('An applicant is hired only after the FINAL announcement is published.');
  const versions = await annRepo.listOfRound(ctx.store, claims.tenantId, round.id);
  const final = versions.filter((v) => v.stage === 'FINAL').sort((a, b) => b.version - a.version)[0];
  const row = final?.results.find((r) => r.registrationNumber === app.registrationNumber) as
    | ExamAnnouncementRow
    | undefined;
  if (!row?.passed)
    throw conflict('The latest FINAL announcement does not list this applicant within the openings.');
  const formation = await roundsRepo.getFormation(ctx.store, claims.tenantId, round.id, app.formationId);
  const applicant = app.snapshot ?? (await repo.getApplicant(ctx.store, claims.tenantId, app.applicantId));
  const employeeInput = hiredEmployeeInput(
    round.kind,
    {
      name: applicant.name,
      gender: applicant.gender,
      birthPlace: applicant.birthPlace,
      birthDate: applicant.birthDate,
      email: applicant.email,
      phone: applicant.phone,
      education: applicant.education,
    },
    formation,
    input,
    EDUCATION_LEVELS,
  );
  const parsed = createEmployeeSchema.safeParse(employeeInput);
  if (!parsed.success) {
    // A problem with the NIP, the TMT, the rank or the grade is the admin's input; any other is in
    // the applicant's data and is named as such.
    const tmtField = round.kind === 'PPPK' ? 'tmt' : 'tmtCpns';
    throw validationError(
      parsed.error.issues.map((i) => {
        const head = String(i.path[0] ?? '');
        if (head === 'nip' || head === 'rank' || head === 'grade') return { path: head, message: i.message };
        if (head === tmtField) return { path: 'tmt', message: i.message };
        return {
          path: `applicant.${i.path.join('.')}`,
          message: `the applicant's data: ${i.message}`,
        };
      }),
    );
  }
  const { employeeId, link } = await resultsRepo.hire(
    ctx.store,
    actor,
    app,
    parsed.data,
    input.tmt,
    ctx.now,
    () => conflict('The application changed or was hired meanwhile; reload it.'),
  );
  return {
    applicationId: app.id,
    registrationNumber: app.registrationNumber ?? '',
    employeeId,
    nip: link.nip,
    employmentType: parsed.data.employmentType,
    hiredAt: link.hiredAt,
  };
}
