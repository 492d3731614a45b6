import { useState } from 'preact/hooks';
import { type AuditEntry, type ListAuditQuery, listAuditEntries } from '../api/client';
import { PagedTable } from '../components/admin';
import { type FieldErrors, InputField, PageTitle, SelectField } from '../components/ui';
import { useI18n } from '../i18n';
import { useFormat } from '../lib/format';
import { formValues, usePaged } from '../lib/hooks';
import {
  type AuditLabels,
  actionLabel,
  auditLabels,
  CONTEXT_FIELDS,
  entityTypeLabel,
  type FormatContext,
  fieldLabel,
  flagLabel,
  formatAuditValue,
  humanizeKey,
  isUlid,
  listChange,
  listChangeText,
  type Shown,
} from './audit-labels';

/** A date input means the whole local day: `from` at its start, `to` at its end. */
function dayBound(date: string | undefined, end: boolean): string | undefined {
  if (!date) return undefined;
  const d = new Date(`${date}T${end ? '23:59:59.999' : '00:00:00'}`);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** The entity types whose ids the API names (packages/db auditNames); others have no name to show. */
const NAMED_TYPES = new Set([
  'agency',
  'unit',
  'user',
  'employee',
  'mentor',
  'position',
  'training',
  'surveyUnit',
]);

export default function AuditPage() {
  const { t, lang } = useI18n();
  const l = auditLabels(lang);
  const [query, setQuery] = useState<ListAuditQuery>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  return (
    <section>
      <PageTitle>{t.audit.title}</PageTitle>
      <form
        class="card toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          const v = formValues(e.currentTarget);
          // The API reads one entity's history (type and id) or the whole log, not a type alone.
          if (!v.entityType !== !v.entityId) {
            setErrors({ [v.entityType ? 'entityId' : 'entityType']: l.text.typeAndIdTogether });
            return;
          }
          setErrors({});
          setQuery({
            entityType: v.entityType,
            entityId: v.entityId,
            from: dayBound(v.from, false),
            to: dayBound(v.to, true),
          });
        }}
      >
        <SelectField label={t.audit.entityType} name="entityType" optional errors={errors}>
          <option value="">{l.text.allTypes}</option>
          {l.filterTypes.map((type) => (
            <option key={type} value={type}>
              {entityTypeLabel(l, type)}
            </option>
          ))}
        </SelectField>
        <InputField label={t.audit.entityId} name="entityId" optional maxLength={64} errors={errors} />
        <InputField label={t.audit.from} name="from" type="date" optional />
        <InputField label={t.audit.to} name="to" type="date" optional />
        <div class="actions">
          <button type="submit" class="btn btn-primary">
            {t.audit.filter}
          </button>
          <button
            type="reset"
            class="btn"
            onClick={() => {
              setErrors({});
              setQuery({});
            }}
          >
            {t.audit.clear}
          </button>
        </div>
      </form>
      <AuditTable key={JSON.stringify(query)} query={query} />
    </section>
  );
}

/** An entry with the names of the ids its page refers to (the API sends them once per page). */
interface AuditRowData {
  entry: AuditEntry;
  names: Record<string, string>;
}

function AuditTable({ query }: { query: ListAuditQuery }) {
  const { t } = useI18n();
  const list = usePaged<AuditRowData>(async (cursor) => {
    const page = await listAuditEntries({ ...query, cursor, limit: 25 });
    return { items: page.items.map((entry) => ({ entry, names: page.names })), nextCursor: page.nextCursor };
  });
  return (
    <div class="audit-list">
      <PagedTable
        list={list}
        caption={t.audit.listCaption}
        columns={[t.audit.at, t.audit.actor, t.audit.action, t.audit.entity, t.audit.changes]}
        row={(item) => <AuditRow key={item.entry.id} {...item} />}
      />
    </div>
  );
}

function Value({ shown, class: className }: { shown: Shown; class?: string }) {
  return (
    <span class={className} title={shown.title}>
      {shown.text}
    </span>
  );
}

function AuditRow({ entry, names }: AuditRowData) {
  const { t, lang, formatDateTime } = useI18n();
  const fmt = useFormat();
  const l = auditLabels(lang);
  const role = entry.actor.role as keyof typeof t.roles;
  const changes = Object.entries(entry.changes);
  // A creation has nothing before: its values are listed without "— →" on every line.
  const creation =
    changes.length > 0 && changes.every(([, c]) => c.before === null || c.before === undefined);
  const context = (field: string): FormatContext => ({
    labels: l,
    lang,
    entityType: entry.entityType,
    field,
    names,
    date: fmt.date,
    dateTime: formatDateTime,
    number: fmt.int,
  });
  return (
    <tr>
      <td class="nowrap" data-label={t.audit.at}>
        {formatDateTime(entry.at)}
      </td>
      <td data-label={t.audit.actor}>
        {entry.actorName ? (
          <span class="audit-actor" title={l.text.idTitle(entry.actor.sub)}>
            {entry.actorName}
          </span>
        ) : (
          <span class="audit-actor muted" title={l.text.anonymousHint}>
            {l.text.anonymous}
          </span>
        )}
        <div class="muted small">{t.roles[role] ?? humanizeKey(entry.actor.role)}</div>
      </td>
      <td data-label={t.audit.action}>
        <span title={l.text.actionTitle(entry.action)}>{actionLabel(l, entry.action)}</span>
        {entry.flags && entry.flags.length > 0 && (
          <div class="audit-flags">
            {entry.flags.map((flag) => (
              <span key={flag} class="badge badge-warn" title={flag}>
                {flagLabel(l, flag)}
              </span>
            ))}
          </div>
        )}
      </td>
      <td data-label={t.audit.entity}>
        <Entity entry={entry} names={names} l={l} />
      </td>
      <td data-label={t.audit.changes}>
        {changes.length === 0 ? (
          <span class="muted">{l.text.noChanges}</span>
        ) : (
          <ul class="changes audit-changes">
            {changes.map(([field, c]) => {
              const ctx = context(field);
              const before = formatAuditValue(c.before, ctx);
              const after = formatAuditValue(c.after, ctx);
              const list = creation ? null : listChange(c.before, c.after, ctx);
              const fact =
                creation || (CONTEXT_FIELDS.has(field) && (c.before === null || c.before === undefined));
              return (
                <li key={field}>
                  <span class="audit-field">{fieldLabel(l, entry.entityType, field)}</span>:{' '}
                  {fact ? (
                    <Value shown={after} />
                  ) : list ? (
                    // Two long lists that differ in an item or two: the items, the lists in the tooltip.
                    <Value
                      shown={{
                        text: listChangeText(list, l),
                        title: `${before.title ?? before.text}\n→\n${after.title ?? after.text}`,
                      }}
                    />
                  ) : (
                    <>
                      <Value shown={before} class="audit-before" /> <span class="audit-arrow">→</span>{' '}
                      <Value shown={after} />
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </td>
    </tr>
  );
}

/** The entity by its name, its type beneath; an id only as a tooltip. */
function Entity({ entry, names, l }: AuditRowData & { l: AuditLabels }) {
  const type = entityTypeLabel(l, entry.entityType);
  const id = entry.entityId;
  const title = l.text.idTitle(id);
  const name = Object.hasOwn(names, id) ? names[id] : undefined;
  if (name)
    return (
      <>
        <span class="audit-entity" title={title}>
          {name}
        </span>
        <div class="muted small">{type}</div>
      </>
    );
  if (!isUlid(id))
    // A competency's code, readable as it is.
    return (
      <>
        <span class="audit-entity">{id}</span>
        <div class="muted small">{type}</div>
      </>
    );
  return (
    <>
      <span class="audit-entity" title={title}>
        {type}
      </span>
      {NAMED_TYPES.has(entry.entityType) && (
        <div class="muted small" title={title}>
          {l.text.unnamed}
        </div>
      )}
    </>
  );
}
