import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import { PLATFORM_TENANT_ID, type Role } from '@pamong/core';
import { clearAttendanceConfigCache, type Store, singleStoreProvider } from '@pamong/db';
import * as keys from '@pamong/db/keys';
import { type AppDeps, clearAccountCache, clearTenantCache, type RouteApp } from '@pamong/http';
import {
  createLocalApplicantIdentity,
  createLocalIdentity,
  createLocalOutbox,
  hashPassword,
  type LocalOutbox,
} from '@pamong/identity';
import { createApi } from '../../functions/registry';
import { createLocalDocumentStore, LOCAL_DOCUMENTS_PATH } from '../../packages/local/src/documents-local';
import { freshTable } from './dynamo';

export const PASSWORD = 'correct-horse-battery';

export interface TestApi {
  api: RouteApp;
  deps: AppDeps & { outbox: LocalOutbox };
  store: Store;
  tableName: string;
  /** Sends a request and parses the JSON answer. */
  call(
    method: string,
    path: string,
    opts?: { token?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<{
    status: number;
    body: any;
    headers: Headers;
  }>;
  loginAs(tenant: string, username: string, password?: string): Promise<string>;
  platformToken(): Promise<string>;
}

/** The whole API on a fresh table of its own, with the local identity adapter. */
export async function createTestApi(
  opts: { now?: () => Date; logger?: Logger; endpoint?: string; storeTimeouts?: 'aws' | 'local' } = {},
): Promise<TestApi> {
  clearTenantCache();
  clearAccountCache();
  clearAttendanceConfigCache();
  const { store, tableName } = await freshTable(opts.endpoint, opts.storeTimeouts);
  const stores = singleStoreProvider(store);
  const identity = await createLocalIdentity({ stores, now: opts.now });
  const documents = createLocalDocumentStore({
    dir: mkdtempSync(join(tmpdir(), 'pamong-test-documents-')),
    now: opts.now,
  });
  const outbox = createLocalOutbox();
  const deps: AppDeps & { outbox: LocalOutbox } = {
    mode: 'local',
    tableName,
    stores,
    identity,
    logger: opts.logger ?? new Logger({ serviceName: 'pamong-test', logLevel: 'SILENT' }),
    now: opts.now ?? (() => new Date()),
    documents,
    outbox,
    applicants: createLocalApplicantIdentity({ stores, identity, outbox, now: opts.now }),
  };
  const api = createApi(deps);

  await store.transact([
    {
      op: {
        Put: {
          TableName: tableName,
          Item: {
            ...keys.platformLogin('root'),
            type: 'LOGIN',
            userId: 'platform-root',
            username: 'root',
            tenantId: PLATFORM_TENANT_ID,
            failedAttempts: 0,
            status: 'active',
            name: 'Platform Root',
            role: 'platform-admin' satisfies Role,
            agencyId: null,
            employeeId: null,
            passwordHash: await hashPassword(PASSWORD),
          },
        },
      },
    },
    {
      op: {
        Put: {
          TableName: tableName,
          Item: {
            ...keys.platformUser('platform-root'),
            type: 'USER',
            id: 'platform-root',
            name: 'Platform Root',
          },
        },
      },
    },
  ]);

  const call: TestApi['call'] = async (method, path, o = {}) => {
    const headers: Record<string, string> = { ...o.headers };
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    let body: string | Uint8Array | undefined;
    if (o.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = typeof o.body === 'string' || o.body instanceof Uint8Array ? o.body : JSON.stringify(o.body);
    }
    // Upload URLs of the local documents store point at its own route, as the local server serves it.
    const res = path.startsWith(LOCAL_DOCUMENTS_PATH)
      ? await documents.handleUpload(new Request(`http://local${path}`, { method, headers, body }))
      : await api.request(path, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed, headers: res.headers };
  };

  const loginAs: TestApi['loginAs'] = async (tenant, username, password = PASSWORD) => {
    const res = await call('POST', '/v1/auth/login', { body: { tenant, username, password } });
    if (res.status !== 200)
      throw new Error(`login ${tenant}/${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.token as string;
  };

  return { api, deps, store, tableName, call, loginAs, platformToken: () => loginAs('platform', 'root') };
}

/** Creates a tenant through the API and returns its id and a tenant-admin token. */
export async function createTenantViaApi(t: TestApi, slug: string, level: 'provinsi' | 'kota' = 'kota') {
  const token = await t.platformToken();
  const res = await t.call('POST', '/v1/platform/tenants', {
    token,
    body: {
      slug,
      name: `Pemerintah ${slug}`,
      level,
      bpsCode: level === 'provinsi' ? '18' : '1871',
      timeZone: 'Asia/Jakarta',
      firstAdmin: { username: 'admin', name: `Admin ${slug}`, password: PASSWORD },
    },
  });
  if (res.status !== 201) throw new Error(`create tenant failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { tenantId: res.body.id as string, tenant: res.body, adminToken: await t.loginAs(slug, 'admin') };
}
