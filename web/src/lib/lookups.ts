/**
 * Lookups many pages share. The tenant's agencies (tens of them, for filters, selects and names)
 * are read once per session and kept here, so moving between pages does not fetch them again;
 * any successful change under /v1/agencies (create, rename, status, delete, units) drops the copy.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type Agency, api, listAgencies, listAll, listUnits, sessionToken, type Unit } from '../api/client';
import { useAsync } from './hooks';

let cached: { token: string | null; agencies: Promise<Agency[]> } | null = null;
const listeners = new Set<() => void>();

/** Forgets the agencies; the pages showing them read them again. */
export function invalidateAgencies(): void {
  cached = null;
  for (const listener of listeners) listener();
}

api.use({
  onResponse({ schemaPath, request, response }) {
    if (request.method !== 'GET' && response.ok && schemaPath.startsWith('/v1/agencies'))
      invalidateAgencies();
  },
});

/** Every agency of the tenant, from the copy kept for this session (a failed read is not kept). */
export function loadAgencies(): Promise<Agency[]> {
  const token = sessionToken();
  if (!cached || cached.token !== token) {
    const agencies = listAll((q) => listAgencies(q));
    cached = { token, agencies };
    agencies.catch(() => {
      if (cached?.agencies === agencies) cached = null;
    });
  }
  return cached.agencies;
}

/**
 * Every agency of the tenant, for filters, selects and showing an agency's name. `enabled: false`
 * skips the read for roles that never see the agencies.
 */
export function useAgencies(enabled = true): {
  agencies: Agency[];
  error: unknown;
  nameOf: (id?: string | null) => string;
} {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const listener = () => setVersion((v) => v + 1);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  const list = useAsync(() => (enabled ? loadAgencies() : Promise.resolve([])), [enabled, version]);
  const agencies = list.data ?? [];
  const nameOf = useMemo(() => {
    const names = new Map(agencies.map((a) => [a.id, a.name]));
    return (id?: string | null) => (id ? (names.get(id) ?? id) : '–');
  }, [agencies]);
  return { agencies, error: list.error, nameOf };
}

/** The active units of one agency, for the unit select that follows the agency select. */
export function useUnits(agencyId: string): { units: Unit[]; error: unknown; loading: boolean } {
  const list = useAsync(
    () => (agencyId ? listAll((q) => listUnits(agencyId, q)) : Promise.resolve([])),
    [agencyId],
  );
  return {
    units: (list.data ?? []).filter((u) => u.status === 'active'),
    error: list.error,
    loading: list.loading,
  };
}
