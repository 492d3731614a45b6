import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ATTENDANCE_CONFIG_TTL_MS,
  cachedConfig,
  clearAttendanceConfigCache,
  invalidateAttendanceConfig,
} from './config-cache';

afterEach(() => {
  vi.useRealTimers();
  clearAttendanceConfigCache();
});

describe('cachedConfig', () => {
  it('loads once within the TTL, again after it, and per tenant and name', async () => {
    vi.useFakeTimers();
    let loads = 0;
    const load = async () => ++loads;
    expect(await cachedConfig('T1', 'settings', load)).toBe(1);
    expect(await cachedConfig('T1', 'settings', load)).toBe(1);
    expect(await cachedConfig('T2', 'settings', load)).toBe(2);
    expect(await cachedConfig('T1', 'locations', load)).toBe(3);
    vi.advanceTimersByTime(ATTENDANCE_CONFIG_TTL_MS);
    expect(await cachedConfig('T1', 'settings', load)).toBe(4);
  });

  it("drops one tenant's entries on a change, and does not keep a failed load", async () => {
    let loads = 0;
    const load = async () => ++loads;
    await cachedConfig('T1', 'settings', load);
    await cachedConfig('T2', 'settings', load);
    invalidateAttendanceConfig('T1');
    expect(await cachedConfig('T1', 'settings', load)).toBe(3);
    expect(await cachedConfig('T2', 'settings', load)).toBe(2);
    await expect(cachedConfig('T3', 'x', async () => Promise.reject(new Error('down')))).rejects.toThrow(
      'down',
    );
    expect(await cachedConfig('T3', 'x', load)).toBe(4);
  });
});
