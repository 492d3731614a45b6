/**
 * The plan of a draft SKP, edited in place by its owner (issue 14 §1): the items with their
 * indicators, targets, the appraiser's item each supports (chosen by its text) and the leader's
 * expectation, the behaviour expectations on the BerAKHLAK values; saved, and submitted to the
 * appraiser (saving first what changed). A unit head's automatic IKM item (issue 14 §5) is shown as
 * it is, "otomatis dari SKM": it can be moved and given an expectation, never changed or removed.
 */
import { useId, useState } from 'preact/hooks';
import { ErrorMessage, InputField, Notice, SelectField, TextAreaField } from '../../components/ui';
import { IkmSourceBadge, useIkmItemWords, useIkmText } from './ikm-parts';
import { type SkpDetail, submitSkpPlan, updateSkpPlan } from './skp-api';
import { BERAKHLAK_VALUES, TARGET_KINDS, type TargetKind } from './skp-core';
import {
  checkPlanDraft,
  emptyIndicator,
  emptyItem,
  type ItemDraft,
  type PlanDraft,
  parseNumber,
  placeErrors,
  planBody,
  planDraftOf,
  planFieldPaths,
  planIsDirty,
} from './skp-model';
import { isStale, SourceBadge, useSkpProblem, useSkpText } from './skp-parts';

export function PlanEditor({
  detail,
  notice,
  onSaved,
  onSubmitted,
  onStale,
}: {
  detail: SkpDetail;
  /** Said under the form's buttons after a save (the form starts again from what was saved). */
  notice: string | null;
  onSaved: (text: string) => Promise<void>;
  onSubmitted: () => Promise<void>;
  onStale: () => Promise<void>;
}) {
  const st = useSkpText();
  const pt = st.plan;
  const problem = useSkpProblem();
  const [draft, setDraft] = useState<PlanDraft>(() => planDraftOf(detail));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const [asking, setAsking] = useState(false);
  const titleId = useId();
  const dirty = planIsDirty(draft, detail);

  const setItem = (key: number, p: Partial<ItemDraft>) =>
    setDraft((d) => ({ ...d, items: d.items.map((it) => (it.key === key ? { ...it, ...p } : it)) }));
  const move = (from: number, to: number) =>
    setDraft((d) => {
      const items = [...d.items];
      const [it] = items.splice(from, 1);
      items.splice(to, 0, it!);
      return { ...d, items };
    });

  const refused = (err: unknown) => {
    const placed = placeErrors(problem(err).fields, planFieldPaths(draft));
    setErrors(placed.fields);
    setGeneral(placed.general);
    setError(err);
    if (isStale(err)) void onStale();
  };

  /** Saves the draft (when it changed) and answers the version to go on with, or null when refused. */
  const save = async (forSubmission: boolean): Promise<number | null> => {
    const local = checkPlanDraft(draft, st.rules, forSubmission);
    setErrors(local);
    setGeneral([]);
    setError(null);
    if (Object.keys(local).length > 0) return null;
    if (!dirty) return detail.version;
    try {
      const saved = await updateSkpPlan(detail.id, planBody(draft, detail.version));
      return saved.version;
    } catch (err) {
      refused(err);
      return null;
    }
  };

  const onSave = async (e: Event) => {
    e.preventDefault();
    setBusy('save');
    try {
      const version = await save(false);
      if (version !== null) await onSaved(pt.saved);
    } finally {
      setBusy(null);
    }
  };

  const onSubmit = async () => {
    setBusy('submit');
    try {
      const version = await save(true);
      if (version === null) return;
      try {
        await submitSkpPlan(detail.id, version);
        await onSubmitted();
      } catch (err) {
        refused(err);
        // What was saved before the refusal is kept: read it again.
        if (version !== detail.version) await onStale();
      }
    } finally {
      setBusy(null);
      setAsking(false);
    }
  };

  const parents = detail.appraiserItems;
  const canSubmit = draft.items.length > 0;
  return (
    <form class="perf-plan-form" onSubmit={onSave} noValidate aria-labelledby={titleId}>
      <section class="card perf-plan">
        <h2 id={titleId}>{pt.title}</h2>
        <p class="muted small">{pt.intro}</p>
        {errors.items && <p class="field-error">{errors.items}</p>}
        {draft.items.length === 0 && <p class="muted">{pt.empty}</p>}
        <ol class="perf-items">
          {draft.items.map((it, i) => (
            <li key={it.key}>
              <ItemEditor
                item={it}
                n={i + 1}
                count={draft.items.length}
                errors={errors}
                parents={parents}
                onChange={(p) => setItem(it.key, p)}
                onMove={(to) => move(i, to)}
                onRemove={() => setDraft((d) => ({ ...d, items: d.items.filter((x) => x.key !== it.key) }))}
              />
            </li>
          ))}
        </ol>
        <div class="actions">
          <button
            type="button"
            class="btn"
            onClick={() => setDraft((d) => ({ ...d, items: [...d.items, emptyItem()] }))}
          >
            {pt.addItem}
          </button>
        </div>
      </section>
      <section class="card perf-behaviour" aria-labelledby={`${titleId}-b`}>
        <h2 id={`${titleId}-b`}>{st.behaviour.title}</h2>
        <p class="muted small">{st.behaviour.intro}</p>
        <div class="perf-values-edit">
          {BERAKHLAK_VALUES.map((v) => (
            <TextAreaField
              key={v}
              label={st.berakhlak[v] ?? v}
              name={`behaviourExpectations.${v}`}
              optional
              errors={errors}
              rows={2}
              maxLength={1000}
              value={draft.behaviour[v]}
              onInput={(e) => {
                const value = e.currentTarget.value;
                setDraft((d) => ({ ...d, behaviour: { ...d.behaviour, [v]: value } }));
              }}
            />
          ))}
        </div>
      </section>
      <div class="card perf-plan-bar">
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
        {Object.keys(errors).length > 0 && error === null && (
          <p class="field-error" role="alert">
            {st.rules.checkFields}
          </p>
        )}
        {notice && !dirty && <Notice>{notice}</Notice>}
        {dirty && <p class="small perf-unsaved">{pt.unsaved}</p>}
        {asking ? (
          <div class="perf-confirm">
            <p>{pt.submitHint(detail.appraiser.name)}</p>
            <div class="actions">
              <button
                type="button"
                class="btn btn-primary"
                disabled={busy !== null}
                aria-busy={busy === 'submit'}
                onClick={() => void onSubmit()}
              >
                {busy === 'submit' ? pt.submitting : dirty ? pt.saveAndSubmit : pt.submit}
              </button>
              <button type="button" class="btn" disabled={busy !== null} onClick={() => setAsking(false)}>
                {st.actions.cancel}
              </button>
            </div>
          </div>
        ) : (
          <div class="actions">
            <button
              type="submit"
              class="btn btn-primary"
              disabled={busy !== null || !dirty}
              aria-busy={busy === 'save'}
            >
              {busy === 'save' ? pt.saving : pt.save}
            </button>
            <button
              type="button"
              class="btn"
              disabled={busy !== null || !canSubmit}
              onClick={() => setAsking(true)}
            >
              {dirty ? pt.saveAndSubmit : pt.submit}
            </button>
          </div>
        )}
        {!canSubmit && <p class="muted small">{pt.needsItemToSubmit}</p>}
      </div>
    </form>
  );
}

function ItemEditor({
  item,
  n,
  count,
  errors,
  parents,
  onChange,
  onMove,
  onRemove,
}: {
  item: ItemDraft;
  n: number;
  count: number;
  errors: Record<string, string>;
  parents: SkpDetail['appraiserItems'];
  onChange: (p: Partial<ItemDraft>) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const st = useSkpText();
  const pt = st.plan;
  const it = useIkmText();
  const ikmWords = useIkmItemWords();
  const at = `items.${n - 1}`;
  const ikm = item.source === 'ikm';
  const known = !item.parentItemId || parents.some((p) => p.id === item.parentItemId);
  const setIndicator = (key: number, p: Partial<ItemDraft['indicators'][number]>) =>
    onChange({ indicators: item.indicators.map((ind) => (ind.key === key ? { ...ind, ...p } : ind)) });
  return (
    <fieldset
      class={`perf-item perf-item-edit${ikm ? ' ikm-locked-item' : ''}${errors[at] ? ' field-invalid' : ''}`}
    >
      <legend class="perf-item-legend">
        <span class="perf-item-n" aria-hidden="true">
          {n}
        </span>
        {pt.item(n)}
      </legend>
      <div class="perf-item-bar">
        {ikm ? <IkmSourceBadge /> : <SourceBadge source={item.source} />}
        <div class="perf-item-tools">
          <button
            type="button"
            class="btn btn-small"
            aria-label={pt.moveUpLabel(n)}
            title={pt.moveUp}
            disabled={n === 1}
            onClick={() => onMove(n - 2)}
          >
            ↑
          </button>
          <button
            type="button"
            class="btn btn-small"
            aria-label={pt.moveDownLabel(n)}
            title={pt.moveDown}
            disabled={n === count}
            onClick={() => onMove(n)}
          >
            ↓
          </button>
          {!ikm && (
            <button
              type="button"
              class="btn btn-small btn-danger"
              aria-label={pt.removeItemLabel(n)}
              onClick={onRemove}
            >
              {pt.removeItem}
            </button>
          )}
        </div>
      </div>
      {errors[at] && <p class="field-error">{errors[at]}</p>}
      {ikm ? (
        <>
          <p class="muted small ikm-locked-note">{it.skp.locked}</p>
          <p class="perf-subhead">{pt.text}</p>
          <p class="perf-item-text">{ikmWords.text(item.text)}</p>
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
                {item.indicators.map((ind) => (
                  <tr key={ind.key}>
                    <td>{ind.text}</td>
                    <td>{st.targetKinds[ind.kind] ?? ind.kind}</td>
                    <td class="num nowrap">
                      {ikmWords.target({ value: parseNumber(ind.value) ?? 0, unit: ind.unit })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <>
          <TextAreaField
            label={pt.text}
            name={`${at}.text`}
            errors={errors}
            rows={2}
            maxLength={1000}
            value={item.text}
            onInput={(e) => onChange({ text: e.currentTarget.value })}
          />
          {parents.length > 0 || item.parentItemId ? (
            <SelectField
              label={pt.parent}
              name={`${at}.parentItemId`}
              optional
              errors={errors}
              hint={parents.length > 0 ? pt.parentHint : pt.parentUnavailable}
              value={item.parentItemId}
              onChange={(e) => onChange({ parentItemId: e.currentTarget.value })}
            >
              <option value="">{pt.parentNone}</option>
              {parents.map((p, i) => (
                <option key={p.id} value={p.id}>
                  {`${i + 1}. ${p.text}`}
                </option>
              ))}
              {!known && <option value={item.parentItemId}>{pt.parentGone}</option>}
            </SelectField>
          ) : (
            <p class="muted small perf-parent-none">{pt.parentUnavailable}</p>
          )}
          <div class="perf-indicators-edit">
            <p class="perf-subhead">{pt.indicators}</p>
            {errors[`${at}.indicators`] && <p class="field-error">{errors[`${at}.indicators`]}</p>}
            {item.indicators.map((ind, j) => {
              const ip = `${at}.indicators.${j}`;
              return (
                <div class="perf-indicator" key={ind.key}>
                  {errors[ip] && <p class="field-error perf-indicator-error">{errors[ip]}</p>}
                  <InputField
                    label={pt.indicatorN(j + 1)}
                    name={`${ip}.text`}
                    errors={errors}
                    maxLength={500}
                    autoComplete="off"
                    value={ind.text}
                    onInput={(e) => setIndicator(ind.key, { text: e.currentTarget.value })}
                  />
                  <SelectField
                    label={pt.kind}
                    name={`${ip}.target.kind`}
                    errors={errors}
                    value={ind.kind}
                    onChange={(e) => setIndicator(ind.key, { kind: e.currentTarget.value as TargetKind })}
                  >
                    {TARGET_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {st.targetKinds[k]}
                      </option>
                    ))}
                  </SelectField>
                  <InputField
                    label={pt.value}
                    name={`${ip}.target.value`}
                    errors={errors}
                    inputMode="decimal"
                    autoComplete="off"
                    value={ind.value}
                    onInput={(e) => setIndicator(ind.key, { value: e.currentTarget.value })}
                  />
                  <InputField
                    label={pt.unit}
                    name={`${ip}.target.unit`}
                    errors={errors}
                    maxLength={40}
                    autoComplete="off"
                    placeholder={
                      ind.kind === 'quality'
                        ? '%'
                        : ind.kind === 'time'
                          ? pt.unitPlaceholder
                          : pt.unitPlaceholder
                    }
                    value={ind.unit}
                    onInput={(e) => setIndicator(ind.key, { unit: e.currentTarget.value })}
                  />
                  {item.indicators.length > 1 && (
                    <button
                      type="button"
                      class="btn btn-small perf-indicator-remove"
                      aria-label={pt.removeIndicatorLabel(j + 1, n)}
                      onClick={() =>
                        onChange({ indicators: item.indicators.filter((x) => x.key !== ind.key) })
                      }
                    >
                      {pt.removeIndicator}
                    </button>
                  )}
                </div>
              );
            })}
            {item.indicators.length < 10 && (
              <button
                type="button"
                class="btn btn-small"
                onClick={() => onChange({ indicators: [...item.indicators, emptyIndicator()] })}
              >
                {pt.addIndicator}
              </button>
            )}
          </div>
        </>
      )}
      <TextAreaField
        label={pt.expectation}
        name={`${at}.expectation`}
        optional
        errors={errors}
        hint={pt.expectationHint}
        rows={2}
        maxLength={1000}
        value={item.expectation}
        onInput={(e) => onChange({ expectation: e.currentTarget.value })}
      />
    </fieldset>
  );
}
