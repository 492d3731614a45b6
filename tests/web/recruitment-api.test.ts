import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The recruitment API wrappers (one per operationId): each calls its route with its method and
 * body. The API is answered at `fetch`, replaced before the client module is imported.
 */
const api = vi.hoisted(() => {
  const calls: { method: string; path: string; query: string; body: unknown }[] = [];
  const state = { status: 200, body: {} as unknown };
  const BaseRequest = globalThis.Request;
  globalThis.Request = class extends BaseRequest {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(typeof input === 'string' && input.startsWith('/') ? `https://pamong.test${input}` : input, init);
    }
  } as typeof Request;
  globalThis.fetch = (async (input: Request | string, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const text = await request.clone().text();
    const url = new URL(request.url);
    calls.push({
      method: request.method,
      path: url.pathname,
      query: url.search,
      body: text ? JSON.parse(text) : null,
    });
    const problem = state.status >= 400;
    return new Response(JSON.stringify(state.body), {
      status: state.status,
      headers: { 'content-type': problem ? 'application/problem+json' : 'application/json' },
    });
  }) as typeof fetch;
  return { calls, state };
});

import { ApiError } from '../../web/src/api/client';
import {
  addFormation,
  createRecruitmentRound,
  getRecruitmentRound,
  getRecruitmentSettings,
  listRecruitmentRounds,
  publishRecruitmentRound,
  updateFormation,
  updateRecruitmentRound,
  updateRecruitmentSettings,
} from '../../web/src/pages/recruitment/recruitment-api';
import {
  getPublicRecruitmentRound,
  listPublicRecruitmentRounds,
  PublicApiError,
} from '../../web/src/public/api';
import { CAREERS_TEXT, count, localTime } from '../../web/src/public/careers-i18n';

beforeEach(() => {
  api.calls.length = 0;
  api.state.status = 200;
  api.state.body = {};
});

const last = () => api.calls.at(-1)!;

describe('recruitment API wrappers', () => {
  it('reads and saves the registration limit with its version; a stale version is the API error', async () => {
    api.state.body = { registrationsPerHour: 30, version: 0, updatedAt: null };
    expect(await getRecruitmentSettings()).toEqual({ registrationsPerHour: 30, version: 0, updatedAt: null });
    expect(last()).toMatchObject({ method: 'GET', path: '/v1/recruitment/settings' });
    api.state.body = { registrationsPerHour: 120, version: 1, updatedAt: '2026-12-07T01:00:00.000Z' };
    await updateRecruitmentSettings({ registrationsPerHour: 120, version: 0 });
    expect(last()).toMatchObject({
      method: 'PUT',
      path: '/v1/recruitment/settings',
      body: { registrationsPerHour: 120, version: 0 },
    });
    api.state.status = 409;
    api.state.body = { type: 'https://pamong.id/problems/version-conflict', title: 'Conflict', status: 409 };
    await expect(updateRecruitmentSettings({ registrationsPerHour: 5, version: 0 })).rejects.toBeInstanceOf(
      ApiError,
    );
  });

  it('lists rounds with the cursor', async () => {
    api.state.body = { items: [], nextCursor: null };
    await listRecruitmentRounds({ cursor: 'abc', limit: 25 });
    expect(last()).toMatchObject({ method: 'GET', path: '/v1/recruitment/rounds' });
    expect(last().query).toContain('cursor=abc');
    expect(last().query).toContain('limit=25');
  });

  it('creates, reads, changes and publishes a round', async () => {
    const body = {
      name: 'Seleksi',
      kind: 'CPNS' as const,
      year: 2026,
      registrationOpensAt: '2026-12-20T08:00',
      registrationClosesAt: '2027-01-10T23:59',
      referenceDate: '2027-01-10',
    };
    api.state.status = 201;
    await createRecruitmentRound(body);
    expect(last()).toMatchObject({ method: 'POST', path: '/v1/recruitment/rounds', body });
    api.state.status = 200;
    await getRecruitmentRound('r 1');
    expect(last()).toMatchObject({ method: 'GET', path: '/v1/recruitment/rounds/r%201' });
    await updateRecruitmentRound('r1', { name: 'Baru', version: 2 });
    expect(last()).toMatchObject({
      method: 'PATCH',
      path: '/v1/recruitment/rounds/r1',
      body: { name: 'Baru', version: 2 },
    });
    await publishRecruitmentRound('r1', 3);
    expect(last()).toMatchObject({
      method: 'POST',
      path: '/v1/recruitment/rounds/r1/publish',
      body: { version: 3 },
    });
  });

  it('adds and changes a formasi', async () => {
    const body = {
      positionId: 'p1',
      unitId: 'u1',
      openings: 2,
      track: 'umum' as const,
      educationRequirements: [{ level: 'S1' as const, majors: [] }],
      requiredDocuments: [],
    };
    api.state.status = 201;
    await addFormation('r1', body);
    expect(last()).toMatchObject({ method: 'POST', path: '/v1/recruitment/rounds/r1/formations', body });
    api.state.status = 200;
    await updateFormation('r1', 'f1', { openings: 4, version: 1 });
    expect(last()).toMatchObject({
      method: 'PATCH',
      path: '/v1/recruitment/rounds/r1/formations/f1',
      body: { openings: 4, version: 1 },
    });
  });

  it('a refusal becomes an ApiError with its type, detail and field errors', async () => {
    api.state.status = 409;
    api.state.body = {
      type: 'https://pamong.id/problems/conflict',
      title: 'Conflict',
      status: 409,
      detail: 'The round is published: applicants rely on what it announced.',
      errors: [{ path: 'referenceDate', message: 'is fixed once the round is published' }],
    };
    const err = await updateRecruitmentRound('r1', { referenceDate: '2027-02-01', version: 2 }).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 409, type: 'conflict' });
    expect(err.errors).toEqual([{ path: 'referenceDate', message: 'is fixed once the round is published' }]);
  });
});

describe('the public careers calls and texts', () => {
  it('reads the published rounds and one round under the tenant', async () => {
    api.state.body = { items: [], nextCursor: null };
    await listPublicRecruitmentRounds('lampung', undefined);
    expect(last()).toMatchObject({ method: 'GET', path: '/v1/public/lampung/recruitment/rounds' });
    await getPublicRecruitmentRound('lampung', 'r1');
    expect(last()).toMatchObject({ method: 'GET', path: '/v1/public/lampung/recruitment/rounds/r1' });
  });

  it('an unknown tenant is a 404 the page can name', async () => {
    api.state.status = 404;
    api.state.body = { type: 'https://pamong.id/problems/not-found', title: 'Not found', status: 404 };
    const err = await listPublicRecruitmentRounds('nowhere', undefined).catch((e) => e);
    expect(err).toBeInstanceOf(PublicApiError);
    expect(err.status).toBe(404);
  });

  it('shows local times as written (no zone shift) and says registration opens soon', () => {
    expect(localTime('id', '2026-12-20T08:00')).toBe('20 Des 2026 08.00');
    expect(localTime('en', '2026-12-20T08:00')).toBe('20 Dec 2026 08:00');
    expect(localTime('id', '2027-01-10')).toBe('10 Jan 2027');
    expect(count('id', 1024)).toBe('1.024');
    expect(CAREERS_TEXT.id.registerSoon).toBe('Pendaftaran daring segera tersedia.');
    expect(Object.values(CAREERS_TEXT.id.tracks)).toEqual([
      'Umum',
      'Cumlaude',
      'Disabilitas',
      'Putra-putri daerah',
    ]);
  });
});
