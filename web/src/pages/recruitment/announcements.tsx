/**
 * The "Pengumuman" tab of `/recruitment/:roundId` (`?tab=pengumuman`): the round's announcement
 * versions, read through the public route with the tenant's slug (the list anyone sees), and for
 * the tenant admin the form that publishes the next version of an administrative stage, with a
 * confirmation that says it can never be edited, only followed by a new version.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorMessage, Loading, Notice, SelectField, TextAreaField } from '../../components/ui';
import { useI18n, useLocalized } from '../../i18n';
import { useFormat } from '../../lib/format';
import { useAsync } from '../../lib/hooks';
import { useMe, useRole } from '../../session';
import { ADMIN_STAGES, publishConflict } from './announcements-model';
import { announcementsEn } from './i18n/announcements-en';
import { type AdminStage, type AnnouncementsDictionary, announcementsId } from './i18n/announcements-id';
import {
  type AnnouncementSummary,
  listRoundAnnouncements,
  publishAnnouncement,
  type RecruitmentRoundDetail,
} from './recruitment-api';
import { useZonedTime } from './screening-shared';

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
          <div class="table-wrap">
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
                </tr>
              </thead>
              <tbody>
                {items.map((a) => (
                  <tr key={a.id}>
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
                  </tr>
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
  const announced = items.some((a) => a.stage === 'ADMINISTRATION');
  const [stage, setStage] = useState<AdminStage>(
    announced ? 'ADMINISTRATION_AFTER_OBJECTION' : 'ADMINISTRATION',
  );
  const [note, setNote] = useState('');
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  useEffect(() => {
    setStage(announced ? 'ADMINISTRATION_AFTER_OBJECTION' : 'ADMINISTRATION');
  }, [announced]);
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
  const conflict = publishConflict(error, t.conflict);
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
          disabled={asking}
          onChange={(e) => setStage(e.currentTarget.value as AdminStage)}
        >
          {ADMIN_STAGES.map((s) => (
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
