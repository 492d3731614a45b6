import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import type { LogLevel } from '@aws-lambda-powertools/logger/types';
import {
  createCursorCodec,
  createDocumentClient,
  LOCAL_STORE_CLIENT,
  Store,
  singleStoreProvider,
} from '@pamong/db';
import type { AppDeps } from '@pamong/http';
import {
  createLocalApplicantIdentity,
  createLocalIdentity,
  createLocalOutbox,
  type LocalIdentity,
  type LocalOutbox,
} from '@pamong/identity';
import type { JWK } from 'jose';
import { createLocalDocumentStore, type LocalDocumentStore } from './documents-local';

/** DynamoDB Local accepts any credentials, but the SDK insists on having some. */
export const LOCAL_AWS = {
  region: 'local',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
} as const;

export type LocalDeps = AppDeps & {
  identity: LocalIdentity;
  documents: LocalDocumentStore;
  /** The emails the local stack would have sent (applicants' codes): console and `GET /v1/local/outbox`. */
  outbox: LocalOutbox;
};

/**
 * The dependencies of the API in local mode: one table on DynamoDB Local, the table-backed identity
 * adapter and a logger. There is no tenant-scoped credential here (DynamoDB Local checks none), so
 * every request gets the same Store.
 */
export async function createLocalDeps(opts: {
  endpoint: string;
  tableName: string;
  cursorSecret: string;
  privateJwk?: JWK;
  /** Powertools level; defaults to `LOG_LEVEL`, then INFO (one readable line per request). */
  logLevel?: string;
  /** Where uploaded documents are kept (`.pamong/documents`; a temp folder for --memory). */
  documentsDir?: string;
  /** Where the outbox prints each message (the console for `npm start`; nothing by default). */
  printOutbox?: (line: string) => void;
  /** The clock (tests that move it); the real time by default. */
  now?: () => Date;
}): Promise<LocalDeps> {
  const doc = createDocumentClient({ endpoint: opts.endpoint, ...LOCAL_AWS, ...LOCAL_STORE_CLIENT });
  const store = new Store(doc, opts.tableName, createCursorCodec(opts.cursorSecret));
  const stores = singleStoreProvider(store);
  const now = opts.now ?? (() => new Date());
  const identity = await createLocalIdentity({ stores, privateJwk: opts.privateJwk, now });
  const logger = new Logger({
    serviceName: 'pamong-local',
    logLevel: logLevel(opts.logLevel ?? process.env.LOG_LEVEL),
  });
  const documents = createLocalDocumentStore({
    dir: opts.documentsDir ?? mkdtempSync(join(tmpdir(), 'pamong-documents-')),
    now,
  });
  const outbox = createLocalOutbox(opts.printOutbox);
  const applicants = createLocalApplicantIdentity({ stores, identity, outbox, now });
  return {
    mode: 'local',
    tableName: opts.tableName,
    stores,
    identity,
    logger,
    now,
    documents,
    outbox,
    applicants,
  };
}

const LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'CRITICAL', 'SILENT'] as const;

/** A typo in LOG_LEVEL falls back to INFO rather than failing the start. */
function logLevel(wanted: string | undefined): LogLevel {
  const upper = wanted?.toUpperCase();
  return (LEVELS as readonly string[]).includes(upper ?? '') ? (upper as LogLevel) : 'INFO';
}
