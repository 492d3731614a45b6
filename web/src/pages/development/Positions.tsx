import { Fragment } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { listAll, listUnits } from '../../api/client';
import { listPositions, type Position } from '../../api/personnel';
import { AgencySelect, PagedTable } from '../../components/admin';
import { ErrorMessage, Notice } from '../../components/ui';
import { useI18n } from '../../i18n';
import { useFormat } from '../../lib/format';
import { useAsync, usePaged } from '../../lib/hooks';
import { useAgencies } from '../../lib/lookups';
import { useRole } from '../../session';
import { PositionForm } from './PositionForm';
import { Meter, PositionsHeader, useDevelopmentText } from './shared';

export default function PositionsPage() {
  return <Positions />;
}

function Positions() {
  const ct = useDevelopmentText();
  const { admin, tenantWide, ownAgencyId } = useRole();
  const { agencies, error: agenciesError, nameOf } = useAgencies();
  // A link may open the list filtered (the home page's "Jabatan lowong": ?vacant=1&agency=<id>).
  const { query } = useLocation();
  const [agencyId, setAgencyId] = useState(query.agency ?? '');
  const [vacantOnly, setVacantOnly] = useState(query.vacant === '1');
  const [rev, setRev] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const writable = agencies.filter((a) => a.status === 'active' && (tenantWide || a.id === ownAgencyId));

  return (
    <section>
      <PositionsHeader title={ct.titles.positions} current="/positions" />
      {!admin && <p class="alert alert-info">{ct.readOnly}</p>}
      {admin && !tenantWide && <p class="alert alert-info">{ct.ownAgencyOnly}</p>}
      {notice && <Notice>{notice}</Notice>}
      <ErrorMessage error={agenciesError} />
      <div class="toolbar">
        <AgencySelect
          label={ct.positions.filterAgency}
          allLabel={ct.allAgencies}
          agencies={agencies}
          value={agencyId}
          onChange={setAgencyId}
        />
        <div class="field field-check">
          <label class="check">
            <input
              type="checkbox"
              checked={vacantOnly}
              onChange={(e) => setVacantOnly(e.currentTarget.checked)}
            />
            <span>{ct.positions.vacantOnly}</span>
          </label>
        </div>
      </div>
      <PositionTable
        key={`${agencyId}:${vacantOnly}:${rev}`}
        agencyId={agencyId || undefined}
        vacantOnly={vacantOnly}
        agencyName={nameOf}
        canEdit={(p) => admin && (tenantWide || p.agencyId === ownAgencyId)}
        onNotice={setNotice}
        agencies={writable}
      />
      {admin && (
        <PositionForm
          agencies={writable}
          fixedAgencyId={tenantWide ? null : ownAgencyId}
          onSaved={(p) => {
            setNotice(ct.positions.created(p.name));
            setRev((r) => r + 1);
          }}
        />
      )}
    </section>
  );
}

function PositionTable({
  agencyId,
  vacantOnly,
  agencyName,
  canEdit,
  onNotice,
  agencies,
}: {
  agencyId?: string;
  vacantOnly: boolean;
  agencyName: (id: string) => string;
  canEdit: (p: Position) => boolean;
  onNotice: (msg: string | null) => void;
  agencies: Parameters<typeof PositionForm>[0]['agencies'];
}) {
  const { t } = useI18n();
  const ct = useDevelopmentText();
  const cp = ct.positions;
  const fmt = useFormat();
  const { admin } = useRole();
  const [editing, setEditing] = useState<string | null>(null);
  const list = usePaged((cursor) => listPositions({ cursor, limit: 25, agencyId, vacantOnly }));
  const unitName = useUnitNames(list.items.map((p) => p.agencyId));
  const columns = [cp.name, cp.type, ct.agency, cp.occupancy, ...(admin ? [t.common.actions] : [])];
  return (
    <PagedTable
      list={list}
      caption={cp.listCaption}
      columns={columns}
      row={(p) => (
        <Fragment key={p.id}>
          <tr>
            <td>{p.name}</td>
            <td>
              {ct.positionTypes[p.type]}
              {p.functionalLevel && <div class="muted small">{ct.functionalLevels[p.functionalLevel]}</div>}
              <div class="muted small">{cp.classShort(p.positionClass)}</div>
            </td>
            <td>
              {agencyName(p.agencyId)}
              {unitName(p.unitId) && <div class="muted small">{unitName(p.unitId)}</div>}
            </td>
            <td>
              <Meter
                value={p.filled}
                max={p.seats}
                tone={p.vacancies <= 0 ? 'full' : 'normal'}
                text={
                  <>
                    {cp.occupancyText(fmt.int(p.filled), fmt.int(p.seats))}
                    <div class="muted small">
                      {p.vacancies <= 0 ? cp.full : cp.vacancies(fmt.int(p.vacancies))}
                    </div>
                  </>
                }
              />
            </td>
            {admin && (
              <td>
                <span class="row-actions">
                  <a class="btn btn-small" href={`/positions/${encodeURIComponent(p.id)}/candidates`}>
                    {cp.candidates}
                  </a>
                  {canEdit(p) && (
                    <button
                      type="button"
                      class="btn btn-small"
                      aria-expanded={editing === p.id}
                      onClick={() => setEditing(editing === p.id ? null : p.id)}
                    >
                      {t.common.edit}
                    </button>
                  )}
                </span>
              </td>
            )}
          </tr>
          {editing === p.id && (
            <tr class="row-detail">
              <td colSpan={columns.length}>
                <PositionForm
                  key={p.version}
                  position={p}
                  agencies={agencies}
                  onCancel={() => setEditing(null)}
                  onStale={() => void list.reload()}
                  onSaved={(saved) => {
                    setEditing(null);
                    onNotice(cp.updated(saved.name));
                    void list.reload();
                  }}
                />
              </td>
            </tr>
          )}
        </Fragment>
      )}
    />
  );
}

/**
 * The names of the units of the agencies on the page: positions of one name in one agency (a Guru
 * Ahli Pertama in two bidang) differ only by their unit. One read per agency; a failed read leaves
 * its units unnamed.
 */
function useUnitNames(agencyIds: string[]): (unitId: string) => string | undefined {
  const key = [...new Set(agencyIds)].sort().join(',');
  const units = useAsync(
    () =>
      Promise.all((key ? key.split(',') : []).map((id) => listAll((q) => listUnits(id, q)).catch(() => []))),
    [key],
  );
  return useMemo(() => {
    const names = new Map((units.data ?? []).flat().map((u) => [u.id, u.name]));
    return (unitId: string) => names.get(unitId);
  }, [units.data]);
}
