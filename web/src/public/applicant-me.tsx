/**
 * `/karier/{tenant}/saya`: the applicant's own page. Their applications with their status (and the
 * screening's reasons), the profile to complete (name on the diploma, education, address,
 * disability; the KTP data read-only), and the download of everything held on them.
 */
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ApplicationAnnouncements } from './announcements';
import { ANNOUNCEMENT_TEXT } from './announcements-i18n';
import { reasonName } from './announcements-model';
import { PublicApiError } from './api';
import {
  type ApplicantProfile,
  type Application,
  exportMyData,
  getMyProfile,
  listMyApplications,
  updateMyProfile,
} from './applicant-api';
import {
  EDUCATION_LEVELS,
  type EducationRow,
  emptyEducation,
  type FieldErrors,
  fieldErrorsOf,
  type ProfileValues,
  problemText,
  profileBody,
  profileValues,
} from './applicant-model';
import {
  careersPath,
  ErrorSummary,
  Field,
  FormStatus,
  formatDate,
  formatInstant,
  RadioField,
  type SessionState,
  StatusBadge,
  useApplicantSession,
  useApplicantText,
  useRequireSession,
} from './applicant-ui';
import { Loading, PublicLayout, useResource, useTitle } from './ui';

export const applicationPath = (tenant: string, applicationId: string) =>
  careersPath(tenant, `/saya/lamaran/${encodeURIComponent(applicationId)}`);

/** The header of the applicant's pages: who is signed in, and the way out. */
export function SessionBar({ tenant, state }: { tenant: string; state: SessionState }) {
  const { a } = useApplicantText();
  const { route } = useLocation();
  if (!state.session) return null;
  return (
    <div class="ap-sessionbar">
      <p>{a.loggedInAs(state.session.name)}</p>
      <button
        type="button"
        class="pub-btn ap-btn-small"
        onClick={() => {
          state.logout();
          route(careersPath(tenant, '/masuk?keluar=1'));
        }}
      >
        {a.logout}
      </button>
    </div>
  );
}

export function MyPage({ tenant }: { tenant: string }) {
  const { a } = useApplicantText();
  useTitle(`${a.myTitle} · ${a.careers}`);
  const state = useApplicantSession(tenant);
  const ok = useRequireSession(tenant, state);
  const { query } = useLocation();
  if (!ok || !state.session) return <PublicLayout>{null}</PublicLayout>;
  const back = query.lamaran;
  return (
    <PublicLayout>
      <p>
        <a href={careersPath(tenant)}>{a.backToCareers}</a>
      </p>
      <SessionBar tenant={tenant} state={state} />
      <h1>{a.hello(state.session.name)}</h1>
      {back && (
        <p>
          <a class="pub-btn ap-btn-link" href={applicationPath(tenant, back)}>
            {a.backToWizard}
          </a>
        </p>
      )}
      <Applications tenant={tenant} state={state} />
      <ProfileSection state={state} />
      <ExportSection state={state} />
    </PublicLayout>
  );
}

function Applications({ tenant, state }: { tenant: string; state: SessionState }) {
  const { a } = useApplicantText();
  const token = state.session?.token ?? '';
  const list = useResource((signal) => listMyApplications(token, signal), [token]);
  useEffect(() => {
    if (list.error) state.expired(list.error);
  }, [list.error]);
  return (
    <section aria-labelledby="my-apps">
      <h2 id="my-apps">{a.myApplications}</h2>
      {list.loading && <Loading />}
      {list.error != null && <FormStatus kind="error">{problemText(a, list.error)}</FormStatus>}
      {list.data && list.data.items.length === 0 && (
        <p class="pub-alert">
          {a.noApplications} <a href={careersPath(tenant)}>{a.seeVacancies}</a>
        </p>
      )}
      <ul class="kr-list">
        {list.data?.items.map((app) => (
          <ApplicationCard key={app.id} tenant={tenant} app={app} state={state} />
        ))}
      </ul>
    </section>
  );
}

function ApplicationCard({
  tenant,
  app: initial,
  state,
}: {
  tenant: string;
  app: Application;
  state: SessionState;
}) {
  const { a, c, lang } = useApplicantText();
  // An objection sent here answers with the application as it is now.
  const [app, setApp] = useState(initial);
  const docs = new Map(app.requiredDocuments.map((d) => [d.type, d.label]));
  return (
    <li class="kr-card">
      <p class="kr-eyebrow">{app.roundName}</p>
      <p class="kr-name">{app.positionName}</p>
      <p class="muted small">
        {app.unitName} · {app.agencyName} · {c.tracks[app.track]}
      </p>
      <p>
        <StatusBadge status={app.status} />
      </p>
      {app.registrationNumber && (
        <p class="small">
          {a.registrationNumber}: <span class="ap-mono">{app.registrationNumber}</span>
          {app.submittedAt && (
            <>
              {' '}
              · {a.submittedAt} {formatInstant(lang, app.submittedAt)}
            </>
          )}
        </p>
      )}
      {app.status === 'TMS' && app.reasons.length > 0 && (
        <div class="ap-reasons">
          <p class="small">
            <strong>{a.reasons}:</strong>
          </p>
          <ul>
            {app.reasons.map((r) => (
              <li key={`${r.requirement}-${r.note}`}>
                <strong>{reasonName(r.requirement, docs, ANNOUNCEMENT_TEXT[lang].requirement)}</strong>:{' '}
                {r.note}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ApplicationAnnouncements
        tenant={tenant}
        token={state.session?.token ?? ''}
        app={app}
        onChanged={setApp}
        onExpired={state.expired}
      />
      <a class="pub-btn ap-btn-link" href={applicationPath(tenant, app.id)}>
        {app.status === 'DRAFT' ? a.continueApplication : a.openApplication}
      </a>
    </li>
  );
}

// ---------------------------------------------------------------- the profile

function ProfileSection({ state }: { state: SessionState }) {
  const { a } = useApplicantText();
  const token = state.session?.token ?? '';
  const profile = useResource((signal) => getMyProfile(token, signal), [token]);
  useEffect(() => {
    if (profile.error) state.expired(profile.error);
  }, [profile.error]);
  return (
    <section aria-labelledby="profil" id="profil-section">
      <h2 id="profil" tabIndex={-1}>
        {a.myProfile}
      </h2>
      <p class="small muted">{a.profileIntro}</p>
      {profile.loading && !profile.data && <Loading />}
      {profile.error != null && <FormStatus kind="error">{problemText(a, profile.error)}</FormStatus>}
      {profile.data && <ProfileForm key={profile.data.id} initial={profile.data} state={state} />}
    </section>
  );
}

export function KtpFacts({ p }: { p: ApplicantProfile }) {
  const { a, lang } = useApplicantText();
  return (
    <dl class="ap-facts">
      <dt>{a.nik}</dt>
      <dd class="ap-mono">{p.nik}</dd>
      <dt>{a.name}</dt>
      <dd>{p.name}</dd>
      <dt>
        {a.birthPlace}, {a.birthDate.toLowerCase()}
      </dt>
      <dd>
        {p.birthPlace}, {formatDate(lang, p.birthDate)}
      </dd>
      <dt>{a.gender}</dt>
      <dd>{p.gender === 'L' ? a.genderL : a.genderP}</dd>
      <dt>{a.email}</dt>
      <dd class="ap-break">{p.email}</dd>
      <dt>{a.phone}</dt>
      <dd>{p.phone}</dd>
    </dl>
  );
}

function ProfileForm({ initial, state }: { initial: ApplicantProfile; state: SessionState }) {
  const { a, c, lang } = useApplicantText();
  const [profile, setProfile] = useState(initial);
  const [values, setValues] = useState<ProfileValues>(() => profileValues(initial, lang === 'id'));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const setRow = (i: number, field: keyof EducationRow, value: string) =>
    setValues((v) => ({
      ...v,
      education: v.education.map((e, j) => (j === i ? { ...e, [field]: value } : e)),
    }));

  const labels: Record<string, string> = {
    diplomaName: a.diplomaName,
    address: a.address,
    disability: a.disability,
    'disability.note': a.disabilityNote,
  };
  values.education.forEach((_, i) => {
    const row = a.educationRow(i + 1);
    labels[`education.${i}.level`] = `${row}: ${a.level}`;
    labels[`education.${i}.major`] = `${row}: ${a.major}`;
    labels[`education.${i}.institution`] = `${row}: ${a.institution}`;
    labels[`education.${i}.ipk`] = `${row}: ${a.ipk}`;
    labels[`education.${i}.graduationDate`] = `${row}: ${a.graduationDate}`;
  });

  const save = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setStatus(null);
    const built = profileBody(values, profile.version, a);
    if (!built.body) {
      setErrors(built.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const saved = await updateMyProfile(state.session?.token ?? '', built.body);
      setProfile(saved);
      setValues(profileValues(saved, lang === 'id'));
      setStatus({ kind: 'ok', text: a.profileSaved });
    } catch (err) {
      if (state.expired(err)) return;
      if (err instanceof PublicApiError && err.status === 400 && err.errors.length) {
        setErrors(fieldErrorsOf(a, err.errors));
        setAttempt((n) => n + 1);
      } else setStatus({ kind: 'error', text: problemText(a, err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h3>{a.ktpReadOnly}</h3>
      <KtpFacts p={profile} />
      <ErrorSummary errors={errors} labels={labels} focusKey={attempt} />
      <form class="ap-form" onSubmit={save} noValidate>
        <Field path="diplomaName" label={a.diplomaName} hint={a.diplomaNameHint} error={errors.diplomaName}>
          {(attrs) => (
            <input
              {...attrs}
              class="input"
              maxLength={200}
              value={values.diplomaName}
              onInput={(e) => setValues((v) => ({ ...v, diplomaName: e.currentTarget.value }))}
            />
          )}
        </Field>
        <Field path="address" label={a.address} error={errors.address}>
          {(attrs) => (
            <textarea
              {...attrs}
              class="input"
              rows={3}
              maxLength={500}
              autoComplete="street-address"
              value={values.address}
              onInput={(e) => setValues((v) => ({ ...v, address: e.currentTarget.value }))}
            />
          )}
        </Field>
        <RadioField
          path="disability"
          legend={a.disability}
          error={errors.disability}
          value={values.disability}
          onChange={(d) => setValues((v) => ({ ...v, disability: d as 'no' | 'yes' }))}
          options={[
            { value: 'no', label: a.disabilityNo },
            { value: 'yes', label: a.disabilityYes },
          ]}
        />
        {values.disability === 'yes' && (
          <Field path="disability.note" label={a.disabilityNote} optional error={errors['disability.note']}>
            {(attrs) => (
              <input
                {...attrs}
                class="input"
                maxLength={500}
                value={values.disabilityNote}
                onInput={(e) => setValues((v) => ({ ...v, disabilityNote: e.currentTarget.value }))}
              />
            )}
          </Field>
        )}
        <h3>{a.educationTitle}</h3>
        <p class="small muted">{a.educationIntro}</p>
        {values.education.length === 0 && <p class="muted">{a.noEducation}</p>}
        {values.education.map((row, i) => {
          const at = (f: string) => `education.${i}.${f}`;
          return (
            <fieldset key={i} class="ap-edu">
              <legend>{a.educationRow(i + 1)}</legend>
              <Field path={at('level')} label={a.level} error={errors[at('level')]}>
                {(attrs) => (
                  <select
                    {...attrs}
                    class="input"
                    value={row.level}
                    onChange={(e) => setRow(i, 'level', e.currentTarget.value)}
                  >
                    <option value="">{a.choose}</option>
                    {EDUCATION_LEVELS.map((l) => (
                      <option key={l} value={l}>
                        {c.levels[l]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field path={at('major')} label={a.major} error={errors[at('major')]}>
                {(attrs) => (
                  <input
                    {...attrs}
                    class="input"
                    maxLength={120}
                    value={row.major}
                    onInput={(e) => setRow(i, 'major', e.currentTarget.value)}
                  />
                )}
              </Field>
              <Field path={at('institution')} label={a.institution} error={errors[at('institution')]}>
                {(attrs) => (
                  <input
                    {...attrs}
                    class="input"
                    maxLength={200}
                    value={row.institution}
                    onInput={(e) => setRow(i, 'institution', e.currentTarget.value)}
                  />
                )}
              </Field>
              <div class="ap-pair">
                <Field path={at('ipk')} label={a.ipk} hint={a.ipkHint} optional error={errors[at('ipk')]}>
                  {(attrs) => (
                    <input
                      {...attrs}
                      class="input input-short"
                      inputMode="decimal"
                      maxLength={4}
                      value={row.ipk}
                      onInput={(e) => setRow(i, 'ipk', e.currentTarget.value)}
                    />
                  )}
                </Field>
                <Field
                  path={at('graduationDate')}
                  label={a.graduationDate}
                  error={errors[at('graduationDate')]}
                >
                  {(attrs) => (
                    <input
                      {...attrs}
                      type="date"
                      class="input"
                      max={new Date().toISOString().slice(0, 10)}
                      value={row.graduationDate}
                      onInput={(e) => setRow(i, 'graduationDate', e.currentTarget.value)}
                    />
                  )}
                </Field>
              </div>
              <button
                type="button"
                class="pub-btn ap-btn-small"
                onClick={() => setValues((v) => ({ ...v, education: v.education.filter((_, j) => j !== i) }))}
              >
                {a.removeEducation(i + 1)}
              </button>
            </fieldset>
          );
        })}
        <p>
          <button
            type="button"
            class="pub-btn"
            onClick={() => setValues((v) => ({ ...v, education: [...v.education, emptyEducation()] }))}
          >
            {a.addEducation}
          </button>
        </p>
        <div class="submit-row">
          <button type="submit" class="pub-btn pub-btn-primary pub-btn-wide" disabled={busy} aria-busy={busy}>
            {busy ? a.saving : a.saveProfile}
          </button>
        </div>
        <div aria-live="polite">{status && <FormStatus kind={status.kind}>{status.text}</FormStatus>}</div>
      </form>
    </>
  );
}

// ---------------------------------------------------------------- the export

/** Hands a JSON value to the browser as a file download. */
function downloadJson(value: unknown, filename: string): void {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function ExportSection({ state }: { state: SessionState }) {
  const { a } = useApplicantText();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const run = async () => {
    setBusy(true);
    setStatus(null);
    try {
      const data = await exportMyData(state.session?.token ?? '');
      downloadJson(data, `data-pelamar-${(data.exportedAt ?? new Date().toISOString()).slice(0, 10)}.json`);
      setStatus({ kind: 'ok', text: a.exportDone });
    } catch (err) {
      if (!state.expired(err)) setStatus({ kind: 'error', text: problemText(a, err) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="my-data">
      <h2 id="my-data">{a.exportTitle}</h2>
      <p class="small muted">{a.exportIntro}</p>
      <button type="button" class="pub-btn" onClick={run} disabled={busy} aria-busy={busy}>
        {a.exportButton}
      </button>
      <div aria-live="polite">{status && <FormStatus kind={status.kind}>{status.text}</FormStatus>}</div>
    </section>
  );
}
