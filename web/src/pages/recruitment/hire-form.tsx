/**
 * Hiring from the "Peringkat" tab (issue 12 §5): for an applicant within the openings once the
 * FINAL announcement is published, "Angkat" opens this form: BKN's NIP (CPNS) or NI PPPK, the TMT,
 * and the golongan/ruang of a CPNS (empty: the server sets it from the education) or the grade of a
 * PPPK. The application's version is read first (getApplication). The server's 400 is shown by field
 * in the reader's language, the applicant's own data as a list; afterwards "Sudah diangkat" links to
 * the new employee in personnel.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorMessage, InputField, SelectField } from '../../components/ui';
import { useI18n } from '../../i18n';
import type { ResultsDictionary } from './i18n/results-id';
import { getApplication, type HireResult, hireApplicant } from './recruitment-api';
import {
  checkHire,
  type EmploymentKind,
  emptyHire,
  type HireValues,
  hireBody,
  hireConflict,
  hireErrors,
  PNS_RANKS,
  PPPK_GRADES,
} from './results-model';
import { useResultsText } from './scores';

/** The employee detail page in personnel (routes.ts `/personnel/employees/:employeeId`). */
export const employeeHref = (employeeId: string) => `/personnel/employees/${encodeURIComponent(employeeId)}`;

/** Sends the form: hireApplicant with the body built from it (rank or grade as the kind wants). */
export const submitHire = (
  applicationId: string,
  values: HireValues,
  kind: EmploymentKind,
  version: number,
) => hireApplicant(applicationId, hireBody(values, kind, version));

export function HireForm({
  applicationId,
  name,
  kind,
  onHired,
  onCancel,
}: {
  applicationId: string;
  name: string;
  kind: EmploymentKind;
  onHired: (result: HireResult) => void;
  onCancel: () => void;
}) {
  const t = useResultsText();
  const { t: common, lang } = useI18n();
  const [values, setValues] = useState<HireValues>(emptyHire);
  const [version, setVersion] = useState<number | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const firstRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // Opened below the ranking table: bring it into view and start at the NIP.
  useEffect(() => {
    formRef.current?.scrollIntoView?.({ block: 'nearest' });
    formRef.current?.querySelector<HTMLInputElement>('input[name="nip"]')?.focus();
  }, []);
  useEffect(() => {
    let live = true;
    getApplication(applicationId).then(
      (a) => live && setVersion(a.version),
      (err) => live && setLoadError(err),
    );
    return () => {
      live = false;
    };
  }, [applicationId]);
  const server = hireErrors(error, common, lang, t);
  const fields = { ...server.fields, ...local };
  useEffect(() => {
    if (Object.keys(fields).length > 0)
      firstRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error, local]);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy || version === null) return;
    const found = checkHire(values, kind, t);
    setLocal(found);
    setError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      onHired(await submitHire(applicationId, values, kind, version));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      ref={formRef}
      class="card rc-dialog rc-hire"
      noValidate
      onSubmit={submit}
      aria-labelledby={`hire-${applicationId}-title`}
    >
      <h3 id={`hire-${applicationId}-title`}>{t.hire.title(name)}</h3>
      <p class="muted small">{t.hire.intro}</p>
      <ErrorMessage error={loadError} />
      <div ref={firstRef}>
        <HireFields
          kind={kind}
          values={values}
          errors={fields}
          applicantErrors={server.applicant}
          conflict={hireConflict(error, t)}
          error={error}
          disabled={busy || version === null}
          t={t}
          onChange={(next) => setValues((v) => ({ ...v, ...next }))}
        />
      </div>
      <div class="actions">
        <button
          type="submit"
          class="btn btn-primary"
          disabled={busy || version === null}
          aria-busy={busy || version === null}
        >
          {busy ? t.hire.submitting : version === null && !loadError ? t.hire.loading : t.hire.submit}
        </button>
        <button type="button" class="btn" disabled={busy} onClick={onCancel}>
          {t.hire.cancel}
        </button>
      </div>
    </form>
  );
}

/** The inputs, their errors and the form's problems; stateless, so it is rendered as it is tested. */
export function HireFields({
  kind,
  values,
  errors,
  applicantErrors,
  conflict,
  error,
  disabled,
  t,
  onChange,
}: {
  kind: EmploymentKind;
  values: HireValues;
  errors: Record<string, string>;
  applicantErrors: readonly string[];
  conflict: string | null;
  error: unknown;
  disabled: boolean;
  t: ResultsDictionary;
  onChange: (next: Partial<HireValues>) => void;
}) {
  const h = t.hire;
  const handled = Object.keys(errors).length > 0 || applicantErrors.length > 0 || conflict !== null;
  return (
    <>
      {conflict && (
        <div class="alert alert-error" role="alert">
          {conflict}
        </div>
      )}
      {applicantErrors.length > 0 && (
        <div class="alert alert-error" role="alert">
          <p>{h.applicantData}</p>
          <ul>
            {applicantErrors.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      {!handled && <ErrorMessage error={error} fieldNames={['nip', 'tmt', 'rank', 'grade']} />}
      <div class="rc-grid">
        <InputField
          label={kind === 'PPPK' ? h.nipPppk : h.nipCpns}
          name="nip"
          inputMode="numeric"
          autoComplete="off"
          maxLength={18}
          hint={h.nipHint}
          errors={errors}
          value={values.nip}
          disabled={disabled}
          onInput={(e) => onChange({ nip: e.currentTarget.value })}
        />
        <InputField
          label={h.tmt}
          name="tmt"
          type="date"
          hint={kind === 'PPPK' ? h.tmtHintPppk : h.tmtHintCpns}
          errors={errors}
          value={values.tmt}
          disabled={disabled}
          onInput={(e) => onChange({ tmt: e.currentTarget.value })}
        />
        {kind === 'CPNS' ? (
          <SelectField
            label={h.rank}
            name="rank"
            optional
            hint={h.rankHint}
            errors={errors}
            value={values.rank}
            disabled={disabled}
            onChange={(e) => onChange({ rank: e.currentTarget.value })}
          >
            <option value="">{h.rankDefault}</option>
            {PNS_RANKS.map((r) => (
              <option key={r.code} value={r.code}>
                {r.code} – {r.name}
              </option>
            ))}
          </SelectField>
        ) : (
          <SelectField
            label={h.grade}
            name="grade"
            errors={errors}
            value={values.grade}
            disabled={disabled}
            onChange={(e) => onChange({ grade: e.currentTarget.value })}
          >
            <option value="">{h.gradeChoose}</option>
            {PPPK_GRADES.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </SelectField>
        )}
      </div>
    </>
  );
}
