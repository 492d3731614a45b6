import { useLocation } from 'preact-iso';
import { getIkmOverview, type PublicIkmUnit } from './api';
import { formatScore, type Lang, type PublicDictionary, useLang } from './i18n';
import { Loading, ProblemPanel, PublicLayout, useResource, useTitle } from './ui';

/** The bands of ASN-RULES §3, for the legend (the grade of each unit comes from the API). */
const BANDS = [
  { grade: 'A', from: 88.31, to: 100, label: 'Sangat Baik' },
  { grade: 'B', from: 76.61, to: 88.3, label: 'Baik' },
  { grade: 'C', from: 65, to: 76.6, label: 'Kurang Baik' },
  { grade: 'D', from: 25, to: 64.99, label: 'Tidak Baik' },
] as const;

const RECENT_QUARTERS = 8;

/** The current quarter and the ones before it, newest first (`2026-Q2`, `2026-Q1`, `2025-Q4`, …). */
function recentQuarters(today: Date, count: number): string[] {
  let year = today.getFullYear();
  let q = Math.floor(today.getMonth() / 3) + 1;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(`${year}-Q${q}`);
    q -= 1;
    if (q === 0) {
      q = 4;
      year -= 1;
    }
  }
  return out;
}

function periodLabel(t: PublicDictionary, period: string): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(period);
  return m ? t.quarter(Number(m[2]), Number(m[1])) : period;
}

/** Highest IKM first; units without answers yet go last. */
function byIkm(a: PublicIkmUnit, b: PublicIkmUnit): number {
  const x = a.current.ikm;
  const y = b.current.ikm;
  if (x === null && y === null) return a.name.localeCompare(b.name);
  if (x === null) return 1;
  if (y === null) return -1;
  return y - x || a.name.localeCompare(b.name);
}

/** `/ikm/:tenant`: the public transparency page, every published unit's IKM this period and last. */
export default function IkmPage({ tenant }: { tenant: string }) {
  const { t, lang } = useLang();
  const { query, route } = useLocation();
  const requested =
    query.period && /^\d{4}(-(S[12]|Q[1-4]|0[1-9]|1[0-2]))?$/.test(query.period) ? query.period : '';
  const overview = useResource(
    (signal) => getIkmOverview(tenant, requested || undefined, signal),
    [tenant, requested],
  );
  const data = overview.data;
  useTitle(data ? `${t.ikmTitle} · ${data.tenant.name}` : t.ikmTitle);

  const shown = data?.period ?? requested;
  const options = recentQuarters(new Date(), RECENT_QUARTERS);
  if (shown && !options.includes(shown)) options.unshift(shown);
  const units = [...(data?.units ?? [])].sort(byIkm);

  return (
    <PublicLayout tenantName={data?.tenant.name}>
      <h1>{t.ikmTitle}</h1>
      <p class="lead">{t.ikmIntro}</p>
      <div class="field period-field">
        <label for="ikm-period">{t.period}</label>
        <select
          id="ikm-period"
          class="input"
          value={shown}
          onChange={(e) =>
            route(
              `/ikm/${encodeURIComponent(tenant)}?period=${encodeURIComponent(e.currentTarget.value)}`,
              true,
            )
          }
        >
          {!shown && <option value="">{t.choose}</option>}
          {options.map((p) => (
            <option key={p} value={p}>
              {periodLabel(t, p)}
            </option>
          ))}
        </select>
      </div>

      {overview.loading && <Loading />}
      {overview.error != null && (
        <ProblemPanel error={overview.error} ctx={{ notFound: t.notFoundTenant }} onRetry={overview.reload} />
      )}
      {data && !overview.loading && (
        <section aria-labelledby="ikm-units">
          <h2 id="ikm-units">
            {t.ikmUnits} — {periodLabel(t, data.period)}
          </h2>
          {units.length === 0 ? (
            <p class="pub-alert">{t.ikmNone}</p>
          ) : (
            <ol class="ikm-list">
              {units.map((u) => (
                <UnitRow key={u.unitId} unit={u} previousPeriod={data.previousPeriod} t={t} lang={lang} />
              ))}
            </ol>
          )}
        </section>
      )}

      <section class="legend" aria-labelledby="ikm-legend">
        <h2 id="ikm-legend">{t.legendTitle}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.grade}</th>
              <th scope="col">IKM</th>
              <th scope="col">{t.gradeMeaning}</th>
            </tr>
          </thead>
          <tbody>
            {BANDS.map((b) => (
              <tr key={b.grade}>
                <th scope="row">
                  <span class={`grade grade-${b.grade}`}>{b.grade}</span>
                </th>
                <td class="num">
                  {formatScore(lang, b.from)} – {formatScore(lang, b.to)}
                </td>
                <td>{t.gradeLabels[b.label]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="muted small">{t.legendNote}</p>
      </section>
    </PublicLayout>
  );
}

function UnitRow({
  unit,
  previousPeriod,
  t,
  lang,
}: {
  unit: PublicIkmUnit;
  previousPeriod: string;
  t: PublicDictionary;
  lang: Lang;
}) {
  const { current, previous } = unit;
  const delta = current.ikm !== null && previous.ikm !== null ? current.ikm - previous.ikm : null;
  return (
    <li class="ikm-row">
      <h3 class="ikm-name">{unit.name}</h3>
      <p class="muted small">{unit.agencyName}</p>
      {current.ikm === null ? (
        <p class="ikm-score muted">{t.noResponses}</p>
      ) : (
        <>
          <p class="ikm-score">
            <span class="ikm-value">{formatScore(lang, current.ikm)}</span>
            {current.grade && (
              <span class={`grade grade-${current.grade}`}>
                {current.grade}
                {current.label && ` · ${t.gradeLabels[current.label] ?? current.label}`}
              </span>
            )}
            <span class="muted small">{t.respondents(current.respondents)}</span>
          </p>
          {/* The number above says it all to a screen reader; the bar is for the eye. */}
          <div class="bar" aria-hidden="true">
            <span class={`bar-fill bar-${current.grade ?? 'none'}`} style={{ width: `${current.ikm}%` }} />
          </div>
        </>
      )}
      <p class="small muted">
        {t.previous} ({periodLabel(t, previousPeriod)}):{' '}
        {previous.ikm === null
          ? t.noResponses
          : `${formatScore(lang, previous.ikm)}${previous.grade ? ` (${previous.grade})` : ''}`}
        {delta !== null && (
          <span class="delta"> {delta > 0 ? `▲ ${t.up}` : delta < 0 ? `▼ ${t.down}` : `= ${t.same}`}</span>
        )}
      </p>
    </li>
  );
}
