/**
 * Pieces shared by the personnel pages: their texts, the sub-navigation, date formats, a one-shot
 * read, a "load more" list, the agency list and saving a downloaded file.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type Agency, listAgencies, listAll, type Page } from '../../api/client';
import { ErrorMessage, PageTitle } from '../../components/ui';
import { useI18n } from '../../i18n';
import { type AdminPath, canOpen } from '../../nav';
import { useMe } from '../../session';
import { personnelEn } from './i18n/en';
import { type PersonnelDictionary, personnelId } from './i18n/id';

export { type Async, saveBlob, useAsync } from '../../lib/hooks';

export type { PersonnelDictionary };

export function usePersonnelText(): PersonnelDictionary {
  const { lang } = useI18n();
  return lang === 'en' ? personnelEn : personnelId;
}

const TABS = [
  { href: '/personnel/employees', key: 'employees' },
  { href: '/personnel/corrections', key: 'corrections' },
  { href: '/personnel/import', key: 'import' },
  { href: '/personnel/dashboard', key: 'dashboard' },
] as const satisfies readonly { href: AdminPath; key: string }[];

/** The page title and the tabs between the personnel pages this role may open. */
export function PersonnelHeader({
  title,
  current,
  children,
}: {
  title: string;
  current?: (typeof TABS)[number]['href'];
  children?: ComponentChildren;
}) {
  const pt = usePersonnelText();
  const me = useMe();
  const tabs = TABS.filter((tab) => canOpen(me.user.role, tab.href));
  return (
    <header class="survey-header">
      <PageTitle>{title}</PageTitle>
      {tabs.length > 1 && (
        <nav class="subnav" aria-label={pt.tabs.label}>
          <ul>
            {tabs.map((tab) => (
              <li key={tab.href}>
                <a href={tab.href} aria-current={current === tab.href ? 'page' : undefined}>
                  {pt.tabs[tab.key]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {children}
    </header>
  );
}

/** Dates (`YYYY-MM-DD` or instants) and numbers in the reader's language. */
export function useFormat() {
  const { lang } = useI18n();
  return useMemo(() => {
    const locale = lang === 'id' ? 'id-ID' : 'en-GB';
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    const int = new Intl.NumberFormat(locale);
    const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    return {
      locale,
      /** A calendar date stays the same day whatever the reader's zone (read as UTC midnight). */
      date: (iso: string | undefined | null) => {
        if (!iso) return '–';
        const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
        return Number.isNaN(d.getTime()) ? iso : date.format(d);
      },
      int: (n: number) => int.format(n),
      pct: (n: number) => pct.format(n),
    };
  }, [lang]);
}

export type Format = ReturnType<typeof useFormat>;

export interface LoadMore<T> {
  items: T[];
  loading: boolean;
  error: unknown;
  hasMore: boolean;
  more: () => void;
  reload: () => void;
}

/** A cursor list that grows with "load more". Give the component a new `key` to start again. */
export function useLoadMore<T>(load: (cursor: string | undefined) => Promise<Page<T>>): LoadMore<T> {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const loadRef = useRef(load);
  loadRef.current = load;
  const seq = useRef(0);

  const fetchPage = useCallback(async (from: string | undefined) => {
    const mine = ++seq.current;
    setLoading(true);
    setError(null);
    try {
      const p = await loadRef.current(from);
      if (mine !== seq.current) return;
      setItems((old) => (from ? [...old, ...p.items] : p.items));
      setCursor(p.nextCursor);
    } catch (err) {
      if (mine === seq.current) setError(err);
    } finally {
      if (mine === seq.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    void fetchPage(undefined);
    return () => {
      seq.current++;
    };
  }, [fetchPage]);

  return {
    items,
    loading,
    error,
    hasMore: Boolean(cursor),
    more: () => {
      if (cursor && !loading) void fetchPage(cursor);
    },
    reload: () => void fetchPage(undefined),
  };
}

/** The list's error, its "load more" button, and an empty line when there is nothing. */
export function LoadMoreFooter({ list, emptyText }: { list: LoadMore<unknown>; emptyText?: string }) {
  const pt = usePersonnelText();
  const { t } = useI18n();
  return (
    <>
      <ErrorMessage error={list.error} />
      {!list.loading && !list.error && list.items.length === 0 && (
        <p class="muted">{emptyText ?? t.common.empty}</p>
      )}
      {list.hasMore && (
        <p class="load-more">
          <button
            type="button"
            class="btn"
            onClick={list.more}
            disabled={list.loading}
            aria-busy={list.loading}
          >
            {list.loading ? t.common.loading : pt.loadMore}
          </button>
        </p>
      )}
    </>
  );
}

/** Every agency of the tenant (tens, so one or two pages), for filters and selects. */
export function useAgencies() {
  const [agencies, setAgencies] = useState<Agency[]>([]);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    listAll((q) => listAgencies(q))
      .then((items) => live && setAgencies(items))
      .catch((err) => live && setError(err));
    return () => {
      live = false;
    };
  }, []);
  const nameOf = useMemo(() => {
    const names = new Map(agencies.map((a) => [a.id, a.name]));
    return (id: string) => names.get(id) ?? id;
  }, [agencies]);
  return { agencies, error, nameOf };
}

/** Admins manage records; tenant admins across the tenant, agency admins in their own agency. */
export function usePersonnelRole() {
  const me = useMe();
  const role = me.user.role;
  return {
    admin: role === 'tenant-admin' || role === 'agency-admin',
    tenantWide: role === 'tenant-admin',
    ownAgencyId: me.user.agencyId,
  };
}

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
