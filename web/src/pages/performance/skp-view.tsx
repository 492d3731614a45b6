/**
 * One SKP as its readers see it (issue 14 §1, §6): who it belongs to and who appraises it, its
 * status and the steps its reader may take (only those the API's `can` flags allow), the plan
 * (edited in place by its owner while a draft), the realisation per item and period with its
 * evidence (documents every reader may open, and links), the appraiser's feedback notes, and its history. "SKP saya" and someone else's SKP
 * both show it.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api/client';
import { ErrorMessage, InputField, Notice, SelectField, TextAreaField } from '../../components/ui';
import { useI18n } from '../../i18n';
import { useFormat, useToday } from '../../lib/format';
import { IkmSourceBadge, useIkmItemWords } from './ikm-parts';
import {
  addSkpFeedback,
  approveSkpPlan,
  type PerformanceSettings,
  returnSkpPlan,
  reviseSkpPlan,
  type SkpDetail,
  type SkpItem,
} from './skp-api';
import { BERAKHLAK_VALUES } from './skp-core';
import { PlanEditor } from './skp-editor';
import { placeErrors, realisationsOf } from './skp-model';
import {
  isStale,
  ReasonAction,
  SkpError,
  SkpStatusBadge,
  SourceBadge,
  usePeriodText,
  useSkpProblem,
  useSkpText,
  useTargetText,
} from './skp-parts';
import { Realisations } from './skp-realisation';

type Flash = { ok: string } | { error: unknown } | null;

export function SkpView({
  detail,
  settings,
  reload,
  mine,
  extra,
}: {
  detail: SkpDetail;
  settings: PerformanceSettings;
  /** Reads the SKP again (after a change, or when it changed meanwhile). */
  reload: () => Promise<void>;
  /** The reader's own SKP ("SKP saya"). */
  mine: boolean;
  /** Shown after the plan, before the feedback (the unit's IKM on one's own SKP). */
  extra?: ComponentChildren;
}) {
  const st = useSkpText();
  const [flash, setFlash] = useState<Flash>(null);
  const [planSaved, setPlanSaved] = useState<string | null>(null);
  const flashRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (flash) flashRef.current?.focus();
  }, [flash]);
  const say = (f: Flash) => {
    setPlanSaved(null);
    setFlash(f);
  };
  const can = detail.can;
  const reader = !Object.values(can).some(Boolean);
  return (
    <div class="perf-skp">
      <Facts detail={detail} settings={settings} reload={reload} say={say} />
      <div ref={flashRef} tabIndex={-1} class="perf-flash">
        {flash && 'ok' in flash && <Notice>{flash.ok}</Notice>}
        {flash && 'error' in flash && <SkpError error={flash.error} />}
      </div>
      {!mine && reader && <p class="muted small perf-readonly">{st.view.readOnly}</p>}
      {can.edit ? (
        <PlanEditor
          key={detail.version}
          detail={detail}
          notice={planSaved}
          onSaved={async (text) => {
            setFlash(null);
            await reload();
            setPlanSaved(text);
          }}
          onSubmitted={async () => {
            await reload();
            say({ ok: st.plan.submitted(detail.appraiser.name) });
          }}
          onStale={reload}
        />
      ) : (
        <>
          <PlanRead detail={detail} settings={settings} reload={reload} />
          <BehaviourRead detail={detail} />
        </>
      )}
      {extra}
      <div class="perf-skp-bottom">
        <Feedback detail={detail} reload={reload} />
        <History detail={detail} />
      </div>
    </div>
  );
}

// ---- who, when, status and the lifecycle steps ----

function Facts({
  detail: d,
  settings,
  reload,
  say,
}: {
  detail: SkpDetail;
  settings: PerformanceSettings;
  reload: () => Promise<void>;
  say: (f: Flash) => void;
}) {
  const st = useSkpText();
  const vt = st.view;
  const periodText = usePeriodText(settings.yearStartMonth);
  const problem = useSkpProblem();
  /** Runs a step; a refused one is said above the plan, or at the reason field when it is the reason. */
  const step = async (run: () => Promise<unknown>, ok: string): Promise<string | null> => {
    try {
      await run();
      await reload();
      say({ ok });
      return null;
    } catch (err) {
      const fields = problem(err).fields;
      if (fields.reason) return fields.reason;
      if (isStale(err)) await reload();
      say({ error: err });
      return null;
    }
  };
  const titleId = useId();
  return (
    <section class="card perf-facts-card" aria-labelledby={titleId}>
      <div class="perf-facts-head">
        <h2 id={titleId}>{periodText(d.period)}</h2>
        <SkpStatusBadge status={d.status} />
        {d.revision > 0 && <span class="muted small">{vt.revision(d.revision)}</span>}
      </div>
      <p class="muted small perf-status-hint">{st.statusHints[d.status]}</p>
      <dl class="perf-facts">
        <div>
          <dt>{vt.employee}</dt>
          <dd>
            {d.employeeName}
            {d.nip && <span class="muted small perf-nip">{vt.nip(d.nip)}</span>}
          </dd>
        </div>
        <div>
          <dt>{vt.position}</dt>
          <dd>{d.positionName ?? vt.none}</dd>
        </div>
        <div>
          <dt>{vt.unit}</dt>
          <dd>{d.unitName ?? vt.none}</dd>
        </div>
        <div>
          <dt>{vt.appraiser}</dt>
          <dd>{d.appraiser.name}</dd>
        </div>
        <div>
          <dt>{vt.appraiserSuperior}</dt>
          <dd>{d.appraiserSuperior?.name ?? <span class="muted">{vt.noAppraiserSuperior}</span>}</dd>
        </div>
      </dl>
      {(d.can.approve || d.can.revise) && (
        <div class="actions perf-steps">
          {d.can.approve && (
            <ApproveButton
              onApprove={() => step(() => approveSkpPlan(d.id, d.version), st.actions.approved)}
            />
          )}
          {d.can.approve && (
            <ReasonAction
              label={st.actions.return}
              reasonLabel={st.actions.returnReason}
              hint={st.actions.returnHint}
              confirm={st.actions.returnConfirm}
              danger
              onSend={(reason) => step(() => returnSkpPlan(d.id, reason, d.version), st.actions.returned)}
            />
          )}
          {d.can.revise && (
            <ReasonAction
              label={st.actions.revise}
              reasonLabel={st.actions.reviseReason}
              hint={st.actions.reviseHint}
              confirm={st.actions.reviseConfirm}
              onSend={(reason) => step(() => reviseSkpPlan(d.id, reason, d.version), st.actions.revised)}
            />
          )}
        </div>
      )}
    </section>
  );
}

/** "Setujui SKP", asked once more in place. */
function ApproveButton({ onApprove }: { onApprove: () => Promise<unknown> }) {
  const at = useSkpText().actions;
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  if (!asking)
    return (
      <button type="button" class="btn btn-primary" onClick={() => setAsking(true)}>
        {at.approve}
      </button>
    );
  return (
    <div class="perf-confirm">
      <p id={questionId}>{at.approveQuestion}</p>
      <div class="actions">
        <button
          ref={confirmRef}
          type="button"
          class="btn btn-primary"
          aria-describedby={questionId}
          disabled={busy}
          aria-busy={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await onApprove();
            } finally {
              setBusy(false);
              setAsking(false);
            }
          }}
        >
          {busy ? at.working : at.approveConfirm}
        </button>
        <button type="button" class="btn" disabled={busy} onClick={() => setAsking(false)}>
          {at.cancel}
        </button>
      </div>
    </div>
  );
}

// ---- the plan, read ----

/** The appraiser's item an item supports, by its text; never by its id. */
function useParentText(detail: SkpDetail): (parentItemId: string | null | undefined) => string | null {
  const st = useSkpText();
  const byId = useMemo(
    () => new Map(detail.appraiserItems.map((i) => [i.id, i.text])),
    [detail.appraiserItems],
  );
  return (id) => (id ? (byId.get(id) ?? st.plan.parentGone) : null);
}

function PlanRead({
  detail,
  settings,
  reload,
}: {
  detail: SkpDetail;
  settings: PerformanceSettings;
  reload: () => Promise<void>;
}) {
  const pt = useSkpText().plan;
  const titleId = useId();
  return (
    <section class="card perf-plan" aria-labelledby={titleId}>
      <h2 id={titleId}>{pt.title}</h2>
      {detail.items.length === 0 ? (
        <p class="muted">{pt.empty}</p>
      ) : (
        <ol class="perf-items">
          {detail.items.map((item, i) => (
            <li key={item.id}>
              <ItemCard item={item} n={i + 1} detail={detail} settings={settings} reload={reload} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function ItemCard({
  item,
  n,
  detail,
  settings,
  reload,
}: {
  item: SkpItem;
  n: number;
  detail: SkpDetail;
  settings: PerformanceSettings;
  reload: () => Promise<void>;
}) {
  const st = useSkpText();
  const pt = st.plan;
  const parentText = useParentText(detail)(item.parentItemId);
  const typedTarget = useTargetText();
  const ikmWords = useIkmItemWords();
  const ikm = item.source === 'ikm';
  const targetText = ikm ? ikmWords.target : typedTarget;
  const realisations = realisationsOf(detail.realisations, item.id);
  const showRealisation = detail.status === 'approved' || realisations.length > 0;
  return (
    <article class="perf-item">
      <header class="perf-item-head">
        <span class="perf-item-n" aria-hidden="true">
          {n}
        </span>
        <h3>
          <span class="sr-only">{pt.item(n)}: </span>
          {ikm ? ikmWords.text(item.text) : item.text}
        </h3>
        {ikm ? <IkmSourceBadge /> : <SourceBadge source={item.source} />}
      </header>
      {parentText && (
        <p class="perf-supports small">
          <span class="muted">{pt.supports}:</span> {parentText}
        </p>
      )}
      <div class="table-wrap">
        <table class="perf-indicators">
          <caption class="sr-only">{pt.indicators}</caption>
          <thead>
            <tr>
              <th scope="col">{pt.indicatorText}</th>
              <th scope="col">{pt.kind}</th>
              <th scope="col" class="num">
                {pt.value}
              </th>
            </tr>
          </thead>
          <tbody>
            {item.indicators.map((ind, j) => (
              <tr key={j}>
                <td>{ind.text}</td>
                <td>{st.targetKinds[ind.target.kind] ?? ind.target.kind}</td>
                <td class="num nowrap">{targetText(ind.target)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {item.expectation && (
        <p class="perf-expectation small">
          <span class="muted">{pt.expectation}:</span> {item.expectation}
        </p>
      )}
      {showRealisation && (
        <Realisations
          item={item}
          n={n}
          detail={detail}
          settings={settings}
          realisations={realisations}
          reload={reload}
        />
      )}
    </article>
  );
}

function BehaviourRead({ detail }: { detail: SkpDetail }) {
  const st = useSkpText();
  const bt = st.behaviour;
  const titleId = useId();
  const given = BERAKHLAK_VALUES.filter((v) => detail.behaviourExpectations[v]);
  return (
    <section class="card perf-behaviour" aria-labelledby={titleId}>
      <h2 id={titleId}>{bt.title}</h2>
      {given.length === 0 ? (
        <p class="muted">{bt.empty}</p>
      ) : (
        <dl class="perf-values">
          {BERAKHLAK_VALUES.map((v) => (
            <div key={v}>
              <dt>{st.berakhlak[v]}</dt>
              <dd>
                {detail.behaviourExpectations[v] ?? (
                  <span class="muted" title={bt.empty}>
                    –<span class="sr-only"> {bt.empty}</span>
                  </span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

// ---- feedback notes and history ----

function Feedback({ detail, reload }: { detail: SkpDetail; reload: () => Promise<void> }) {
  const st = useSkpText();
  const ft = st.feedback;
  const fmt = useFormat();
  const today = useToday();
  const problem = useSkpProblem();
  const titleId = useId();
  const [date, setDate] = useState(today);
  const [itemId, setItemId] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ikmWords = useIkmItemWords();
  const textOf = (it: SkpItem) => (it.source === 'ikm' ? ikmWords.text(it.text) : it.text);
  const itemText = new Map(detail.items.map((it, i) => [it.id, `${i + 1}. ${textOf(it)}`]));
  const notes = [...detail.feedback].sort((a, b) =>
    a.date === b.date ? (a.createdAt < b.createdAt ? 1 : -1) : a.date < b.date ? 1 : -1,
  );
  const add = async (e: Event) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!note.trim()) local.note = st.rules.required;
    if (!date) local.date = st.rules.required;
    setErrors(local);
    setGeneral([]);
    setError(null);
    setNotice(null);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      await addSkpFeedback(detail.id, { date, note: note.trim(), ...(itemId ? { itemId } : {}) });
      setNote('');
      setItemId('');
      setNotice(ft.added);
      await reload();
    } catch (err) {
      const placed = placeErrors(problem(err).fields, new Set(['date', 'note', 'itemId']));
      setErrors(placed.fields);
      setGeneral(placed.general);
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="card perf-feedback" aria-labelledby={titleId}>
      <h2 id={titleId}>{ft.title}</h2>
      <p class="muted small">{ft.intro}</p>
      {notes.length === 0 ? (
        <p class="muted">{ft.empty}</p>
      ) : (
        <ul class="perf-notes">
          {notes.map((n) => (
            <li key={n.id}>
              <p class="small perf-note-head">
                <strong>{fmt.date(n.date)}</strong> <span class="muted">· {ft.by(n.byName)}</span>
              </p>
              {n.itemId && itemText.get(n.itemId) && (
                <p class="muted small perf-note-about">{ft.about(itemText.get(n.itemId)!)}</p>
              )}
              <p class="perf-note-text">{n.note}</p>
            </li>
          ))}
        </ul>
      )}
      {detail.can.addFeedback && (
        <form class="perf-note-form stack" onSubmit={add} noValidate>
          {error !== null && (
            <ErrorMessage
              error={error}
              overrides={problem(error).overrides}
              fieldNames={Object.keys(problem(error).fields)}
            />
          )}
          {general.length > 0 && (
            <ul class="field-error perf-general-errors">
              {general.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
          {notice && <Notice>{notice}</Notice>}
          <div class="grid-2">
            <InputField
              label={ft.date}
              name="date"
              type="date"
              errors={errors}
              max={today}
              value={date}
              onInput={(e) => setDate(e.currentTarget.value)}
            />
            {detail.items.length > 0 && (
              <SelectField
                label={ft.item}
                name="itemId"
                optional
                errors={errors}
                value={itemId}
                onChange={(e) => setItemId(e.currentTarget.value)}
              >
                <option value="">{ft.itemNone}</option>
                {detail.items.map((it, i) => (
                  <option key={it.id} value={it.id}>
                    {`${i + 1}. ${textOf(it)}`}
                  </option>
                ))}
              </SelectField>
            )}
          </div>
          <TextAreaField
            label={ft.note}
            name="note"
            errors={errors}
            rows={3}
            maxLength={2000}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
          <div class="actions">
            <button type="submit" class="btn btn-primary" disabled={busy} aria-busy={busy}>
              {busy ? ft.adding : ft.add}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function History({ detail }: { detail: SkpDetail }) {
  const ht = useSkpText().history;
  const { formatDateTime } = useI18n();
  const titleId = useId();
  const entries = [...detail.history].reverse();
  return (
    <section class="card perf-history" aria-labelledby={titleId}>
      <h2 id={titleId}>{ht.title}</h2>
      {entries.length === 0 ? (
        <p class="muted">{ht.empty}</p>
      ) : (
        <ol class="perf-history-list">
          {entries.map((h) => (
            <li key={`${h.at}:${h.action}`}>
              <p class="small">
                <strong>{h.byName}</strong> {ht.did[h.action] ?? h.action}
                {h.action === 'revise' && ` (${ht.revision(h.revision)})`}
                <span class="muted nowrap"> · {formatDateTime(h.at)}</span>
              </p>
              {h.reason && (
                <p class="small perf-history-reason">
                  <span class="muted">{ht.reason}:</span> <q>{h.reason}</q>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Whether an error is the API's 404 for an SKP (gone, or not the reader's to see). */
export const isNotFound = (error: unknown) =>
  error instanceof ApiError && (error.type === 'not-found' || error.type === 'forbidden');
