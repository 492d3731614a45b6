/**
 * The parts of a unit's report that both the screen and the print view show: the IKM per element
 * and the respondent profile, in the usual SKM report order.
 */
import type { SurveyUnitReport } from '../../api/client';
import type { Lang } from '../../i18n';
import type { Format } from '../../lib/format';
import {
  AGE_BANDS,
  ELEMENT_CODES,
  type ElementCode,
  gradeOf,
  RESPONDENT_EDUCATION,
  RESPONDENT_OCCUPATION,
  SURVEY_ELEMENTS,
} from './schemas';
import { GradeBadge, type SurveyDictionary } from './shared';

export function elementName(code: ElementCode, lang: Lang): string {
  return SURVEY_ELEMENTS[code].name[lang];
}

/** NRR × 25, the element's value on the IKM's 25-100 scale, rounded to 2 decimals. */
export function convertedNrr(nrr: number | null): number | null {
  return nrr === null ? null : Math.round(nrr * 2500) / 100;
}

/** The grade an element would have on its own; a reading aid, the IKM's grade is the official one. */
function elementGrade(nrr: number | null) {
  const converted = convertedNrr(nrr);
  return converted === null ? null : gradeOf(converted).grade;
}

export function ElementTable({
  report,
  st,
  fmt,
  lang,
  caption,
}: {
  report: SurveyUnitReport;
  st: SurveyDictionary;
  fmt: Format;
  lang: Lang;
  caption: string;
}) {
  const weakest = new Set(report.weakest);
  return (
    <div class="table-wrap">
      <table class="element-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{st.report.code}</th>
            <th scope="col">{st.report.element}</th>
            <th scope="col" class="num">
              {st.report.nrr}
            </th>
            <th scope="col" class="num">
              {st.report.converted}
            </th>
            <th scope="col" class="num">
              {st.report.answered}
            </th>
            <th scope="col">{st.report.quality}</th>
          </tr>
        </thead>
        <tbody>
          {ELEMENT_CODES.map((code) => {
            const e = report.ikm.elements[code] ?? { nrr: null, respondents: 0 };
            const weak = weakest.has(code);
            return (
              <tr key={code} class={weak ? 'row-weak' : undefined}>
                <td>
                  <code>{code}</code>
                </td>
                <td>
                  {elementName(code, lang)}
                  {weak && <span class="badge badge-weak">{st.report.weakest}</span>}
                </td>
                <td class="num">{fmt.nrr(e.nrr)}</td>
                <td class="num">{fmt.ikm(convertedNrr(e.nrr))}</td>
                <td class="num">{fmt.int(e.respondents)}</td>
                <td>
                  <GradeBadge grade={elementGrade(e.nrr)} />
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {st.print.ikmRow}
            </th>
            <td class="num">
              <strong>{fmt.ikm(report.ikm.ikm)}</strong>
            </td>
            <td class="num">{fmt.int(report.ikm.respondents)}</td>
            <td>
              <GradeBadge grade={report.ikm.grade} />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

type DemographicKey = keyof SurveyUnitReport['demographics'];
export const DEMOGRAPHIC_KEYS: DemographicKey[] = [
  'gender',
  'ageBand',
  'education',
  'occupation',
  'serviceType',
];

/** The categories of a profile field in the form's order, then any the form no longer offers. */
function categoriesOf(key: DemographicKey, counts: Record<string, number>, serviceTypes: string[]): string[] {
  const known: readonly string[] = {
    gender: ['L', 'P'],
    ageBand: AGE_BANDS,
    education: RESPONDENT_EDUCATION,
    occupation: RESPONDENT_OCCUPATION,
    serviceType: serviceTypes,
  }[key];
  return [
    ...known,
    ...Object.keys(counts)
      .filter((k) => !known.includes(k))
      .sort(),
  ];
}

function categoryLabel(st: SurveyDictionary, key: DemographicKey, value: string): string {
  if (key === 'gender') return st.report.genders[value] ?? value;
  if (key === 'occupation') return st.report.occupations[value] ?? value;
  if (key === 'ageBand') return st.report.ageBand(value);
  return value;
}

export function DemographicTable({
  report,
  field,
  st,
  fmt,
  bars = true,
}: {
  report: SurveyUnitReport;
  field: DemographicKey;
  st: SurveyDictionary;
  fmt: Format;
  /** Draw a bar beside each share (on screen; the print view keeps to numbers). */
  bars?: boolean;
}) {
  const counts = report.demographics[field] ?? {};
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const rows = categoriesOf(field, counts, report.unit.serviceTypes);
  return (
    <div class="table-wrap">
      <table class="demo-table">
        <caption>{st.report.demographics[field]}</caption>
        <thead>
          <tr>
            <th scope="col">{st.report.category}</th>
            <th scope="col" class="num">
              {st.report.count}
            </th>
            <th scope="col" class="num">
              {st.report.share}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((value) => {
            const n = counts[value] ?? 0;
            const share = total > 0 ? n / total : 0;
            return (
              <tr key={value}>
                <th scope="row">{categoryLabel(st, field, value)}</th>
                <td class="num">{fmt.int(n)}</td>
                <td class="num share">
                  {bars && (
                    <span class="share-bar" aria-hidden="true">
                      <span style={{ width: `${Math.round(share * 100)}%` }} />
                    </span>
                  )}
                  <span class="share-num">{total > 0 ? fmt.pct1(share) : '–'}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{st.print.total}</th>
            <td class="num">{fmt.int(total)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
