import { useMemo } from 'preact/hooks';
import { useI18n } from '../i18n';
import { useMe } from '../session';

const NONE = '–';

/**
 * Numbers and dates in the reader's language (88,31 in Indonesian, 88.31 in English), for every
 * admin page. Calendar dates (`YYYY-MM-DD`: TMT, birth dates) are read as UTC midnight, so no time
 * zone moves the day; `localDate` is for instants, shown on the reader's own calendar.
 */
export function useFormat() {
  const { lang } = useI18n();
  return useMemo(() => {
    const locale = lang === 'id' ? 'id-ID' : 'en-GB';
    const fixed = (digits: number) =>
      new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    const ikm = fixed(2);
    const nrr = fixed(3);
    const int = new Intl.NumberFormat(locale);
    const dec1 = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const pct1 = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const dayMedium = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const dayLong = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    const localDay = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const monthShort = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
    const monthName = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    const toMonth = (m: string) => new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1, 1));
    const count = (n: number | null | undefined, f: Intl.NumberFormat) =>
      n === null || n === undefined ? NONE : f.format(n);
    return {
      locale,
      int: (n: number | null | undefined) => count(n, int),
      /** One decimal at most (2,5 JP). */
      dec1: (n: number | null | undefined) => count(n, dec1),
      /** An IKM score, two decimals. */
      ikm: (n: number | null) => count(n, ikm),
      /** A mean score per element (NRR), three decimals. */
      nrr: (n: number | null) => count(n, nrr),
      /** A share as a whole percentage. */
      pct: (n: number) => pct.format(n),
      /** A share with one decimal (12,5%). */
      pct1: (n: number) => pct1.format(n),
      /** A calendar day (`YYYY-MM-DD`, or the date part of an instant), medium style. */
      date: (iso: string | null | undefined) => {
        if (!iso) return NONE;
        const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
        return Number.isNaN(d.getTime()) ? iso : dayMedium.format(d);
      },
      /** A calendar day in words ("1 Maret 2026"); an instant shows its UTC day. */
      dateLong: (iso: string | null | undefined) => {
        if (!iso) return NONE;
        const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
        return Number.isNaN(d.getTime()) ? iso : dayLong.format(d);
      },
      /** An instant as the day it was on the reader's calendar. */
      localDate: (iso: string) => {
        const d = new Date(iso);
        return Number.isNaN(d.getTime()) ? iso : localDay.format(d);
      },
      /** `YYYY-MM` as "Maret 2026". */
      month: (m: string) => month.format(toMonth(m)),
      monthShort: (m: string) => monthShort.format(toMonth(m)),
      monthName: (n: number) => monthName.format(new Date(Date.UTC(2000, n - 1, 1))),
    };
  }, [lang]);
}

export type Format = ReturnType<typeof useFormat>;

/** Today as `YYYY-MM-DD` in the tenant's time zone: TMT and "as of" dates are calendar days there. */
export function useToday(): string {
  const me = useMe();
  return useMemo(
    () =>
      new Intl.DateTimeFormat('en-CA', { timeZone: me.tenant?.timeZone ?? 'Asia/Jakarta' }).format(
        new Date(),
      ),
    [me.tenant?.timeZone],
  );
}
