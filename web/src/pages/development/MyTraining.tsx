import { useState } from 'preact/hooks';
import { getMyTraining, type MyTraining } from '../../api/personnel';
import { Pager } from '../../components/admin';
import { ErrorMessage, Loading } from '../../components/ui';
import { useI18n } from '../../i18n';
import { useFormat, useToday } from '../../lib/format';
import { usePaged } from '../../lib/hooks';
import { Meter, TrainingHeader, useDevelopmentText, useMyEmployee, YearSelect } from './shared';

export default function MyTrainingPage() {
  return <MyTrainingView />;
}

function MyTrainingView() {
  const ct = useDevelopmentText();
  const thisYear = Number(useToday().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const { employee, loading } = useMyEmployee();
  return (
    <section>
      <TrainingHeader title={ct.titles.trainings} current="/trainings/me" />
      {loading && <Loading />}
      {!loading && !employee && <p class="alert alert-info">{ct.myTraining.noEmployee}</p>}
      {employee && (
        <>
          <div class="toolbar">
            <YearSelect year={year} thisYear={thisYear} onChange={setYear} />
          </div>
          <YearView key={year} year={year} />
        </>
      )}
    </section>
  );
}

function YearView({ year }: { year: number }) {
  const { t } = useI18n();
  const ct = useDevelopmentText();
  const mt = ct.myTraining;
  const tr = ct.trainings;
  const fmt = useFormat();
  // The answer is a page of enrolments with the year's JP progress beside it.
  const [summary, setSummary] = useState<MyTraining | null>(null);
  const list = usePaged(async (cursor) => {
    const page = await getMyTraining({ year, cursor, limit: 25 });
    setSummary(page);
    return page;
  });
  const progress = summary?.progress;
  return (
    <>
      <div class="card stack">
        <h2>{mt.progressTitle(year)}</h2>
        <ErrorMessage error={list.error} />
        {progress && (
          <>
            <p class="cr-progress-figure">
              {mt.progressText(fmt.dec1(progress.total), fmt.int(progress.target))}
            </p>
            <Meter
              wide
              value={progress.total}
              max={progress.target}
              tone={progress.met ? 'ok' : 'normal'}
              text={`${progress.percent}%`}
            />
            <p>{progress.met ? mt.met : mt.remaining(fmt.dec1(progress.remaining))}</p>
          </>
        )}
        <p>
          <a href="/trainings">{mt.browse}</a>
        </p>
      </div>
      <div class="card">
        <div class="table-wrap">
          <table>
            <caption>{mt.listCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{tr.name}</th>
                <th scope="col">{tr.type}</th>
                <th scope="col">{tr.dates}</th>
                <th scope="col">{t.common.status}</th>
                <th scope="col" class="num">
                  {tr.jp}
                </th>
              </tr>
            </thead>
            <tbody aria-busy={list.loading}>
              {list.items.map((e) => (
                <tr key={e.trainingId}>
                  <td>{e.training.title}</td>
                  <td>{ct.trainingTypes[e.training.type]}</td>
                  <td class="nowrap">
                    {fmt.date(e.training.startDate)} – {fmt.date(e.training.endDate)}
                  </td>
                  <td>{e.status === 'completed' && e.result ? tr.results[e.result] : tr.status[e.status]}</td>
                  <td class="num">
                    {e.status === 'completed' ? fmt.int(e.jp ?? 0) : `(${fmt.int(e.training.jp)})`}
                  </td>
                </tr>
              ))}
              {!list.loading && !list.error && list.items.length === 0 && (
                <tr>
                  <td colSpan={5} class="muted">
                    {t.common.empty}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
        <Pager list={list} />
      </div>
    </>
  );
}
