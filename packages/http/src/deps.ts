import type { Logger } from '@aws-lambda-powertools/logger';
import type { StoreProvider } from '@pamong/db';
import type { ApplicantIdentityPort, IdentityPort } from '@pamong/identity';
import type { DocumentStore } from './documents';
import type { BackgroundTask, TaskQueue } from './tasks';

/**
 * What every function's app needs from the outside world. AWS handlers build it from the
 * environment; the local stack and the tests build it around DynamoDB Local.
 */
export interface AppDeps {
  mode: 'local' | 'aws';
  tableName: string;
  stores: StoreProvider;
  identity: IdentityPort;
  /**
   * The applicant accounts (issue 12 §1): sign-up, the email code and the login of self-registered
   * job applicants (their own Cognito pool in AWS). Set in the platform and recruitment functions.
   */
  applicants?: ApplicantIdentityPort;
  logger: Logger;
  now: () => Date;
  /** Origin of the web app for printed links (QR posters); the request's origin when unset. */
  publicBaseUrl?: string;
  /** Object storage for uploaded files (employee imports): S3 in AWS, a folder locally. */
  documents?: DocumentStore;
  /** Work that outlives its request: an async invoke of the worker function in AWS. */
  tasks?: TaskQueue;
  /**
   * Locally (the one-process stack, tests, bench) the runner of background tasks when `tasks` is
   * unset: the worker's code in this process. Set by `createApi`, never in AWS, so no HTTP
   * function's bundle carries the workers (and their file parsers).
   */
  runTaskInProcess?: (deps: AppDeps, task: BackgroundTask) => Promise<void>;
  /**
   * How long a request's claim on its Idempotency-Key holds when the request does not run in
   * Lambda (there the invocation's remaining time is the lease). Default 10 s.
   */
  idempotencyLeaseMs?: number;
}
