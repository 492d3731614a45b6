import './followup.css';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { AgencySelect } from '../../components/admin';
import { ErrorMessage, Loading, Notice } from '../../components/ui';
import { YearSwitch } from '../../components/YearSwitch';
import { useFormat, useToday } from '../../lib/format';
import { saveBlob, useAsync } from '../../lib/hooks';
import { useAgencies } from '../../lib/lookups';
import { useMe } from '../../session';
import { GroupedBarChart } from './assessment-chart';
import { Note, PredikatBadge, useAssessmentText } from './assessment-parts';
import {
  type CoachingPlan,
  type DisciplineReferral,
  exportSkpReport,
  type FollowUpKind,
  type FollowUpRow,
  type RegisterRead,
  readRegister,
} from './followup-api';
import { performanceYearOf } from './followup-core';
import {
  CheckInForm,
  CoachingPlanForm,
  OutcomeForm,
  ReferralForm,
  type Subject,
  useFollowUpText,
} from './followup-forms';
import {
  isAdminRole,
  isKind,
  KIND_CODES,
  type KindCount,
  kindCounts,
  planProgress,
  type RowAction,
  replaceRow,
  rowActions,
  rowKey,
  type Viewer,
  withRecord,
  yearFromQuery,
} from './followup-model';
import type { PerformanceSettings } from './skp-api';
import { usePerformanceSettings } from './skp-parts';
import { PerformanceHeader } from './tabs';

/**
 * "Register tindak lanjut kinerja" (issue 14 §4, §6): what the annual predikats of a year lead to.
 * Admins see their agency's register (a tenant admin chooses the agency) in three tabs, the talent
 * pool, coaching and discipline referrals, with a summary per category and the SKP report, and
 * record coaching plans, check-ins, referrals and outcomes in place. Every other account sees its
 * own follow-up; an appraiser also sees the rows of those whose annual assessment they made (the
 * register gives them), to make the coaching plans and record their check-ins.
 */
export default function FollowUpsPage() {
  const ft = useFollowUpText();
  const { settings } = usePerformanceSettings();
  return (
    <section class="fu-page">
      <PerformanceHeader title={ft.page.title} current="/performance/follow-ups" />
      <p class="muted fu-intro">{ft.page.intro}</p>
      {settings ? <FollowUpScreen settings={settings} /> : <Loading />}
    </section>
  );
}

/** The year, the agency and the tab, kept in the URL (`?year=2025&agency=…&tab=coaching`). */
function useFollowUpQuery(settings: PerformanceSettings) {
  const { path, query, route } = useLocation();
  const today = useToday();
  const thisYear = performanceYearOf(today.slice(0, 7), settings);
  const year = yearFromQuery(query.year, thisYear);
  const set = (patch: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...query, ...patch })) if (v) params.set(k, v);
    const qs = params.toString();
    route(qs ? `${path}?${qs}` : path, true);
  };
  return {
    today,
    thisYear,
    year,
    agencyId: query.agency ?? '',
    tab: isKind(query.tab) ? query.tab : null,
    setYear: (y: number) => set({ year: y === thisYear - 1 ? undefined : String(y) }),
    setAgency: (id: string) => set({ agency: id || undefined }),
    setTab: (k: FollowUpKind) => set({ tab: k }),
  };
}

function FollowUpScreen({ settings }: { settings: PerformanceSettings }) {
  const ft = useFollowUpText();
  const me = useMe();
  const q = useFollowUpQuery(settings);
  const viewer: Viewer = {
    role: me.user.role,
    agencyId: me.user.agencyId,
    employeeId: me.user.employeeId,
  };
  const admin = isAdminRole(viewer.role);
  const tenantAdmin = viewer.role === 'tenant-admin';
  const { agencies } = useAgencies(tenantAdmin);
  const agencyId = tenantAdmin ? q.agencyId : (viewer.agencyId ?? '');
  const context = { viewer, today: q.today, year: q.year };
  return (
    <>
      <div class="perf-toolbar fu-toolbar">
        <YearSwitch
          year={q.year}
          max={q.thisYear}
          onChange={q.setYear}
          labels={ft.year}
          class="perf-year"
          valueClass="perf-year-value"
        />
        {tenantAdmin && (
          <div class="fu-agency">
            <AgencySelect
              label={ft.agency.label}
              allLabel={ft.agency.choose}
              agencies={agencies}
              value={q.agencyId}
              onChange={q.setAgency}
              name="agency"
            />
          </div>
        )}
      </div>
      <p class="muted small fu-year-hint">{ft.page.yearHint}</p>
      {admin ? (
        agencyId ? (
          <AgencyRegister
            key={`${agencyId}:${q.year}`}
            // An agency admin's register is their own agency's: the API knows it.
            agencyId={tenantAdmin ? agencyId : undefined}
            tab={q.tab}
            onTab={q.setTab}
            {...context}
          />
        ) : (
          <Note>{ft.agency.prompt}</Note>
        )
      ) : (
        <StaffFollowUps key={`staff:${q.year}`} {...context} />
      )}
    </>
  );
}

interface Context {
  viewer: Viewer;
  today: string;
  year: number;
}

// ---- an agency's register (admins) ----

/** The register read page after page, with rows changed in place as the forms save them. */
function useRegister(agencyId: string | undefined, year: number) {
  const [round, setRound] = useState(0);
  const read = useAsync(() => readRegister({ agencyId, year }), [agencyId, year, round]);
  const [rows, setRows] = useState<FollowUpRow[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [more, setMore] = useState<{ busy: boolean; error: unknown }>({ busy: false, error: null });
  useEffect(() => {
    if (!read.data) return;
    setRows(read.data.items);
    setCursor(read.data.nextCursor);
  }, [read.data]);
  return {
    rows,
    meta: read.data as RegisterRead | null,
    loading: read.loading,
    error: read.error,
    hasMore: Boolean(cursor),
    more,
    readMore: async () => {
      if (!cursor) return;
      setMore({ busy: true, error: null });
      try {
        const next = await readRegister({ agencyId, year }, cursor);
        setRows((old) => [...old, ...next.items]);
        setCursor(next.nextCursor);
        setMore({ busy: false, error: null });
      } catch (error) {
        setMore({ busy: false, error });
      }
    },
    replace: (row: FollowUpRow) => setRows((old) => replaceRow(old, row)),
    reload: () => setRound((r) => r + 1),
  };
}

function AgencyRegister({
  agencyId,
  tab,
  onTab,
  viewer,
  today,
  year,
}: Context & {
  agencyId: string | undefined;
  tab: FollowUpKind | null;
  onTab: (k: FollowUpKind) => void;
}) {
  const ft = useFollowUpText();
  const fmt = useFormat();
  const reg = useRegister(agencyId, year);
  const counts = useMemo(() => kindCounts(reg.rows), [reg.rows]);
  if (reg.error && !reg.meta)
    return <ErrorMessage error={reg.error} overrides={{ forbidden: ft.problems.registerForbidden }} />;
  if (!reg.meta) return <Loading />;
  // The first tab with rows, coaching first (what most often waits for someone).
  const shown =
    tab ??
    (['coaching', 'discipline-referral', 'talent-pool'] as const).find((k) => counts[k].total > 0) ??
    'coaching';
  return (
    <div class="fu-register" aria-busy={reg.loading}>
      <ReportButton agencyId={agencyId} year={year} />
      <ErrorMessage error={reg.error} />
      {reg.rows.length === 0 ? (
        <Note>{ft.emptyYear(year)}</Note>
      ) : (
        <>
          <Summary counts={counts} year={year} partial={reg.hasMore ? fmt.int(reg.rows.length) : null} />
          <KindTabs counts={counts} current={shown} onTab={onTab} />
          <div role="tabpanel" id={`fu-panel-${shown}`} aria-labelledby={`fu-tab-${shown}`} class="fu-panel">
            <p class="muted small fu-kind-intro">{ft.kindIntro[shown]}</p>
            <RowList
              key={shown}
              rows={reg.rows.filter((r) => r.kind === shown)}
              empty={ft.empty[shown](year)}
              period={reg.meta.period}
              viewer={viewer}
              today={today}
              onSaved={reg.replace}
              onStale={reg.reload}
            />
          </div>
        </>
      )}
      {reg.hasMore && (
        <div class="fu-more">
          <p class="muted small">{ft.list.more}</p>
          <ErrorMessage error={reg.more.error} />
          <button
            type="button"
            class="btn"
            onClick={reg.readMore}
            disabled={reg.more.busy}
            aria-busy={reg.more.busy}
          >
            {ft.list.loadMore}
          </button>
        </div>
      )}
    </div>
  );
}

/** The three categories as tabs, each with its count; arrow keys move between them. */
function KindTabs({
  counts,
  current,
  onTab,
}: {
  counts: Record<FollowUpKind, KindCount>;
  current: FollowUpKind;
  onTab: (k: FollowUpKind) => void;
}) {
  const ft = useFollowUpText();
  const fmt = useFormat();
  const listRef = useRef<HTMLDivElement>(null);
  const move = (from: number, step: number) => {
    const next = KIND_CODES[(from + step + KIND_CODES.length) % KIND_CODES.length]!;
    onTab(next);
    listRef.current?.querySelector<HTMLElement>(`#fu-tab-${next}`)?.focus();
  };
  return (
    <div class="fu-tabs" role="tablist" aria-label={ft.list.label} ref={listRef}>
      {KIND_CODES.map((k, i) => (
        <button
          key={k}
          type="button"
          role="tab"
          id={`fu-tab-${k}`}
          aria-selected={k === current}
          aria-controls={`fu-panel-${k}`}
          tabIndex={k === current ? 0 : -1}
          class={k === current ? 'fu-tab is-current' : 'fu-tab'}
          onClick={() => onTab(k)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowRight') move(i, 1);
            else if (e.key === 'ArrowLeft') move(i, -1);
          }}
        >
          <span>{ft.kinds[k]}</span>
          <span class="fu-tab-meta" aria-hidden="true">
            <span class="fu-tab-count">{fmt.int(counts[k].total)}</span>
            {counts[k].waiting > 0 && <span class="fu-tab-dot" />}
          </span>
          <span class="sr-only">({fmt.int(counts[k].total)})</span>
        </button>
      ))}
    </div>
  );
}

/** Counts per category: a small chart, and the same numbers in a table. */
export function Summary({
  counts,
  year,
  partial,
}: {
  counts: Record<FollowUpKind, KindCount>;
  year: number;
  /** The rows read so far, when the register was not read to its end. */
  partial: string | null;
}) {
  const ft = useFollowUpText();
  const st = ft.summary;
  const fmt = useFormat();
  const titleId = useId();
  const labels = KIND_CODES.map((k) => ft.kinds[k]);
  const summary = KIND_CODES.map((k) =>
    st.chartItem(ft.kinds[k], fmt.int(counts[k].total), fmt.int(counts[k].waiting)),
  ).join('; ');
  return (
    <section class="card fu-summary" aria-labelledby={titleId}>
      <h2 id={titleId}>{st.title}</h2>
      {partial && <p class="muted small">{st.partial(partial)}</p>}
      <div class="fu-summary-grid">
        <GroupedBarChart
          labels={labels}
          series={[
            { label: st.total, values: KIND_CODES.map((k) => counts[k].total) },
            { label: st.waiting, values: KIND_CODES.map((k) => counts[k].waiting) },
          ]}
          label={st.chart(summary)}
          locale={fmt.locale}
          horizontal
          min={0}
          step={1}
          format={(n) => fmt.int(n)}
        />
        <div class="table-wrap">
          <table class="fu-summary-table">
            <caption>{st.caption(year)}</caption>
            <thead>
              <tr>
                <th scope="col">{st.kind}</th>
                <th scope="col" class="num">
                  {st.total}
                </th>
                <th scope="col" class="num">
                  {st.waiting}
                </th>
                <th scope="col" class="num">
                  {st.recorded}
                </th>
              </tr>
            </thead>
            <tbody>
              {KIND_CODES.map((k) => (
                <tr key={k}>
                  <th scope="row">{ft.kinds[k]}</th>
                  <td class="num">{fmt.int(counts[k].total)}</td>
                  {k === 'talent-pool' ? (
                    <td class="muted small fu-na" colSpan={2}>
                      {st.notApplicable}
                    </td>
                  ) : (
                    <>
                      <td class="num">{fmt.int(counts[k].waiting)}</td>
                      <td class="num">{fmt.int(counts[k].recorded)}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}

/** The agency's SKPs of the year as the XLSX for e-Kinerja (admins only: this view is theirs). */
function ReportButton({ agencyId, year }: { agencyId: string | undefined; year: number }) {
  const rt = useFollowUpText().report;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [truncated, setTruncated] = useState(false);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const file = await exportSkpReport({ agencyId, year });
      setTruncated(file.truncated);
      saveBlob(file.blob, file.filename ?? `laporan-skp-${year}.xlsx`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="report-actions fu-report">
      <div class="actions">
        <button type="button" class="btn" onClick={run} disabled={busy} aria-busy={busy}>
          {busy ? rt.busy : rt.button}
        </button>
        <span class="muted small">{rt.hint(year)}</span>
      </div>
      {truncated && <div class="alert alert-warn">{rt.truncated}</div>}
      <ErrorMessage error={error} overrides={{ forbidden: rt.forbidden }} />
    </div>
  );
}

// ---- rows ----

/** How many rows of a category are shown before "show more". */
const SHOWN_AT_ONCE = 50;

/** The rows of a category, each with the form of the action opened on it (one at a time). */
export function RowList({
  rows,
  empty,
  period,
  viewer,
  today,
  onSaved,
  onStale,
}: {
  rows: FollowUpRow[];
  empty: string;
  /** The annual period of the year followed up. */
  period: { start: string; end: string };
  viewer: Viewer;
  today: string;
  onSaved: (row: FollowUpRow) => void;
  onStale?: () => void;
}) {
  const ft = useFollowUpText();
  const fmt = useFormat();
  const [open, setOpen] = useState<{ key: string; action: RowAction } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [limit, setLimit] = useState(SHOWN_AT_ONCE);
  if (rows.length === 0) return <p class="muted">{empty}</p>;
  const saved = (row: FollowUpRow, record: CoachingPlan | DisciplineReferral, text: string) => {
    onSaved(withRecord(row, record));
    setNotice(text);
    setOpen(null);
  };
  return (
    <>
      {notice && <Notice>{notice}</Notice>}
      <ul class="fu-rows">
        {rows.slice(0, limit).map((row) => {
          const key = rowKey(row);
          const subject: Subject = { employeeId: row.employeeId, name: row.employeeName, year: row.year };
          const action = open?.key === key ? open.action : null;
          const close = () => setOpen(null);
          return (
            <li key={key} class={action ? 'fu-row is-open' : 'fu-row'}>
              <RowCard
                row={row}
                actions={rowActions(viewer, row)}
                open={action}
                viewer={viewer}
                onAction={(a) => {
                  setNotice(null);
                  setOpen(action === a ? null : { key, action: a });
                }}
              />
              {action === 'createPlan' && (
                <CoachingPlanForm
                  subject={subject}
                  period={period}
                  today={today}
                  onCancel={close}
                  onStale={onStale}
                  onSaved={(plan) => saved(row, plan, ft.saved.plan(row.employeeName))}
                />
              )}
              {action === 'checkIn' && (
                <CheckInForm
                  subject={subject}
                  plan={row.coachingPlan}
                  period={period}
                  today={today}
                  onCancel={close}
                  onStale={onStale}
                  onSaved={(plan) => {
                    const last = plan.checkIns.filter((c) => c.status === 'held').at(-1);
                    saved(row, plan, ft.saved.checkIn(row.employeeName, fmt.date(last?.date)));
                  }}
                />
              )}
              {action === 'refer' && (
                <ReferralForm
                  subject={subject}
                  onCancel={close}
                  onStale={onStale}
                  onSaved={(r) => saved(row, r, ft.saved.refer(row.employeeName))}
                />
              )}
              {action === 'outcome' && row.referral && (
                <OutcomeForm
                  subject={subject}
                  referral={row.referral}
                  period={period}
                  today={today}
                  onCancel={close}
                  onStale={onStale}
                  onSaved={(r) =>
                    saved(
                      row,
                      r,
                      ft.saved.outcome(row.employeeName, r.outcome ? ft.outcomes[r.outcome.outcome] : ''),
                    )
                  }
                />
              )}
            </li>
          );
        })}
      </ul>
      {rows.length > limit && (
        <p class="load-more">
          <button type="button" class="btn" onClick={() => setLimit((n) => n + SHOWN_AT_ONCE)}>
            {ft.list.showMore(fmt.int(Math.min(SHOWN_AT_ONCE, rows.length - limit)))}
          </button>
        </p>
      )}
    </>
  );
}

const STATUS_TONE: Record<FollowUpRow['status'], string> = {
  noted: 'badge badge-ok',
  'to-do': 'badge badge-warn',
  planned: 'badge',
  'in-progress': 'badge badge-ok',
  referred: 'badge',
  decided: 'badge badge-ok',
};

/** One row: who, the predikats and why, what was done, and the buttons the viewer may use. */
export function RowCard({
  row,
  actions,
  open,
  viewer,
  onAction,
}: {
  row: FollowUpRow;
  actions: RowAction[];
  open: RowAction | null;
  viewer: Viewer;
  onAction: (a: RowAction) => void;
}) {
  const ft = useFollowUpText();
  const at = useAssessmentText();
  const fmt = useFormat();
  const rt = ft.row;
  const plan = row.coachingPlan;
  const referral = row.referral;
  const self = !!viewer.employeeId && viewer.employeeId === row.employeeId;
  const label: Record<RowAction, string> = {
    createPlan: ft.actions.createPlan,
    checkIn: ft.actions.checkIn,
    refer: ft.actions.refer,
    outcome: referral?.outcome ? ft.actions.changeOutcome : ft.actions.outcome,
  };
  const primary = (a: RowAction) =>
    a === 'createPlan' || a === 'refer' || (a === 'outcome' && !referral?.outcome);
  const progress = plan ? planProgress(plan) : null;
  return (
    <>
      <div class="fu-row-main">
        <div class="fu-who">
          <strong class="fu-name">{row.employeeName}</strong>
          <span class="muted small">{row.nip ? rt.nip(row.nip) : rt.noNip}</span>
          <span class="muted small">{row.unitName ?? rt.noUnit}</span>
        </div>
        <div class="fu-why">
          <ul class="fu-predikats" aria-label={rt.predikats}>
            {row.predikats.map((p) => (
              <li key={p.year}>
                <span class="fu-year">{rt.predikatYear(p.year)}</span> <PredikatBadge predikat={p.predikat} />
              </li>
            ))}
          </ul>
          {row.reasons.map((r) => (
            <p key={r} class="small fu-reason">
              {ft.reasons[r](row.years)}
            </p>
          ))}
          {!row.current && (
            <p class="small fu-reason">
              <span class="badge badge-muted">{rt.notCurrent}</span>{' '}
              {rt.notCurrentHint(at.predikat[row.predikat] ?? '')}
            </p>
          )}
        </div>
        <div class="fu-state">
          <span class={`${STATUS_TONE[row.status]} fu-status`}>{ft.status[row.kind][row.status]}</span>
          {progress && <span class="small">{rt.progress(progress.held, progress.total)}</span>}
          {progress?.next && <span class="muted small">{rt.nextCheckIn(fmt.date(progress.next.date))}</span>}
          {plan?.coach && <span class="muted small">{rt.coach(plan.coach.name)}</span>}
          {!plan && row.kind === 'coaching' && row.appraiser && row.appraiser.id !== viewer.employeeId && (
            <span class="muted small">{rt.appraiser(row.appraiser.name)}</span>
          )}
          {referral && (
            <span class="muted small">
              {rt.referredBy(referral.referredByName, fmt.localDate(referral.referredAt))}
            </span>
          )}
          {referral?.outcome && (
            <span class="small">
              {rt.decided(ft.outcomes[referral.outcome.outcome], fmt.date(referral.outcome.decidedOn))}
            </span>
          )}

          {self && row.kind !== 'talent-pool' && isAdminRole(viewer.role) && (
            <span class="muted small">{rt.self}</span>
          )}
        </div>
        {actions.length > 0 && (
          <div class="fu-actions">
            {actions.map((a) => (
              <button
                key={a}
                type="button"
                class={primary(a) ? 'btn btn-small btn-primary' : 'btn btn-small'}
                aria-expanded={open === a}
                aria-label={ft.actions.for(label[a], row.employeeName)}
                onClick={() => onAction(a)}
              >
                {label[a]}
              </button>
            ))}
          </div>
        )}
      </div>
      {plan && <PlanDetails plan={plan} />}
      {referral && (referral.note || referral.outcome?.note) && (
        <dl class="fu-notes small">
          {referral.note && (
            <div>
              <dt>{rt.referralNote}</dt>
              <dd>{referral.note}</dd>
            </div>
          )}
          {referral.outcome?.note && (
            <div>
              <dt>{rt.outcomeNote}</dt>
              <dd>{referral.outcome.note}</dd>
            </div>
          )}
        </dl>
      )}
    </>
  );
}

/** A coaching plan's goals and check-ins, folded. */
function PlanDetails({ plan }: { plan: CoachingPlan }) {
  const ft = useFollowUpText();
  const rt = ft.row;
  const fmt = useFormat();
  return (
    <details class="fu-details">
      <summary>{rt.details}</summary>
      <div class="fu-details-body">
        <div>
          <h4>{rt.goals}</h4>
          <ol class="fu-goals">
            {plan.goals.map((g, i) => (
              <li key={i}>{g}</li>
            ))}
          </ol>
          <p class="muted small">{rt.planBy(plan.createdByName, fmt.localDate(plan.createdAt))}</p>
        </div>
        <div>
          <h4>{rt.checkIns}</h4>
          {plan.checkIns.length === 0 ? (
            <p class="muted small">{rt.noCheckIns}</p>
          ) : (
            <ul class="fu-checkins">
              {plan.checkIns.map((c) => (
                <li key={c.date} class={c.status === 'held' ? 'is-held' : undefined}>
                  <span class="fu-checkin-date">{fmt.date(c.date)}</span>{' '}
                  <span class={c.status === 'held' ? 'badge badge-ok' : 'badge badge-muted'}>
                    {ft.checkInStatus[c.status]}
                  </span>
                  {c.note && <span class="fu-checkin-note">{c.note}</span>}
                  {c.recordedByName && <span class="muted small">{rt.recordedBy(c.recordedByName)}</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </details>
  );
}

// ---- one's own follow-up, and an appraiser's coaching ----

/**
 * Staff other than admins: the register gives their own rows and, for an appraiser, the rows of
 * those whose annual assessment they made, with their plans; read once, shown in two sections.
 */
function StaffFollowUps(context: Context) {
  const { viewer, year } = context;
  const linked = Boolean(viewer.employeeId);
  const read = useAsync(() => (linked ? readRegister({ year }) : Promise.resolve(null)), [linked, year]);
  const [saved, setSaved] = useState<Record<string, FollowUpRow>>({});
  const rows = (read.data?.items ?? []).map((r) => saved[rowKey(r)] ?? r);
  const own = rows.filter((r) => r.employeeId === viewer.employeeId);
  const team = rows.filter(
    (r) => r.employeeId !== viewer.employeeId && r.appraiser?.id === viewer.employeeId,
  );
  const state = { linked, error: read.error, loading: !read.data && !read.error, period: read.data?.period };
  return (
    <>
      <OwnFollowUps {...context} {...state} rows={own} />
      {team.length > 0 && (
        <TeamFollowUps
          {...context}
          {...state}
          rows={team}
          onSaved={(row) => setSaved((k) => ({ ...k, [rowKey(row)]: row }))}
        />
      )}
    </>
  );
}

interface StaffSection extends Context {
  linked: boolean;
  error: unknown;
  loading: boolean;
  period: { start: string; end: string } | undefined;
  rows: FollowUpRow[];
}

function OwnFollowUps({ viewer, today, year, linked, error, loading, period, rows }: StaffSection) {
  const ft = useFollowUpText();
  const titleId = useId();
  return (
    <section class="card fu-own" aria-labelledby={titleId}>
      <h2 id={titleId}>{ft.own.title(year)}</h2>
      {!linked ? (
        <p class="muted">{ft.page.notLinked}</p>
      ) : error ? (
        <ErrorMessage error={error} />
      ) : loading || !period ? (
        <Loading />
      ) : (
        <RowList
          rows={rows}
          empty={ft.own.empty(year)}
          period={period}
          viewer={viewer}
          today={today}
          onSaved={() => {}}
        />
      )}
    </section>
  );
}

/** Those whose annual assessment the viewer made: their coaching plans and check-ins to keep. */
function TeamFollowUps({
  viewer,
  today,
  year,
  period,
  rows,
  onSaved,
}: StaffSection & { onSaved: (row: FollowUpRow) => void }) {
  const ft = useFollowUpText();
  const titleId = useId();
  return (
    <section class="card fu-team" aria-labelledby={titleId}>
      <h2 id={titleId}>{ft.team.title(year)}</h2>
      <p class="muted small">{ft.team.intro}</p>
      <RowList
        rows={rows}
        empty={ft.team.empty(year)}
        period={period!}
        viewer={viewer}
        today={today}
        onSaved={onSaved}
      />
    </section>
  );
}
