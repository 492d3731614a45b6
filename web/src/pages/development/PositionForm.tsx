/**
 * The form that adds or changes a position: unit via agency, type with the functional level when
 * FUNGSIONAL, kelas jabatan, required education and competencies, seats. Checked with the API's
 * own schema first; the API's errors[].path then lands on the same fields.
 */

import { useState } from 'preact/hooks';
import { type Agency, ApiError } from '../../api/client';
import { createPosition, type Position, updatePosition } from '../../api/personnel';
import { FormActions } from '../../components/forms';
import { ErrorMessage, InputField, SelectField } from '../../components/ui';
import { useI18n } from '../../i18n';
import { useSchemaForm } from '../../lib/forms';
import { useUnits } from '../../lib/lookups';
import { CompetencyPicker, type LevelEntry, useCatalogue } from './parts';
import {
  createPositionSchema,
  EDUCATION_LEVELS,
  FUNCTIONAL_LEVELS,
  POSITION_TYPES,
  updatePositionSchema,
} from './schemas';
import { num, useDevelopmentText, useFieldErrors } from './shared';

type PositionType = (typeof POSITION_TYPES)[number];
type EducationLevel = (typeof EDUCATION_LEVELS)[number];

const FIELDS = [
  'agencyId',
  'unitId',
  'name',
  'type',
  'functionalLevel',
  'positionClass',
  'requiredEducation',
  'requiredEducation.levels',
  'requiredEducation.majors',
  'requiredCompetencies',
  'seats',
];

const splitMajors = (s: string | undefined) =>
  (s ?? '')
    .split(',')
    .map((m) => m.trim())
    .filter(Boolean);

export function PositionForm({
  position,
  agencies,
  fixedAgencyId,
  onSaved,
  onCancel,
  onStale,
}: {
  /** The position to change; none to add one. */
  position?: Position;
  agencies: Agency[];
  /** Agency admins add positions to their own agency only. */
  fixedAgencyId?: string | null;
  onSaved: (p: Position) => void;
  onCancel?: () => void;
  /** Fetches the stored position again after a version conflict (the form restarts from it). */
  onStale?: () => void;
}) {
  const { t } = useI18n();
  const ct = useDevelopmentText();
  const cp = ct.positions;
  const { competencies } = useCatalogue();
  const [agencyId, setAgencyId] = useState(position?.agencyId ?? fixedAgencyId ?? '');
  const [type, setType] = useState<PositionType | ''>(position?.type ?? '');
  const [levels, setLevels] = useState<EducationLevel[]>(position?.requiredEducation.levels ?? []);
  const [required, setRequired] = useState<LevelEntry[]>(
    position?.requiredCompetencies.map((c) => ({ code: c.code, level: c.minLevel })) ?? [],
  );
  const { units, error: unitsError } = useUnits(agencyId);

  const readCommon = (v: Record<string, string | undefined>) => ({
    name: v.name,
    type: type || undefined,
    functionalLevel: type === 'FUNGSIONAL' ? v.functionalLevel : undefined,
    positionClass: num(v.positionClass),
    requiredEducation: { levels, majors: splitMajors(v.majors) },
    requiredCompetencies: required.map((r) => ({ code: r.code, minLevel: r.level })),
    seats: num(v.seats),
  });

  const form = useSchemaForm(
    position ? updatePositionSchema : createPositionSchema,
    (v) =>
      position
        ? {
            ...readCommon(v),
            // Clearing the level when the type moves away from FUNGSIONAL.
            functionalLevel:
              type === 'FUNGSIONAL' ? v.functionalLevel : position.functionalLevel ? null : undefined,
            version: position.version,
          }
        : { agencyId: agencyId || undefined, unitId: v.unitId, ...readCommon(v) },
    async (value, el) => {
      const saved = position
        ? await updatePosition(position.id, value as Parameters<typeof updatePosition>[1])
        : await createPosition(value as Parameters<typeof createPosition>[0]);
      if (!position) {
        el.reset();
        setLevels([]);
        setRequired([]);
        setType('');
      }
      onSaved(saved);
    },
  );
  const errors = useFieldErrors(form.error);
  const shown = [...FIELDS, ...Object.keys(errors).filter((k) => k.startsWith('requiredCompetencies.'))];
  const overrides = position ? { 'version-conflict': cp.conflict, conflict: cp.seatsBelowFilled } : undefined;

  return (
    <form class={position ? 'unit-edit stack' : 'card stack'} noValidate onSubmit={form.submit}>
      <h2>{position ? cp.editTitle(position.name) : cp.createTitle}</h2>
      <ErrorMessage error={form.error ?? unitsError} overrides={overrides} fieldNames={shown} />
      {onStale && form.error instanceof ApiError && form.error.type === 'version-conflict' && (
        <p>
          <button type="button" class="btn btn-small" onClick={onStale}>
            {ct.reload}
          </button>
        </p>
      )}
      {position ? (
        <p class="muted small">{cp.placeAndUnitFixed}</p>
      ) : (
        <div class="grid-2">
          <SelectField
            label={ct.agency}
            name="agencyId"
            errors={errors}
            value={agencyId}
            disabled={Boolean(fixedAgencyId)}
            onChange={(e) => setAgencyId(e.currentTarget.value)}
          >
            <option value="">{t.validation.choose}</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </SelectField>
          <SelectField label={ct.unit} name="unitId" errors={errors} disabled={!agencyId}>
            <option value="">{agencyId ? t.validation.choose : cp.chooseAgency}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </SelectField>
        </div>
      )}
      <InputField label={cp.name} name="name" errors={errors} defaultValue={position?.name} maxLength={200} />
      <div class="grid-2">
        <SelectField
          label={cp.type}
          name="type"
          errors={errors}
          value={type}
          onChange={(e) => setType(e.currentTarget.value as PositionType)}
        >
          <option value="">{t.validation.choose}</option>
          {POSITION_TYPES.map((p) => (
            <option key={p} value={p}>
              {ct.positionTypes[p]}
            </option>
          ))}
        </SelectField>
        {type === 'FUNGSIONAL' && (
          <SelectField
            label={cp.functionalLevel}
            name="functionalLevel"
            errors={errors}
            defaultValue={position?.functionalLevel ?? ''}
          >
            <option value="">{t.validation.choose}</option>
            {FUNCTIONAL_LEVELS.map((l) => (
              <option key={l} value={l}>
                {ct.functionalLevels[l]}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      <div class="grid-2">
        <SelectField
          label={cp.positionClass}
          name="positionClass"
          errors={errors}
          hint={ct.hints.positionClass}
          defaultValue={position ? String(position.positionClass) : ''}
        >
          <option value="">{t.validation.choose}</option>
          {Array.from({ length: 17 }, (_, i) => i + 1).map((n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
        </SelectField>
        <InputField
          label={cp.seats}
          name="seats"
          type="number"
          min={Math.max(1, position?.filled ?? 1)}
          max={1000}
          errors={errors}
          hint={ct.hints.seats}
          defaultValue={position ? String(position.seats) : '1'}
        />
      </div>
      <fieldset class="cr-checks">
        <legend>
          {cp.requiredEducation}: {cp.levels}
        </legend>
        {EDUCATION_LEVELS.map((l) => (
          <label class="check" key={l}>
            <input
              type="checkbox"
              checked={levels.includes(l)}
              onChange={(e) =>
                setLevels(
                  e.currentTarget.checked
                    ? EDUCATION_LEVELS.filter((x) => x === l || levels.includes(x))
                    : levels.filter((x) => x !== l),
                )
              }
            />
            <span>{l}</span>
          </label>
        ))}
      </fieldset>
      {(errors['requiredEducation.levels'] ?? errors.requiredEducation) && (
        <p class="field-error">{ct.hints.levels}</p>
      )}
      <InputField
        label={cp.majors}
        name="majors"
        optional
        errors={{ majors: errors['requiredEducation.majors'] ?? '' }}
        hint={cp.majorsHint}
        defaultValue={position?.requiredEducation.majors.join(', ')}
      />
      <CompetencyPicker
        legend={cp.requiredCompetencies}
        name="requiredCompetencies"
        levelKey="minLevel"
        levelLabel={ct.competencyPicker.minLevel}
        value={required}
        onChange={setRequired}
        catalogue={competencies}
        errors={errors}
      />
      <FormActions label={position ? t.common.save : cp.submit} busy={form.busy} onCancel={onCancel} />
    </form>
  );
}
