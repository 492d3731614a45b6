/**
 * Vacant positions ranked for one employee (admins). Scoring reads every vacant position of the
 * tenant, so it runs only when asked for, not with each profile view.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import {
  type FactorScore,
  getSuggestedPositions,
  type SuggestedPositions as Result,
} from '../../api/personnel';
import { ErrorMessage } from '../../components/ui';
import { useI18n } from '../../i18n';
import type { Format } from '../../lib/format';
import { usePersonnelText } from './shared';

const FACTOR_ORDER: FactorScore['factor'][] = ['education', 'competency', 'rank', 'performance'];

export function SuggestedPositions({
  employeeId,
  fmt,
  agencyName,
}: {
  employeeId: string;
  fmt: Format;
  agencyName: (id: string) => string;
}) {
  const { t } = useI18n();
  const st = usePersonnelText().suggested;
  const [result, setResult] = useState<Result | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const seq = useRef(0);
  const dec1 = useMemo(() => new Intl.NumberFormat(fmt.locale, { maximumFractionDigits: 1 }), [fmt.locale]);

  const load = async () => {
    // Only the latest request may write: a second click must not be overwritten by the first.
    const mine = ++seq.current;
    setBusy(true);
    setError(null);
    try {
      const r = await getSuggestedPositions(employeeId);
      if (mine === seq.current) setResult(r);
    } catch (err) {
      if (mine === seq.current) setError(err);
    } finally {
      if (mine === seq.current) setBusy(false);
    }
  };

  const share = (f: FactorScore) =>
    f.status === 'absent' || f.share === null ? st.noData : `${dec1.format(f.share)}%`;
  const ordered = (factors: FactorScore[]) =>
    FACTOR_ORDER.map((k) => factors.find((f) => f.factor === k)).filter((f): f is FactorScore => !!f);

  return (
    <section class="card" aria-labelledby="profile-suggested" aria-busy={busy}>
      <h2 id="profile-suggested">{st.title}</h2>
      <p class="muted">{st.intro}</p>
      <p>
        <button type="button" class="btn" onClick={() => void load()} disabled={busy} aria-busy={busy}>
          {busy ? t.common.loading : result ? st.refresh : st.show}
        </button>
      </p>
      <ErrorMessage error={error} />
      {result && result.items.length === 0 && <p class="muted">{st.empty}</p>}
      {result && result.items.length > 0 && (
        <ol class="suggested-list" aria-label={st.listLabel}>
          {result.items.map((s) => (
            <li key={s.position.id} class="suggested-item">
              <div class="suggested-head">
                <span class="muted small">{st.rankNo(s.rank)}</span>{' '}
                <a href={`/positions/${encodeURIComponent(s.position.id)}/candidates`}>
                  <strong>{s.position.name}</strong>
                </a>{' '}
                <span class="muted small">{agencyName(s.position.agencyId)}</span>
              </div>
              <p class="suggested-figures">
                <strong>{st.total(dec1.format(s.total))}</strong> · {st.vacancies(s.position.vacancies)}
              </p>
              <ul class="suggested-factors" aria-label={st.factorsLabel}>
                {ordered(s.factors).map((f) => (
                  <li key={f.factor} class={f.status === 'absent' ? 'muted' : undefined}>
                    {st.factors[f.factor] ?? f.factor}: {share(f)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {result?.truncated && <p class="muted small">{st.truncated}</p>}
    </section>
  );
}
