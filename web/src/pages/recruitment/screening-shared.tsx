/** The texts and small pieces the applicants list and the verification screen share. */
import { useLocalized } from '../../i18n';
import { useFormat } from '../../lib/format';
import { useMe } from '../../session';
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

/** The round page's two tabs, as links (the address keeps the tab and the filters). */
export function RoundTabs({
  roundId,
  current,
}: {
  roundId: string;
  current: 'overview' | 'applicants' | 'announcements';
}) {
  const t = useScreeningText();
  const base = `/recruitment/${encodeURIComponent(roundId)}`;
  return (
    <nav class="subnav" aria-label={t.tabs.label}>
      <ul>
        <li>
          <a href={base} aria-current={current === 'overview' ? 'page' : undefined}>
            {t.tabs.overview}
          </a>
        </li>
        <li>
          <a href={`${base}?tab=pelamar`} aria-current={current === 'applicants' ? 'page' : undefined}>
            {t.tabs.applicants}
          </a>
        </li>
        <li>
          <a href={`${base}?tab=pengumuman`} aria-current={current === 'announcements' ? 'page' : undefined}>
            {t.tabs.announcements}
          </a>
        </li>
      </ul>
    </nav>
  );
}
