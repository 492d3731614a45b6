import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import {
  acceptFix,
  checkFence,
  distanceM,
  EARTH_RADIUS_M,
  GEOFENCE_DEFAULTS,
  impossibleSpeed,
  nearestFence,
  offsiteDutyCovers,
  outsideGeofenceError,
} from './geofence';

// Kantor Wali Kota Bandar Lampung, Jl. Dr. Susilo (approximately).
const OFFICE = { lat: -5.4204, lon: 105.2585 };
const deg = (m: number) => (m / EARTH_RADIUS_M) * (180 / Math.PI);

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected a throw');
}

describe('distanceM (haversine)', () => {
  it('measures 100 m north and 100 m east in Bandar Lampung', () => {
    expect(distanceM(OFFICE, { lat: OFFICE.lat + deg(100), lon: OFFICE.lon })).toBeCloseTo(100, 6);
    const east = { lat: OFFICE.lat, lon: OFFICE.lon + deg(100) / Math.cos((OFFICE.lat * Math.PI) / 180) };
    expect(distanceM(OFFICE, east)).toBeCloseTo(100, 3);
    expect(distanceM(OFFICE, OFFICE)).toBe(0);
  });

  it('matches known great-circle distances', () => {
    // The textbook haversine example: Cambridge to Paris, 404.3 km.
    expect(distanceM({ lat: 52.205, lon: 0.119 }, { lat: 48.857, lon: 2.351 }) / 1000).toBeCloseTo(404.3, 1);
    // One degree of longitude on the equator: 111.195 km on the mean sphere.
    expect(distanceM({ lat: 0, lon: 106 }, { lat: 0, lon: 107 })).toBeCloseTo(111_195.08, 1);
    // Across the antimeridian.
    expect(distanceM({ lat: 0, lon: 179.9995 }, { lat: 0, lon: -179.9995 })).toBeCloseTo(111.2, 1);
  });
});

describe('checkFence', () => {
  const fence = { ...OFFICE, radiusM: 100 };
  it('is inside at 99 m and 100 m, outside at 101 m, with the distance rounded up', () => {
    expect(checkFence({ lat: OFFICE.lat + deg(99), lon: OFFICE.lon }, fence)).toEqual({
      inside: true,
      distanceM: 99,
      radiusM: 100,
    });
    expect(checkFence({ lat: OFFICE.lat + deg(99.9999), lon: OFFICE.lon }, fence).inside).toBe(true);
    expect(checkFence({ lat: OFFICE.lat + deg(100.4), lon: OFFICE.lon }, fence)).toEqual({
      inside: false,
      distanceM: 101,
      radiusM: 100,
    });
  });
});

describe('acceptFix', () => {
  const now = new Date('2026-03-02T00:30:00Z');
  const good = { lat: -5.420512, lon: 105.258631, accuracyM: 12, fixTakenAt: '2026-03-02T00:29:40Z' };

  it('accepts a fresh, precise fix with no flags', () => {
    const fix = acceptFix(good, now);
    expect(fix.flags).toEqual([]);
    expect(fix.ageSeconds).toBe(20);
  });

  it('refuses a missing location with 400 (also 0,0 from a denied permission)', () => {
    for (const input of [
      { ...good, lat: undefined },
      { ...good, lon: null },
      { ...good, lat: 0, lon: 0 },
    ]) {
      const e = thrown(() => acceptFix(input, now));
      expect(e.status).toBe(400);
      expect(e.detail).toMatch(/location/);
    }
  });

  it('refuses a fix older than 2 minutes by the server clock, and accepts one exactly 2 minutes old', () => {
    const e = thrown(() => acceptFix({ ...good, fixTakenAt: '2026-03-02T00:27:59Z' }, now));
    expect(e.status).toBe(400);
    expect(e.errors).toEqual([{ path: 'fixTakenAt', message: expect.stringContaining('121 s old') }]);
    expect(acceptFix({ ...good, fixTakenAt: '2026-03-02T00:28:00Z' }, now).ageSeconds).toBe(120);
  });

  it('refuses a fix stamped far ahead of the server clock, tolerates a little skew', () => {
    expect(
      thrown(() => acceptFix({ ...good, fixTakenAt: '2026-03-02T00:36:00Z' }, now)).errors?.[0]?.path,
    ).toBe('fixTakenAt');
    expect(acceptFix({ ...good, fixTakenAt: '2026-03-02T00:31:00Z' }, now).ageSeconds).toBe(-60);
  });

  it('refuses latitude 91, a negative or absurd accuracy and a missing fix time, all at once', () => {
    const e = thrown(() => acceptFix({ lat: 91, lon: 200, accuracyM: -1, fixTakenAt: null }, now));
    expect(e.errors?.map((x) => x.path)).toEqual(['lat', 'lon', 'accuracyM', 'fixTakenAt']);
    expect(thrown(() => acceptFix({ ...good, accuracyM: 25_000 }, now)).errors?.[0]?.path).toBe('accuracyM');
  });

  it('flags low accuracy over 50 m, zero accuracy, the exact office pin and typed-in coordinates', () => {
    expect(acceptFix({ ...good, accuracyM: 50 }, now).flags).toEqual([]);
    expect(acceptFix({ ...good, accuracyM: 51 }, now).flags).toEqual(['low-accuracy']);
    expect(acceptFix({ ...good, accuracyM: 0 }, now).flags).toEqual(['zero-accuracy']);
    expect(acceptFix({ ...good, ...OFFICE }, now, GEOFENCE_DEFAULTS, OFFICE).flags).toEqual([
      'exact-office-pin',
    ]);
    expect(acceptFix({ ...good, lat: -5.42, lon: 105.2585 }, now).flags).toEqual(['coarse-coordinates']);
  });

  it('takes the thresholds as settings', () => {
    const strict = { ...GEOFENCE_DEFAULTS, lowAccuracyM: 20, maxFixAgeSeconds: 30 };
    expect(
      acceptFix({ ...good, accuracyM: 25, fixTakenAt: '2026-03-02T00:29:35Z' }, now, strict).flags,
    ).toEqual(['low-accuracy']);
    expect(() => acceptFix({ ...good, fixTakenAt: '2026-03-02T00:29:00Z' }, now, strict)).toThrow(AppError);
  });
});

describe('impossibleSpeed', () => {
  const a = { ...OFFICE, at: new Date('2026-03-02T00:30:00Z'), accuracyM: 10 };
  it('flags Bandar Lampung to Jakarta in an hour, not a walk across the yard', () => {
    const jakarta = { lat: -6.1754, lon: 106.8272, at: new Date('2026-03-02T01:30:00Z'), accuracyM: 10 };
    const r = impossibleSpeed(a, jakarta);
    expect(r.flagged).toBe(true);
    expect(r.speedKmh).toBeGreaterThan(150);
    const yard = { lat: OFFICE.lat + deg(300), lon: OFFICE.lon, at: new Date('2026-03-02T00:35:00Z') };
    expect(impossibleSpeed(a, yard).flagged).toBe(false);
  });

  it('does not flag two poor fixes of someone standing still, even at the same instant', () => {
    const b = { lat: OFFICE.lat + deg(40), lon: OFFICE.lon, at: a.at, accuracyM: 35 };
    expect(impossibleSpeed(a, b)).toEqual({ flagged: false, speedKmh: 0 });
    expect(impossibleSpeed(a, { ...b, accuracyM: 5 })).toEqual({ flagged: true, speedKmh: null });
  });

  it('flags just over 120 km/h', () => {
    const b = { lat: OFFICE.lat + deg(2010), lon: OFFICE.lon, at: new Date(a.at.getTime() + 60_000) };
    expect(impossibleSpeed({ ...a, accuracyM: 0 }, b).flagged).toBe(true);
    const c = { ...b, lat: OFFICE.lat + deg(1990) };
    expect(impossibleSpeed({ ...a, accuracyM: 0 }, c).flagged).toBe(false);
  });
});

describe('offsiteDutyCovers', () => {
  const duty = { status: 'APPROVED', startDate: '2026-03-02', endDate: '2026-03-04' };
  it('covers its dates; near its place when it has one', () => {
    expect(offsiteDutyCovers(duty, '2026-03-03', { lat: -6.2, lon: 106.8 })).toBe(true);
    expect(offsiteDutyCovers(duty, '2026-03-05', { lat: -6.2, lon: 106.8 })).toBe(false);
    expect(offsiteDutyCovers({ ...duty, status: 'REQUESTED' }, '2026-03-03', OFFICE)).toBe(false);
    const placed = { ...duty, place: { lat: -6.2, lon: 106.8, radiusM: 500 } };
    expect(offsiteDutyCovers(placed, '2026-03-03', { lat: -6.2 + deg(400), lon: 106.8 })).toBe(true);
    expect(offsiteDutyCovers(placed, '2026-03-03', OFFICE)).toBe(false);
  });
});

describe('nearestFence and outsideGeofenceError', () => {
  // Kantor Gubernur Lampung (Jl. Wolter Monginsidi) and Dinas Pendidikan Provinsi Lampung, ~1.6 km apart.
  const gubernur = { id: 'A', name: 'Kantor Gubernur', lat: -5.4294, lon: 105.2619, radiusM: 100 };
  const dinas = { id: 'B', name: 'Dinas Pendidikan', lat: -5.4167, lon: 105.2547, radiusM: 100 };

  it('prefers a fence the position is inside, then the nearest', () => {
    const near = nearestFence({ lat: -5.4295, lon: 105.262 }, [dinas, gubernur]);
    expect(near?.fence.id).toBe('A');
    expect(near?.result.inside).toBe(true);
    const outside = nearestFence({ lat: -5.42, lon: 105.257 }, [gubernur, dinas]);
    expect(outside?.fence.id).toBe('B');
    expect(outside?.result.inside).toBe(false);
    // A large fence that holds the point wins over a nearer small one that does not.
    const wide = { ...gubernur, id: 'W', radiusM: 1000 };
    expect(nearestFence({ lat: -5.4225, lon: 105.2575 }, [dinas, wide])?.fence.id).toBe(
      checkFence({ lat: -5.4225, lon: 105.2575 }, dinas).inside ? 'B' : 'W',
    );
    expect(nearestFence({ lat: 0, lon: 0 }, [])).toBeNull();
  });

  it('answers 422 with the distance, the radius and the location', () => {
    const err = outsideGeofenceError(
      { inside: false, distanceM: 312, radiusM: 100 },
      { id: 'A', name: 'Kantor Gubernur' },
    );
    expect(err.status).toBe(422);
    expect(err.type).toBe('outside-geofence');
    expect(err.extensions).toEqual({
      distanceM: 312,
      radiusM: 100,
      location: { id: 'A', name: 'Kantor Gubernur' },
    });
    expect(err.detail).toContain('312 m');
  });
});
