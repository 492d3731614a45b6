import { recruitmentRoundsRepo, type Store } from '@pamong/db';
import type { TenantSeed } from './demo-data';
import type { PersonnelPlan } from './demo-personnel';
import { type DemoRound, demoRecruitment } from './demo-recruitment';
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
 * tenant's rounds (one Query per page).
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
  count: (kind: RecruitmentKind, created: boolean, n?: number) => void,
): Promise<RecruitmentSeeding> {
  const plan = demoRecruitment(tenant, personnel.plan, tenantToday(now, tenant.timeZone));
  const codes = existed
    ? new Set((await listAll((q) => recruitmentRoundsRepo.listRounds(store, ref.id, q))).map((r) => r.code))
    : new Set<string>();
  const missing: DemoRound[] = [];
  for (const r of plan.rounds) {
    const had = codes.has(r.body.code);
    if (!had) missing.push(r);
    count('recruitmentRounds', !had);
    count('formations', !had, r.formations.length);
  }
  const written = new Map<DemoRound, { id: string; version: number }>();

  const positionId = (key: string) => {
    const id = personnel.positionIdOf(key);
    if (!id) throw new Error(`demo recruitment: the position ${key} of ${tenant.slug} was not seeded`);
    return id;
  };

  return {
    async round(round) {
      if (round >= ROUNDS.length || missing.length === 0) return false;
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
      return round + 1 < ROUNDS.length;
    },
  };
}
