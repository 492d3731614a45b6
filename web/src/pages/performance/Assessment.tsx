import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { ApiError } from '../../api/client';
import { ConfirmButton } from '../../components/admin';
import { ErrorMessage, Loading, Notice } from '../../components/ui';
import { describeError, useI18n } from '../../i18n';
import { useFormat } from '../../lib/format';
import { useAsync } from '../../lib/hooks';
import { useAgencies, useUnits } from '../../lib/lookups';
import { useMe } from '../../session';
import {
  type Assessment,
  type AssessmentDistribution,
  assessSkp,
  finaliseSkpAssessments,
  getAssessmentDistribution,
  getSkp,
  listAllAssessments,
  listTeamSkps,
  type OrgQuery,
  type PerformanceSettings,
  type SkpSummary,
} from './assessment-api';
import { GroupedBarChart } from './assessment-chart';
import {
  BERAKHLAK_CODES,
  type BerakhlakCode,
  capChart,
  capText,
  headedOrg,
  headRule,
  livePredikat,
  type OrgRef,
  type Period,
  PREDIKAT_CODES,
  type Rating,
  type RefusedCap,
  refusalOf,
  refusedCaps,
  type TeamRow,
  teamRows,
  teamUnits,
  waitingCount,
} from './assessment-model';
import {
  Note,
  PerformanceHeader,
  PeriodPicker,
  PredikatBadge,
  RatingChoice,
  useAssessmentText,
  useMyRecord,
  usePeriodChoice,
  usePeriodText,
  useSettings,
} from './assessment-parts';

/**
 * The supervisor's assessment screen (issue 14 §2, §6): for a period of the year (the cadence's, or
 * the whole year), the team the caller appraises, each with the assessment of that period and a
 * form whose predikat follows the tenant's matrix as the appraiser chooses; beside it, the
 * organisation's predikats against the caps of its own rating, as a chart and a table, read again
 * after each save; for the organisation's head and for admins, "Finalkan", which names the caps a
 * refusal broke. Admins choose the agency and unit and see its assessments; accounts with nobody
 * to assess are told so.
 */
export default function AssessmentPage() {
  const at = useAssessmentText();
  const settings = useSettings();
  return (
    <section class="pa-page">
      <PerformanceHeader title={at.page.title} current="/performance/assessment" />
      <p class="muted pa-intro">{at.page.intro}</p>
      {settings.error ? (
        <ErrorMessage error={settings.error} overrides={{ forbidden: at.page.settingsError }} />
      ) : settings.data ? (
        <AssessmentScreen settings={settings.data} />
      ) : (
        <Loading />
      )}
    </section>
  );
}

const ADMIN_ROLES = new Set(['tenant-admin', 'agency-admin']);

const orgQuery = (org: OrgRef, agencyId: string | null): OrgQuery =>
  org.kind === 'unit' ? { unitId: org.id, ...(agencyId ? { agencyId } : {}) } : { agencyId: org.id };

const sameOrg = (a: OrgRef | null, b: OrgRef | null) => !!a && !!b && a.kind === b.kind && a.id === b.id;

function AssessmentScreen({ settings }: { settings: PerformanceSettings }) {
  const at = useAssessmentText();
  const me = useMe();
  const fmt = useFormat();
  const periodState = usePeriodChoice(settings);
  const { year, choice } = periodState;
  const admin = ADMIN_ROLES.has(me.user.role);
  const linked = Boolean(me.user.employeeId);

  const team = useAsync(
    () => (linked ? listTeamSkps(year) : Promise.resolve([] as SkpSummary[])),
    [linked, year],
  );
  const skps = team.data ?? [];
  // The assessments the caller made in the period: theirs in the agency (an appraiser sees those).
  const [saves, setSaves] = useState(0);
  const mine = useAsync(
    () =>
      skps.length > 0 && choice && me.user.agencyId
        ? listAllAssessments({ agencyId: me.user.agencyId }, choice)
        : Promise.resolve([] as Assessment[]),
    [skps.length, choice?.key, me.user.agencyId, saves],
  );

  // The organisation whose distribution is shown: an appraiser's first is the one they most likely
  // head (from their own unit and the unit tree), an agency admin's their agency.
  const record = useMyRecord();
  const { units } = useUnits(!admin && skps.length > 0 ? (me.user.agencyId ?? '') : '');
  const parentOf = useMemo(() => {
    const parents = new Map(units.map((u) => [u.id, u.parentUnitId]));
    return (id: string) => parents.get(id) ?? null;
  }, [units]);
  const [picked, setPicked] = useState<{ org: OrgRef; agencyId: string | null } | null>(null);
  const fallback: OrgRef | null = admin
    ? me.user.role === 'agency-admin' && me.user.agencyId
      ? { kind: 'agency', id: me.user.agencyId }
      : null
    : skps.length > 0 && me.user.agencyId && !record.loading
      ? headedOrg(skps, me.user.agencyId, record.data?.unitId ?? null, parentOf)
      : null;
  const org = picked?.org ?? fallback;
  const orgAgency = picked?.agencyId ?? me.user.agencyId ?? (org?.kind === 'agency' ? org.id : null);
  // Finalising is offered to admins, and to an appraiser for the organisation they most likely head.
  const mayFinalise = admin || (skps.length > 0 && sameOrg(org, fallback));
  const showDistribution = admin || skps.length > 0;
  // An admin with nobody to appraise sees the organisations only, across the page.
  const showTeam = !admin || (linked && skps.length > 0);

  // Whether the period is final for the team's units or the agency: then nothing can be assessed.
  const finalUnits = useAsync(async () => {
    if (!choice || skps.length === 0 || !me.user.agencyId) return new Set<string>();
    const agencyId = me.user.agencyId;
    const orgs: OrgQuery[] = [{ agencyId }, ...teamUnits(skps).map((u) => ({ unitId: u.id, agencyId }))];
    const answers = await Promise.all(
      orgs.map((o) =>
        getAssessmentDistribution(o, choice).then(
          (d) => (d.finalised ? (o.unitId ?? 'agency') : null),
          () => null,
        ),
      ),
    );
    return new Set(answers.filter((x): x is string => x !== null));
  }, [choice?.key, team.data, me.user.agencyId, saves]);
  const isFinal = (unitId: string) => Boolean(finalUnits.data?.has('agency') || finalUnits.data?.has(unitId));

  const rows = useMemo(
    () => (choice ? teamRows(skps, mine.data ?? [], choice) : []),
    [skps, mine.data, choice?.key],
  );
  const onSaved = () => setSaves((n) => n + 1);

  if (!choice) return <Loading />;
  return (
    <>
      <div class="pa-toolbar">
        <PeriodPicker state={periodState} settings={settings} />
      </div>
      {!showTeam && team.data && <p class="muted small">{at.team.adminIntro}</p>}
      <div class={showDistribution && showTeam ? 'pa-layout' : 'pa-layout-single'}>
        {showTeam && (
          <section class="pa-team-section" aria-labelledby="pa-team-title">
            <h2 id="pa-team-title">{at.team.title}</h2>
            {!linked ? (
              <Note>{at.team.notLinked}</Note>
            ) : team.error ? (
              <ErrorMessage error={team.error} />
            ) : !team.data ? (
              <Loading />
            ) : skps.length === 0 ? (
              <Note>{at.team.empty(year)}</Note>
            ) : (
              <>
                <p class="muted small pa-team-count">
                  {at.team.count(fmt.int(skps.length))} ·{' '}
                  {waitingCount(rows, isFinal) > 0
                    ? at.team.waiting(fmt.int(waitingCount(rows, isFinal)))
                    : at.team.allDone}
                </p>
                <ErrorMessage error={mine.error} />
                <TeamList
                  rows={rows}
                  period={choice}
                  settings={settings}
                  isFinal={isFinal}
                  onSaved={onSaved}
                />
              </>
            )}
          </section>
        )}
        {showDistribution && (
          <section class="pa-dist-section card" aria-labelledby="pa-dist-title">
            <h2 id="pa-dist-title">{at.dist.title}</h2>
            <p class="muted small">{at.dist.intro}</p>
            <OrgPicker
              admin={admin}
              team={skps}
              value={org}
              agencyId={orgAgency}
              onChange={(next, agencyId) => setPicked(next ? { org: next, agencyId } : null)}
            />
            {org ? (
              <Distribution
                key={`${org.kind}:${org.id}`}
                org={org}
                agencyId={orgAgency}
                period={choice}
                settings={settings}
                saves={saves}
                mayFinalise={mayFinalise}
                ratingsHref={`/performance/org-ratings?year=${year}&period=${choice.key}`}
                onFinalised={onSaved}
              />
            ) : (
              <p class="muted">{at.dist.chooseOrg}</p>
            )}
          </section>
        )}
      </div>
      {admin && org && <OrgAssessments org={org} agencyId={orgAgency} period={choice} saves={saves} />}
    </>
  );
}

// ---- the team ----

function TeamList({
  rows,
  period,
  settings,
  isFinal,
  onSaved,
}: {
  rows: TeamRow[];
  period: Period;
  settings: PerformanceSettings;
  /** Whether the period's assessments are final for a unit (or its agency). */
  isFinal: (unitId: string) => boolean;
  onSaved: () => void;
}) {
  const [open, setOpen] = useState<string | null>(null);
  const [saved, setSaved] = useState<Assessment | null>(null);
  const at = useAssessmentText();
  return (
    <>
      {saved && (
        <Notice>{at.form.saved(saved.employeeName, at.predikat[saved.predikat] ?? saved.predikat)}</Notice>
      )}
      <ul class="pa-team">
        {rows.map((row) => (
          <li key={row.skp.id} class={open === row.skp.id ? 'pa-member is-open' : 'pa-member'}>
            <MemberRow
              row={row}
              final={isFinal(row.skp.unitId)}
              open={open === row.skp.id}
              onToggle={() => {
                setSaved(null);
                setOpen(open === row.skp.id ? null : row.skp.id);
              }}
            />
            {open === row.skp.id && (
              <AssessForm
                row={row}
                period={period}
                settings={settings}
                onCancel={() => setOpen(null)}
                onSaved={(a) => {
                  setSaved(a);
                  setOpen(null);
                  onSaved();
                }}
              />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function MemberRow({
  row,
  final,
  open,
  onToggle,
}: {
  row: TeamRow;
  final: boolean;
  open: boolean;
  onToggle: () => void;
}) {
  const at = useAssessmentText();
  const fmt = useFormat();
  const { skp, assessment: a } = row;
  const approved = skp.status === 'approved';
  return (
    <div class="pa-member-row">
      <div class="pa-member-who">
        <strong>{skp.employeeName}</strong>
        <span class="muted small">{at.team.position(skp.positionName, skp.unitName)}</span>
        {!approved && (
          <span class="small pa-member-note">
            <span class="badge badge-muted">{at.skpStatus[skp.status]}</span> {at.team.notApproved}
          </span>
        )}
      </div>
      <div class="pa-member-result">
        {a ? (
          <>
            <PredikatBadge predikat={a.predikat} />
            <span class="small">
              {at.team.hasil}: {at.ratings[a.hasilKerja]} · {at.team.perilaku}: {at.ratings[a.perilaku]}
            </span>
            <span class="muted small">
              {at.team.assessedOn(a.assessedByName, fmt.localDate(a.assessedAt))}
              {a.hasilKerjaFrom === 'organisation' && ` · ${at.team.fromOrg}`}
            </span>
          </>
        ) : (
          approved && <span class="badge badge-warn">{at.team.notAssessed}</span>
        )}
        {approved && final && <span class="muted small pa-block">{at.team.finalised}</span>}
      </div>
      {approved && !final && (
        <button
          type="button"
          class={a ? 'btn btn-small' : 'btn btn-small btn-primary'}
          aria-expanded={open}
          onClick={onToggle}
        >
          {a ? at.team.reassess : at.team.assess}
        </button>
      )}
    </div>
  );
}

type Notes = Partial<Record<BerakhlakCode, string>>;

function AssessForm({
  row,
  period,
  settings,
  onCancel,
  onSaved,
}: {
  row: TeamRow;
  period: Period;
  settings: PerformanceSettings;
  onCancel: () => void;
  onSaved: (a: Assessment) => void;
}) {
  const at = useAssessmentText();
  const { t } = useI18n();
  const ft = at.form;
  const before = row.assessment;
  const detail = useAsync(() => getSkp(row.skp.id), [row.skp.id]);
  const [hasil, setHasil] = useState<Rating | null>(before?.hasilKerja ?? null);
  const [perilaku, setPerilaku] = useState<Rating | null>(before?.perilaku ?? null);
  const [notes, setNotes] = useState<Notes>(before?.perilakuNotes ?? {});
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const live = livePredikat(settings.matrix, hasil, perilaku);

  const fields = useMemo(() => {
    const out: Record<string, string> = { ...local };
    if (error instanceof ApiError) {
      for (const e of error.errors) {
        if (e.path === 'hasilKerja') {
          const rule = headRule(e.message);
          out.hasilKerja = rule
            ? ft.headRule(
                at.ratings[rule.expected],
                rule.orgPredikat ? at.orgPredikat[rule.orgPredikat] : null,
              )
            : t.validation.invalid;
        } else if (e.path.startsWith('perilakuNotes.')) out[e.path] = ft.noteTooLong;
        else if (e.path === 'perilaku') out.perilaku = ft.choose;
      }
    }
    return out;
  }, [error, local, at]);

  const refusal = (() => {
    if (!(error instanceof ApiError) || error.errors.length > 0) return null;
    if (error.type === 'forbidden') return ft.refusals.forbidden;
    if (error.type === 'conflict') {
      const kind = refusalOf(error.detail);
      if (kind === 'finalised' || kind === 'headUnrated' || kind === 'notApproved') return ft.refusals[kind];
      return ft.refusals.changed;
    }
    return null;
  })();

  const submit = async (e: Event) => {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!hasil) missing.hasilKerja = ft.choose;
    if (!perilaku) missing.perilaku = ft.choose;
    setLocal(missing);
    setError(null);
    if (!hasil || !perilaku) return;
    const perilakuNotes = Object.fromEntries(
      Object.entries(notes)
        .map(([k, v]) => [k, (v ?? '').trim()])
        .filter(([, v]) => v),
    ) as Notes;
    setBusy(true);
    try {
      const saved = await assessSkp({
        skpId: row.skp.id,
        period: { start: period.start, end: period.end },
        hasilKerja: hasil,
        perilaku,
        perilakuNotes,
        ...(before ? { version: before.version } : {}),
      });
      onSaved(saved);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (detail.error) return <ErrorMessage error={detail.error} overrides={{ forbidden: ft.cannotAssess }} />;
  if (!detail.data) return <p class="muted small pa-form-loading">{ft.loading}</p>;
  if (!detail.data.can.assess) return <Note>{ft.cannotAssess}</Note>;
  const expectations = detail.data.behaviourExpectations;
  const handled = refusal !== null || Object.keys(fields).length > 0;
  return (
    <form class="pa-assess-form" noValidate aria-labelledby={titleId} onSubmit={submit}>
      <h3 id={titleId} class="sr-only">
        {ft.title(row.skp.employeeName)}
      </h3>
      {refusal && (
        <div class="alert alert-error" role="alert">
          <p>{refusal}</p>
        </div>
      )}
      {!handled && error !== null && <ErrorMessage error={error} />}
      <div class="pa-ratings">
        <RatingChoice
          legend={ft.hasil}
          hint={ft.hasilHint}
          name={`hasil-${row.skp.id}`}
          value={hasil}
          onChange={setHasil}
          error={fields.hasilKerja}
        />
        <RatingChoice
          legend={ft.perilaku}
          hint={ft.perilakuHint}
          name={`perilaku-${row.skp.id}`}
          value={perilaku}
          onChange={setPerilaku}
          error={fields.perilaku}
        />
      </div>
      <output class={live ? 'pa-live is-set' : 'pa-live'} aria-live="polite">
        <span class="pa-live-label">{ft.predikat}</span>
        {live ? (
          <>
            <PredikatBadge predikat={live} />
            <span class="muted small">{ft.predikatFrom}</span>
          </>
        ) : (
          <span class="muted small">{ft.predikatPending}</span>
        )}
      </output>
      <details class="pa-notes" open={Object.keys(notes).length > 0 || undefined}>
        <summary>{ft.notes}</summary>
        <p class="field-hint">{ft.notesHint}</p>
        <div class="pa-notes-grid">
          {BERAKHLAK_CODES.map((v) => (
            <NoteField
              key={v}
              code={v}
              value={notes[v] ?? ''}
              expectation={expectations[v]}
              error={fields[`perilakuNotes.${v}`]}
              onInput={(text) => setNotes((n) => ({ ...n, [v]: text }))}
            />
          ))}
        </div>
      </details>
      <div class="actions">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {busy ? t.common.saving : ft.save}
        </button>
        <button type="button" class="btn" onClick={onCancel} disabled={busy}>
          {t.common.cancel}
        </button>
      </div>
    </form>
  );
}

function NoteField({
  code,
  value,
  expectation,
  error,
  onInput,
}: {
  code: BerakhlakCode;
  value: string;
  expectation?: string;
  error?: string;
  onInput: (text: string) => void;
}) {
  const at = useAssessmentText();
  const id = useId();
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>{at.berakhlak[code]}</label>
      <textarea
        id={id}
        rows={2}
        maxLength={2000}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={
          [error ? `${id}-e` : '', expectation ? `${id}-h` : ''].filter(Boolean).join(' ') || undefined
        }
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {error && (
        <p class="field-error" id={`${id}-e`}>
          {error}
        </p>
      )}
      {expectation && (
        <p class="field-hint" id={`${id}-h`}>
          {at.form.expectation(expectation)}
        </p>
      )}
    </div>
  );
}

// ---- the organisation and its distribution ----

function OrgPicker({
  admin,
  team,
  value,
  agencyId,
  onChange,
}: {
  admin: boolean;
  team: readonly SkpSummary[];
  value: OrgRef | null;
  agencyId: string | null;
  onChange: (org: OrgRef | null, agencyId: string | null) => void;
}) {
  const at = useAssessmentText();
  const me = useMe();
  const tenantAdmin = me.user.role === 'tenant-admin';
  const { agencies, nameOf } = useAgencies();
  const { units } = useUnits(agencyId ?? '');
  const agencyFieldId = useId();
  const orgFieldId = useId();
  const teamUnitIds = new Set(teamUnits(team).map((u) => u.id));
  // Units where the team works first, then the agency's other units, by name.
  const sortedUnits = [...units].sort(
    (a, b) =>
      Number(teamUnitIds.has(b.id)) - Number(teamUnitIds.has(a.id)) || a.name.localeCompare(b.name, 'id'),
  );
  const current = value ? `${value.kind}:${value.id}` : '';
  return (
    <div class="pa-org-picker">
      {tenantAdmin && (
        <div class="field">
          <label for={agencyFieldId}>{at.picker.agency}</label>
          <select
            id={agencyFieldId}
            value={agencyId ?? ''}
            onChange={(e) => {
              const id = e.currentTarget.value;
              onChange(id ? { kind: 'agency', id } : null, id || null);
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
      )}
      {agencyId && (
        <div class="field">
          <label for={orgFieldId}>{admin ? at.picker.unit : at.picker.org}</label>
          <select
            id={orgFieldId}
            value={current}
            onChange={(e) => {
              const [kind, id] = e.currentTarget.value.split(':');
              if (kind && id) onChange({ kind: kind as OrgRef['kind'], id }, agencyId);
            }}
          >
            <option value={`agency:${agencyId}`}>
              {admin ? at.picker.wholeAgency : at.picker.orgAgency(nameOf(agencyId))}
            </option>
            {sortedUnits.map((u) => (
              <option key={u.id} value={`unit:${u.id}`}>
                {admin ? u.name : at.picker.orgUnit(u.name)}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}

function Distribution({
  org,
  agencyId,
  period,
  settings,
  saves,
  mayFinalise,
  ratingsHref,
  onFinalised,
}: {
  org: OrgRef;
  agencyId: string | null;
  period: Period;
  settings: PerformanceSettings;
  saves: number;
  mayFinalise: boolean;
  /** The organisation-rating page on the same year and period. */
  ratingsHref: string;
  onFinalised: () => void;
}) {
  const at = useAssessmentText();
  const { formatDateTime } = useI18n();
  const periodName = usePeriodText(settings);
  const [finalised, setFinalised] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const dist = useAsync(
    () => getAssessmentDistribution(orgQuery(org, agencyId), period),
    [org.kind, org.id, agencyId, period.start, period.end, saves, finalised],
  );
  // A new period or organisation starts without the last one's messages.
  useEffect(() => {
    setFailure(null);
    setFinalised(null);
  }, [period.start, period.end]);

  if (dist.error)
    return (
      <ErrorMessage
        error={dist.error}
        overrides={{ forbidden: at.dist.forbidden, 'not-found': at.dist.forbidden }}
      />
    );
  const d = dist.data;
  if (!d) return <Loading />;
  const orgName = d.org.name ?? '';
  const finalise = async () => {
    setFailure(null);
    try {
      await finaliseSkpAssessments(orgQuery(org, agencyId), period);
      setFinalised(periodName(period));
      onFinalised();
    } catch (err) {
      setFailure(err);
      void dist.reload();
    }
  };
  return (
    <div class="pa-dist" aria-busy={dist.loading}>
      <p class="pa-dist-org">
        <strong>{orgName}</strong> · {periodName(period)}
        {d.finalised && <span class="badge badge-ok pa-final-badge">{at.dist.finalBadge}</span>}
      </p>
      {d.orgRating ? (
        <p class="pa-dist-rating">
          {at.dist.orgRated} <PredikatBadge predikat={d.orgRating.predikat} org />
        </p>
      ) : (
        <div class="alert alert-info">
          <p>{at.dist.unrated}</p>
          <p>
            <a href={ratingsHref}>{at.dist.rateLink}</a>
          </p>
        </div>
      )}
      <Counts dist={d} />
      {d.limits.length > 0 && <Caps dist={d} />}
      {d.orgRating && d.total > 0 && !d.finalised && (
        <p class={d.status === 'ok' ? 'pa-dist-status is-ok' : 'pa-dist-status is-exceeded'}>
          {d.status === 'ok' ? at.dist.statusOk : at.dist.statusExceeded}
        </p>
      )}
      {d.finalisation && (
        <p class="small">
          {at.dist.finalised(d.finalisation.finalisedByName, formatDateTime(d.finalisation.finalisedAt))}
        </p>
      )}
      {finalised && <Notice>{at.finalise.done(orgName, finalised)}</Notice>}
      {failure !== null && <FinaliseRefusal error={failure} dist={d} />}
      {mayFinalise && !d.finalised && d.total > 0 && (
        <div class="actions pa-finalise">
          <ConfirmButton
            label={at.finalise.button}
            question={at.finalise.question(orgName, periodName(period))}
            onConfirm={finalise}
          />
        </div>
      )}
    </div>
  );
}

function Counts({ dist }: { dist: AssessmentDistribution }) {
  const at = useAssessmentText();
  const fmt = useFormat();
  if (dist.total === 0) return <p class="muted small">{at.dist.none}</p>;
  return (
    <>
      <p class="small pa-dist-total">{at.dist.assessed(fmt.int(dist.total))}</p>
      <dl class="pa-counts" aria-label={at.dist.countsCaption}>
        {PREDIKAT_CODES.map((p) => (
          <div key={p}>
            <dt>{at.predikat[p]}</dt>
            <dd>{fmt.int(dist.counts[p])}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function Caps({ dist }: { dist: AssessmentDistribution }) {
  const at = useAssessmentText();
  const fmt = useFormat();
  const chart = capChart(dist, at.caps);
  const summary = dist.limits
    .map((l, i) => at.dist.chartItem(chart.labels[i] ?? '', fmt.int(l.given), fmt.int(l.allowed)))
    .join('; ');
  return (
    <>
      <GroupedBarChart
        labels={chart.labels}
        series={[
          { label: at.dist.given, values: chart.given, highlight: chart.broken },
          { label: at.dist.allowed, values: chart.allowed },
        ]}
        label={at.dist.chart(summary)}
        locale={fmt.locale}
        horizontal
        min={0}
        step={1}
        format={(n) => fmt.int(n)}
      />
      <div class="table-wrap">
        <table class="pa-caps">
          <caption>{at.dist.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{at.dist.rule}</th>
              <th scope="col" class="num">
                {at.dist.given}
              </th>
            </tr>
          </thead>
          <tbody>
            {dist.limits.map((l) => (
              <tr key={l.index} class={l.status === 'exceeded' ? 'pa-cap-broken' : undefined}>
                <td>{capText(l, dist.total, at.caps)}</td>
                <td class="num">
                  <span class="pa-given">{fmt.int(l.given)}</span>
                  {l.status === 'ok' ? (
                    <span class="badge badge-ok">{at.dist.ok}</span>
                  ) : (
                    <span class="badge pa-badge-broken">
                      {l.bound === 'at-most' ? at.dist.over : at.dist.short}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** A refused finalisation: each broken cap with the count allowed and given, or the reason in words. */
function FinaliseRefusal({ error, dist }: { error: unknown; dist: AssessmentDistribution }) {
  const at = useAssessmentText();
  const { t } = useI18n();
  const fmt = useFormat();
  const ft = at.finalise;
  if (error instanceof ApiError && error.type === 'conflict') {
    const caps = refusedCaps(error.errors, dist.limits);
    if (caps.length > 0)
      return (
        <div class="alert alert-error pa-refusal" role="alert">
          <p>
            <strong>{ft.refused}</strong>
          </p>
          <ul>
            {caps.map((c) => (
              <li key={c.index}>{ft.refusedCap(refusedCapText(c, dist, at), fmt.int(c.given ?? 0))}</li>
            ))}
          </ul>
          <p>{ft.refusedFix}</p>
        </div>
      );
    const kind = refusalOf(error.detail);
    const text =
      kind === 'finalised' || kind === 'unrated' || kind === 'empty' || kind === 'changed'
        ? ft.refusals[kind]
        : describeError(t, error).message;
    return (
      <div class="alert alert-error" role="alert">
        <p>{text}</p>
      </div>
    );
  }
  return <ErrorMessage error={error} overrides={{ forbidden: ft.refusals.forbidden }} />;
}

function refusedCapText(
  c: RefusedCap,
  dist: AssessmentDistribution,
  at: ReturnType<typeof useAssessmentText>,
) {
  if (c.limit)
    return capText(
      { rule: c.limit.rule, allowed: c.allowed ?? c.limit.allowed },
      c.total ?? dist.total,
      at.caps,
    );
  return `${c.bound === 'at-most' ? '≤' : '≥'} ${c.allowed ?? '?'}`;
}

// ---- an admin's view of the organisation's assessments ----

function OrgAssessments({
  org,
  agencyId,
  period,
  saves,
}: {
  org: OrgRef;
  agencyId: string | null;
  period: Period;
  saves: number;
}) {
  const at = useAssessmentText();
  const fmt = useFormat();
  const list = useAsync(
    () => listAllAssessments(orgQuery(org, agencyId), period),
    [org.kind, org.id, agencyId, period.start, period.end, saves],
  );
  const items = useMemo(
    () =>
      [...(list.data ?? [])].sort(
        (a, b) =>
          (a.unitName ?? '').localeCompare(b.unitName ?? '', 'id') ||
          a.employeeName.localeCompare(b.employeeName, 'id'),
      ),
    [list.data],
  );
  return (
    <section class="card pa-org-list" aria-labelledby="pa-org-list-title">
      <h2 id="pa-org-list-title">{at.orgList.title}</h2>
      <ErrorMessage error={list.error} overrides={{ forbidden: at.orgList.forbidden }} />
      {!list.data && !list.error && <Loading />}
      {list.data && items.length === 0 && <p class="muted">{at.orgList.empty}</p>}
      {items.length > 0 && (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{at.orgList.employee}</th>
                <th scope="col">{at.orgList.unit}</th>
                <th scope="col">{at.team.hasil}</th>
                <th scope="col">{at.team.perilaku}</th>
                <th scope="col">{at.form.predikat}</th>
                <th scope="col">{at.orgList.assessedBy}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.skpId}>
                  <th scope="row" class="pa-row-name">
                    {a.employeeName}
                  </th>
                  <td>{a.unitName ?? '–'}</td>
                  <td>{at.ratings[a.hasilKerja]}</td>
                  <td>{at.ratings[a.perilaku]}</td>
                  <td>
                    <PredikatBadge predikat={a.predikat} />
                  </td>
                  <td class="small">
                    {a.assessedByName}
                    <br />
                    <span class="muted">{fmt.localDate(a.assessedAt)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
