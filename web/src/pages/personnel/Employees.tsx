import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { listAll } from '../../api/client';
import {
  type Employee,
  type EmployeeFilters,
  exportEmployees,
  listCompetencies,
  listEmployees,
  type SearchHit,
  searchEmployees,
} from '../../api/personnel';
import { ErrorMessage, InputField, Notice, SelectField } from '../../components/ui';
import { useI18n } from '../../i18n';
import { EDUCATION_LEVELS, EMPLOYMENT_TYPES, PNS_RANKS } from './schemas';
import { fullName, golonganOf, PersonnelHeader, usePersonnelText } from './shared';
import './personnel.css';
import { AgencySelect, LoadMoreFooter } from '../../components/admin';
import { type LoadMore, saveBlob, useAsync, useLoadMore } from '../../lib/hooks';
import { useAgencies } from '../../lib/lookups';
import { useRole } from '../../session';

export default function EmployeesPage() {
  return <Employees />;
}

/** A select's value: one of the API's choices, or '' for any. */
type Choice<K extends keyof EmployeeFilters> = NonNullable<EmployeeFilters[K]> | '';

interface FilterDraft {
  competency: string;
  minLevel: string;
  educationLevel: Choice<'educationLevel'>;
  major: string;
  minRank: Choice<'minRank'>;
  agencyId: string;
  employmentType: Choice<'employmentType'>;
  namePrefix: string;
}

const EMPTY: FilterDraft = {
  competency: '',
  minLevel: '1',
  educationLevel: '',
  major: '',
  minRank: '',
  agencyId: '',
  employmentType: '',
  namePrefix: '',
};

/** The API's query from the form; null when nothing filters (the plain list by name is shown). */
function filtersOf(d: FilterDraft): EmployeeFilters | null {
  const f: EmployeeFilters = {
    competency: d.competency ? `${d.competency}:${d.minLevel}` : undefined,
    educationLevel: d.educationLevel || undefined,
    major: d.major.trim() || undefined,
    minRank: d.minRank || undefined,
    agencyId: d.agencyId || undefined,
    employmentType: d.employmentType || undefined,
    namePrefix: d.namePrefix.trim() || undefined,
  };
  return Object.values(f).some((v) => v !== undefined) ? f : null;
}

function Employees() {
  const pt = usePersonnelText();
  const s = pt.search;
  const { admin } = useRole();
  const { agencies, nameOf, error: agenciesError } = useAgencies();
  const catalogue = useAsync(() => listAll((q) => listCompetencies(q)), []);
  const [draft, setDraft] = useState<FilterDraft>(EMPTY);
  const [applied, setApplied] = useState<EmployeeFilters | null>(null);
  const [rev, setRev] = useState(0);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const set = (patch: Partial<FilterDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const runExport = async () => {
    setExporting(true);
    setExportError(null);
    setNotice(null);
    try {
      const file = await exportEmployees(applied ?? {});
      saveBlob(file.blob, file.filename ?? 'pegawai.xlsx');
      setNotice(s.exported);
    } catch (err) {
      setExportError(err);
    } finally {
      setExporting(false);
    }
  };

  return (
    <section>
      <PersonnelHeader title={pt.title} current="/personnel/employees">
        {admin && (
          <p class="report-actions">
            <a class="btn btn-primary" href="/personnel/employees/new">
              + {pt.list.add}
            </a>
          </p>
        )}
      </PersonnelHeader>
      <ErrorMessage error={agenciesError ?? catalogue.error} />
      <form
        class="card stack"
        aria-labelledby="search-title"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setApplied(filtersOf(draft));
          setRev((r) => r + 1);
        }}
      >
        <h2 id="search-title">{s.title}</h2>
        <div class="filter-grid">
          <SelectField
            label={s.competency}
            name="competency"
            value={draft.competency}
            onChange={(e) => set({ competency: e.currentTarget.value })}
          >
            <option value="">{s.anyCompetency}</option>
            {(catalogue.data ?? []).map((c) => (
              <option key={c.code} value={c.code}>
                {c.name} ({c.code})
              </option>
            ))}
          </SelectField>
          <SelectField
            label={s.minLevel}
            name="minLevel"
            value={draft.minLevel}
            disabled={!draft.competency}
            onChange={(e) => set({ minLevel: e.currentTarget.value })}
          >
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={String(n)}>
                {pt.competency.levelN(n)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={s.educationLevel}
            name="educationLevel"
            value={draft.educationLevel}
            onChange={(e) => set({ educationLevel: e.currentTarget.value as FilterDraft['educationLevel'] })}
          >
            <option value="">{s.anyEducation}</option>
            {EDUCATION_LEVELS.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </SelectField>
          <InputField
            label={s.major}
            name="major"
            optional
            value={draft.major}
            maxLength={120}
            onInput={(e) => set({ major: e.currentTarget.value })}
          />
          <SelectField
            label={s.minRank}
            name="minRank"
            value={draft.minRank}
            onChange={(e) => set({ minRank: e.currentTarget.value as FilterDraft['minRank'] })}
          >
            <option value="">{s.anyRank}</option>
            {PNS_RANKS.map((r) => (
              <option key={r.code} value={r.code}>
                {r.code} · {r.name}
              </option>
            ))}
          </SelectField>
          <AgencySelect
            label={s.agency}
            allLabel={pt.list.allAgencies}
            name="agencyId"
            agencies={agencies}
            value={draft.agencyId}
            onChange={(agencyId) => set({ agencyId })}
          />
          <SelectField
            label={s.employmentType}
            name="employmentType"
            value={draft.employmentType}
            onChange={(e) => set({ employmentType: e.currentTarget.value as FilterDraft['employmentType'] })}
          >
            <option value="">{s.anyType}</option>
            {EMPLOYMENT_TYPES.map((x) => (
              <option key={x} value={x}>
                {pt.employmentTypes[x] ?? x}
              </option>
            ))}
          </SelectField>
          <InputField
            label={s.namePrefix}
            name="namePrefix"
            optional
            value={draft.namePrefix}
            maxLength={60}
            onInput={(e) => set({ namePrefix: e.currentTarget.value })}
          />
        </div>
        <div class="actions">
          <button type="submit" class="btn btn-primary">
            {s.submit}
          </button>
          <button
            type="button"
            class="btn"
            onClick={() => {
              setDraft(EMPTY);
              setApplied(null);
              setRev((r) => r + 1);
            }}
          >
            {s.clear}
          </button>
          {admin && (
            <button type="button" class="btn" onClick={runExport} disabled={exporting} aria-busy={exporting}>
              {exporting ? s.exporting : s.export}
            </button>
          )}
        </div>
        <ErrorMessage error={exportError} />
        {notice && <Notice>{notice}</Notice>}
      </form>
      {applied ? (
        <SearchResults key={rev} filters={applied} />
      ) : (
        <EmployeeList key={rev} agencyName={nameOf} />
      )}
    </section>
  );
}

function EmployeeList({ agencyName }: { agencyName: (id: string) => string }) {
  const pt = usePersonnelText();
  const { t } = useI18n();
  const f = pt.fields;
  const list = useLoadMore((cursor) => listEmployees({ cursor, limit: 25 }));
  return (
    <ResultTable
      list={list}
      caption={pt.list.caption}
      columns={[t.common.name, f.nip, pt.list.agency, pt.list.golongan, f.status]}
      row={(e: Employee) => (
        <tr key={e.id}>
          <td>
            <a href={`/personnel/employees/${encodeURIComponent(e.id)}`}>{fullName(e)}</a>
          </td>
          <td class="mono">{e.nip}</td>
          <td>{agencyName(e.agencyId)}</td>
          <td>{golonganOf(e)}</td>
          <td>{pt.statuses[e.status] ?? e.status}</td>
        </tr>
      )}
    />
  );
}

function SearchResults({ filters }: { filters: EmployeeFilters }) {
  const pt = usePersonnelText();
  const { t } = useI18n();
  const l = pt.list;
  const list = useLoadMore((cursor) => searchEmployees({ ...filters, cursor, limit: 25 }));
  return (
    <ResultTable
      list={list}
      caption={pt.search.results}
      columns={[t.common.name, pt.fields.nip, l.agency, l.position, l.golongan, l.matched, l.contact]}
      row={(h: SearchHit) => (
        <tr key={h.id}>
          <td>
            <a href={`/personnel/employees/${encodeURIComponent(h.id)}`}>{h.name}</a>
            {h.highestEducation && <div class="muted small">{h.highestEducation}</div>}
          </td>
          <td class="mono">
            {h.nip}
            {h.nipMasked && <span class="sr-only"> ({l.masked})</span>}
          </td>
          <td>{h.agencyName}</td>
          <td>{h.positionName ?? l.noPosition}</td>
          <td>{golonganOf(h)}</td>
          <td>
            {h.matchedCompetencies.length === 0
              ? pt.none
              : h.matchedCompetencies.map((c) => (
                  <span key={c.code} class="chip chip-inline">
                    <code>{c.code}</code>: {c.level}
                  </span>
                ))}
          </td>
          <td class="small">
            {h.email && <div>{h.email}</div>}
            {h.phone && <div>{h.phone}</div>}
            {!h.email && !h.phone && pt.none}
            {h.contactMasked && <span class="muted"> ({l.masked})</span>}
          </td>
        </tr>
      )}
    />
  );
}

function ResultTable<T>({
  list,
  caption,
  columns,
  row,
}: {
  list: LoadMore<T>;
  caption: string;
  columns: string[];
  row: (item: T) => ComponentChildren;
}) {
  const pt = usePersonnelText();
  return (
    <div class="card">
      <div class="table-wrap">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody aria-busy={list.loading}>{list.items.map(row)}</tbody>
        </table>
      </div>
      <LoadMoreFooter list={list} moreText={pt.loadMore} />
    </div>
  );
}
