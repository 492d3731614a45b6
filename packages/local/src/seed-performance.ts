import { isManagerial, type Skp } from '@pamong/core';
import type { IndexName, Store } from '@pamong/db';
import * as keys from '@pamong/db/keys';
import type { TenantSeed } from './demo-data';
import type { DemoStaff } from './demo-leave';
import {
  ADMIN,
  type DemoActor,
  type DemoOrgRef,
  type DemoPerformancePlan,
  type DemoSkp,
  type DemoYear,
  demoPerformance,
  itemInput,
} from './demo-performance';
import { bounded, tenantToday } from './seed-util';
import type { PerformanceActor, PerformanceOp, SeedWrites, StaffActor, TenantRef } from './seed-writes';

export const PERFORMANCE_KINDS = [
  'skps',
  'skpRealisations',
  'skpAssessments',
  'orgRatings',
  'feedbackRounds',
  'feedbackAnswers',
] as const;
export type PerformanceKind = (typeof PERFORMANCE_KINDS)[number];

/** The rounds of the writes, each reading what the ones before wrote (see `round`). */
const ROUNDS = [
  'own plans, ratings, 360 rounds',
  'own plans submitted, 360 answers',
  'own plans approved',
  'cascades',
  'cascaded plans rewritten',
  'cascaded plans submitted',
  'cascaded plans approved',
  // Assessments read no realisation: they go with them.
  'realisations, feedback notes, assessments',
  'finalisations',
] as const;

export interface PerformanceSeeding {
  /**
   * Round `round` of the writes (ROUNDS): each step of an SKP reads the version the step before
   * wrote, so the caller writes a round out before starting the next. Returns whether another
   * round has work.
   */
  round(round: number): Promise<boolean>;
}

interface SkpState {
  id: string;
  version: number;
  /** Item ids in plan order, with the parent each supports. */
  items: { id: string; parentItemId: string | null }[];
}

/**
 * The demo agency's performance management (demo-performance.ts) through the real operations, each
 * at its own time in the past. Idempotent per part: last year's SKPs (with the ratings, assessments
 * and finalisations) are written when the agency has no SKP of last year, this year's when it has
 * none of this year, the 360 rounds when it has no round; what exists is left alone.
 */
export async function performanceSeeding(
  writes: SeedWrites,
  store: Store,
  tenant: TenantSeed,
  ref: TenantRef,
  existed: boolean,
  now: Date,
  org: { agency(code: string): string; unit(agencyCode: string, name: string): string },
  personnel: { staffOf(agencyCode: string): DemoStaff[]; idOf(key: string): string | undefined },
  count: (kind: PerformanceKind, created: boolean, n?: number) => void,
): Promise<PerformanceSeeding> {
  const today = tenantToday(now, tenant.timeZone);
  const agencyCode = tenant.demoAgencyCode;
  const agencyId = org.agency(agencyCode);
  const staff = personnel.staffOf(agencyCode);
  const plan: DemoPerformancePlan = demoPerformance(tenant, staff, today);
  const byKey = new Map(staff.map((s) => [s.key, s] as const));

  const one = async (pk: string, index: IndexName) =>
    existed &&
    (await store.query({ tenantId: ref.id, queryId: 'seed:exists', pk, limit: 1, index })).items.length > 0;
  const [hasLast, hasThis, hasRounds] = await Promise.all([
    one(keys.skpsByAgency(ref.id, agencyId, plan.lastYear.period).gsi2pk, 'gsi2'),
    one(keys.skpsByAgency(ref.id, agencyId, plan.thisYear.period).gsi2pk, 'gsi2'),
    one(keys.feedbackRoundsByAgency(ref.id, agencyId).gsi1pk, 'gsi1'),
  ]);
  const ly = plan.lastYear;
  const ty = plan.thisYear;
  count('skps', !hasLast, ly.skps.length);
  count('skps', !hasThis, ty.skps.length);
  count(
    'skpRealisations',
    !hasLast,
    ly.skps.reduce((n, s) => n + s.realisations.length, 0),
  );
  count('skpAssessments', !hasLast, ly.skps.filter((s) => s.assessment).length);
  count('orgRatings', !hasLast, ly.ratings.length);
  count('feedbackRounds', !hasRounds, plan.rounds.length);
  count(
    'feedbackAnswers',
    !hasRounds,
    plan.rounds.reduce((n, r) => n + r.answers.length, 0),
  );
  const years: DemoYear[] = [...(hasLast ? [] : [ly]), ...(hasThis ? [] : [ty])];
  const rounds = hasRounds ? [] : plan.rounds;
  if (years.length === 0 && rounds.length === 0) return { round: async () => false };

  const idOf = (key: string) => {
    const id = personnel.idOf(key);
    if (!id) throw new Error(`demo performance: ${key} has no employee record`);
    return id;
  };
  /** Who acts, as their account (or the account they would have) carries them. */
  let accounts: Promise<Map<string, StaffActor>> | undefined;
  const actorOf = async (key: DemoActor): Promise<PerformanceActor> => {
    if (key === ADMIN) return 'admin';
    accounts ??= (async () => {
      const out = new Map<string, StaffActor>();
      await Promise.all(
        tenant.users.map(async (u) => {
          const s = staff.find((x) => x.linkedUsername === u.username);
          if (!s) return;
          const login = await store.get<{ userId: string }>(keys.login(ref.id, u.username), true);
          if (!login) throw new Error(`demo performance: ${u.username} has no login in ${tenant.slug}`);
          out.set(s.key, {
            employeeId: idOf(s.key),
            agencyId,
            name: u.name,
            role: u.role === 'supervisor' ? 'supervisor' : 'employee',
            sub: login.userId,
            username: u.username,
          });
        }),
      );
      return out;
    })();
    const known = (await accounts).get(key);
    if (known) return known;
    const s = byKey.get(key)!;
    const employeeId = idOf(key);
    return {
      employeeId,
      agencyId,
      name: s.name,
      role: isManagerial(s.positionType) ? 'supervisor' : 'employee',
      sub: employeeId,
    };
  };
  const act = async <T>(by: DemoActor, op: PerformanceOp, at: Date) =>
    (await writes.performance(ref, await actorOf(by), op, at)) as T;
  /** The route takes one of the two: a unit is found in the caller's agency. */
  const orgBody = (o: DemoOrgRef) =>
    o.kind === 'agency' ? { agencyId } : { unitId: org.unit(agencyCode, o.unitName) };

  const state = new Map<DemoSkp, SkpState>();
  const skpOf = (year: DemoYear, owner: string) => {
    const skp = year.skps.find((s) => s.owner === owner);
    const st = skp && state.get(skp);
    if (!st) throw new Error(`demo performance: ${owner} has no SKP for ${year.year} yet`);
    return st;
  };
  const track = (skp: DemoSkp, written: Skp) => {
    state.set(skp, {
      id: written.id,
      version: written.version,
      // A service unit head's automatic IKM item (issue 14 §5) is not in the demo plan: the plan's
      // item indexes count the others.
      items: written.items
        .filter((i) => i.source !== 'ikm')
        .map((i) => ({ id: i.id, parentItemId: i.parentItemId })),
    });
  };
  const roundIds = new Map<number, string>();
  /** The owner submits, the appraiser approves, at the version the step before left. */
  const step = (skp: DemoSkp, kind: 'submitSkpPlan' | 'approveSkpPlan', at: Date) => {
    const st = state.get(skp)!;
    const by = kind === 'submitSkpPlan' ? skp.owner : skp.appraiser;
    return act<Skp>(by, { kind, skpId: st.id, body: { version: st.version } }, at).then((after) => {
      st.version = after.version;
    });
  };

  /**
   * Each chain's operations one after another, the chains side by side (the API path a few at a
   * time: a chain holds the writes that share an item, an SKP or an organisation's tally).
   */
  const run = (chains: (() => Promise<unknown>)[][]) =>
    bounded(chains, writes.parallel, async (chain) => {
      for (const op of chain) await op();
    });
  const each = <T>(list: T[], fn: (x: T) => Promise<unknown>) => list.map((x) => [() => fn(x)]);

  return {
    async round(round) {
      if (round >= ROUNDS.length) return false;
      const chains: (() => Promise<unknown>)[][] = [];
      for (const year of years) {
        const own = year.skps.filter((s) => s.origin === 'own');
        const cascaded = year.skps.filter((s) => s.origin === 'cascade');
        switch (round) {
          case 0:
            chains.push(
              ...each(own, (skp) =>
                act<Skp>(
                  skp.owner,
                  {
                    kind: 'createSkp',
                    body: {
                      period: year.period,
                      items: skp.items.map((it) => itemInput(it)),
                      behaviourExpectations: skp.behaviourExpectations,
                    },
                  },
                  skp.createdAt,
                ).then((written) => track(skp, written)),
              ),
              // A unit head's hasil kerja follows the unit's rating: the ratings come first.
              ...each(year.ratings, (r) =>
                act(
                  r.by,
                  {
                    kind: 'rateOrganisation',
                    body: {
                      ...orgBody(r.org),
                      period: year.period,
                      predikat: r.predikat,
                      indicators: r.indicators,
                    },
                  },
                  r.at,
                ),
              ),
            );
            break;
          case 1:
            chains.push(
              ...each(
                own.filter((s) => s.submittedAt),
                (skp) => step(skp, 'submitSkpPlan', skp.submittedAt!),
              ),
            );
            break;
          case 2:
            chains.push(
              ...each(
                own.filter((s) => s.approvedAt),
                (skp) => step(skp, 'approveSkpPlan', skp.approvedAt!),
              ),
            );
            break;
          case 3:
            chains.push(
              ...each(year.cascades, async (c) => {
                const from = skpOf(year, c.from);
                const result = await act<{
                  targets: { employeeId: string; skpId: string; createdSkp: boolean }[];
                  refused: { employeeName: string; reason: string }[];
                }>(
                  c.from,
                  {
                    kind: 'cascadeSkpItems',
                    body: {
                      skpId: from.id,
                      itemIds: c.items.map((i) => from.items[i]!.id),
                      subordinateIds: c.to.map(idOf),
                    },
                  },
                  c.at,
                );
                if (result.refused.length > 0 || result.targets.some((x) => !x.createdSkp))
                  throw new Error(
                    `demo performance: the cascade in ${tenant.slug} refused ${result.refused.map((x) => `${x.employeeName} (${x.reason})`).join(', ') || 'nobody, but found SKPs already there'}`,
                  );
                for (const key of c.to) {
                  const skp = cascaded.find((s) => s.owner === key)!;
                  const target = result.targets.find((x) => x.employeeId === idOf(key))!;
                  state.set(skp, { id: target.skpId, version: 0, items: [] });
                }
              }),
            );
            break;
          case 4: {
            // The cascade answers ids, not items: read the SKPs it made (one BatchGetItem per 100).
            const made = cascaded.map((skp) => ({ skp, st: state.get(skp)! }));
            const read = await store.batchGet<Skp & { pk: string }>(
              made.map(({ st }) => keys.skp(ref.id, st.id)),
              true,
            );
            const byId = new Map(read.map((s) => [s.id, s]));
            for (const { skp, st } of made) {
              const written = byId.get(st.id);
              if (!written)
                throw new Error(`demo performance: the SKP of ${skp.owner} is missing after its cascade`);
              track(skp, written);
            }
            chains.push(
              ...each(
                cascaded.filter((s) => s.editedAt),
                (skp) => {
                  const st = state.get(skp)!;
                  const parents = skpOf(year, skp.appraiser).items;
                  const items = skp.items.map((it) => {
                    const parentItemId = it.parent === null ? null : parents[it.parent]!.id;
                    const mine = st.items.find((x) => x.parentItemId === parentItemId);
                    return itemInput(it, { id: mine?.id, parentItemId });
                  });
                  return act<Skp>(
                    skp.owner,
                    {
                      kind: 'updateSkpPlan',
                      skpId: st.id,
                      body: { items, behaviourExpectations: skp.behaviourExpectations, version: st.version },
                    },
                    skp.editedAt!,
                  ).then((written) => track(skp, written));
                },
              ),
            );
            break;
          }
          case 5:
            chains.push(
              ...each(
                cascaded.filter((s) => s.submittedAt),
                (skp) => step(skp, 'submitSkpPlan', skp.submittedAt!),
              ),
            );
            break;
          case 6:
            chains.push(
              ...each(
                cascaded.filter((s) => s.approvedAt),
                (skp) => step(skp, 'approveSkpPlan', skp.approvedAt!),
              ),
            );
            break;
          case 7: {
            // One chain per SKP: its realisations and notes each check the SKP is still approved.
            for (const skp of year.skps) {
              const st = state.get(skp)!;
              const ops = [
                ...skp.realisations.map(
                  (r) => () =>
                    act(
                      skp.owner,
                      {
                        kind: 'recordSkpRealisation',
                        skpId: st.id,
                        body: {
                          itemId: st.items[r.item]!.id,
                          period: r.period,
                          value: r.value,
                          note: r.note,
                          evidence: r.evidence.map((url) => ({ kind: 'link', url })),
                        },
                      },
                      r.at,
                    ),
                ),
                ...skp.notes.map(
                  (n) => () =>
                    act(
                      skp.appraiser,
                      {
                        kind: 'addSkpFeedback',
                        skpId: st.id,
                        body: {
                          date: n.date,
                          note: n.note,
                          ...(n.item === null ? {} : { itemId: st.items[n.item]!.id }),
                        },
                      },
                      n.at,
                    ),
                ),
              ];
              if (ops.length > 0) chains.push(ops);
            }
            // One chain: every assessment adds to its unit's and the agency's tally.
            const assessed = year.skps.filter((s) => s.assessment);
            if (assessed.length > 0)
              chains.push(
                assessed.map((skp) => () => {
                  const a = skp.assessment!;
                  return act(
                    skp.appraiser,
                    {
                      kind: 'assessSkp',
                      body: {
                        skpId: state.get(skp)!.id,
                        period: year.period,
                        hasilKerja: a.hasilKerja,
                        perilaku: a.perilaku,
                        perilakuNotes: a.perilakuNotes,
                      },
                    },
                    a.at,
                  );
                }),
              );
            break;
          }
          case 8:
            chains.push(
              ...each(year.finalisations, (f) =>
                act(
                  f.by,
                  { kind: 'finaliseSkpAssessments', body: { ...orgBody(f.org), period: year.period } },
                  f.at,
                ),
              ),
            );
            break;
        }
      }
      if (round === 0)
        rounds.forEach((r, i) => {
          chains.push([
            () =>
              act<{ id: string }>(
                r.openedBy,
                {
                  kind: 'openFeedbackRound',
                  body: {
                    subject: { kind: 'employee', id: idOf(r.subject) },
                    period: r.period,
                    raters: r.raters.map((x) => ({ employeeId: idOf(x.rater), relation: x.relation })),
                    closesOn: r.closesOn,
                  },
                },
                r.at,
              ).then((opened) => {
                roundIds.set(i, opened.id);
              }),
          ]);
        });
      if (round === 1)
        rounds.forEach((r, i) => {
          for (const a of r.answers)
            chains.push([
              () =>
                act(
                  a.rater,
                  {
                    kind: 'submitFeedback',
                    roundId: roundIds.get(i)!,
                    body: { scores: a.scores, ...(a.comment ? { comment: a.comment } : {}) },
                  },
                  a.at,
                ),
            ]);
        });
      await run(chains);
      return round + 1 < ROUNDS.length && (years.length > 0 || round < 1);
    },
  };
}
