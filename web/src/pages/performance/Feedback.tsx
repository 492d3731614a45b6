import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api/client';
import { type SearchHit, searchEmployees } from '../../api/personnel';
import { LoadMoreFooter } from '../../components/admin';
import { ErrorMessage, Notice } from '../../components/ui';
import { useI18n } from '../../i18n';
import { useFormat, useToday } from '../../lib/format';
import { useAsync, useLoadMore } from '../../lib/hooks';
import { useAgencies, useUnits } from '../../lib/lookups';
import { useMe } from '../../session';
import { listTeamSkps, type PerformanceSettings, type SkpSummary } from './assessment-api';
import {
  BERAKHLAK_CODES,
  type BerakhlakCode,
  type PeriodChoice,
  performanceYearOf,
  periodChoices,
} from './assessment-model';
import {
  Note,
  PerformanceHeader,
  useAssessmentText,
  useFeedbackText,
  useMyRecord,
  usePeriodText,
  useSettings,
} from './assessment-parts';
import {
  type FeedbackForm,
  type FeedbackRound,
  listFeedbackRounds,
  listMyFeedbackForms,
  openFeedbackRound,
  type RaterRelation,
  submitFeedback,
} from './feedback-api';
import {
  addRater,
  answerBody,
  checkRound,
  formState,
  type RaterDraft,
  RELATION_CODES,
  raterErrors,
  roundBody,
  roundProgress,
  SCORE_VALUES,
  type ScoreDraft,
  sortForms,
  suggestedRaters,
  type TeamMember,
  unscored,
} from './feedback-model';

/**
 * 360 feedback (issue 14 §3, §6): "Formulir 360 saya", the rater's forms with a mobile-first answer
 * form (seven 1-5 scales and a comment), answered forms shown as done; the rounds the caller may
 * read the summary of; and, for appraisers and admins, opening a round with raters chosen from the
 * org structure. Nothing here shows who answered what: the API never says.
 */
export default function FeedbackPage() {
  const ft = useFeedbackText();
  const settings = useSettings();
  const me = useMe();
  const linked = Boolean(me.user.employeeId);
  const admin = me.user.role === 'tenant-admin' || me.user.role === 'agency-admin';
  const [opened, setOpened] = useState<FeedbackRound | null>(null);
  return (
    <section class="pa-page">
      <PerformanceHeader title={ft.title} current="/performance/feedback" />
      <p class="muted pa-intro">{ft.intro}</p>
      {/* An admin without an employee record is never asked to rate: no section for it. */}
      {(linked || !admin) && (
        <section class="pa-forms-section" aria-labelledby="pa-forms-title">
          <h2 id="pa-forms-title">{ft.forms.title}</h2>
          {linked ? <MyForms settings={settings.data} /> : <Note>{ft.forms.notLinked}</Note>}
        </section>
      )}
      {settings.data && <Rounds settings={settings.data} opened={opened} onOpened={setOpened} />}
      {settings.error !== null && <ErrorMessage error={settings.error} />}
    </section>
  );
}

// ---- the rater's forms ----

function MyForms({ settings }: { settings: PerformanceSettings | null }) {
  const ft = useFeedbackText();
  const forms = useLoadMore(
    (cursor) => listMyFeedbackForms(cursor),
    (f: FeedbackForm) => f.roundId,
  );
  const [open, setOpen] = useState<string | null>(null);
  const [answered, setAnswered] = useState<string | null>(null);
  // Forms to fill first, as first read; a form answered now stays where it is (with its notice).
  const order = useRef(new Map<string, number>());
  const sorted = useMemo(() => {
    for (const f of sortForms(forms.items.filter((x) => !order.current.has(x.roundId))))
      order.current.set(f.roundId, order.current.size);
    return [...forms.items].sort(
      (a, b) => (order.current.get(a.roundId) ?? 0) - (order.current.get(b.roundId) ?? 0),
    );
  }, [forms.items]);
  return (
    <>
      <p class="muted small">{ft.forms.intro}</p>
      {sorted.length > 0 && (
        <ul class="pa-forms" aria-busy={forms.loading}>
          {sorted.map((f) => (
            <li key={f.roundId} class="card pa-form-card">
              <FormHead form={f} settings={settings} />
              {answered === f.roundId && (
                <Notice>
                  <strong>{ft.answer.saved}</strong> {ft.answer.savedMore}
                </Notice>
              )}
              {formState(f) === 'todo' &&
                (open === f.roundId ? (
                  <AnswerForm
                    form={f}
                    onCancel={() => setOpen(null)}
                    onDone={(gone) => {
                      setOpen(null);
                      // Refused (answered elsewhere, or closed meanwhile): read the forms again.
                      if (gone) return forms.reload();
                      setAnswered(f.roundId);
                      forms.replace({ ...f, answered: true });
                    }}
                  />
                ) : (
                  <button
                    type="button"
                    class="btn btn-primary pa-fill"
                    aria-expanded={false}
                    onClick={() => {
                      setAnswered(null);
                      setOpen(f.roundId);
                    }}
                  >
                    {ft.forms.fill}
                  </button>
                ))}
            </li>
          ))}
        </ul>
      )}
      <LoadMoreFooter list={forms} moreText={ft.forms.more} emptyText={ft.forms.empty} />
    </>
  );
}

function subjectName(ft: ReturnType<typeof useFeedbackText>, f: Pick<FeedbackForm, 'subject' | 'relation'>) {
  if (f.relation === 'self') return ft.forms.subjectSelf(f.subject.name);
  return f.subject.kind === 'unit' ? ft.forms.unitSubject(f.subject.name) : f.subject.name;
}

function FormHead({ form: f, settings }: { form: FeedbackForm; settings: PerformanceSettings | null }) {
  const ft = useFeedbackText();
  const fmt = useFormat();
  const periodName = usePeriodText(settings);
  const state = formState(f);
  return (
    <div class="pa-form-head">
      <div>
        <h3 class="pa-form-subject">{subjectName(ft, f)}</h3>
        <p class="muted small">
          {f.relation !== 'self' && `${ft.forms.as(ft.relationsAs[f.relation])} · `}
          {periodName(f.period)} ·{' '}
          {state === 'closed' ? ft.forms.closed(fmt.date(f.closesOn)) : ft.forms.closes(fmt.date(f.closesOn))}
        </p>
      </div>
      <span class={`badge pa-state-${state}`}>{ft.forms.states[state]}</span>
    </div>
  );
}

function AnswerForm({
  form,
  onCancel,
  onDone,
}: {
  form: FeedbackForm;
  onCancel: () => void;
  /** `gone`: the form can no longer be answered (answered elsewhere, or closed). */
  onDone: (gone: boolean) => void;
}) {
  const ft = useFeedbackText();
  const at = useAssessmentText();
  const { t } = useI18n();
  const [scores, setScores] = useState<ScoreDraft>({});
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const commentId = useId();
  const missing = unscored(scores);
  const refusal =
    error instanceof ApiError
      ? error.type === 'conflict'
        ? /closed/.test(error.detail ?? '')
          ? ft.answer.refusals.closed
          : ft.answer.refusals.answered
        : error.type === 'forbidden'
          ? ft.answer.refusals.forbidden
          : null
      : null;

  const submit = async (e: Event) => {
    e.preventDefault();
    setTried(true);
    setError(null);
    const body = answerBody(scores, comment);
    if (!body) {
      document.getElementById(`pa-score-${form.roundId}-${missing[0]}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await submitFeedback(form.roundId, body);
      onDone(false);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="pa-answer" noValidate onSubmit={submit} aria-label={ft.answer.title(form.subject.name)}>
      <p class="small pa-anonymity">{ft.answer.anonymity}</p>
      <p class="muted small pa-scale-legend">
        {ft.scale.low} · {ft.scale.high}
      </p>
      {BERAKHLAK_CODES.map((v) => (
        <ScoreScale
          key={v}
          roundId={form.roundId}
          code={v}
          name={at.berakhlak[v]}
          value={scores[v]}
          error={tried && missing.includes(v) ? ft.answer.choose : undefined}
          onChange={(n) => setScores((s) => ({ ...s, [v]: n }))}
        />
      ))}
      <div class="field">
        <label for={commentId}>
          {ft.answer.comment} <span class="optional">({t.common.optional})</span>
        </label>
        <textarea
          id={commentId}
          rows={3}
          maxLength={2000}
          value={comment}
          aria-describedby={`${commentId}-hint`}
          onInput={(e) => setComment(e.currentTarget.value)}
        />
        <p class="field-hint" id={`${commentId}-hint`}>
          {ft.answer.commentHint}
        </p>
      </div>
      {tried && missing.length > 0 && (
        <div class="alert alert-error" role="alert">
          <p>{ft.answer.missing(missing.map((v) => at.berakhlak[v]).join(', '))}</p>
        </div>
      )}
      {refusal ? (
        <div class="alert alert-error" role="alert">
          <p>{refusal}</p>
          <p>
            <button type="button" class="btn btn-small" onClick={() => onDone(true)}>
              {ft.forms.hide}
            </button>
          </p>
        </div>
      ) : (
        error !== null && <ErrorMessage error={error} />
      )}
      <div class="actions pa-answer-actions">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {busy ? t.common.saving : ft.answer.submit}
        </button>
        <button type="button" class="btn" onClick={onCancel} disabled={busy}>
          {t.common.cancel}
        </button>
      </div>
    </form>
  );
}

/** One value's 1-5 scale: five large radio buttons in a row, thumb-sized on a phone. */
function ScoreScale({
  roundId,
  code,
  name,
  value,
  error,
  onChange,
}: {
  roundId: string;
  code: BerakhlakCode;
  name: string;
  value: number | undefined;
  error?: string;
  onChange: (n: number) => void;
}) {
  const ft = useFeedbackText();
  const id = useId();
  return (
    <fieldset
      class={error ? 'pa-scale field-invalid' : 'pa-scale'}
      aria-describedby={`${id}-hint${error ? ` ${id}-e` : ''}`}
    >
      <legend>{name}</legend>
      <p class="field-hint" id={`${id}-hint`}>
        {ft.valueHints[code]}
      </p>
      <div class="pa-scale-points">
        {SCORE_VALUES.map((n) => (
          <label key={n} class={value === n ? 'pa-point is-chosen' : 'pa-point'}>
            <input
              type="radio"
              id={n === 1 ? `pa-score-${roundId}-${code}` : undefined}
              name={`${roundId}-${code}`}
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
            />
            <span class="pa-point-n" aria-hidden="true">
              {n}
            </span>
            <span class="sr-only">
              {n} – {ft.scale.point(n)}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p class="field-error" id={`${id}-e`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

// ---- the rounds ----

function Rounds({
  settings,
  opened,
  onOpened,
}: {
  settings: PerformanceSettings;
  opened: FeedbackRound | null;
  onOpened: (r: FeedbackRound) => void;
}) {
  const ft = useFeedbackText();
  const at = useAssessmentText();
  const me = useMe();
  const role = me.user.role;
  const tenantAdmin = role === 'tenant-admin';
  const admin = tenantAdmin || role === 'agency-admin';
  const linked = Boolean(me.user.employeeId);
  const today = useToday();
  const year = performanceYearOf(today, settings.yearStartMonth);
  const team = useAsync(
    () => (linked ? listTeamSkps(year) : Promise.resolve([] as SkpSummary[])),
    [linked, year],
  );
  const [agencyId, setAgencyId] = useState(tenantAdmin ? '' : (me.user.agencyId ?? ''));
  const { agencies } = useAgencies(tenantAdmin);
  const agencyFieldId = useId();
  const [showOpen, setShowOpen] = useState(false);
  const mayOpen = admin ? Boolean(agencyId) : (team.data ?? []).length > 0;
  return (
    <section class="pa-rounds-section" aria-labelledby="pa-rounds-title">
      <h2 id="pa-rounds-title">{ft.rounds.title}</h2>
      <p class="muted small">{ft.rounds.intro}</p>
      {tenantAdmin && (
        <div class="pa-toolbar">
          <div class="field">
            <label for={agencyFieldId}>{at.picker.agency}</label>
            <select
              id={agencyFieldId}
              value={agencyId}
              onChange={(e) => {
                setAgencyId(e.currentTarget.value);
                setShowOpen(false);
              }}
            >
              <option value="">{at.picker.chooseAgency}</option>
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      {opened && <Notice>{ft.open.done(opened.subject.name, String(roundProgress(opened).raters))}</Notice>}
      {mayOpen &&
        (showOpen ? (
          <OpenRound
            key={agencyId}
            settings={settings}
            agencyId={agencyId}
            team={team.data ?? []}
            onCancel={() => setShowOpen(false)}
            onOpened={(r) => {
              setShowOpen(false);
              onOpened(r);
            }}
          />
        ) : (
          <p>
            <button type="button" class="btn btn-primary" onClick={() => setShowOpen(true)}>
              {ft.open.title}
            </button>
          </p>
        ))}
      {tenantAdmin && !agencyId ? (
        <p class="muted">{ft.rounds.chooseAgency}</p>
      ) : (
        <RoundList
          key={`${agencyId}:${opened?.id ?? ''}`}
          agencyId={tenantAdmin ? agencyId : undefined}
          settings={settings}
        />
      )}
    </section>
  );
}

function RoundList({ agencyId, settings }: { agencyId?: string; settings: PerformanceSettings }) {
  const ft = useFeedbackText();
  const fmt = useFormat();
  const periodName = usePeriodText(settings);
  const list = useLoadMore(
    (cursor) => listFeedbackRounds({ agencyId, cursor, limit: 25 }),
    (r: FeedbackRound) => r.id,
  );
  return (
    <>
      {list.items.length > 0 && (
        <ul class="pa-rounds" aria-busy={list.loading}>
          {list.items.map((r) => {
            const p = roundProgress(r);
            return (
              <li key={r.id} class="card pa-round">
                <div class="pa-round-main">
                  <h3 class="pa-form-subject">
                    {r.subject.kind === 'unit' ? ft.forms.unitSubject(r.subject.name) : r.subject.name}
                  </h3>
                  <p class="muted small">
                    {periodName(r.period)} ·{' '}
                    {r.status === 'open'
                      ? ft.rounds.open(fmt.date(r.closesOn))
                      : ft.rounds.closed(fmt.date(r.closesOn))}
                  </p>
                  <p class="small">
                    {ft.rounds.progress(fmt.int(p.answered), fmt.int(p.raters))}
                    <span class="muted">
                      {' · '}
                      {r.groups
                        .map((g) =>
                          ft.rounds.group(ft.relations[g.relation], fmt.int(g.answered), fmt.int(g.raters)),
                        )
                        .join(' · ')}
                    </span>
                  </p>
                </div>
                <div class="pa-round-side">
                  <span class={`badge ${r.status === 'open' ? 'badge-ok' : 'badge-muted'}`}>
                    {r.status === 'open' ? ft.rounds.statusOpen : ft.rounds.statusClosed}
                  </span>
                  <a class="btn btn-small" href={`/performance/feedback/${r.id}`}>
                    {ft.rounds.summary}
                  </a>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <LoadMoreFooter list={list} moreText={ft.rounds.more} emptyText={ft.rounds.empty} />
    </>
  );
}

// ---- opening a round ----

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

function teamMembers(skps: readonly SkpSummary[]): TeamMember[] {
  const byId = new Map<string, TeamMember>();
  for (const s of skps)
    if (!byId.has(s.employeeId))
      byId.set(s.employeeId, {
        employeeId: s.employeeId,
        name: s.employeeName,
        unitId: s.unitId,
        unitName: s.unitName,
      });
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

function OpenRound({
  settings,
  agencyId,
  team,
  onCancel,
  onOpened,
}: {
  settings: PerformanceSettings;
  /** The agency the round is in: the admin's choice, or the caller's own. */
  agencyId: string;
  team: readonly SkpSummary[];
  onCancel: () => void;
  onOpened: (r: FeedbackRound) => void;
}) {
  const ft = useFeedbackText();
  const ot = ft.open;
  const { t } = useI18n();
  const fmt = useFormat();
  const me = useMe();
  const admin = me.user.role === 'tenant-admin' || me.user.role === 'agency-admin';
  const mayUseSearch = me.user.role !== 'employee';
  const today = useToday();
  const periodName = usePeriodText(settings);
  const record = useMyRecord();
  const { units } = useUnits(agencyId);
  const unitName = (id: string) => units.find((u) => u.id === id)?.name ?? null;
  const members = useMemo(() => teamMembers(team), [team]);
  const year = performanceYearOf(today, settings.yearStartMonth);
  const choices: PeriodChoice[] = useMemo(() => periodChoices(year, settings), [year, settings]);

  const [kind, setKind] = useState<'employee' | 'unit'>('employee');
  const [subject, setSubject] = useState<{ id: string; name: string } | null>(null);
  const [periodKey, setPeriodKey] = useState(choices[choices.length - 1]!.key);
  const [closesOn, setClosesOn] = useState(addDays(today, 14));
  const [raters, setRaters] = useState<RaterDraft[]>([]);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const ids = { kind: useId(), subject: useId(), period: useId(), closes: useId() };

  const pickMember = (employeeId: string) => {
    const m = members.find((x) => x.employeeId === employeeId);
    setSubject(m ? { id: m.employeeId, name: m.name } : null);
    if (m && me.user.employeeId)
      setRaters(
        suggestedRaters(m, members, {
          employeeId: me.user.employeeId,
          name: record.data?.name ?? me.user.name,
          unitName: record.data ? unitName(record.data.unitId) : null,
        }),
      );
    else setRaters([]);
  };

  const apiErrors = error instanceof ApiError ? error.errors : [];
  const perRater = raterErrors(apiErrors);
  const raterMessage = (i: number): string | undefined => {
    const local = problems[`raters.${i}.relation`];
    if (local) return local;
    const found = perRater.get(i);
    if (!found) return undefined;
    return found
      .map((e) =>
        e.field === 'relation' ? ot.wrongRelation : /twice/.test(e.message) ? ot.twice : ot.notEmployee,
      )
      .join(' ');
  };
  const fieldOf = (path: string) =>
    problems[path] ??
    (apiErrors.some((e) => e.path === path || e.path.startsWith(`${path}.`))
      ? t.validation.invalid
      : undefined);
  const ratersError =
    problems.raters ??
    (apiErrors.some((e) => e.path === 'raters')
      ? /at most/.test(apiErrors.find((e) => e.path === 'raters')!.message)
        ? ot.tooMany
        : ot.problems.onlySelf
      : undefined);
  const closesError =
    problems.closesOn ?? (apiErrors.some((e) => e.path === 'closesOn') ? ot.problems.closesPast : undefined);
  const handled =
    apiErrors.length > 0 && apiErrors.every((e) => /^(raters|closesOn|subject|period)/.test(e.path));

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    const period = choices.find((c) => c.key === periodKey) ?? null;
    const draft = {
      subject: subject ? { kind, id: subject.id } : null,
      period: period ? { start: period.start, end: period.end } : null,
      closesOn,
      raters,
    };
    const found = checkRound(draft, today);
    setProblems(Object.fromEntries(Object.entries(found).map(([k, v]) => [k, ot.problems[v]])));
    const body = roundBody(draft);
    if (!body || Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      onOpened(await openFeedbackRound(body));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card pa-open" noValidate aria-labelledby="pa-open-title" onSubmit={submit}>
      <h3 id="pa-open-title">{ot.title}</h3>
      <p class="muted small">{ot.intro}</p>
      {error instanceof ApiError && error.type === 'forbidden' ? (
        <div class="alert alert-error" role="alert">
          <p>{ot.forbidden}</p>
        </div>
      ) : (
        error !== null && !handled && <ErrorMessage error={error} fieldNames={[]} />
      )}
      {admin && (
        <fieldset class="pa-kind">
          <legend>{ot.subjectKind}</legend>
          <div class="pa-rating-options">
            {(['employee', 'unit'] as const).map((k) => (
              <label key={k} class={kind === k ? 'pa-rating-option is-chosen' : 'pa-rating-option'}>
                <input
                  type="radio"
                  name="subjectKind"
                  checked={kind === k}
                  onChange={() => {
                    setKind(k);
                    setSubject(null);
                    setRaters([]);
                  }}
                />
                <span>{ot.kinds[k]}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div class="grid-2">
        {kind === 'unit' ? (
          <div class={fieldOf('subject.id') ? 'field field-invalid' : 'field'}>
            <label for={ids.subject}>{ot.subjectUnit}</label>
            <select
              id={ids.subject}
              value={subject?.id ?? ''}
              onChange={(e) => {
                const u = units.find((x) => x.id === e.currentTarget.value);
                setSubject(u ? { id: u.id, name: u.name } : null);
              }}
            >
              <option value="">{ot.chooseUnit}</option>
              {[...units]
                .sort((a, b) => a.name.localeCompare(b.name, 'id'))
                .map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
            </select>
            {fieldOf('subject.id') && <p class="field-error">{fieldOf('subject.id')}</p>}
          </div>
        ) : admin ? (
          <div class={fieldOf('subject.id') ? 'field field-invalid' : 'field'}>
            <span class="pa-label">{ot.subject}</span>
            {subject ? (
              <p class="pa-chosen">
                <strong>{subject.name}</strong>{' '}
                <button type="button" class="btn btn-small" onClick={() => setSubject(null)}>
                  {t.common.edit}
                </button>
              </p>
            ) : (
              <EmployeeSearch
                agencyId={agencyId}
                label={ot.searchSubject}
                unitName={unitName}
                isAdded={() => false}
                onPick={(hit) => {
                  setSubject({ id: hit.id, name: hit.name });
                  setRaters((list) =>
                    addRater(list, {
                      employeeId: hit.id,
                      name: hit.name,
                      unitName: unitName(hit.unitId),
                      relation: 'self',
                    }),
                  );
                }}
              />
            )}
            {fieldOf('subject.id') && <p class="field-error">{fieldOf('subject.id')}</p>}
          </div>
        ) : (
          <div class={fieldOf('subject.id') ? 'field field-invalid' : 'field'}>
            <label for={ids.subject}>{ot.subject}</label>
            <select
              id={ids.subject}
              value={subject?.id ?? ''}
              onChange={(e) => pickMember(e.currentTarget.value)}
            >
              <option value="">{ot.chooseSubject}</option>
              {members.map((m) => (
                <option key={m.employeeId} value={m.employeeId}>
                  {m.name}
                </option>
              ))}
            </select>
            <p class="field-hint">{ot.teamOnly}</p>
            {fieldOf('subject.id') && <p class="field-error">{fieldOf('subject.id')}</p>}
          </div>
        )}
        <div class={fieldOf('period') ? 'field field-invalid' : 'field'}>
          <label for={ids.period}>{ot.period}</label>
          <select id={ids.period} value={periodKey} onChange={(e) => setPeriodKey(e.currentTarget.value)}>
            {choices.map((c) => (
              <option key={c.key} value={c.key}>
                {periodName(c)}
              </option>
            ))}
          </select>
        </div>
        <div class={closesError ? 'field field-invalid' : 'field'}>
          <label for={ids.closes}>{ot.closesOn}</label>
          <input
            id={ids.closes}
            type="date"
            min={today}
            value={closesOn}
            aria-invalid={closesError ? true : undefined}
            onInput={(e) => setClosesOn(e.currentTarget.value)}
          />
          {closesError && <p class="field-error">{closesError}</p>}
        </div>
      </div>
      <fieldset class={ratersError ? 'pa-raters field-invalid' : 'pa-raters'}>
        <legend>{ot.raters}</legend>
        <p class="field-hint">{ot.ratersHint(fmt.int(settings.minRaters))}</p>
        {raters.length === 0 ? (
          <p class="muted small">{ot.noRaters}</p>
        ) : (
          <ul class="pa-rater-list">
            {raters.map((r, i) => (
              <RaterRow
                key={r.employeeId}
                rater={r}
                you={r.employeeId === me.user.employeeId}
                error={raterMessage(i)}
                onRelation={(relation) =>
                  setRaters((list) => list.map((x, n) => (n === i ? { ...x, relation } : x)))
                }
                onRemove={() => setRaters((list) => list.filter((_, n) => n !== i))}
              />
            ))}
          </ul>
        )}
        {ratersError && <p class="field-error">{ratersError}</p>}
        {mayUseSearch && (subject || kind === 'unit') && (
          <div class="pa-add-rater">
            <EmployeeSearch
              agencyId={agencyId}
              label={ot.addRater}
              unitName={unitName}
              isAdded={(id) => raters.some((r) => r.employeeId === id)}
              onPick={(hit) =>
                setRaters((list) =>
                  addRater(list, {
                    employeeId: hit.id,
                    name: hit.name,
                    unitName: unitName(hit.unitId),
                    relation: kind === 'employee' && hit.id === subject?.id ? 'self' : '',
                  }),
                )
              }
            />
          </div>
        )}
      </fieldset>
      <div class="actions">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {busy ? t.common.saving : ot.submit}
        </button>
        <button type="button" class="btn" onClick={onCancel} disabled={busy}>
          {t.common.cancel}
        </button>
      </div>
    </form>
  );
}

function RaterRow({
  rater,
  you,
  error,
  onRelation,
  onRemove,
}: {
  rater: RaterDraft;
  you: boolean;
  error?: string;
  onRelation: (r: RaterRelation | '') => void;
  onRemove: () => void;
}) {
  const ft = useFeedbackText();
  const id = useId();
  return (
    <li class={error ? 'pa-rater field-invalid' : 'pa-rater'}>
      <div class="pa-rater-who">
        <strong>{rater.name}</strong>
        {you && <span class="badge badge-muted">{ft.open.you}</span>}
        {rater.unitName && <span class="muted small pa-block">{rater.unitName}</span>}
      </div>
      <div class="pa-rater-relation">
        <label for={id} class="sr-only">
          {ft.open.relation}: {rater.name}
        </label>
        <select
          id={id}
          value={rater.relation}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-e` : undefined}
          onChange={(e) => onRelation(e.currentTarget.value as RaterRelation | '')}
        >
          <option value="">{ft.open.chooseRelation}</option>
          {RELATION_CODES.map((r) => (
            <option key={r} value={r}>
              {ft.relations[r]}
            </option>
          ))}
        </select>
      </div>
      <button type="button" class="btn btn-small" aria-label={ft.open.remove(rater.name)} onClick={onRemove}>
        {ft.open.removeShort}
      </button>
      {error && (
        <p class="field-error pa-rater-error" id={`${id}-e`}>
          {error}
        </p>
      )}
    </li>
  );
}

/** Employees of an agency by the start of their name (the personnel search), to pick one. */
function EmployeeSearch({
  agencyId,
  label,
  unitName,
  isAdded,
  onPick,
}: {
  agencyId: string;
  label: string;
  unitName: (unitId: string) => string | null;
  isAdded: (employeeId: string) => boolean;
  onPick: (hit: SearchHit) => void;
}) {
  const ft = useFeedbackText();
  const id = useId();
  const [typed, setTyped] = useState('');
  const [prefix, setPrefix] = useState('');
  // Searched a moment after typing stops, not on every key.
  useEffect(() => {
    const timer = setTimeout(() => setPrefix(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const hits = useAsync(
    () =>
      prefix.length >= 2
        ? searchEmployees({ agencyId: agencyId || undefined, namePrefix: prefix, limit: 10 })
        : Promise.resolve(null),
    [prefix, agencyId],
  );
  return (
    <div class="pa-search">
      <div class="field">
        <label for={id}>{label}</label>
        <input
          id={id}
          type="search"
          value={typed}
          autoComplete="off"
          aria-describedby={`${id}-hint`}
          onInput={(e) => setTyped(e.currentTarget.value)}
        />
        <p class="field-hint" id={`${id}-hint`}>
          {ft.open.searchHint}
        </p>
      </div>
      <ErrorMessage error={hits.error} />
      {hits.data && prefix.length >= 2 && (
        <ul class="pa-hits" aria-live="polite">
          {hits.data.items.length === 0 && <li class="muted small">{ft.open.noHits}</li>}
          {hits.data.items.map((h) => (
            <li key={h.id}>
              <span>
                <strong>{h.name}</strong>
                <span class="muted small pa-block">
                  {[h.positionName, unitName(h.unitId)].filter(Boolean).join(' · ')}
                </span>
              </span>
              {isAdded(h.id) ? (
                <span class="muted small nowrap">{ft.open.added}</span>
              ) : (
                <button type="button" class="btn btn-small" onClick={() => onPick(h)}>
                  {ft.open.add}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
