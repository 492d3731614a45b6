import {
  ELEMENT_CODES,
  type ElementCode,
  monthIn,
  periodOfMonth,
  previousPeriod,
  RESPONDENT_EDUCATION,
  RESPONDENT_OCCUPATION,
  seededRandom,
} from '@pamong/core';
import type { Store } from '@pamong/db';
import * as surveyUnitsRepo from '@pamong/db/repos/surveys/admin';
import * as surveyCommon from '@pamong/db/repos/surveys/common';
import * as surveyReportsRepo from '@pamong/db/repos/surveys/reports';
import type { TenantSeed } from './demo-data';
import {
  DEMO_SURVEY_MONTHS,
  DEMO_SURVEY_RATE_LIMIT,
  DEMO_SURVEY_UNITS,
  type SurveyUnitSeed,
} from './demo-surveys';
import { bounded, listAll } from './seed-util';
import type { SeedWrites, TenantRef } from './seed-writes';

const SUGGESTIONS = [
  'Antrean pagi terlalu panjang, mohon tambah loket.',
  'Petugas ramah dan cepat, terima kasih.',
  'Ruang tunggu panas, kipas angin sering mati.',
  'Informasi persyaratan di papan pengumuman kurang jelas.',
  'Mohon sediakan tempat parkir yang lebih luas.',
  'Pelayanan sudah jauh lebih baik dari tahun lalu.',
  'Sistem antrean online sering gangguan.',
  'Toilet perlu lebih sering dibersihkan.',
];

const hash = (s: string) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

function answersFor(r: () => number, seed: SurveyUnitSeed): Record<ElementCode, number> {
  const base = 1 + seed.quality * 3;
  const out = {} as Record<ElementCode, number>;
  for (const code of ELEMENT_CODES) {
    const shift = code === seed.weakElement ? -0.9 : 0;
    out[code] = Math.min(4, Math.max(1, Math.round(base + shift + (r() - 0.5) * 1.6)));
  }
  return out;
}

/** Local calendar months (YYYY-MM), oldest first, ending with the current one. */
export function recentMonths(now: Date, timeZone: string, count: number): string[] {
  const current = monthIn(now, timeZone);
  let y = Number(current.slice(0, 4));
  let m = Number(current.slice(5, 7));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.unshift(`${y}-${String(m).padStart(2, '0')}`);
    m -= 1;
    if (m === 0) {
      m = 12;
      y -= 1;
    }
  }
  return out;
}

/**
 * A time in the tenant's office hours on a day of the month, never after `now`. Demo tenants are
 * all in WIB (UTC+7).
 */
function visitTime(r: () => number, month: string, now: Date): Date {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const day = 1 + Math.floor(r() * 28);
  const hourWib = 8 + Math.floor(r() * 7);
  const at = new Date(Date.UTC(y, m - 1, day, hourWib - 7, Math.floor(r() * 60)));
  return at > now ? new Date(now.getTime() - 60_000) : at;
}

/** A unit's history: how many responses per month, and the generator that continues into them. */
function historyPlan(tenantSlug: string, seed: SurveyUnitSeed, months: string[]) {
  const r = seededRandom(hash(`${tenantSlug}/${seed.name}`));
  const perMonth = months.map((month) => ({ month, n: 14 + Math.floor(r() * 14) }));
  const total = perMonth.reduce((s, p) => s + p.n, 0);
  const codesWanted =
    seed.verification === 'off' ? 0 : seed.verification === 'required' ? total : Math.ceil(total * 0.4);
  return { r, perMonth, total, codesWanted };
}

/**
 * The responses themselves, in submission order. `codes` are used up from the end, and whether a
 * response carries one is drawn only while codes are left, so the same draws give the same data.
 */
function historyResponses(
  plan: ReturnType<typeof historyPlan>,
  seed: SurveyUnitSeed,
  serviceTypes: string[],
  codes: string[],
  now: Date,
): { at: Date; body: Record<string, unknown> }[] {
  const { r } = plan;
  const out: { at: Date; body: Record<string, unknown> }[] = [];
  for (const { month, n } of plan.perMonth) {
    for (let i = 0; i < n; i++) {
      const at = visitTime(r, month, now);
      const body: Record<string, unknown> = {
        answers: answersFor(r, seed),
        respondent: {
          gender: r() < 0.52 ? 'P' : 'L',
          age: 17 + Math.floor(r() * 55),
          education: pick(r, RESPONDENT_EDUCATION),
          occupation: pick(r, RESPONDENT_OCCUPATION),
        },
        serviceType: pick(r, serviceTypes),
      };
      if (r() < 0.2) body.suggestion = pick(r, SUGGESTIONS);
      if (codes.length > 0 && (seed.verification === 'required' || r() < 0.4)) body.serviceCode = codes.pop();
      out.push({ at, body });
    }
  }
  return out;
}

interface UnitRun {
  seed: SurveyUnitSeed;
  id: string;
  serviceTypes: string[];
  /** Periods that already have a population. */
  periods: Set<string>;
  /** The unit already has responses in the demo months: it gets no more. */
  hasHistory: boolean;
  plan?: ReturnType<typeof historyPlan>;
  codes: string[];
}

export interface SurveySeeding {
  /** Step 1: the tenant's settings (a high rate limit for demos). */
  settings(): Promise<void>;
  /** Step 2: the survey units (they read their agency, written in step 1). */
  units(): Promise<void>;
  /** Step 3: quarterly populations and the service codes the history will use. */
  populationsAndCodes(): Promise<void>;
  /** Step 4: months of responses through the public submit, the clock set to each visit. */
  responses(): Promise<void>;
}

/** The org unit a survey unit serves: `first-bidang` is the agency's first Bidang (the demo `atasan`'s). */
function servedUnitName(tenant: TenantSeed, seed: SurveyUnitSeed): string {
  if (seed.serves !== 'first-bidang') return seed.serves!;
  const agency = tenant.agencies.find((a) => a.code === seed.agencyCode);
  const bidang = agency?.units.find((u) => u.name.startsWith('Bidang'));
  if (!bidang) throw new Error(`demo surveys: no Bidang in ${seed.agencyCode} of ${tenant.slug}`);
  return bidang.name;
}

/**
 * A tenant's survey setup and history. Idempotent: it looks before it writes, and a unit that
 * already has responses gets no more. Responses of several units may be in flight together:
 * they touch their own unit counters plus the shared agency and tenant ones, which ADD commutes on.
 */
export async function surveySeeding(
  writes: SeedWrites,
  store: Store,
  tenant: TenantSeed,
  ref: TenantRef,
  existed: boolean,
  now: Date,
  org: { agency(code: string): string; unit(agencyCode: string, name: string): string },
  count: (kind: 'surveyUnits' | 'surveyResponses', created: boolean, n?: number) => void,
): Promise<SurveySeeding> {
  const seeds = DEMO_SURVEY_UNITS[tenant.slug] ?? [];
  const months = recentMonths(now, tenant.timeZone, DEMO_SURVEY_MONTHS);
  const quarter = periodOfMonth(months.at(-1)!, 'quarter');
  const [settings, existingUnits] = existed
    ? await Promise.all([
        surveyCommon.getSurveySettings(store, ref.id),
        listAll((q) => surveyUnitsRepo.listSurveyUnits(store, ref.id, q)),
      ])
    : [undefined, []];
  const units: UnitRun[] = [];

  return {
    async settings() {
      if (seeds.length === 0) return;
      if (settings?.rateLimitPerHour === DEMO_SURVEY_RATE_LIMIT) return;
      await writes.updateSurveySettings(ref, {
        rateLimitPerHour: DEMO_SURVEY_RATE_LIMIT,
        version: settings?.version ?? 0,
      });
    },

    async units() {
      for (const seed of seeds) {
        const agency = org.agency(seed.agencyCode);
        const found = existingUnits.find((u) => u.name === seed.name && u.agencyId === agency);
        const unit =
          found ??
          (await writes.createSurveyUnit(ref, {
            agencyId: agency,
            orgUnitId: seed.serves ? org.unit(seed.agencyCode, servedUnitName(tenant, seed)) : null,
            name: seed.name,
            serviceTypes: seed.serviceTypes,
            verification: seed.verification,
          }));
        count('surveyUnits', !found);
        const run: UnitRun = {
          seed,
          id: unit.id,
          serviceTypes: unit.serviceTypes,
          periods: new Set(),
          hasHistory: false,
          codes: [],
        };
        if (found) {
          const scope = { agencyId: null };
          const [populations, trend] = await Promise.all([
            surveyUnitsRepo.listSurveyPopulation(store, ref.id, unit.id, scope),
            surveyReportsRepo.getUnitTrend(
              store,
              ref.id,
              unit.id,
              { from: months[0]!, to: months.at(-1)! },
              scope,
            ),
          ]);
          run.periods = new Set(populations.items.map((p) => p.period));
          run.hasHistory = trend.months.some((p) => p.respondents > 0);
        }
        units.push(run);
      }
    },

    async populationsAndCodes() {
      await bounded(units, writes.parallel, async (unit) => {
        for (const period of [previousPeriod(quarter), quarter]) {
          if (unit.periods.has(period)) continue;
          await writes.setSurveyPopulation(ref, unit.id, period, {
            population: unit.seed.quarterlyPopulation,
          });
        }
        const plan = historyPlan(tenant.slug, unit.seed, months);
        if (unit.hasHistory) {
          count('surveyResponses', false, plan.total);
          return;
        }
        unit.plan = plan;
        while (unit.codes.length < plan.codesWanted) {
          const batch = await writes.issueServiceCodes(ref, unit.id, {
            count: Math.min(90, plan.codesWanted - unit.codes.length),
            validDays: 30,
          });
          unit.codes.push(...batch.codes);
        }
      });
    },

    async responses() {
      await bounded(units, writes.parallel, async (unit) => {
        if (!unit.plan) return;
        for (const { at, body } of historyResponses(
          unit.plan,
          unit.seed,
          unit.serviceTypes,
          unit.codes,
          now,
        )) {
          await writes.submitSurveyResponse(ref, unit.id, body, at);
          count('surveyResponses', true);
        }
      });
    },
  };
}
