import { AppError, validationError } from '../errors';

/**
 * The geofence of a check-in and the checks that can be judged from the request alone. Values named
 * "default" are tenant settings (`attendanceSettingsSchema`); the defaults come from issue 13 and
 * ASN-RULES §6 (regional systems use radii from 15 m, Kota Bengkulu, to 100 m, Sragen and Pringsewu).
 */

/** Mean Earth radius (IUGG R1), metres. Haversine on a sphere is within 0.5 % of the ellipsoid. */
export const EARTH_RADIUS_M = 6_371_008.8;

export const GEOFENCE_DEFAULTS = {
  /** ASN-RULES §6: default 100 m, set per office location. */
  radiusM: 100,
  minRadiusM: 10,
  maxRadiusM: 1000,
  /** Issue 13: a fix older than 2 minutes by the server's clock is refused (frappe/hrms#1899). */
  maxFixAgeSeconds: 120,
  /**
   * A fix stamped this far ahead of the server clock is refused: it cannot be trusted as fresh. The
   * issue is silent; 5 minutes tolerates an unsynchronised phone clock without letting a fix be
   * stamped at will.
   */
  maxFixAheadSeconds: 300,
  /** Issue 13: accuracy over 50 m is flagged. */
  lowAccuracyM: 50,
  /**
   * An accuracy radius this large is no position at all (an IP-based guess or a made-up value) and is
   * refused. The issue is silent; 10 km is far beyond any GPS or Wi-Fi fix.
   */
  absurdAccuracyM: 10_000,
  /** Issue 13: movement faster than 120 km/h since the previous punch is flagged. */
  maxSpeedKmh: 120,
} as const;

export interface LatLon {
  lat: number;
  lon: number;
}

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres (haversine). */
export function distanceM(a: LatLon, b: LatLon): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface Fence extends LatLon {
  radiusM: number;
}

export interface FenceResult {
  inside: boolean;
  /** Whole metres, rounded up, so "101 m" is never shown for a refusal at 100.4 m. */
  distanceM: number;
  radiusM: number;
}

/**
 * Inside when the distance from the reported position to the fence's centre is at most the radius.
 * The accuracy radius does not widen the fence: a poor fix would otherwise buy a larger fence.
 */
export function checkFence(position: LatLon, fence: Fence): FenceResult {
  // Millimetres first, so float noise (99.000000001 m) does not round up to the next metre.
  const mm = Math.round(distanceM(position, fence) * 1000);
  return { inside: mm <= fence.radiusM * 1000, distanceM: Math.ceil(mm / 1000), radiusM: fence.radiusM };
}

/** The 422 refusal of a check-in outside the fence, with the distance (issue 13 §2). */
export interface OutsideFence {
  code: 'outside-geofence';
  distanceM: number;
  radiusM: number;
}

export type FixFlag =
  /** Accuracy over the low-accuracy threshold (50 m by default). */
  | 'low-accuracy'
  /** An accuracy of exactly 0: no receiver reports that; mock-location apps do. */
  | 'zero-accuracy'
  /** The position equals the location's configured pin to the last digit: typed in, not measured. */
  | 'exact-office-pin'
  /** Fewer than 4 decimals on either coordinate (about 11 m): typed in, not measured. */
  | 'coarse-coordinates';

export interface FixInput {
  lat?: number | null;
  lon?: number | null;
  accuracyM?: number | null;
  /** When the device took the fix (ISO), as the browser's `GeolocationPosition.timestamp` says. */
  fixTakenAt?: string | null;
}

export interface FixThresholds {
  maxFixAgeSeconds: number;
  maxFixAheadSeconds: number;
  lowAccuracyM: number;
  absurdAccuracyM: number;
}

export interface AcceptedFix extends LatLon {
  accuracyM: number;
  fixTakenAt: Date;
  /** Seconds between the fix and the server clock (negative when stamped ahead). */
  ageSeconds: number;
  flags: FixFlag[];
}

const decimals = (n: number): number => {
  const s = String(n);
  if (s.includes('e')) return 20;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
};

/**
 * Checks a fix against the server clock and returns it with its flags, or throws 400 with field
 * paths: a missing location (also 0,0, "null island", which a denied permission can produce), a
 * latitude or longitude out of range, a missing, stale or future-stamped `fixTakenAt`, a negative or
 * absurd accuracy. `office` is the location's pin, for the exact-pin flag.
 */
export function acceptFix(
  input: FixInput,
  serverNow: Date,
  thresholds: FixThresholds = GEOFENCE_DEFAULTS,
  office?: LatLon,
): AcceptedFix {
  const { lat, lon, accuracyM, fixTakenAt } = input;
  const missing = (v: unknown): v is null | undefined => v === null || v === undefined;
  if (missing(lat) || missing(lon) || (lat === 0 && lon === 0)) {
    throw validationError(
      [
        {
          path: missing(lon) && !missing(lat) ? 'lon' : 'lat',
          message: 'a location is required to check in',
        },
      ],
      'A check-in needs the device location. Allow location access and try again.',
    );
  }
  const errors: { path: string; message: string }[] = [];
  if (!Number.isFinite(lat) || lat < -90 || lat > 90)
    errors.push({ path: 'lat', message: 'must be -90 to 90' });
  if (!Number.isFinite(lon) || lon < -180 || lon > 180)
    errors.push({ path: 'lon', message: 'must be -180 to 180' });
  if (missing(accuracyM) || !Number.isFinite(accuracyM) || accuracyM < 0) {
    errors.push({ path: 'accuracyM', message: 'must be a number of metres ≥ 0' });
  } else if (accuracyM > thresholds.absurdAccuracyM) {
    errors.push({
      path: 'accuracyM',
      message: `an accuracy over ${thresholds.absurdAccuracyM} m is not a position; wait for a better fix`,
    });
  }
  const taken = missing(fixTakenAt) ? null : new Date(fixTakenAt);
  let ageSeconds = 0;
  if (!taken || Number.isNaN(taken.getTime())) {
    errors.push({ path: 'fixTakenAt', message: 'must be the time the fix was taken' });
  } else {
    ageSeconds = (serverNow.getTime() - taken.getTime()) / 1000;
    if (ageSeconds > thresholds.maxFixAgeSeconds) {
      errors.push({
        path: 'fixTakenAt',
        message: `the fix is ${Math.floor(ageSeconds)} s old; at most ${thresholds.maxFixAgeSeconds} s is accepted`,
      });
    } else if (-ageSeconds > thresholds.maxFixAheadSeconds) {
      errors.push({ path: 'fixTakenAt', message: 'is ahead of the server clock; check the device clock' });
    }
  }
  if (errors.length > 0) throw validationError(errors, 'The location fix cannot be used for a check-in.');

  const acc = accuracyM as number;
  const flags: FixFlag[] = [];
  if (acc > thresholds.lowAccuracyM) flags.push('low-accuracy');
  if (acc === 0) flags.push('zero-accuracy');
  if (office && office.lat === lat && office.lon === lon) flags.push('exact-office-pin');
  if (decimals(lat) < 4 || decimals(lon) < 4) flags.push('coarse-coordinates');
  return { lat, lon, accuracyM: acc, fixTakenAt: taken!, ageSeconds, flags };
}

export interface TimedFix extends LatLon {
  at: Date;
  accuracyM?: number;
}

/**
 * Whether moving from the previous punch to this one needs more than `maxSpeedKmh`. The accuracy
 * radii of both fixes are subtracted first, so two poor fixes of a person standing still never look
 * like travel. Punches at the same instant flag any distance left over.
 */
export function impossibleSpeed(
  previous: TimedFix,
  current: TimedFix,
  maxSpeedKmh: number = GEOFENCE_DEFAULTS.maxSpeedKmh,
): { flagged: boolean; speedKmh: number | null } {
  const slack = (previous.accuracyM ?? 0) + (current.accuracyM ?? 0);
  const meters = Math.max(0, distanceM(previous, current) - slack);
  const seconds = Math.abs(current.at.getTime() - previous.at.getTime()) / 1000;
  if (meters === 0) return { flagged: false, speedKmh: 0 };
  if (seconds === 0) return { flagged: true, speedKmh: null };
  const speedKmh = (meters / seconds) * 3.6;
  return { flagged: speedKmh > maxSpeedKmh, speedKmh };
}

/** An approved off-site duty (dinas luar); without coordinates it covers its dates anywhere. */
export interface OffsiteDutyCover {
  status: string;
  startDate: string;
  endDate: string;
  place?: (LatLon & { radiusM?: number }) | null;
}

/** The radius around an off-site duty's place when it has coordinates; the issue is silent. */
export const OFFSITE_DUTY_RADIUS_M = 1000;

/** Whether an approved off-site duty covers a local date and a position (issue 13 §2). */
export function offsiteDutyCovers(duty: OffsiteDutyCover, localDate: string, position: LatLon): boolean {
  if (duty.status !== 'APPROVED' || localDate < duty.startDate || localDate > duty.endDate) return false;
  if (!duty.place) return true;
  return distanceM(position, duty.place) <= (duty.place.radiusM ?? OFFSITE_DUTY_RADIUS_M);
}

/**
 * The 422 of a check-in outside every fence: the distance to the nearest location and its radius, as
 * problem+json extension members, so the page can say "312 m from Kantor BKD (radius 100 m)".
 */
export function outsideGeofenceError(fence: FenceResult, location: { id: string; name: string }): AppError {
  const err = new AppError(
    422,
    'outside-geofence',
    'Outside the work location',
    `You are ${fence.distanceM} m from ${location.name}; check-in is allowed within ${fence.radiusM} m.`,
  );
  err.extensions = { distanceM: fence.distanceM, radiusM: fence.radiusM, location };
  return err;
}

/** The nearest of several fences to a position, with its result; null when there are none. */
export function nearestFence<F extends Fence>(
  position: LatLon,
  fences: readonly F[],
): { fence: F; result: FenceResult } | null {
  let best: { fence: F; result: FenceResult } | null = null;
  for (const fence of fences) {
    const result = checkFence(position, fence);
    if (
      !best ||
      (result.inside && !best.result.inside) ||
      (result.inside === best.result.inside && result.distanceM < best.result.distanceM)
    )
      best = { fence, result };
  }
  return best;
}
