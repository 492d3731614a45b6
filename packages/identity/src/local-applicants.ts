import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { conflict, rateLimited, validationError } from '@pamong/core';
import { newId, type StoreProvider } from '@pamong/db';
import * as keys from '@pamong/db/keys';
import type { ApplicantIdentityPort } from './applicants';
import type { LocalIdentity } from './local';

/** A message the local stack would have emailed: printed on the console and kept for the e2e tests. */
export interface OutboxMessage {
  to: string;
  subject: string;
  text: string;
  /** The verification code, for tests that read it without parsing the text. */
  code: string;
  tenantId: string;
  at: string;
}

/**
 * Where the local stack's emails go (issue 12 §1): the console, and a list the local-only route
 * `GET /v1/local/outbox` serves. Nothing here exists in AWS, where Cognito sends the email.
 */
export interface LocalOutbox {
  deliver(message: OutboxMessage): void;
  /** The newest first; only those to `to` when given. */
  list(to?: string): OutboxMessage[];
}

export function createLocalOutbox(print: (line: string) => void = () => {}, keep = 200): LocalOutbox {
  const messages: OutboxMessage[] = [];
  return {
    deliver(m) {
      messages.unshift(m);
      messages.length = Math.min(messages.length, keep);
      print(`[outbox] to ${m.to}: ${m.subject} — kode ${m.code}`);
    },
    list(to) {
      const wanted = to?.trim().toLowerCase();
      return messages.filter((m) => !wanted || m.to.toLowerCase() === wanted);
    },
  };
}

/** How long a code is valid, and how many wrong codes an account may send before it must ask again. */
export const EMAIL_CODE = { ttlMinutes: 30, maxTries: 5 } as const;

const codeHash = (tenantId: string, nik: string, code: string) =>
  createHash('sha256').update(`${tenantId}:${nik}:${code}`).digest();

interface CodeItem {
  codeHash: string;
  expiresAt: string;
  tries: number;
}

/**
 * The local applicant identity: the login record and account are the table's (written by the
 * recruitment repository), passwords are the local identity's scrypt hashes, and codes are six
 * random digits kept only as a hash next to the login record, valid for 30 minutes and for five
 * wrong tries; then a new code must be asked for.
 */
export function createLocalApplicantIdentity(opts: {
  stores: StoreProvider;
  identity: LocalIdentity;
  outbox: LocalOutbox;
  now?: () => Date;
}): ApplicantIdentityPort {
  const now = opts.now ?? (() => new Date());

  async function issueCode(input: { tenantId: string; nik: string; email: string; name: string }) {
    const store = await opts.stores.forTenant(input.tenantId);
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const at = now();
    const expiresAt = new Date(at.getTime() + EMAIL_CODE.ttlMinutes * 60_000);
    await store.transact([
      {
        op: {
          Put: {
            TableName: store.tableName,
            Item: {
              ...keys.applicantEmailCode(input.tenantId, input.nik),
              type: 'APPLICANT_EMAIL_CODE',
              codeHash: codeHash(input.tenantId, input.nik, code).toString('base64'),
              expiresAt: expiresAt.toISOString(),
              tries: 0,
              ttl: Math.floor(expiresAt.getTime() / 1000) + 86_400,
            },
          },
        },
      },
    ]);
    opts.outbox.deliver({
      to: input.email,
      subject: 'Kode verifikasi Pamong',
      text: `Halo ${input.name}, kode verifikasi akun pelamar Anda: ${code}. Berlaku ${EMAIL_CODE.ttlMinutes} menit.`,
      code,
      tenantId: input.tenantId,
      at: at.toISOString(),
    });
  }

  return {
    kind: 'local',
    credentialAttributes: (password) => opts.identity.credentialAttributes(password),
    async signUp() {
      return { applicantId: newId() };
    },
    async abandon() {},
    sendCode: issueCode,
    resendCode: issueCode,

    async confirm({ tenantId, nik, code }) {
      const store = await opts.stores.forTenant(tenantId);
      const k = keys.applicantEmailCode(tenantId, nik);
      const item = await store.get<CodeItem>(k, true);
      const wrong = (message: string) => validationError([{ path: 'code', message }]);
      if (!item) throw wrong('is wrong or has expired; ask for a new code');
      if (Date.parse(item.expiresAt) <= now().getTime()) throw wrong('has expired; ask for a new code');
      if (item.tries >= EMAIL_CODE.maxTries)
        throw rateLimited(60, 'Too many wrong codes. Ask for a new code.');
      const matches = timingSafeEqual(Buffer.from(item.codeHash, 'base64'), codeHash(tenantId, nik, code));
      if (!matches) {
        await store.transact([
          {
            op: {
              Update: {
                TableName: store.tableName,
                Key: k,
                UpdateExpression: 'ADD tries :one',
                ConditionExpression: 'attribute_exists(pk)',
                ExpressionAttributeValues: { ':one': 1 },
              },
            },
            onConditionFailed: () => wrong('is wrong or has expired; ask for a new code'),
          },
        ]);
        throw wrong('is wrong');
      }
      // Used once: the code is deleted, and only if it is still the one checked (a resend replaced it otherwise).
      await store.transact([
        {
          op: {
            Delete: {
              TableName: store.tableName,
              Key: k,
              ConditionExpression: 'codeHash = :h',
              ExpressionAttributeValues: { ':h': item.codeHash },
            },
          },
          onConditionFailed: () => conflict('A new code was sent meanwhile; use that one.'),
        },
      ]);
    },

    login: ({ tenantId, nik, password, sourceIp }) =>
      opts.identity.login({ tenantId, username: nik, password, sourceIp }),
  };
}
