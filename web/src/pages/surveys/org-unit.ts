/**
 * The org unit a survey unit serves (issue 14 §5): the options of the "Melayani unit kerja" select
 * and the PATCH part for it. Pure, checked in tests/web.
 */

/**
 * The options of the "serves the unit" select after "the whole agency": the agency's active units
 * by name, and the linked unit when it is no longer among them (closed), so the form keeps it.
 */
export function orgUnitOptions(
  units: readonly { id: string; name: string }[],
  linked: { id: string | null; name: string | null } | null,
): { value: string; name: string; gone?: boolean }[] {
  const sorted = [...units].sort((a, b) => a.name.localeCompare(b.name, 'id'));
  const out: { value: string; name: string; gone?: boolean }[] = sorted.map((u) => ({
    value: u.id,
    name: u.name,
  }));
  if (linked?.id && !units.some((u) => u.id === linked.id))
    out.push({ value: linked.id, name: linked.name ?? '', gone: true });
  return out;
}

/** The PATCH part for the org unit: only when it changed ('' is the agency as a whole, sent as null). */
export function orgUnitPatch(chosen: string, saved: string | null): { orgUnitId?: string | null } {
  const next = chosen || null;
  return next === (saved ?? null) ? {} : { orgUnitId: next };
}
