import { useState } from 'preact/hooks';
import { ApiError } from '../../api/client';
import {
  type Correction,
  type CorrectionStatus,
  decideProfileCorrection,
  listProfileCorrections,
} from '../../api/personnel';
import { ErrorMessage, InputField, Notice, SelectField } from '../../components/ui';
import { LOCAL_VALIDATION_STATUS, useI18n } from '../../i18n';
import { personnelFields } from './errors';
import { PersonnelHeader, usePersonnelText } from './shared';
import './personnel.css';
import { LoadMoreFooter } from '../../components/admin';
import { useFormat } from '../../lib/format';
import { useLoadMore } from '../../lib/hooks';

export default function CorrectionsPage() {
  return <Corrections />;
}

const STATUSES: CorrectionStatus[] = ['pending', 'approved', 'rejected'];

function Corrections() {
  const pt = usePersonnelText();
  const c = pt.corrections;
  const [status, setStatus] = useState<CorrectionStatus>('pending');
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section>
      <PersonnelHeader title={c.title} current="/personnel/corrections" />
      {notice && <Notice>{notice}</Notice>}
      <div class="toolbar">
        <SelectField
          label={c.status}
          name="status"
          value={status}
          onChange={(e) => {
            setStatus(e.currentTarget.value as CorrectionStatus);
            setNotice(null);
          }}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {c.statuses[s]}
            </option>
          ))}
        </SelectField>
      </div>
      <CorrectionList key={status} status={status} onNotice={setNotice} />
    </section>
  );
}

function CorrectionList({
  status,
  onNotice,
}: {
  status: CorrectionStatus;
  onNotice: (msg: string | null) => void;
}) {
  const pt = usePersonnelText();
  const list = useLoadMore((cursor) => listProfileCorrections({ status, cursor, limit: 25 }));
  return (
    <div class="stack">
      {list.items.map((item) => (
        <CorrectionCard
          key={`${item.id}:${item.version}`}
          item={item}
          onDecided={(msg) => {
            onNotice(msg);
            list.reload();
          }}
          onReload={list.reload}
        />
      ))}
      <LoadMoreFooter list={list} moreText={pt.loadMore} emptyText={pt.corrections.empty} />
    </div>
  );
}

function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '–';
  if (Array.isArray(v))
    return v
      .map((x) =>
        x && typeof x === 'object' && 'level' in x
          ? `${String(x.level)} ${String((x as Record<string, unknown>).major ?? '')} · ${String((x as Record<string, unknown>).institution ?? '')} (${String((x as Record<string, unknown>).graduationYear ?? '')})`
          : JSON.stringify(x),
      )
      .join('; ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function CorrectionCard({
  item,
  onDecided,
  onReload,
}: {
  item: Correction;
  onDecided: (msg: string) => void;
  onReload: () => void;
}) {
  const pt = usePersonnelText();
  const { t, lang } = useI18n();
  const fmt = useFormat();
  const c = pt.corrections;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fields = personnelFields(t, lang, error);
  const titleId = `correction-${item.id}`;
  const label = (k: string) => (pt.fields as Record<string, string>)[k] ?? k;

  const decide = async (decision: 'approve' | 'reject') => {
    if (!reason.trim()) {
      setError(
        new ApiError(LOCAL_VALIDATION_STATUS, 'validation', 'Invalid input', undefined, [
          { path: 'reason', message: t.validation.required },
        ]),
      );
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await decideProfileCorrection(item.id, { decision, reason: reason.trim(), version: item.version });
      onDecided(decision === 'approve' ? c.approved : c.rejected);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <article class="card stack correction" aria-labelledby={titleId}>
      <h2 id={titleId}>
        <a href={`/personnel/employees/${encodeURIComponent(item.employeeId)}`}>{item.employeeName}</a>{' '}
        <span class={`badge badge-${item.status}`}>{c.statuses[item.status]}</span>
      </h2>
      <p class="muted small">
        {c.proposedAt}: {fmt.dateLong(item.proposedAt)}
      </p>
      <p>
        <strong>{c.reason}:</strong> {item.reason}
      </p>
      <div class="table-wrap">
        <table>
          <caption class="sr-only">{`${c.title}: ${item.employeeName}`}</caption>
          <thead>
            <tr>
              <th scope="col">{c.field}</th>
              <th scope="col">{c.before}</th>
              <th scope="col">{c.after}</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(item.changes).map(([field, after]) => (
              <tr key={field}>
                <th scope="row">{label(field)}</th>
                <td>
                  <del>{show(item.current[field])}</del>
                </td>
                <td>
                  <ins>{show(after)}</ins>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {item.decision && (
        <p class="small">
          {c.decidedBy}: {item.decision.by.sub} · {fmt.dateLong(item.decision.at)} — {item.decision.reason}
        </p>
      )}
      {item.status === 'pending' && (
        <div class="stack">
          {error instanceof ApiError && (error.type === 'version-conflict' || error.type === 'conflict') ? (
            <div class="alert alert-warn" role="alert">
              <p>{c.stale}</p>
              <p>
                <button type="button" class="btn btn-small" onClick={onReload}>
                  {pt.reload}
                </button>
              </p>
            </div>
          ) : (
            <ErrorMessage error={error} fieldNames={['reason']} />
          )}
          <InputField
            label={c.decisionReason}
            name="reason"
            errors={fields}
            value={reason}
            maxLength={500}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
          <div class="actions">
            <button type="button" class="btn btn-primary" disabled={busy} onClick={() => decide('approve')}>
              {c.approve}
            </button>
            <button type="button" class="btn btn-danger" disabled={busy} onClick={() => decide('reject')}>
              {c.reject}
            </button>
          </div>
        </div>
      )}
    </article>
  );
}
