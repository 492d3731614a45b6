/**
 * Pieces only the lazily loaded admin pages use. Kept apart from ./ui so that they load with those
 * pages and not with the login page.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import type { Paged } from '../lib/hooks';
import { ErrorMessage } from './ui';

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

export function Forbidden() {
  const { t } = useI18n();
  return (
    <div class="alert alert-error" role="alert">
      {t.forbidden}
    </div>
  );
}

type PageMoves = Pick<Paged<unknown>, 'pageNumber' | 'hasPrev' | 'hasNext' | 'prev' | 'next'>;

/** Previous and next for a cursor-paged list; nothing when it fits on one page. */
export function Pager({ list }: { list: PageMoves }) {
  const { t } = useI18n();
  if (!list.hasPrev && !list.hasNext) return null;
  return (
    <nav class="pager" aria-label={t.common.pagination}>
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
