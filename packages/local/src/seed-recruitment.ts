import type { Store } from '@pamong/db';
import * as recruitmentRoundsRepo from '@pamong/db/repos/recruitment/rounds';
import type { TenantSeed } from './demo-data';
import type { PersonnelPlan } from './demo-personnel';
import { type DemoRound, demoRecruitment } from './demo-recruitment';
import { type ApplicantKind, type ApplicantSeeding, applicantSeeding } from './seed-applicants';
import { listAll, tenantToday } from './seed-util';
import type { SeedWrites, TenantRef } from './seed-writes';

export const RECRUITMENT_KINDS = ['recruitmentRounds', 'formations'] as const;
export type RecruitmentKind = (typeof RECRUITMENT_KINDS)[number];

/** The rounds of the writes, each reading what the one before wrote (see `round`). */
const ROUNDS = ['rounds created', 'formasi added', 'rounds published'] as const;

export interface RecruitmentSeeding {
  /**
   * Round `round` of the writes (ROUNDS): a formasi reads its round, and publishing reads the
   * round's count of formasi, so the caller writes a round out before starting the next. Returns
   * whether another round has work.
   */
  round(round: number): Promise<boolean>;
}

/**
 * The tenant's demo recruitment (demo-recruitment.ts) through the routes' service functions, the
 * tenant admin acting at each act's time. Idempotent per round: a round whose code the tenant
 * already uses is left alone (with whatever formasi it has), so a second run only reads the
 * tenant's rounds (one Query per page). After the rounds, the demo applicants, their applications,
 * the screening and last year's announcements (seed-applicants.ts), in rounds of their own.
 */
export async function recruitmentSeeding(
  writes: SeedWrites,
  store: Store,
  tenant: TenantSeed,
  ref: TenantRef,
  existed: boolean,
  now: Date,
  org: { agency(code: string): string; unit(agencyCode: string, name: string): string },
  personnel: { plan: PersonnelPlan; positionIdOf(key: string): string | undefined },
  count: (kind: RecruitmentKind | ApplicantKind, created: boolean, n?: number) => void,
  /** Whether to seed the demo applicants too (seed-applicants.ts; default true). */
  withApplicants = true,
): Promise<RecruitmentSeeding> {
  const today = tenantToday(now, tenant.timeZone);
  const plan = demoRecruitment(tenant, personnel.plan, today);
  const stored = existed
    ? new Map(
        (await listAll((q) => recruitmentRoundsRepo.listRounds(store, ref.id, q))).map((r) => [r.code, r.id]),
      )
    : new Map<string, string>();
  const missing: DemoRound[] = [];
  for (const r of plan.rounds) {
    const had = stored.has(r.body.code);
    if (!had) missing.push(r);
    count('recruitmentRounds', !had);
    count('formations', !had, r.formations.length);
  }
  const written = new Map<DemoRound, { id: string; version: number }>();
  // The applicants apply to the rounds as stored: found, or written in the rounds before theirs.
  const applicants: ApplicantSeeding | null = withApplicants
    ? await applicantSeeding(
        writes,
        store,
        tenant,
        ref,
        () =>
          plan.rounds.map((r) => ({
            plan: r,
            id: stored.get(r.body.code) ?? written.get(r)?.id,
            existed: stored.has(r.body.code),
          })),
        personnel.positionIdOf,
        today,
        count,
      )
    : null;

  const positionId = (key: string) => {
    const id = personnel.positionIdOf(key);
    if (!id) throw new Error(`demo recruitment: the position ${key} of ${tenant.slug} was not seeded`);
    return id;
  };

  return {
    async round(round) {
      if (round >= ROUNDS.length) return applicants ? applicants.round(round - ROUNDS.length) : false;
      if (missing.length === 0) return applicants !== null;
      // The rounds side by side; one round's formasi one after another (each adds to its round's counters).
      await Promise.all(
        missing.map(async (r) => {
          switch (round) {
            case 0:
              written.set(
                r,
                await writes.recruitment(ref, { kind: 'createRecruitmentRound', body: r.body }, r.createdAt),
              );
              break;
            case 1: {
              const roundId = written.get(r)!.id;
              for (const f of r.formations)
                await writes.recruitment(
                  ref,
                  {
                    kind: 'addFormation',
                    roundId,
                    body: {
                      ...f.body,
                      positionId: positionId(f.positionKey),
                      unitId: org.unit(f.agencyCode, f.unitName),
                    },
                  },
                  f.at,
                );
              break;
            }
            case 2: {
              if (!r.publishedAt) break;
              const { id, version } = written.get(r)!;
              await writes.recruitment(
                ref,
                { kind: 'publishRecruitmentRound', roundId: id, body: { version } },
                r.publishedAt,
              );
              break;
            }
          }
        }),
      );
      return round + 1 < ROUNDS.length || applicants !== null;
    },
  };
}
