import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { ApiError, listAll, listUnits, type Unit } from '../../api/client';
import {
  createEmployee,
  type Employee,
  getEmployee,
  listCompetencies,
  listPositions,
  type Position,
  updateEmployee,
} from '../../api/personnel';
import { FormActions } from '../../components/forms';
import { ErrorMessage, InputField, Loading, SelectField } from '../../components/ui';
import { useI18n } from '../../i18n';
import { check, personnelFields } from './errors';
import {
  type CompetencyDraft,
  CompetencyRows,
  competencyBody,
  type EducationDraft,
  EducationRows,
  educationBody,
  educationDrafts,
  emptyEducation,
} from './form-parts';
import {
  createEmployeeSchema,
  EMPLOYMENT_TYPES,
  PNS_RANKS,
  PPPK_GRADES,
  updateEmployeeSchema,
} from './schemas';
import { fullName, PersonnelHeader, usePersonnelText } from './shared';
import './personnel.css';
import { useAsync } from '../../lib/hooks';
import { useAgencies } from '../../lib/lookups';
import { useRole } from '../../session';

export default function EmployeeFormPage() {
  const { params } = useRoute();
  return params.employeeId ? (
    <EditEmployee key={params.employeeId} employeeId={params.employeeId} />
  ) : (
    <EmployeeForm />
  );
}

function EditEmployee({ employeeId }: { employeeId: string }) {
  const employee = useAsync(() => getEmployee(employeeId), [employeeId]);
  if (employee.error) return <ErrorMessage error={employee.error} />;
  if (!employee.data) return <Loading />;
  return <EmployeeForm key={employee.data.version} original={employee.data} onStale={employee.reload} />;
}

/** The form's values as typed; turned into a request body on submit. */
interface Draft {
  employmentType: string;
  nip: string;
  name: string;
  frontTitle: string;
  backTitle: string;
  gender: string;
  birthPlace: string;
  birthDate: string;
  agencyId: string;
  unitId: string;
  positionId: string;
  rank: string;
  grade: string;
  tmtCpns: string;
  tmtRank: string;
  email: string;
  phone: string;
  status: string;
}

interface HistoryDraft {
  kind: string;
  tmt: string;
  decreeNumber: string;
  decreeDate: string;
  reason: string;
}

function draftOf(e: Employee | undefined, agencyId: string): Draft {
  return {
    employmentType: e?.employmentType ?? 'PNS',
    nip: e?.nip ?? '',
    name: e?.name ?? '',
    frontTitle: e?.frontTitle ?? '',
    backTitle: e?.backTitle ?? '',
    gender: e?.gender ?? '',
    birthPlace: e?.birthPlace ?? '',
    birthDate: e?.birthDate ?? '',
    agencyId: e?.agencyId ?? agencyId,
    unitId: e?.unitId ?? '',
    positionId: e?.positionId ?? '',
    rank: e?.rank ?? '',
    grade: e?.grade ?? '',
    tmtCpns: e?.tmtCpns ?? '',
    tmtRank: e?.tmtRank ?? '',
    email: e?.email ?? '',
    phone: e?.phone ?? '',
    status: e?.status ?? 'AKTIF',
  };
}

const opt = (s: string) => (s.trim() === '' ? undefined : s.trim());

/** The whole record the form describes, in the create body's shape. */
function bodyOf(d: Draft, education: EducationDraft[], competencies: CompetencyDraft[]) {
  const pppk = d.employmentType === 'PPPK';
  return {
    employmentType: d.employmentType,
    nip: d.nip.trim(),
    name: opt(d.name),
    frontTitle: opt(d.frontTitle),
    backTitle: opt(d.backTitle),
    gender: opt(d.gender),
    birthPlace: opt(d.birthPlace),
    birthDate: opt(d.birthDate),
    agencyId: opt(d.agencyId),
    unitId: opt(d.unitId),
    positionId: opt(d.positionId),
    rank: pppk ? undefined : opt(d.rank),
    grade: pppk ? opt(d.grade) : undefined,
    tmtCpns: pppk ? undefined : opt(d.tmtCpns),
    tmtRank: pppk ? undefined : opt(d.tmtRank),
    education: educationBody(education),
    competencies: competencyBody(competencies),
    email: opt(d.email),
    phone: opt(d.phone),
  };
}

// Placement (agency, unit, position) changes through a mutasi, so an edit never sends it.
const PATCHABLE = [
  'employmentType',
  'nip',
  'name',
  'frontTitle',
  'backTitle',
  'gender',
  'birthPlace',
  'birthDate',
  'rank',
  'grade',
  'tmtCpns',
  'tmtRank',
  'education',
  'competencies',
  'email',
  'phone',
] as const;
const NULLABLE = new Set([
  'frontTitle',
  'backTitle',
  'rank',
  'grade',
  'tmtCpns',
  'tmtRank',
  'email',
  'phone',
]);

/** What changed against the stored record; a cleared optional field becomes null. */
function patchOf(
  original: Employee,
  body: ReturnType<typeof bodyOf>,
  status: string,
): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  const before = original as unknown as Record<string, unknown>;
  const after = body as Record<string, unknown>;
  for (const k of PATCHABLE) {
    const was = before[k] ?? (k === 'competencies' ? [] : undefined);
    const now = after[k];
    if (JSON.stringify(was) === JSON.stringify(now)) continue;
    patch[k] = now === undefined && NULLABLE.has(k) ? null : now;
  }
  if (status !== original.status) patch.status = status;
  return patch;
}

function historyOf(h: HistoryDraft) {
  if (!h.kind) return undefined;
  return {
    kind: h.kind,
    tmt: opt(h.tmt),
    decreeNumber: opt(h.decreeNumber),
    decreeDate: opt(h.decreeDate),
    reason: opt(h.reason),
  };
}

function useOrgChoices(agencyId: string) {
  const [units, setUnits] = useState<Unit[]>([]);
  const [positions, setPositions] = useState<Position[]>([]);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setUnits([]);
    setPositions([]);
    if (!agencyId) return;
    let live = true;
    Promise.all([listAll((q) => listUnits(agencyId, q)), listAll((q) => listPositions({ ...q, agencyId }))])
      .then(([u, p]) => {
        if (!live) return;
        setUnits(u);
        setPositions(p);
      })
      .catch((err) => live && setError(err));
    return () => {
      live = false;
    };
  }, [agencyId]);
  return { units, positions, error };
}

function useCatalogue() {
  return useAsync(() => listAll((q) => listCompetencies(q)), []);
}

function EmployeeForm({ original, onStale }: { original?: Employee; onStale?: () => void }) {
  const pt = usePersonnelText();
  const { t, lang } = useI18n();
  const { route } = useLocation();
  const { tenantWide, ownAgencyId } = useRole();
  const { agencies, error: agenciesError } = useAgencies();
  const catalogue = useCatalogue();
  const [draft, setDraft] = useState<Draft>(() => draftOf(original, tenantWide ? '' : (ownAgencyId ?? '')));
  const [education, setEducation] = useState<EducationDraft[]>(() =>
    original ? educationDrafts(original.education) : [emptyEducation()],
  );
  const [competencies, setCompetencies] = useState<CompetencyDraft[]>(() =>
    (original?.competencies ?? []).map((c) => ({ code: c.code, level: String(c.level) })),
  );
  const [history, setHistory] = useState<HistoryDraft>({
    kind: '',
    tmt: '',
    decreeNumber: '',
    decreeDate: '',
    reason: '',
  });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [info, setInfo] = useState<string | null>(null);
  const org = useOrgChoices(draft.agencyId);
  const f = pt.fields;
  const fields = personnelFields(t, lang, error);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const pppk = draft.employmentType === 'PPPK';
  const editing = Boolean(original);
  const stale = error instanceof ApiError && error.type === 'version-conflict';

  const submit = async (ev: Event) => {
    ev.preventDefault();
    setInfo(null);
    const body = bodyOf(draft, education, competencies);
    let send: () => Promise<Employee>;
    if (original) {
      const patch = patchOf(original, body, draft.status);
      if (Object.keys(patch).length === 0) {
        setError(null);
        setInfo(pt.form.nothingChanged);
        return;
      }
      const checked = check(
        updateEmployeeSchema,
        { ...patch, history: historyOf(history), version: original.version },
        t,
      );
      if (!checked.ok) return setError(checked.error);
      send = () => updateEmployee(original.id, checked.value);
    } else {
      const checked = check(createEmployeeSchema, body, t);
      if (!checked.ok) return setError(checked.error);
      send = () => createEmployee(checked.value);
    }
    setBusy(true);
    setError(null);
    try {
      const saved = await send();
      route(`/personnel/employees/${encodeURIComponent(saved.id)}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const title = original ? pt.form.editTitle(fullName(original)) : pt.form.createTitle;
  const units = org.units;
  const positions = org.positions.filter((p) => p.unitId === draft.unitId);

  return (
    <section>
      <PersonnelHeader title={title} current="/personnel/employees">
        {original && (
          <p>
            <a class="back-link" href={`/personnel/employees/${encodeURIComponent(original.id)}`}>
              ← {pt.form.back}
            </a>
          </p>
        )}
      </PersonnelHeader>
      <ErrorMessage error={agenciesError ?? org.error ?? catalogue.error} />
      <form class="card stack employee-form" noValidate aria-label={title} onSubmit={submit}>
        {stale ? (
          <div class="alert alert-warn" role="alert">
            <p>{pt.form.stale}</p>
            <p>
              <button type="button" class="btn btn-small" onClick={onStale}>
                {pt.reload}
              </button>
            </p>
          </div>
        ) : (
          <ErrorMessage
            error={error}
            overrides={{ conflict: pt.form.nipTaken }}
            fieldNames={Object.keys(fields)}
          />
        )}
        {info && <p class="alert alert-info">{info}</p>}

        <fieldset class="row-set">
          <legend>{pt.form.identity}</legend>
          <div class="grid-2">
            <SelectField
              label={f.employmentType}
              name="employmentType"
              errors={fields}
              value={draft.employmentType}
              onChange={(e) => set({ employmentType: e.currentTarget.value })}
            >
              {EMPLOYMENT_TYPES.map((x) => (
                <option key={x} value={x}>
                  {pt.employmentTypes[x] ?? x}
                </option>
              ))}
            </SelectField>
            <InputField
              label={f.nip}
              name="nip"
              errors={fields}
              value={draft.nip}
              inputMode="numeric"
              maxLength={18}
              autoComplete="off"
              onInput={(e) => set({ nip: e.currentTarget.value })}
            />
            <InputField
              label={f.name}
              name="name"
              errors={fields}
              value={draft.name}
              maxLength={120}
              onInput={(e) => set({ name: e.currentTarget.value })}
            />
            <SelectField
              label={f.gender}
              name="gender"
              errors={fields}
              value={draft.gender}
              onChange={(e) => set({ gender: e.currentTarget.value })}
            >
              <option value="">{pt.form.choose}</option>
              <option value="L">{pt.genders.L}</option>
              <option value="P">{pt.genders.P}</option>
            </SelectField>
            <InputField
              label={f.frontTitle}
              name="frontTitle"
              errors={fields}
              optional
              value={draft.frontTitle}
              maxLength={40}
              onInput={(e) => set({ frontTitle: e.currentTarget.value })}
            />
            <InputField
              label={f.backTitle}
              name="backTitle"
              errors={fields}
              optional
              value={draft.backTitle}
              maxLength={60}
              onInput={(e) => set({ backTitle: e.currentTarget.value })}
            />
            <InputField
              label={f.birthPlace}
              name="birthPlace"
              errors={fields}
              value={draft.birthPlace}
              maxLength={100}
              onInput={(e) => set({ birthPlace: e.currentTarget.value })}
            />
            <InputField
              label={f.birthDate}
              name="birthDate"
              type="date"
              errors={fields}
              value={draft.birthDate}
              onInput={(e) => set({ birthDate: e.currentTarget.value })}
            />
          </div>
        </fieldset>

        <fieldset class="row-set">
          <legend>{pt.form.placement}</legend>
          {editing && <p class="field-hint">{pt.form.placementHint}</p>}
          <div class="grid-2">
            <SelectField
              label={f.agencyId}
              name="agencyId"
              errors={fields}
              value={draft.agencyId}
              disabled={editing || !tenantWide}
              onChange={(e) => set({ agencyId: e.currentTarget.value, unitId: '', positionId: '' })}
            >
              <option value="">{pt.form.choose}</option>
              {agencies
                .filter((a) => tenantWide || a.id === draft.agencyId)
                .map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
            </SelectField>
            <SelectField
              label={f.unitId}
              name="unitId"
              errors={fields}
              value={draft.unitId}
              disabled={editing || !draft.agencyId}
              hint={draft.agencyId ? undefined : pt.form.chooseAgencyFirst}
              onChange={(e) => set({ unitId: e.currentTarget.value, positionId: '' })}
            >
              <option value="">{pt.form.choose}</option>
              {/* While editing, the stored unit shows even before the list has loaded. */}
              {draft.unitId && !units.some((u) => u.id === draft.unitId) && (
                <option value={draft.unitId}>{draft.unitId}</option>
              )}
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={f.positionId}
              name="positionId"
              errors={fields}
              optional
              value={draft.positionId}
              disabled={editing || !draft.unitId}
              onChange={(e) => set({ positionId: e.currentTarget.value })}
            >
              <option value="">{pt.form.noPosition}</option>
              {draft.positionId && !positions.some((p) => p.id === draft.positionId) && (
                <option value={draft.positionId}>{draft.positionId}</option>
              )}
              {positions.map((p) => (
                <option key={p.id} value={p.id} disabled={p.vacancies <= 0 && p.id !== original?.positionId}>
                  {p.name} ({p.filled}/{p.seats})
                </option>
              ))}
            </SelectField>
            {editing && (
              <SelectField
                label={f.status}
                name="status"
                errors={fields}
                value={draft.status}
                onChange={(e) => set({ status: e.currentTarget.value })}
              >
                {Object.entries(pt.statuses).map(([k, label]) => (
                  <option key={k} value={k}>
                    {label}
                  </option>
                ))}
              </SelectField>
            )}
          </div>
        </fieldset>

        <fieldset class="row-set">
          <legend>{pt.form.rankSection}</legend>
          <div class="grid-2">
            {pppk ? (
              <SelectField
                label={f.grade}
                name="grade"
                errors={fields}
                value={draft.grade}
                onChange={(e) => set({ grade: e.currentTarget.value })}
              >
                <option value="">{pt.form.choose}</option>
                {PPPK_GRADES.map((g) => (
                  <option key={g} value={g}>
                    {g}
                  </option>
                ))}
              </SelectField>
            ) : (
              <>
                <SelectField
                  label={f.rank}
                  name="rank"
                  errors={fields}
                  value={draft.rank}
                  onChange={(e) => set({ rank: e.currentTarget.value })}
                >
                  <option value="">{pt.form.choose}</option>
                  {PNS_RANKS.map((r) => (
                    <option key={r.code} value={r.code}>
                      {r.code} · {r.name}
                    </option>
                  ))}
                </SelectField>
                <InputField
                  label={f.tmtCpns}
                  name="tmtCpns"
                  type="date"
                  errors={fields}
                  value={draft.tmtCpns}
                  onInput={(e) => set({ tmtCpns: e.currentTarget.value })}
                />
                <InputField
                  label={f.tmtRank}
                  name="tmtRank"
                  type="date"
                  errors={fields}
                  optional
                  value={draft.tmtRank}
                  onInput={(e) => set({ tmtRank: e.currentTarget.value })}
                />
              </>
            )}
          </div>
        </fieldset>

        <EducationRows rows={education} onChange={setEducation} errors={fields} />
        <CompetencyRows
          rows={competencies}
          onChange={setCompetencies}
          errors={fields}
          catalogue={catalogue.data ?? []}
        />

        <fieldset class="row-set">
          <legend>{pt.form.contact}</legend>
          <div class="grid-2">
            <InputField
              label={f.email}
              name="email"
              type="email"
              errors={fields}
              optional
              value={draft.email}
              onInput={(e) => set({ email: e.currentTarget.value })}
            />
            <InputField
              label={f.phone}
              name="phone"
              type="tel"
              errors={fields}
              optional
              value={draft.phone}
              onInput={(e) => set({ phone: e.currentTarget.value })}
            />
          </div>
        </fieldset>

        {editing && <HistoryFields value={history} onChange={setHistory} errors={fields} />}
        <FormActions label={editing ? pt.form.save : pt.form.create} busy={busy} />
      </form>
    </section>
  );
}

function HistoryFields({
  value,
  onChange,
  errors,
}: {
  value: HistoryDraft;
  onChange: (v: HistoryDraft) => void;
  errors: Record<string, string>;
}) {
  const pt = usePersonnelText();
  const fm = pt.form;
  const set = (patch: Partial<HistoryDraft>) => onChange({ ...value, ...patch });
  return (
    <fieldset class="row-set">
      <legend>{fm.history}</legend>
      <p class="field-hint">{fm.historyHint}</p>
      <div class="grid-2">
        <SelectField
          label={fm.kind}
          name="history.kind"
          errors={errors}
          optional
          value={value.kind}
          onChange={(e) => set({ kind: e.currentTarget.value })}
        >
          <option value="">{fm.kindNone}</option>
          <option value="career">{fm.kinds.career}</option>
          <option value="correction">{fm.kinds.correction}</option>
        </SelectField>
        {value.kind && (
          <>
            <InputField
              label={fm.tmt}
              name="history.tmt"
              type="date"
              errors={errors}
              optional={value.kind !== 'career'}
              value={value.tmt}
              onInput={(e) => set({ tmt: e.currentTarget.value })}
            />
            <InputField
              label={fm.decreeNumber}
              name="history.decreeNumber"
              errors={errors}
              optional
              maxLength={100}
              value={value.decreeNumber}
              onInput={(e) => set({ decreeNumber: e.currentTarget.value })}
            />
            <InputField
              label={fm.decreeDate}
              name="history.decreeDate"
              type="date"
              errors={errors}
              optional
              value={value.decreeDate}
              onInput={(e) => set({ decreeDate: e.currentTarget.value })}
            />
            <InputField
              label={fm.reason}
              name="history.reason"
              errors={errors}
              optional
              maxLength={500}
              value={value.reason}
              onInput={(e) => set({ reason: e.currentTarget.value })}
            />
          </>
        )}
      </div>
    </fieldset>
  );
}
