/**
 * Adding or changing a formasi: the position and unit from the personnel API (an agency admin,
 * their own agency's), openings, track, education and documents. Once registration of a published
 * round has opened, only the openings change.
 */
import { useState } from 'preact/hooks';
import { listAll } from '../../api/client';
import { listPositions } from '../../api/personnel';
import { FormActions } from '../../components/forms';
import { ErrorMessage, InputField, SelectField, TextAreaField } from '../../components/ui';
import { useAsync } from '../../lib/hooks';
import { useAgencies, useUnits } from '../../lib/lookups';
import { useRole } from '../../session';
import { addFormation, type RecruitmentFormation, updateFormation } from './recruitment-api';
import {
  conflictText,
  type DocumentForm,
  type DocumentFormat,
  EDUCATION_LEVELS,
  type EducationLevel,
  type FormationForm,
  fieldErrorsOf,
  formationBody,
  formationFormOf,
  newFormationForm,
  RECRUITMENT_TRACKS,
  type Track,
  updateFormationBody,
} from './recruitment-model';
import { useRecruitmentText } from './shared';

const FORMATS: readonly DocumentFormat[] = ['pdf', 'jpeg', 'png'];

export function FormationFormCard({
  roundId,
  formation,
  openingsOnly,
  onSaved,
  onCancel,
}: {
  roundId: string;
  formation?: RecruitmentFormation;
  openingsOnly: boolean;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const t = useRecruitmentText();
  const ft = t.formation;
  const { tenantWide, ownAgencyId } = useRole();
  const [form, setForm] = useState<FormationForm>(() =>
    formation ? formationFormOf(formation) : newFormationForm(tenantWide ? '' : (ownAgencyId ?? '')),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { agencies } = useAgencies(tenantWide);
  const { units } = useUnits(form.agencyId);
  const positions = useAsync(
    () =>
      form.agencyId ? listAll((q) => listPositions({ ...q, agencyId: form.agencyId })) : Promise.resolve([]),
    [form.agencyId],
  );
  const errors = fieldErrorsOf(error, t.messages, (p) => p);
  const conflict = conflictText(error, t.conflict);
  const set = (patch: Partial<FormationForm>) => setForm((old) => ({ ...old, ...patch }));
  const locked = openingsOnly;

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      if (formation)
        await updateFormation(roundId, formation.id, updateFormationBody(form, formation, openingsOnly));
      else await addFormation(roundId, formationBody(form));
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const setEducation = (i: number, patch: Partial<FormationForm['education'][number]>) =>
    set({ education: form.education.map((e, j) => (j === i ? { ...e, ...patch } : e)) });
  const setDocument = (i: number, patch: Partial<DocumentForm>) =>
    set({ documents: form.documents.map((d, j) => (j === i ? { ...d, ...patch } : d)) });
  const titleId = formation ? `formation-edit-${formation.id}` : 'formation-add';

  return (
    <form class="card stack" noValidate aria-labelledby={titleId} onSubmit={submit}>
      <h2 id={titleId}>{formation ? ft.editTitle(formation.positionName) : ft.addTitle}</h2>
      {locked && <p class="alert alert-info">{ft.openingsOnly}</p>}
      {conflict ? (
        <div class="alert alert-error" role="alert">
          {conflict}
        </div>
      ) : (
        <ErrorMessage error={error} fieldNames={Object.keys(errors)} />
      )}
      <div class="rc-grid">
        {tenantWide && (
          <SelectField
            label={ft.agency}
            name="agencyId"
            value={form.agencyId}
            disabled={locked || Boolean(formation)}
            onChange={(e) => set({ agencyId: e.currentTarget.value, positionId: '', unitId: '' })}
          >
            <option value="">{ft.chooseAgency}</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </SelectField>
        )}
        <SelectField
          label={ft.position}
          name="positionId"
          errors={errors}
          value={form.positionId}
          disabled={locked || !form.agencyId}
          hint={form.agencyId && positions.data?.length === 0 ? ft.noPositions : undefined}
          onChange={(e) => {
            const positionId = e.currentTarget.value;
            const position = positions.data?.find((p) => p.id === positionId);
            set({ positionId, unitId: position?.unitId ?? form.unitId });
          }}
        >
          <option value="">{ft.choosePosition}</option>
          {(positions.data ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
          {formation && !positions.data?.some((p) => p.id === formation.positionId) && (
            <option value={formation.positionId}>{formation.positionName}</option>
          )}
        </SelectField>
        <SelectField
          label={ft.unit}
          name="unitId"
          errors={errors}
          value={form.unitId}
          disabled={locked || !form.agencyId}
          onChange={(e) => set({ unitId: e.currentTarget.value })}
        >
          <option value="">{ft.chooseUnit}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
          {formation && !units.some((u) => u.id === formation.unitId) && (
            <option value={formation.unitId}>{formation.unitName}</option>
          )}
        </SelectField>
        <InputField
          label={ft.openings}
          name="openings"
          type="number"
          inputMode="numeric"
          min={1}
          errors={errors}
          value={form.openings}
          onInput={(e) => set({ openings: e.currentTarget.value })}
        />
        <SelectField
          label={ft.track}
          name="track"
          errors={errors}
          value={form.track}
          disabled={locked}
          onChange={(e) => set({ track: e.currentTarget.value as Track })}
        >
          {RECRUITMENT_TRACKS.map((tr) => (
            <option key={tr} value={tr}>
              {t.tracks[tr]}
            </option>
          ))}
        </SelectField>
        <InputField
          label={ft.minIpk}
          name="minIpk"
          type="number"
          step="0.01"
          min={0}
          max={4}
          optional
          errors={errors}
          value={form.minIpk}
          disabled={locked}
          onInput={(e) => set({ minIpk: e.currentTarget.value })}
        />
        <InputField
          label={ft.maxAge}
          name="maxAge"
          type="number"
          min={18}
          max={65}
          optional
          errors={errors}
          value={form.maxAge}
          disabled={locked}
          onInput={(e) => set({ maxAge: e.currentTarget.value })}
        />
      </div>
      <fieldset class="rc-fieldset">
        <legend>{ft.education}</legend>
        {errors.educationRequirements && <p class="field-error">{errors.educationRequirements}</p>}
        {form.education.map((edu, i) => (
          <div class="rc-row" key={i}>
            <SelectField
              label={ft.level}
              name={`educationRequirements.${i}.level`}
              errors={errors}
              value={edu.level}
              disabled={locked}
              onChange={(e) => setEducation(i, { level: e.currentTarget.value as EducationLevel })}
            >
              {EDUCATION_LEVELS.map((lv) => (
                <option key={lv} value={lv}>
                  {t.education[lv]}
                </option>
              ))}
            </SelectField>
            <TextAreaField
              label={ft.majors}
              name={`educationRequirements.${i}.majors`}
              optional
              rows={2}
              hint={ft.majorsHint}
              errors={errors}
              value={edu.majors}
              disabled={locked}
              onInput={(e) => setEducation(i, { majors: e.currentTarget.value })}
            />
            {!locked && form.education.length > 1 && (
              <button
                type="button"
                class="btn btn-small"
                onClick={() => set({ education: form.education.filter((_, j) => j !== i) })}
              >
                {ft.remove}
              </button>
            )}
          </div>
        ))}
        {!locked && (
          <button
            type="button"
            class="btn btn-small"
            onClick={() => set({ education: [...form.education, { level: 'S1', majors: '' }] })}
          >
            {ft.addEducation}
          </button>
        )}
      </fieldset>
      <fieldset class="rc-fieldset">
        <legend>{ft.documents}</legend>
        {form.documents.map((doc, i) => (
          <div class="rc-row" key={i}>
            <InputField
              label={ft.docLabel}
              name={`requiredDocuments.${i}.label`}
              errors={{
                ...errors,
                [`requiredDocuments.${i}.label`]:
                  errors[`requiredDocuments.${i}.label`] ?? errors[`requiredDocuments.${i}.type`] ?? '',
              }}
              value={doc.label}
              disabled={locked}
              onInput={(e) =>
                setDocument(i, { label: e.currentTarget.value, type: formation ? doc.type : '' })
              }
            />
            <fieldset class="rc-formats field">
              <legend class="small">{ft.docFormats}</legend>
              {FORMATS.map((fm) => (
                <label key={fm}>
                  <input
                    type="checkbox"
                    checked={doc.formats.includes(fm)}
                    disabled={locked}
                    onChange={(e) =>
                      setDocument(i, {
                        formats: e.currentTarget.checked
                          ? FORMATS.filter((x) => x === fm || doc.formats.includes(x))
                          : doc.formats.filter((x) => x !== fm),
                      })
                    }
                  />{' '}
                  {fm.toUpperCase()}
                </label>
              ))}
              {errors[`requiredDocuments.${i}.formats`] && (
                <p class="field-error">{errors[`requiredDocuments.${i}.formats`]}</p>
              )}
            </fieldset>
            <InputField
              label={ft.docMaxKb}
              name={`requiredDocuments.${i}.maxKb`}
              type="number"
              min={1}
              max={10240}
              errors={errors}
              value={doc.maxKb}
              disabled={locked}
              onInput={(e) => setDocument(i, { maxKb: e.currentTarget.value })}
            />
            {!locked && (
              <button
                type="button"
                class="btn btn-small"
                onClick={() => set({ documents: form.documents.filter((_, j) => j !== i) })}
              >
                {ft.remove}
              </button>
            )}
          </div>
        ))}
        {!locked && (
          <button
            type="button"
            class="btn btn-small"
            onClick={() =>
              set({
                documents: [...form.documents, { type: '', label: '', formats: ['pdf'], maxKb: '1024' }],
              })
            }
          >
            {ft.addDocument}
          </button>
        )}
      </fieldset>
      <FormActions label={ft.save} busy={busy} onCancel={onCancel} />
    </form>
  );
}
