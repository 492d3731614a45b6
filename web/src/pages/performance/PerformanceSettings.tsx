import { useId, useState } from 'preact/hooks';
import { ApiError } from '../../api/client';
import { ErrorMessage, InputField, Loading, Notice, SelectField } from '../../components/ui';
import { useI18n } from '../../i18n';
import { useFormat } from '../../lib/format';
import { useAsync } from '../../lib/hooks';
import { useMe } from '../../session';
import { ikmTargetText, readIkmTarget } from './ikm-model';
import { useIkmText } from './ikm-parts';
import { getPerformanceSettings, type PerformanceSettings, updatePerformanceSettings } from './skp-api';
import {
  CADENCES,
  type Cadence,
  DEFAULT_PERFORMANCE_SETTINGS,
  ORG_PREDIKATS,
  type OrgPredikat,
  PREDIKATS,
  type Predikat,
  RATINGS,
  type Rating,
} from './skp-core';
import {
  checkSettingsDraft,
  distributionRuleText,
  matrixChanges,
  placeErrors,
  type SettingsDraft,
  settingsBody,
  settingsDraftOf,
} from './skp-model';
import { useSkpProblem, useSkpText } from './skp-parts';
import { PerformanceHeader } from './tabs';

/**
 * The tenant's performance settings (issue 14 §2-§5): the periods, the 3×3 predikat matrix as a grid
 * of choices with the regulation's value under each cell, the distribution table (read only), the
 * links to the organisation rating with the unit heads' IKM target beside the IKM mapping (issue 14
 * §5), the 360 minimum and the follow-up years. Tenant admins change them at the version read;
 * agency admins read them.
 */
export default function PerformanceSettingsPage() {
  const st = useSkpText();
  const canEdit = useMe().user.role === 'tenant-admin';
  const settings = useAsync(getPerformanceSettings, []);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section class="perf-page">
      <PerformanceHeader title={st.settings.title} current="/performance/settings" />
      <p class="muted perf-intro">{st.settings.intro}</p>
      {!canEdit && (
        <div class="alert alert-info" role="status">
          {st.settings.readOnly}
        </div>
      )}
      <ErrorMessage error={settings.error} />
      {!settings.data && settings.loading && <Loading />}
      {settings.data && (
        <SettingsEditor
          key={`${settings.data.version}:${settings.data.updatedAt}`}
          saved={settings.data}
          canEdit={canEdit}
          notice={notice}
          onSaved={() => {
            setNotice(st.settings.saved);
            void settings.reload();
          }}
          onStale={() => {
            setNotice(null);
            void settings.reload();
          }}
          onEditing={() => setNotice(null)}
        />
      )}
    </section>
  );
}

const GRADES = ['A', 'B', 'C', 'D'] as const;

/** Every field the form shows, for errors that arrive at a deeper path. */
const SHOWN = new Set<string>([
  'yearStartMonth',
  'cadence',
  'minRaters',
  'talentPoolYears',
  'persistYears',
  'ikmTarget',
  ...RATINGS.flatMap((h) => RATINGS.map((b) => `matrix.${h}.${b}`)),
  ...ORG_PREDIKATS.map((o) => `unitHeadHasilKerja.${o}`),
  ...GRADES.map((g) => `ikmPredikat.${g}`),
]);

function SettingsEditor({
  saved,
  canEdit,
  notice,
  onSaved,
  onStale,
  onEditing,
}: {
  saved: PerformanceSettings;
  canEdit: boolean;
  /** Said beside the save button after a save (the form starts again from what was saved). */
  notice: string | null;
  onSaved: () => void;
  onStale: () => void;
  onEditing: () => void;
}) {
  const st = useSkpText();
  const s = st.settings;
  const it = useIkmText();
  const { formatDateTime, lang } = useI18n();
  const fmt = useFormat();
  const problem = useSkpProblem();
  const [draft, setDraft] = useState<SettingsDraft>(() => settingsDraftOf(saved));
  // The unit heads' IKM target, typed as the reader writes numbers (76,61 in Indonesian).
  const [ikmTarget, setIkmTarget] = useState(() => ikmTargetText(saved.ikmTarget, lang));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [unchanged, setUnchanged] = useState(false);
  const set = (p: Partial<SettingsDraft>) => {
    setUnchanged(false);
    onEditing();
    setDraft((d) => ({ ...d, ...p }));
  };
  const save = async (e: Event) => {
    e.preventDefault();
    const local = checkSettingsDraft(draft, st.rules);
    const target = readIkmTarget(ikmTarget);
    if ('problem' in target) local.ikmTarget = it.settings.problems[target.problem];
    setErrors(local);
    setGeneral([]);
    setError(null);
    if (Object.keys(local).length > 0 || !('value' in target)) return;
    const body =
      settingsBody(draft, saved) ?? (target.value !== saved.ikmTarget ? { version: saved.version } : null);
    if (body && target.value !== saved.ikmTarget) body.ikmTarget = target.value;
    if (!body) {
      setUnchanged(true);
      return;
    }
    setBusy(true);
    try {
      await updatePerformanceSettings(body);
      onSaved();
    } catch (err) {
      const placed = placeErrors(problem(err).fields, SHOWN);
      // The API's range (25-100) in the field's own words.
      if (placed.fields.ikmTarget) placed.fields.ikmTarget = it.settings.problems.range;
      setErrors(placed.fields);
      setGeneral(placed.general);
      setError(err);
      if (err instanceof ApiError && err.type === 'version-conflict') onStale();
    } finally {
      setBusy(false);
    }
  };
  const defaults = DEFAULT_PERFORMANCE_SETTINGS;
  const changedCells = new Set(matrixChanges(draft.matrix, defaults.matrix));
  const ids = { periods: useId(), matrix: useId(), dist: useId(), maps: useId(), other: useId() };
  const overrides = {
    ...problem(error).overrides,
    'version-conflict': st.errors.settingsVersion,
    forbidden: st.errors.settingsForbidden,
  };
  return (
    <form class="perf-settings" onSubmit={save} noValidate>
      <fieldset class="perf-plain" disabled={!canEdit}>
        <section class="card" aria-labelledby={ids.periods}>
          <h2 id={ids.periods}>{s.periods}</h2>
          <div class="grid-2">
            <SelectField
              label={s.yearStartMonth}
              name="yearStartMonth"
              errors={errors}
              hint={s.yearStartHint}
              value={draft.yearStartMonth}
              onChange={(e) => set({ yearStartMonth: e.currentTarget.value })}
            >
              {Array.from({ length: 12 }, (_, i) => (
                <option key={i} value={String(i + 1)}>
                  {fmt.monthName(i + 1)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={s.cadence}
              name="cadence"
              errors={errors}
              hint={s.cadenceHint}
              value={draft.cadence}
              onChange={(e) => set({ cadence: e.currentTarget.value as Cadence })}
            >
              {CADENCES.map((c) => (
                <option key={c} value={c}>
                  {st.cadences[c]}
                </option>
              ))}
            </SelectField>
          </div>
        </section>

        <section class="card" aria-labelledby={ids.matrix}>
          <h2 id={ids.matrix}>{s.matrix}</h2>
          <p class="muted small">{s.matrixIntro}</p>
          <table class="perf-matrix">
            <caption class="sr-only">{s.matrixCaption}</caption>
            <thead>
              <tr>
                <td class="perf-matrix-corner">
                  <span class="small">
                    {s.hasilKerja} ↓ · {s.perilaku} →
                  </span>
                </td>
                {RATINGS.map((b) => (
                  <th key={b} scope="col">
                    <span class="perf-matrix-axis">{s.perilaku}</span>
                    {st.ratings[b]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {RATINGS.map((h) => (
                <tr key={h}>
                  <th scope="row">
                    <span class="perf-matrix-axis">{s.hasilKerja}</span>
                    {st.ratings[h]}
                  </th>
                  {RATINGS.map((b) => (
                    <MatrixCell
                      key={b}
                      h={h}
                      b={b}
                      value={draft.matrix[h][b]}
                      rule={defaults.matrix[h][b]}
                      changed={changedCells.has(`${h}.${b}`)}
                      error={errors[`matrix.${h}.${b}`]}
                      onChange={(p) =>
                        set({ matrix: { ...draft.matrix, [h]: { ...draft.matrix[h], [b]: p } } })
                      }
                    />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {canEdit && changedCells.size > 0 && (
            <div class="actions">
              <button
                type="button"
                class="btn btn-small"
                onClick={() => set({ matrix: settingsDraftOf(defaults as PerformanceSettings).matrix })}
              >
                {s.resetMatrix}
              </button>
            </div>
          )}
        </section>

        <section class="card" aria-labelledby={ids.dist}>
          <h2 id={ids.dist}>{s.distribution}</h2>
          <p class="muted small">{s.distributionIntro}</p>
          <div class="table-wrap">
            <table class="perf-distribution">
              <caption class="sr-only">{s.distributionCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.orgPredikat}</th>
                  <th scope="col">{s.distributionRules}</th>
                </tr>
              </thead>
              <tbody>
                {ORG_PREDIKATS.map((o) => {
                  const rules = saved.distribution[o];
                  return (
                    <tr key={o}>
                      <th scope="row">{st.orgPredikats[o]}</th>
                      <td>
                        {rules.length === 0 ? (
                          <span class="muted">{s.noRule}</span>
                        ) : (
                          <ul class="perf-rules">
                            {rules.map((r, i) => (
                              <li key={i}>
                                {distributionRuleText(r, {
                                  predikat: (p: Predikat) => st.predikats[p] ?? p,
                                  or: s.or,
                                  max: s.max,
                                  min: s.min,
                                  some: s.some,
                                })}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>

        <section class="card" aria-labelledby={ids.maps}>
          <h2 id={ids.maps}>{s.mappings}</h2>
          <div class="perf-maps">
            <div>
              <h3>{s.ikm}</h3>
              <p class="muted small">{s.ikmIntro}</p>
              <table class="perf-map">
                <caption class="sr-only">{s.ikmCaption}</caption>
                <tbody>
                  {GRADES.map((g) => (
                    <tr key={g}>
                      <th scope="row">
                        {s.grade(g)}
                        <span class="muted small ikm-grade-label">{it.grades[g]}</span>
                      </th>
                      <td>
                        <MapSelect
                          name={`ikmPredikat.${g}`}
                          label={s.grade(g)}
                          value={draft.ikmPredikat[g]}
                          options={ORG_PREDIKATS.map((o) => [o, st.orgPredikats[o] ?? o])}
                          rule={st.orgPredikats[defaults.ikmPredikat[g]] ?? ''}
                          error={errors[`ikmPredikat.${g}`]}
                          onChange={(v) =>
                            set({ ikmPredikat: { ...draft.ikmPredikat, [g]: v as OrgPredikat } })
                          }
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div class="ikm-target-field">
                <InputField
                  label={it.settings.target}
                  name="ikmTarget"
                  inputMode="decimal"
                  autoComplete="off"
                  errors={errors}
                  hint={it.settings.targetHint}
                  value={ikmTarget}
                  onInput={(e) => {
                    setUnchanged(false);
                    onEditing();
                    setIkmTarget(e.currentTarget.value);
                  }}
                />
              </div>
            </div>
            <div>
              <h3>{s.unitHead}</h3>
              <p class="muted small">{s.unitHeadIntro}</p>
              <table class="perf-map">
                <caption class="sr-only">{s.unitHeadCaption}</caption>
                <tbody>
                  {ORG_PREDIKATS.map((o) => (
                    <tr key={o}>
                      <th scope="row">{st.orgPredikats[o]}</th>
                      <td>
                        <MapSelect
                          name={`unitHeadHasilKerja.${o}`}
                          label={st.orgPredikats[o] ?? o}
                          value={draft.unitHeadHasilKerja[o]}
                          options={RATINGS.map((r) => [r, st.ratings[r] ?? r])}
                          rule={st.ratings[defaults.unitHeadHasilKerja[o]] ?? ''}
                          error={errors[`unitHeadHasilKerja.${o}`]}
                          onChange={(v) =>
                            set({ unitHeadHasilKerja: { ...draft.unitHeadHasilKerja, [o]: v as Rating } })
                          }
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </section>

        <section class="card" aria-labelledby={ids.other}>
          <h2 id={ids.other}>
            {s.feedback} · {s.followUp}
          </h2>
          <div class="grid-2">
            <InputField
              label={s.minRaters}
              name="minRaters"
              type="number"
              min={3}
              max={20}
              step={1}
              inputMode="numeric"
              errors={errors}
              hint={s.minRatersHint}
              value={draft.minRaters}
              onInput={(e) => set({ minRaters: e.currentTarget.value })}
            />
            <InputField
              label={s.talentPoolYears}
              name="talentPoolYears"
              type="number"
              min={1}
              max={5}
              step={1}
              inputMode="numeric"
              errors={errors}
              hint={s.talentPoolHint}
              value={draft.talentPoolYears}
              onInput={(e) => set({ talentPoolYears: e.currentTarget.value })}
            />
            <InputField
              label={s.persistYears}
              name="persistYears"
              type="number"
              min={1}
              max={5}
              step={1}
              inputMode="numeric"
              errors={errors}
              hint={s.persistHint}
              value={draft.persistYears}
              onInput={(e) => set({ persistYears: e.currentTarget.value })}
            />
          </div>
        </section>
      </fieldset>
      <div class="card perf-plan-bar">
        <ErrorMessage error={error} overrides={overrides} fieldNames={Object.keys(problem(error).fields)} />
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
        {notice && <Notice>{notice}</Notice>}
        {unchanged && <p class="small">{s.nothingChanged}</p>}
        <p class="muted small">
          {saved.updatedAt ? s.lastSaved(formatDateTime(saved.updatedAt)) : s.neverSaved}
        </p>
        {canEdit && (
          <div class="actions">
            <button type="submit" class="btn btn-primary" disabled={busy} aria-busy={busy}>
              {busy ? s.saving : s.save}
            </button>
          </div>
        )}
      </div>
    </form>
  );
}

function MatrixCell({
  h,
  b,
  value,
  rule,
  changed,
  error,
  onChange,
}: {
  h: Rating;
  b: Rating;
  value: Predikat;
  rule: Predikat;
  changed: boolean;
  error?: string;
  onChange: (p: Predikat) => void;
}) {
  const st = useSkpText();
  const s = st.settings;
  const id = useId();
  return (
    <td
      class={
        error
          ? 'perf-matrix-cell field-invalid'
          : changed
            ? 'perf-matrix-cell perf-changed'
            : 'perf-matrix-cell'
      }
    >
      <span class="perf-matrix-mobile small" aria-hidden="true">
        {s.perilaku}: {st.ratings[b]}
      </span>
      <select
        id={id}
        name={`matrix.${h}.${b}`}
        aria-label={s.cellLabel(st.ratings[h] ?? h, st.ratings[b] ?? b)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-rule${error ? ` ${id}-error` : ''}`}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value as Predikat)}
      >
        {PREDIKATS.map((p) => (
          <option key={p} value={p}>
            {st.predikats[p]}
          </option>
        ))}
      </select>
      <span class="field-hint" id={`${id}-rule`}>
        {s.rule(st.predikats[rule] ?? rule)}
        {changed && <strong class="perf-changed-mark"> · {s.changed}</strong>}
      </span>
      {error && (
        <span class="field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </td>
  );
}

function MapSelect({
  name,
  label,
  value,
  options,
  rule,
  error,
  onChange,
}: {
  name: string;
  label: string;
  value: string;
  options: [string, string][];
  rule: string;
  error?: string;
  onChange: (v: string) => void;
}) {
  const s = useSkpText().settings;
  const id = useId();
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <select
        id={id}
        name={name}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-rule${error ? ` ${id}-error` : ''}`}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
      <span class="field-hint" id={`${id}-rule`}>
        {s.rule(rule)}
      </span>
      {error && (
        <span class="field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}
