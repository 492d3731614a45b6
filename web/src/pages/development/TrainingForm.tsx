import { useState } from 'preact/hooks';
import { createTraining, type Training } from '../../api/personnel';
import { CreateFormCard } from '../../components/forms';
import { InputField, SelectField } from '../../components/ui';
import { useI18n } from '../../i18n';
import { useCreateForm } from '../../lib/forms';
import { CompetencyPicker, type LevelEntry, useCatalogue } from './parts';
import { createTrainingSchema, TRAINING_TYPES } from './schemas';
import { num, useDevelopmentText, useFieldErrors } from './shared';

const FIELDS = [
  'title',
  'type',
  'competencies',
  'jp',
  'startDate',
  'endDate',
  'capacity',
  'organizer',
  'location',
];

/** Admins add a training to the catalogue, with the competency levels a graduate reaches. */
export function CreateTraining({ onCreated }: { onCreated: (t: Training) => void }) {
  const { t } = useI18n();
  const ct = useDevelopmentText();
  const tr = ct.trainings;
  const { competencies } = useCatalogue();
  const [built, setBuilt] = useState<LevelEntry[]>([]);
  const form = useCreateForm(
    createTrainingSchema,
    (v) => ({
      title: v.title,
      type: v.type,
      competencies: built,
      jp: num(v.jp),
      startDate: v.startDate,
      endDate: v.endDate,
      capacity: num(v.capacity),
      organizer: v.organizer,
      location: v.location,
    }),
    createTraining,
    (created) => {
      setBuilt([]);
      onCreated(created);
    },
  );
  const errors = useFieldErrors(form.error);
  if (errors.endDate && errors.endDate !== t.validation.required) errors.endDate = tr.endBeforeStart;
  const shown = [...FIELDS, ...Object.keys(errors).filter((k) => k.startsWith('competencies.'))];
  return (
    <CreateFormCard
      form={form}
      titleId="create-training"
      title={tr.createTitle}
      submitLabel={tr.submit}
      fieldNames={shown}
    >
      <InputField label={tr.name} name="title" errors={errors} maxLength={200} />
      <div class="grid-2">
        <SelectField label={tr.type} name="type" errors={errors}>
          <option value="">{t.validation.choose}</option>
          {TRAINING_TYPES.map((type) => (
            <option key={type} value={type}>
              {ct.trainingTypes[type]}
            </option>
          ))}
        </SelectField>
        <InputField
          label={tr.jpLong}
          name="jp"
          type="number"
          min={1}
          max={500}
          errors={errors}
          hint={ct.hints.jp}
        />
        <InputField label={tr.startDate} name="startDate" type="date" errors={errors} />
        <InputField label={tr.endDate} name="endDate" type="date" errors={errors} />
        <InputField
          label={tr.capacity}
          name="capacity"
          type="number"
          min={1}
          errors={errors}
          hint={ct.hints.capacity}
        />
        <InputField label={tr.organizer} name="organizer" optional maxLength={200} errors={errors} />
        <InputField label={tr.location} name="location" optional maxLength={200} errors={errors} />
      </div>
      <CompetencyPicker
        legend={tr.competencies}
        name="competencies"
        levelKey="level"
        levelLabel={ct.competencyPicker.level}
        value={built}
        onChange={setBuilt}
        catalogue={competencies}
        errors={errors}
      />
    </CreateFormCard>
  );
}
