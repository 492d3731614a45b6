/**
 * The "Pengumuman" tab of `/recruitment/:roundId` (`?tab=pengumuman`): the round's announcement
 * versions, read through the public route with the tenant's slug (the list anyone sees), and for
 * the tenant admin the form that publishes the next version of any stage (the administrative ones,
 * then SKD, SKB and FINAL from the ranking), with a confirmation that says it can never be edited,
 * only followed by a new version. Each version's results open in place: MS/TMS rows of the
 * administrative stages, scores, rank and lulus/tidak lulus of the exam stages.
 */
import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorMessage, Loading, Notice, SelectField, TextAreaField } from '../../components/ui';
import { useI18n, useLocalized } from '../../i18n';
import { useFormat } from '../../lib/format';
import { useAsync } from '../../lib/hooks';
import { useMe, useRole } from '../../session';
import { ANNOUNCEMENT_STAGES, isExamRow, nextStage, publishConflict } from './announcements-model';
import { announcementsEn } from './i18n/announcements-en';
import {
  type AnnouncementStageKey,
  type AnnouncementsDictionary,
  announcementsId,
} from './i18n/announcements-id';
import { resultsEn } from './i18n/results-en';
import { resultsId } from './i18n/results-id';
import {
  type AnnouncementRow,
  type AnnouncementSummary,
  getRoundAnnouncement,
  listRoundAnnouncements,
  publishAnnouncement,
  type RecruitmentRoundDetail,
} from './recruitment-api';
import { factorText } from './results-model';
import { useZonedTime } from './screening-shared';
import { useLocalTime } from './shared';

export const useAnnouncementsText = (): AnnouncementsDictionary =>
  useLocalized(announcementsId, announcementsEn);

/** The round's versions through the public list (the tenant's slug); null before it loads. */
export function useRoundAnnouncements(roundId: string | undefined) {
  const slug = useMe().tenant?.slug ?? '';
  return useAsync(
    () => (roundId && slug ? listRoundAnnouncements(slug, roundId) : Promise.resolve(null)),
    [roundId, slug],
  );
}

const shortHash = (h: string) => `${h.slice(0, 8)}…${h.slice(-8)}`;

export function AnnouncementsPanel({ round }: { round: RecruitmentRoundDetail }) {
  const t = useAnnouncementsText();
  const { tenantWide } = useRole();
  const slug = useMe().tenant?.slug ?? '';
  const list = useRoundAnnouncements(round.published ? round.id : undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const time = useZonedTime();
  const fmt = useFormat();
  if (!round.published) return <p class="alert alert-info">{t.notPublished}</p>;
  const items = list.data?.items ?? [];
  const publicHref = `/karier/${encodeURIComponent(slug)}/${encodeURIComponent(round.id)}/pengumuman`;
  return (
    <>
      {notice && <Notice>{notice}</Notice>}
      <div class="card">
        <h2>{t.title}</h2>
        <p class="muted">{t.intro}</p>
        <p class="muted small">{t.windowInfo(fmt.int(round.objectionDays))}</p>
        <ErrorMessage error={list.error} />
        {list.loading && !list.data && <Loading />}
        {list.data && items.length === 0 && <p class="muted">{t.none}</p>}
        {items.length > 0 && (
          <div class="table-wrap rc-scroll">
            <table class="rc-announcements">
              <caption>{t.caption}</caption>
              <thead>
                <tr>
                  <th scope="col" class="num">
                    {t.version}
                  </th>
                  <th scope="col">{t.stage}</th>
                  <th scope="col">{t.publishedAt}</th>
                  <th scope="col" class="num">
                    {t.rows}
                  </th>
                  <th scope="col">{t.note}</th>
                  <th scope="col">{t.hash}</th>
                  <th scope="col">
                    <span class="sr-only">{t.showRows}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((a) => (
                  <Fragment key={a.id}>
                    <tr>
                      <td class="num">{fmt.int(a.version)}</td>
                      <td>{t.stages[a.stage]}</td>
                      <td class="nowrap">{time(a.publishedAt)}</td>
                      <td class="num">{fmt.int(a.rowCount)}</td>
                      <td class="rc-ann-note">{a.note || '–'}</td>
                      <td>
                        <code class="mono small" title={a.hash}>
                          {shortHash(a.hash)}
                        </code>
                      </td>
                      <td>
                        <button
                          type="button"
                          class="btn btn-small"
                          aria-expanded={shown === a.id}
                          aria-controls={`ann-rows-${a.id}`}
                          onClick={() => setShown(shown === a.id ? null : a.id)}
                        >
                          {shown === a.id ? t.hideRows : t.showRows}
                        </button>
                      </td>
                    </tr>
                    {shown === a.id && (
                      <tr>
                        <td colSpan={7} id={`ann-rows-${a.id}`}>
                          <VersionRows slug={slug} summary={a} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {slug && (
          <p>
            <a href={publicHref} target="_blank" rel="noopener">
              {t.publicPage}
            </a>
          </p>
        )}
      </div>
      {tenantWide ? (
        <PublishCard
          round={round}
          items={items}
          onPublished={async (a) => {
            setNotice(t.published(t.stages[a.stage], fmt.int(a.version)));
            await list.reload();
          }}
        />
      ) : (
        <p class="muted small" role="note">
          {t.onlyTenantAdmin}
        </p>
      )}
    </>
  );
}

function PublishCard({
  round,
  items,
  onPublished,
}: {
  round: RecruitmentRoundDetail;
  items: readonly AnnouncementSummary[];
  onPublished: (a: AnnouncementSummary) => Promise<void>;
}) {
  const t = useAnnouncementsText();
  const cancel = useI18n().t.common.cancel;
  const next = nextStage(items);
  const [stage, setStage] = useState<AnnouncementStageKey>(next);
  const [note, setNote] = useState('');
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const time = useLocalTime();
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  useEffect(() => {
    setStage(next);
  }, [next]);
  // The first announcement (ADMINISTRATION) waits for registration to close: no form that only
  // leads to a 409 (core assertCanAnnounce).
  if (items.length === 0 && round.registrationStatus !== 'closed')
    return (
      <div class="card">
        <h2>{t.publishTitle}</h2>
        <p class="alert alert-info" role="note">
          {t.registrationOpen(time(round.registrationClosesAt))}
        </p>
      </div>
    );
  const publish = async () => {
    setBusy(true);
    setError(null);
    try {
      const a = await publishAnnouncement({ roundId: round.id, stage, note: note.trim() });
      setAsking(false);
      setNote('');
      await onPublished(a);
    } catch (err) {
      setError(err);
      setAsking(false);
    } finally {
      setBusy(false);
    }
  };
  const conflict = publishConflict(error, t.conflict, t.stages);
  return (
    <div class="card">
      <h2>{t.publishTitle}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setError(null);
          setAsking(true);
        }}
        noValidate
      >
        <SelectField
          label={t.stageLabel}
          name="stage"
          value={stage}
          hint={t.stageHint}
          disabled={asking}
          onChange={(e) => setStage(e.currentTarget.value as AnnouncementStageKey)}
        >
          {ANNOUNCEMENT_STAGES.map((s) => (
            <option key={s} value={s}>
              {t.stages[s]}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label={t.noteLabel}
          name="note"
          optional
          hint={t.noteHint}
          rows={3}
          maxLength={4000}
          value={note}
          disabled={asking}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
        {conflict ? (
          <div class="alert alert-error" role="alert">
            {conflict}
          </div>
        ) : (
          <ErrorMessage error={error} fieldNames={['stage', 'note']} />
        )}
        {!asking && (
          <div class="actions">
            <button type="submit" class="btn btn-primary">
              {t.publish}
            </button>
          </div>
        )}
      </form>
      {asking && (
        <div
          class="rc-dialog"
          role="alertdialog"
          aria-labelledby="ann-confirm-title"
          aria-describedby="ann-confirm-body"
        >
          <h3 id="ann-confirm-title">{t.confirmTitle}</h3>
          <p id="ann-confirm-body">{t.confirmBody(t.stages[stage])}</p>
          <div class="actions">
            <button
              ref={confirmRef}
              type="button"
              class="btn btn-primary"
              disabled={busy}
              aria-busy={busy}
              onClick={publish}
            >
              {t.confirm}
            </button>
            <button type="button" class="btn" disabled={busy} onClick={() => setAsking(false)}>
              {cancel}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

const ROWS_PAGE = 25;

/** One version's results, read when opened: admin rows (MS/TMS) or exam rows (scores, rank, lulus). */
function VersionRows({ slug, summary }: { slug: string; summary: AnnouncementSummary }) {
  const t = useAnnouncementsText();
  const { t: common } = useI18n();
  const fmt = useFormat();
  const version = useAsync(() => getRoundAnnouncement(slug, summary.id), [slug, summary.id]);
  const [page, setPage] = useState(1);
  const rows = version.data?.results ?? [];
  const pages = Math.max(1, Math.ceil(rows.length / ROWS_PAGE));
  const current = Math.min(page, pages);
  const shown = rows.slice((current - 1) * ROWS_PAGE, current * ROWS_PAGE);
  return (
    <div class="rc-ann-rows">
      <ErrorMessage error={version.error} />
      {version.loading && !version.data && <Loading />}
      {version.data && rows.length === 0 && <p class="muted">{common.common.empty}</p>}
      {shown.length > 0 && (
        <div class="table-wrap rc-scroll">
          <AnnouncementRowsTable
            rows={shown}
            exam={summary.stage !== 'ADMINISTRATION' && summary.stage !== 'ADMINISTRATION_AFTER_OBJECTION'}
            caption={t.rowsCaption(t.stages[summary.stage], fmt.int(summary.version))}
          />
        </div>
      )}
      {pages > 1 && (
        <nav class="pager" aria-label={common.common.pagination}>
          <button type="button" class="btn" disabled={current <= 1} onClick={() => setPage(current - 1)}>
            ← {common.common.prev}
          </button>
          <span>
            {common.common.pageNo(current)} / {fmt.int(pages)}
          </span>
          <button type="button" class="btn" disabled={current >= pages} onClick={() => setPage(current + 1)}>
            {common.common.next} →
          </button>
        </nav>
      )}
    </div>
  );
}

/** The rows of a version as a table (exported for the tests). */
export function AnnouncementRowsTable({
  rows,
  exam,
  caption,
}: {
  rows: readonly AnnouncementRow[];
  exam: boolean;
  caption: string;
}) {
  const t = useAnnouncementsText();
  const r = useLocalized(resultsId, resultsEn);
  const fmt = useFormat();
  const score = (n: number | null | undefined) =>
    n === null || n === undefined
      ? '–'
      : new Intl.NumberFormat(fmt.locale, { maximumFractionDigits: 2 }).format(n);
  return (
    <table class="rc-ann-results">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.regNo}</th>
          <th scope="col">{t.applicant}</th>
          <th scope="col">{t.formasi}</th>
          {exam && (
            <>
              <th scope="col">{t.skd}</th>
              <th scope="col" class="num">
                {t.skdTotal}
              </th>
              <th scope="col" class="num">
                {t.skbScore}
              </th>
              <th scope="col" class="num">
                {t.finalScore}
              </th>
              <th scope="col">{t.rank}</th>
            </>
          )}
          <th scope="col">{t.outcome}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.registrationNumber}>
            <td class="mono nowrap">{row.registrationNumber}</td>
            <td>{row.name}</td>
            <td>
              {row.positionName}
              <div class="muted small">{row.unitName}</div>
            </td>
            {isExamRow(row) ? (
              <>
                {exam && (
                  <>
                    <td class="nowrap">
                      {row.skd
                        ? `${fmt.int(row.skd.twk)} / ${fmt.int(row.skd.tiu)} / ${fmt.int(row.skd.tkp)}`
                        : '–'}
                    </td>
                    <td class="num">{score(row.skdTotal)}</td>
                    <td class="num">{score(row.skbScore)}</td>
                    <td class="num">{score(row.finalScore)}</td>
                    <td>
                      {fmt.int(row.finalRank ?? row.skdRank)}
                      {factorText(row.decidedBy, r) && (
                        <div class="small muted">{t.decidedBy(factorText(row.decidedBy, r) ?? '')}</div>
                      )}
                    </td>
                  </>
                )}
                <td>
                  <span class={row.passed ? 'badge badge-ok' : 'badge rc-badge-tms'}>
                    {row.passed ? t.passed : t.notPassed}
                  </span>
                </td>
              </>
            ) : (
              <>
                {exam && <td colSpan={5}>–</td>}
                <td>
                  <span class={row.status === 'MS' ? 'badge badge-ok' : 'badge rc-badge-tms'}>
                    {row.status}
                  </span>{' '}
                  <span class="small muted">{row.status === 'MS' ? t.msLong : t.tmsLong}</span>
                </td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
