/**
 * Pieces shared by the personnel pages: their texts, the tabs between them, and how a rank and a
 * name are written.
 */
import { sectionHeader } from '../../components/admin';
import { useLocalized } from '../../i18n';
import { personnelEn } from './i18n/en';
import { type PersonnelDictionary, personnelId } from './i18n/id';

export type { PersonnelDictionary };

export const usePersonnelText = (): PersonnelDictionary => useLocalized(personnelId, personnelEn);

/** The page title and the tabs between the personnel pages this role may open. */
export const PersonnelHeader = sectionHeader(usePersonnelText, [
  { href: '/personnel/employees', key: 'employees' },
  { href: '/personnel/corrections', key: 'corrections' },
  { href: '/personnel/import', key: 'import' },
  { href: '/personnel/dashboard', key: 'dashboard' },
]);

/** The rank (golongan/ruang) of a PNS or the grade of a PPPK, as one label. */
export function golonganOf(e: { rank?: string | null; grade?: string | null }): string {
  return e.rank ?? (e.grade ? `PPPK ${e.grade}` : '–');
}

/** The full name with academic titles, as it is written on a decree. */
export function fullName(e: { name: string; frontTitle?: string | null; backTitle?: string | null }): string {
  const front = e.frontTitle ? `${e.frontTitle} ` : '';
  const back = e.backTitle ? `, ${e.backTitle}` : '';
  return `${front}${e.name}${back}`;
}
