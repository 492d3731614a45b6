import './passkeys.css';
import { useId, useState } from 'preact/hooks';
import { getAttendanceSettings } from '../../api/attendance';
import { ApiError } from '../../api/client';
import { ConfirmButton } from '../../components/admin';
import { ErrorMessage, InputField, Loading, Notice } from '../../components/ui';
import { useFormat } from '../../lib/format';
import { useAsync } from '../../lib/hooks';
import { useMe, useRole } from '../../session';
import {
  listMyPasskeys,
  type Passkey,
  PasskeyPromptError,
  registerPasskey,
  removePasskey,
} from './passkey-api';
import { type PasskeyDictionary, useInstant, usePasskeyText } from './passkey-parts';
import {
  type BrowserProblem,
  guessDeviceName,
  MAX_NAME_LENGTH,
  MAX_PASSKEYS,
  type PasskeyPolicy,
  passkeyRefusal,
  passkeySupport,
} from './passkeys';
import { AttendanceHeader, NotLinked } from './shared';

/**
 * The Passkey page (issue 13 §2), for anyone linked to an employee: why a passkey (in plain words,
 * for staff who would rather check in as before), one's passkeys with when each was added and last
 * used, adding one on this device, and removing one. The browser's prompt closed by the person is
 * said calmly, not as an error; a browser without WebAuthn is told so before anything is tried.
 */
export default function PasskeysPage() {
  const pt = usePasskeyText();
  const linked = Boolean(useMe().user.employeeId);
  return (
    <section class="pk-page">
      <AttendanceHeader title={pt.title} current="/attendance/passkeys" />
      <div class="pk-body">
        {linked ? <Passkeys /> : <NotLinked body={pt.notLinked} />}
        <AdminNote />
      </div>
    </section>
  );
}

/** Whether this browser, at this address, can hold a passkey. */
function supportHere() {
  if (typeof window === 'undefined') return 'unsupported' as const;
  return passkeySupport({
    hasWebAuthn: typeof window.PublicKeyCredential === 'function',
    secureContext: window.isSecureContext,
    hostname: window.location.hostname,
  });
}

function Passkeys() {
  const pt = usePasskeyText();
  const settings = useAsync(getAttendanceSettings, []);
  const list = useAsync(listMyPasskeys, []);
  const [notice, setNotice] = useState<{ text: string; toCheckIn?: true } | null>(null);
  const [removeError, setRemoveError] = useState<unknown>(null);
  const policy = settings.data?.passkeyPolicy ?? null;
  const items = list.data;

  const remove = async (p: Passkey) => {
    setNotice(null);
    setRemoveError(null);
    try {
      await removePasskey(p.id);
      setNotice({ text: pt.list.removed(p.name) });
    } catch (err) {
      setRemoveError(err);
    }
    await list.reload();
  };

  return (
    <>
      <Why policy={policy} count={items?.length ?? null} />
      <section class="pk-list-section" aria-labelledby="pk-list-title">
        <h2 id="pk-list-title">{pt.list.title}</h2>
        {notice && (
          <Notice>
            {notice.text}
            {notice.toCheckIn && (
              <>
                {' '}
                <a href="/attendance/check-in">{pt.add.toCheckIn}</a>
              </>
            )}
          </Notice>
        )}
        {removeError instanceof ApiError && removeError.type === 'not-found' ? (
          <p class="alert alert-warn" role="alert">
            {pt.list.notFound}
          </p>
        ) : (
          <ErrorMessage error={removeError} />
        )}
        <ErrorMessage error={list.error} />
        {items === null ? (
          !list.error && <Loading />
        ) : items.length === 0 ? (
          <p class="muted pk-empty">{pt.list.empty}</p>
        ) : (
          <>
            <ul class="pk-list">
              {items.map((p) => (
                <PasskeyItem key={p.id} passkey={p} last={items.length === 1} onRemove={() => remove(p)} />
              ))}
            </ul>
            {items.some((p) => p.backedUp) && <p class="muted small pk-synced-note">{pt.list.syncedNote}</p>}
          </>
        )}
      </section>
      {items !== null && (
        <AddPasskey
          // A fresh form (and name) after each change of the list.
          key={items.length}
          count={items.length}
          onAdded={async (p) => {
            setRemoveError(null);
            setNotice({ text: pt.add.done(p.name), toCheckIn: true });
            await list.reload();
          }}
          onStart={() => setNotice(null)}
        />
      )}
    </>
  );
}

/**
 * Why a passkey, in a sentence and four short points, and what the tenant's policy asks: open for
 * someone without a passkey, folded under its title once they have one.
 */
function Why({ policy, count }: { policy: PasskeyPolicy | null; count: number | null }) {
  const pt = usePasskeyText();
  const body = (
    <>
      <p class="pk-lead">{pt.why.lead}</p>
      <ul class="pk-points">
        {pt.why.points.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      {policy &&
        (policy === 'required' && count === 0 ? (
          <p class="alert alert-warn">{pt.policy.required}</p>
        ) : (
          <p class="muted pk-policy">{pt.policy[policy]}</p>
        ))}
    </>
  );
  if (count !== null && count > 0)
    return (
      <details class="card pk-why pk-why-folded">
        <summary>{pt.why.title}</summary>
        {body}
      </details>
    );
  return (
    <div class="card pk-why">
      <h2>{pt.why.title}</h2>
      {body}
    </div>
  );
}

function PasskeyItem({
  passkey: p,
  last,
  onRemove,
}: {
  passkey: Passkey;
  last: boolean;
  onRemove: () => Promise<void>;
}) {
  const lt = usePasskeyText().list;
  const instant = useInstant();
  return (
    <li class="card pk-item">
      <div class="pk-item-main">
        <p class="pk-name">
          <strong>{p.name}</strong>
          {p.backedUp && <span class="badge pk-synced">{lt.synced}</span>}
        </p>
        <p class="muted small">{lt.added(instant(p.createdAt))}</p>
        <p class="small pk-used">{p.lastUsedAt ? lt.lastUsed(instant(p.lastUsedAt)) : lt.neverUsed}</p>
      </div>
      <div class="pk-item-actions">
        <ConfirmButton
          label={lt.remove}
          question={last ? lt.removeQuestionLast(p.name) : lt.removeQuestion(p.name)}
          onConfirm={onRemove}
          danger
        />
      </div>
    </li>
  );
}

/** What the browser's refusal says while registering; a closed prompt is not an error. */
function promptText(pt: PasskeyDictionary, problem: BrowserProblem): string {
  return pt.browser[problem];
}

/**
 * Adding a passkey on this device: a name (guessed from the browser, for the employee to keep or
 * change), then the device's own prompt.
 */
function AddPasskey({
  count,
  onAdded,
  onStart,
}: {
  count: number;
  onAdded: (p: Passkey) => Promise<void>;
  onStart: () => void;
}) {
  const pt = usePasskeyText();
  const fmt = useFormat();
  const support = supportHere();
  const headingId = useId();
  const [name, setName] = useState(() =>
    typeof navigator === 'undefined'
      ? pt.devices.other
      : guessDeviceName(navigator.userAgent, pt.devices, navigator.maxTouchPoints ?? 0),
  );
  // With a passkey already, the form waits behind a button: this device may hold it already.
  const [open, setOpen] = useState(count === 0);
  const [busy, setBusy] = useState(false);
  const [nameError, setNameError] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ text: string; calm: boolean } | null>(null);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    onStart();
    setProblem(null);
    setError(null);
    const trimmed = name.trim();
    if (trimmed.length < 1 || trimmed.length > MAX_NAME_LENGTH) {
      setNameError(pt.errors.name);
      return;
    }
    setNameError(null);
    setBusy(true);
    try {
      const p = await registerPasskey(trimmed);
      await onAdded(p);
    } catch (err) {
      if (err instanceof PasskeyPromptError) {
        setProblem({ text: promptText(pt, err.problem), calm: err.problem === 'cancelled' });
      } else if (err instanceof ApiError && err.type === 'validation') {
        const refusal = passkeyRefusal(err.errors);
        if (refusal === 'name') setNameError(pt.errors.name);
        else if (refusal === 'expired' || refusal === 'limit' || refusal === 'duplicate')
          setProblem({ text: pt.errors[refusal], calm: false });
        else if (refusal) setProblem({ text: pt.errors.unverified, calm: false });
        else setError(err);
      } else {
        setError(err);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card pk-add" aria-labelledby={headingId}>
      <h2 id={headingId}>{count === 0 ? pt.add.title : pt.add.titleMore}</h2>
      {count >= MAX_PASSKEYS ? (
        <p class="muted">{pt.add.limit(fmt.int(MAX_PASSKEYS))}</p>
      ) : support !== 'ok' ? (
        <p class="alert alert-warn">{pt.browser[support]}</p>
      ) : !open ? (
        <>
          <p class="muted">{pt.add.more}</p>
          <p class="pk-add-actions">
            <button type="button" class="btn" onClick={() => setOpen(true)}>
              {pt.add.openMore}
            </button>
          </p>
        </>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <p class="muted">{pt.add.intro}</p>
          <InputField
            label={pt.add.name}
            name="name"
            value={name}
            maxLength={MAX_NAME_LENGTH}
            autoComplete="off"
            hint={pt.add.nameHint}
            errors={nameError ? { name: nameError } : undefined}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          <p class="pk-add-actions">
            <button type="submit" class="btn btn-primary pk-add-btn" disabled={busy} aria-busy={busy}>
              {pt.add.submit}
            </button>
          </p>
          <div aria-live="polite">
            {busy && <p class="pk-waiting">{pt.add.waiting}</p>}
            {problem && (
              <p
                class={problem.calm ? 'alert alert-info' : 'alert alert-warn'}
                role={problem.calm ? 'status' : 'alert'}
              >
                {problem.text}
              </p>
            )}
          </div>
          <ErrorMessage error={error} fieldNames={['name', 'response']} />
        </form>
      )}
    </section>
  );
}

/** Admins reset an employee's passkeys on the employee's profile: say where. */
function AdminNote() {
  const pt = usePasskeyText();
  const { admin } = useRole();
  if (!admin) return null;
  return (
    <p class="muted small pk-admins">
      {pt.admins} <a href="/personnel/employees">{pt.adminsLink}</a>
    </p>
  );
}
