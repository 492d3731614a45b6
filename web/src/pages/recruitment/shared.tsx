/** The texts, header and small pieces the recruitment pages share. */
import { sectionHeader } from '../../components/admin';
import { useLocalized } from '../../i18n';
import { useFormat } from '../../lib/format';
import { recruitmentEn } from './i18n/recruitment-en';
import { type RecruitmentDictionary, recruitmentId } from './i18n/recruitment-id';
import type { RecruitmentRound } from './recruitment-api';
import { type RoundState, roundState } from './recruitment-model';
import './recruitment.css';

export const useRecruitmentText = (): RecruitmentDictionary => useLocalized(recruitmentId, recruitmentEn);

export const RecruitmentHeader = sectionHeader(() => {
  const t = useRecruitmentText();
  return { title: t.title, tabs: { label: t.title } };
});

const STATE_CLASS: Record<RoundState, string> = {
  draft: 'badge badge-muted',
  upcoming: 'badge badge-warn',
  open: 'badge badge-ok',
  closed: 'badge',
};

export function RoundStateBadge({
  round,
}: {
  round: Pick<RecruitmentRound, 'published' | 'registrationStatus'>;
}) {
  const t = useRecruitmentText();
  const state = roundState(round);
  return <span class={STATE_CLASS[state]}>{t.states[state]}</span>;
}

/** A local date-time of the tenant (`YYYY-MM-DDTHH:mm`) as "12 Mar 2026 08.00"; no zone shift. */
export function useLocalTime() {
  const fmt = useFormat();
  return (local: string | null | undefined) => {
    if (!local) return '–';
    const time = local.slice(11, 16);
    return time
      ? `${fmt.date(local)} ${fmt.locale === 'id-ID' ? time.replace(':', '.') : time}`
      : fmt.date(local);
  };
}
