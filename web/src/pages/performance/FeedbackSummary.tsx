import { useRoute } from 'preact-iso';
import { ErrorMessage, Loading } from '../../components/ui';
import { useFormat } from '../../lib/format';
import { useAsync } from '../../lib/hooks';
import { GroupedBarChart } from './assessment-chart';
import { BERAKHLAK_CODES } from './assessment-model';
import {
  PerformanceHeader,
  useAssessmentText,
  useFeedbackText,
  usePeriodText,
  useSettings,
} from './assessment-parts';
import { type FeedbackSummary, getFeedbackSummary } from './feedback-api';
import { hasNumbers, summaryChart } from './feedback-model';

/**
 * A 360 round's summary (issue 14 §3): the averages per BerAKHLAK value for each rater group that
 * reached the tenant's minimum, as a chart and a table; a group below it says "Belum cukup penilai"
 * with no number; each shown group's comments in the order the API gives them (shuffled there).
 * For the assessee, their appraiser (a unit: its head) and admins; a rater is told they do not see it.
 */
export default function FeedbackSummaryPage() {
  const ft = useFeedbackText();
  const roundId = useRoute().params.roundId!;
  const summary = useAsync(() => getFeedbackSummary(roundId), [roundId]);
  const s = summary.data;
  return (
    <section class="pa-page">
      <p class="back-link">
        <a href="/performance/feedback">{ft.summary.back}</a>
      </p>
      <PerformanceHeader
        title={
          s
            ? ft.summary.title(
                s.subject.kind === 'unit' ? ft.forms.unitSubject(s.subject.name) : s.subject.name,
              )
            : ft.title
        }
        current="/performance/feedback"
      />
      {summary.error ? (
        <ErrorMessage
          error={summary.error}
          overrides={{ forbidden: ft.summary.forbidden, 'not-found': ft.summary.notFound }}
        />
      ) : s ? (
        <Summary summary={s} />
      ) : (
        <Loading />
      )}
    </section>
  );
}

function Summary({ summary: s }: { summary: FeedbackSummary }) {
  const ft = useFeedbackText();
  const at = useAssessmentText();
  const fmt = useFormat();
  const settings = useSettings();
  const periodName = usePeriodText(settings.data);
  const st = ft.summary;
  const avg = (n: number) => fmt.ikm(n);
  const chart = summaryChart(s, {
    relation: (r) => ft.relations[r],
    value: (v) => at.berakhlak[v],
    overall: st.overall,
  });
  const chartSummary = chart.series
    .map(
      (series) =>
        `${series.label}: ${series.values.map((v, i) => `${chart.labels[i]} ${avg(v)}`).join(', ')}`,
    )
    .join('; ');
  const shown = s.groups.flatMap((g) => (g.status === 'shown' ? [g] : []));
  return (
    <>
      <p class="muted pa-summary-meta">
        {st.meta(
          periodName(s.period),
          s.status === 'open' ? ft.rounds.open(fmt.date(s.closesOn)) : ft.rounds.closed(fmt.date(s.closesOn)),
        )}
      </p>
      <p class="small">{st.minRaters(fmt.int(s.minRaters))}</p>
      <ul class="pa-groups">
        {s.groups.map((g) => (
          <li key={g.relation} class={g.status === 'shown' ? 'card pa-group' : 'card pa-group is-hidden'}>
            <h2 class="pa-group-name">{ft.relations[g.relation]}</h2>
            {g.status === 'shown' ? (
              <p>
                <span class="pa-group-avg">{avg(g.overall)}</span>{' '}
                <span class="muted small">{st.raters(fmt.int(g.raters))}</span>
              </p>
            ) : (
              <>
                <p class="pa-group-none">{g.relation === 'self' ? st.selfNotYet : st.notEnough}</p>
                {g.relation !== 'self' && <p class="muted small">{st.notEnoughHint(fmt.int(s.minRaters))}</p>}
              </>
            )}
          </li>
        ))}
      </ul>
      {s.overall && <p>{st.overallLine(avg(s.overall.overall), fmt.int(s.overall.raters))}</p>}
      {hasNumbers(s) ? (
        <section class="card" aria-labelledby="pa-summary-chart">
          <h2 id="pa-summary-chart">{st.tableCaption}</h2>
          <GroupedBarChart
            labels={chart.labels}
            series={chart.series.map((x) => ({ label: x.label, values: x.values }))}
            label={st.chart(chartSummary)}
            locale={fmt.locale}
            min={0}
            max={5}
            step={1}
            format={avg}
          />
          <div class="table-wrap">
            <table class="pa-summary-table">
              <caption class="sr-only">{st.tableCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{st.value}</th>
                  {chart.series.map((x) => (
                    <th key={x.key} scope="col" class="num">
                      {x.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {BERAKHLAK_CODES.map((v, i) => (
                  <tr key={v}>
                    <th scope="row" class="pa-row-name">
                      {at.berakhlak[v]}
                    </th>
                    {chart.series.map((x) => (
                      <td key={x.key} class="num">
                        {avg(x.values[i]!)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : (
        <p class="alert alert-info">{st.noNumbers}</p>
      )}
      {shown.length > 0 && (
        <section aria-labelledby="pa-comments-title">
          <h2 id="pa-comments-title">{st.comments}</h2>
          <p class="muted small">{st.commentsHint}</p>
          {shown.map((g) => (
            <div key={g.relation} class="pa-comments">
              <h3>{ft.relations[g.relation]}</h3>
              {g.comments.length === 0 ? (
                <p class="muted small">{st.noComments}</p>
              ) : (
                <ul>
                  {g.comments.map((c, i) => (
                    <li key={i}>
                      <q>{c}</q>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </section>
      )}
    </>
  );
}
