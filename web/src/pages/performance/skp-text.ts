import { useLocalized } from '../../i18n';
import { skpEn } from './i18n/skp-en';
import { type SkpDictionary, skpId } from './i18n/skp-id';

export type { SkpDictionary };

/** The SKP pages' texts, and the Kinerja tabs', in the reader's language. */
export const useSkpText = (): SkpDictionary => useLocalized(skpId, skpEn);
