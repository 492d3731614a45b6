/**
 * The tenant admin's recruitment setting on `/recruitment`: how many applicant registrations (and
 * new verification codes) one source address may make in an hour. Saved with the version read,
 * audited by the API.
 */

import { useState } from 'preact/hooks';
import { FormActions } from '../../components/forms';
import { ErrorMessage, InputField, Loading, Notice } from '../../components/ui';
import { useFormat } from '../../lib/format';
import { useSchemaForm } from '../../lib/forms';
import { useAsync } from '../../lib/hooks';
import { updateRecruitmentSettingsSchema } from '../../lib/schemas';
import {
  getRecruitmentSettings,
  type RecruitmentSettings,
  updateRecruitmentSettings,
} from './recruitment-api';
import { useRecruitmentText } from './shared';

export function RegistrationLimitCard() {
  const t = useRecruitmentText().settings;
  const fmt = useFormat();
  const settings = useAsync(getRecruitmentSettings, []);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const s = settings.data;
  return (
    <section class="card" aria-labelledby="registration-limit-title">
      <h2 id="registration-limit-title">{t.title}</h2>
      <p class="muted small">{t.intro}</p>
      {notice && <Notice>{notice}</Notice>}
      <ErrorMessage error={settings.error} />
      {!s && settings.loading && <Loading />}
      {s && !editing && (
        <div class="actions">
          <p>
            <strong>{t.current(fmt.int(s.registrationsPerHour))}</strong>{' '}
            <span class="muted small">
              {s.version === 0 || !s.updatedAt ? t.defaultNote : t.updated(fmt.localDate(s.updatedAt))}
            </span>
          </p>
          <button
            type="button"
            class="btn btn-small"
            onClick={() => {
              setNotice(null);
              setEditing(true);
            }}
          >
            {t.edit}
          </button>
        </div>
      )}
      {s && editing && (
        <LimitForm
          settings={s}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setNotice(t.saved);
            void settings.reload();
          }}
        />
      )}
    </section>
  );
}

function LimitForm({
  settings,
  onCancel,
  onSaved,
}: {
  settings: RecruitmentSettings;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const t = useRecruitmentText().settings;
  const form = useSchemaForm(
    updateRecruitmentSettingsSchema,
    (values) => ({
      registrationsPerHour: values.registrationsPerHour?.trim()
        ? Number(values.registrationsPerHour)
        : undefined,
      version: settings.version,
    }),
    async (body) => {
      await updateRecruitmentSettings(body);
      onSaved();
    },
  );
  return (
    <form class="stack" noValidate aria-label={t.title} onSubmit={(e) => void form.submit(e)}>
      <ErrorMessage error={form.error} fieldNames={['registrationsPerHour']} />
      <InputField
        label={t.label}
        name="registrationsPerHour"
        type="number"
        inputMode="numeric"
        min={1}
        max={100000}
        step={1}
        defaultValue={String(settings.registrationsPerHour)}
        hint={t.hint}
        errors={form.fields}
      />
      <FormActions label={t.save} busy={form.busy} onCancel={onCancel} small />
    </form>
  );
}
