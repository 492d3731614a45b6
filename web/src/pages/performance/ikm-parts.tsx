/**
 * Survey-driven evaluation (issue 14 §5) as the performance pages show it: the IKM tile of the
 * organisation rating page (the value, its grade, the respondents against the minimum, why it is
 * only indicative, the linked survey units, the month-by-month trend and the suggested predikat),
 * the reason a departing rating needs, the IKM a rating was given with, the automatic item's badge
 * and its SKM realisations on an SKP, and "IKM unit Anda" for a unit's staff. The trend is a small
 * SVG (no chart library) with the same numbers in a table beside it.
 */
import './ikm.css';
import type { ComponentChildren } from 'preact';
import { useId, useMemo } from 'preact/hooks';
import { ApiError } from '../../api/client';
import { useLocalized } from '../../i18n';
import { useFormat } from '../../lib/format';
import { useAsync } from '../../lib/hooks';
import { ikmEn } from './i18n/ikm-en';
import { type IkmDictionary, ikmId } from './i18n/ikm-id';
import { getOrganisationIkm, type IkmGrade, type OrganisationIkm, type OrgIkmMonth } from './ikm-api';
import {
  GRADE_FLOORS,
  ikmStanding,
  missingRespondents,
  suggestedFromDetail,
  suggestionOf,
  surveyNoteParts,
  trendGeometry,
  trendSummary,
} from './ikm-model';

export type { IkmDictionary };

export const useIkmText = (): IkmDictionary => useLocalized(ikmId, ikmEn);

type OrgPredikat = 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';

/** A grade as a badge: the letter and its label, the colour only a help (the survey pages' look). */
export function IkmGradeBadge({ grade }: { grade: IkmGrade | null }) {
  const it = useIkmText();
  if (!grade) return null;
  return (
    <span class={`badge grade grade-${grade.toLowerCase()}`}>
      <span class="grade-letter" aria-hidden="true">
        {grade}
      </span>
      <span class="sr-only">{it.gradeBadge(grade, it.grades[grade])}</span>
      <span aria-hidden="true">{it.grades[grade]}</span>
    </span>
  );
}

/** Month names as the axis writes them ("Jan", "Agu"). */
function useMonthShort() {
  const fmt = useFormat();
  return useMemo(() => {
    const short = new Intl.DateTimeFormat(fmt.locale, { month: 'short', timeZone: 'UTC' });
    return (m: string) => short.format(new Date(`${m}-01T00:00:00Z`)).replace('.', '');
  }, [fmt.locale]);
}

const WIDTH = 320;
const HEIGHT = 132;

/**
 * The IKM month by month as a small line chart: a gap for a month without respondents, the grade
 * floors (A, B, C) as dashed lines. A screen reader hears the summary; the table has every month.
 */
export function IkmTrend({ months }: { months: readonly OrgIkmMonth[] }) {
  const it = useIkmText();
  const fmt = useFormat();
  const monthShort = useMonthShort();
  const titleId = useId();
  const summary = trendSummary(months);
  const g = trendGeometry(months, { width: WIDTH, height: HEIGHT });
  if (months.length === 0) return null;
  const say = (p: { month: string; ikm: number | null } | null) =>
    p ? `${fmt.ikm(p.ikm)} (${fmt.month(p.month)})` : '–';
  const label = it.trend.chart(
    summary.rated === 0
      ? it.trend.empty
      : it.trend.summary(fmt.int(summary.rated), say(summary.best), say(summary.worst), say(summary.last)),
  );
  const floors = (Object.entries(GRADE_FLOORS) as [IkmGrade, number][]).filter(([, v]) => v > g.floor);
  return (
    <figure class="ikm-trend" aria-labelledby={titleId}>
      <figcaption id={titleId} class="ikm-trend-title">
        {it.trend.title}
      </figcaption>
      {summary.rated === 0 ? (
        <p class="muted small">{it.trend.empty}</p>
      ) : (
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} class="ikm-trend-svg">
          <line class="ikm-axis" x1={g.plot.left} x2={g.plot.right} y1={g.y(100)} y2={g.y(100)} />
          <line class="ikm-axis" x1={g.plot.left} x2={g.plot.right} y1={g.plot.bottom} y2={g.plot.bottom} />
          <text class="ikm-tick" x={g.plot.left - 4} y={g.y(100) + 3} text-anchor="end">
            100
          </text>
          <text class="ikm-tick" x={g.plot.left - 4} y={g.plot.bottom + 3} text-anchor="end">
            {g.floor}
          </text>
          {floors.map(([grade, v]) => (
            <g key={grade}>
              <line class="ikm-floor" x1={g.plot.left} x2={g.plot.right} y1={g.y(v)} y2={g.y(v)}>
                <title>{it.trend.gradeFloor(grade)}</title>
              </line>
              <text class="ikm-floor-label" x={g.plot.right + 4} y={g.y(v) + 3}>
                {grade}
              </text>
            </g>
          ))}
          {g.segments.map((s) => (
            <polyline key={s} class="ikm-line" points={s} />
          ))}
          {g.points.map((p) =>
            p.y === null ? null : (
              <circle
                key={p.point.month}
                class={`ikm-point ikm-point-${(p.point.grade ?? 'x').toLowerCase()}`}
                cx={p.x}
                cy={p.y}
                r={3.2}
              >
                <title>
                  {it.trend.point(
                    fmt.month(p.point.month),
                    fmt.ikm(p.point.ikm),
                    fmt.int(p.point.respondents),
                  )}
                </title>
              </circle>
            ),
          )}
          {g.points.map((p) => (
            <text key={p.point.month} class="ikm-month" x={p.x} y={HEIGHT - 6} text-anchor="middle">
              {monthShort(p.point.month)}
            </text>
          ))}
        </svg>
      )}
      <details class="ikm-trend-table">
        <summary>{it.trend.table}</summary>
        <div class="table-wrap">
          <table>
            <caption class="sr-only">{it.trend.table}</caption>
            <thead>
              <tr>
                <th scope="col">{it.trend.month}</th>
                <th scope="col" class="num">
                  {it.ikm}
                </th>
                <th scope="col">{it.trend.grade}</th>
                <th scope="col" class="num">
                  {it.trend.respondents}
                </th>
              </tr>
            </thead>
            <tbody>
              {months.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{fmt.month(m.month)}</th>
                  <td class="num">{m.ikm === null ? <span class="muted">–</span> : fmt.ikm(m.ikm)}</td>
                  <td>
                    {m.grade ? (
                      `${m.grade} · ${it.grades[m.grade]}`
                    ) : (
                      <span class="muted" title={it.trend.noResponses}>
                        –<span class="sr-only"> {it.trend.noResponses}</span>
                      </span>
                    )}
                  </td>
                  <td class="num">{fmt.int(m.respondents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

/**
 * What an organisation's IKM says: the value and grade, the respondents against the minimum, an
 * "indikatif" badge with its reason, the linked survey units, the trend and (for a rater) the
 * suggested predikat. Without a linked survey unit it says so, and an admin gets the way to link one.
 */
export function IkmSummary({
  data,
  predikatName,
  canLink = false,
  showSuggestion = true,
}: {
  data: OrganisationIkm;
  predikatName: (p: OrgPredikat) => string;
  /** The reader may open the survey units page (to link a survey unit to this organisation). */
  canLink?: boolean;
  showSuggestion?: boolean;
}) {
  const it = useIkmText();
  const fmt = useFormat();
  const e = data.evaluation;
  const orgName = data.org.name ?? '–';
  if (!e)
    return (
      <div class="ikm-none">
        <p>{data.org.kind === 'agency' ? it.tile.noneAgency(orgName) : it.tile.noneUnit(orgName)}</p>
        {canLink && (
          <p class="small">
            <a href="/surveys">{it.tile.linkUnits}</a> {it.tile.linkUnitsHint}
          </p>
        )}
      </div>
    );
  const standing = ikmStanding(e);
  const suggested = suggestionOf(e);
  const whyWords = showSuggestion ? it.tile.why : it.tile.whyPlain;
  const why =
    standing === 'below-minimum'
      ? whyWords['below-minimum'](fmt.int(missingRespondents(e)))
      : standing === 'suggested'
        ? null
        : whyWords[standing];
  return (
    <div class="ikm-summary">
      <div class="ikm-head">
        <p class="ikm-value">
          <span class="sr-only">{it.ikmLong}: </span>
          {e.ikm === null ? (
            <span class="ikm-number ikm-number-none">{it.tile.noValue}</span>
          ) : (
            <span class="ikm-number">{fmt.ikm(e.ikm)}</span>
          )}{' '}
          <IkmGradeBadge grade={e.grade} />
        </p>
        {e.indicative && e.ikm !== null && (
          <span class="badge badge-warn ikm-indicative">{it.tile.indicative}</span>
        )}
      </div>
      {standing !== 'no-responses' && (
        <p class="small ikm-respondents">
          {e.minimumSample === null
            ? it.tile.respondents(fmt.int(e.respondents))
            : it.tile.respondentsOfMinimum(fmt.int(e.respondents), fmt.int(e.minimumSample))}
        </p>
      )}
      {why && <p class="small ikm-why">{why}</p>}
      {showSuggestion && suggested && (
        <p class="ikm-suggested">
          {it.tile.suggested}: <strong>{predikatName(suggested)}</strong>
          {e.grade && (
            <span class="muted small ikm-suggested-from">
              {it.tile.suggestedFrom(e.grade, it.grades[e.grade])}
            </span>
          )}
        </p>
      )}
      {data.surveyUnits.length > 0 && (
        <div class="ikm-units">
          <p class="muted small">{it.tile.surveyUnits(data.surveyUnits.length)}</p>
          <ul class="ikm-unit-list small">
            {data.surveyUnits.map((u) => (
              <li key={u.id}>{u.name}</li>
            ))}
          </ul>
        </div>
      )}
      {standing !== 'no-responses' && <IkmTrend months={data.months} />}
    </div>
  );
}

export interface IkmRead {
  data: OrganisationIkm | null;
  error: unknown;
  loading: boolean;
}

/**
 * The rating page's IKM tile for the organisation chosen in the form and the period: waits for a
 * choice, says a refusal in words, and never shows another organisation's figures while loading.
 */
export function IkmTile({
  org,
  periodName,
  read,
  predikatName,
  canLink,
}: {
  org: { kind: 'unit' | 'agency'; id: string; name: string } | null;
  periodName: string;
  read: IkmRead;
  predikatName: (p: OrgPredikat) => string;
  canLink: boolean;
}) {
  const it = useIkmText();
  const titleId = useId();
  const current = read.data && org && read.data.org.id === org.id && read.data.org.kind === org.kind;
  let body: ComponentChildren;
  if (!org) body = <p class="muted small">{it.tile.chooseOrg}</p>;
  else if (read.error && !read.loading)
    body = (
      <p class="muted small">
        {read.error instanceof ApiError && read.error.type === 'forbidden'
          ? it.tile.forbidden
          : it.tile.failed}
      </p>
    );
  else if (!current || !read.data)
    body = (
      <p class="muted small" aria-busy="true">
        {it.tile.loading}
      </p>
    );
  else body = <IkmSummary data={read.data} predikatName={predikatName} canLink={canLink} />;
  return (
    <aside class="card ikm-tile" aria-labelledby={titleId} aria-live="polite">
      <h2 id={titleId}>{it.tile.title}</h2>
      {org && <p class="muted small ikm-of">{it.tile.of(org.name, periodName)}</p>}
      {body}
    </aside>
  );
}

/** The line above the predikat choice: what the IKM suggests, or that it is only indicative. */
export function IkmSuggestionLine({
  data,
  predikatName,
}: {
  data: OrganisationIkm | null;
  predikatName: (p: OrgPredikat) => string;
}) {
  const it = useIkmText();
  const fmt = useFormat();
  const e = data?.evaluation;
  if (!e) return null;
  const suggested = suggestionOf(e);
  return (
    <p class="field-hint ikm-suggestion-line">
      {suggested && e.ikm !== null && e.grade
        ? it.rate.suggestionLine(fmt.ikm(e.ikm), e.grade, predikatName(suggested))
        : it.rate.indicativeLine}
    </p>
  );
}

/**
 * The reason of a rating. Optional as a rule; required, with what the IKM suggests said at it, when
 * the chosen predikat departs from that suggestion. Its error (the form's own check or the API's
 * 400 at `reason`) is shown under it, and the text typed is kept.
 */
export function RatingReasonField({
  id,
  value,
  onInput,
  suggested,
  chosen,
  error,
  optionalLabel,
  optionalHint,
}: {
  id: string;
  value: string;
  onInput: (v: string) => void;
  /** The suggested predikat's name when the choice departs from it; null otherwise. */
  suggested: string | null;
  chosen: string | null;
  error?: string;
  /** The field as it is without a departure: "Alasan (opsional)" and its hint. */
  optionalLabel: ComponentChildren;
  optionalHint: string;
}) {
  const it = useIkmText();
  const departing = suggested !== null && chosen !== null;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field ikm-reason${departing ? ' ikm-reason-required' : ''}${error ? ' field-invalid' : ''}`}>
      <label for={id}>
        {departing ? (
          <>
            {it.rate.reason} <span class="ikm-required">({it.rate.required})</span>
          </>
        ) : (
          optionalLabel
        )}
      </label>
      <textarea
        id={id}
        name="reason"
        rows={departing ? 3 : 2}
        maxLength={2000}
        value={value}
        required={departing}
        aria-required={departing ? true : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <p class="field-hint" id={`${id}-hint`}>
        {departing ? it.rate.departHint(suggested, chosen) : optionalHint}
      </p>
    </div>
  );
}

/**
 * The words for the API's 400 at `reason`: the predikat the server says the IKM suggests (its
 * reading may be newer than the tile's), else the one the form knew.
 */
export function reasonRefusalText(
  it: IkmDictionary,
  detail: string | undefined,
  known: OrgPredikat | null,
  predikatName: (p: OrgPredikat) => string,
): string {
  const suggested = suggestedFromDetail(detail) ?? known;
  return it.rate.reasonMissing(suggested ? predikatName(suggested) : '–');
}

/** The IKM a rating was given with, in one line of the ratings list. */
export function IkmSnapshot({
  ikm,
  predikat,
  predikatName,
}: {
  ikm: OrganisationIkm['evaluation'];
  predikat: OrgPredikat;
  predikatName: (p: OrgPredikat) => string;
}) {
  const it = useIkmText();
  const fmt = useFormat();
  if (!ikm) return null;
  const parts: ComponentChildren[] = [];
  if (ikm.ikm === null || !ikm.grade) parts.push(it.list.noValue);
  else parts.push(it.list.value(fmt.ikm(ikm.ikm), ikm.grade, it.grades[ikm.grade]));
  if (ikm.ikm !== null) parts.push(it.list.respondents(fmt.int(ikm.respondents)));
  const suggested = suggestionOf(ikm);
  if (suggested) {
    parts.push(it.list.suggested(predikatName(suggested)));
    if (suggested !== predikat) parts.push(<strong class="ikm-departed">{it.list.departed}</strong>);
  } else if (ikm.ikm !== null) parts.push(it.list.indicative);
  return (
    <p class="small ikm-snapshot">
      <span class="muted">{it.list.atRating}:</span>{' '}
      {parts.map((p, i) => (
        <span key={i}>
          {i > 0 && ' · '}
          {p}
        </span>
      ))}
    </p>
  );
}

/** The automatic IKM item's badge, in place of the SKP pages' source badge. */
export function IkmSourceBadge() {
  const it = useIkmText();
  return <span class="badge badge-warn perf-source ikm-source">{it.skp.source}</span>;
}

/**
 * An SKM realisation of the automatic item: the IKM and its grade, the respondents, whether the
 * item's target is met, and that it came from the survey (never typed).
 */
export function SurveyRealisationNote({
  note,
  value,
  target,
}: {
  note: string | null;
  value: number;
  target: number | null;
}) {
  const it = useIkmText();
  const fmt = useFormat();
  const parts = surveyNoteParts(note);
  const targetText = target === null ? null : fmt.ikm(target);
  return (
    <>
      <p class="small perf-real-note">
        {parts ? it.skp.note(fmt.int(parts.respondents), parts.grade, it.grades[parts.grade]) : note}
        {targetText && (
          <>
            {parts || note ? ' · ' : ''}
            <span class={value >= target! ? 'ikm-met' : 'ikm-not-met'}>
              {value >= target! ? it.skp.met(targetText) : it.skp.notMet(targetText)}
            </span>
          </>
        )}
      </p>
      <p class="muted small perf-real-by">{it.skp.fromSurvey}</p>
    </>
  );
}

/**
 * "IKM unit Anda" on one's own SKP: the IKM of the SKP's unit over the SKP's period, with the trend.
 * Shown only when a survey unit is linked to the unit; a refusal or a failure shows nothing either
 * (it is context, not the page's purpose).
 */
export function MyUnitIkm({
  unitId,
  agencyId,
  unitName,
  period,
  periodName,
}: {
  unitId: string;
  agencyId: string;
  unitName: string | null;
  period: { start: string; end: string };
  periodName: string;
}) {
  const it = useIkmText();
  const titleId = useId();
  const read = useAsync(
    () => getOrganisationIkm({ kind: 'unit', id: unitId, agencyId }, period).catch(() => null),
    [unitId, agencyId, period.start, period.end],
  );
  const data = read.data;
  if (!data?.evaluation || data.org.id !== unitId) return null;
  return (
    <section class="card ikm-mine" aria-labelledby={titleId}>
      <h2 id={titleId}>{it.mine.title}</h2>
      <p class="muted small">
        {it.mine.intro(unitName ?? data.org.name ?? it.mine.unitFallback, periodName)}
      </p>
      <IkmSummary data={data} predikatName={() => ''} showSuggestion={false} />
    </section>
  );
}

/**
 * The automatic item's words in the reader's digits: its text ("IKM unit ≥ 76.61", written by the
 * API) and its target, both with the IKM's two decimals (76,61 in Indonesian, never rounded to 76,6).
 */
export function useIkmItemWords() {
  const fmt = useFormat();
  return {
    text: (text: string) =>
      text.replace(/^(IKM unit ≥ )(\d+(?:\.\d+)?)$/, (_, lead, n) => `${lead}${fmt.ikm(Number(n))}`),
    target: (t: { value: number; unit: string }) => `${fmt.ikm(t.value)} ${t.unit}`,
  };
}
