/**
 * The "Pelamar" tab of `/recruitment/:roundId`: the round's submitted applications, page by page,
 * filtered by formasi and status (both kept in the address, so coming back from the verification
 * screen finds the same list). An agency admin sees its own agency's formasi only (the API decides).
 */
import { PagedTable } from '../../components/admin';
import { SelectField } from '../../components/ui';
import { useFormat } from '../../lib/format';
import { usePaged } from '../../lib/hooks';
import { useRole } from '../../session';
import {
  listApplications,
  type RecruitmentRoundDetail,
  type StaffApplicationSummary,
} from './recruitment-api';
import {
  type ApplicationsFilter,
  applicationsQuery,
  formasiOptions,
  groupByAgency,
  isStaffStatus,
  STAFF_STATUSES,
  statusCounts,
} from './screening-model';
import { ApplicationStatusBadge, useScreeningText, useZonedTime } from './screening-shared';
import { useRecruitmentText } from './shared';

const PAGE_SIZE = 25;

export function ApplicantsPanel({
  round,
  filter,
  onFilter,
}: {
  round: RecruitmentRoundDetail;
  filter: ApplicationsFilter;
  onFilter: (next: ApplicationsFilter) => void;
}) {
  const t = useScreeningText();
  const l = t.list;
  const { tenantWide } = useRole();
  const options = formasiOptions(round.formations);
  const groups = groupByAgency(options);
  if (!round.published) return <p class="alert alert-info">{l.notPublished}</p>;
  return (
    <>
      <div class="card">
        <p class="muted">{l.intro}</p>
        {!tenantWide && <p class="muted small">{l.ownAgency}</p>}
        <fieldset class="rc-filters">
          <legend class="sr-only">{l.filters}</legend>
          <SelectField
            label={l.formasi}
            name="formasiFilter"
            value={filter.formationId}
            onChange={(e) => onFilter({ ...filter, formationId: e.currentTarget.value })}
          >
            <option value="">{l.allFormasi}</option>
            {groups.length > 1
              ? groups.map((g) => (
                  <optgroup key={g.agencyName} label={g.agencyName}>
                    {g.options.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </optgroup>
                ))
              : options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
          </SelectField>
          <SelectField
            label={l.status}
            name="statusFilter"
            value={filter.status}
            onChange={(e) => {
              const v = e.currentTarget.value;
              onFilter({ ...filter, status: isStaffStatus(v) ? v : '' });
            }}
          >
            <option value="">{l.allStatuses}</option>
            {STAFF_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t.statuses[s]} — {t.statusTitles[s]}
              </option>
            ))}
          </SelectField>
        </fieldset>
      </div>
      {/* A new key starts the pages again from the first when a filter changes. */}
      <ApplicationsTable key={`${filter.formationId}|${filter.status}`} round={round} filter={filter} />
    </>
  );
}

function ApplicationsTable({ round, filter }: { round: RecruitmentRoundDetail; filter: ApplicationsFilter }) {
  const t = useScreeningText();
  const rt = useRecruitmentText();
  const l = t.list;
  const fmt = useFormat();
  const time = useZonedTime();
  const list = usePaged((cursor) => listApplications(round.id, applicationsQuery(filter, cursor, PAGE_SIZE)));
  const units = new Map(round.formations.map((f) => [f.id, f.unitName]));
  const counts = statusCounts(list.items);
  const href = (a: StaffApplicationSummary) => `/recruitment/applications/${encodeURIComponent(a.id)}`;
  return (
    <>
      {list.items.length > 0 && (
        <p class="rc-counts muted small" aria-live="polite">
          {l.onPage}{' '}
          {STAFF_STATUSES.filter((s) => counts[s] > 0).map((s) => (
            <span key={s} class="rc-count">
              <ApplicationStatusBadge status={s} /> {fmt.int(counts[s])}
            </span>
          ))}
          {counts.objections > 0 && <span class="rc-count">{l.objections(fmt.int(counts.objections))}</span>}
        </p>
      )}
      <div class="rc-apps">
        <PagedTable
          list={list}
          caption={l.caption}
          columns={[l.number, l.name, l.nik, l.formasi, l.track, l.status, l.submitted, l.objection]}
          row={(a) => (
            <tr key={a.id}>
              <td class="nowrap rc-c-number" data-label={l.number}>
                <a href={href(a)} class="mono">
                  {a.registrationNumber ?? l.verify}
                </a>
              </td>
              <td class="rc-c-name" data-label={l.name}>
                {a.applicantName}
              </td>
              <td class="mono nowrap rc-c-nik" data-label={l.nik}>
                {a.nikMasked}
              </td>
              <td class="rc-formasi-cell rc-c-formasi" data-label={l.formasi}>
                {a.positionName}
                {units.get(a.formationId) && <div class="muted small">{units.get(a.formationId)}</div>}
              </td>
              <td class="rc-c-track" data-label={l.track}>
                {rt.tracks[a.track]}
              </td>
              <td class="rc-c-status" data-label={l.status}>
                <ApplicationStatusBadge status={a.status} />
              </td>
              <td class="nowrap rc-c-time" data-label={l.submitted}>
                {time(a.submittedAt)}
              </td>
              <td
                class={a.objectionPending ? 'rc-c-objection' : 'rc-c-objection rc-c-empty'}
                data-label={l.objection}
              >
                {a.objectionPending && <span class="badge badge-warn">{l.objectionPending}</span>}
              </td>
            </tr>
          )}
        />
      </div>
    </>
  );
}
