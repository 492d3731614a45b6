/**
 * The realisation of an SKP item (issue 14 §1): what it achieved per assessment period, with a note
 * and links as evidence (documents are not available yet), and the form the owner or the appraiser
 * records it with.
 */
import { useMemo, useState } from 'preact/hooks';
import { ErrorMessage, InputField, Notice, SelectField, TextAreaField } from '../../components/ui';
import { useI18n } from '../../i18n';
import { useFormat, useToday } from '../../lib/format';
import { SurveyRealisationNote, useIkmText } from './ikm-parts';
import {
  type PerformanceSettings,
  recordSkpRealisation,
  type SkpDetail,
  type SkpItem,
  type SkpRealisation,
} from './skp-api';
import type { PerformancePeriod } from './skp-core';
import {
  assessmentPeriodsOf,
  checkRealisationDraft,
  currentPeriod,
  filledLinks,
  monthIndex,
  performanceYearAt,
  periodFromKey,
  periodKey,
  placeErrors,
  type RealisationDraft,
  realisationBody,
} from './skp-model';
import { usePeriodText, useSkpProblem, useSkpText, useTargetText } from './skp-parts';

/** A link's readable form: its host and path, without the scheme. */
const linkText = (url: string) => url.replace(/^https?:\/\//i, '').replace(/\/$/, '');

export function Realisations({
  item,
  n,
  detail,
  settings,
  realisations,
  reload,
}: {
  item: SkpItem;
  n: number;
  detail: SkpDetail;
  settings: PerformanceSettings;
  realisations: SkpRealisation[];
  reload: () => Promise<void>;
}) {
  const st = useSkpText();
  const rt = st.realisation;
  const it = useIkmText();
  const fmt = useFormat();
  const { formatDateTime } = useI18n();
  const periodText = usePeriodText(settings.yearStartMonth);
  const [open, setOpen] = useState(false);
  const ikmTarget = item.source === 'ikm' ? (item.indicators[0]?.target.value ?? null) : null;
  const [notice, setNotice] = useState<string | null>(null);
  const unit = item.indicators.length === 1 ? item.indicators[0]!.target.unit : null;
  const canRecord = detail.can.recordRealisation && item.source !== 'ikm';
  return (
    <div class="perf-real">
      <h4>{rt.title}</h4>
      {realisations.length === 0 ? (
        <p class="muted small">{rt.empty}</p>
      ) : (
        <ul class="perf-real-list">
          {realisations.map((r) =>
            r.source === 'survey' ? (
              <li key={periodKey(r.period)} class="ikm-realisation">
                <div class="perf-real-line">
                  <span class="perf-real-period">{periodText(r.period)}</span>
                  <strong class="perf-real-value">
                    {it.ikm} {fmt.ikm(r.value)}
                  </strong>
                </div>
                <SurveyRealisationNote note={r.note} value={r.value} target={ikmTarget} />
              </li>
            ) : (
              <li key={periodKey(r.period)}>
                <div class="perf-real-line">
                  <span class="perf-real-period">{periodText(r.period)}</span>
                  <strong class="perf-real-value">
                    {fmt.dec1(r.value)}
                    {unit && ` ${unit}`}
                  </strong>
                </div>
                {r.note && <p class="small perf-real-note">{r.note}</p>}
                {r.evidence.length > 0 && (
                  <ul class="perf-links small">
                    {r.evidence.map((e, i) =>
                      e.kind === 'link' ? (
                        <li key={i}>
                          <a href={e.url} target="_blank" rel="noopener noreferrer">
                            {linkText(e.url)}
                          </a>
                        </li>
                      ) : null,
                    )}
                  </ul>
                )}
                <p class="muted small perf-real-by">
                  {rt.recordedBy(r.recordedByName, formatDateTime(r.recordedAt))}
                </p>
              </li>
            ),
          )}
        </ul>
      )}
      {item.source === 'ikm' && <p class="muted small">{it.skp.bySurvey}</p>}
      {notice && !open && <Notice>{notice}</Notice>}
      {canRecord &&
        (open ? (
          <RealisationForm
            item={item}
            detail={detail}
            settings={settings}
            realisations={realisations}
            onCancel={() => setOpen(false)}
            onDone={async (period) => {
              setOpen(false);
              setNotice(rt.recorded(periodText(period)));
              await reload();
            }}
          />
        ) : (
          <div class="actions">
            <button
              type="button"
              class="btn btn-small"
              aria-label={rt.openLabel(n)}
              onClick={() => {
                setNotice(null);
                setOpen(true);
              }}
            >
              {rt.open}
            </button>
          </div>
        ))}
    </div>
  );
}

function RealisationForm({
  item,
  detail,
  settings,
  realisations,
  onCancel,
  onDone,
}: {
  item: SkpItem;
  detail: SkpDetail;
  settings: PerformanceSettings;
  realisations: SkpRealisation[];
  onCancel: () => void;
  onDone: (period: PerformancePeriod) => Promise<void>;
}) {
  const st = useSkpText();
  const rt = st.realisation;
  const today = useToday();
  const periodText = usePeriodText(settings.yearStartMonth);
  const targetText = useTargetText();
  const problem = useSkpProblem();
  // The assessment periods of the SKP's year that have begun (all of them, for a year not begun).
  const periods = useMemo(() => {
    const year = performanceYearAt(detail.period.start, settings.yearStartMonth);
    const all = assessmentPeriodsOf(year, settings);
    const now = monthIndex(today.slice(0, 7)) ?? 0;
    const begun = all.filter((p) => (monthIndex(p.start) ?? 0) <= now);
    return begun.length > 0 ? begun : all;
  }, [detail.period.start, settings, today]);
  const fill = (period: PerformancePeriod | null): RealisationDraft => {
    const had = period && realisations.find((r) => periodKey(r.period) === periodKey(period));
    return {
      itemId: item.id,
      period,
      value: had ? String(had.value) : '',
      note: had?.note ?? '',
      links: had
        ? [...had.evidence.flatMap((e) => (e.kind === 'link' ? [e.url] : [])), ''].slice(0, 10)
        : [''],
    };
  };
  const [draft, setDraft] = useState<RealisationDraft>(() => fill(currentPeriod(periods, today)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (p: Partial<RealisationDraft>) => setDraft((d) => ({ ...d, ...p }));
  const replaces =
    draft.period && realisations.some((r) => draft.period && periodKey(r.period) === periodKey(draft.period));
  const save = async (e: Event) => {
    e.preventDefault();
    const links = filledLinks(draft.links);
    const ready = { ...draft, links };
    setDraft({ ...ready, links: links.length > 0 ? links : [''] });
    const local = checkRealisationDraft(ready, st.rules);
    setError(null);
    setGeneral([]);
    setErrors(local);
    if (Object.keys(local).length > 0 || !ready.period) return;
    setBusy(true);
    try {
      await recordSkpRealisation(detail.id, realisationBody({ ...ready, period: ready.period }));
      await onDone(ready.period);
    } catch (err) {
      const shown = new Set([
        'period',
        'value',
        'note',
        ...links.flatMap((_, i) => [`evidence.${i}`, `evidence.${i}.url`]),
      ]);
      const placed = placeErrors(problem(err).fields, shown);
      setErrors(placed.fields);
      setGeneral(placed.general);
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const targets = item.indicators.map((i) => targetText(i.target)).join('; ');
  const o = problem(error).overrides;
  return (
    <form class="perf-real-form stack" onSubmit={save} noValidate>
      {error !== null && (
        <ErrorMessage error={error} overrides={o} fieldNames={Object.keys(problem(error).fields)} />
      )}
      {general.length > 0 && (
        <ul class="field-error perf-general-errors">
          {general.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      <div class="grid-2">
        <SelectField
          label={rt.period}
          name="period"
          errors={errors}
          value={draft.period ? periodKey(draft.period) : ''}
          onChange={(e) => {
            const p = periodFromKey(e.currentTarget.value);
            setDraft((d) => ({ ...fill(p), itemId: d.itemId }));
          }}
        >
          {periods.map((p) => (
            <option key={periodKey(p)} value={periodKey(p)}>
              {periodText(p)}
            </option>
          ))}
        </SelectField>
        <InputField
          label={rt.value}
          name="value"
          errors={errors}
          inputMode="decimal"
          autoComplete="off"
          value={draft.value}
          hint={rt.valueHint(targets)}
          onInput={(e) => set({ value: e.currentTarget.value })}
        />
      </div>
      {replaces && <p class="small perf-replaces">{rt.replaces}</p>}
      <TextAreaField
        label={rt.note}
        name="note"
        optional
        errors={errors}
        rows={2}
        maxLength={2000}
        value={draft.note}
        onInput={(e) => set({ note: e.currentTarget.value })}
      />
      <fieldset class="perf-links-field">
        <legend>{rt.evidence}</legend>
        <p class="field-hint">{rt.evidenceHint}</p>
        {draft.links.map((link, i) => (
          <div class="perf-link-row" key={i}>
            <InputField
              label={rt.link(i + 1)}
              name={`evidence.${i}.url`}
              required={false}
              type="url"
              inputMode="url"
              placeholder="https://"
              autoComplete="off"
              errors={errors}
              value={link}
              onInput={(e) => {
                const value = e.currentTarget.value;
                setDraft((d) => ({ ...d, links: d.links.map((l, j) => (j === i ? value : l)) }));
              }}
            />
            {draft.links.length > 1 && (
              <button
                type="button"
                class="btn btn-small"
                aria-label={rt.removeLinkLabel(i + 1)}
                onClick={() => setDraft((d) => ({ ...d, links: d.links.filter((_, j) => j !== i) }))}
              >
                {rt.removeLink}
              </button>
            )}
          </div>
        ))}
        {draft.links.length < 10 && (
          <button
            type="button"
            class="btn btn-small"
            onClick={() => setDraft((d) => ({ ...d, links: [...d.links, ''] }))}
          >
            {rt.addLink}
          </button>
        )}
      </fieldset>
      <div class="actions">
        <button type="submit" class="btn btn-primary" disabled={busy} aria-busy={busy}>
          {busy ? rt.recording : rt.record}
        </button>
        <button type="button" class="btn" disabled={busy} onClick={onCancel}>
          {rt.cancel}
        </button>
      </div>
    </form>
  );
}
