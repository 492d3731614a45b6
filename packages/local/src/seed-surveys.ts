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
import {
  DEMO_SURVEY_MONTHS,
  DEMO_SURVEY_RATE_LIMIT,
  DEMO_SURVEY_UNITS,
  type SurveyUnitSeed,
} from './demo-surveys';

/** What the survey seed needs from the seed's API client. */
export interface SeedHttp {
  send<T = unknown>(
    method: string,
    path: string,
    token: string | undefined,
    body?: unknown,
    app?: { request(input: string, init?: RequestInit): Response | Promise<Response> },
  ): Promise<T>;
  listAll<T>(path: string, token: string): Promise<T[]>;
}

/** The API with its clock set by the seed, so demo history lands in past months the way live submissions would. */
export type ClockedApi = (now: () => Date) => {
  request(input: string, init?: RequestInit): Response | Promise<Response>;
};

interface UnitRow {
  id: string;
  name: string;
  agencyId: string;
  verification: 'off' | 'optional' | 'required';
  serviceTypes: string[];
}

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
function recentMonths(now: Date, timeZone: string, count: number): string[] {
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

/**
 * Seeds a tenant's survey setup and history: settings (a high rate limit for demos), the units,
 * quarterly populations, service codes, and months of responses through the public submit route.
 * Idempotent: it looks before it writes, and a unit that already has responses gets no more.
 */
export async function seedTenantSurveys(
  http: SeedHttp,
  clocked: ClockedApi,
  tenant: { slug: string; timeZone: string },
  token: string,
  agencyIdsByCode: Map<string, string>,
  now: Date,
  count: (created: boolean) => void,
): Promise<void> {
  const seeds = DEMO_SURVEY_UNITS[tenant.slug] ?? [];
  if (seeds.length === 0) return;

  const settings = await http.send<{ rateLimitPerHour: number; version: number }>(
    'GET',
    '/v1/surveys/settings',
    token,
  );
  if (settings.rateLimitPerHour !== DEMO_SURVEY_RATE_LIMIT) {
    await http.send('PUT', '/v1/surveys/settings', token, {
      rateLimitPerHour: DEMO_SURVEY_RATE_LIMIT,
      version: settings.version,
    });
  }

  const existing = await http.listAll<UnitRow>('/v1/surveys/units', token);
  const months = recentMonths(now, tenant.timeZone, DEMO_SURVEY_MONTHS);
  // Units in parallel (each with its own clocked app): their responses touch only their own unit
  // counters plus the shared agency and tenant ones, which ADD commutes on.
  const seedUnit = async (seed: SurveyUnitSeed) => {
    let clock = now;
    const api = clocked(() => clock);
    const agencyId = agencyIdsByCode.get(seed.agencyCode);
    if (!agencyId) throw new Error(`Demo tenant ${tenant.slug} has no agency with code ${seed.agencyCode}.`);
    const found = existing.find((u) => u.name === seed.name && u.agencyId === agencyId);
    const unit =
      found ??
      (await http.send<UnitRow>('POST', '/v1/surveys/units', token, {
        agencyId,
        name: seed.name,
        serviceTypes: seed.serviceTypes,
        verification: seed.verification,
      }));
    count(!found);

    const populations = await http.send<{ items: { period: string }[] }>(
      'GET',
      `/v1/surveys/units/${unit.id}/population`,
      token,
    );
    const quarter = periodOfMonth(months.at(-1)!, 'quarter');
    for (const period of [previousPeriod(quarter), quarter]) {
      if (populations.items.some((p) => p.period === period)) continue;
      await http.send('PUT', `/v1/surveys/units/${unit.id}/population/${period}`, token, {
        population: seed.quarterlyPopulation,
      });
    }

    const trend = await http.send<{ months: { respondents: number }[] }>(
      'GET',
      `/v1/surveys/units/${unit.id}/trend?from=${months[0]}&to=${months.at(-1)}`,
      token,
    );
    if (trend.months.some((p) => p.respondents > 0)) return;

    const r = seededRandom(hash(`${tenant.slug}/${seed.name}`));
    const plan = months.map((month) => ({ month, n: 14 + Math.floor(r() * 14) }));
    const total = plan.reduce((s, p) => s + p.n, 0);
    const codes: string[] = [];
    if (seed.verification !== 'off') {
      const wanted = seed.verification === 'required' ? total : Math.ceil(total * 0.4);
      while (codes.length < wanted) {
        const batch = await http.send<{ codes: string[] }>(
          'POST',
          `/v1/surveys/units/${unit.id}/service-codes`,
          token,
          {
            count: Math.min(90, wanted - codes.length),
            validDays: 30,
          },
        );
        codes.push(...batch.codes);
      }
    }

    for (const { month, n } of plan) {
      for (let i = 0; i < n; i++) {
        clock = visitTime(r, month, now);
        const body: Record<string, unknown> = {
          answers: answersFor(r, seed),
          respondent: {
            gender: r() < 0.52 ? 'P' : 'L',
            age: 17 + Math.floor(r() * 55),
            education: pick(r, RESPONDENT_EDUCATION),
            occupation: pick(r, RESPONDENT_OCCUPATION),
          },
          serviceType: pick(r, unit.serviceTypes),
        };
        if (r() < 0.2) body.suggestion = pick(r, SUGGESTIONS);
        if (codes.length > 0 && (seed.verification === 'required' || r() < 0.4))
          body.serviceCode = codes.pop();
        await http.send(
          'POST',
          `/v1/public/${tenant.slug}/survey-units/${unit.id}/responses`,
          undefined,
          body,
          api,
        );
      }
    }
  };
  await Promise.all(seeds.map(seedUnit));
}
