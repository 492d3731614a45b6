/**
 * The print-ready report, in the usual SKM report order: the IKM, the NRR of each element, the
 * respondent profile, then where to improve. The page chrome and the buttons do not print.
 */
import type { SurveyUnitReport } from '../../api/client';
import { useI18n } from '../../i18n';
import { useFormat } from '../../lib/format';
import { useMe } from '../../session';
import { DEMOGRAPHIC_KEYS, DemographicTable, ElementTable, elementName } from './report-parts';
import { GradeBadge, periodLabel, type ReportScope, useSurveyText } from './shared';

export function PrintReport({
  report,
  scope,
  onBack,
}: {
  report: SurveyUnitReport;
  scope: ReportScope;
  onBack: () => void;
}) {
  const st = useSurveyText();
  const fmt = useFormat();
  const { lang, formatDateTime } = useI18n();
  const me = useMe();
  const { unit, ikm, sample } = report;
  const p = st.print;
  return (
    <article class="print-report">
      <div class="print-toolbar no-print">
        <button type="button" class="btn" onClick={onBack}>
          ← {p.back}
        </button>
        <button type="button" class="btn btn-primary" onClick={() => window.print()}>
          {p.print}
        </button>
      </div>
      <header class="print-head">
        <h1>{p.title}</h1>
        <dl class="print-meta">
          <dt>{p.unit}</dt>
          <dd>{unit.name}</dd>
          <dt>{p.agency}</dt>
          <dd>{unit.agencyName}</dd>
          {me.tenant && (
            <>
              <dt>{p.region}</dt>
              <dd>{me.tenant.name}</dd>
            </>
          )}
          <dt>{p.period}</dt>
          <dd>{periodLabel(st, fmt, ikm.period)}</dd>
          <dt>{p.scope}</dt>
          <dd>{scope.verifiedOnly ? p.scopeVerified : p.scopeAll}</dd>
        </dl>
      </header>

      <section class="print-section">
        <h2>{p.section1}</h2>
        <p class="print-ikm">
          <span class="ikm-value">{fmt.ikm(ikm.ikm)}</span> <GradeBadge grade={ikm.grade} large />
        </p>
        <p>
          {sample.minimum === null
            ? p.noSampleNote(fmt.int(sample.respondents))
            : p.sampleNote(fmt.int(sample.respondents), fmt.int(sample.minimum))}
        </p>
        <p class="small muted">{p.basis}</p>
      </section>

      <section class="print-section">
        <h2>{p.section2}</h2>
        <ElementTable report={report} st={st} fmt={fmt} lang={lang} caption={st.report.elementsCaption} />
      </section>

      <section class="print-section">
        <h2>{p.section3}</h2>
        <div class="demo-grid">
          {DEMOGRAPHIC_KEYS.map((key) => (
            <DemographicTable key={key} report={report} field={key} st={st} fmt={fmt} bars={false} />
          ))}
        </div>
      </section>

      {report.weakest.length > 0 && (
        <section class="print-section">
          <h2>{p.section4}</h2>
          <p>{st.report.weakestIntro}</p>
          <ol>
            {report.weakest.map((code) => (
              <li key={code}>
                {code} {elementName(code, lang)}: NRR {fmt.nrr(ikm.elements[code]?.nrr ?? null)}
              </li>
            ))}
          </ol>
        </section>
      )}

      <p class="small muted print-foot">
        {p.printedAt}: {formatDateTime(new Date().toISOString())}
      </p>
    </article>
  );
}
