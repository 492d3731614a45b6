/** The texts and header of the careers pages (promotions and retirements: the API's careers routes). */
import { sectionHeader } from '../../components/admin';
import { useLocalized } from '../../i18n';
import { careersEn } from './i18n/en';
import { type CareersDictionary, careersId } from './i18n/id';

export const useCareersText = (): CareersDictionary => useLocalized(careersId, careersEn);

/** The careers title and the tabs between its pages. */
export const CareersHeader = sectionHeader(useCareersText, [
  { href: '/careers/promotions', key: 'promotions' },
  { href: '/careers/retirements', key: 'retirements' },
]);
