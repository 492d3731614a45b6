import { useState } from 'preact/hooks';
import { type AuditEntry, type ListAuditQuery, listAuditEntries } from '../api/client';
import { PagedTable } from '../components/admin';
import { InputField, PageTitle } from '../components/ui';
import { useI18n } from '../i18n';
import { formValues, usePaged } from '../lib/hooks';

/** A date input means the whole local day: `from` at its start, `to` at its end. */
function dayBound(date: string | undefined, end: boolean): string | undefined {
  if (!date) return undefined;
  const d = new Date(`${date}T${end ? '23:59:59.999' : '00:00:00'}`);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

function short(value: unknown): string {
  if (value === null || value === undefined) return '∅';
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

export default function AuditPage() {
  const { t } = useI18n();
  const [query, setQuery] = useState<ListAuditQuery>({});
  return (
    <section>
      <PageTitle>{t.audit.title}</PageTitle>
      <form
        class="card toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          const v = formValues(e.currentTarget);
          setQuery({
            entityType: v.entityType,
            entityId: v.entityId,
            from: dayBound(v.from, false),
            to: dayBound(v.to, true),
          });
        }}
      >
        <InputField label={t.audit.entityType} name="entityType" optional maxLength={40} />
        <InputField label={t.audit.entityId} name="entityId" optional maxLength={64} />
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

function AuditTable({ query }: { query: ListAuditQuery }) {
  const { t, formatDateTime } = useI18n();
  const list = usePaged((cursor) => listAuditEntries({ ...query, cursor, limit: 25 }));
  return (
    <PagedTable
      list={list}
      caption={t.audit.listCaption}
      columns={[t.audit.at, t.audit.actor, t.audit.action, t.audit.entity, t.audit.changes]}
      row={(entry) => <AuditRow key={entry.id} entry={entry} at={formatDateTime(entry.at)} />}
    />
  );
}

function AuditRow({ entry, at }: { entry: AuditEntry; at: string }) {
  const { t } = useI18n();
  const role = entry.actor.role as keyof typeof t.roles;
  const changes = Object.entries(entry.changes);
  return (
    <tr>
      <td class="nowrap">{at}</td>
      <td>
        {t.roles[role] ?? entry.actor.role}
        <div class="muted small mono">{entry.actor.sub}</div>
      </td>
      <td>
        <code>{entry.action}</code>
      </td>
      <td>
        {entry.entityType}
        <div class="muted small mono">{entry.entityId}</div>
      </td>
      <td>
        {changes.length === 0 ? (
          <span class="muted">—</span>
        ) : (
          <ul class="changes">
            {changes.map(([field, c]) => (
              <li key={field}>
                <code>{field}</code>: {short(c.before)} → {short(c.after)}
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}
