import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { RANK_CODES } from '@pamong/core';
import { newId, type StoredEmployee, withDerived } from '@pamong/db';
import * as keys from '@pamong/db/keys';
import { calculateJwkThumbprint, importJWK, type JWK, SignJWT } from 'jose';
import type { TestApi } from '../support/app';
import { makeNip } from '../support/personnel';
import { percentile } from './bundle';

/**
 * User profiles written straight into the table with BatchWriteItem, in the shape the users
 * repository writes them (profile item, tenant-wide GSI1 entry, per-agency GSI2 entry), so the list
 * and get operations see realistic partitions without paying for 100k API calls.
 */
export async function loadUsers(
  t: TestApi,
  tenantId: string,
  agencyId: string,
  count: number,
  onProgress?: (written: number) => void,
): Promise<void> {
  const at = new Date().toISOString();
  const items = function* () {
    for (let i = 0; i < count; i++) {
      const id = newId();
      const name = `Pegawai Beban ${String(i).padStart(6, '0')}`;
      const sort = keys.userSort(name, id);
      yield {
        ...keys.user(tenantId, id),
        ...keys.usersByTenant(tenantId),
        gsi1sk: sort,
        ...keys.usersByAgency(tenantId, agencyId),
        gsi2sk: sort,
        type: 'USER',
        id,
        username: `beban.${id.toLowerCase()}`,
        name,
        role: 'employee',
        agencyId,
        employeeId: null,
        status: 'active',
        createdAt: at,
        updatedAt: at,
        version: 1,
      };
    }
  };
  await bulkPut(t, items(), { inFlight: 8, onProgress });
}

/**
 * Puts items with BatchWriteItem, 25 a call and `inFlight` calls at a time, retrying unprocessed
 * items with backoff; `onProgress` hears the running total every 10,000 items.
 */
export async function bulkPut(
  t: TestApi,
  items: Iterator<Record<string, unknown>>,
  opts: { inFlight: number; onProgress?: (written: number) => void },
): Promise<void> {
  let written = 0;
  let lastReport = 0;
  const worker = async () => {
    for (;;) {
      const batch: Record<string, unknown>[] = [];
      for (let i = 0; i < 25; i++) {
        const next = items.next();
        if (next.done) break;
        batch.push({ PutRequest: { Item: next.value } });
      }
      if (batch.length === 0) return;
      let pending: Record<string, unknown[]> | undefined = { [t.tableName]: batch };
      for (let attempt = 0; pending && Object.keys(pending).length > 0; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 20 * 2 ** attempt)));
        const out = await t.store.doc.send(new BatchWriteCommand({ RequestItems: pending as never }));
        pending = out.UnprocessedItems as Record<string, unknown[]> | undefined;
      }
      written += batch.length;
      if (written - lastReport >= 10_000) {
        lastReport = written;
        opts.onProgress?.(written);
      }
    }
  };
  await Promise.all(Array.from({ length: opts.inFlight }, worker));
}

export interface LatencyResult {
  calls: number;
  status: number;
  medianMs: number;
  p90Ms: number;
}

/** In-process latency of one request, repeated: the app's own cost plus DynamoDB Local's. */
export async function measureLatency(
  send: () => Response | Promise<Response>,
  calls: number,
  warmup = 50,
): Promise<LatencyResult> {
  let status = 0;
  for (let i = 0; i < warmup; i++) await (await send()).arrayBuffer();
  const samples: number[] = [];
  for (let i = 0; i < calls; i++) {
    const t0 = performance.now();
    const res = await send();
    await res.arrayBuffer();
    samples.push(performance.now() - t0);
    status = res.status;
  }
  samples.sort((a, b) => a - b);
  return { calls, status, medianMs: percentile(samples, 50), p90Ms: percentile(samples, 90) };
}

export interface ThroughputResult {
  seconds: number;
  concurrency: number;
  requests: number;
  perSecond: number;
  non2xx: number;
}

/** Requests per second with `concurrency` requests in flight for `seconds`. */
export async function measureThroughput(
  send: () => Response | Promise<Response>,
  seconds: number,
  concurrency: number,
): Promise<ThroughputResult> {
  const end = performance.now() + seconds * 1000;
  let requests = 0;
  let non2xx = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const res = await send();
        await res.arrayBuffer();
        requests += 1;
        if (res.status < 200 || res.status > 299) non2xx += 1;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { seconds: elapsed, concurrency, requests, perSecond: requests / elapsed, non2xx };
}

/**
 * Bearer tokens as the local identity signs them, for accounts loaded straight into the table:
 * what a login would give, without one password hash per account.
 */
export async function mintTokens(
  t: TestApi,
  tenantId: string,
  people: readonly { userId: string; agencyId: string; employeeId: string; role?: string }[],
  at: Date,
): Promise<string[]> {
  const jwk = await (t.deps.identity as unknown as { exportPrivateJwk(): Promise<JWK> }).exportPrivateJwk();
  const { kty, crv, x, y } = jwk;
  const kid = await calculateJwkThumbprint({ kty, crv, x, y } as JWK);
  const key = await importJWK(jwk, 'ES256');
  const iat = Math.floor(at.getTime() / 1000);
  return Promise.all(
    people.map((p) =>
      new SignJWT({ tenantId, role: p.role ?? 'employee', agencyId: p.agencyId, employeeId: p.employeeId })
        .setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' })
        .setSubject(p.userId)
        .setIssuer('pamong-local')
        .setAudience('pamong')
        .setIssuedAt(iat)
        .setExpirationTime(iat + 3600)
        .sign(key),
    ),
  );
}

/**
 * The `i`-th generated PNS of a bench load, as the employees repository would store it (its derived
 * fields filled): birth dates, TMTs and NIPs vary with `i`, so NIPs stay unique.
 */
export function benchEmployee(
  i: number,
  o: { id: string; name: string; agencyId: string; agencyName: string; unitId: string; at: string },
): StoredEmployee {
  const birthDate = `${1970 + (i % 30)}-0${1 + (i % 9)}-1${i % 9}`;
  const tmtCpns = `${1995 + (i % 25)}-0${1 + (i % 9)}-01`;
  return withDerived({
    id: o.id,
    employmentType: 'PNS',
    nip: makeNip(birthDate, tmtCpns, i % 2 ? 'L' : 'P', 1 + Math.floor(i / 270)),
    name: o.name,
    gender: i % 2 ? 'L' : 'P',
    birthPlace: 'Bandar Lampung',
    birthDate,
    agencyId: o.agencyId,
    agencyName: o.agencyName,
    unitId: o.unitId,
    rank: RANK_CODES[6]!,
    tmtCpns,
    tmtRank: tmtCpns,
    education: [],
    competencies: [],
    status: 'AKTIF',
    bup: 58,
    retirementDate: '',
    createdAt: o.at,
    updatedAt: o.at,
    version: 1,
  } as unknown as StoredEmployee);
}
