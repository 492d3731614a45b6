/**
 * `/recruitment/applications/:applicationId`: the verification screen (issue 12 §5). The applicant's
 * data as submitted, the formasi's requirements as a checklist the verifier ticks, the documents
 * beside it, and the decision: MS, or TMS with reasons. The decision may be changed until the
 * ADMINISTRATION announcement (a 409 after it says so). Opening the record and each document is
 * written to the access log on the server, which the page says discreetly.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { ErrorMessage, Loading, Notice, SelectField, TextAreaField } from '../../components/ui';
import { useFormat } from '../../lib/format';
import { useAsync } from '../../lib/hooks';
import { useAnnouncementsText, useRoundAnnouncements } from './announcements';
import { administrationAnnounced, decideConflict } from './announcements-model';
import { DocumentsPanel } from './document-viewer';
import {
  decideObjection,
  getApplication,
  getRecruitmentRound,
  type RecruitmentFormation,
  type StaffApplication,
  verifyApplication,
} from './recruitment-api';
import {
  applicantsHref,
  type CheckItem,
  checkDecision,
  checklistOf,
  chooseResult,
  type DecisionForm,
  decisionErrorsOf,
  decisionFormOf,
  disputedName,
  emptyReason,
  isDecided,
  isDocumentCheck,
  isExamObjection,
  MAX_REASONS,
  NOTE_MAX,
  objectionDecisionBody,
  pendingObjections,
  type ReasonForm,
  screeningConflict,
  verifyBody,
} from './screening-model';
import { ApplicationStatusBadge, useScreeningText, useZonedTime } from './screening-shared';
import { useRecruitmentText } from './shared';

export default function ScreeningPage() {
  const t = useScreeningText().screen;
  const applicationId = useRoute().params.applicationId ?? '';
  const app = useAsync(() => getApplication(applicationId), [applicationId]);
  const roundId = app.data?.roundId;
  const round = useAsync(() => (roundId ? getRecruitmentRound(roundId) : Promise.resolve(null)), [roundId]);
  // After the ADMINISTRATION announcement, MS/TMS changes through objections only.
  const announcements = useRoundAnnouncements(roundId);
  return (
    <section class="rc-screening">
      <p>
        <a class="back-link" href={roundId ? applicantsHref(roundId) : '/recruitment'}>
          {t.back}
        </a>
      </p>
      <ErrorMessage error={app.error} overrides={{ 'not-found': t.notFound }} />
      {!app.data && app.loading && <Loading />}
      {app.data && (
        <ScreeningView
          key={app.data.id}
          app={app.data}
          formation={round.data?.formations.find((f) => f.id === app.data?.formationId)}
          referenceDate={round.data?.referenceDate}
          formasiFailed={
            Boolean(round.error) ||
            (round.data !== null &&
              !round.loading &&
              !round.data.formations.some((f) => f.id === app.data?.formationId))
          }
          roundLoading={round.loading}
          announced={administrationAnnounced(announcements.data?.items)}
        />
      )}
    </section>
  );
}

type Decision = Pick<StaffApplication, 'status' | 'reasons'>;

function ScreeningView({
  app,
  formation,
  referenceDate,
  formasiFailed,
  roundLoading,
  announced,
}: {
  app: StaffApplication;
  formation: RecruitmentFormation | undefined;
  referenceDate: string | undefined;
  formasiFailed: boolean;
  roundLoading: boolean;
  announced: boolean;
}) {
  const t = useScreeningText().screen;
  const a = useAnnouncementsText();
  const time = useZonedTime();
  // What the last save answered; the record is not read again, since each read is logged.
  const [decision, setDecision] = useState<Decision>({ status: app.status, reasons: app.reasons });
  // The version the next decision is made on: a concurrent verifier's change makes it 409.
  const [version, setVersion] = useState<number | null>(app.version);
  const [objections, setObjections] = useState(app.objections);
  const [notice, setNotice] = useState<string | null>(null);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [selectedDoc, setSelectedDoc] = useState<string | null>(null);
  const items = checklistOf(app, formation, referenceDate);
  const docsRef = useRef<HTMLDivElement>(null);
  // Every objection still undecided, of any stage (ADMINISTRATION, SKD, SKB): each has its own form.
  const pending = pendingObjections(objections);
  const showDocument = (type: string) => {
    setSelectedDoc(type);
    // On a narrow screen the documents sit below the checklist.
    if (window.matchMedia('(max-width: 64rem)').matches)
      docsRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };
  return (
    <>
      <header class="rc-screen-head">
        <h1 class="page-title">{t.title(app.applicant.name)}</h1>
        <p class="rc-screen-meta">
          <ApplicationStatusBadge status={decision.status} />
          <span class="mono">{app.registrationNumber}</span>
          <span>
            {app.positionName} · {app.unitName}
          </span>
          <span class="muted">{app.agencyName}</span>
          <span class="muted">
            {t.submittedAt} {time(app.submittedAt)}
          </span>
        </p>
        <p class="rc-logged muted small" role="note">
          <svg class="rc-lock" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
            <path fill="currentColor" d="M4 7V5a4 4 0 1 1 8 0v2h1v8H3V7h1zm2 0h4V5a2 2 0 1 0-4 0v2z" />
          </svg>
          {t.logged}
        </p>
      </header>
      {pending.length > 0 && (
        <p class="alert alert-warn">
          {pending.length === 1 ? t.objectionPending : t.objectionPendingCount(String(pending.length))}
        </p>
      )}
      {notice && <Notice>{notice}</Notice>}
      <div class="rc-screen">
        <div class="rc-area-data">
          <ApplicantCard app={app} />
        </div>
        <div class="rc-area-check">
          <ChecklistCard
            items={items}
            ticked={ticked}
            onTick={(key, on) =>
              setTicked((prev) => {
                const next = new Set(prev);
                if (on) next.add(key);
                else next.delete(key);
                return next;
              })
            }
            onView={showDocument}
            formasiMissing={!roundLoading && formasiFailed}
          />
        </div>
        <div class="rc-area-docs" ref={docsRef}>
          <DocumentsPanel
            applicationId={app.id}
            required={app.requiredDocuments}
            documents={app.documents}
            selected={selectedDoc}
            onSelect={setSelectedDoc}
          />
        </div>
        <div class="rc-area-decide">
          {pending.map((objection) => (
            <ObjectionDecisionCard
              key={objection.stage}
              app={app}
              objection={objection}
              items={items}
              onDecided={(next) => {
                setDecision({ status: next.status, reasons: next.reasons });
                setVersion(next.version);
                setObjections(next.objections);
                const accepted =
                  next.objections.find((o) => o.stage === objection.stage)?.decision?.accepted === true;
                setNotice(isExamObjection(objection.stage) ? t.examSaved(accepted) : a.saved(accepted));
              }}
            />
          ))}
          <DecisionCard
            app={app}
            version={version}
            announced={announced}
            decision={decision}
            items={items}
            ticked={ticked}
            onSaved={(d, v) => {
              setDecision(d);
              setVersion(v);
              setNotice(t.saved(d.status));
            }}
            onEdit={() => setNotice(null)}
          />
          {objections.length > 0 && <ObjectionsCard app={{ ...app, objections }} />}
        </div>
      </div>
    </>
  );
}

function ApplicantCard({ app }: { app: StaffApplication }) {
  const t = useScreeningText().screen;
  const rt = useRecruitmentText();
  const fmt = useFormat();
  const a = app.applicant;
  const none = <span class="muted">{t.notFilled}</span>;
  return (
    <div class="card">
      <h2>{t.applicant}</h2>
      <dl class="rc-facts">
        <dt>{t.name}</dt>
        <dd>{a.name}</dd>
        <dt>{t.diplomaName}</dt>
        <dd>{a.diplomaName ?? none}</dd>
        <dt>{t.nik}</dt>
        <dd class="mono">{a.nik}</dd>
        <dt>{t.kk}</dt>
        <dd class="mono">{a.kkNumber}</dd>
        <dt>{t.birth}</dt>
        <dd>
          {a.birthPlace}, {fmt.date(a.birthDate)}
        </dd>
        <dt>{t.gender}</dt>
        <dd>{t.genders[a.gender]}</dd>
        <dt>{t.email}</dt>
        <dd class="rc-break">{a.email}</dd>
        <dt>{t.phone}</dt>
        <dd class="mono">{a.phone}</dd>
        <dt>{t.address}</dt>
        <dd>{a.address ?? none}</dd>
        <dt>{t.disability}</dt>
        <dd>
          {a.disability
            ? a.disability.status
              ? t.disabilityYes(a.disability.note ?? '')
              : t.disabilityNo
            : none}
        </dd>
        <dt>{t.education}</dt>
        <dd>
          {a.education.length === 0 ? (
            <span class="muted">{t.noEducation}</span>
          ) : (
            <ul class="rc-list">
              {a.education.map((e) => (
                <li key={`${e.level}-${e.major}-${e.institution}`}>
                  {t.educationRow(rt.education[e.level], e.major, e.institution)}
                  <div class="muted small">
                    {[
                      e.ipk !== undefined ? t.ipk(fmt.ikm(e.ipk)) : null,
                      t.graduated(fmt.date(e.graduationDate)),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </div>
  );
}

const VERDICT_CLASS = {
  met: 'badge badge-ok',
  unmet: 'badge rc-badge-tms',
  manual: 'badge badge-muted',
} as const;

/** The name of a checklist key, for the checklist and the reasons. */
function useRequirementName(items: readonly CheckItem[]) {
  const t = useScreeningText().screen;
  return (key: string) => {
    const item = items.find((i) => i.key === key);
    if (item && isDocumentCheck(item)) return item.required.label;
    if (key === 'education' || key === 'minIpk' || key === 'maxAge' || key === 'track')
      return t.requirement[key];
    return t.unknownRequirement(key);
  };
}

function ChecklistCard({
  items,
  ticked,
  onTick,
  onView,
  formasiMissing,
}: {
  items: readonly CheckItem[];
  ticked: ReadonlySet<string>;
  onTick: (key: string, on: boolean) => void;
  onView: (type: string) => void;
  formasiMissing: boolean;
}) {
  const t = useScreeningText().screen;
  const fmt = useFormat();
  const name = useRequirementName(items);
  const done = items.filter((i) => ticked.has(i.key)).length;
  return (
    <div class="card">
      <h2>{t.checklist}</h2>
      <p class="muted small">{t.checklistHint}</p>
      {formasiMissing && <p class="alert alert-warn">{t.formasiUnavailable}</p>}
      <ul class="rc-checklist">
        {items.map((item) => {
          const id = `check-${item.key}`;
          const doc = isDocumentCheck(item);
          const verdict = doc
            ? t.docVerdicts[item.verdict === 'unmet' ? 'unmet' : 'manual']
            : t.verdicts[item.verdict];
          return (
            <li key={item.key} class={ticked.has(item.key) ? 'rc-check is-ticked' : 'rc-check'}>
              <div class="rc-check-row">
                <label class="check" for={id}>
                  <input
                    id={id}
                    type="checkbox"
                    checked={ticked.has(item.key)}
                    onChange={(e) => onTick(item.key, e.currentTarget.checked)}
                  />
                  <span>{name(item.key)}</span>
                </label>
                <span class={VERDICT_CLASS[item.verdict]}>{verdict}</span>
              </div>
              <div class="rc-check-detail muted small">
                <CheckDetail item={item} />
                {doc && item.document && (
                  <button type="button" class="btn btn-small rc-view" onClick={() => onView(item.key)}>
                    {t.view}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <p class="muted small" aria-live="polite">
        {t.checked(fmt.int(done), fmt.int(items.length))}
      </p>
    </div>
  );
}

function CheckDetail({ item }: { item: CheckItem }) {
  const t = useScreeningText().screen;
  const rt = useRecruitmentText();
  const fmt = useFormat();
  if (isDocumentCheck(item))
    return (
      <span>
        {t.docLine(item.required.formats.map((f) => f.toUpperCase()).join('/'), fmt.int(item.required.maxKb))}
      </span>
    );
  switch (item.key) {
    case 'education': {
      const wanted = item.requirements
        .map((r) => `${rt.education[r.level]}${r.majors.length ? ` (${r.majors.join(', ')})` : ''}`)
        .join('; ');
      return (
        <span>
          {t.educationWanted(wanted)}
          <br />
          {item.matching.length
            ? t.educationMatching(item.matching.map((e) => `${rt.education[e.level]} ${e.major}`).join('; '))
            : t.educationNone}
        </span>
      );
    }
    case 'minIpk':
      return (
        <span>
          {t.minIpkLine(fmt.ikm(item.min), item.best === null ? '–' : fmt.ikm(item.best))}
          {item.cumlaude && <> ({t.cumlaudeDefault})</>}
        </span>
      );
    case 'maxAge':
      return (
        <span>
          {item.age === null || !item.referenceDate
            ? t.maxAgeNoDate(fmt.int(item.max))
            : t.maxAgeLine(fmt.int(item.max), fmt.int(item.age), fmt.date(item.referenceDate))}
        </span>
      );
    case 'track':
      return (
        <span>
          {item.track === 'disabilitas'
            ? t.trackDisability(
                item.disability?.status ? t.disabilityYes(item.disability.note ?? '') : t.disabilityNo,
              )
            : t.trackRegion(item.nikRegion)}
        </span>
      );
    default:
      return null;
  }
}

function DecisionCard({
  app,
  version,
  announced,
  decision,
  items,
  ticked,
  onSaved,
  onEdit,
}: {
  app: StaffApplication;
  version: number | null;
  announced: boolean;
  decision: Decision;
  items: readonly CheckItem[];
  ticked: ReadonlySet<string>;
  onSaved: (d: Decision, version: number | null) => void;
  onEdit: () => void;
}) {
  const t = useScreeningText();
  const an = useAnnouncementsText();
  const s = t.screen;
  const name = useRequirementName(items);
  const [editing, setEditing] = useState(!isDecided(decision.status));
  return (
    <div class="card rc-decision">
      <h2>{s.decision}</h2>
      <h3 class="rc-sub">{s.currentDecision}</h3>
      <p>
        <ApplicationStatusBadge status={decision.status} />{' '}
        {isDecided(decision.status) ? t.statusTitles[decision.status] : s.undecided}
      </p>
      {decision.status === 'TMS' && decision.reasons.length > 0 && (
        <ul class="rc-reasons">
          {decision.reasons.map((r, i) => (
            <li key={i} class="rc-reason-line">
              <strong>{name(r.requirement)}</strong>
              {r.applicantError && <span class="badge badge-muted rc-tag">{s.applicantErrorTag}</span>}
              <div>{r.note}</div>
            </li>
          ))}
        </ul>
      )}
      {announced ? (
        <div class="alert alert-info" role="note">
          <strong>{an.lockedTitle}.</strong> {an.locked}
        </div>
      ) : (
        <p class="muted small">{s.reversible}</p>
      )}
      {announced ? null : editing ? (
        <DecisionEditor
          app={app}
          version={version}
          initial={decisionFormOf(decision)}
          items={items}
          ticked={ticked}
          onCancel={isDecided(decision.status) ? () => setEditing(false) : undefined}
          onSaved={(d, v) => {
            setEditing(false);
            onSaved(d, v);
          }}
        />
      ) : (
        <div class="actions">
          <button
            type="button"
            class="btn"
            onClick={() => {
              onEdit();
              setEditing(true);
            }}
          >
            {s.change}
          </button>
        </div>
      )}
    </div>
  );
}

function DecisionEditor({
  app,
  version,
  initial,
  items,
  ticked,
  onCancel,
  onSaved,
}: {
  app: StaffApplication;
  version: number | null;
  initial: DecisionForm;
  items: readonly CheckItem[];
  ticked: ReadonlySet<string>;
  onCancel?: () => void;
  onSaved: (d: Decision, version: number | null) => void;
}) {
  const t = useScreeningText();
  const s = t.screen;
  const name = useRequirementName(items);
  const [form, setForm] = useState<DecisionForm>(initial);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const firstError = useRef<HTMLFormElement>(null);
  const serverErrors = decisionErrorsOf(error, t.decision);
  const errors = { ...serverErrors, ...local };
  const conflict = screeningConflict(error, t.conflict);
  const profileKeys = items.filter((i) => !isDocumentCheck(i)).map((i) => i.key);
  const docKeys = items.filter(isDocumentCheck).map((i) => i.key);
  const known = new Set([...profileKeys, ...docKeys]);
  const shownFields = [
    'result',
    'reasons',
    ...form.reasons.flatMap((_, i) => [`reasons.${i}.requirement`, `reasons.${i}.note`]),
  ];

  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    firstError.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error, local]);

  const setReason = (i: number, patch: Partial<ReasonForm>) =>
    setForm((f) => ({ ...f, reasons: f.reasons.map((r, j) => (j === i ? { ...r, ...patch } : r)) }));

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    const found = checkDecision(form, t.decision);
    setLocal(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const body = verifyBody(form);
      const answer = await verifyApplication(app.id, version === null ? body : { ...body, version });
      // The answer carries the new version: the next save is checked against it.
      onSaved({ status: answer.status, reasons: body.reasons ?? [] }, answer.version);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={firstError} onSubmit={submit} noValidate>
      <fieldset class="rc-result" aria-describedby={errors.result ? 'result-error' : undefined}>
        <legend>{s.result}</legend>
        {(['MS', 'TMS'] as const).map((r) => (
          <label key={r} class="check rc-radio">
            <input
              type="radio"
              name="result"
              value={r}
              checked={form.result === r}
              aria-invalid={errors.result ? true : undefined}
              onChange={() => {
                setForm((f) => chooseResult(f, r, items, ticked));
                setLocal({});
              }}
            />
            <span>{r === 'MS' ? s.ms : s.tms}</span>
          </label>
        ))}
        {errors.result && (
          <p class="field-error" id="result-error">
            {errors.result}
          </p>
        )}
      </fieldset>
      {form.result === 'TMS' && (
        <fieldset class="rc-fieldset">
          <legend>{s.reasons}</legend>
          <p class="muted small">{s.reasonsHint}</p>
          {errors.reasons && <p class="field-error">{errors.reasons}</p>}
          {form.reasons.map((r, i) => (
            <div key={i} class="rc-reason">
              <div class="rc-reason-head">
                <strong>{s.reasonNo(String(i + 1))}</strong>
                <button
                  type="button"
                  class="btn btn-small"
                  onClick={() => setForm((f) => ({ ...f, reasons: f.reasons.filter((_, j) => j !== i) }))}
                >
                  {s.removeReason}
                </button>
              </div>
              <SelectField
                label={s.reasonRequirement}
                name={`reasons.${i}.requirement`}
                errors={errors}
                value={r.requirement}
                onChange={(e) => setReason(i, { requirement: e.currentTarget.value })}
              >
                <option value="">{s.chooseRequirement}</option>
                {profileKeys.length > 0 && (
                  <optgroup label={s.profileGroup}>
                    {profileKeys.map((k) => (
                      <option key={k} value={k}>
                        {name(k)}
                      </option>
                    ))}
                  </optgroup>
                )}
                {docKeys.length > 0 && (
                  <optgroup label={s.documentsGroup}>
                    {docKeys.map((k) => (
                      <option key={k} value={k}>
                        {name(k)}
                      </option>
                    ))}
                  </optgroup>
                )}
                {r.requirement && !known.has(r.requirement) && (
                  <option value={r.requirement}>{name(r.requirement)}</option>
                )}
              </SelectField>
              <TextAreaField
                label={s.reasonNote}
                name={`reasons.${i}.note`}
                errors={errors}
                hint={s.reasonNoteHint}
                rows={2}
                maxLength={NOTE_MAX}
                value={r.note}
                onInput={(e) => setReason(i, { note: e.currentTarget.value })}
              />
              <label class="check rc-applicant-error">
                <input
                  type="checkbox"
                  checked={r.applicantError}
                  onChange={(e) => setReason(i, { applicantError: e.currentTarget.checked })}
                />
                <span>
                  {s.applicantError}
                  <span class="field-hint rc-inline-hint">{s.applicantErrorHint}</span>
                </span>
              </label>
            </div>
          ))}
          {form.reasons.length < MAX_REASONS && (
            <button
              type="button"
              class="btn btn-small"
              onClick={() => setForm((f) => ({ ...f, reasons: [...f.reasons, emptyReason()] }))}
            >
              {s.addReason}
            </button>
          )}
        </fieldset>
      )}
      {conflict ? (
        <div class="alert alert-error" role="alert">
          {conflict}
        </div>
      ) : (
        <ErrorMessage error={error} fieldNames={shownFields} />
      )}
      <div class="actions">
        <button type="submit" class="btn btn-primary" disabled={busy} aria-busy={busy}>
          {form.result === 'MS' ? s.saveMs : form.result === 'TMS' ? s.saveTms : s.save}
        </button>
        {onCancel && (
          <button type="button" class="btn" onClick={onCancel} disabled={busy}>
            {s.cancel}
          </button>
        )}
      </div>
    </form>
  );
}

function ObjectionsCard({ app }: { app: StaffApplication }) {
  const s = useScreeningText().screen;
  const time = useZonedTime();
  const requirement = useRequirementName(checklistOf(app, undefined, undefined));
  return (
    <div class="card rc-objections">
      <h2>{s.objectionsTitle}</h2>
      <ul class="rc-reasons">
        {app.objections.map((o) => (
          <li key={`${o.stage}-${o.filedAt}`} class="rc-reason-line">
            <strong>{s.objectionStages[o.stage]}</strong> ·{' '}
            <span class="muted small">{s.objectionFiled(time(o.filedAt))}</span>
            <div>{o.note}</div>
            <div class="muted small">
              {s.objectionDisputed(
                o.disputed.map((k) => disputedName(o.stage, k, s.objectionParts, requirement)).join(', '),
              )}
            </div>
            <div class="small">
              {o.decision ? (
                <>
                  {s.objectionDecided(o.decision.accepted)} {o.decision.note}
                </>
              ) : (
                s.objectionWaiting
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A pending objection of any stage: what the applicant disputes and why, and the decision sent with
 * its stage. For ADMINISTRATION, accepting turns TMS into MS; for SKD and SKB it only records the
 * answer (a corrected score goes through the score import and the ranking again), as the card says.
 */
export function ObjectionDecisionCard({
  app,
  objection,
  items,
  onDecided,
}: {
  app: StaffApplication;
  objection: StaffApplication['objections'][number];
  items: readonly CheckItem[];
  onDecided: (next: StaffApplication) => void;
}) {
  const a = useAnnouncementsText();
  const s = useScreeningText().screen;
  const time = useZonedTime();
  const requirement = useRequirementName(items);
  const exam = isExamObjection(objection.stage);
  const name = (k: string) => disputedName(objection.stage, k, s.objectionParts, requirement);
  const base = `objection-${objection.stage.toLowerCase()}`;
  const [accepted, setAccepted] = useState<boolean | null>(null);
  const [note, setNote] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (Object.keys(local).length)
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [local]);
  const conflict = decideConflict(error, a.decideConflict);
  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    const found: Record<string, string> = {};
    if (accepted === null) found.accepted = a.chooseResult;
    if (!note.trim()) found.note = a.noteRequired;
    setLocal(found);
    if (Object.keys(found).length || accepted === null) return;
    setBusy(true);
    try {
      const next = await decideObjection(app.id, objectionDecisionBody(objection, accepted, note));
      onDecided({ ...app, ...next });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const reasonNote = (k: string) => (exam ? undefined : app.reasons.find((r) => r.requirement === k)?.note);
  return (
    <div class="card rc-objection-decide" data-stage={objection.stage}>
      <h2>{a.decideTitle}</h2>
      <h3 class="rc-sub">
        {a.objectionBy} · {s.objectionStages[objection.stage]}
      </h3>
      <dl class="rc-facts">
        <dt>{a.filedAt}</dt>
        <dd>{time(objection.filedAt)}</dd>
        <dt>{exam ? s.examDisputed : a.disputed}</dt>
        <dd>
          <ul class="rc-list">
            {objection.disputed.map((k) => (
              <li key={k}>
                <strong>{name(k)}</strong>
                {reasonNote(k) && <div class="muted small">{reasonNote(k)}</div>}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{a.applicantNote}</dt>
        <dd class="rc-ann-note">{objection.note}</dd>
      </dl>
      {exam && (
        <p class="alert alert-info" role="note">
          {s.examDecisionNote}
        </p>
      )}
      <form ref={formRef} onSubmit={submit} noValidate>
        <fieldset class="rc-result" aria-describedby={local.accepted ? `${base}-result-error` : undefined}>
          <legend>{a.result}</legend>
          {([true, false] as const).map((v) => (
            <label key={String(v)} class="check rc-radio">
              <input
                type="radio"
                name={`${base}-accepted`}
                checked={accepted === v}
                aria-invalid={local.accepted ? true : undefined}
                onChange={() => setAccepted(v)}
              />
              <span>{exam ? (v ? s.examAccept : s.examReject) : v ? a.accept : a.reject}</span>
            </label>
          ))}
          {local.accepted && (
            <p class="field-error" id={`${base}-result-error`}>
              {local.accepted}
            </p>
          )}
        </fieldset>
        <TextAreaField
          label={a.decisionNote}
          name="note"
          errors={local}
          hint={a.decisionNoteHint}
          rows={3}
          maxLength={2000}
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
        {conflict ? (
          <div class="alert alert-error" role="alert">
            {conflict}
          </div>
        ) : (
          <ErrorMessage error={error} fieldNames={['note', 'accepted']} />
        )}
        <div class="actions">
          <button type="submit" class="btn btn-primary" disabled={busy} aria-busy={busy}>
            {a.save}
          </button>
        </div>
      </form>
    </div>
  );
}
