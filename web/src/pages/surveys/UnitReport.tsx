import { useEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import {
  exportSurveyReport,
  getSurveyUnitPoster,
  getSurveyUnitReport,
  getSurveyUnitTrend,
  listSurveyPopulation,
  type ServiceCodeBatch,
  type SurveyUnit,
  type SurveyUnitReport,
  setSurveyPopulation,
} from '../../api/client';
import { HorizontalBarChart, LineChart } from '../../components/charts';
import { FormActions } from '../../components/forms';
import { ErrorMessage, InputField, Loading, Notice } from '../../components/ui';
import { useI18n } from '../../i18n';
import { type Format, useFormat } from '../../lib/format';
import { useSchemaForm } from '../../lib/forms';
import { saveBlob, useAsync } from '../../lib/hooks';
import { useMe, useRole } from '../../session';
import { PrintReport } from './PrintReport';
import { DEMOGRAPHIC_KEYS, DemographicTable, ElementTable, elementName } from './report-parts';
import { ServiceCodesSection, TicketSheet } from './ServiceCodes';
import { SuggestionsSection } from './Suggestions';
import { ELEMENT_CODES, setSurveyPopulationSchema } from './schemas';
import {
  addMonths,
  GradeBadge,
  periodLabel,
  type ReportScope,
  ScopePicker,
  type SurveyDictionary,
  useCurrentMonth,
  useReportScope,
  useSurveyText,
} from './shared';

export default function UnitReportPage() {
  // The route (/surveys/units/:unitId) always has the id.
  const unitId = useRoute().params.unitId!;
  return <UnitReport key={unitId} unitId={unitId} />;
}

type View = { kind: 'report' } | { kind: 'print' } | { kind: 'tickets'; batch: ServiceCodeBatch };

function UnitReport({ unitId }: { unitId: string }) {
  const st = useSurveyText();
  const { admin: staff } = useRole();
  const [scope, setScope] = useReportScope();
  const report = useAsync(
    () => getSurveyUnitReport(unitId, scope),
    [unitId, scope.period, scope.verifiedOnly],
  );
  const [view, setView] = useState<View>({ kind: 'report' });
  const [notice, setNotice] = useState<string | null>(null);

  // Each view starts at its top: the print view and the tickets replace the whole page.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [view]);

  const data = report.data;
  if (!data) {
    return (
      <section>
        <BackLink />
        {report.error ? <ErrorMessage error={report.error} /> : <Loading />}
      </section>
    );
  }
  const unit = data.unit;
  if (view.kind === 'print') {
    return <PrintReport report={data} scope={scope} onBack={() => setView({ kind: 'report' })} />;
  }
  if (view.kind === 'tickets') {
    return <TicketSheet batch={view.batch} unit={unit} onBack={() => setView({ kind: 'report' })} />;
  }

  return (
    <section class="unit-report">
      <BackLink />
      <header class="report-head">
        <h1 class="page-title">{unit.name}</h1>
        <p class="muted report-meta">
          {unit.agencyName} ·{' '}
          <span class={unit.status === 'active' ? 'badge badge-ok' : 'badge badge-muted'}>
            {st.unitStatus[unit.status]}
          </span>{' '}
          · {st.verification[unit.verification]} · {st.units.shortCode} <code>{unit.shortCode}</code>
        </p>
      </header>
      {!staff && <p class="alert alert-info">{st.report.supervisorNote}</p>}
      {notice && <Notice>{notice}</Notice>}
      <ReportActions unit={unit} scope={scope} staff={staff} onPrint={() => setView({ kind: 'print' })} />
      <div class="card">
        <ScopePicker scope={scope} onChange={setScope} />
      </div>
      {/* A failed reload keeps the last figures on screen, with the reason above them. */}
      <ErrorMessage error={report.error} />
      <div class="report-body" aria-busy={report.loading}>
        {data.ikm.period !== scope.period && <Loading />}
        <SummaryCard
          report={data}
          scope={scope}
          staff={staff}
          onPopulationSaved={async () => {
            setNotice(st.report.populationSaved);
            await report.reload();
          }}
        />
        <ElementsCard report={data} />
        <TrendCard unitId={unitId} />
        <DemographicsCard report={data} />
      </div>
      {staff && <SuggestionsSection unitId={unitId} onNotice={setNotice} />}
      {staff && <ServiceCodesSection unit={unit} onPrint={(batch) => setView({ kind: 'tickets', batch })} />}
    </section>
  );
}

function BackLink() {
  const st = useSurveyText();
  const { admin: staff } = useRole();
  return (
    <p class="back-link no-print">
      <a href={staff ? '/surveys' : '/surveys/overview'}>
        ← {staff ? st.report.back : st.report.backOverview}
      </a>
    </p>
  );
}

function ReportActions({
  unit,
  scope,
  staff,
  onPrint,
}: {
  unit: SurveyUnit;
  scope: ReportScope;
  staff: boolean;
  onPrint: () => void;
}) {
  const st = useSurveyText();
  const me = useMe();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const slug = me.tenant?.slug;

  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const { blob, filename } = await exportSurveyReport(unit.id, scope);
      saveBlob(blob, filename ?? `ikm-${unit.shortCode}-${scope.period}.xlsx`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="report-actions no-print">
      <div class="actions">
        {staff && <PosterButton unit={unit} />}
        <button type="button" class="btn" onClick={download} disabled={busy} aria-busy={busy}>
          {busy ? st.report.exporting : st.report.exportXlsx}
        </button>
        <button type="button" class="btn" onClick={onPrint}>
          {st.report.printView}
        </button>
        {slug && unit.status === 'active' && (
          <a class="btn" href={`/survei/${slug}/${unit.id}`} target="_blank" rel="noopener">
            {st.report.publicForm} ↗
          </a>
        )}
      </div>
      <ErrorMessage error={error} />
    </div>
  );
}

/**
 * The poster's own print button is an inline handler that its response's CSP allows by hash. Written
 * into a window of ours it falls under the app's CSP instead, which refuses inline handlers, so the
 * handlers are taken out and the print button marked; the caller wires it (or hides it). This is
 * done on the text: even DOMParser reports a CSP violation for each inline handler it parses. The
 * server escapes quotes in every text it puts in the page, so `on…="…"` can only be an attribute.
 */
function withoutInlineHandlers(html: string): string {
  return html.replace(/\son([a-z]+)\s*=\s*"([^"]*)"/gi, (_, event: string, code: string) =>
    event.toLowerCase() === 'click' && code.trim() === 'window.print()' ? ' data-print' : '',
  );
}

/**
 * The QR poster is an HTML page behind the bearer token, so it cannot be a plain link: it is
 * fetched and written into a new window. That window is opened before the request, since one
 * opened after an await counts as a pop-up; when it is blocked anyway, the poster shows in the page.
 */
function PosterButton({ unit }: { unit: SurveyUnit }) {
  const st = useSurveyText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [inline, setInline] = useState<string | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);

  const open = async () => {
    setError(null);
    const win = window.open('', '_blank');
    if (win) {
      win.opener = null;
      win.document.title = st.report.posterLoading;
      win.document.body.textContent = st.report.posterLoading;
    }
    setBusy(true);
    try {
      const html = withoutInlineHandlers(await getSurveyUnitPoster(unit.id));
      if (win && !win.closed) {
        win.document.open();
        win.document.write(html);
        win.document.close();
        for (const button of win.document.querySelectorAll('[data-print]')) {
          button.addEventListener('click', () => win.print());
        }
        win.focus();
      } else {
        setInline(html);
      }
    } catch (err) {
      win?.close();
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" class="btn" onClick={open} disabled={busy} aria-busy={busy}>
        {busy ? st.report.posterLoading : st.report.poster}
      </button>
      {error !== null && <ErrorMessage error={error} />}
      {inline !== null && (
        <div class="poster-inline card">
          <p class="alert alert-info">{st.report.posterBlocked}</p>
          <iframe
            ref={frame}
            title={st.report.posterTitle(unit.name)}
            srcdoc={inline}
            // Same origin so that the page can print it; no scripts run inside, so its own
            // print button is hidden and the one below does the printing.
            sandbox="allow-same-origin allow-modals"
            onLoad={() => {
              for (const el of frame.current?.contentDocument?.querySelectorAll<HTMLElement>(
                '[data-print]',
              ) ?? []) {
                el.hidden = true;
              }
            }}
          />
          <div class="actions">
            <button
              type="button"
              class="btn btn-primary"
              onClick={() => frame.current?.contentWindow?.print()}
            >
              {st.report.posterPrint}
            </button>
            <button type="button" class="btn" onClick={() => setInline(null)}>
              {st.report.posterClose}
            </button>
          </div>
        </div>
      )}
    </>
  );
}

function SummaryCard({
  report,
  scope,
  staff,
  onPopulationSaved,
}: {
  report: SurveyUnitReport;
  scope: ReportScope;
  staff: boolean;
  onPopulationSaved: () => Promise<void>;
}) {
  const st = useSurveyText();
  const fmt = useFormat();
  const { lang } = useI18n();
  const { ikm, sample } = report;
  const [historyRev, setHistoryRev] = useState(0);
  return (
    <div class="card summary-card">
      <h2>
        {st.report.ikmLong} · {periodLabel(st, fmt, ikm.period)}
      </h2>
      <div class="summary-grid">
        <div class="ikm-figure">
          <span class="ikm-label">{st.report.ikm}</span>
          <span class="ikm-value">{fmt.ikm(ikm.ikm)}</span>
          <GradeBadge grade={ikm.grade} large />
          {ikm.ikm === null && <p class="muted small">{st.report.noResponses}</p>}
        </div>
        <dl class="facts summary-facts">
          <div>
            <dt>{st.report.respondents}</dt>
            <dd>
              {sample.minimum === null
                ? fmt.int(sample.respondents)
                : st.report.respondentsOfMinimum(fmt.int(sample.respondents), fmt.int(sample.minimum))}{' '}
              {sample.sufficient !== null && (
                <span class={sample.sufficient ? 'badge badge-ok' : 'badge badge-warn'}>
                  {sample.sufficient ? st.report.sufficient : st.report.insufficient}
                </span>
              )}
            </dd>
          </div>
          <div>
            <dt>{st.report.minimumSample}</dt>
            <dd>{sample.minimum === null ? st.report.noPopulation : fmt.int(sample.minimum)}</dd>
          </div>
          <div>
            <dt>{st.report.verifiedRespondents}</dt>
            <dd>{fmt.int(report.verifiedRespondents)}</dd>
          </div>
        </dl>
      </div>
      {report.weakest.length > 0 && (
        <p class="weakest-line">
          <strong>{st.report.weakestTitle}:</strong>{' '}
          {report.weakest
            .map((code) => `${code} ${elementName(code, lang)} (${fmt.nrr(ikm.elements[code]?.nrr ?? null)})`)
            .join('; ')}
        </p>
      )}
      {staff && (
        <>
          <PopulationForm
            key={`${report.unit.id}:${scope.period}:${sample.population}`}
            unitId={report.unit.id}
            period={scope.period}
            population={sample.population}
            onSaved={async () => {
              setHistoryRev((r) => r + 1);
              await onPopulationSaved();
            }}
          />
          <PopulationHistory unitId={report.unit.id} rev={historyRev} />
        </>
      )}
    </div>
  );
}

function PopulationForm({
  unitId,
  period,
  population,
  onSaved,
}: {
  unitId: string;
  period: string;
  population: number | null;
  onSaved: () => Promise<void>;
}) {
  const { t } = useI18n();
  const st = useSurveyText();
  const form = useSchemaForm(
    setSurveyPopulationSchema,
    (v) => ({ population: v.population === undefined ? undefined : Number(v.population) }),
    async ({ population: value }) => {
      await setSurveyPopulation(unitId, period, value);
      await onSaved();
    },
  );
  return (
    <form
      class="inline-form population-form"
      noValidate
      onSubmit={form.submit}
      aria-label={st.report.population}
    >
      <ErrorMessage error={form.error} fieldNames={['population']} />
      <InputField
        label={st.report.population}
        name="population"
        type="number"
        inputMode="numeric"
        min={0}
        max={100_000_000}
        step={1}
        defaultValue={population === null ? '' : String(population)}
        errors={form.fields}
        hint={st.report.populationHint}
      />
      <FormActions label={t.common.save} busy={form.busy} small />
    </form>
  );
}

function PopulationHistory({ unitId, rev }: { unitId: string; rev: number }) {
  const st = useSurveyText();
  const fmt = useFormat();
  const history = useAsync(() => listSurveyPopulation(unitId), [unitId, rev]);
  const items = [...(history.data?.items ?? [])].sort((a, b) => b.period.localeCompare(a.period));
  if (history.error) return <ErrorMessage error={history.error} />;
  if (items.length === 0) return null;
  return (
    <details class="population-history">
      <summary>{st.report.populationHistory}</summary>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{st.period.legend}</th>
              <th scope="col" class="num">
                {st.report.population}
              </th>
              <th scope="col" class="num">
                {st.report.populationMinimum}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => (
              <tr key={p.period}>
                <td>{periodLabel(st, fmt, p.period)}</td>
                <td class="num">{fmt.int(p.population)}</td>
                <td class="num">{fmt.int(p.minimumSample)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function ElementsCard({ report }: { report: SurveyUnitReport }) {
  const st = useSurveyText();
  const fmt = useFormat();
  const { lang } = useI18n();
  const weakest = new Set(report.weakest);
  const weakestNames = report.weakest.map((c) => `${c} ${elementName(c, lang)}`).join(', ') || st.none;
  return (
    <div class="card">
      <h2>{st.report.elementsTitle}</h2>
      {report.ikm.respondents === 0 ? (
        <p class="muted">{st.report.noResponses}</p>
      ) : (
        <HorizontalBarChart
          locale={fmt.locale}
          label={st.report.elementsChart(weakestNames)}
          min={1}
          max={4}
          format={(v) => fmt.nrr(v)}
          data={ELEMENT_CODES.map((code) => ({
            label: `${code} ${elementName(code, lang)}${weakest.has(code) ? ` (${st.report.weakest})` : ''}`,
            value: report.ikm.elements[code]?.nrr ?? null,
            highlight: weakest.has(code),
          }))}
        />
      )}
      <ElementTable report={report} st={st} fmt={fmt} lang={lang} caption={st.report.elementsCaption} />
    </div>
  );
}

function DemographicsCard({ report }: { report: SurveyUnitReport }) {
  const st = useSurveyText();
  const fmt = useFormat();
  return (
    <div class="card">
      <h2>{st.report.demographicsTitle}</h2>
      <div class="demo-grid">
        {DEMOGRAPHIC_KEYS.map((key) => (
          <DemographicTable key={key} report={report} field={key} st={st} fmt={fmt} />
        ))}
      </div>
    </div>
  );
}

function trendLabel(st: SurveyDictionary, fmt: Format, mode: 'months' | 'quarters', period: string) {
  return mode === 'months' ? fmt.monthShort(period) : periodLabel(st, fmt, period);
}

function TrendCard({ unitId }: { unitId: string }) {
  const st = useSurveyText();
  const fmt = useFormat();
  const month = useCurrentMonth();
  const trend = useAsync(
    () => getSurveyUnitTrend(unitId, { from: addMonths(month, -11), to: month }),
    [unitId, month],
  );
  const [mode, setMode] = useState<'months' | 'quarters'>('months');
  const points = trend.data?.[mode] ?? [];
  const withIkm = points.filter((p) => p.ikm !== null);
  const first = withIkm[0];
  const last = withIkm[withIkm.length - 1];
  const summary =
    first && last
      ? st.report.trendSummary(
          `${trendLabel(st, fmt, mode, first.period)} ${fmt.ikm(first.ikm)}`,
          `${trendLabel(st, fmt, mode, last.period)} ${fmt.ikm(last.ikm)}`,
        )
      : st.report.trendEmpty;
  const modeLabel = mode === 'months' ? st.report.trendMonths : st.report.trendQuarters;

  return (
    <div class="card">
      <h2>{st.report.trendTitle}</h2>
      <fieldset class="segmented">
        <legend class="sr-only">{st.report.trendView}</legend>
        {(['months', 'quarters'] as const).map((m) => (
          <button
            key={m}
            type="button"
            class="btn btn-small"
            aria-pressed={mode === m}
            onClick={() => setMode(m)}
          >
            {m === 'months' ? st.report.trendMonths : st.report.trendQuarters}
          </button>
        ))}
      </fieldset>
      <ErrorMessage error={trend.error} />
      {trend.loading && !trend.data && <Loading />}
      {trend.data &&
        (withIkm.length === 0 ? (
          <p class="muted">{st.report.trendEmpty}</p>
        ) : (
          <LineChart
            locale={fmt.locale}
            label={st.report.trendChart(modeLabel.toLowerCase(), summary)}
            seriesLabel={st.report.ikm}
            labels={points.map((p) => trendLabel(st, fmt, mode, p.period))}
            values={points.map((p) => p.ikm)}
            min={25}
            max={100}
            format={(v) => fmt.ikm(v)}
          />
        ))}
      {points.length > 0 && (
        <details>
          <summary>{st.report.trendTable}</summary>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{st.report.trendPeriod}</th>
                  <th scope="col" class="num">
                    {st.report.respondents}
                  </th>
                  <th scope="col" class="num">
                    {st.report.ikm}
                  </th>
                  <th scope="col">{st.report.quality}</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.period}>
                    <td>{trendLabel(st, fmt, mode, p.period)}</td>
                    <td class="num">{fmt.int(p.respondents)}</td>
                    <td class="num">{fmt.ikm(p.ikm)}</td>
                    <td>
                      <GradeBadge grade={p.grade} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </div>
  );
}
