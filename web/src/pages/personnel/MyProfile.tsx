import { useState } from 'preact/hooks';
import { ApiError } from '../../api/client';
import {
  type Employee,
  getMyProfile,
  listEmployeeHistory,
  proposeProfileCorrection,
} from '../../api/personnel';
import { FormActions } from '../../components/forms';
import { ErrorMessage, InputField, Loading, Notice } from '../../components/ui';
import { useI18n } from '../../i18n';
import { check, personnelFields } from './errors';
import { type EducationDraft, EducationRows, educationBody, educationDrafts } from './form-parts';
import { HistoryTimeline, ProfileFacts, useDescribe } from './profile-parts';
import { proposeCorrectionSchema } from './schemas';
import { PersonnelHeader, usePersonnelText } from './shared';
import './personnel.css';
import { useFormat } from '../../lib/format';
import { useAsync, useLoadMore } from '../../lib/hooks';
import { useAgencies } from '../../lib/lookups';
import { useMe } from '../../session';

export default function MyProfilePage() {
  const pt = usePersonnelText();
  const fmt = useFormat();
  const { nameOf } = useAgencies();
  // An account without an employee record (`employeeId` in /v1/me) is not sent to ask for one.
  const linked = Boolean(useMe().user.employeeId);
  const profile = useAsync(() => (linked ? getMyProfile() : Promise.resolve(null)), [linked]);
  const e = profile.data;
  const unlinked =
    !linked || (profile.error instanceof ApiError && ['not-found', 'forbidden'].includes(profile.error.type));
  return (
    <section>
      <PersonnelHeader title={pt.me.title} />
      {unlinked ? <p class="alert alert-info">{pt.me.noEmployee}</p> : <ErrorMessage error={profile.error} />}
      {!e && profile.loading && <Loading />}
      {e && (
        <>
          <ProfileFacts employee={e} fmt={fmt} agencyName={nameOf} />
          <MyHistory employee={e} agencyName={nameOf} />
          <CorrectionForm key={e.version} employee={e} />
        </>
      )}
    </section>
  );
}

function MyHistory({ employee, agencyName }: { employee: Employee; agencyName: (id: string) => string }) {
  const fmt = useFormat();
  const history = useLoadMore((cursor) => listEmployeeHistory(employee.id, { cursor, limit: 25 }));
  const describe = useDescribe(employee, agencyName, null, history.items);
  return <HistoryTimeline list={history} fmt={fmt} describe={describe} />;
}

const TEXT_FIELDS = ['frontTitle', 'backTitle', 'birthPlace', 'email', 'phone'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** Proposes corrections of the fields an employee may correct; only what differs from the record is sent. */
function CorrectionForm({ employee }: { employee: Employee }) {
  const pt = usePersonnelText();
  const { t, lang } = useI18n();
  const initial = Object.fromEntries(TEXT_FIELDS.map((f) => [f, employee[f] ?? ''])) as Record<
    TextField,
    string
  >;
  const [values, setValues] = useState(initial);
  const [editEducation, setEditEducation] = useState(false);
  const [education, setEducation] = useState<EducationDraft[]>(educationDrafts(employee.education));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const fields = personnelFields(t, lang, error);
  // Errors come back under `changes.<field>`; the inputs are named by the field alone.
  const shown: Record<string, string> = { ...fields };
  for (const [path, msg] of Object.entries(fields))
    if (path.startsWith('changes.')) shown[path.slice(8)] ??= msg;

  const submit = async (ev: Event) => {
    ev.preventDefault();
    const changes: Record<string, unknown> = {};
    for (const f of TEXT_FIELDS) {
      const v = values[f].trim();
      if (v !== initial[f]) changes[f] = v === '' ? (f === 'birthPlace' ? '' : null) : v;
    }
    if (editEducation) changes.education = educationBody(education);
    const checked = check(proposeCorrectionSchema, { changes, reason: reason.trim() || undefined }, t);
    if (!checked.ok) {
      setError(checked.error);
      return;
    }
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      await proposeProfileCorrection(checked.value);
      setDone(true);
      setReason('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card stack" noValidate aria-labelledby="correction-title" onSubmit={submit}>
      <h2 id="correction-title">{pt.me.correctionTitle}</h2>
      <p class="muted">{pt.me.correctionIntro}</p>
      {done && <Notice>{pt.me.submitted}</Notice>}
      <ErrorMessage error={error} fieldNames={Object.keys(fields)} />
      {shown.changes && <p class="field-error">{shown.changes}</p>}
      <div class="grid-2">
        {TEXT_FIELDS.map((f) => (
          <InputField
            key={f}
            label={pt.fields[f]}
            name={f}
            errors={shown}
            optional={f !== 'birthPlace'}
            type={f === 'email' ? 'email' : f === 'phone' ? 'tel' : 'text'}
            value={values[f]}
            onInput={(e) => setValues({ ...values, [f]: e.currentTarget.value })}
          />
        ))}
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={editEducation}
          onChange={(e) => setEditEducation(e.currentTarget.checked)}
        />
        <span>{pt.me.changeEducation}</span>
      </label>
      {editEducation && (
        <EducationRows rows={education} onChange={setEducation} errors={fields} prefix="changes.education" />
      )}
      <InputField
        label={pt.me.reason}
        name="reason"
        errors={fields}
        value={reason}
        maxLength={500}
        onInput={(e) => setReason(e.currentTarget.value)}
      />
      <FormActions label={pt.me.submit} busy={busy} />
    </form>
  );
}
