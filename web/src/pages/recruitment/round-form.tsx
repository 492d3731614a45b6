/** Creating or changing a round (tenant admin): the fields, the schedule and the settings. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { FormActions } from '../../components/forms';
import { ErrorMessage, InputField, SelectField } from '../../components/ui';
import { createRecruitmentRound, type RecruitmentRound, updateRecruitmentRound } from './recruitment-api';
import {
  changesAnything,
  conflictText,
  createRoundBody,
  fieldErrorsOf,
  GRADE_PARTS,
  isFixed,
  newRoundForm,
  OPTIONAL_PHASES,
  RECRUITMENT_TRACKS,
  ROUND_KINDS,
  type RoundForm,
  roundFormOf,
  SKB_COMPONENTS,
  updateRoundBody,
} from './recruitment-model';
import { useRecruitmentText } from './shared';

type Input = JSX.TargetedEvent<HTMLInputElement | HTMLSelectElement, Event>;

export function RoundFormCard({
  round,
  timeZone,
  onSaved,
  onCancel,
  closeFixed = false,
}: {
  /** The round to change; none for a new one. */
  round?: RecruitmentRound;
  /** The administration result is announced: the registration close can no longer move. */
  closeFixed?: boolean;
  timeZone: string;
  onSaved: (round: RecruitmentRound) => void;
  onCancel: () => void;
}) {
  const t = useRecruitmentText();
  const f = t.form;
  const [form, setForm] = useState<RoundForm>(() =>
    round ? roundFormOf(round) : newRoundForm(new Date().getFullYear()),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [info, setInfo] = useState<string | null>(null);
  const published = round?.published ?? false;
  const phaseName = (p: string) => (t.phases as Record<string, string>)[p] ?? p;
  const errors = fieldErrorsOf(error, t.messages, phaseName);
  const conflict = conflictText(error, t.conflict);

  const set = (patch: Partial<RoundForm>) => setForm((old) => ({ ...old, ...patch }));
  const value = (e: Input) => e.currentTarget.value;
  const fixed = (field: string) => isFixed(field, published);
  const fixedHint = (field: string) => (fixed(field) ? f.fixedHint : undefined);

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setInfo(null);
    setBusy(true);
    try {
      if (round) {
        const body = updateRoundBody(form, round);
        if (!changesAnything(body)) {
          setInfo(f.nothingChanged);
          return;
        }
        onSaved(await updateRecruitmentRound(round.id, body));
      } else {
        onSaved(await createRecruitmentRound(createRoundBody(form)));
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const titleId = round ? 'round-edit-title' : 'round-create-title';
  const fieldNames = Object.keys(errors);
  return (
    <form class="card stack" noValidate aria-labelledby={titleId} onSubmit={submit}>
      <h2 id={titleId}>{round ? f.editTitle : f.createTitle}</h2>
      {conflict ? (
        <div class="alert alert-error" role="alert">
          {conflict}
        </div>
      ) : (
        <ErrorMessage error={error} fieldNames={fieldNames} />
      )}
      {info && (
        <p class="alert alert-info" role="status">
          {info}
        </p>
      )}
      <div class="rc-grid">
        <InputField
          label={f.name}
          name="name"
          hint={f.nameHint}
          errors={errors}
          value={form.name}
          maxLength={200}
          onInput={(e) => set({ name: value(e) })}
        />
        <SelectField
          label={f.kind}
          name="kind"
          errors={errors}
          value={form.kind}
          disabled={Boolean(round)}
          onChange={(e) => set({ kind: value(e) as RoundForm['kind'] })}
        >
          {ROUND_KINDS.map((k) => (
            <option key={k} value={k}>
              {t.kinds[k]}
            </option>
          ))}
        </SelectField>
        <InputField
          label={f.year}
          name="year"
          type="number"
          inputMode="numeric"
          min={2000}
          max={2999}
          errors={errors}
          value={form.year}
          disabled={Boolean(round)}
          onInput={(e) => set({ year: value(e) })}
        />
        <InputField
          label={f.code}
          name="code"
          optional
          hint={fixedHint('code') ?? f.codeHint}
          errors={errors}
          value={form.code}
          maxLength={10}
          disabled={fixed('code')}
          onInput={(e) => set({ code: value(e).toUpperCase() })}
        />
      </div>
      <div class="rc-grid">
        <InputField
          label={f.opensAt}
          name="registrationOpensAt"
          type="datetime-local"
          hint={f.timeZone(timeZone)}
          errors={errors}
          value={form.registrationOpensAt}
          disabled={published && round?.registrationStatus !== 'upcoming'}
          onInput={(e) => set({ registrationOpensAt: value(e) })}
        />
        <InputField
          label={f.closesAt}
          name="registrationClosesAt"
          type="datetime-local"
          hint={closeFixed ? f.closesHintAnnounced : published ? f.closesHintPublished : f.timeZone(timeZone)}
          errors={errors}
          value={form.registrationClosesAt}
          disabled={closeFixed}
          onInput={(e) => set({ registrationClosesAt: value(e) })}
        />
        <InputField
          label={f.referenceDate}
          name="referenceDate"
          type="date"
          hint={fixedHint('referenceDate') ?? f.referenceHint}
          errors={errors}
          value={form.referenceDate}
          disabled={fixed('referenceDate')}
          onInput={(e) => set({ referenceDate: value(e) })}
        />
      </div>
      <fieldset class="rc-fieldset">
        <legend>{f.schedule}</legend>
        <p class="muted small">{f.scheduleHint}</p>
        <div class="rc-grid">
          {OPTIONAL_PHASES.map((p) => (
            <InputField
              key={p}
              label={t.phases[p]}
              name={`schedule.${p}`}
              type="datetime-local"
              optional
              errors={errors}
              value={form.schedule[p]}
              onInput={(e) => set({ schedule: { ...form.schedule, [p]: value(e) } })}
            />
          ))}
        </div>
      </fieldset>
      <SettingsSection form={form} set={set} errors={errors} published={published} />
      <FormActions label={round ? f.save : f.create} busy={busy} onCancel={onCancel} />
    </form>
  );
}

function SettingsSection({
  form,
  set,
  errors,
  published,
}: {
  form: RoundForm;
  set: (patch: Partial<RoundForm>) => void;
  errors: Record<string, string>;
  published: boolean;
}) {
  const t = useRecruitmentText();
  const f = t.form;
  // Opened by itself when one of its fields has an error, so the error is seen.
  const settingsError = Object.keys(errors).some((p) => /^(passingGrades|skd|skb|objection)/.test(p));
  const numberField = (
    key: 'skdWeight' | 'skbWeight' | 'skbMultiplier' | 'objectionDays' | 'objectionDecisionDays',
    label: string,
    extraHint?: string,
  ) => (
    <InputField
      label={label}
      name={key}
      type="number"
      inputMode="numeric"
      errors={errors}
      hint={extraHint}
      value={form[key]}
      disabled={published}
      onInput={(e) => set({ [key]: e.currentTarget.value })}
    />
  );
  return (
    <details class="rc-settings" open={settingsError || undefined}>
      <summary>{f.settings}</summary>
      <p class="muted small">{published ? f.fixedHint : f.settingsHint}</p>
      <fieldset class="rc-fieldset">
        <legend>{f.passingGrades}</legend>
        <div class="table-wrap">
          <table class="rc-grades">
            <thead>
              <tr>
                <th scope="col">{f.track}</th>
                {GRADE_PARTS.map((part) => (
                  <th key={part} scope="col">
                    {t.gradeParts[part]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {RECRUITMENT_TRACKS.map((track) => (
                <tr key={track}>
                  <th scope="row">{t.tracks[track]}</th>
                  {GRADE_PARTS.map((part) => {
                    const path = `passingGrades.${track}.${part}`;
                    return (
                      <td key={part}>
                        <input
                          type="number"
                          inputMode="numeric"
                          name={path}
                          min={0}
                          aria-label={`${t.tracks[track]} ${t.gradeParts[part]}`}
                          aria-invalid={errors[path] ? true : undefined}
                          title={errors[path]}
                          value={form.passingGrades[track][part]}
                          disabled={published}
                          onInput={(e) =>
                            set({
                              passingGrades: {
                                ...form.passingGrades,
                                [track]: { ...form.passingGrades[track], [part]: e.currentTarget.value },
                              },
                            })
                          }
                        />
                        {errors[path] && <p class="field-error">{errors[path]}</p>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {errors.passingGrades && <p class="field-error">{errors.passingGrades}</p>}
      </fieldset>
      <fieldset class="rc-fieldset">
        <legend>{f.weights}</legend>
        <div class="rc-grid">
          {numberField('skdWeight', f.skdWeight)}
          {numberField('skbWeight', f.skbWeight)}
        </div>
      </fieldset>
      <fieldset class="rc-fieldset">
        <legend>{f.skbComponents}</legend>
        {errors.skbComponents && <p class="field-error">{errors.skbComponents}</p>}
        <div class="rc-grid">
          {SKB_COMPONENTS.map((c) => (
            <InputField
              key={c}
              label={t.skbComponents[c]}
              name={`skbComponents.${c}`}
              type="number"
              inputMode="numeric"
              errors={errors}
              value={form.skbComponents[c]}
              disabled={published}
              onInput={(e) => set({ skbComponents: { ...form.skbComponents, [c]: e.currentTarget.value } })}
            />
          ))}
        </div>
      </fieldset>
      <div class="rc-grid">
        {numberField('skbMultiplier', f.skbMultiplier, f.skbMultiplierHint)}
        {numberField('objectionDays', f.objectionDays)}
        {numberField('objectionDecisionDays', f.objectionDecisionDays)}
      </div>
    </details>
  );
}
