/**
 * Form pieces of the careers pages: a modal dialog, a picker for competency levels from the
 * tenant's catalogue, and an employee lookup by name.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { listAll } from '../../api/client';
import { type Competency, listCompetencies, type SearchHit, searchEmployees } from '../../api/personnel';
import { ErrorMessage } from '../../components/ui';
import { useI18n } from '../../i18n';
import { useAsync } from '../../lib/hooks';
import { useDevelopmentText } from './shared';

/** A native modal dialog: focus stays inside, Escape closes it, and focus returns to the opener. */
export function Dialog({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ComponentChildren;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      class="cr-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}

/** The tenant's competency catalogue (tens to a few hundred entries). */
export function useCatalogue() {
  const list = useAsync(() => listAll((q) => listCompetencies(q)), []);
  return { competencies: list.data ?? [], error: list.error, loading: list.loading };
}

export interface LevelEntry {
  code: string;
  level: number;
}

/**
 * Rows of competency + level. `name` is the body field (`requiredCompetencies`), so the API's
 * `requiredCompetencies.1.code` errors land on the row they belong to.
 */
export function CompetencyPicker({
  legend,
  name,
  levelKey,
  levelLabel,
  value,
  onChange,
  catalogue,
  errors,
}: {
  legend: string;
  name: string;
  levelKey: string;
  levelLabel: string;
  value: LevelEntry[];
  onChange: (next: LevelEntry[]) => void;
  catalogue: Competency[];
  errors: Record<string, string>;
}) {
  const ct = useDevelopmentText();
  const id = useId();
  const set = (i: number, patch: Partial<LevelEntry>) =>
    onChange(value.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  const nameOf = (code: string) => catalogue.find((c) => c.code === code)?.name ?? code;
  return (
    <fieldset class="cr-checks stack">
      <legend>{legend}</legend>
      {errors[name] && <p class="field-error">{errors[name]}</p>}
      {value.length === 0 && <p class="muted small">{ct.competencyPicker.empty}</p>}
      {value.map((row, i) => {
        const codeError = errors[`${name}.${i}.code`];
        const levelError = errors[`${name}.${i}.${levelKey}`];
        return (
          <div class="cr-picker-row" key={i}>
            <div class={codeError ? 'field field-invalid' : 'field'}>
              <label for={`${id}-${i}-code`}>{ct.competencyPicker.code}</label>
              <select
                id={`${id}-${i}-code`}
                value={row.code}
                aria-invalid={codeError ? true : undefined}
                onChange={(e) => set(i, { code: e.currentTarget.value })}
              >
                <option value="">{ct.competencyPicker.choose}</option>
                {catalogue.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.code} · {c.name}
                  </option>
                ))}
              </select>
              {codeError && <p class="field-error">{codeError}</p>}
            </div>
            <div class={levelError ? 'field field-level field-invalid' : 'field field-level'}>
              <label for={`${id}-${i}-level`}>{levelLabel}</label>
              <select
                id={`${id}-${i}-level`}
                value={String(row.level)}
                onChange={(e) => set(i, { level: Number(e.currentTarget.value) })}
              >
                {[1, 2, 3, 4, 5].map((n) => (
                  <option key={n} value={String(n)}>
                    {n}
                  </option>
                ))}
              </select>
              {levelError && <p class="field-error">{levelError}</p>}
            </div>
            <button
              type="button"
              class="btn btn-small"
              aria-label={ct.competencyPicker.remove(row.code ? nameOf(row.code) : `${i + 1}`)}
              onClick={() => onChange(value.filter((_, j) => j !== i))}
            >
              ×
            </button>
          </div>
        );
      })}
      <div>
        <button
          type="button"
          class="btn btn-small"
          disabled={catalogue.length === 0}
          onClick={() => onChange([...value, { code: '', level: 1 }])}
        >
          + {ct.competencyPicker.add}
        </button>
        {catalogue.length === 0 && <span class="muted small"> {ct.competencyPicker.catalogueEmpty}</span>}
      </div>
    </fieldset>
  );
}

/** Finds an employee by the start of their name and hands the chosen one on. */
export function EmployeePicker({
  label,
  chosen,
  onChoose,
  agencyId,
}: {
  label: string;
  chosen: SearchHit | null;
  onChoose: (hit: SearchHit | null) => void;
  agencyId?: string;
}) {
  const ct = useDevelopmentText();
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const search = async (e: Event) => {
    e.preventDefault();
    if (!query.trim()) return;
    setBusy(true);
    setError(null);
    try {
      setHits((await searchEmployees({ namePrefix: query.trim(), agencyId, limit: 10 })).items);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="stack">
      <form class="tag-add" onSubmit={search} aria-label={label}>
        <div class="field">
          <label for={id}>{label}</label>
          <input id={id} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </div>
        <button type="submit" class="btn" disabled={busy}>
          {busy ? t.common.loading : ct.mentoring.search}
        </button>
      </form>
      <ErrorMessage error={error} />
      {chosen && (
        <p>
          <strong>{ct.mentoring.chosen(chosen.name)}</strong>{' '}
          <span class="muted small">{chosen.agencyName}</span>
        </p>
      )}
      {hits && hits.length === 0 && <p class="muted">{ct.mentoring.noMatches}</p>}
      {hits && hits.length > 0 && (
        <ul class="chips">
          {hits.map((h) => (
            <li key={h.id}>
              <button
                type="button"
                class="btn btn-small"
                aria-pressed={chosen?.id === h.id}
                onClick={() => onChoose(h)}
              >
                {h.name} · {h.agencyName}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
