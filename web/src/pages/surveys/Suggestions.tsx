/**
 * Moderation of the citizens' suggestions: they reach admins only until moderated, and hiding one
 * needs a reason, which the audit trail keeps.
 */
import { useId, useRef, useState } from 'preact/hooks';
import {
  listSurveySuggestions,
  moderateSurveySuggestion,
  type Suggestion,
  type SuggestionStatus,
} from '../../api/client';
import { LoadMoreFooter } from '../../components/admin';
import { FormActions } from '../../components/forms';
import { ErrorMessage, TextAreaField } from '../../components/ui';
import { useI18n } from '../../i18n';
import { useFormat } from '../../lib/format';
import { useSchemaForm } from '../../lib/forms';
import { type LoadMore, useLoadMore } from '../../lib/hooks';
import { moderateSuggestionSchema } from './schemas';
import { useSurveyText } from './shared';

const STATUSES: SuggestionStatus[] = ['pending', 'visible', 'hidden'];

export function SuggestionsSection({
  unitId,
  onNotice,
}: {
  unitId: string;
  onNotice: (msg: string | null) => void;
}) {
  const st = useSurveyText();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState<SuggestionStatus>('pending');
  return (
    <section class="card" aria-labelledby={titleId}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {st.suggestions.title}
      </h2>
      <p class="muted small">{st.suggestions.intro}</p>
      <fieldset class="segmented">
        <legend class="sr-only">{st.suggestions.statusLabel}</legend>
        {STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            class="btn btn-small"
            aria-pressed={status === s}
            onClick={() => setStatus(s)}
          >
            {st.suggestions.status[s]}
          </button>
        ))}
      </fieldset>
      <SuggestionList
        key={status}
        unitId={unitId}
        status={status}
        onModerated={(msg) => {
          onNotice(msg);
          // The moderated item leaves this tab; keep keyboard focus somewhere sensible.
          heading.current?.focus();
        }}
      />
    </section>
  );
}

function SuggestionList({
  unitId,
  status,
  onModerated,
}: {
  unitId: string;
  status: SuggestionStatus;
  onModerated: (msg: string) => void;
}) {
  const st = useSurveyText();
  const list = useLoadMore(
    (cursor) => listSurveySuggestions(unitId, { cursor, limit: 20, status }),
    (s) => s.responseId,
  );
  return (
    <>
      <ul
        class="suggestions"
        aria-label={st.suggestions.listLabel(st.suggestions.status[status])}
        aria-busy={list.loading}
      >
        {list.items.map((s) => (
          <SuggestionItem
            key={s.responseId}
            suggestion={s}
            unitId={unitId}
            list={list}
            onModerated={onModerated}
          />
        ))}
      </ul>
      <LoadMoreFooter list={list} moreText={st.loadMore} emptyText={st.suggestions.empty} />
    </>
  );
}

function SuggestionItem({
  suggestion: s,
  unitId,
  list,
  onModerated,
}: {
  suggestion: Suggestion;
  unitId: string;
  list: LoadMore<Suggestion>;
  onModerated: (msg: string) => void;
}) {
  const st = useSurveyText();
  const { formatDateTime } = useI18n();
  const fmt = useFormat();
  const [hiding, setHiding] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const show = async () => {
    setBusy(true);
    setError(null);
    try {
      await moderateSurveySuggestion(unitId, s.responseId, { action: 'show' });
      list.remove(s);
      onModerated(st.suggestions.shown);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li class="suggestion">
      <blockquote class="suggestion-text">{s.text}</blockquote>
      <p class="muted small">
        {st.suggestions.submitted} {formatDateTime(s.submittedAt)}
        {s.serviceType && <> · {s.serviceType}</>}
        {s.verified && (
          <>
            {' '}
            · <span class="badge badge-ok">{st.suggestions.verified}</span>
          </>
        )}
        {s.moderatedAt && <> · {st.suggestions.moderated(fmt.localDate(s.moderatedAt))}</>}
      </p>
      {s.moderationReason && (
        <p class="small">
          {st.suggestions.reason}: {s.moderationReason}
        </p>
      )}
      <ErrorMessage error={error} />
      {!hiding && (
        <div class="actions">
          {s.status !== 'visible' && (
            <button type="button" class="btn btn-small" onClick={show} disabled={busy}>
              {st.suggestions.show}
            </button>
          )}
          {s.status !== 'hidden' && (
            <button
              type="button"
              class="btn btn-small btn-danger"
              onClick={() => setHiding(true)}
              disabled={busy}
            >
              {st.suggestions.hide}
            </button>
          )}
        </div>
      )}
      {hiding && (
        <HideForm
          onCancel={() => setHiding(false)}
          hide={async (reason) => {
            await moderateSurveySuggestion(unitId, s.responseId, { action: 'hide', reason });
            list.remove(s);
            onModerated(st.suggestions.hidden);
          }}
        />
      )}
    </li>
  );
}

function HideForm({ hide, onCancel }: { hide: (reason: string) => Promise<void>; onCancel: () => void }) {
  const st = useSurveyText();
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const form = useSchemaForm(
    moderateSuggestionSchema,
    () => ({ action: 'hide', reason: reason.trim() || undefined }),
    async (value) => hide(value.reason ?? ''),
  );
  // The schema's rule for a missing reason is a custom one; say plainly that it must be filled in.
  const fields =
    form.fields.reason && !reason.trim() ? { ...form.fields, reason: t.validation.required } : form.fields;
  return (
    <form class="inline-form" noValidate onSubmit={form.submit} aria-label={st.suggestions.confirmHide}>
      <ErrorMessage error={form.error} fieldNames={['reason']} />
      <TextAreaField
        label={st.suggestions.reason}
        name="reason"
        value={reason}
        onInput={(e) => setReason(e.currentTarget.value)}
        errors={fields}
        hint={st.suggestions.reasonHint}
        maxLength={500}
        rows={2}
      />
      <FormActions label={st.suggestions.confirmHide} busy={form.busy} small onCancel={onCancel} />
    </form>
  );
}
