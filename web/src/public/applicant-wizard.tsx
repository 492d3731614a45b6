/**
 * The application (issue 12 §5): "Lamar formasi ini" on the round page makes the draft on the
 * server, then `/karier/{tenant}/saya/lamaran/{applicationId}` walks through it: (a) the formasi,
 * (b) the profile check, (c) the documents, each with its own upload and the server's verdict,
 * (d) the summary, (e) the submit, whose 422 names every requirement not met. The step is in the
 * address and the draft on the server, so a reload resumes where it was. A submitted application
 * is read-only, with its registration number and the printable proof.
 */

import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ApplicationAnnouncements } from './announcements';
import { ANNOUNCEMENT_TEXT } from './announcements-i18n';
import { reasonName } from './announcements-model';
import { type FieldError, getPublicRecruitmentRound, PublicApiError, type PublicFormation } from './api';
import {
  type ApplicantProfile,
  type Application,
  confirmDocument,
  createApplication,
  fetchProofHtml,
  getMyApplication,
  getMyProfile,
  putFile,
  type RequiredDocument,
  requestUpload,
  submitApplication,
} from './applicant-api';
import { applicationPath, KtpFacts, SessionBar } from './applicant-me';
import {
  acceptOf,
  checkPickedFile,
  contentTypeOf,
  documentRefusal,
  educationMatches,
  existingApplicationId,
  formatNames,
  missingDocuments,
  nextStep,
  previousStep,
  problemText,
  profileGaps,
  readyToSubmit,
  requirementText,
  resumeStep,
  STEPS,
  type Step,
  stepDone,
} from './applicant-model';
import { loginPath } from './applicant-session';
import {
  careersPath,
  FormStatus,
  formatDate,
  formatInstant,
  type SessionState,
  StatusBadge,
  useApplicantSession,
  useApplicantText,
  useKb,
  useRequireSession,
} from './applicant-ui';
import { count } from './careers-i18n';
import { Loading, ProblemPanel, PublicLayout, useResource, useTitle } from './ui';

// ---------------------------------------------------------------- on the round page

/** The round page's note on registration: register or log in, or who is logged in. */
export function RegisterCta({ tenant }: { tenant: string }) {
  const { a } = useApplicantText();
  const state = useApplicantSession(tenant);
  return (
    <div class="pub-alert ap-cta" role="note">
      <p>
        <strong>{a.registerCta}</strong>
      </p>
      <p class="small">{a.registerCtaNote}</p>
      {state.session ? (
        <p class="ap-actions">
          <span class="small">{a.loggedInAs(state.session.name)}</span>
          <a class="pub-btn ap-btn-link" href={careersPath(tenant, '/saya')}>
            {a.myPageLink}
          </a>
        </p>
      ) : (
        <p class="ap-actions">
          <a class="pub-btn pub-btn-primary ap-btn-link" href={careersPath(tenant, '/daftar')}>
            {a.registerLink}
          </a>
          <a class="pub-btn ap-btn-link" href={careersPath(tenant, '/masuk')}>
            {a.loginLink}
          </a>
        </p>
      )}
    </div>
  );
}

/** "Lamar formasi ini": the draft on the server, then its wizard; without a session, the login. */
export function ApplyButton({
  tenant,
  roundId,
  formationId,
}: {
  tenant: string;
  roundId: string;
  formationId: string;
}) {
  const { a } = useApplicantText();
  const { route, url } = useLocation();
  const state = useApplicantSession(tenant);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ text: string; existing?: string } | null>(null);
  if (!state.session)
    return (
      <p class="ap-actions">
        <a class="pub-btn pub-btn-primary ap-btn-link" href={loginPath(tenant, url)}>
          {a.applyLogin}
        </a>
        <a class="ap-inline-link" href={careersPath(tenant, '/daftar')}>
          {a.applyRegister}
        </a>
      </p>
    );
  const apply = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const app = await createApplication(state.session?.token ?? '', roundId, formationId);
      route(applicationPath(tenant, app.id));
    } catch (err) {
      if (state.expired(err)) return;
      const existing = existingApplicationId(err);
      if (existing) setProblem({ text: a.alreadyApplied, existing });
      else if (err instanceof PublicApiError && err.status === 409)
        setProblem({ text: a.registrationNotOpen });
      else setProblem({ text: problemText(a, err) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="ap-apply">
      <button type="button" class="pub-btn pub-btn-primary" onClick={apply} disabled={busy} aria-busy={busy}>
        {busy ? a.applying : a.apply}
      </button>
      <div aria-live="polite">
        {problem && (
          <FormStatus kind="error">
            <p>
              {problem.text}{' '}
              {problem.existing && (
                <a href={applicationPath(tenant, problem.existing)}>{a.seeThatApplication}</a>
              )}
            </p>
          </FormStatus>
        )}
      </div>
    </div>
  );
}

// ---------------------------------------------------------------- the wizard

export function ApplicationPage({ tenant, applicationId }: { tenant: string; applicationId: string }) {
  const { a } = useApplicantText();
  const state = useApplicantSession(tenant);
  const ok = useRequireSession(tenant, state);
  const token = state.session?.token ?? '';
  const loaded = useResource(
    (signal) =>
      token
        ? Promise.all([getMyApplication(token, applicationId, signal), getMyProfile(token, signal)])
        : new Promise<never>(() => {}),
    [token, applicationId],
  );
  useEffect(() => {
    if (loaded.error) state.expired(loaded.error);
  }, [loaded.error]);
  const [app, setApp] = useState<Application | null>(null);
  useEffect(() => {
    if (loaded.data) setApp(loaded.data[0]);
  }, [loaded.data]);
  useTitle(`${app ? `${app.positionName} · ` : ''}${a.wizardTitle} · ${a.careers}`);
  if (!ok) return <PublicLayout>{null}</PublicLayout>;
  return (
    <PublicLayout>
      <p>
        <a href={careersPath(tenant, '/saya')}>← {a.myTitle}</a>
      </p>
      <SessionBar tenant={tenant} state={state} />
      {loaded.loading && !app && <Loading />}
      {loaded.error != null && (
        <ProblemPanel
          error={loaded.error}
          ctx={{ notFound: a.notFoundApplication }}
          onRetry={loaded.reload}
        />
      )}
      {app && loaded.data && (
        <Wizard tenant={tenant} state={state} app={app} setApp={setApp} profile={loaded.data[1]} />
      )}
    </PublicLayout>
  );
}

interface WizardProps {
  tenant: string;
  state: SessionState;
  app: Application;
  setApp: (app: Application) => void;
  profile: ApplicantProfile;
}

function Wizard(props: WizardProps) {
  const { tenant, app } = props;
  const { a } = useApplicantText();
  const { query, route, path } = useLocation();
  const round = useResource(
    (signal) => getPublicRecruitmentRound(tenant, app.roundId, signal),
    [tenant, app.roundId],
  );
  const formation = round.data?.formations.find((f) => f.id === app.formationId) ?? null;
  const step = resumeStep(app, query.langkah);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // A new step moves the focus to its heading (not on the first render: the page's own heading).
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [step]);

  if (app.status !== 'DRAFT')
    return <Submitted {...props} formation={formation} timeZone={round.data?.timeZone} />;

  const go = (s: Step | null) => s && route(`${path}?langkah=${s}`);
  const index = STEPS.indexOf(step);
  return (
    <>
      <p class="kr-eyebrow">{app.roundName}</p>
      <h1>
        {a.wizardTitle}: {app.positionName}
      </h1>
      <p>
        <StatusBadge status={app.status} />
      </p>
      <nav aria-label={a.wizardTitle}>
        <ol class="ap-steps">
          {STEPS.map((s, i) => (
            <li
              key={s}
              class={
                i === index ? 'ap-step-current' : stepDone(s, step, app, props.profile) ? 'ap-step-done' : ''
              }
            >
              <a href={`${path}?langkah=${s}`} aria-current={s === step ? 'step' : undefined}>
                <span class="ap-step-num" aria-hidden="true">
                  {i + 1}
                </span>
                <span class="ap-step-name">{a.steps[s]}</span>
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <p class="muted small">{a.stepOf(index + 1, STEPS.length)}</p>
      <h2 ref={heading} tabIndex={-1} class="ap-step-title">
        {a.steps[step]}
      </h2>
      {step === 'formasi' && <FormationStep app={app} formation={formation} />}
      {step === 'profil' && <ProfileStep {...props} formation={formation} />}
      {step === 'dokumen' && <DocumentsStep {...props} />}
      {step === 'ringkasan' && <SummaryStep {...props} formation={formation} />}
      {step === 'kirim' && <SubmitStep {...props} />}
      <div class="ap-nav">
        {previousStep(step) && (
          <button type="button" class="pub-btn" onClick={() => go(previousStep(step))}>
            {a.previous}
          </button>
        )}
        {nextStep(step) && (
          <button type="button" class="pub-btn pub-btn-primary" onClick={() => go(nextStep(step))}>
            {a.next}
          </button>
        )}
      </div>
      <p class="small muted">{a.draftNote}</p>
    </>
  );
}

function FormationFacts({ app, formation }: { app: Application; formation: PublicFormation | null }) {
  const { a, c, lang } = useApplicantText();
  return (
    <dl class="ap-facts">
      <dt>{a.round}</dt>
      <dd>{app.roundName}</dd>
      <dt>{a.position}</dt>
      <dd>{app.positionName}</dd>
      <dt>{a.unit}</dt>
      <dd>{app.unitName}</dd>
      <dt>{a.agency}</dt>
      <dd>{app.agencyName}</dd>
      <dt>{a.track}</dt>
      <dd>{c.tracks[app.track]}</dd>
      {formation && (
        <>
          <dt>{a.requirements}</dt>
          <dd>
            <ul>
              {formation.educationRequirements.map((e) => (
                <li key={e.level}>
                  {c.levels[e.level]}: {e.majors.length ? e.majors.join(', ') : c.allMajors}
                </li>
              ))}
              {formation.minIpk !== undefined && (
                <li>{c.minIpk(formation.minIpk.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB'))}</li>
              )}
              {formation.maxAge !== undefined && <li>{c.maxAge(count(lang, formation.maxAge))}</li>}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}

function DocumentList({ app }: { app: Application }) {
  const { a } = useApplicantText();
  const kb = useKb();
  return (
    <ul class="ap-doclist">
      {app.requiredDocuments.map((d) => {
        const got = app.documents.find((x) => x.type === d.type);
        return (
          <li key={d.type}>
            <span class="ap-doc-label">{d.label}</span>{' '}
            {got ? (
              <span class="ap-ok-text">
                ✓ {a.accepted}: {got.name} ({kb(Math.max(1, Math.ceil(got.size / 1024)))} KB)
              </span>
            ) : (
              <span class="ap-missing-text">{a.notUploaded}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function FormationStep({ app, formation }: { app: Application; formation: PublicFormation | null }) {
  const { a } = useApplicantText();
  const kb = useKb();
  return (
    <>
      <FormationFacts app={app} formation={formation} />
      <h3>{a.documentsTitle}</h3>
      <ul>
        {app.requiredDocuments.map((d) => (
          <li key={d.type}>
            {d.label} <span class="muted small">({a.docFormats(formatNames(d.formats), kb(d.maxKb))})</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function ProfileFacts({
  profile,
  formation,
}: {
  profile: ApplicantProfile;
  formation: PublicFormation | null;
}) {
  const { a, c, lang } = useApplicantText();
  const gaps = profileGaps(profile);
  const match = formation ? educationMatches(profile.education, formation.educationRequirements) : null;
  const missing = <span class="ap-missing-text">{a.profileMissing}</span>;
  return (
    <>
      <KtpFacts p={profile} />
      <dl class="ap-facts">
        <dt>{a.diplomaName}</dt>
        <dd>{profile.diplomaName ?? missing}</dd>
        <dt>{a.address}</dt>
        <dd>{profile.address ?? missing}</dd>
        <dt>{a.disability}</dt>
        <dd>
          {profile.disability ? (profile.disability.status ? a.disabilityYes : a.disabilityNo) : missing}
        </dd>
        <dt>{a.educationTitle}</dt>
        <dd>
          {profile.education.length === 0 ? (
            missing
          ) : (
            <ul>
              {profile.education.map((e) => (
                <li key={`${e.level}-${e.major}-${e.institution}`}>
                  {c.levels[e.level]} {e.major}, {e.institution}
                  {e.ipk !== undefined &&
                    ` · ${a.ipk} ${e.ipk.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB')}`}{' '}
                  · {formatDate(lang, e.graduationDate)}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      {gaps.length > 0 && (
        <div class="pub-alert ap-warn">
          <p>{a.profileGaps}</p>
          <ul>
            {gaps.map((g) => (
              <li key={g}>
                {g === 'diplomaName'
                  ? a.diplomaName
                  : g === 'education'
                    ? a.educationTitle
                    : g === 'address'
                      ? a.address
                      : a.disability}
              </li>
            ))}
          </ul>
        </div>
      )}
      {match !== null && (
        <p class={match ? 'ap-ok-text' : 'ap-missing-text'}>
          {match ? `✓ ${a.educationOk}` : a.educationNone}
        </p>
      )}
    </>
  );
}

function ProfileStep({
  tenant,
  app,
  profile,
  formation,
}: WizardProps & { formation: PublicFormation | null }) {
  const { a } = useApplicantText();
  const gaps = profileGaps(profile);
  return (
    <>
      <p>{a.profileCheckIntro}</p>
      <ProfileFacts profile={profile} formation={formation} />
      <p>
        <a
          class={`pub-btn ap-btn-link${gaps.length ? ' pub-btn-primary' : ''}`}
          href={careersPath(tenant, `/saya?lamaran=${encodeURIComponent(app.id)}#profil`)}
        >
          {gaps.length ? a.completeProfile : a.editProfile}
        </a>
      </p>
    </>
  );
}

// ---- documents

interface DocState {
  phase: 'idle' | 'uploading' | 'checking' | 'failed';
  progress: number;
  error: string | null;
  file: File | null;
}

function DocumentsStep({ app, setApp, state }: WizardProps) {
  const { a } = useApplicantText();
  const missing = missingDocuments(app);
  return (
    <>
      <p>{a.documentsIntro}</p>
      <ul class="ap-docs">
        {app.requiredDocuments.map((d) => (
          <DocumentRow key={d.type} doc={d} app={app} setApp={setApp} state={state} />
        ))}
      </ul>
      <p class={missing.length ? 'ap-missing-text' : 'ap-ok-text'} aria-live="polite">
        {missing.length ? a.docsMissing(missing.length) : `✓ ${a.docsComplete}`}
      </p>
    </>
  );
}

function DocumentRow({
  doc,
  app,
  setApp,
  state,
}: {
  doc: RequiredDocument;
  app: Application;
  setApp: (app: Application) => void;
  state: SessionState;
}) {
  const { a } = useApplicantText();
  const kb = useKb();
  const [s, setS] = useState<DocState>({ phase: 'idle', progress: 0, error: null, file: null });
  const accepted = app.documents.find((d) => d.type === doc.type);
  const id = `doc-${doc.type}`;
  const token = state.session?.token ?? '';

  const upload = async (file: File) => {
    const refused = checkPickedFile(a, file, doc, kb);
    if (refused) {
      setS({ phase: 'failed', progress: 0, error: refused, file: null });
      return;
    }
    setS({ phase: 'uploading', progress: 0, error: null, file });
    try {
      const target = await requestUpload(token, app.id, {
        type: doc.type,
        name: file.name.trim().slice(0, 200) || doc.type,
        contentType: contentTypeOf(file) as 'application/pdf' | 'image/jpeg' | 'image/png',
        size: file.size,
      });
      await putFile(target.upload, file, (share) => setS((x) => ({ ...x, progress: share })));
      setS((x) => ({ ...x, phase: 'checking', progress: 1 }));
      const res = await confirmDocument(token, app.id, target.documentId);
      setApp(res.application);
      setS({ phase: 'idle', progress: 0, error: null, file: null });
    } catch (err) {
      if (state.expired(err)) return;
      const retryable = err instanceof PublicApiError && (err.transient || err.kind === 'upload');
      setS({
        phase: 'failed',
        progress: 0,
        error: documentRefusal(a, err, doc, kb),
        file: retryable ? file : null,
      });
    }
  };

  const busy = s.phase === 'uploading' || s.phase === 'checking';
  const described = [`${id}-spec`, s.error ? `${id}-error` : '', accepted ? `${id}-ok` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <li class={`ap-doc${s.error ? ' ap-doc-failed' : accepted ? ' ap-doc-ok' : ''}`}>
      <p class="ap-doc-label" id={`${id}-label`}>
        {doc.label}
      </p>
      <p class="hint" id={`${id}-spec`}>
        {a.docFormats(formatNames(doc.formats), kb(doc.maxKb))}
      </p>
      {accepted ? (
        <p class="ap-ok-text" id={`${id}-ok`}>
          ✓ {a.accepted}: <span class="ap-break">{accepted.name}</span> (
          {kb(Math.max(1, Math.ceil(accepted.size / 1024)))} KB)
        </p>
      ) : (
        !s.error && !busy && <p class="muted small">{a.notUploaded}</p>
      )}
      {/* The native picker's button speaks the browser's language: a labelled button of ours instead. */}
      <input
        id={id}
        type="file"
        class="ap-file-input"
        accept={acceptOf(doc.formats)}
        disabled={busy}
        aria-labelledby={`${id}-btn ${id}-label`}
        aria-describedby={described}
        aria-invalid={s.error ? 'true' : undefined}
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          // Cleared, so picking the same file again (after a fix) is a change too.
          input.value = '';
          if (file) void upload(file);
        }}
      />
      <label
        for={id}
        id={`${id}-btn`}
        class={`pub-btn ap-btn-small ap-file-btn${busy ? ' ap-file-busy' : ''}`}
      >
        {accepted ? a.replaceFile : a.chooseFile}
      </label>
      <div aria-live="polite">
        {s.phase === 'uploading' && (
          <>
            <progress
              class="ap-progress"
              max={100}
              value={Math.round(s.progress * 100)}
              aria-label={`${a.uploadProgress}: ${doc.label}`}
            />
            <p class="small">{a.uploading(Math.round(s.progress * 100))}</p>
          </>
        )}
        {s.phase === 'checking' && <p class="small">{a.checking}</p>}
        {s.error && (
          <p class="field-error" id={`${id}-error`}>
            {s.error}
          </p>
        )}
      </div>
      {s.phase === 'failed' && s.file && (
        <button type="button" class="pub-btn ap-btn-small" onClick={() => s.file && void upload(s.file)}>
          {a.retryUpload}
        </button>
      )}
    </li>
  );
}

// ---- summary and submit

function SummaryStep({ app, profile, formation }: WizardProps & { formation: PublicFormation | null }) {
  const { a } = useApplicantText();
  const missing = missingDocuments(app);
  return (
    <>
      <p>{a.summaryIntro}</p>
      <h3>{a.steps.formasi}</h3>
      <FormationFacts app={app} formation={formation} />
      <h3>{a.steps.profil}</h3>
      <ProfileFacts profile={profile} formation={formation} />
      <h3>{a.documentsTitle}</h3>
      <DocumentList app={app} />
      {missing.length > 0 && <p class="ap-missing-text">{a.docsMissing(missing.length)}</p>}
    </>
  );
}

function SubmitStep({ app, setApp, state }: WizardProps) {
  const { a, c } = useApplicantText();
  const [agreed, setAgreed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [unmet, setUnmet] = useState<FieldError[]>([]);
  const [declarationError, setDeclarationError] = useState(false);
  const missing = missingDocuments(app);
  const submit = async () => {
    if (busy) return;
    setProblem(null);
    setUnmet([]);
    if (!agreed) {
      setDeclarationError(true);
      return;
    }
    setBusy(true);
    try {
      setApp(await submitApplication(state.session?.token ?? '', app.id, app.version));
    } catch (err) {
      if (state.expired(err)) return;
      if (err instanceof PublicApiError && err.status === 422 && err.errors.length) setUnmet(err.errors);
      else if (err instanceof PublicApiError && err.kind === 'version-conflict') {
        // The draft changed elsewhere: the fresh one, then the applicant tries again.
        setProblem(a.versionConflict);
      } else if (err instanceof PublicApiError && err.status === 409)
        setProblem(err.detail ? a.registrationNotOpen : a.readOnly);
      else setProblem(problemText(a, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <p>{a.submitIntro}</p>
      {!readyToSubmit(app) && missing.length > 0 && (
        <p class="ap-missing-text">{a.docsMissing(missing.length)}</p>
      )}
      <div class={`field${declarationError && !agreed ? ' field-invalid' : ''}`}>
        {declarationError && !agreed && (
          <p class="field-error" id="declaration-error">
            {a.declarationNeeded}
          </p>
        )}
        <label class="choice ap-declaration">
          <input
            type="checkbox"
            checked={agreed}
            aria-describedby={declarationError && !agreed ? 'declaration-error' : undefined}
            onChange={(e) => setAgreed(e.currentTarget.checked)}
          />
          <span class="choice-label">{a.declaration}</span>
        </label>
      </div>
      <div aria-live="polite">
        {unmet.length > 0 && (
          <FormStatus kind="error">
            <p>
              <strong>{a.unmetTitle}</strong>
            </p>
            <ul>
              {unmet.map((e) => (
                <li key={`${e.path}-${e.message}`}>
                  {requirementText(
                    a,
                    e,
                    app.requiredDocuments,
                    (l) => c.levels[l as keyof typeof c.levels] ?? l,
                  )}
                </li>
              ))}
            </ul>
          </FormStatus>
        )}
        {problem && <FormStatus kind="error">{problem}</FormStatus>}
      </div>
      <div class="submit-row">
        <button
          type="button"
          class="pub-btn pub-btn-primary pub-btn-wide"
          onClick={submit}
          disabled={busy}
          aria-busy={busy}
        >
          {busy ? a.sending : a.submitButton}
        </button>
      </div>
    </>
  );
}

// ---- submitted: read-only

function Submitted({
  tenant,
  app,
  setApp,
  state,
  profile,
  formation,
  timeZone,
}: WizardProps & { formation: PublicFormation | null; timeZone?: string }) {
  const { a, lang } = useApplicantText();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <p class="kr-eyebrow">{app.roundName}</p>
      <h1 ref={heading} tabIndex={-1}>
        {a.wizardTitle}: {app.positionName}
      </h1>
      <p>
        <StatusBadge status={app.status} />
      </p>
      {app.status === 'SUBMITTED' && (
        <FormStatus kind="ok">
          <p>{a.submitted}</p>
        </FormStatus>
      )}
      <dl class="ap-facts ap-regno">
        <dt>{a.registrationNumber}</dt>
        <dd class="ap-mono ap-big">{app.registrationNumber}</dd>
        {app.submittedAt && (
          <>
            <dt>{a.submittedAt}</dt>
            <dd>{formatInstant(lang, app.submittedAt, timeZone)}</dd>
          </>
        )}
      </dl>
      <ProofButton app={app} state={state} />
      {app.status === 'TMS' && app.reasons.length > 0 && (
        <div class="ap-reasons">
          <h2>{a.reasons}</h2>
          <ul>
            {app.reasons.map((r) => (
              <li key={`${r.requirement}-${r.note}`}>
                <strong>
                  {reasonName(
                    r.requirement,
                    new Map(app.requiredDocuments.map((d) => [d.type, d.label])),
                    ANNOUNCEMENT_TEXT[lang].requirement,
                  )}
                </strong>
                : {r.note}
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
      <p class="muted small">{a.readOnly}</p>
      <h2>{a.steps.formasi}</h2>
      <FormationFacts app={app} formation={formation} />
      <h2>{a.documentsTitle}</h2>
      <DocumentList app={app} />
      <details class="ap-details">
        <summary>{a.steps.profil}</summary>
        <ProfileFacts profile={profile} formation={null} />
      </details>
    </>
  );
}

/** The printable proof is HTML behind the token: fetched, then opened from a Blob URL. */
function ProofButton({ app, state }: { app: Application; state: SessionState }) {
  const { a } = useApplicantText();
  const [busy, setBusy] = useState(false);
  const [fallback, setFallback] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const open = async () => {
    if (busy) return;
    setProblem(null);
    // Opened before the request, inside the click: a window opened after an await is a popup.
    const win = window.open('', '_blank');
    if (win) win.document.title = a.proofOpening;
    setBusy(true);
    try {
      const html = await fetchProofHtml(state.session?.token ?? '', app.id);
      // The page's own print button is an inline handler, which the app's policy (inherited by a
      // Blob document) does not run: it is marked and given a listener instead.
      const marked = html.replace(/\son([a-z]+)\s*=\s*"([^"]*)"/gi, (_, event: string, code: string) =>
        event.toLowerCase() === 'click' && code.trim() === 'window.print()' ? ' data-print' : '',
      );
      const url = URL.createObjectURL(new Blob([marked], { type: 'text/html' }));
      setTimeout(() => URL.revokeObjectURL(url), 10 * 60_000);
      if (win && !win.closed) {
        win.location.href = url;
        wirePrint(win, url);
      } else setFallback(url);
    } catch (err) {
      win?.close();
      if (!state.expired(err)) setProblem(problemText(a, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="ap-proof">
      <button type="button" class="pub-btn pub-btn-primary" onClick={open} disabled={busy} aria-busy={busy}>
        {busy ? a.proofOpening : a.printProof}
      </button>
      <div aria-live="polite">
        {fallback && (
          <p class="small">
            {a.proofBlocked}{' '}
            <a href={fallback} target="_blank" rel="noopener">
              {a.proofLink}
            </a>
          </p>
        )}
        {problem && <FormStatus kind="error">{problem}</FormStatus>}
      </div>
    </div>
  );
}

/** Gives the proof's print button its listener once the Blob document has loaded in `win`. */
function wirePrint(win: Window, url: string): void {
  let tries = 0;
  const timer = setInterval(() => {
    tries += 1;
    try {
      const doc = win.document;
      if (doc.URL === url && doc.readyState === 'complete') {
        for (const button of doc.querySelectorAll('[data-print]'))
          button.addEventListener('click', () => win.print());
        clearInterval(timer);
      }
    } catch {
      clearInterval(timer);
    }
    if (tries > 100 || win.closed) clearInterval(timer);
  }, 100);
}
