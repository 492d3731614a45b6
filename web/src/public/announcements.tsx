/**
 * `/karier/{tenant}/{roundId}/pengumuman`: a round's announcements (issue 12 §4-5). Every version
 * in order, with its stage, time in the tenant's zone, note and results (searchable by registration
 * number or name, paged here), and the chain: each version's hash and the previous one, and
 * "Periksa rantai", which recomputes every hash in the browser. Also the applicant's pieces: the
 * announcements that concern an application, and the objection (sanggah) form.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import './announcements.css';
import { ANNOUNCEMENT_TEXT, type AnnouncementsDictionary } from './announcements-i18n';
import {
  administrationWindow,
  type ChainCheck,
  chainIntact,
  checkChain,
  disputableReasons,
  documentLabels,
  EXAM_OBJECTION_STAGES,
  type ExamObjectionStage,
  type ExamResultRow,
  examObjectionState,
  isExamRow,
  isExamStage,
  OBJECTION_PARTS,
  objectionBody,
  objectionRefusal,
  pageOf,
  reasonName,
  searchRows,
  shortHash,
} from './announcements-model';
import {
  type AnnouncementSummary,
  getPublicAnnouncement,
  getPublicRecruitmentRound,
  listPublicAnnouncements,
  type PublicAnnouncement,
  type PublicRecruitmentRoundDetail,
} from './api';
import { type Application, submitObjection } from './applicant-api';
import { problemText } from './applicant-model';
import { careersPath, FormStatus, formatInstant, useApplicantText } from './applicant-ui';
import { count } from './careers-i18n';
import { type Lang, useLang } from './i18n';
import { Loading, ProblemPanel, PublicLayout, useResource, useTitle } from './ui';

export function useAnnouncementText(): { n: AnnouncementsDictionary; lang: Lang } {
  const { lang } = useLang();
  return { n: ANNOUNCEMENT_TEXT[lang], lang };
}

export const announcementsPath = (tenant: string, roundId: string) =>
  careersPath(tenant, `/${encodeURIComponent(roundId)}/pengumuman`);

/** Every version of a round, in full (each is immutable and cached by the browser and the edge). */
async function loadRound(tenant: string, roundId: string, signal: AbortSignal) {
  const [round, list] = await Promise.all([
    getPublicRecruitmentRound(tenant, roundId, signal),
    listPublicAnnouncements(tenant, roundId, signal),
  ]);
  const versions = await Promise.all(list.items.map((s) => getPublicAnnouncement(tenant, s.id, signal)));
  return { round, summaries: list.items, versions };
}

function useReasonName(round: PublicRecruitmentRoundDetail | null | undefined) {
  const { n } = useAnnouncementText();
  const labels = useMemo(() => documentLabels(round?.formations ?? []), [round]);
  return (key: string) => reasonName(key, labels, n.requirement);
}

export function AnnouncementsPage({ tenant, roundId }: { tenant: string; roundId: string }) {
  const { n } = useAnnouncementText();
  const res = useResource((signal) => loadRound(tenant, roundId, signal), [tenant, roundId]);
  useTitle(res.data ? `${n.title} · ${res.data.round.name}` : n.title);
  return (
    <PublicLayout>
      <p>
        <a href={careersPath(tenant, `/${encodeURIComponent(roundId)}`)}>{n.back}</a>
      </p>
      {res.error != null && (
        <ProblemPanel error={res.error} ctx={{ notFound: n.notFoundRound }} onRetry={res.reload} />
      )}
      {res.loading && <Loading />}
      {res.data && <AnnouncementsView round={res.data.round} versions={res.data.versions} />}
    </PublicLayout>
  );
}

function AnnouncementsView({
  round,
  versions,
}: {
  round: PublicRecruitmentRoundDetail;
  versions: PublicAnnouncement[];
}) {
  const { n } = useAnnouncementText();
  const latest = versions[versions.length - 1];
  return (
    <>
      <p class="kr-eyebrow">
        {round.kind} {round.year}
      </p>
      <h1>{n.title}</h1>
      <p class="lead">{round.name}</p>
      <p class="small muted">{n.intro}</p>
      {versions.length === 0 && <p class="pub-alert">{n.none}</p>}
      {[...versions].reverse().map((v) => (
        <VersionCard key={v.id} round={round} v={v} open={v === latest} />
      ))}
      {versions.length > 0 && <ChainSection versions={versions} />}
      <p class="muted small">{n.timeZone(round.timeZone)}</p>
    </>
  );
}

function VersionCard({
  round,
  v,
  open,
}: {
  round: PublicRecruitmentRoundDetail;
  v: PublicAnnouncement;
  open: boolean;
}) {
  const { n, lang } = useAnnouncementText();
  const [shown, setShown] = useState(open);
  const headingId = `ann-v${v.version}`;
  return (
    <article class="kr-card an-version" aria-labelledby={headingId} id={`versi-${v.version}`}>
      <p class="kr-eyebrow">{n.version(count(lang, v.version))}</p>
      <h2 id={headingId} class="an-stage">
        {n.stages[v.stage]}
      </h2>
      <dl class="an-facts">
        <dt>{n.publishedAt}</dt>
        <dd>{formatInstant(lang, v.publishedAt, round.timeZone)}</dd>
        {v.note && (
          <>
            <dt>{n.note}</dt>
            <dd class="an-note">{v.note}</dd>
          </>
        )}
      </dl>
      <p class="muted small">{n.rowCount(count(lang, v.results.length))}</p>
      <button
        type="button"
        class="pub-btn ap-btn-small"
        aria-expanded={shown}
        aria-controls={`${headingId}-results`}
        onClick={() => setShown((s) => !s)}
      >
        {shown ? n.hideResults : n.showResults}
      </button>
      <div id={`${headingId}-results`} hidden={!shown}>
        {shown && <ResultsTable round={round} v={v} />}
      </div>
    </article>
  );
}

/** One version's results, searchable and paged (exported for the tests). */
export function ResultsTable({ round, v }: { round: PublicRecruitmentRoundDetail; v: PublicAnnouncement }) {
  const { n, lang } = useAnnouncementText();
  const name = useReasonName(round);
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const found = searchRows(v.results, query);
  const shown = pageOf(found, page);
  const base = `ann-v${v.version}`;
  return (
    <div class="an-results">
      <div class="field">
        <label for={`${base}-search`}>{n.search}</label>
        <input
          id={`${base}-search`}
          class="input"
          type="search"
          value={query}
          aria-describedby={`${base}-search-hint ${base}-found`}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setPage(1);
          }}
        />
        <p class="hint small muted" id={`${base}-search-hint`}>
          {n.searchHint}
        </p>
      </div>
      <p class="small" id={`${base}-found`} aria-live="polite">
        {query.trim() ? n.found(count(lang, found.length)) : n.rowCount(count(lang, found.length))}
      </p>
      {found.length === 0 ? (
        <p class="pub-alert">{n.noMatch}</p>
      ) : (
        // A wide table scrolls inside its frame; the frame takes focus so a keyboard can scroll it.
        <section
          class="an-table-wrap"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must be reachable by keyboard (axe scrollable-region-focusable)
          tabIndex={0}
          aria-label={n.resultsCaption(n.stages[v.stage], count(lang, v.version))}
        >
          {isExamStage(v.stage) ? (
            <ExamTable
              rows={shown.rows.filter(isExamRow)}
              stage={v.stage}
              caption={n.resultsCaption(n.stages[v.stage], count(lang, v.version))}
            />
          ) : (
            <table class="an-table">
              <caption class="an-sr">{n.resultsCaption(n.stages[v.stage], count(lang, v.version))}</caption>
              <thead>
                <tr>
                  <th scope="col">{n.number}</th>
                  <th scope="col">{n.name}</th>
                  <th scope="col">{n.formasi}</th>
                  <th scope="col">{n.status}</th>
                </tr>
              </thead>
              <tbody>
                {shown.rows.map((r) =>
                  isExamRow(r) ? null : (
                    <tr key={r.registrationNumber}>
                      <td class="ap-mono an-nowrap" data-label={n.number}>
                        {r.registrationNumber}
                      </td>
                      <td data-label={n.name}>{r.name}</td>
                      <td data-label={n.formasi}>
                        {r.positionName}
                        <div class="muted small">{r.unitName}</div>
                      </td>
                      <td data-label={n.status}>
                        <span
                          class={`ap-badge ap-badge-${r.status}`}
                          title={r.status === 'MS' ? n.msLong : n.tmsLong}
                        >
                          {r.status}
                        </span>
                        <span class="an-sr"> ({r.status === 'MS' ? n.msLong : n.tmsLong})</span>
                        {r.reasons.length > 0 && (
                          <ul class="an-reasons small">
                            {r.reasons.map((k) => (
                              <li key={k}>{name(k)}</li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          )}
        </section>
      )}
      {shown.pages > 1 && (
        <nav class="an-pager" aria-label={n.pageOf(count(lang, shown.page), count(lang, shown.pages))}>
          <button
            type="button"
            class="pub-btn ap-btn-small"
            disabled={shown.page <= 1}
            onClick={() => setPage(shown.page - 1)}
          >
            {n.previousPage}
          </button>
          <span class="small">{n.pageOf(count(lang, shown.page), count(lang, shown.pages))}</span>
          <button
            type="button"
            class="pub-btn ap-btn-small"
            disabled={shown.page >= shown.pages}
            onClick={() => setPage(shown.page + 1)}
          >
            {n.nextPage}
          </button>
        </nav>
      )}
    </div>
  );
}

/** Scores with at most two decimals, in the reader's language (88,25 in Indonesian). */
function useScore() {
  const { lang } = useAnnouncementText();
  const f = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 });
  return (v: number | null | undefined) => (v === null || v === undefined ? '–' : f.format(v));
}

/** The words of an exam row's outcome: lulus (on to the SKB, within the openings) or tidak lulus. */
function examOutcome(row: ExamResultRow, stage: string, n: AnnouncementsDictionary): string {
  if (!row.passed) return n.exam.failed;
  return stage === 'SKD' ? n.exam.passedSkd : stage === 'FINAL' ? n.exam.passedFinal : n.exam.passed;
}

/** The rows of an SKD, SKB or FINAL version: the subtests, totals, rank with its deciding factor, lulus. */
function ExamTable({ rows, stage, caption }: { rows: ExamResultRow[]; stage: string; caption: string }) {
  const { n } = useAnnouncementText();
  const e = n.exam;
  const score = useScore();
  const skdOnly = stage === 'SKD';
  return (
    <table class="an-table an-exam">
      <caption class="an-sr">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{e.candidate}</th>
          <th scope="col">{n.formasi}</th>
          <th scope="col">
            {e.twk} / {e.tiu} / {e.tkp}
          </th>
          <th scope="col">{e.skdTotal}</th>
          {!skdOnly && (
            <>
              <th scope="col">{e.skb}</th>
              <th scope="col">{e.finalScore}</th>
            </>
          )}
          <th scope="col">{e.rank}</th>
          <th scope="col">{e.result}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const rank = skdOnly ? r.skdRank : r.finalRank;
          const factor = r.decidedBy ? e.factors[r.decidedBy] : undefined;
          return (
            <tr key={r.registrationNumber}>
              <td data-label={e.candidate}>
                {r.name}
                <div class="ap-mono an-nowrap small">{r.registrationNumber}</div>
              </td>
              <td data-label={n.formasi}>
                {r.positionName}
                <div class="muted small">{r.unitName}</div>
              </td>
              <td class="an-nowrap" data-label={`${e.twk} / ${e.tiu} / ${e.tkp}`}>
                {r.skd ? `${score(r.skd.twk)} / ${score(r.skd.tiu)} / ${score(r.skd.tkp)}` : e.absent}
              </td>
              <td data-label={e.skdTotal}>
                {score(r.skdTotal)}
                {r.skd && !r.skdPassed && <div class="small muted">{e.skdBelow}</div>}
              </td>
              {!skdOnly && (
                <>
                  <td data-label={e.skb}>{score(r.skbScore)}</td>
                  <td data-label={e.finalScore}>
                    <strong>{score(r.finalScore)}</strong>
                  </td>
                </>
              )}
              <td data-label={e.rank}>
                {rank === null ? '–' : score(rank)}
                {rank !== null && factor && <div class="small muted">{e.decidedBy(factor)}</div>}
              </td>
              <td data-label={e.result}>
                <span class={`ap-badge ${r.passed ? 'ap-badge-MS' : 'ap-badge-TMS'}`}>
                  {r.passed ? e.passed : e.failed}
                </span>
                <div class="small">{examOutcome(r, stage, n)}</div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function HashText({ hash, version }: { hash: string; version: number }) {
  const { n, lang } = useAnnouncementText();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(hash);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // No clipboard (http, or refused): the full hash stays selectable in the title and below.
    }
  };
  return (
    <span class="an-hash">
      <code title={hash} class="an-hash-short">
        {shortHash(hash)}
      </code>
      <span class="an-sr">{hash}</span>
      <button
        type="button"
        class="pub-btn ap-btn-small an-copy"
        aria-label={n.copyHash(count(lang, version))}
        onClick={copy}
      >
        {copied ? n.copied : n.copy}
      </button>
    </span>
  );
}

function ChainSection({ versions }: { versions: PublicAnnouncement[] }) {
  const { n, lang } = useAnnouncementText();
  const [checks, setChecks] = useState<ChainCheck[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const byVersion = new Map(checks?.map((c) => [c.version, c]));
  const run = async () => {
    setBusy(true);
    setFailed(null);
    try {
      if (!globalThis.crypto?.subtle) throw new Error('no-crypto');
      setChecks(await checkChain(versions));
    } catch (err) {
      setChecks(null);
      setFailed((err as Error).message === 'no-crypto' ? n.noCrypto : n.checkFailed);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="an-chain" class="an-chain">
      <h2 id="an-chain">{n.chain}</h2>
      <p class="small muted">{n.chainIntro}</p>
      <ol class="an-chain-list">
        {versions.map((v) => {
          const c = byVersion.get(v.version);
          return (
            <li key={v.id} class="kr-card" data-version={v.version}>
              <p class="an-chain-head">
                <strong>{n.version(count(lang, v.version))}</strong> · {n.stages[v.stage]}
              </p>
              <dl class="an-facts">
                <dt>{n.hash}</dt>
                <dd>
                  <HashText hash={v.hash} version={v.version} />
                </dd>
                <dt>{n.previousHash}</dt>
                <dd>
                  {v.previousHash ? (
                    <code title={v.previousHash} class="an-hash-short">
                      {shortHash(v.previousHash)}
                    </code>
                  ) : (
                    n.firstVersion
                  )}
                </dd>
              </dl>
              {c && (
                <ul class="an-check small">
                  <li class={c.hashMatches && c.versionMatches ? 'an-ok' : 'an-bad'}>
                    {c.hashMatches && c.versionMatches ? `✓ ${n.hashMatches}` : `✗ ${n.hashMismatch}`}
                  </li>
                  <li class={c.linkMatches ? 'an-ok' : 'an-bad'}>
                    {c.linkMatches ? `✓ ${n.linkMatches}` : `✗ ${n.linkMismatch}`}
                  </li>
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      <button type="button" class="pub-btn pub-btn-primary" onClick={run} disabled={busy} aria-busy={busy}>
        {busy ? n.checking : n.check}
      </button>
      <div aria-live="polite">
        {checks && (
          <FormStatus kind={chainIntact(checks) ? 'ok' : 'error'}>
            {chainIntact(checks) ? n.checkOk : n.checkBroken}
          </FormStatus>
        )}
        {failed && <FormStatus kind="error">{failed}</FormStatus>}
      </div>
    </section>
  );
}

// ---------------------------------------------------------------- the applicant's side

/**
 * Under an application (my page, and the submitted application's read-only view): the round's
 * announcements with this application's result in each, the objection window, the objection form
 * for a TMS application within it, and the objection filed with its decision.
 */
export function ApplicationAnnouncements({
  tenant,
  token,
  app,
  onChanged,
  onExpired,
}: {
  tenant: string;
  token: string;
  app: Application;
  onChanged: (next: Application) => void;
  onExpired: (err: unknown) => boolean;
}) {
  const { n, lang } = useAnnouncementText();
  const res = useResource(
    (signal) => (app.registrationNumber ? loadRound(tenant, app.roundId, signal) : Promise.resolve(null)),
    [tenant, app.roundId, app.registrationNumber],
  );
  if (!app.registrationNumber) return null;
  const data = res.data;
  const objection = app.objections.find((o) => o.stage === 'ADMINISTRATION');
  const win = data ? administrationWindow(data.summaries, data.round, new Date()) : null;
  const headingId = `ann-app-${app.id}`;
  return (
    <section class="an-mine" aria-labelledby={headingId}>
      <h3 id={headingId}>{n.myAnnouncements}</h3>
      {res.loading && <Loading />}
      {res.error != null && (
        <ProblemPanel error={res.error} ctx={{ notFound: n.notFoundRound }} onRetry={res.reload} />
      )}
      {data && data.versions.length === 0 && <p class="small muted">{n.noAnnouncementYet}</p>}
      {data && data.versions.length > 0 && (
        <ul class="an-mine-list small">
          {data.versions.map((v) => {
            const row = v.results.find((r) => r.registrationNumber === app.registrationNumber);
            return (
              <li key={v.id}>
                <a href={`${announcementsPath(tenant, app.roundId)}#versi-${v.version}`}>
                  {n.stages[v.stage]} · {n.version(count(lang, v.version))}
                </a>{' '}
                <span class="muted">({formatInstant(lang, v.publishedAt, data.round.timeZone)})</span>
                <div>
                  {row && isExamRow(row) ? (
                    <>
                      {n.yourResult}{' '}
                      <span class={`ap-badge ${row.passed ? 'ap-badge-MS' : 'ap-badge-TMS'}`}>
                        {row.passed ? n.exam.passed : n.exam.failed}
                      </span>{' '}
                      {/* The badge already says "Tidak lulus"; what passing leads to is said beside it. */}
                      {row.passed && <span class="muted">{examOutcome(row, v.stage, n)}</span>}
                    </>
                  ) : row ? (
                    <>
                      {n.yourResult} <span class={`ap-badge ap-badge-${row.status}`}>{row.status}</span>{' '}
                      <span class="muted">{row.status === 'MS' ? n.msLong : n.tmsLong}</span>
                    </>
                  ) : (
                    <span class="muted">{n.notInResults}</span>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {objection && <FiledObjection app={app} round={data?.round} objection={objection} />}
      {!objection && app.status === 'TMS' && data && (
        <ObjectionForm
          token={token}
          app={app}
          round={data.round}
          win={win}
          onChanged={onChanged}
          onExpired={onExpired}
        />
      )}
      {EXAM_OBJECTION_STAGES.map((stage) => {
        const filed = app.objections.find((o) => o.stage === stage);
        if (filed) return <FiledObjection key={stage} app={app} round={data?.round} objection={filed} />;
        if (!data) return null;
        return (
          <ExamObjectionForm
            key={stage}
            stage={stage}
            token={token}
            app={app}
            round={data.round}
            versions={data.versions}
            onChanged={onChanged}
            onExpired={onExpired}
          />
        );
      })}
      {data && data.versions.length > 0 && (
        <p class="small">
          <a href={announcementsPath(tenant, app.roundId)}>{n.openAnnouncements}</a>
        </p>
      )}
    </section>
  );
}

function FiledObjection({
  app,
  round,
  objection,
}: {
  app: Application;
  round: PublicRecruitmentRoundDetail | undefined;
  objection: Application['objections'][number];
}) {
  const { n, lang } = useAnnouncementText();
  const name = useReasonName(round);
  const docs = new Map(app.requiredDocuments.map((d) => [d.type, d.label]));
  const exam = objection.stage !== 'ADMINISTRATION';
  const parts = n.examObjection.parts as Record<string, string>;
  const label = (k: string) => (exam ? (parts[k] ?? k) : (docs.get(k) ?? name(k)));
  const zone = round?.timeZone;
  const accepted = exam ? n.examObjection.accepted : n.accepted;
  const rejected = exam ? n.examObjection.rejected : n.rejected;
  return (
    <div class="an-objection" data-stage={objection.stage}>
      <h4>
        {n.yourObjection}
        {exam && ` · ${n.objectionStages[objection.stage]}`}
      </h4>
      <p class="small muted">{n.filedAt(formatInstant(lang, objection.filedAt, zone))}</p>
      <p class="small">{n.disputedList(objection.disputed.map(label).join(', '))}</p>
      <p class="an-note">{objection.note}</p>
      {objection.decision ? (
        <FormStatus kind={objection.decision.accepted ? 'ok' : 'info'}>
          <strong>{objection.decision.accepted ? accepted : rejected}</strong>{' '}
          <span class="small">{n.decidedAt(formatInstant(lang, objection.decision.decidedAt, zone))}</span>
          {objection.decision.note && <div>{objection.decision.note}</div>}
        </FormStatus>
      ) : (
        <p class="small">{n.waiting}</p>
      )}
    </div>
  );
}

function ObjectionForm({
  token,
  app,
  round,
  win,
  onChanged,
  onExpired,
}: {
  token: string;
  app: Application;
  round: PublicRecruitmentRoundDetail;
  win: ReturnType<typeof administrationWindow>;
  onChanged: (next: Application) => void;
  onExpired: (err: unknown) => boolean;
}) {
  const { n, lang } = useAnnouncementText();
  const { a } = useApplicantText();
  const name = useReasonName(round);
  const docs = new Map(app.requiredDocuments.map((d) => [d.type, d.label]));
  const label = (k: string) => docs.get(k) ?? name(k);
  const disputable = disputableReasons(app.reasons);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ disputed?: string; note?: string }>({});
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const base = `obj-${app.id}`;
  useEffect(() => {
    if (errors.disputed) document.getElementById(`${base}-d0`)?.focus();
    else if (errors.note) document.getElementById(`${base}-note`)?.focus();
  }, [errors]);
  const closes = win
    ? formatInstant(lang, new Date(Date.parse(win.closesAt) - 60_000).toISOString(), round.timeZone)
    : '';
  if (!win) return <p class="small muted">{n.windowNotYet}</p>;
  if (win.position === 'late')
    return (
      <div class="an-objection">
        <h4>{n.objectionTitle}</h4>
        <p class="small">{n.windowClosed(closes)}</p>
      </div>
    );
  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const found: { disputed?: string; note?: string } = {};
    if (picked.size === 0) found.disputed = n.chooseOne;
    if (!note.trim()) found.note = n.noteRequired;
    setErrors(found);
    setStatus(null);
    if (found.disputed || found.note) return;
    setBusy(true);
    try {
      const body = objectionBody('ADMINISTRATION', picked, note);
      const next = await submitObjection(token, app.id, body.stage, body.disputed, body.note);
      onChanged(next);
    } catch (err) {
      if (onExpired(err)) return;
      const refusal = objectionRefusal(err);
      setStatus(refusal ? n.refusal[refusal] : problemText(a, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="an-objection ap-form" onSubmit={submit} noValidate aria-labelledby={`${base}-title`}>
      <h4 id={`${base}-title`}>{n.objectionTitle}</h4>
      <p class="small">{n.objectionIntro}</p>
      <p class="small">
        <strong>{n.windowUntil(closes)}</strong>
      </p>
      {disputable.length === 0 ? (
        <p class="pub-alert">{n.nothingDisputable}</p>
      ) : (
        <>
          <fieldset
            class="an-fieldset"
            aria-describedby={`${base}-dhint${errors.disputed ? ` ${base}-derr` : ''}`}
          >
            <legend>{n.disputed}</legend>
            <p class="hint small muted" id={`${base}-dhint`}>
              {n.disputedHint}
            </p>
            {errors.disputed && (
              <p class="field-error" id={`${base}-derr`}>
                {errors.disputed}
              </p>
            )}
            {app.reasons.map((r) =>
              r.applicantError ? (
                <div key={r.requirement} class="an-reason an-reason-off">
                  <p>
                    <strong>{label(r.requirement)}</strong>: {r.note}
                  </p>
                  <p class="small muted">{n.notDisputable}</p>
                </div>
              ) : (
                <label key={r.requirement} class="an-reason an-check">
                  <input
                    id={`${base}-d${disputable.indexOf(r)}`}
                    type="checkbox"
                    checked={picked.has(r.requirement)}
                    aria-invalid={errors.disputed ? true : undefined}
                    onChange={(e) => {
                      const on = e.currentTarget.checked;
                      setPicked((prev) => {
                        const next = new Set(prev);
                        if (on) next.add(r.requirement);
                        else next.delete(r.requirement);
                        return next;
                      });
                    }}
                  />
                  <span>
                    <strong>{label(r.requirement)}</strong>: {r.note}
                  </span>
                </label>
              ),
            )}
          </fieldset>
          <ObjectionNoteField
            base={base}
            label={n.objectionNote}
            hint={n.objectionNoteHint}
            value={note}
            error={errors.note}
            onInput={setNote}
          />
          <button type="submit" class="pub-btn pub-btn-primary pub-btn-wide" disabled={busy} aria-busy={busy}>
            {busy ? n.sending : n.submitObjection}
          </button>
        </>
      )}
      <div aria-live="polite">{status && <FormStatus kind="error">{status}</FormStatus>}</div>
    </form>
  );
}

/**
 * The sanggah on an SKD or SKB result, for an applicant whom the stage's latest version lists as
 * not passed: the parts disputed (subtests or components) and a note, within the stage's window
 * (from its first version). The answer only records the objection; a corrected score comes through
 * the score import and a new ranking.
 */
export function ExamObjectionForm({
  stage,
  token,
  app,
  round,
  versions,
  onChanged,
  onExpired,
  now,
}: {
  stage: ExamObjectionStage;
  token: string;
  app: Application;
  round: PublicRecruitmentRoundDetail;
  versions: readonly PublicAnnouncement[];
  onChanged: (next: Application) => void;
  onExpired: (err: unknown) => boolean;
  /** The clock (the tests set it). */
  now?: Date;
}) {
  const { n, lang } = useAnnouncementText();
  const { a } = useApplicantText();
  const e = n.examObjection;
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ disputed?: string; note?: string }>({});
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const base = `obj-${stage.toLowerCase()}-${app.id}`;
  useEffect(() => {
    if (errors.disputed) document.getElementById(`${base}-d0`)?.focus();
    else if (errors.note) document.getElementById(`${base}-note`)?.focus();
  }, [errors]);
  const state = examObjectionState(stage, app, versions, round, now ?? new Date());
  if (state.kind === 'none' || state.kind === 'filed') return null;
  const closes = formatInstant(
    lang,
    new Date(Date.parse(state.win.closesAt) - 60_000).toISOString(),
    round.timeZone,
  );
  const titleId = `${base}-title`;
  if (state.kind === 'early' || state.kind === 'late')
    return (
      <div class="an-objection" data-stage={stage}>
        <h4 id={titleId}>{e.title[stage]}</h4>
        <p class="small">
          {state.kind === 'early'
            ? e.windowNotYet(formatInstant(lang, state.win.opensAt, round.timeZone))
            : n.windowClosed(closes)}
        </p>
      </div>
    );
  const submit = async (ev: Event) => {
    ev.preventDefault();
    if (busy) return;
    const found: { disputed?: string; note?: string } = {};
    if (picked.size === 0) found.disputed = e.chooseOne;
    if (!note.trim()) found.note = n.noteRequired;
    setErrors(found);
    setStatus(null);
    if (found.disputed || found.note) return;
    setBusy(true);
    try {
      const body = objectionBody(
        stage,
        OBJECTION_PARTS[stage].filter((p) => picked.has(p)),
        note,
      );
      const next = await submitObjection(token, app.id, body.stage, body.disputed, body.note);
      onChanged(next);
    } catch (err) {
      if (onExpired(err)) return;
      const refusal = objectionRefusal(err);
      setStatus(refusal ? n.refusal[refusal] : problemText(a, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      class="an-objection ap-form"
      data-stage={stage}
      onSubmit={submit}
      noValidate
      aria-labelledby={titleId}
    >
      <h4 id={titleId}>{e.title[stage]}</h4>
      <p class="small">{e.intro}</p>
      <p class="small">
        <strong>{n.windowUntil(closes)}</strong>
      </p>
      <fieldset class="an-fieldset" aria-describedby={errors.disputed ? `${base}-derr` : undefined}>
        <legend>{e.disputed}</legend>
        {errors.disputed && (
          <p class="field-error" id={`${base}-derr`}>
            {errors.disputed}
          </p>
        )}
        {OBJECTION_PARTS[stage].map((part, i) => (
          <label key={part} class="an-reason an-check">
            <input
              id={`${base}-d${i}`}
              type="checkbox"
              name={`${base}-part`}
              value={part}
              checked={picked.has(part)}
              aria-invalid={errors.disputed ? true : undefined}
              onChange={(ev) => {
                const on = ev.currentTarget.checked;
                setPicked((prev) => {
                  const next = new Set(prev);
                  if (on) next.add(part);
                  else next.delete(part);
                  return next;
                });
              }}
            />
            <span>{e.parts[part]}</span>
          </label>
        ))}
      </fieldset>
      <ObjectionNoteField
        base={base}
        label={n.objectionNote}
        hint={e.noteHint}
        value={note}
        error={errors.note}
        onInput={setNote}
      />
      <button type="submit" class="pub-btn pub-btn-primary pub-btn-wide" disabled={busy} aria-busy={busy}>
        {busy ? n.sending : n.submitObjection}
      </button>
      <div aria-live="polite">{status && <FormStatus kind="error">{status}</FormStatus>}</div>
    </form>
  );
}

/**
 * The note of an objection (administration or exam): its label, hint and error tied to the
 * textarea by id (`<base>-note`, `-nhint`, `-nerr`), so the form can focus it on an error.
 */
function ObjectionNoteField(props: {
  base: string;
  label: string;
  hint: string;
  value: string;
  error?: string;
  onInput: (value: string) => void;
}) {
  const { base, error } = props;
  return (
    <div class="field">
      <label for={`${base}-note`}>{props.label}</label>
      <p class="hint small muted" id={`${base}-nhint`}>
        {props.hint}
      </p>
      <textarea
        id={`${base}-note`}
        class="input"
        rows={4}
        maxLength={2000}
        value={props.value}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${base}-nhint${error ? ` ${base}-nerr` : ''}`}
        onInput={(ev) => props.onInput(ev.currentTarget.value)}
      />
      {error && (
        <p class="field-error" id={`${base}-nerr`}>
          {error}
        </p>
      )}
    </div>
  );
}

export type { AnnouncementSummary };
