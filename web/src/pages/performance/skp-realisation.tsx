/**
 * The realisation of an SKP item (issue 14 §1): what it achieved per assessment period, with a note
 * and its evidence: documents (PDF, JPG or PNG, uploaded to the SKP as soon as they are picked, with
 * ../../lib/uploads as a leave request's attachments are) and https links; and the form the owner or
 * the appraiser records it with. Anyone who may read the SKP opens its documents.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { StoredFiles, UploadField } from '../../components/UploadField';
import { ErrorMessage, InputField, Notice, SelectField, TextAreaField } from '../../components/ui';
import { useI18n } from '../../i18n';
import { useFormat, useToday } from '../../lib/format';
import { errorsByFile, useUploads } from '../../lib/uploads';
import { SurveyRealisationNote, useIkmText } from './ikm-parts';
import {
  createSkpEvidenceUpload,
  openSkpEvidence,
  type PerformanceSettings,
  recordSkpRealisation,
  type SkpDetail,
  type SkpEvidence,
  type SkpItem,
  type SkpRealisation,
} from './skp-api';
import type { PerformancePeriod } from './skp-core';
import {
  assessmentPeriodsOf,
  checkRealisationDraft,
  currentPeriod,
  EVIDENCE_FALLBACK_NAME,
  evidenceDocuments,
  evidenceFileLimits,
  filledLinks,
  keptEvidenceFiles,
  MAX_EVIDENCE,
  monthIndex,
  performanceYearAt,
  periodFromKey,
  periodKey,
  placeErrors,
  type RealisationDraft,
  realisationBody,
  realisationFieldPaths,
  type SentEvidence,
  sentDocuments,
} from './skp-model';
import { usePeriodText, useSkpProblem, useSkpText, useTargetText } from './skp-parts';

/** A link's readable form: its host and path, without the scheme. */
const linkText = (url: string) => url.replace(/^https?:\/\//i, '').replace(/\/$/, '');

/**
 * A realisation's evidence: its documents, each with its type and size and "Buka" (fetched with the
 * session's token, shown in a new tab), then its links.
 */
export function EvidenceList({ skpId, evidence }: { skpId: string; evidence: readonly SkpEvidence[] }) {
  const ft = useSkpText().realisation.files;
  const documents = evidenceDocuments(evidence);
  const links = evidence.flatMap((e) => (e.kind === 'link' ? [e.url] : []));
  return (
    <div class="perf-evidence small">
      {documents.length > 0 && (
        <StoredFiles
          files={documents}
          fileKey={(d) => d.documentId}
          load={(d) => openSkpEvidence(skpId, d.documentId)}
          texts={ft}
          class="perf-docs"
        />
      )}
      {links.length > 0 && (
        <ul class="perf-links">
          {links.map((url, i) => (
            <li key={i}>
              <a href={url} target="_blank" rel="noopener noreferrer">
                {linkText(url)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

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
                {r.evidence.length > 0 && <EvidenceList skpId={detail.id} evidence={r.evidence} />}
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
          <TodaysRealisationForm
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

/** The form as the list opens it, on today's date in the tenant's time zone. */
function TodaysRealisationForm(props: Omit<Parameters<typeof RealisationForm>[0], 'today'>) {
  return <RealisationForm {...props} today={useToday()} />;
}

/**
 * Records a realisation: the period, the value, a note, and its evidence, files and links together
 * at most 10. Each file is uploaded as soon as it is picked, and saving waits for them; when the
 * period already has a realisation, the form starts with it, its documents kept unless removed.
 * A refusal keeps everything typed and uploaded, and says each problem at its field or file.
 * `initial` starts it as a refused form left it (tests/web).
 */
export function RealisationForm({
  today,
  item,
  detail,
  settings,
  realisations,
  onCancel,
  onDone,
  initial,
}: {
  today: string;
  item: SkpItem;
  detail: SkpDetail;
  settings: PerformanceSettings;
  realisations: SkpRealisation[];
  onCancel: () => void;
  onDone: (period: PerformancePeriod) => Promise<void>;
  initial?: { period?: PerformancePeriod; error: unknown; sent?: SentEvidence };
}) {
  const st = useSkpText();
  const rt = st.realisation;
  const ft = rt.files;
  const periodText = usePeriodText(settings.yearStartMonth);
  const targetText = useTargetText();
  const problem = useSkpProblem();
  const formRef = useRef<HTMLFormElement>(null);
  // The assessment periods of the SKP's year that have begun (all of them, for a year not begun).
  const periods = useMemo(() => {
    const year = performanceYearAt(detail.period.start, settings.yearStartMonth);
    const all = assessmentPeriodsOf(year, settings);
    const now = monthIndex(today.slice(0, 7)) ?? 0;
    const begun = all.filter((p) => (monthIndex(p.start) ?? 0) <= now);
    return begun.length > 0 ? begun : all;
  }, [detail.period.start, settings, today]);
  const recorded = (period: PerformancePeriod | null) =>
    period ? realisations.find((r) => periodKey(r.period) === periodKey(period)) : undefined;
  const fill = (period: PerformancePeriod | null): RealisationDraft => {
    const had = recorded(period);
    return {
      itemId: item.id,
      period,
      value: had ? String(had.value) : '',
      note: had?.note ?? '',
      links: had
        ? [...had.evidence.flatMap((e) => (e.kind === 'link' ? [e.url] : [])), ''].slice(0, MAX_EVIDENCE)
        : [''],
    };
  };
  const [draft, setDraft] = useState<RealisationDraft>(() =>
    fill(initial?.period ?? currentPeriod(periods, today)),
  );
  const files = useUploads(
    {
      request: async (file) => {
        const target = await createSkpEvidenceUpload(detail.id, file);
        return { key: target.documentId, upload: target.upload };
      },
      limits: evidenceFileLimits(draft.links),
      fallbackName: EVIDENCE_FALLBACK_NAME,
    },
    () => keptEvidenceFiles(recorded(draft.period)?.evidence ?? []),
  );
  const [local, setLocal] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(initial?.error ?? null);
  // What the refused recording named: its `evidence.N` errors count these.
  const [sent, setSent] = useState<SentEvidence>(
    () => initial?.sent ?? { links: filledLinks(draft.links), files: files.files },
  );
  const [busy, setBusy] = useState(false);
  const set = (p: Partial<RealisationDraft>) => setDraft((d) => ({ ...d, ...p }));
  const replaces = !!recorded(draft.period);

  const refused = problem(error);
  const placed = placeErrors(refused.fields, realisationFieldPaths(sent));
  const errors: Record<string, string> = { ...placed.fields, ...local };
  const fileErrors = errorsByFile(refused.fields, sent.files, 'evidence', sent.links.length);
  const waiting = files.waiting;
  const filesError = waiting ? (waiting === 'uploading' ? ft.waitUploads : ft.failedUploads) : undefined;

  // After a refusal, the first field with something to say gets the focus.
  useEffect(() => {
    if (Object.keys(local).length === 0 && !error && !files.held) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [local, error, files.held]);

  const save = async (e: Event) => {
    e.preventDefault();
    const links = filledLinks(draft.links);
    const ready = { ...draft, links };
    setDraft({ ...ready, links: links.length > 0 ? links : [''] });
    const checked = checkRealisationDraft(ready, st.rules, files.files.length);
    const pending = files.hold();
    setError(null);
    setLocal(checked);
    if (Object.keys(checked).length > 0 || !ready.period || pending) return;
    setBusy(true);
    setSent({ links, files: files.files });
    try {
      await recordSkpRealisation(
        detail.id,
        realisationBody({ ...ready, period: ready.period }, sentDocuments(files.files)),
      );
      await onDone(ready.period);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const targets = item.indicators.map((i) => targetText(i.target)).join('; ');
  const linkError = (i: number) => errors[`evidence.${i}.url`] ?? errors[`evidence.${i}`];
  return (
    <form ref={formRef} class="perf-real-form stack" onSubmit={save} noValidate>
      {error !== null && (
        <ErrorMessage error={error} overrides={refused.overrides} fieldNames={Object.keys(refused.fields)} />
      )}
      {placed.general.length > 0 && (
        <ul class="field-error perf-general-errors">
          {placed.general.map((m) => (
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
            // Another period: the form starts again from what that period has recorded.
            const p = periodFromKey(e.currentTarget.value);
            setDraft((d) => ({ ...fill(p), itemId: d.itemId }));
            files.reset(keptEvidenceFiles(recorded(p)?.evidence ?? []));
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
        {errors.evidence && <p class="field-error">{errors.evidence}</p>}
        <UploadField
          uploads={files}
          texts={ft}
          label={ft.label}
          name="evidenceFiles"
          hint={ft.hint}
          optional
          error={filesError}
          fileErrors={fileErrors}
        />
        <p class="perf-links-title">{rt.links}</p>
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
              errors={linkError(i) ? { [`evidence.${i}.url`]: linkError(i)! } : undefined}
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
        {draft.links.length + files.files.length < MAX_EVIDENCE && (
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
