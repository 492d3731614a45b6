/** The texts and small pieces the applicants list and the verification screen share. */
import { useLocalized } from '../../i18n';
import { useFormat } from '../../lib/format';
import { useMe } from '../../session';
import { resultsEn } from './i18n/results-en';
import { resultsId } from './i18n/results-id';
import { screeningEn } from './i18n/screening-en';
import { type ScreeningDictionary, screeningId } from './i18n/screening-id';
import { type ApplicationStatus, zonedDateTime } from './screening-model';
import './recruitment.css';

export const useScreeningText = (): ScreeningDictionary => useLocalized(screeningId, screeningEn);

const STATUS_CLASS: Record<ApplicationStatus, string> = {
  DRAFT: 'badge badge-muted',
  SUBMITTED: 'badge badge-warn',
  MS: 'badge badge-ok',
  TMS: 'badge rc-badge-tms',
};

/** The status as a badge: "Terkirim", "MS", "TMS", with the long name for assistive technology. */
export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const t = useScreeningText();
  return (
    <span class={STATUS_CLASS[status]} title={t.statusTitles[status]}>
      {t.statuses[status]}
      {status !== 'SUBMITTED' && status !== 'DRAFT' && (
        <span class="sr-only"> ({t.statusTitles[status]})</span>
      )}
    </span>
  );
}

/** An instant as the tenant's wall-clock time, with its zone ("12 Mar 2026 08.00 WIB"). */
export function useZonedTime() {
  const me = useMe();
  const { locale } = useFormat();
  const zone = me.tenant?.timeZone ?? 'Asia/Jakarta';
  return (iso: string | null | undefined) => zonedDateTime(iso, zone, locale);
}

export type RoundTab = 'overview' | 'applicants' | 'announcements' | 'scores' | 'ranking';

/**
 * The round page's tabs, as links (the address keeps the tab and the filters). "Nilai" (the score
 * import) is the tenant admin's only; the others are every admin's.
 */
export function RoundTabs({
  roundId,
  current,
  tenantWide = false,
}: {
  roundId: string;
  current: RoundTab;
  tenantWide?: boolean;
}) {
  const t = useScreeningText();
  const r = useLocalized(resultsId, resultsEn);
  const base = `/recruitment/${encodeURIComponent(roundId)}`;
  const tabs: { key: RoundTab; href: string; label: string }[] = [
    { key: 'overview', href: base, label: t.tabs.overview },
    { key: 'applicants', href: `${base}?tab=pelamar`, label: t.tabs.applicants },
    { key: 'announcements', href: `${base}?tab=pengumuman`, label: t.tabs.announcements },
    ...(tenantWide ? [{ key: 'scores' as const, href: `${base}?tab=nilai`, label: r.tabs.scores }] : []),
    { key: 'ranking', href: `${base}?tab=peringkat`, label: r.tabs.ranking },
  ];
  return (
    <nav class="subnav" aria-label={t.tabs.label}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.key}>
            <a href={tab.href} aria-current={current === tab.key ? 'page' : undefined}>
              {tab.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
