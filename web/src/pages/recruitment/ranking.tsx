/**
 * The "Peringkat" tab of `/recruitment/:roundId` (`?tab=peringkat`): the round's ranking as last
 * computed (getRanking; an agency admin sees its own agency's formasi), "Hitung peringkat" for the
 * tenant admin once ADMINISTRATION_AFTER_OBJECTION is published, when it was computed and a warning
 * when it is stale. Per formasi: the openings and the SKB candidate limit, warnings of a full tie at
 * either line, a bar chart of the scores with the openings line, and a table with every factor
 * (TWK, TIU, TKP, SKD total against the passing grade, SKD rank and its deciding factor, on to SKB,
 * SKB components and score, SKD out of 100, final score, final rank and its deciding factor, within
 * the openings) and, once FINAL is published, "Angkat" for those within the openings.
 */
import { useMemo, useState } from 'preact/hooks';
import { HorizontalBarChart } from '../../components/charts';
import { ErrorMessage, Loading, Notice, SelectField } from '../../components/ui';
import { type Format, useFormat } from '../../lib/format';
import { useAsync } from '../../lib/hooks';
import { useMe, useRole } from '../../session';
import { useRoundAnnouncements } from './announcements';
import { employeeHref, HireForm } from './hire-form';
import type { ResultsDictionary } from './i18n/results-id';
import {
  computeRanking,
  type FormationRanking,
  getRanking,
  type HireResult,
  type RankingEntry,
  type RecruitmentRoundDetail,
  type RoundRanking,
} from './recruitment-api';
import {
  type EmploymentKind,
  factorText,
  failedText,
  finalPublished,
  groupEntries,
  rankingBars,
  rankingConflict,
  rankingOpen,
} from './results-model';
import { useResultsText } from './scores';
import { zonedDateTime } from './screening-model';
import { useRecruitmentText } from './shared';

export function RankingPanel({ round }: { round: RecruitmentRoundDetail }) {
  const t = useResultsText();
  const { tenantWide, admin } = useRole();
  const timeZone = useMe().tenant?.timeZone ?? 'Asia/Jakarta';
  const [formationId, setFormationId] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [computing, setComputing] = useState(false);
  const [computeError, setComputeError] = useState<unknown>(null);
  const announcements = useRoundAnnouncements(round.published ? round.id : undefined);
  const ranking = useAsync(() => getRanking(round.id, formationId || undefined), [round.id, formationId]);
  const announced = announcements.data?.items ?? null;
  const compute = async () => {
    setComputing(true);
    setComputeError(null);
    setNotice(null);
    try {
      await computeRanking(round.id);
      setNotice(t.ranking.computed);
      await ranking.reload();
    } catch (err) {
      setComputeError(err);
    } finally {
      setComputing(false);
    }
  };
  return (
    <>
      {notice && <Notice>{notice}</Notice>}
      <ErrorMessage error={announcements.error} />
      <ErrorMessage error={ranking.error} />
      {!ranking.data && ranking.loading && <Loading />}
      {ranking.data && (
        <RankingView
          ranking={ranking.data}
          timeZone={timeZone}
          kind={round.kind}
          formations={round.formations}
          formationId={formationId}
          onFilter={setFormationId}
          canCompute={tenantWide}
          computeOpen={rankingOpen(announced)}
          canHire={admin}
          finalOut={finalPublished(announced)}
          computing={computing}
          computeError={computeError}
          onCompute={compute}
          onHired={async (name) => {
            setNotice(t.hire.done(name));
            await ranking.reload();
          }}
        />
      )}
    </>
  );
}

/** The tab with its data handed in (rendered as it is by the tests). */
export function RankingView({
  ranking,
  timeZone,
  kind,
  formations,
  formationId,
  onFilter,
  canCompute,
  computeOpen,
  canHire,
  finalOut,
  computing = false,
  computeError = null,
  onCompute = () => {},
  onHired = () => {},
}: {
  ranking: RoundRanking;
  /** The tenant's zone: the times are its wall clock. */
  timeZone: string;
  kind: EmploymentKind;
  formations: readonly { id: string; positionName: string; unitName: string; agencyName: string }[];
  formationId: string;
  onFilter: (formationId: string) => void;
  /** The tenant admin: "Hitung peringkat". */
  canCompute: boolean;
  /** ADMINISTRATION_AFTER_OBJECTION is published. */
  computeOpen: boolean;
  /** A role that may hire (the admins; the server checks the agency). */
  canHire: boolean;
  /** FINAL is published. */
  finalOut: boolean;
  computing?: boolean;
  computeError?: unknown;
  onCompute?: () => void;
  onHired?: (name: string) => void | Promise<void>;
}) {
  const t = useResultsText();
  const r = t.ranking;
  const { locale } = useFormat();
  const time = (iso: string) => zonedDateTime(iso, timeZone, locale);
  const conflict = rankingConflict(computeError, t);
  return (
    <>
      <div class="card">
        <h2>{r.title}</h2>
        <p class="muted small">{r.intro}</p>
        <p>
          {ranking.computedAt ? <strong>{r.computedAt(time(ranking.computedAt))}</strong> : r.never}
          {ranking.scoresUpdatedAt && (
            <span class="muted small"> · {r.scoresAt(time(ranking.scoresUpdatedAt))}</span>
          )}
        </p>
        {!ranking.computedAt && <p class="muted small">{r.neverHint}</p>}
        {ranking.stale && ranking.computedAt && (
          <div class="alert alert-warn rc-stale" role="alert">
            {canCompute ? r.stale : r.staleAgency}
          </div>
        )}
        {canCompute ? (
          computeOpen ? (
            <div class="actions">
              <button
                type="button"
                class="btn btn-primary"
                disabled={computing}
                aria-busy={computing}
                onClick={onCompute}
              >
                {computing ? r.computing : r.compute}
              </button>
            </div>
          ) : (
            <p class="alert alert-info" role="note">
              {r.blocked}
            </p>
          )
        ) : (
          <p class="muted small" role="note">
            {r.onlyTenantAdmin}
          </p>
        )}
        {conflict ? (
          <div class="alert alert-error" role="alert">
            {conflict}
          </div>
        ) : (
          <ErrorMessage error={computeError} />
        )}
        {formations.length > 1 && (
          <div class="rc-rank-filter">
            <SelectField
              label={r.filter}
              name="formationId"
              value={formationId}
              onChange={(e) => onFilter(e.currentTarget.value)}
            >
              <option value="">{r.allFormasi}</option>
              {formations.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.positionName} — {f.unitName}
                </option>
              ))}
            </SelectField>
          </div>
        )}
        {canHire && !finalOut && ranking.computedAt && <p class="muted small">{t.hire.waitFinal}</p>}
      </div>
      {ranking.computedAt && ranking.formations.length === 0 && <p class="muted">{r.noFormasi}</p>}
      {ranking.formations.map((f) => (
        <FormationCard key={f.formationId} f={f} kind={kind} hiring={canHire && finalOut} onHired={onHired} />
      ))}
    </>
  );
}

function FormationCard({
  f,
  kind,
  hiring,
  onHired,
}: {
  f: FormationRanking;
  kind: EmploymentKind;
  hiring: boolean;
  onHired: (name: string) => void | Promise<void>;
}) {
  const t = useResultsText();
  const rt = useRecruitmentText();
  const r = t.ranking;
  const fmt = useFormat();
  const headingId = `rank-${f.formationId}`;
  return (
    <section class="card rc-rank" aria-labelledby={headingId}>
      <h2 id={headingId}>{f.positionName}</h2>
      <p class="muted small">
        {f.unitName} · {f.agencyName} · {rt.tracks[f.track]}
      </p>
      <dl class="facts import-counts rc-rank-facts">
        <div>
          <dt>{r.openings}</dt>
          <dd>{fmt.int(f.openings)}</dd>
        </div>
        <div>
          <dt>{r.shortlistLimit}</dt>
          <dd>{fmt.int(f.shortlistLimit)}</dd>
        </div>
        <div>
          <dt>{r.passingGrade}</dt>
          <dd>{f.passingGradeApplied ? r.passingGradeOn : r.passingGradeOff}</dd>
        </div>
      </dl>
      {f.tieAtShortlistLine && (
        <p class="alert alert-warn" role="note">
          {r.tieShortlist}
        </p>
      )}
      {f.tieAtOpeningsLine && (
        <p class="alert alert-warn" role="note">
          {r.tieOpenings}
        </p>
      )}
      <RankingChart f={f} />
      <RankingTable f={f} kind={kind} hiring={hiring} onHired={onHired} />
    </section>
  );
}

function RankingChart({ f }: { f: FormationRanking }) {
  const t = useResultsText();
  const r = t.ranking;
  const fmt = useFormat();
  const { kind, bars, divider, rest } = useMemo(() => rankingBars(f), [f]);
  if (bars.length === 0) return null;
  const score = scoreFormat(fmt);
  const within = bars.filter((b) => b.highlight);
  return (
    <div class="rc-rank-chart">
      <h3>{kind === 'final' ? r.chartTitle : r.chartTitleSkd}</h3>
      <HorizontalBarChart
        data={bars}
        label={r.chartLabel(
          f.positionName,
          fmt.int(f.openings),
          within.map((b) => `${b.label} ${score(b.value)}`).join(', ') || '–',
        )}
        locale={fmt.locale}
        min={0}
        max={kind === 'final' ? 100 : undefined}
        format={score}
        divider={divider === null ? null : { after: divider, label: r.openingsLine }}
      />
      <p class="muted small">
        {r.chartLegend(fmt.int(f.openings))}
        {rest > 0 && <> {r.chartMore(fmt.int(rest))}</>}
      </p>
    </div>
  );
}

/** Scores with at most two decimals (88,25), whole numbers as they are. */
function scoreFormat(fmt: Format) {
  const f = new Intl.NumberFormat(fmt.locale, { maximumFractionDigits: 2 });
  return (n: number | null | undefined) => (n === null || n === undefined ? '–' : f.format(n));
}

const COLUMNS = 14;

function RankingTable({
  f,
  kind,
  hiring,
  onHired,
}: {
  f: FormationRanking;
  kind: EmploymentKind;
  hiring: boolean;
  onHired: (name: string) => void | Promise<void>;
}) {
  const t = useResultsText();
  const r = t.ranking;
  const c = r.col;
  const groups = groupEntries(f.entries);
  const [open, setOpen] = useState<string | null>(null);
  const [hired, setHired] = useState<Record<string, HireResult>>({});
  const hiredOfEntry = (e: RankingEntry) =>
    e.hired ?? (hired[e.applicationId] ? hiredOf(hired[e.applicationId]!) : null);
  const opened = f.entries.find((e) => e.applicationId === open);
  // The appointment column once someone may be or has been appointed (FINAL published).
  const showHire = hiring || f.entries.some((e) => e.hired);
  const columns = showHire ? COLUMNS : COLUMNS - 1;
  return (
    <>
      <div class="table-wrap rc-scroll">
        <table class="rc-ranking">
          <caption>{r.caption(f.positionName)}</caption>
          <thead>
            <tr>
              <th scope="col" class="num">
                {c.rank}
              </th>
              <th scope="col">{c.applicant}</th>
              {showHire && <th scope="col">{c.hiring}</th>}
              <th scope="col" class="num">
                <abbr title={t.factorsLong.twk}>{c.twk}</abbr>
              </th>
              <th scope="col" class="num">
                <abbr title={t.factorsLong.tiu}>{c.tiu}</abbr>
              </th>
              <th scope="col" class="num">
                <abbr title={t.factorsLong.tkp}>{c.tkp}</abbr>
              </th>
              <th scope="col">{c.skdTotal}</th>
              <th scope="col">{c.skdRank}</th>
              <th scope="col">{c.shortlisted}</th>
              <th scope="col">{c.skb}</th>
              <th scope="col" class="num">
                {c.skbScore}
              </th>
              <th scope="col" class="num">
                {c.skdNormalised}
              </th>
              <th scope="col" class="num">
                {c.finalScore}
              </th>
              <th scope="col">{c.withinOpenings}</th>
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody key={g.group}>
              <tr class="rc-rank-group">
                <th scope="rowgroup" colSpan={columns}>
                  {r.groups[g.group]}
                </th>
              </tr>
              {g.entries.map((e) => {
                const done = hiredOfEntry(e);
                return (
                  <EntryRow
                    key={e.applicationId}
                    e={e}
                    t={t}
                    kind={kind}
                    hired={done}
                    hireButton={hiring && e.withinOpenings && !done}
                    showHire={showHire}
                    formOpen={open === e.applicationId}
                    onHire={() => setOpen(open === e.applicationId ? null : e.applicationId)}
                  />
                );
              })}
            </tbody>
          ))}
          {f.entries.length === 0 && (
            <tbody>
              <tr>
                <td colSpan={columns} class="muted">
                  –
                </td>
              </tr>
            </tbody>
          )}
        </table>
      </div>
      {opened && !hiredOfEntry(opened) && (
        <HireForm
          key={opened.applicationId}
          applicationId={opened.applicationId}
          name={opened.name}
          kind={kind}
          onCancel={() => setOpen(null)}
          onHired={(res) => {
            setHired((h) => ({ ...h, [opened.applicationId]: res }));
            setOpen(null);
            void onHired(opened.name);
          }}
        />
      )}
    </>
  );
}

const hiredOf = (r: HireResult): NonNullable<RankingEntry['hired']> => ({
  employeeId: r.employeeId,
  nip: r.nip,
  hiredAt: r.hiredAt,
});

function Decided({ factor, t }: { factor: string | null; t: ResultsDictionary }) {
  const text = factorText(factor, t);
  if (!text) return null;
  return (
    <div class="small rc-decided" title={t.ranking.decidedByTitle}>
      {t.ranking.decidedBy(text)}
    </div>
  );
}

function EntryRow({
  e,
  t,
  kind,
  hired,
  hireButton,
  showHire,
  formOpen,
  onHire,
}: {
  e: RankingEntry;
  t: ResultsDictionary;
  kind: EmploymentKind;
  hired: RankingEntry['hired'];
  hireButton: boolean;
  showHire: boolean;
  formOpen: boolean;
  onHire: () => void;
}) {
  const r = t.ranking;
  const fmt = useFormat();
  const score = scoreFormat(fmt);
  const skb = e.skb
    ? (['cat', 'interview', 'other'] as const).filter((k) => e.skb?.[k] !== undefined && e.skb?.[k] !== null)
    : [];
  return (
    <tr class={e.withinOpenings ? 'rc-within' : undefined}>
      <td class="num rc-rank-no">
        {e.finalRank !== null ? <strong>{fmt.int(e.finalRank)}</strong> : '–'}
        <Decided factor={e.finalDecidedBy} t={t} />
      </td>
      <th scope="row" class="rc-rank-name">
        {e.name}
        <div class="mono small muted">{e.registrationNumber}</div>
        <div class="small muted">
          {r.born(fmt.date(e.birthDate))}
          {e.ipk !== null && <> · {r.ipk(score(e.ipk))}</>}
        </div>
      </th>
      {showHire && (
        <td class="rc-hire-cell">
          {hired ? (
            <>
              <span class="badge badge-ok">{t.hire.hired}</span>
              <div class="small mono">
                {kind === 'PPPK' ? t.hire.hiredNiPppk(hired.nip) : t.hire.hiredNip(hired.nip)}
              </div>
              <a class="small" href={employeeHref(hired.employeeId)}>
                {t.hire.openEmployee}
              </a>
            </>
          ) : hireButton ? (
            <button
              type="button"
              class="btn btn-small btn-primary"
              aria-expanded={formOpen}
              aria-label={t.hire.buttonLabel(e.name)}
              onClick={onHire}
            >
              {t.hire.button}
            </button>
          ) : (
            <span class="muted">–</span>
          )}
        </td>
      )}
      <td class="num">{e.skd ? fmt.int(e.skd.twk) : '–'}</td>
      <td class="num">{e.skd ? fmt.int(e.skd.tiu) : '–'}</td>
      <td class="num">{e.skd ? fmt.int(e.skd.tkp) : '–'}</td>
      <td class="nowrap">
        {e.skdTotal !== null ? (
          <>
            <strong>{fmt.int(e.skdTotal)}</strong>{' '}
            <span class={e.skdPassed ? 'badge badge-ok' : 'badge rc-badge-tms'}>
              {e.skdPassed ? r.skdPass : r.skdFail}
            </span>
            {e.skdFailed.length > 0 && (
              <div class="small rc-failed">{r.failedOn(failedText(e.skdFailed, t))}</div>
            )}
          </>
        ) : (
          '–'
        )}
      </td>
      <td>
        {e.skdRank !== null ? fmt.int(e.skdRank) : '–'}
        <Decided factor={e.skdDecidedBy} t={t} />
      </td>
      <td>
        {e.shortlisted ? <span class="badge badge-ok">{r.yes}</span> : <span class="muted">{r.no}</span>}
      </td>
      <td class="small nowrap">
        {skb.length > 0
          ? skb.map((k) => (
              <div key={k}>
                {r.skbParts[k]}: {score(e.skb?.[k])}
              </div>
            ))
          : '–'}
      </td>
      <td class="num">{score(e.skbScore)}</td>
      <td class="num">{score(e.skdNormalised)}</td>
      <td class="num">{e.finalScore !== null ? <strong>{score(e.finalScore)}</strong> : '–'}</td>
      <td>
        {e.withinOpenings ? <span class="badge badge-ok">{r.yes}</span> : <span class="muted">{r.no}</span>}
      </td>
    </tr>
  );
}
