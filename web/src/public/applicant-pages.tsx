/**
 * The applicant's way in (issue 12 §5): `/karier/{tenant}/daftar` (registration with the KTP
 * data), `/karier/{tenant}/verifikasi` (the email code), `/karier/{tenant}/masuk` (the login), and
 * `/karier/{tenant}/bukti/{registrationNumber}` (what the proof's QR code opens). A failed submit
 * never clears the form: the values stay in the component's state, and the server's refusals are
 * shown under their fields in the reader's language.
 */
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { PublicApiError } from './api';
import {
  checkRegistrationProof,
  loginApplicant,
  registerApplicant,
  resendApplicantCode,
  verifyApplicantEmail,
} from './applicant-api';
import {
  digitsOnly,
  emptyRegistration,
  type FieldErrors,
  fieldErrorsOf,
  fieldMessage,
  isNotVerified,
  nikTakenKind,
  problemText,
  REGISTRATION_FIELDS,
  type RegistrationValues,
  registrationBody,
  validateRegistration,
} from './applicant-model';
import { afterLoginPath, readPending, savePending } from './applicant-session';
import {
  careersPath,
  ErrorSummary,
  Field,
  FormStatus,
  formatInstant,
  RadioField,
  useApplicantSession,
  useApplicantText,
} from './applicant-ui';
import { Loading, ProblemPanel, PublicLayout, useResource, useTitle } from './ui';

function BackLink({ tenant }: { tenant: string }) {
  const { a } = useApplicantText();
  return (
    <p>
      <a href={careersPath(tenant)}>{a.backToCareers}</a>
    </p>
  );
}

// ---------------------------------------------------------------- registration

export function RegisterPage({ tenant }: { tenant: string }) {
  const { a } = useApplicantText();
  useTitle(`${a.registerTitle} · ${a.careers}`);
  const { route } = useLocation();
  const [values, setValues] = useState<RegistrationValues>(emptyRegistration);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [nikTaken, setNikTaken] = useState<'account' | 'pending' | null>(null);

  const set = (field: keyof RegistrationValues) => (e: Event) =>
    setValues((v) => ({ ...v, [field]: (e.currentTarget as HTMLInputElement).value }));

  const labels: Record<string, string> = {
    nik: a.nik,
    kkNumber: a.kkNumber,
    name: a.name,
    birthPlace: a.birthPlace,
    birthDate: a.birthDate,
    gender: a.gender,
    email: a.email,
    phone: a.phone,
    password: a.password,
    password2: a.password2,
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setProblem(null);
    setNikTaken(null);
    const local = validateRegistration(values, a);
    if (Object.keys(local).length) {
      setErrors(local);
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const body = registrationBody(values);
      const res = await registerApplicant(tenant, body);
      savePending(tenant, { nik: body.nik, email: res.email, delivery: res.delivery });
      route(careersPath(tenant, '/verifikasi'));
    } catch (err) {
      const taken = nikTakenKind(err);
      if (taken) {
        setNikTaken(taken);
        const nikError = (err as PublicApiError).errors.find((e) => e.path === 'nik');
        setErrors({ nik: nikError ? fieldMessage(a, nikError) : a.nikTaken });
        setAttempt((n) => n + 1);
      } else if (err instanceof PublicApiError && err.status === 400 && err.errors.length) {
        // Only the fields of this form; anything else becomes the general message.
        const mapped = fieldErrorsOf(a, err.errors);
        const known = Object.fromEntries(Object.entries(mapped).filter(([p]) => p in labels));
        setErrors(known);
        if (Object.keys(known).length < Object.keys(mapped).length) setProblem(a.fixBelow);
        setAttempt((n) => n + 1);
      } else {
        setErrors({});
        setProblem(
          err instanceof PublicApiError && err.status === 404 ? a.notFoundTenant : problemText(a, err),
        );
      }
    } finally {
      setBusy(false);
    }
  };

  const ordered = Object.fromEntries(
    REGISTRATION_FIELDS.filter((f) => errors[f]).map((f) => [f, errors[f] as string]),
  );

  return (
    <PublicLayout>
      <BackLink tenant={tenant} />
      <h1>{a.registerTitle}</h1>
      <p class="lead">{a.registerIntro}</p>
      <p>
        {a.haveAccount} <a href={careersPath(tenant, '/masuk')}>{a.logInHere}</a>
      </p>
      <ErrorSummary errors={ordered} labels={labels} focusKey={attempt} />
      {problem && <FormStatus kind="error">{problem}</FormStatus>}
      <form class="ap-form" onSubmit={submit} noValidate>
        <h2>{a.ktpData}</h2>
        <Field
          path="nik"
          label={a.nik}
          hint={a.nikHint}
          error={errors.nik}
          errorExtra={
            nikTaken === 'pending' ? (
              <a href={careersPath(tenant, '/verifikasi')}>{a.verifyNow}</a>
            ) : (
              nikTaken && <a href={careersPath(tenant, '/masuk')}>{a.logInHere}</a>
            )
          }
        >
          {(attrs) => (
            <input
              {...attrs}
              class="input input-digits"
              inputMode="numeric"
              autoComplete="off"
              maxLength={24}
              value={values.nik}
              onInput={set('nik')}
            />
          )}
        </Field>
        <Field path="kkNumber" label={a.kkNumber} hint={a.kkHint} error={errors.kkNumber}>
          {(attrs) => (
            <input
              {...attrs}
              class="input input-digits"
              inputMode="numeric"
              autoComplete="off"
              maxLength={24}
              value={values.kkNumber}
              onInput={set('kkNumber')}
            />
          )}
        </Field>
        <Field path="name" label={a.name} hint={a.nameHint} error={errors.name}>
          {(attrs) => (
            <input
              {...attrs}
              class="input"
              autoComplete="name"
              maxLength={200}
              value={values.name}
              onInput={set('name')}
            />
          )}
        </Field>
        <div class="ap-pair">
          <Field path="birthPlace" label={a.birthPlace} error={errors.birthPlace}>
            {(attrs) => (
              <input
                {...attrs}
                class="input"
                maxLength={100}
                value={values.birthPlace}
                onInput={set('birthPlace')}
              />
            )}
          </Field>
          <Field path="birthDate" label={a.birthDate} error={errors.birthDate}>
            {(attrs) => (
              <input
                {...attrs}
                type="date"
                class="input"
                autoComplete="bday"
                max={new Date().toISOString().slice(0, 10)}
                value={values.birthDate}
                onInput={set('birthDate')}
              />
            )}
          </Field>
        </div>
        <RadioField
          path="gender"
          legend={a.gender}
          error={errors.gender}
          value={values.gender}
          onChange={(g) => setValues((v) => ({ ...v, gender: g as 'L' | 'P' }))}
          options={[
            { value: 'L', label: a.genderL },
            { value: 'P', label: a.genderP },
          ]}
        />
        <h2>{a.accountData}</h2>
        <Field path="email" label={a.email} hint={a.emailHint} error={errors.email}>
          {(attrs) => (
            <input
              {...attrs}
              type="email"
              class="input"
              autoComplete="email"
              maxLength={254}
              value={values.email}
              onInput={set('email')}
            />
          )}
        </Field>
        <Field path="phone" label={a.phone} hint={a.phoneHint} error={errors.phone}>
          {(attrs) => (
            <input
              {...attrs}
              type="tel"
              class="input"
              autoComplete="tel"
              maxLength={20}
              value={values.phone}
              onInput={set('phone')}
            />
          )}
        </Field>
        <Field path="password" label={a.password} hint={a.passwordHint} error={errors.password}>
          {(attrs) => (
            <input
              {...attrs}
              type="password"
              class="input"
              autoComplete="new-password"
              maxLength={128}
              value={values.password}
              onInput={set('password')}
            />
          )}
        </Field>
        <Field path="password2" label={a.password2} error={errors.password2}>
          {(attrs) => (
            <input
              {...attrs}
              type="password"
              class="input"
              autoComplete="new-password"
              maxLength={128}
              value={values.password2}
              onInput={set('password2')}
            />
          )}
        </Field>
        <div class="submit-row">
          <button type="submit" class="pub-btn pub-btn-primary pub-btn-wide" disabled={busy} aria-busy={busy}>
            {busy ? a.sending : a.registerButton}
          </button>
        </div>
      </form>
    </PublicLayout>
  );
}

// ---------------------------------------------------------------- verification

export function VerifyPage({ tenant }: { tenant: string }) {
  const { a } = useApplicantText();
  useTitle(`${a.verifyTitle} · ${a.careers}`);
  const [pending] = useState(() => readPending(tenant));
  const [nik, setNik] = useState(pending?.nik ?? '');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState<'verify' | 'resend' | null>(null);
  const [done, setDone] = useState<'verified' | 'already' | null>(null);
  const [attempt, setAttempt] = useState(0);
  const labels = { nik: a.nik, code: a.code };

  const verify = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setProblem(null);
    setNote(null);
    const local: FieldErrors = {};
    if (!digitsOnly(nik)) local.nik = a.fieldRequired;
    if (!/^\d{6}$/.test(code.trim())) local.code = code.trim() ? a.codeFormat : a.fieldRequired;
    setErrors(local);
    if (Object.keys(local).length) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy('verify');
    try {
      await verifyApplicantEmail(tenant, digitsOnly(nik), code.trim());
      savePending(tenant, { nik: digitsOnly(nik), verified: true });
      setDone('verified');
    } catch (err) {
      if (err instanceof PublicApiError && err.status === 409) {
        savePending(tenant, { nik: digitsOnly(nik), verified: true });
        setDone('already');
      } else if (err instanceof PublicApiError && err.status === 400 && err.errors.length) {
        setErrors(fieldErrorsOf(a, err.errors));
        setAttempt((n) => n + 1);
      } else setProblem(problemText(a, err));
    } finally {
      setBusy(null);
    }
  };

  const resend = async () => {
    if (busy) return;
    setProblem(null);
    setNote(null);
    if (!digitsOnly(nik)) {
      setErrors({ nik: a.resendNeedsNik });
      setAttempt((n) => n + 1);
      return;
    }
    setBusy('resend');
    try {
      await resendApplicantCode(tenant, digitsOnly(nik));
      setErrors({});
      setNote(a.resent);
    } catch (err) {
      if (err instanceof PublicApiError && err.status === 400 && err.errors.length) {
        setErrors(fieldErrorsOf(a, err.errors));
        setAttempt((n) => n + 1);
      } else setProblem(problemText(a, err));
    } finally {
      setBusy(null);
    }
  };

  if (done)
    return (
      <PublicLayout>
        <BackLink tenant={tenant} />
        <h1>{a.verifyTitle}</h1>
        <FormStatus kind="ok">
          <p>{done === 'verified' ? a.verified : a.alreadyVerified}</p>
        </FormStatus>
        <p class="submit-row">
          <a class="pub-btn pub-btn-primary ap-btn-link" href={careersPath(tenant, '/masuk')}>
            {a.loginButton}
          </a>
        </p>
      </PublicLayout>
    );

  return (
    <PublicLayout>
      <BackLink tenant={tenant} />
      <h1>{a.verifyTitle}</h1>
      {pending?.email && (
        <FormStatus kind="ok">
          <p>{a.codeSentTo(pending.email)}</p>
          {pending.delivery === 'local-outbox' && <p class="small">{a.codeLocalOutbox}</p>}
        </FormStatus>
      )}
      <p class="lead">{a.verifyIntro}</p>
      <ErrorSummary errors={errors} labels={labels} focusKey={attempt} />
      {problem && <FormStatus kind="error">{problem}</FormStatus>}
      <form class="ap-form" onSubmit={verify} noValidate>
        <Field path="nik" label={a.nik} error={errors.nik}>
          {(attrs) => (
            <input
              {...attrs}
              class="input input-digits"
              inputMode="numeric"
              autoComplete="username"
              maxLength={24}
              value={nik}
              onInput={(e) => setNik(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field path="code" label={a.code} hint={a.codeHint} error={errors.code}>
          {(attrs) => (
            <input
              {...attrs}
              class="input input-code ap-code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              value={code}
              onInput={(e) => setCode(e.currentTarget.value)}
            />
          )}
        </Field>
        <div class="submit-row ap-actions">
          <button
            type="submit"
            class="pub-btn pub-btn-primary"
            disabled={busy !== null}
            aria-busy={busy === 'verify'}
          >
            {busy === 'verify' ? a.sending : a.verifyButton}
          </button>
          <button
            type="button"
            class="pub-btn"
            onClick={resend}
            disabled={busy !== null}
            aria-busy={busy === 'resend'}
          >
            {a.resend}
          </button>
        </div>
      </form>
      <div aria-live="polite">{note && <FormStatus kind="info">{note}</FormStatus>}</div>
    </PublicLayout>
  );
}

// ---------------------------------------------------------------- login

export function LoginPage({ tenant }: { tenant: string }) {
  const { a } = useApplicantText();
  useTitle(`${a.loginTitle} · ${a.careers}`);
  const { route, query } = useLocation();
  const state = useApplicantSession(tenant);
  const [pending] = useState(() => readPending(tenant));
  const [nik, setNik] = useState(pending?.nik ?? '');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<{ text: string; verify?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const labels = { nik: a.nik, password: a.password };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setProblem(null);
    const local: FieldErrors = {};
    if (!digitsOnly(nik)) local.nik = a.fieldRequired;
    if (!password) local.password = a.fieldRequired;
    setErrors(local);
    if (Object.keys(local).length) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const res = await loginApplicant(tenant, digitsOnly(nik), password);
      if (res.user.role !== 'applicant') {
        setProblem({ text: a.notApplicant });
        return;
      }
      state.signIn({ token: res.token, expiresAt: res.expiresAt, name: res.user.name });
      route(afterLoginPath(tenant, query.lanjut));
    } catch (err) {
      if (isNotVerified(err)) {
        savePending(tenant, { nik: digitsOnly(nik) });
        setProblem({ text: a.notVerified, verify: true });
      } else if (err instanceof PublicApiError && (err.status === 401 || err.status === 400))
        setProblem({ text: a.wrongLogin });
      else setProblem({ text: problemText(a, err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <PublicLayout>
      <BackLink tenant={tenant} />
      <h1>{a.loginTitle}</h1>
      {query.berakhir && <FormStatus kind="info">{a.sessionEnded}</FormStatus>}
      {query.keluar && <FormStatus kind="ok">{a.loggedOut}</FormStatus>}
      {pending?.verified && !query.keluar && <FormStatus kind="ok">{a.verified}</FormStatus>}
      <p class="lead">{a.loginIntro}</p>
      <ErrorSummary errors={errors} labels={labels} focusKey={attempt} />
      {problem && (
        <FormStatus kind="error">
          <p>
            {problem.text} {problem.verify && <a href={careersPath(tenant, '/verifikasi')}>{a.verifyNow}</a>}
          </p>
        </FormStatus>
      )}
      <form class="ap-form" onSubmit={submit} noValidate>
        <Field path="nik" label={a.nik} error={errors.nik}>
          {(attrs) => (
            <input
              {...attrs}
              class="input input-digits"
              inputMode="numeric"
              autoComplete="username"
              maxLength={24}
              value={nik}
              onInput={(e) => setNik(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field path="password" label={a.password} error={errors.password}>
          {(attrs) => (
            <input
              {...attrs}
              type="password"
              class="input"
              autoComplete="current-password"
              maxLength={128}
              value={password}
              onInput={(e) => setPassword(e.currentTarget.value)}
            />
          )}
        </Field>
        <div class="submit-row">
          <button type="submit" class="pub-btn pub-btn-primary pub-btn-wide" disabled={busy} aria-busy={busy}>
            {busy ? a.sending : a.loginButton}
          </button>
        </div>
      </form>
      <p>
        {a.noAccount} <a href={careersPath(tenant, '/daftar')}>{a.registerHere}</a>
      </p>
      <p>
        <a href={careersPath(tenant, '/verifikasi')}>{a.verifyTitle}</a>
      </p>
    </PublicLayout>
  );
}

// ---------------------------------------------------------------- the proof check

export function ProofCheckPage({
  tenant,
  registrationNumber,
}: {
  tenant: string;
  registrationNumber: string;
}) {
  const { a, lang } = useApplicantText();
  useTitle(a.proofTitle);
  const { query } = useLocation();
  const sig = query.sig;
  const check = useResource(
    (signal) => checkRegistrationProof(tenant, registrationNumber, sig, signal),
    [tenant, registrationNumber, sig],
  );
  // A typo in the number is a 400 at `registrationNumber`; a signature cut short or pasted wrong is a
  // 400 at `sig`; a number and signature that do not belong together (or a number nobody was given)
  // are a 404 at `registrationNumber`, without saying which. An unknown region is a 404 with no field.
  const problem = check.error instanceof PublicApiError ? check.error : null;
  const at = (path: string) => problem?.errors.some((e) => e.path === path) ?? false;
  const reason =
    problem?.status === 400 && at('registrationNumber')
      ? ('malformed' as const)
      : (problem?.status === 400 && at('sig')) || (problem?.status === 404 && at('registrationNumber'))
        ? ('unconfirmed' as const)
        : null;
  const refused = reason !== null;
  const r =
    check.data ??
    (refused
      ? {
          genuine: false as const,
          registrationNumber,
          reason,
          name: null,
          roundName: null,
          positionName: null,
          submittedAt: null,
        }
      : null);
  return (
    <PublicLayout>
      <h1>{a.proofTitle}</h1>
      {check.loading && <Loading />}
      {check.error != null && !refused && (
        <ProblemPanel error={check.error} ctx={{ notFound: a.notFoundTenant }} onRetry={check.reload} />
      )}
      {r?.genuine && (
        <div class="ap-verdict ap-verdict-ok">
          <p class="ap-verdict-title">
            <span aria-hidden="true">✓ </span>
            {a.proofGenuine}
          </p>
          <p>{a.proofGenuineNote}</p>
          <dl class="ap-facts">
            <dt>{a.registrationNumber}</dt>
            <dd class="ap-mono">{r.registrationNumber}</dd>
            <dt>{a.proofName}</dt>
            <dd>{r.name}</dd>
            <dt>{a.round}</dt>
            <dd>{r.roundName}</dd>
            <dt>{a.position}</dt>
            <dd>{r.positionName}</dd>
            {r.submittedAt && (
              <>
                <dt>{a.submittedAt}</dt>
                <dd>{formatInstant(lang, r.submittedAt)}</dd>
              </>
            )}
          </dl>
          <p class="small muted">{a.proofNote}</p>
        </div>
      )}
      {r && !r.genuine && (
        <div class="ap-verdict ap-verdict-bad" role="alert">
          <p class="ap-verdict-title">
            <span aria-hidden="true">! </span>
            {a.proofUnsure}
          </p>
          <p>{a.proofReasons[r.reason ?? 'unknown'] ?? a.proofReasons.unknown}</p>
          <dl class="ap-facts">
            <dt>{a.registrationNumber}</dt>
            <dd class="ap-mono">{r.registrationNumber}</dd>
          </dl>
        </div>
      )}
      <p>
        <a href={careersPath(tenant)}>{a.backToCareers}</a>
      </p>
    </PublicLayout>
  );
}
