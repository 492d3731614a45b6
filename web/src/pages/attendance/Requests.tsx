import { useId, useState } from 'preact/hooks';
import {
  type AttendanceRequest,
  listAttendanceRequests,
  requestAttendancePermission,
  requestOffsiteDuty,
} from '../../api/attendance';
import { LoadMoreFooter } from '../../components/admin';
import { FormActions } from '../../components/forms';
import { ErrorMessage, InputField, Notice, TextAreaField } from '../../components/ui';
import { type ProblemOverrides, useI18n } from '../../i18n';
import { useFormat, useToday } from '../../lib/format';
import { useSchemaForm } from '../../lib/forms';
import { useLoadMore } from '../../lib/hooks';
import { useMe } from '../../session';
import { RequestCard, useRequestDates } from './request-parts';
import { coordinate, daysInclusive, endAfterStart, pastedPair } from './requests';
import {
  MAX_OFFSITE_DUTY_DAYS,
  OFFSITE_DUTY_RADIUS_M,
  requestAttendancePermissionSchema,
  requestOffsiteDutySchema,
} from './schemas';
import { AttendanceHeader, NotLinked, useAttendanceText, useFieldErrors } from './shared';

/**
 * "Dinas luar & izin" (issue 13 §2, §5): an employee asks for an off-site duty under an assignment
 * letter (its dates, its place, and the place's point or none) or for izin to arrive late or leave
 * early on a date; below, their own requests with the decision, who made it and why. Every tenant
 * role opens the page; only an account linked to an employee can ask, and the others are told so.
 */
export default function RequestsPage() {
  const rt = useAttendanceText().requests;
  const linked = Boolean(useMe().user.employeeId);
  return (
    <section class="att-requests">
      <AttendanceHeader title={rt.title} current="/attendance/requests" />
      <p class="muted att-req-intro">{rt.intro}</p>
      {linked ? <Requests /> : <NotLinked body={rt.notLinked} />}
    </section>
  );
}

const PAGE_SIZE = 10;

function Requests() {
  const rt = useAttendanceText().requests;
  const mine = useLoadMore(
    (cursor) => listAttendanceRequests({ view: 'mine', cursor, limit: PAGE_SIZE }),
    (r: AttendanceRequest) => r.id,
  );
  const dates = useRequestDates();
  // A sent form starts again empty (a new key; the other form keeps what is typed in it), with
  // what was sent last said under its form.
  const [sent, setSent] = useState<{ last: AttendanceRequest | null; duty: number; permission: number }>({
    last: null,
    duty: 0,
    permission: 0,
  });
  const onSent = (request: AttendanceRequest) => {
    const form = request.kind === 'offsite-duty' ? 'duty' : 'permission';
    setSent((s) => ({ ...s, last: request, [form]: s[form] + 1 }));
    mine.reload();
  };
  const sentDuty = sent.last?.kind === 'offsite-duty' ? sent.last : null;
  const sentPermission = sent.last && sent.last.kind !== 'offsite-duty' ? sent.last : null;
  return (
    <>
      <div class="att-req-forms">
        <div class="card">
          <DutyForm key={`duty:${sent.duty}`} onSent={onSent} />
          {sentDuty && <Notice>{rt.duty.sent(dates(sentDuty))}</Notice>}
        </div>
        <div class="card">
          <PermissionForm key={`permission:${sent.permission}`} onSent={onSent} />
          {sentPermission && (
            <Notice>
              {rt.permission.sent(
                rt.permission.kinds[sentPermission.kind as PermissionKind],
                dates(sentPermission),
              )}
            </Notice>
          )}
        </div>
      </div>
      <section class="att-req-mine" aria-labelledby="att-req-mine-title">
        <h2 id="att-req-mine-title">{rt.mine.title}</h2>
        <p class="muted small">{rt.mine.intro}</p>
        {mine.items.length > 0 && (
          <ul class="att-req-list" aria-busy={mine.loading}>
            {mine.items.map((r) => (
              <li key={r.id}>
                <RequestCard request={r} />
              </li>
            ))}
          </ul>
        )}
        <LoadMoreFooter list={mine} moreText={rt.mine.more} emptyText={rt.mine.empty} />
      </section>
    </>
  );
}

/** What a refused request means here: no employee record behind the account, or a closed month. */
function useSubmitOverrides(): ProblemOverrides {
  const rt = useAttendanceText().requests;
  return { forbidden: rt.errors.notLinked, conflict: rt.errors.monthClosed };
}

/** The device's position into two coordinate fields, as on the work locations page. */
function useHere(onFix: (lat: string, lon: string) => void) {
  const rt = useAttendanceText().requests;
  const fmt = useFormat();
  const [locating, setLocating] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const locate = () => {
    if (typeof navigator === 'undefined' || !('geolocation' in navigator)) {
      setNote(rt.hereUnsupported);
      return;
    }
    setLocating(true);
    setNote(null);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        onFix(p.coords.latitude.toFixed(6), p.coords.longitude.toFixed(6));
        setNote(rt.hereTaken(fmt.int(Math.round(p.coords.accuracy))));
        setLocating(false);
      },
      () => {
        setNote(rt.hereFailed);
        setLocating(false);
      },
      { enableHighAccuracy: true, maximumAge: 0, timeout: 20_000 },
    );
  };
  return { locating, note, locate, clear: () => setNote(null) };
}

const DUTY_FIELDS = ['letterNumber', 'startDate', 'endDate', 'place', 'lat', 'lon'];

/** The API's schema, and the longest duty one request may cover (the API checks it too). */
const dutySchema = requestOffsiteDutySchema.superRefine((v, ctx) => {
  if (daysInclusive(v.startDate, v.endDate) > MAX_OFFSITE_DUTY_DAYS)
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'too long' });
});

/**
 * Asks for an off-site duty, checked with the API's own schema first (and its 31-day limit). The
 * point is optional: typed, pasted from a map ("-6.1754, 106.8272" into the latitude) or taken from
 * this device; given, the duty's check-in must be within 1 km of it.
 */
function DutyForm({ onSent }: { onSent: (request: AttendanceRequest) => void }) {
  const { t } = useI18n();
  const rt = useAttendanceText().requests;
  const dt = rt.duty;
  const fmt = useFormat();
  const today = useToday();
  const titleId = useId();
  const [start, setStart] = useState(today);
  const [end, setEnd] = useState(today);
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const here = useHere((la, lo) => {
    setLat(la);
    setLon(lo);
  });
  const overrides = useSubmitOverrides();
  const form = useSchemaForm(
    dutySchema,
    (v) => ({
      letterNumber: v.letterNumber,
      startDate: start || undefined,
      endDate: end || undefined,
      place: v.place,
      lat: coordinate(lat),
      lon: coordinate(lon),
    }),
    async (value) => onSent(await requestOffsiteDuty(value)),
  );
  const errors = useFieldErrors(form.error);
  // Only one of the two coordinates: say that, rather than the rule of a coordinate.
  if (errors.lon && lat.trim() !== '' && lon.trim() === '') errors.lon = rt.errors.bothCoordinates;
  if (errors.lon && lat.trim() === '' && lon.trim() !== '') {
    errors.lat = rt.errors.bothCoordinates;
    delete errors.lon;
  }
  const limit = `${fmt.int(OFFSITE_DUTY_RADIUS_M / 1000)}\u00a0km`;

  return (
    <form class="stack" onSubmit={form.submit} noValidate aria-labelledby={titleId}>
      <h2 id={titleId}>{dt.title}</h2>
      <ErrorMessage error={form.error} overrides={overrides} fieldNames={DUTY_FIELDS} />
      <InputField
        label={dt.letterNumber}
        name="letterNumber"
        errors={errors}
        maxLength={100}
        autoComplete="off"
        hint={dt.letterHint}
      />
      <div class="grid-2 att-req-dates-fields">
        <InputField
          label={dt.startDate}
          name="startDate"
          type="date"
          errors={errors}
          value={start}
          onInput={(e) => {
            const next = e.currentTarget.value;
            setStart(next);
            if (next) setEnd((old) => endAfterStart(next, old));
          }}
        />
        <InputField
          label={dt.endDate}
          name="endDate"
          type="date"
          errors={errors}
          value={end}
          min={start || undefined}
          hint={dt.endHint(fmt.int(MAX_OFFSITE_DUTY_DAYS))}
          onInput={(e) => setEnd(e.currentTarget.value)}
        />
      </div>
      <InputField label={dt.place} name="place" errors={errors} maxLength={300} hint={dt.placeHint} />
      <fieldset class="att-point">
        <legend>
          {dt.point} <span class="optional">({t.common.optional})</span>
        </legend>
        <p class="muted small att-point-hint">{dt.pointHint(limit)}</p>
        <div class="grid-2">
          <InputField
            label={dt.lat}
            name="lat"
            errors={errors}
            optional
            inputMode="decimal"
            autoComplete="off"
            value={lat}
            onInput={(e) => {
              const pair = pastedPair(e.currentTarget.value);
              if (pair) {
                setLat(pair.lat);
                setLon(pair.lon);
              } else setLat(e.currentTarget.value);
            }}
            hint={dt.latHint}
          />
          <InputField
            label={dt.lon}
            name="lon"
            errors={errors}
            optional
            inputMode="decimal"
            autoComplete="off"
            value={lon}
            onInput={(e) => setLon(e.currentTarget.value)}
            hint={dt.lonHint}
          />
        </div>
        <p class="att-here">
          <button type="button" class="btn btn-small" onClick={here.locate} disabled={here.locating}>
            {here.locating ? rt.hereLocating : rt.here}
          </button>{' '}
          {(lat || lon) && (
            <button
              type="button"
              class="btn btn-small"
              onClick={() => {
                setLat('');
                setLon('');
                here.clear();
              }}
            >
              {dt.clearPoint}
            </button>
          )}{' '}
          <span class="muted small" aria-live="polite">
            {here.note}
          </span>
        </p>
      </fieldset>
      <FormActions label={dt.submit} busy={form.busy} />
    </form>
  );
}

const PERMISSION_FIELDS = ['kind', 'date', 'reason'];
type PermissionKind = 'late-arrival' | 'early-leave';

/** Asks for izin to arrive late or leave early on a date, with the reason. */
function PermissionForm({ onSent }: { onSent: (request: AttendanceRequest) => void }) {
  const rt = useAttendanceText().requests;
  const pt = rt.permission;
  const today = useToday();
  const titleId = useId();
  const overrides = useSubmitOverrides();
  const [kind, setKind] = useState<PermissionKind>('late-arrival');
  const form = useSchemaForm(
    requestAttendancePermissionSchema,
    (v) => ({ kind, date: v.date, reason: v.reason }),
    async (value) => onSent(await requestAttendancePermission(value)),
  );
  const errors = useFieldErrors(form.error);
  return (
    <form class="stack" onSubmit={form.submit} noValidate aria-labelledby={titleId}>
      <h2 id={titleId}>{pt.title}</h2>
      <ErrorMessage error={form.error} overrides={overrides} fieldNames={PERMISSION_FIELDS} />
      <fieldset class="att-kind att-req-kind-choice">
        <legend>{pt.kind}</legend>
        {(['late-arrival', 'early-leave'] as const).map((k) => (
          <label key={k} class="check att-kind-option">
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            <span>
              {pt.kinds[k]}
              <span class="muted small att-kind-hint">{pt.kindHints[k]}</span>
            </span>
          </label>
        ))}
        {errors.kind && <p class="field-error">{errors.kind}</p>}
      </fieldset>
      <InputField label={pt.date} name="date" type="date" errors={errors} defaultValue={today} />
      <TextAreaField
        label={pt.reason}
        name="reason"
        errors={errors}
        maxLength={1000}
        rows={3}
        hint={pt.reasonHint}
      />
      <FormActions label={pt.submit} busy={form.busy} />
    </form>
  );
}
