import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { listSurveyUnits, resolveShortCode } from './api';
import { useLang } from './i18n';
import { Loading, ProblemPanel, PublicLayout, useResource, useTitle } from './ui';

export const surveyPath = (tenant: string, unitId: string) =>
  `/survei/${encodeURIComponent(tenant)}/${encodeURIComponent(unitId)}`;

/** `/survei/:tenant`: the tenant's open survey units, each linking to its survey. */
export function UnitListPage({ tenant }: { tenant: string }) {
  const { t } = useLang();
  const units = useResource((signal) => listSurveyUnits(tenant, signal), [tenant]);
  useTitle(`${t.unitsTitle} · ${t.surveyTitle}`);
  const items = [...(units.data?.items ?? [])].sort(
    (a, b) => a.agencyName.localeCompare(b.agencyName) || a.name.localeCompare(b.name),
  );
  return (
    <PublicLayout>
      <p class="eyebrow">{t.surveyTitle}</p>
      <h1>{t.unitsTitle}</h1>
      <p class="lead">{t.unitsIntro}</p>
      {units.loading && !units.data && <Loading />}
      {units.error != null && (
        <ProblemPanel error={units.error} ctx={{ notFound: t.notFoundTenant }} onRetry={units.reload} />
      )}
      {units.data && items.length === 0 && <p class="pub-alert">{t.unitsEmpty}</p>}
      {items.length > 0 && (
        <ul class="unit-list" aria-label={t.unitsLabel}>
          {items.map((u) => (
            <li key={u.id}>
              <a class="unit-link" href={surveyPath(tenant, u.id)}>
                <span class="unit-name">{u.name}</span>
                <span class="unit-agency">{u.agencyName}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </PublicLayout>
  );
}

/** `/s/:tenant/:code`: the short URL printed under the QR code, resolved to the unit's survey. */
export function ShortLinkPage({ tenant, code }: { tenant: string; code: string }) {
  const { t } = useLang();
  const { route } = useLocation();
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  useTitle(t.surveyTitle);
  useEffect(() => {
    const ctrl = new AbortController();
    setError(null);
    resolveShortCode(tenant, code.toUpperCase(), ctrl.signal).then(
      // Replace: the back button should not land on this hop again.
      ({ unitId }) => route(surveyPath(tenant, unitId), true),
      (err) => {
        if (!ctrl.signal.aborted) setError(err);
      },
    );
    return () => ctrl.abort();
  }, [tenant, code, attempt, route]);
  return (
    <PublicLayout>
      <h1>{t.surveyTitle}</h1>
      {error == null ? (
        <p role="status">{t.shortOpening}</p>
      ) : (
        <ProblemPanel
          error={error}
          ctx={{ notFound: t.shortUnknown }}
          onRetry={() => setAttempt((n) => n + 1)}
        />
      )}
    </PublicLayout>
  );
}
