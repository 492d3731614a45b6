import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  type AttendanceRequest,
  type AttendanceSettings,
  type CheckInResult,
  checkIn,
  getAttendanceSettings,
  getMyAttendance,
  listAllWorkLocations,
  listAttendanceRequests,
} from '../../api/attendance';
import { ApiError } from '../../api/client';
import { ErrorMessage } from '../../components/ui';
import { useFormat, useToday } from '../../lib/format';
import { useAsync } from '../../lib/hooks';
import { useMe } from '../../session';
import { nearestLocation } from './geo';
import { checkInAssertion, listMyPasskeys } from './passkey-api';
import { checkInPasskeyText, type PasskeyDictionary, usePasskeyText } from './passkey-parts';
import { checkInPasskeyStep, passkeyRefusal } from './passkeys';
import './passkeys.css';
import { useRequestDates } from './request-parts';
import { dutiesOn, dutyLimitM, dutyPunchRefusal } from './requests';
import {
  AttendanceHeader,
  FlagList,
  NotLinked,
  useAttendanceText,
  useClock,
  useDayLong,
  useDuration,
  zoneName,
} from './shared';

/**
 * Check-in (issue 13 §2), made for a phone: where the device is, the nearest work location of the
 * agency and how far it is, two big buttons, and what was recorded, in words. The time recorded is
 * the server's; the device only says where it is (a fresh GPS fix, never a cached one). Refused
 * outside the fence, an employee on an approved off-site duty today is offered a check-in at the
 * duty's place instead. Unless the tenant's passkey policy is `off`, an employee with a passkey
 * confirms each punch with it (fingerprint, face or PIN) before it is sent; under `required`, one
 * without a passkey is sent to the Passkey page instead of the buttons.
 */
export default function CheckInPage() {
  const at = useAttendanceText();
  const linked = Boolean(useMe().user.employeeId);
  return (
    <section class="att-checkin">
      <AttendanceHeader title={at.checkIn.title} current="/attendance/check-in" />
      {linked ? <CheckIn /> : <NotLinked />}
    </section>
  );
}

/** A position as the device reported it. */
interface Fix {
  lat: number;
  lon: number;
  accuracyM: number;
  /** When the device took it (ms since the epoch). */
  takenAt: number;
}

type GeoProblem = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

/** A fix younger than this is used as it is; an older one is taken again before a check-in. */
const FRESH_MS = 45_000;

/** The device's position: a fresh high-accuracy fix on demand, and what went wrong. */
function usePosition() {
  const [fix, setFix] = useState<Fix | null>(null);
  const [locating, setLocating] = useState(false);
  const [problem, setProblem] = useState<GeoProblem | null>(null);
  const locate = (): Promise<Fix | null> =>
    new Promise((resolve) => {
      if (typeof navigator === 'undefined' || !('geolocation' in navigator)) {
        setProblem('unsupported');
        resolve(null);
        return;
      }
      setLocating(true);
      setProblem(null);
      navigator.geolocation.getCurrentPosition(
        (p) => {
          const next = {
            lat: p.coords.latitude,
            lon: p.coords.longitude,
            accuracyM: p.coords.accuracy,
            takenAt: p.timestamp || Date.now(),
          };
          setFix(next);
          setLocating(false);
          resolve(next);
        },
        (err) => {
          setProblem(
            err.code === err.PERMISSION_DENIED
              ? 'denied'
              : err.code === err.TIMEOUT
                ? 'timeout'
                : 'unavailable',
          );
          setLocating(false);
          resolve(null);
        },
        { enableHighAccuracy: true, maximumAge: 0, timeout: 20_000 },
      );
    });
  return { fix, locating, problem, locate };
}

function CheckIn() {
  const at = useAttendanceText();
  const ct = at.checkIn;
  const pt = usePasskeyText();
  const me = useMe();
  const today = useToday();
  const settings = useAsync(getAttendanceSettings, []);
  const locations = useAsync(() => listAllWorkLocations(), []);
  const [rev, setRev] = useState(0);
  const month = useAsync(() => getMyAttendance(), [rev]);
  // One's passkeys, read once: whether a punch is confirmed with one first.
  const passkeys = useAsync(listMyPasskeys, []);
  const position = usePosition();
  const [busy, setBusy] = useState<'in' | 'out' | null>(null);
  // The browser's passkey prompt is open (the punch waits for its answer).
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<CheckInResult | null>(null);
  // Whether the recorded punch was confirmed with a passkey.
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // The off-site duty the last punch was made under, if any, and the approved duties of today
  // offered after a refusal outside the fence (for the kind of punch refused).
  const [usedDuty, setUsedDuty] = useState<AttendanceRequest | null>(null);
  const [offer, setOffer] = useState<{ kind: 'in' | 'out'; duties: AttendanceRequest[] } | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  // The page is for checking in: look for the device at once (the browser asks the first time).
  useEffect(() => {
    void position.locate();
  }, []);

  // What was recorded (or refused) is read out and brought into view.
  useEffect(() => {
    if (result || error) resultRef.current?.focus();
  }, [result, error]);

  // The agency's own active places (a tenant admin reads every agency's).
  const places = useMemo(
    () =>
      (locations.data ?? []).filter(
        (l) => l.active && (!me.user.agencyId || l.agencyId === me.user.agencyId),
      ),
    [locations.data, me.user.agencyId],
  );
  const near = position.fix ? nearestLocation(position.fix, places) : null;
  const policy = settings.data?.passkeyPolicy ?? null;
  // Unknown (null) while the list loads or when its read failed: the API then says if there is none.
  const registered = passkeys.error ? null : (passkeys.data?.length ?? null);
  const passkeyStep = checkInPasskeyStep(policy, registered);
  const day = month.data?.days.find((d) => d.date === today) ?? null;

  /**
   * The approved off-site duties covering today, read when a punch is refused outside the fence
   * (one page of one's own approved requests, newest first, holds today's). None on failure: the
   * refusal is said as it is.
   */
  const dutiesToday = async (): Promise<AttendanceRequest[]> => {
    try {
      const page = await listAttendanceRequests({ view: 'mine', status: 'APPROVED', limit: 100 });
      return dutiesOn(page.items, today);
    } catch {
      return [];
    }
  };

  const punch = async (kind: 'in' | 'out', duty: AttendanceRequest | null = null) => {
    setBusy(kind);
    setResult(null);
    setError(null);
    setUsedDuty(duty);
    // A punch under a duty keeps the offer in view until it is recorded (to try again if refused).
    if (!duty) setOffer(null);
    try {
      let fix = position.fix;
      if (!fix || Date.now() - fix.takenAt > FRESH_MS) fix = await position.locate();
      if (!fix) return;
      // The passkey's prompt comes after the fix, so the punch follows the confirmation at once.
      let assertion: Record<string, unknown> | null = null;
      if (passkeyStep === 'confirm') {
        setConfirming(true);
        try {
          assertion = await checkInAssertion();
        } finally {
          setConfirming(false);
        }
        // The API had no passkey of this person after all (removed, or reset by an admin).
        if (!assertion) void passkeys.reload();
      }
      const recorded = await checkIn({
        kind,
        lat: fix.lat,
        lon: fix.lon,
        accuracyM: fix.accuracyM,
        fixTakenAt: new Date(fix.takenAt).toISOString(),
        ...(duty ? { offsiteDutyId: duty.id } : {}),
        ...(assertion ? { assertion } : {}),
      });
      setConfirmed(assertion !== null);
      setResult(recorded);
      setOffer(null);
      setRev((r) => r + 1);
      // Its "last used" changed.
      if (assertion) void passkeys.reload();
    } catch (err) {
      setError(err);
      // A passkey registered (or removed) elsewhere since the page loaded: the next tap knows it.
      if (
        err instanceof ApiError &&
        (err.type === 'forbidden' || ['needed', 'notRegistered'].includes(passkeyRefusal(err.errors) ?? ''))
      )
        void passkeys.reload();
      if (!duty && err instanceof ApiError && err.type === 'outside-geofence') {
        const duties = await dutiesToday();
        if (duties.length > 0) setOffer({ kind, duties });
      }
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <TodayLine date={today} day={day} />
      <PositionCard
        fix={position.fix}
        locating={position.locating}
        problem={position.problem}
        onLocate={() => void position.locate()}
        near={near}
        noPlaces={locations.data !== null && places.length === 0}
        placesError={locations.error}
        settings={settings.data}
      />
      {passkeyStep === 'register-first' ? (
        <RegisterFirst pt={pt} />
      ) : (
        <>
          {passkeyStep === 'confirm' && registered !== null && (
            <p class="muted small pk-checkin-note">
              {pt.checkIn.note} <a href="/attendance/passkeys">{pt.checkIn.manage}</a>
            </p>
          )}
          <div class="att-punch">
            <button
              type="button"
              class="btn btn-primary att-punch-btn"
              disabled={busy !== null}
              aria-busy={busy === 'in'}
              onClick={() => void punch('in')}
            >
              {busy === 'in' ? (confirming ? pt.checkIn.waiting : ct.sending) : ct.in}
            </button>
            <button
              type="button"
              class="btn att-punch-btn att-punch-out"
              disabled={busy !== null}
              aria-busy={busy === 'out'}
              onClick={() => void punch('out')}
            >
              {busy === 'out' ? (confirming ? pt.checkIn.waiting : ct.sending) : ct.out}
            </button>
          </div>
          <div aria-live="polite">{confirming && <p class="pk-waiting">{pt.checkIn.confirming}</p>}</div>
        </>
      )}
      <div ref={resultRef} tabIndex={-1} class="att-outcome">
        {result && <ResultCard result={result} duty={usedDuty} confirmed={confirmed} />}
        {error !== null && <PunchError error={error} settings={settings.data} duty={usedDuty} />}
        {offer && (
          <DutyOffer
            kind={offer.kind}
            duties={offer.duties}
            busy={busy}
            onPunch={(duty) => void punch(offer.kind, duty)}
          />
        )}
      </div>
      <p class="muted small">{ct.privacy}</p>
      <Help />
    </>
  );
}

/**
 * Under a `required` policy, without a passkey: what to do instead of the buttons, and the way to
 * the Passkey page.
 */
function RegisterFirst({ pt }: { pt: PasskeyDictionary }) {
  const rt = pt.checkIn.required;
  return (
    <div class="card pk-required" role="status">
      <h2>{rt.title}</h2>
      <p>{rt.body}</p>
      <a class="btn btn-primary pk-required-link" href="/attendance/passkeys">
        {rt.link}
      </a>
    </div>
  );
}

/** Today's date and what is recorded so far: "Jadwal 07.30–16.00 · Masuk 07.41 · Pulang –". */
function TodayLine({
  date,
  day,
}: {
  date: string;
  day: {
    planned: { start: string; end: string } | null;
    firstIn: string | null;
    lastOut: string | null;
    holiday: { name: string } | null;
  } | null;
}) {
  const ct = useAttendanceText().checkIn;
  const clock = useClock();
  const dayLong = useDayLong();
  return (
    <div class="att-today">
      <p class="att-today-date">
        <time dateTime={date}>{dayLong(date)}</time>
      </p>
      {day && (
        <p class="muted att-today-facts">
          {day.holiday
            ? ct.holiday(day.holiday.name)
            : day.planned
              ? ct.planned(clock(day.planned.start), clock(day.planned.end))
              : ct.noSchedule}
          {' · '}
          <span class="nowrap">{ct.firstIn(clock(day.firstIn))}</span>
          {' · '}
          <span class="nowrap">{ct.lastOut(clock(day.lastOut))}</span>
        </p>
      )}
    </div>
  );
}

function PositionCard({
  fix,
  locating,
  problem,
  onLocate,
  near,
  noPlaces,
  placesError,
  settings,
}: {
  fix: Fix | null;
  locating: boolean;
  problem: GeoProblem | null;
  onLocate: () => void;
  near: ReturnType<typeof nearestLocation<{ name: string; lat: number; lon: number; radiusM: number }>>;
  noPlaces: boolean;
  placesError: unknown;
  settings: AttendanceSettings | null;
}) {
  const ct = useAttendanceText().checkIn;
  const fmt = useFormat();
  const time = useMemo(
    () => new Intl.DateTimeFormat(fmt.locale, { hour: '2-digit', minute: '2-digit' }),
    [fmt.locale],
  );
  const lowAccuracyM = settings?.geofence.lowAccuracyM ?? 50;
  return (
    <div class="card att-position" aria-live="polite">
      <div class="att-position-head">
        <h2>{ct.yourLocation}</h2>
        <button type="button" class="btn btn-small" onClick={onLocate} disabled={locating}>
          {locating ? ct.locating : fix ? ct.relocate : ct.locate}
        </button>
      </div>
      {problem && <GeoProblemNote problem={problem} />}
      {!fix && !problem && <p class="muted">{locating ? ct.locating : ct.notLocated}</p>}
      {fix && (
        <p class="att-accuracy">
          <span class="nowrap">{ct.accuracy(fmt.int(Math.round(fix.accuracyM)))}</span>{' '}
          <span class="muted small nowrap">{ct.fixAt(time.format(new Date(fix.takenAt)))}</span>
        </p>
      )}
      {fix && fix.accuracyM > lowAccuracyM && <p class="alert alert-warn">{ct.lowAccuracy}</p>}
      <ErrorMessage error={placesError} />
      {noPlaces && <p class="alert alert-warn">{ct.errors.noLocation}</p>}
      {fix && near && (
        <div class={near.inside ? 'att-near att-near-in' : 'att-near att-near-out'}>
          <p class="muted small att-near-label">{ct.nearest}</p>
          <p class="att-near-name">{near.location.name}</p>
          <p>
            <strong>{ct.distance(fmt.int(near.distanceM))}</strong>
            {' — '}
            {near.inside
              ? ct.inside(fmt.int(near.location.radiusM))
              : ct.outside(fmt.int(near.location.radiusM))}
          </p>
        </div>
      )}
    </div>
  );
}

/** Why the device gave no position, and for a refused permission, how to allow it. */
function GeoProblemNote({ problem }: { problem: GeoProblem }) {
  const geo = useAttendanceText().checkIn.geo;
  if (problem !== 'denied') return <p class="alert alert-warn">{geo[problem]}</p>;
  return (
    <div class="alert alert-warn" role="alert">
      <p>
        <strong>{geo.deniedTitle}</strong>
      </p>
      <p>{geo.deniedIntro}</p>
      <ol class="att-steps">
        {geo.deniedSteps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
    </div>
  );
}

/**
 * The approved off-site duties of today, after a refusal outside the fence: a button for each that
 * makes the same punch at the duty's place.
 */
function DutyOffer({
  kind,
  duties,
  busy,
  onPunch,
}: {
  kind: 'in' | 'out';
  duties: AttendanceRequest[];
  busy: 'in' | 'out' | null;
  onPunch: (duty: AttendanceRequest) => void;
}) {
  const ct = useAttendanceText().checkIn;
  const dates = useRequestDates();
  return (
    <div class="card att-duty-offer">
      <p class="att-duty-offer-text">{ct.duty.offer}</p>
      <ul class="att-duty-list">
        {duties.map((d) => (
          <li key={d.id}>
            <button
              type="button"
              class="btn btn-primary att-duty-btn"
              disabled={busy !== null}
              aria-busy={busy !== null}
              onClick={() => onPunch(d)}
            >
              {busy !== null ? ct.sending : ct.duty.use[kind](d.place ?? d.letterNumber ?? '')}
            </button>
            <span class="muted small">{ct.duty.letter(d.letterNumber ?? '–', dates(d))}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * What the server recorded: the time in the location's zone, on time or not, where, and the flags.
 * A punch under an off-site duty says so, with the duty's place and letter instead of an office.
 */
function ResultCard({
  result,
  duty,
  confirmed,
}: {
  result: CheckInResult;
  duty: AttendanceRequest | null;
  /** Confirmed with a passkey. */
  confirmed: boolean;
}) {
  const at = useAttendanceText();
  const pt = usePasskeyText();
  const rt = at.checkIn.result;
  const dt = at.checkIn.duty;
  const fmt = useFormat();
  const clock = useClock();
  const dayLong = useDayLong();
  const duration = useDuration();
  const dates = useRequestDates();
  const reach = useReach();
  const time = clock(result.localTime);
  const zone = zoneName(at, result.timeZone);
  const status =
    result.status === 'late'
      ? rt.late(duration(result.lateMinutes ?? 0))
      : result.status === 'early'
        ? rt.early(duration(result.earlyMinutes ?? 0))
        : result.status === 'off-day'
          ? rt.offDay
          : result.kind === 'in'
            ? rt.onTime
            : rt.onTimeOut;
  const tone = result.status === 'on-time' ? 'ok' : result.status === 'off-day' ? 'info' : 'warn';
  const onDuty = result.flags.includes('offsite-duty');
  // The duty the punch was made under (the API names it as the punch's location).
  const dutyShown = onDuty && duty?.id === result.location.id ? duty : null;
  const limit = reach(result.radiusM);
  // Off-site duty is not a warning: it is said as the punch's kind, the other flags as notes.
  const notes = result.flags.filter((f) => f !== 'offsite-duty');
  return (
    <div class={`card att-result att-result-${tone}`} role="status">
      <h2>{result.repeated ? rt.repeatedTitle : rt.title[result.kind]}</h2>
      {onDuty && <p class="badge att-badge att-duty-badge">{dt.badge}</p>}
      {confirmed && !result.repeated && <p class="badge att-badge pk-confirmed">{pt.checkIn.confirmed}</p>}
      <p class="att-result-main">
        {result.repeated ? rt.repeated(time, zone) : rt.recorded(time, zone)}
        {' — '}
        <strong>{status}</strong>
      </p>
      <p class="muted">{dayLong(result.date)}</p>
      <dl class="att-result-facts">
        <div>
          <dt>{onDuty ? dt.place : rt.location}</dt>
          <dd>
            {result.location.name}
            <span class="muted small">
              {' '}
              ·{' '}
              {!onDuty
                ? rt.distance(fmt.int(result.distanceM), fmt.int(result.radiusM))
                : dutyShown && dutyShown.lat === null
                  ? dt.anywhere
                  : dt.distance(fmt.int(result.distanceM), limit)}
            </span>
            {dutyShown && (
              <span class="muted small att-duty-letter">
                {dt.letter(dutyShown.letterNumber ?? '–', dates(dutyShown))}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{rt.planned}</dt>
          <dd>
            {result.planned
              ? `${clock(result.planned.start)}–${clock(result.planned.end)} ${zone}`
              : rt.noPlanned}
          </dd>
        </div>
      </dl>
      {notes.length > 0 && (
        <div class="att-result-flags">
          <p class="small">
            <strong>{rt.flagsTitle}</strong>
          </p>
          <FlagList flags={notes} />
          <p class="muted small">{rt.flagsHint}</p>
        </div>
      )}
    </div>
  );
}

/**
 * A refused check-in in words: outside the fence (how far, which place), a stale fix, and so on;
 * under an off-site duty, too far from its place or not for today.
 */
function PunchError({
  error,
  settings,
  duty,
}: {
  error: unknown;
  settings: AttendanceSettings | null;
  duty: AttendanceRequest | null;
}) {
  const at = useAttendanceText();
  const pt = usePasskeyText();
  const et = at.checkIn.errors;
  const dt = at.checkIn.duty;
  const fmt = useFormat();
  const reach = useReach();
  // The passkey's prompt closed, or the API refused the assertion: in words, a closed prompt calmly.
  const passkey = checkInPasskeyText(pt, error);
  if (passkey)
    return (
      <div
        class={passkey.calm ? 'alert alert-info' : 'alert alert-error'}
        role={passkey.calm ? 'status' : 'alert'}
      >
        <p>{passkey.text}</p>
        {passkey.hint && (
          <p class="small">
            {passkey.hint} <a href="/attendance/passkeys">{pt.checkIn.manage}</a>
          </p>
        )}
      </div>
    );
  if (!(error instanceof ApiError)) return <ErrorMessage error={error} />;
  const say = (text: string) => (
    <div class="alert alert-error" role="alert">
      <p>{text}</p>
    </div>
  );
  if (duty && error.type === 'not-found') return say(dt.errors.notFound);
  if (duty && error.type === 'conflict') {
    const limitM = dutyLimitM(error.detail);
    switch (dutyPunchRefusal(error.detail)) {
      case 'far':
        return say(dt.errors.far(duty.place ?? '–', limitM === null ? dt.errors.farLimit : reach(limitM)));
      case 'not-today':
        return say(dt.errors.notToday);
      case 'not-approved':
        return say(dt.errors.notApproved);
      default:
        return <ErrorMessage error={error} />;
    }
  }
  const x = error.extensions;
  if (error.type === 'outside-geofence') {
    const place = x.location as { name?: unknown } | undefined;
    if (typeof x.distanceM === 'number' && typeof x.radiusM === 'number' && typeof place?.name === 'string')
      return say(et.outside(fmt.int(x.distanceM), place.name, fmt.int(x.radiusM)));
    return <ErrorMessage error={error} />;
  }
  if (error.type === 'validation') {
    const paths = error.errors.map((e) => e.path);
    const fixError = error.errors.find((e) => e.path === 'fixTakenAt');
    if (fixError) return say(/ahead/.test(fixError.message) ? et.ahead : et.stale);
    if (paths.includes('accuracyM')) return say(et.accuracy);
    if (paths.includes('lat') || paths.includes('lon')) return say(et.noFix);
  }
  if (error.type === 'conflict') return say(et.noLocation);
  // Refused under a `required` policy without a passkey (the page now offers the Passkey page).
  if (error.type === 'forbidden' && settings?.passkeyPolicy === 'required')
    return say(pt.checkIn.required.body);
  if (error.type === 'forbidden') return say(at.notLinked.body);
  return <ErrorMessage error={error} />;
}

/** A distance limit in the reader's words: "250 m", "1 km". */
function useReach(): (m: number) => string {
  const fmt = useFormat();
  return (m) => (m >= 1000 ? `${fmt.dec1(m / 1000)}\u00a0km` : `${fmt.int(m)}\u00a0m`);
}

/** Tips, folded away: how check-in works, and how to test it on a computer. */
function Help() {
  const help = useAttendanceText().checkIn.help;
  return (
    <details class="att-help">
      <summary>{help.title}</summary>
      <ul>
        {help.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p class="muted small">{help.desktop}</p>
    </details>
  );
}
