/**
 * The check-in page's geometry: how far the device is from each work location, and which is the
 * nearest, measured as the API measures it (haversine on the IUGG mean radius, whole metres rounded
 * up) so the page and the server agree on "inside". No Preact here: unit-tested in tests/web.
 */

export interface LatLon {
  lat: number;
  lon: number;
}

/** Mean Earth radius (IUGG R1), metres, as the API uses it. */
const EARTH_RADIUS_M = 6_371_008.8;

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres (haversine). */
export function distanceM(a: LatLon, b: LatLon): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface Nearest<L> {
  location: L;
  /** Whole metres, rounded up (a refusal at 100.4 m never reads "100 m"). */
  distanceM: number;
  inside: boolean;
}

/**
 * The location to check in at: the nearest whose radius holds the position, else the nearest of all;
 * null when there is none. Inside means at most the radius from the pin (the accuracy does not widen
 * the fence: a poor fix would otherwise buy a larger one).
 */
export function nearestLocation<L extends LatLon & { radiusM: number }>(
  position: LatLon,
  locations: readonly L[],
): Nearest<L> | null {
  let best: Nearest<L> | null = null;
  for (const location of locations) {
    // Millimetres first, so float noise (99.000000001 m) does not round up to the next metre.
    const mm = Math.round(distanceM(position, location) * 1000);
    const next = { location, distanceM: Math.ceil(mm / 1000), inside: mm <= location.radiusM * 1000 };
    if (
      !best ||
      (next.inside && !best.inside) ||
      (next.inside === best.inside && next.distanceM < best.distanceM)
    )
      best = next;
  }
  return best;
}
