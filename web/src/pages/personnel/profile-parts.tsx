/**
 * The read-only parts of an employee's profile, shared by the admin/supervisor profile page and
 * the employee's own page: the facts, education, competencies and the history timeline.
 */
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { api, listAll, listUnits, sessionToken } from '../../api/client';
import { type Employee, getPosition, type HistoryEntry, listCompetencies } from '../../api/personnel';
import { LoadMoreFooter } from '../../components/admin';
import { Loading } from '../../components/ui';
import { useI18n } from '../../i18n';
import type { Format } from '../../lib/format';
import { type LoadMore, useAsync } from '../../lib/hooks';
import { golonganOf, usePersonnelText } from './shared';

export function ProfileFacts({
  employee: e,
  fmt,
  agencyName,
  positionName,
}: {
  employee: Employee;
  fmt: Format;
  agencyName: (id: string) => string;
  positionName?: string;
}) {
  const pt = usePersonnelText();
  const f = pt.fields;
  const competencyNames = useCompetencyNames(e.competencies.length > 0);
  const position = usePositionName(positionName === undefined ? e.positionId : undefined);
  const shownPosition = positionName ?? position;
  return (
    <div class="profile-grid">
      <section class="card" aria-labelledby="profile-identity">
        <h2 id="profile-identity">{pt.profile.identity}</h2>
        <dl class="facts">
          <Fact label={f.name} value={e.name} />
          {e.frontTitle && <Fact label={f.frontTitle} value={e.frontTitle} />}
          {e.backTitle && <Fact label={f.backTitle} value={e.backTitle} />}
          <Fact label={f.nip} value={<span class="mono">{e.nip}</span>} />
          <Fact label={f.gender} value={pt.genders[e.gender] ?? e.gender} />
          <Fact label={f.birthPlace} value={`${e.birthPlace}, ${fmt.dateLong(e.birthDate)}`} />
          <Fact label={f.email} value={e.email ?? pt.none} />
          <Fact label={f.phone} value={e.phone ?? pt.none} />
        </dl>
      </section>
      <section class="card" aria-labelledby="profile-career">
        <h2 id="profile-career">{pt.profile.career}</h2>
        <dl class="facts">
          <Fact label={f.employmentType} value={pt.employmentTypes[e.employmentType] ?? e.employmentType} />
          <Fact label={f.status} value={pt.statuses[e.status] ?? e.status} />
          <Fact label={e.employmentType === 'PPPK' ? f.grade : f.rank} value={golonganOf(e)} />
          {e.tmtRank && <Fact label={f.tmtRank} value={fmt.dateLong(e.tmtRank)} />}
          {e.tmtCpns && <Fact label={f.tmtCpns} value={fmt.dateLong(e.tmtCpns)} />}
          <Fact label={f.agencyId} value={agencyName(e.agencyId)} />
          <Fact
            label={f.positionId}
            value={e.positionId ? (shownPosition ?? pt.profile.positionUnknown) : pt.list.noPosition}
          />
          <Fact label={f.bup} value={pt.profile.years(e.bup)} />
          <Fact label={f.retirementDate} value={fmt.dateLong(e.retirementDate)} />
        </dl>
      </section>
      <section class="card" aria-labelledby="profile-education">
        <h2 id="profile-education">{f.education}</h2>
        {e.education.length === 0 ? (
          <p class="muted">{pt.profile.noEducation}</p>
        ) : (
          <ul class="plain-list">
            {e.education.map((ed) => (
              <li key={`${ed.level}-${ed.major}-${ed.graduationYear}`}>
                <strong>{ed.level}</strong> {ed.major} · {ed.institution} ({ed.graduationYear})
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="card" aria-labelledby="profile-competencies">
        <h2 id="profile-competencies">{f.competencies}</h2>
        {e.competencies.length === 0 ? (
          <p class="muted">{pt.profile.noCompetencies}</p>
        ) : (
          <ul class="chips">
            {e.competencies.map((c) => (
              <li key={c.code} class="chip" title={c.code} data-code={c.code}>
                {competencyNames?.get(c.code) ?? c.code} · {pt.competency.levelN(c.level)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function Fact({ label, value }: { label: string; value: ComponentChildren }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/** Names for the ids and codes a history entry holds (agency, unit, status), where the page knows them. */
export type Describe = (field: string, value: unknown) => string | undefined;

/** The history as a vertical timeline: career events and corrections each with their own badge and colour. */
export function HistoryTimeline({
  list,
  fmt,
  describe,
}: {
  list: LoadMore<HistoryEntry>;
  fmt: Format;
  describe?: Describe;
}) {
  const pt = usePersonnelText();
  const { t } = useI18n();
  const tl = pt.timeline;
  const show = (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return '–';
    const named =
      describe?.(field, v) ??
      (field === 'status' ? pt.statuses[String(v)] : undefined) ??
      (field === 'employmentType' ? pt.employmentTypes[String(v)] : undefined);
    if (named) return named;
    return typeof v === 'object' ? JSON.stringify(v) : String(v);
  };
  const roles: Record<string, string | undefined> = t.roles;
  const fieldLabel = (k: string) => (pt.fields as Record<string, string>)[k] ?? k;
  return (
    <section class="card" aria-labelledby="history-title">
      <h2 id="history-title">{tl.title}</h2>
      {list.loading && list.items.length === 0 && <Loading />}
      <ol class="timeline" aria-label={tl.label}>
        {list.items.map((h) => (
          <li key={h.id} class={`timeline-item timeline-${h.kind}`} data-kind={h.kind}>
            <span class="timeline-dot" aria-hidden="true" />
            <div class="timeline-body">
              <p class="timeline-head">
                <span class={`badge badge-${h.kind}`}>{tl.kinds[h.kind] ?? h.kind}</span>{' '}
                <strong>{tl.events[h.event] ?? h.event}</strong>{' '}
                <span class="muted">
                  · {tl.tmt} {fmt.dateLong(h.tmt)}
                </span>
              </p>
              {Object.keys(h.changes).length > 0 && (
                <ul class="timeline-changes">
                  {Object.entries(h.changes).map(([field, c]) => (
                    <li key={field}>
                      {fieldLabel(field)}: <del>{show(field, c.before)}</del> →{' '}
                      <ins>{show(field, c.after)}</ins>
                    </li>
                  ))}
                </ul>
              )}
              <dl class="timeline-meta">
                {(h.decreeNumber || h.decreeDate) && (
                  <div>
                    <dt>{tl.decree}</dt>
                    <dd>
                      {h.decreeNumber ?? pt.none}
                      {h.decreeDate && ` (${fmt.dateLong(h.decreeDate)})`}
                    </dd>
                  </div>
                )}
                {h.reason && (
                  <div>
                    <dt>{tl.reason}</dt>
                    <dd>{h.reason}</dd>
                  </div>
                )}
                <div>
                  <dt>{tl.actor}</dt>
                  <dd>
                    {roles[h.actor.role] ?? h.actor.role} · {fmt.dateLong(h.recordedAt)}
                  </dd>
                </div>
              </dl>
            </div>
          </li>
        ))}
      </ol>
      <LoadMoreFooter list={list} moreText={pt.loadMore} emptyText={tl.empty} />
    </section>
  );
}

/**
 * Agency, unit and position names for the timeline: the agencies the page has, the units of the
 * employee's agency (history before a mutasi may name others, which keep their id) and the current
 * position.
 */
export function useDescribe(
  employee: Employee | null,
  agencyName: (id: string) => string,
  position: { id: string; name: string } | null,
  history?: HistoryEntry[],
): Describe {
  const agencyId = employee?.agencyId;
  // History entries carry position ids only; each is named through the positions lookup.
  const positionIds = useMemo(() => {
    const ids = new Set<string>();
    for (const h of history ?? []) {
      const c = h.changes.positionId;
      for (const v of [c?.before, c?.after]) if (typeof v === 'string' && v) ids.add(v);
    }
    return [...ids].sort().join(' ');
  }, [history]);
  const positionNames = useAsync(async () => {
    const ids = positionIds ? positionIds.split(' ') : [];
    const names = await Promise.all(ids.map((id) => loadPositionName(id)));
    return new Map(ids.flatMap((id, i) => (names[i] ? [[id, names[i] as string] as const] : [])));
  }, [positionIds]);
  const units = useAsync(
    () => (agencyId ? listAll((q) => listUnits(agencyId, q)).catch(() => []) : Promise.resolve([])),
    [agencyId],
  );
  return useMemo(() => {
    const unitNames = new Map((units.data ?? []).map((u) => [u.id, u.name]));
    return (field, value) => {
      const id = String(value);
      if (field === 'agencyId') return agencyName(id);
      if (field === 'unitId') return unitNames.get(id);
      if (field === 'positionId')
        return position?.id === id ? position.name : (positionNames.data?.get(id) ?? undefined);
      return undefined;
    };
  }, [units.data, agencyName, position, positionNames.data]);
}

/**
 * Position names by id, read once per id and session (a position's name is a nicety: a failed
 * read gives null, and the page says the name is unknown rather than showing an id).
 */
const positionCache = new Map<string, Promise<string | null>>();
let positionCacheToken: string | null = null;
// A renamed position is read again.
api.use({
  onResponse({ schemaPath, request, response }) {
    if (request.method !== 'GET' && response.ok && schemaPath.startsWith('/v1/positions'))
      positionCache.clear();
  },
});
export function loadPositionName(positionId: string): Promise<string | null> {
  const token = sessionToken();
  if (token !== positionCacheToken) {
    positionCache.clear();
    positionCacheToken = token;
  }
  let name = positionCache.get(positionId);
  if (!name) {
    name = getPosition(positionId).then(
      (p) => p.name,
      () => null,
    );
    positionCache.set(positionId, name);
  }
  return name;
}

/** The name of one position, or undefined while it is read or when it cannot be read. */
export function usePositionName(positionId: string | undefined): string | undefined {
  const name = useAsync(
    () => (positionId ? loadPositionName(positionId) : Promise.resolve(null)),
    [positionId],
  );
  return name.data ?? undefined;
}

/** The competency catalogue's names by code, read once per page (null until read or when it fails). */
function useCompetencyNames(enabled: boolean): Map<string, string> | null {
  const catalogue = useAsync(
    () =>
      enabled
        ? listAll((q) => listCompetencies(q)).catch(() => [])
        : Promise.resolve([] as { code: string; name: string }[]),
    [enabled],
  );
  return useMemo(
    () => (catalogue.data ? new Map(catalogue.data.map((c) => [c.code, c.name])) : null),
    [catalogue.data],
  );
}
