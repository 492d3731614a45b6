import { Fragment } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import {
  type Agency,
  ApiError,
  createSurveyUnit,
  getSurveyUnit,
  listSurveyUnits,
  type SurveyUnit,
  updateSurveyUnit,
} from '../../api/client';
import { AgencySelect, ConfirmButton, LoadMoreFooter } from '../../components/admin';
import { CreateFormCard, FormActions } from '../../components/forms';
import { ErrorMessage, InputField, Notice, SelectField } from '../../components/ui';
import { useI18n } from '../../i18n';
import { useCreateForm, useSchemaForm } from '../../lib/forms';
import { type LoadMore, useLoadMore } from '../../lib/hooks';
import { useAgencies, useUnits } from '../../lib/lookups';
import { useRole } from '../../session';
import { orgUnitOptions, orgUnitPatch } from './org-unit';
import { createSurveyUnitSchema, updateSurveyUnitSchema, VERIFICATION_MODES } from './schemas';
import { ConflictPrompt, type SurveyDictionary, SurveyHeader, useSurveyText } from './shared';

type Verification = SurveyUnit['verification'];
const UNIT_FIELDS = [
  'name',
  'agencyId',
  'orgUnitId',
  'serviceTypes',
  'publishResults',
  'verification',
] as const;

/** The fields a form shows itself: its own names, plus any error under one of the service types. */
const shownFields = (fields: Record<string, string>) => [
  ...UNIT_FIELDS,
  ...Object.keys(fields).filter((k) => k.startsWith('serviceTypes.')),
];

const isVersionConflict = (err: unknown) => err instanceof ApiError && err.type === 'version-conflict';

/** A form's field errors, with the API's 400 at `orgUnitId` (a unit of another agency) in words. */
const withOrgUnitWords = (fields: Record<string, string>, st: SurveyDictionary) =>
  fields.orgUnitId ? { ...fields, orgUnitId: st.units.orgUnitInvalid } : fields;

export default function SurveyUnitsPage() {
  const st = useSurveyText();
  const { tenantWide, ownAgencyId } = useRole();
  const { agencies, error: agenciesError } = useAgencies();
  const [filter, setFilter] = useState('');
  const [rev, setRev] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <section>
      <SurveyHeader current="/surveys" />
      {!tenantWide && <p class="alert alert-info">{st.ownAgencyOnly}</p>}
      {notice && <Notice>{notice}</Notice>}
      <ErrorMessage error={agenciesError} />
      {tenantWide && (
        <div class="toolbar">
          <AgencySelect
            label={st.units.filterAgency}
            allLabel={st.units.allAgencies}
            agencies={agencies}
            value={filter}
            onChange={setFilter}
          />
        </div>
      )}
      <UnitTable key={`${filter}:${rev}`} agencyId={filter || undefined} onNotice={setNotice} />
      <CreateUnitForm
        agencies={agencies.filter((a) => a.status === 'active' && (tenantWide || a.id === ownAgencyId))}
        defaultAgencyId={tenantWide ? filter : (ownAgencyId ?? '')}
        fixedAgency={!tenantWide}
        onCreated={(unit) => {
          setNotice(st.units.created(unit.name));
          setRev((r) => r + 1);
        }}
      />
    </section>
  );
}

function UnitTable({ agencyId, onNotice }: { agencyId?: string; onNotice: (msg: string | null) => void }) {
  const { t } = useI18n();
  const st = useSurveyText();
  const list = useLoadMore(
    (cursor) => listSurveyUnits({ cursor, limit: 25, agencyId }),
    (u) => u.id,
  );
  const columns = [
    st.units.name,
    st.units.agency,
    st.units.serviceTypes,
    st.units.verification,
    t.common.status,
    t.common.actions,
  ];
  return (
    <div class="card">
      <div class="table-wrap">
        <table>
          <caption>{st.units.listCaption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody aria-busy={list.loading}>
            {list.items.map((unit) => (
              <UnitRow key={unit.id} unit={unit} list={list} onNotice={onNotice} colSpan={columns.length} />
            ))}
          </tbody>
        </table>
      </div>
      <LoadMoreFooter list={list} moreText={st.loadMore} />
    </div>
  );
}

function UnitRow({
  unit,
  list,
  onNotice,
  colSpan,
}: {
  unit: SurveyUnit;
  list: LoadMore<SurveyUnit>;
  onNotice: (msg: string | null) => void;
  colSpan: number;
}) {
  const { t } = useI18n();
  const st = useSurveyText();
  const [editing, setEditing] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  /** Runs a change; on a stale version the row offers to fetch the stored unit (see ConflictPrompt). */
  const change = async (call: () => Promise<SurveyUnit>, success: (u: SurveyUnit) => string) => {
    setFailure(null);
    onNotice(null);
    try {
      const updated = await call();
      list.replace(updated);
      onNotice(success(updated));
      return true;
    } catch (err) {
      setFailure(err);
      return false;
    }
  };

  const reload = async () => {
    try {
      list.replace(await getSurveyUnit(unit.id));
      setFailure(null);
      onNotice(st.units.reloaded);
    } catch (err) {
      setFailure(err);
    }
  };

  const setStatus = (status: SurveyUnit['status']) =>
    change(
      () => updateSurveyUnit(unit.id, { status, version: unit.version }),
      (u) => (status === 'closed' ? st.units.closed(u.name) : st.units.reopened(u.name)),
    );

  return (
    <Fragment>
      <tr>
        <td>
          <a href={`/surveys/units/${unit.id}`}>{unit.name}</a>
          <div class="muted small">
            {st.units.shortCode}: <code>{unit.shortCode}</code>
          </div>
        </td>
        <td>
          {unit.agencyName}
          <div class="muted small">
            {st.units.serves}: {unit.orgUnitName ?? st.units.wholeAgency}
          </div>
        </td>
        <td>
          <ServiceTypeSummary types={unit.serviceTypes} st={st} />
        </td>
        <td>
          {st.verification[unit.verification]}
          <div class="muted small">{unit.publishResults ? st.units.published : st.units.notPublished}</div>
        </td>
        <td>
          <span class={unit.status === 'active' ? 'badge badge-ok' : 'badge badge-muted'}>
            {st.unitStatus[unit.status]}
          </span>
        </td>
        <td>
          <span class="row-actions">
            <a class="btn btn-small" href={`/surveys/units/${unit.id}`}>
              {st.units.report}
            </a>
            <button
              type="button"
              class="btn btn-small"
              aria-expanded={editing}
              onClick={() => setEditing(!editing)}
            >
              {t.common.edit}
            </button>
            {unit.status === 'active' ? (
              <ConfirmButton
                danger
                label={st.units.close}
                question={st.units.confirmClose(unit.name)}
                onConfirm={() => setStatus('closed')}
              />
            ) : (
              <button type="button" class="btn btn-small" onClick={() => setStatus('active')}>
                {st.units.reopen}
              </button>
            )}
          </span>
        </td>
      </tr>
      {(editing || failure !== null) && (
        <tr class="row-detail">
          <td colSpan={colSpan}>
            {failure !== null &&
              (isVersionConflict(failure) ? (
                <ConflictPrompt message={st.units.conflict} onReload={reload} />
              ) : (
                <ErrorMessage error={failure} />
              ))}
            {editing && (
              <EditUnitForm
                // A reloaded unit brings a new version: start the form again from what is stored.
                key={unit.version}
                unit={unit}
                onDone={() => setEditing(false)}
                save={(body) =>
                  change(
                    () => updateSurveyUnit(unit.id, body),
                    () => t.common.saved,
                  )
                }
              />
            )}
          </td>
        </tr>
      )}
    </Fragment>
  );
}

function ServiceTypeSummary({ types, st }: { types: string[]; st: SurveyDictionary }) {
  if (types.length === 0) return <span class="muted">{st.units.serviceTypesCount(0)}</span>;
  const shown = types.slice(0, 3);
  return (
    <span class="chips">
      {shown.map((s) => (
        <span key={s} class="chip">
          {s}
        </span>
      ))}
      {types.length > shown.length && <span class="muted small">+{types.length - shown.length}</span>}
    </span>
  );
}

/** Whatever is chosen outside the plain text inputs: held in state, and read with the form. */
function useUnitChoices(initial: {
  serviceTypes: string[];
  publishResults: boolean;
  verification: Verification;
}) {
  const [serviceTypes, setServiceTypes] = useState(initial.serviceTypes);
  const [publishResults, setPublishResults] = useState(initial.publishResults);
  const [verification, setVerification] = useState<Verification>(initial.verification);
  return {
    serviceTypes,
    setServiceTypes,
    publishResults,
    setPublishResults,
    verification,
    setVerification,
    reset: () => {
      setServiceTypes(initial.serviceTypes);
      setPublishResults(initial.publishResults);
      setVerification(initial.verification);
    },
  };
}

type UnitChoices = ReturnType<typeof useUnitChoices>;

function UnitChoiceFields({ choices, fields }: { choices: UnitChoices; fields: Record<string, string> }) {
  const st = useSurveyText();
  return (
    <>
      <TagInput
        label={st.units.serviceTypes}
        tags={choices.serviceTypes}
        onChange={choices.setServiceTypes}
        errors={fields}
        name="serviceTypes"
      />
      <div class="grid-2">
        <SelectField
          label={st.units.verification}
          name="verification"
          value={choices.verification}
          errors={fields}
          hint={st.units.verificationHint}
          onChange={(e) => choices.setVerification(e.currentTarget.value as Verification)}
        >
          {VERIFICATION_MODES.map((m) => (
            <option key={m} value={m}>
              {st.verification[m]}
            </option>
          ))}
        </SelectField>
        <div class="field field-check">
          <label class="check">
            <input
              type="checkbox"
              checked={choices.publishResults}
              onChange={(e) => choices.setPublishResults(e.currentTarget.checked)}
            />
            <span>{st.units.publishResults}</span>
          </label>
        </div>
      </div>
    </>
  );
}

/**
 * "Melayani unit kerja": the unit of the agency whose citizens this survey serves (issue 14 §5), or
 * the agency as a whole. Its IKM then counts for that unit's rating and its head's SKP.
 */
function OrgUnitSelect({
  agencyId,
  value,
  onChange,
  linked,
  fields,
}: {
  agencyId: string;
  value: string;
  onChange: (id: string) => void;
  /** The unit linked now, kept as an option when it is no longer active. */
  linked: { id: string | null; name: string | null } | null;
  fields: Record<string, string>;
}) {
  const st = useSurveyText();
  const { units, error } = useUnits(agencyId);
  const options = orgUnitOptions(units, linked);
  return (
    <SelectField
      label={st.units.orgUnit}
      name="orgUnitId"
      value={value}
      errors={fields}
      hint={agencyId ? st.units.orgUnitHint : st.units.orgUnitChooseAgency}
      disabled={!agencyId || Boolean(error)}
      onChange={(e) => onChange(e.currentTarget.value)}
    >
      <option value="">{st.units.wholeAgency}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.gone ? st.units.orgUnitGone(o.name) : o.name}
        </option>
      ))}
    </SelectField>
  );
}

function EditUnitForm({
  unit,
  onDone,
  save,
}: {
  unit: SurveyUnit;
  onDone: () => void;
  save: (body: {
    orgUnitId?: string | null;
    name?: string;
    serviceTypes?: string[];
    publishResults?: boolean;
    verification?: Verification;
    version: number;
  }) => Promise<boolean>;
}) {
  const { t } = useI18n();
  const st = useSurveyText();
  const choices = useUnitChoices(unit);
  const [orgUnitId, setOrgUnitId] = useState(unit.orgUnitId ?? '');
  const form = useSchemaForm(
    updateSurveyUnitSchema,
    (v) => ({
      ...orgUnitPatch(orgUnitId, unit.orgUnitId),
      name: v.name,
      serviceTypes: choices.serviceTypes,
      publishResults: choices.publishResults,
      verification: choices.verification,
      version: unit.version,
    }),
    async (value) => {
      if (await save(value)) onDone();
    },
  );
  return (
    <form
      class="stack unit-edit"
      noValidate
      aria-label={`${t.common.edit}: ${unit.name}`}
      onSubmit={form.submit}
    >
      <ErrorMessage error={form.error} fieldNames={shownFields(form.fields)} />
      <div class="grid-2">
        <InputField
          label={st.units.name}
          name="name"
          defaultValue={unit.name}
          errors={form.fields}
          maxLength={200}
        />
        <OrgUnitSelect
          agencyId={unit.agencyId}
          value={orgUnitId}
          onChange={setOrgUnitId}
          linked={{ id: unit.orgUnitId, name: unit.orgUnitName }}
          fields={withOrgUnitWords(form.fields, st)}
        />
      </div>
      <UnitChoiceFields choices={choices} fields={form.fields} />
      <FormActions label={t.common.save} busy={form.busy} small onCancel={onDone} />
    </form>
  );
}

function CreateUnitForm({
  agencies,
  defaultAgencyId,
  fixedAgency,
  onCreated,
}: {
  agencies: Agency[];
  defaultAgencyId: string;
  fixedAgency: boolean;
  onCreated: (unit: SurveyUnit) => void;
}) {
  const st = useSurveyText();
  const choices = useUnitChoices({ serviceTypes: [], publishResults: true, verification: 'off' });
  const [agencyId, setAgencyId] = useState(defaultAgencyId);
  const [orgUnitId, setOrgUnitId] = useState('');
  const chosenAgency = agencyId || defaultAgencyId;
  const form = useCreateForm(
    createSurveyUnitSchema,
    (v) => ({
      agencyId: chosenAgency || undefined,
      orgUnitId: orgUnitId || null,
      name: v.name,
      serviceTypes: choices.serviceTypes,
      publishResults: choices.publishResults,
      verification: choices.verification,
    }),
    createSurveyUnit,
    (unit) => {
      choices.reset();
      setOrgUnitId('');
      onCreated(unit);
    },
  );
  return (
    <CreateFormCard
      form={form}
      titleId="create-survey-unit-title"
      title={st.units.createTitle}
      submitLabel={st.units.submit}
      fieldNames={shownFields(form.fields)}
    >
      <div class="grid-2">
        <InputField label={st.units.name} name="name" errors={form.fields} maxLength={200} />
        <SelectField
          label={st.units.agency}
          name="agencyId"
          value={chosenAgency}
          errors={form.fields}
          hint={st.units.agencyHint}
          disabled={fixedAgency}
          onChange={(e) => {
            setAgencyId(e.currentTarget.value);
            // The units are the agency's: another agency's choice would be refused.
            setOrgUnitId('');
          }}
        >
          {!fixedAgency && <option value="">–</option>}
          {agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </SelectField>
      </div>
      <OrgUnitSelect
        agencyId={chosenAgency}
        value={orgUnitId}
        onChange={setOrgUnitId}
        linked={null}
        fields={withOrgUnitWords(form.fields, st)}
      />
      <UnitChoiceFields choices={choices} fields={form.fields} />
    </CreateFormCard>
  );
}

/**
 * A list of short texts (the unit's service types): type one and press Enter or "Add"; each tag
 * has its own remove button. The errors of the list and of each entry show under it.
 */
function TagInput({
  label,
  name,
  tags,
  onChange,
  errors,
}: {
  label: string;
  name: string;
  tags: string[];
  onChange: (tags: string[]) => void;
  errors: Record<string, string>;
}) {
  const st = useSurveyText();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const own = Object.entries(errors).filter(([path]) => path === name || path.startsWith(`${name}.`));
  const errorId = own.length > 0 ? `${id}-error` : undefined;

  const add = () => {
    const value = draft.trim().replace(/\s+/g, ' ');
    if (!value) return;
    if (tags.some((t) => t.toLowerCase() === value.toLowerCase())) {
      setNote(st.tags.duplicate);
      return;
    }
    onChange([...tags, value]);
    setDraft('');
    setNote(null);
    input.current?.focus();
  };

  return (
    <fieldset class={own.length > 0 ? 'tag-input field-invalid' : 'tag-input'}>
      <legend>{label}</legend>
      {tags.length === 0 ? (
        <p class="muted small">{st.tags.empty}</p>
      ) : (
        <ul class="chips">
          {tags.map((tag, i) => (
            <li key={tag} class={errors[`${name}.${i}`] ? 'chip chip-invalid' : 'chip'}>
              <span>{tag}</span>
              <button
                type="button"
                class="chip-remove"
                aria-label={st.tags.remove(tag)}
                onClick={() => {
                  onChange(tags.filter((_, j) => j !== i));
                  input.current?.focus();
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="tag-add">
        <label for={id} class="sr-only">
          {label}
        </label>
        <input
          id={id}
          ref={input}
          value={draft}
          maxLength={120}
          placeholder={st.tags.placeholder}
          aria-invalid={own.length > 0 || undefined}
          aria-describedby={[errorId, `${id}-hint`].filter(Boolean).join(' ')}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Enter adds the tag instead of submitting the whole form.
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" class="btn btn-small" onClick={add}>
          {st.tags.add}
        </button>
      </div>
      {own.length > 0 && (
        <div id={errorId}>
          {own.map(([path, message]) => {
            const index = path.slice(name.length + 1);
            const tag = index ? tags[Number(index)] : undefined;
            return (
              <p key={path} class="field-error">
                {tag ? `${tag}: ` : ''}
                {message}
              </p>
            );
          })}
        </div>
      )}
      <p class="field-hint" id={`${id}-hint`} aria-live="polite">
        {note ?? st.tags.hint}
      </p>
    </fieldset>
  );
}
