/**
 * `/recruitment/:roundId`: one round with its formasi. The tenant admin changes and publishes the
 * round; admins add and change formasi (an agency admin, its own agency's, the only ones it sees).
 * Once published, the "Pelamar" tab (`?tab=pelamar`) lists the submitted applications, the
 * "Pengumuman" tab (`?tab=pengumuman`) the announcement versions and the way to publish the next,
 * the "Nilai" tab (`?tab=nilai`, tenant admin) imports exam scores, and the "Peringkat" tab
 * (`?tab=peringkat`) shows the ranking with every factor and hires those within the openings.
 */
import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { HorizontalBarChart } from '../../components/charts';
import { ErrorMessage, Loading, Notice } from '../../components/ui';
import { useI18n } from '../../i18n';
import { useFormat } from '../../lib/format';
import { useAsync } from '../../lib/hooks';
import { useMe, useRole } from '../../session';
import { AnnouncementsPanel, useRoundAnnouncements } from './announcements';
import { administrationAnnounced } from './announcements-model';
import { ApplicantsPanel } from './applicants';
import { FormationFormCard } from './formation-form';
import { RankingPanel } from './ranking';
import {
  getRecruitmentRound,
  publishRecruitmentRound,
  type RecruitmentFormation,
  type RecruitmentRoundDetail,
} from './recruitment-api';
import { conflictText, OPTIONAL_PHASES, openingsBy, roundActions } from './recruitment-model';
import { RoundFormCard } from './round-form';
import { ScoresPanel } from './scores';
import { type ApplicationsFilter, applicantsHref, filterFromQuery } from './screening-model';
import { RoundTabs } from './screening-shared';
import { RecruitmentHeader, RoundStateBadge, useLocalTime, useRecruitmentText } from './shared';

export default function RoundDetailPage() {
  const t = useRecruitmentText();
  const { query } = useLocation();
  const roundId = useRoute().params.roundId ?? '';
  const round = useAsync(() => getRecruitmentRound(roundId), [roundId]);
  const [notice, setNotice] = useState<string | null>(query.created ? t.form.created : null);
  const data = round.data;
  return (
    <section>
      <p>
        <a class="back-link" href="/recruitment">
          {t.detail.back}
        </a>
      </p>
      <ErrorMessage error={round.error} overrides={{ 'not-found': t.detail.notFound }} />
      {!data && round.loading && <Loading />}
      {notice && <Notice>{notice}</Notice>}
      {data && <RoundView round={data} reload={round.reload} notify={setNotice} />}
    </section>
  );
}

function RoundView({
  round,
  reload,
  notify,
}: {
  round: RecruitmentRoundDetail;
  reload: () => Promise<void>;
  notify: (msg: string | null) => void;
}) {
  const t = useRecruitmentText();
  const { tenantWide } = useRole();
  const me = useMe();
  const [editing, setEditing] = useState(false);
  // Read only while the form is open: once the administration result is out, the close is fixed.
  const announced = useRoundAnnouncements(editing && round.published ? round.id : undefined);
  const [formation, setFormation] = useState<RecruitmentFormation | 'new' | null>(null);
  const actions = roundActions(round, tenantWide);
  const time = useLocalTime();
  const fmt = useFormat();
  const { t: common } = useI18n();
  const { query, route } = useLocation();
  const applicants = round.published && query.tab === 'pelamar';
  const announcements = round.published && query.tab === 'pengumuman';
  const scores = round.published && tenantWide && query.tab === 'nilai';
  const ranking = round.published && query.tab === 'peringkat';
  const header = (
    <RecruitmentHeader title={round.name}>
      <p class="muted">
        {t.kinds[round.kind]} {round.year} · <RoundStateBadge round={round} />
        {round.publishedAt && <> · {t.publish.publishedAt(fmt.localDate(round.publishedAt))}</>}
      </p>
    </RecruitmentHeader>
  );
  if (scores)
    return (
      <>
        {header}
        <RoundTabs roundId={round.id} current="scores" tenantWide={tenantWide} />
        <ScoresPanel round={round} />
      </>
    );
  if (ranking)
    return (
      <>
        {header}
        <RoundTabs roundId={round.id} current="ranking" tenantWide={tenantWide} />
        <RankingPanel round={round} />
      </>
    );
  if (announcements)
    return (
      <>
        {header}
        <RoundTabs roundId={round.id} current="announcements" tenantWide={tenantWide} />
        <AnnouncementsPanel round={round} />
      </>
    );
  if (applicants)
    return (
      <>
        {header}
        <RoundTabs roundId={round.id} current="applicants" tenantWide={tenantWide} />
        <ApplicantsPanel
          round={round}
          filter={filterFromQuery(query, round.formations)}
          onFilter={(f: ApplicationsFilter) => route(applicantsHref(round.id, f), true)}
        />
      </>
    );
  return (
    <>
      <RecruitmentHeader title={round.name}>
        <p class="muted">
          {t.kinds[round.kind]} {round.year} · <RoundStateBadge round={round} />
          {round.publishedAt && <> · {t.publish.publishedAt(fmt.localDate(round.publishedAt))}</>}
        </p>
        {tenantWide && !editing && (
          <div class="actions">
            <button type="button" class="btn" onClick={() => setEditing(true)}>
              {t.form.editTitle}
            </button>
            {actions.publish && <PublishButton round={round} reload={reload} notify={notify} />}
          </div>
        )}
      </RecruitmentHeader>
      {round.published && <RoundTabs roundId={round.id} current="overview" tenantWide={tenantWide} />}
      {editing ? (
        <RoundFormCard
          round={round}
          closeFixed={administrationAnnounced(announced.data?.items)}
          timeZone={round.timeZone ?? me.tenant?.timeZone ?? 'Asia/Jakarta'}
          onCancel={() => setEditing(false)}
          onSaved={async () => {
            setEditing(false);
            notify(common.common.saved);
            await reload();
          }}
        />
      ) : (
        <div class="card">
          <h2>{t.detail.summary}</h2>
          <dl class="rc-facts">
            <dt>{t.form.opensAt}</dt>
            <dd>{time(round.registrationOpensAt)}</dd>
            <dt>{t.form.closesAt}</dt>
            <dd>{time(round.registrationClosesAt)}</dd>
            <dt>{t.detail.code}</dt>
            <dd class="mono">{round.code}</dd>
            <dt>{t.detail.referenceDate}</dt>
            <dd>{fmt.date(round.referenceDate)}</dd>
            {OPTIONAL_PHASES.filter((p) => round.schedule[p]).map((p) => (
              <Fragment key={p}>
                <dt>{t.phases[p]}</dt>
                <dd>{time(round.schedule[p])}</dd>
              </Fragment>
            ))}
          </dl>
          {!OPTIONAL_PHASES.some((p) => round.schedule[p]) && (
            <p class="muted small">{t.detail.noSchedule}</p>
          )}
        </div>
      )}
      <div class="card">
        <h2>{t.detail.formasi}</h2>
        {!tenantWide && <p class="muted small">{t.detail.ownAgencyFormasi}</p>}
        {actions.openingsOnly && <p class="alert alert-info">{t.detail.formasiClosed}</p>}
        {actions.addFormation && formation === null && (
          <div class="actions rc-add">
            <button type="button" class="btn btn-primary" onClick={() => setFormation('new')}>
              {t.detail.addFormation}
            </button>
          </div>
        )}
        {formation !== null && (
          <FormationFormCard
            key={formation === 'new' ? 'new' : formation.id}
            roundId={round.id}
            formation={formation === 'new' ? undefined : formation}
            openingsOnly={actions.openingsOnly}
            onCancel={() => setFormation(null)}
            onSaved={async () => {
              notify(formation === 'new' ? t.formation.added : common.common.saved);
              setFormation(null);
              await reload();
            }}
          />
        )}
        <FormationTable formations={round.formations} onEdit={(f) => setFormation(f)} />
      </div>
      {round.formations.length > 0 && <OpeningsChart formations={round.formations} />}
    </>
  );
}

function PublishButton({
  round,
  reload,
  notify,
}: {
  round: RecruitmentRoundDetail;
  reload: () => Promise<void>;
  notify: (msg: string | null) => void;
}) {
  const t = useRecruitmentText();
  const cancel = useI18n().t.common.cancel;
  const p = t.publish;
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  if (round.formationCount < 1)
    return (
      <p class="muted small" role="note">
        {p.needsFormasi}
      </p>
    );
  if (!asking)
    return (
      <button type="button" class="btn btn-primary" onClick={() => setAsking(true)}>
        {p.button}
      </button>
    );
  const publish = async () => {
    setBusy(true);
    setError(null);
    try {
      await publishRecruitmentRound(round.id, round.version);
      setAsking(false);
      notify(p.done);
      await reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const conflict = conflictText(error, t.conflict);
  return (
    <div
      class="card rc-dialog"
      role="alertdialog"
      aria-labelledby="publish-title"
      aria-describedby="publish-body"
    >
      <h2 id="publish-title">{p.title}</h2>
      <p id="publish-body">{p.body}</p>
      <ul class="rc-list">
        {p.fixed.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {conflict ? (
        <div class="alert alert-error" role="alert">
          {conflict}
        </div>
      ) : (
        <ErrorMessage error={error} />
      )}
      <div class="actions">
        <button ref={confirmRef} type="button" class="btn btn-primary" disabled={busy} onClick={publish}>
          {p.confirm}
        </button>
        <button type="button" class="btn" onClick={() => setAsking(false)}>
          {cancel}
        </button>
      </div>
    </div>
  );
}

function FormationTable({
  formations,
  onEdit,
}: {
  formations: readonly RecruitmentFormation[];
  onEdit: (f: RecruitmentFormation) => void;
}) {
  const t = useRecruitmentText();
  const d = t.detail;
  const { t: common } = useI18n();
  const fmt = useFormat();
  return (
    <div class="table-wrap">
      <table class="rc-formasi">
        <caption>{d.formasiCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{d.position}</th>
            <th scope="col">{d.track}</th>
            <th scope="col" class="num">
              {d.openings}
            </th>
            <th scope="col">{d.education}</th>
            <th scope="col">{d.documents}</th>
            <th scope="col">{common.common.actions}</th>
          </tr>
        </thead>
        <tbody>
          {formations.map((f) => (
            <tr key={f.id}>
              <td>
                {f.positionName}
                <div class="muted small">{f.unitName}</div>
                <div class="muted small">{f.agencyName}</div>
              </td>
              <td>{t.tracks[f.track]}</td>
              <td class="num">{fmt.int(f.openings)}</td>
              <td>
                <ul class="rc-list small">
                  {f.educationRequirements.map((e) => (
                    <li key={e.level}>
                      {t.education[e.level]}: {e.majors.length ? e.majors.join(', ') : d.allMajors}
                    </li>
                  ))}
                  {f.minIpk !== undefined && <li>{d.minIpk(fmt.dec1(f.minIpk))}</li>}
                  {f.maxAge !== undefined && <li>{d.maxAge(fmt.int(f.maxAge))}</li>}
                </ul>
              </td>
              <td>
                <ul class="rc-list small">
                  {f.requiredDocuments.map((doc) => (
                    <li key={doc.type}>
                      {doc.label}{' '}
                      <span class="muted">
                        ({d.docFormats(doc.formats.map((x) => x.toUpperCase()).join('/'), fmt.int(doc.maxKb))}
                        )
                      </span>
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <button type="button" class="btn btn-small" onClick={() => onEdit(f)}>
                  {common.common.edit}
                </button>
              </td>
            </tr>
          ))}
          {formations.length === 0 && (
            <tr>
              <td colSpan={6} class="muted">
                {common.common.empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

function OpeningsChart({ formations }: { formations: readonly RecruitmentFormation[] }) {
  const t = useRecruitmentText();
  const d = t.detail;
  const fmt = useFormat();
  const { tenantWide } = useRole();
  // An agency admin sees its own agency's formasi only: per track says more.
  const [by, setBy] = useState<'agency' | 'track'>(tenantWide ? 'agency' : 'track');
  const rows = openingsBy(formations, by, (tr) => t.tracks[tr]);
  const byLabel = by === 'agency' ? d.byAgency : d.byTrack;
  const total = rows.reduce((s, r) => s + r.openings, 0);
  const totalFormasi = rows.reduce((s, r) => s + r.formations, 0);
  return (
    <div class="card">
      <h2>
        {d.chartTitle} {byLabel}
      </h2>
      <fieldset class="segmented">
        <legend class="sr-only">{d.chartTitle}</legend>
        {(['agency', 'track'] as const).map((b) => (
          <button
            key={b}
            type="button"
            class="btn btn-small"
            aria-pressed={by === b}
            onClick={() => setBy(b)}
          >
            {b === 'agency' ? d.byAgency : d.byTrack}
          </button>
        ))}
      </fieldset>
      <HorizontalBarChart
        data={rows.map((r) => ({ label: r.label, value: r.openings }))}
        label={d.chartLabel(byLabel, rows.map((r) => `${r.label} ${fmt.int(r.openings)}`).join(', '))}
        locale={fmt.locale}
        min={0}
        integer
        format={(v) => fmt.int(v)}
      />
      <div class="table-wrap">
        <table>
          <caption>{d.chartCaption(byLabel)}</caption>
          <thead>
            <tr>
              <th scope="col">{by === 'agency' ? d.agency : d.track}</th>
              <th scope="col" class="num">
                {d.formasi}
              </th>
              <th scope="col" class="num">
                {d.openings}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <td>{r.label}</td>
                <td class="num">{fmt.int(r.formations)}</td>
                <td class="num">{fmt.int(r.openings)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{d.total}</th>
              <td class="num">{fmt.int(totalFormasi)}</td>
              <td class="num">{fmt.int(total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
