/**
 * Pieces of passkeys for check-in (issue 13 §2) used beyond the Passkey page: their texts, an
 * instant in the tenant's zone ("6 Des 2026 15.25 WIB"), what a passkey refusal says, and the
 * admins' reset on an employee's profile (pages/personnel/Profile). Nothing here loads the
 * attendance pages' styles, so the profile page can use it as it is.
 */
import { useId, useMemo, useState } from 'preact/hooks';
import { ApiError } from '../../api/client';
import { ErrorMessage, Notice, TextAreaField } from '../../components/ui';
import { useLocalized } from '../../i18n';
import { useFormat } from '../../lib/format';
import { useMe } from '../../session';
import { passkeyEn } from './i18n/passkey-en';
import { type PasskeyDictionary, passkeyId } from './i18n/passkey-id';
import { PasskeyPromptError, resetEmployeePasskeys } from './passkey-api';
import { passkeyRefusal } from './passkeys';

export type { PasskeyDictionary };

export const usePasskeyText = (): PasskeyDictionary => useLocalized(passkeyId, passkeyEn);

const ZONES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** An instant on the tenant's clock, with the zone: "6 Des 2026 15.25 WIB", "6 Dec 2026 15:25 WIB". */
export function useInstant(): (iso: string) => string {
  const { locale } = useFormat();
  const timeZone = useMe().tenant?.timeZone ?? 'Asia/Jakarta';
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone,
    });
    const time = new Intl.DateTimeFormat(locale, {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
    });
    const zone = ZONES[timeZone] ?? timeZone;
    return (iso) => {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : `${day.format(d)} ${time.format(d)}\u00a0${zone}`;
    };
  }, [locale, timeZone]);
}

/**
 * What went wrong around a check-in's passkey, in words, or null when the error is not about the
 * passkey (the check-in page then says it as before). `calm` marks a prompt the person closed:
 * said as information, not as an error.
 */
export function checkInPasskeyText(
  pt: PasskeyDictionary,
  error: unknown,
): { text: string; hint?: string; calm?: true } | null {
  const ct = pt.checkIn;
  if (error instanceof PasskeyPromptError) {
    switch (error.problem) {
      case 'cancelled':
        return { text: ct.cancelled, hint: ct.cancelledHint, calm: true };
      case 'unsupported':
        return { text: ct.unsupported };
      case 'insecure':
        return { text: ct.insecure };
      case 'noLock':
        return { text: ct.noLock };
      default:
        return { text: ct.failed };
    }
  }
  if (!(error instanceof ApiError) || error.type !== 'validation') return null;
  const refusal = passkeyRefusal(error.errors);
  switch (refusal) {
    case 'expired':
      return { text: ct.expired };
    case 'usedElsewhere':
      return { text: ct.usedElsewhere };
    case 'needed':
      return { text: ct.needed };
    case 'notRegistered':
      return { text: ct.notRegistered };
    case null:
      return null;
    default:
      return { text: ct.unverified };
  }
}

/**
 * The admins' reset of an employee's passkeys (a lost phone, a passkey shared with a colleague):
 * a reason, then every passkey removed and how many were. Shown to tenant admins, and to agency
 * admins for their own agency's employees (the API's scope).
 */
export function PasskeyReset({ employeeId, name }: { employeeId: string; name: string }) {
  const rt = usePasskeyText().reset;
  const fmt = useFormat();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setDone(null);
    const text = reason.trim();
    if (text.length < 1 || text.length > 500) {
      setFieldError(rt.reasonError);
      return;
    }
    setFieldError(null);
    setBusy(true);
    try {
      const { removed } = await resetEmployeePasskeys(employeeId, text);
      setDone(removed === 0 ? rt.none(name) : rt.done(fmt.int(removed), name));
      setOpen(false);
      setReason('');
    } catch (err) {
      if (err instanceof ApiError && err.errors.some((f) => f.path === 'reason'))
        setFieldError(rt.reasonError);
      else setError(err);
    } finally {
      setBusy(false);
    }
  };

  const notFound = error instanceof ApiError && error.type === 'not-found';
  return (
    <section class="card passkey-reset" aria-labelledby={headingId}>
      <h2 id={headingId}>{rt.title}</h2>
      <p class="muted">{rt.intro}</p>
      {done && <Notice>{done}</Notice>}
      {notFound ? (
        <p class="alert alert-error" role="alert">
          {rt.notFound}
        </p>
      ) : (
        <ErrorMessage error={error} fieldNames={['reason']} />
      )}
      {open ? (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <TextAreaField
            label={rt.reason}
            name="reason"
            rows={2}
            maxLength={500}
            hint={rt.reasonHint}
            errors={fieldError ? { reason: fieldError } : undefined}
            value={reason}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
          <p class="row-actions">
            <button type="submit" class="btn btn-danger" disabled={busy} aria-busy={busy}>
              {busy ? rt.busy : rt.submit}
            </button>
            <button
              type="button"
              class="btn"
              disabled={busy}
              onClick={() => {
                setOpen(false);
                setFieldError(null);
              }}
            >
              {rt.cancel}
            </button>
          </p>
        </form>
      ) : (
        <p>
          <button
            type="button"
            class="btn"
            onClick={() => {
              setOpen(true);
              setDone(null);
              setError(null);
            }}
          >
            {rt.open}
          </button>
        </p>
      )}
    </section>
  );
}
