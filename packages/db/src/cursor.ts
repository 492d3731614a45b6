import { createHmac, timingSafeEqual } from 'node:crypto';
import { badCursor } from '@pamong/core';

/**
 * Opaque pagination cursors: base64url(JSON) + '.' + HMAC. The MAC covers the tenant and a query
 * fingerprint, so a cursor from another tenant or another query is refused (400), and so is any edit.
 */
export interface CursorCodec {
  encode(tenantId: string, query: string, lastKey: Record<string, unknown> | undefined): string | null;
  decode(tenantId: string, query: string, cursor: string | undefined): Record<string, unknown> | undefined;
}

export function createCursorCodec(secret: string): CursorCodec {
  if (secret.length < 16) throw new Error('cursor secret must be at least 16 characters');
  const mac = (tenantId: string, query: string, body: string) =>
    createHmac('sha256', secret).update(`${tenantId}\n${query}\n${body}`).digest('base64url');
  return {
    encode(tenantId, query, lastKey) {
      if (!lastKey) return null;
      const body = Buffer.from(JSON.stringify(lastKey)).toString('base64url');
      return `${body}.${mac(tenantId, query, body)}`;
    },
    decode(tenantId, query, cursor) {
      if (cursor === undefined || cursor === '') return undefined;
      const [body, sig, extra] = cursor.split('.');
      if (!body || !sig || extra !== undefined) throw badCursor();
      const want = Buffer.from(mac(tenantId, query, body));
      const got = Buffer.from(sig);
      if (want.length !== got.length || !timingSafeEqual(want, got)) throw badCursor();
      try {
        const key = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
        if (typeof key !== 'object' || key === null || Array.isArray(key)) throw badCursor();
        return key as Record<string, unknown>;
      } catch {
        throw badCursor();
      }
    },
  };
}
