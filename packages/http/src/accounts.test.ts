import type { Store } from '@pamong/db';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ACCOUNT_CACHE_MAX, accountCacheSize, activeAccount, clearAccountCache } from './accounts';

/** Keys are built from ULIDs: a tenant, and the n-th user. */
const T1 = '01J0000000000000000000TENT';
const u = (n: number | string) => `01J${String(n).padStart(23, '0')}`;

/** A store whose every account is an active employee; counts the reads. */
function fakeStore() {
  const get = vi.fn(async (key: { pk: string; sk: string }) => ({
    status: 'active',
    role: 'employee',
    agencyId: 'A1',
    employeeId: `E-${key.sk}`,
    name: 'Pegawai',
  }));
  return { store: { get } as unknown as Store, get };
}

describe('the account cache', () => {
  beforeEach(() => clearAccountCache());

  it('answers a second request within 10 s from memory, and reads the account again after', async () => {
    const { store, get } = fakeStore();
    await activeAccount(store, T1, u(1), 0);
    await activeAccount(store, T1, u(1), 9_999);
    expect(get).toHaveBeenCalledTimes(1);
    await activeAccount(store, T1, u(1), 10_000);
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('drops the accounts whose 10 s are over as new ones arrive, instead of keeping everyone seen', async () => {
    const { store } = fakeStore();
    for (let i = 0; i < 300; i++) await activeAccount(store, T1, u(i), i);
    expect(accountCacheSize()).toBe(300);
    // At 10.1 s, those stored at 0 to 100 ms are 10 s old or more, and over: 199 stay, with the new one.
    await activeAccount(store, T1, u(900001), 10_100);
    expect(accountCacheSize()).toBe(200);
    // Much later, one request leaves only itself.
    await activeAccount(store, T1, u(900002), 60_000);
    expect(accountCacheSize()).toBe(1);
  });

  it('keeps an account read again as the newest, so it outlives those stored after its first read', async () => {
    const { store, get } = fakeStore();
    await activeAccount(store, T1, u(900010), 0);
    await activeAccount(store, T1, u(900011), 5_000);
    await activeAccount(store, T1, u(900010), 10_000); // expired: read again, stored as the newest
    await activeAccount(store, T1, u(900012), 15_001); // B's 10 s are over, A's are not
    expect(accountCacheSize()).toBe(2);
    get.mockClear();
    await activeAccount(store, T1, u(900010), 15_002);
    expect(get).not.toHaveBeenCalled();
    await activeAccount(store, T1, u(900011), 15_003);
    expect(get).toHaveBeenCalledTimes(1);
  });

  it(`holds at most ${ACCOUNT_CACHE_MAX} accounts in a peak, dropping the oldest`, async () => {
    const { store, get } = fakeStore();
    const peak = ACCOUNT_CACHE_MAX + 1_000;
    for (let i = 0; i < peak; i++) await activeAccount(store, T1, u(i), 1_000);
    expect(accountCacheSize()).toBe(ACCOUNT_CACHE_MAX);
    get.mockClear();
    // The newest are still served from memory; the oldest were dropped and are read again.
    await activeAccount(store, T1, u(peak - 1), 1_001);
    expect(get).not.toHaveBeenCalled();
    await activeAccount(store, T1, u(0), 1_002);
    expect(get).toHaveBeenCalledTimes(1);
    expect(accountCacheSize()).toBe(ACCOUNT_CACHE_MAX);
  });

  it('never serves a refusal from memory: a disabled account is read on every request', async () => {
    const get = vi.fn(async () => ({ status: 'disabled', role: 'employee' }));
    const store = { get } as unknown as Store;
    expect(await activeAccount(store, T1, u(1), 0)).toBeNull();
    expect(await activeAccount(store, T1, u(1), 1)).toBeNull();
    expect(get).toHaveBeenCalledTimes(2);
    expect(accountCacheSize()).toBe(0);
  });
});
