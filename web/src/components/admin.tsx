/**
 * Pieces only the lazily loaded admin pages use. Kept apart from ./ui so that they load with those
 * pages and not with the login page.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Agency } from '../api/client';
import { useI18n } from '../i18n';
import type { LoadMore, Paged } from '../lib/hooks';
import { canOpen, type PagePath } from '../routes';
import { useMe } from '../session';
import { ErrorMessage, PageTitle, SelectField } from './ui';

const BADGE_CLASS: Record<string, string> = {
  active: 'badge badge-ok',
  inactive: 'badge badge-muted',
  disabled: 'badge badge-muted',
  suspended: 'badge badge-warn',
};

export function StatusBadge({ status }: { status: 'active' | 'inactive' | 'suspended' | 'disabled' }) {
  const { t } = useI18n();
  return <span class={BADGE_CLASS[status] ?? 'badge'}>{t.status[status]}</span>;
}

type PageMoves = Pick<Paged<unknown>, 'pageNumber' | 'hasPrev' | 'hasNext' | 'prev' | 'next'>;

/** Previous and next for a cursor-paged list; nothing when it fits on one page. */
export function Pager({ list }: { list: PageMoves & { total?: number } }) {
  const { t } = useI18n();
  if (!list.hasPrev && !list.hasNext) return <ListTotal total={list.total} />;
  return (
    <nav class="pager" aria-label={t.common.pagination}>
      <ListTotal total={list.total} />
      <button type="button" class="btn" onClick={list.prev} disabled={!list.hasPrev}>
        ← {t.common.prev}
      </button>
      <span>{t.common.pageNo(list.pageNumber)}</span>
      <button type="button" class="btn" onClick={list.next} disabled={!list.hasNext}>
        {t.common.next} →
      </button>
    </nav>
  );
}

/** "1.240 data" under a paged list, where the API said how long it is. */
function ListTotal({ total }: { total: number | undefined }) {
  const { t } = useI18n();
  if (total === undefined) return null;
  return <span class="muted small list-total">{t.common.total(total)}</span>;
}

/**
 * A cursor-paged list as a table in a card: its load error, a row per item (`row` gives each its
 * key), a line saying the list is empty, and the pager.
 */
export function PagedTable<T>({
  list,
  caption,
  columns,
  row,
}: {
  list: Paged<T>;
  caption: string;
  /** Column headings, in order; they also set how wide the empty line spans. */
  columns: string[];
  row: (item: T) => ComponentChildren;
}) {
  const { t } = useI18n();
  return (
    <div class="card">
      <ErrorMessage error={list.error} />
      <div class="table-wrap">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((heading) => (
                <th key={heading} scope="col">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody aria-busy={list.loading}>
            {list.items.map((item) => row(item))}
            {!list.loading && list.items.length === 0 && !list.error && (
              <tr>
                <td colSpan={columns.length} class="muted">
                  {t.common.empty}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <Pager list={list} />
    </div>
  );
}

/** A button that asks once more, inline, before doing something hard to undo. */
export function ConfirmButton({
  label,
  question,
  onConfirm,
  danger = false,
}: {
  label: string;
  question: string;
  onConfirm: () => Promise<unknown>;
  danger?: boolean;
}) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const questionId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  // Focus moves to the confirming button, so keyboard and screen reader users hear the question.
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button
        type="button"
        class={danger ? 'btn btn-small btn-danger' : 'btn btn-small'}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <span class="confirm">
      <span class="confirm-question" id={questionId}>
        {question}
      </span>
      <button
        type="button"
        ref={confirmRef}
        aria-describedby={questionId}
        class={danger ? 'btn btn-small btn-danger' : 'btn btn-small btn-primary'}
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await onConfirm();
          } finally {
            setBusy(false);
            setAsking(false);
          }
        }}
      >
        {t.common.yes}, {label.toLowerCase()}
      </button>
      <button type="button" class="btn btn-small" onClick={() => setAsking(false)} disabled={busy}>
        {t.common.cancel}
      </button>
    </span>
  );
}

/** The list's error, its "load more" button, and an empty line when there is nothing. */
export function LoadMoreFooter({
  list,
  moreText,
  emptyText,
}: {
  list: Pick<LoadMore<unknown>, 'items' | 'loading' | 'error' | 'hasMore' | 'more' | 'total'>;
  /** The button's text, in the feature's own words. */
  moreText: string;
  emptyText?: string;
}) {
  const { t } = useI18n();
  return (
    <>
      <ErrorMessage error={list.error} />
      {!list.loading && !list.error && list.items.length === 0 && (
        <p class="muted">{emptyText ?? t.common.empty}</p>
      )}
      {list.total !== undefined && list.items.length > 0 && (
        <p class="muted small list-total">{t.common.showingOf(list.items.length, list.total)}</p>
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
            {list.loading ? t.common.loading : moreText}
          </button>
        </p>
      )}
    </>
  );
}

/** A tab of a feature's header: a sibling page, and the key of its text in `tabs`. */
export interface SectionTab<K extends string> {
  href: PagePath;
  key: K;
}

/**
 * A feature's header component: the page title (the feature's `title` unless a page passes its
 * own), and tabs to the sibling pages this role may open, when more than one. `useText` gives the
 * feature's texts: `tabs` holds each tab's text and `label`, the name of their navigation.
 */
export function sectionHeader<K extends string>(
  useText: () => { title?: string; tabs: Record<K | 'label', string> },
  tabs: readonly SectionTab<K>[] = [],
) {
  return function SectionHeader({
    title,
    current,
    children,
  }: {
    title?: string;
    current?: PagePath;
    children?: ComponentChildren;
  }) {
    const text = useText();
    const me = useMe();
    const open = tabs.filter((tab) => canOpen(me.user.role, tab.href));
    return (
      <header class="survey-header">
        <PageTitle>{title ?? text.title}</PageTitle>
        {open.length > 1 && (
          <nav class="subnav" aria-label={text.tabs.label}>
            <ul>
              {open.map((tab) => (
                <li key={tab.href}>
                  <a href={tab.href} aria-current={current === tab.href ? 'page' : undefined}>
                    {text.tabs[tab.key]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {children}
      </header>
    );
  };
}

/** The agency filter of a list: every agency, or one. `value` is '' for all of them. */
export function AgencySelect({
  label,
  allLabel,
  agencies,
  value,
  onChange,
  name = 'agencyFilter',
}: {
  label: string;
  allLabel: string;
  agencies: readonly Agency[];
  value: string;
  onChange: (agencyId: string) => void;
  name?: string;
}) {
  return (
    <SelectField label={label} name={name} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      <option value="">{allLabel}</option>
      {agencies.map((a) => (
        <option key={a.id} value={a.id}>
          {a.name}
        </option>
      ))}
    </SelectField>
  );
}
