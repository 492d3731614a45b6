/**
 * `/karier/{tenant}` and `/karier/{tenant}/{roundId}`: the public careers page (issue 12). The
 * tenant's published CPNS/PPPK rounds with their status and registration window, and a round's
 * formasi with openings, requirements and the schedule. While registration is open, the round
 * leads to registration and login, and each formasi to "Lamar formasi ini" (./applicant-wizard).
 * Loaded on demand, so the survey pages do not carry it.
 */
import { useState } from 'preact/hooks';
import './careers.css';
import {
  getPublicRecruitmentRound,
  listPublicRecruitmentRounds,
  type PublicFormation,
  type PublicRecruitmentRound,
  type PublicRecruitmentRoundDetail,
} from './api';
import { ApplyButton, RegisterCta } from './applicant-wizard';
import { CAREERS_TEXT, type CareersDictionary, count, localTime, PHASES } from './careers-i18n';
import { type Lang, useLang } from './i18n';
import { Loading, ProblemPanel, PublicLayout, useResource, useTitle } from './ui';

function useCareers(): { c: CareersDictionary; lang: Lang } {
  const { lang } = useLang();
  return { c: CAREERS_TEXT[lang], lang };
}

function StatusBadge({ status }: { status: PublicRecruitmentRound['status'] }) {
  const { c } = useCareers();
  return <span class={`kr-status kr-status-${status}`}>{c.status[status]}</span>;
}

/** The rounds list. */
export function CareersListPage({ tenant }: { tenant: string }) {
  const { c, lang } = useCareers();
  useTitle(c.title);
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const [earlier, setEarlier] = useState<PublicRecruitmentRound[]>([]);
  const page = useResource((signal) => listPublicRecruitmentRounds(tenant, cursor, signal), [tenant, cursor]);
  const rounds = [...earlier, ...(page.data?.items ?? [])];
  return (
    <PublicLayout>
      <h1>{c.title}</h1>
      <p class="lead">{c.intro}</p>
      {page.error != null && (
        <ProblemPanel error={page.error} ctx={{ notFound: c.notFoundTenant }} onRetry={page.reload} />
      )}
      {page.loading && <Loading />}
      {!page.loading && !page.error && rounds.length === 0 && <p class="pub-alert">{c.none}</p>}
      <ul class="kr-list">
        {rounds.map((r) => (
          <li key={r.id} class="kr-card">
            <a class="kr-link" href={`/karier/${encodeURIComponent(tenant)}/${encodeURIComponent(r.id)}`}>
              <span class="kr-eyebrow">
                {r.kind} {r.year}
              </span>
              <span class="kr-name">{r.name}</span>
            </a>
            <StatusBadge status={r.status} />
            <p class="kr-window">
              <span class="muted">{c.registration}: </span>
              {c.window(localTime(lang, r.registrationOpensAt), localTime(lang, r.registrationClosesAt))}
            </p>
            <p class="muted small">
              {c.formasiOpenings(count(lang, r.formationCount), count(lang, r.openings))}
            </p>
          </li>
        ))}
      </ul>
      {page.data?.nextCursor && (
        <button
          type="button"
          class="pub-btn pub-btn-wide"
          onClick={() => {
            setEarlier(rounds);
            setCursor(page.data?.nextCursor ?? undefined);
          }}
        >
          {c.more}
        </button>
      )}
    </PublicLayout>
  );
}

/** One round: the note on registration, the schedule and the formasi. */
export function CareersRoundPage({ tenant, roundId }: { tenant: string; roundId: string }) {
  const { c } = useCareers();
  const round = useResource(
    (signal) => getPublicRecruitmentRound(tenant, roundId, signal),
    [tenant, roundId],
  );
  useTitle(round.data ? `${round.data.name} · ${c.title}` : c.title);
  return (
    <PublicLayout>
      <p>
        <a href={`/karier/${encodeURIComponent(tenant)}`}>{c.back}</a>
      </p>
      {round.error != null && (
        <ProblemPanel error={round.error} ctx={{ notFound: c.notFoundRound }} onRetry={round.reload} />
      )}
      {round.loading && <Loading />}
      {round.data && <RoundView tenant={tenant} round={round.data} />}
    </PublicLayout>
  );
}

function RoundView({ tenant, round }: { tenant: string; round: PublicRecruitmentRoundDetail }) {
  const { c, lang } = useCareers();
  const times: Partial<Record<(typeof PHASES)[number], string>> = {
    ...round.schedule,
    registrationOpensAt: round.registrationOpensAt,
    registrationClosesAt: round.registrationClosesAt,
  };
  return (
    <>
      <p class="kr-eyebrow">
        {round.kind} {round.year}
      </p>
      <h1>{round.name}</h1>
      <StatusBadge status={round.status} />
      <p class="kr-window">
        <span class="muted">{c.registration}: </span>
        {c.window(localTime(lang, round.registrationOpensAt), localTime(lang, round.registrationClosesAt))}
      </p>
      {round.status !== 'closed' && <RegisterCta tenant={tenant} />}
      <p>
        <a href={`/karier/${encodeURIComponent(tenant)}/${encodeURIComponent(round.id)}/pengumuman`}>
          {c.announcements}
        </a>
      </p>
      <h2>{c.schedule}</h2>
      <ol class="kr-schedule">
        {PHASES.filter((p) => times[p]).map((p) => (
          <li key={p}>
            <span class="muted">{c.phases[p]}</span>
            <span>{localTime(lang, times[p] ?? '')}</span>
          </li>
        ))}
      </ol>
      <p class="muted small">
        {c.timeZone(round.timeZone)} {c.referenceDate(localTime(lang, round.referenceDate))}
      </p>
      <h2>{c.formasi}</h2>
      <p class="muted small">
        {c.formasiOpenings(count(lang, round.formations.length), count(lang, round.openings))}
      </p>
      {round.formations.length === 0 && <p class="pub-alert">{c.noFormasi}</p>}
      <ul class="kr-list">
        {round.formations.map((f) => (
          <FormationCard
            key={f.id}
            f={f}
            apply={round.status === 'open' ? { tenant, roundId: round.id } : null}
          />
        ))}
      </ul>
    </>
  );
}

function FormationCard({
  f,
  apply,
}: {
  f: PublicFormation;
  /** While registration is open: "Lamar formasi ini" (or the way to log in first). */
  apply: { tenant: string; roundId: string } | null;
}) {
  const { c, lang } = useCareers();
  return (
    <li class="kr-card">
      <div class="kr-head">
        <span class="kr-name">{f.positionName}</span>
        <span class="kr-openings">{c.openings(count(lang, f.openings))}</span>
      </div>
      <p class="muted small">
        {f.unitName} · {f.agencyName}
      </p>
      <dl class="kr-facts">
        <dt>{c.track}</dt>
        <dd>{c.tracks[f.track]}</dd>
        <dt>{c.education}</dt>
        <dd>
          <ul>
            {f.educationRequirements.map((e) => (
              <li key={e.level}>
                {c.levels[e.level]}: {e.majors.length ? e.majors.join(', ') : c.allMajors}
              </li>
            ))}
            {f.minIpk !== undefined && (
              <li>{c.minIpk(f.minIpk.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB'))}</li>
            )}
            {f.maxAge !== undefined && <li>{c.maxAge(count(lang, f.maxAge))}</li>}
          </ul>
        </dd>
        {f.requiredDocuments.length > 0 && (
          <>
            <dt>{c.documents}</dt>
            <dd>
              <ul>
                {f.requiredDocuments.map((d) => (
                  <li key={d.type}>
                    {d.label}{' '}
                    <span class="muted small">
                      ({c.docSpec(d.formats.map((x) => x.toUpperCase()).join('/'), count(lang, d.maxKb))})
                    </span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {apply && <ApplyButton tenant={apply.tenant} roundId={apply.roundId} formationId={f.id} />}
    </li>
  );
}
