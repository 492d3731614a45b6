import { describe, expect, it } from 'vitest';
import { keys, tenantPrefix } from './keys';

const T = '01J0000000000000000000000A';

describe('keys', () => {
  it('prefixes every tenant key with T#<26-char ULID>#', () => {
    const built = [
      keys.agency(T, 'A').pk,
      keys.unit(T, 'A', 'U').pk,
      keys.agencyUnitsMarker(T, 'A').pk,
      keys.user(T, 'U').pk,
      keys.login(T, 'budi').pk,
      keys.agencyName(T, 'Dinas').pk,
      keys.usersByTenant(T).gsi1pk,
      keys.usersByAgency(T, 'A').gsi2pk,
      keys.auditEntry(T, 'agency', 'A', '2026-01-01T00:00:00.000Z', 'X').pk,
      keys.auditEntry(T, 'agency', 'A', '2026-01-01T00:00:00.000Z', 'X').gsi1pk,
      keys.idempotency(T, 'op', 'key-12345').pk,
    ];
    for (const pk of built) expect(pk.startsWith(`T#${T}#`)).toBe(true);
  });

  it('keeps platform items under PLATFORM#', () => {
    expect(keys.tenant(T).pk).toBe('PLATFORM#TENANTS');
    expect(keys.tenantSlug('lampung').pk).toBe('PLATFORM#SLUG#lampung');
    expect(keys.idempotency('PLATFORM', 'op', 'key-12345').pk.startsWith('PLATFORM#')).toBe(true);
  });

  it('refuses a tenant id that is not a ULID, so no prefix can be a prefix of another', () => {
    expect(() => tenantPrefix('lampung')).toThrow();
    expect(() => tenantPrefix(`${T}X`)).toThrow();
    expect(() => keys.agency('PLATFORM', 'A')).toThrow();
  });

  it('keeps the login throttle counters of one source in one partition, under the tenant or the platform', () => {
    const source = '0123456789abcdef';
    expect(keys.loginThrottleSource(T, source)).toEqual({
      pk: `T#${T}#LOGINTHROTTLE#${source}`,
      sk: 'SOURCE',
    });
    expect(keys.loginThrottleAccount(T, source, 'admin')).toEqual({
      pk: keys.loginThrottlePartition(T, source),
      sk: 'USER#admin',
    });
    expect(keys.loginThrottleAccount('PLATFORM', source, 'root').pk).toBe(`PLATFORM#LOGINTHROTTLE#${source}`);
    expect(keys.loginThrottleSource('PLATFORM', source).pk).toBe(
      keys.loginThrottlePartition('PLATFORM', source),
    );
    // The username is only ever in the sort key, after the fixed-length source hash.
    expect(keys.loginThrottleAccount(T, source, 'a#SOURCE').sk).not.toBe('SOURCE');
    expect(() => keys.loginThrottleSource('lampung', source)).toThrow();
  });

  it('normalises agency names for the uniqueness guard', () => {
    expect(keys.agencyName(T, '  Dinas   Pendidikan ').pk).toBe(keys.agencyName(T, 'dinas pendidikan').pk);
    expect(keys.agencyName(T, 'Dinas Kesehatan').pk).not.toBe(keys.agencyName(T, 'Dinas Pendidikan').pk);
  });

  it('sorts the agency marker before every unit of the partition', () => {
    expect(keys.agencyUnitsMarker(T, 'A').sk < keys.unit(T, 'A', '00000000000000000000000000').sk).toBe(true);
  });
});
