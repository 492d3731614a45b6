/**
 * The pure side of the announcement pages (issue 12 §4-5): the chain check (each version's hash
 * recomputed in the browser with SubtleCrypto over core's `announcementHashInput`), the search and
 * pages of the results table, the reason keys as words, the objection window (core's calendar),
 * and the 409s of submitObjection as the applicant's own language.
 */
import {
  type AnnouncementContent,
  announcementHashInput,
  objectionWindow,
  windowPosition,
} from '@pamong/core';
import { PublicApiError } from './api';

export const ANNOUNCEMENT_STAGES = [
  'ADMINISTRATION',
  'ADMINISTRATION_AFTER_OBJECTION',
  'SKD',
  'SKB',
  'FINAL',
] as const;
export type AnnouncementStage = (typeof ANNOUNCEMENT_STAGES)[number];

export interface ChainVersion {
  version: number;
  hash: string;
  previousHash: string | null;
  content: Record<string, unknown>;
}

export interface ChainCheck {
  version: number;
  /** The recomputed SHA-256 equals the published hash. */
  hashMatches: boolean;
  /** previousHash is the hash of the version before it (null for the first). */
  linkMatches: boolean;
  /** The content names the same version number as its place in the chain. */
  versionMatches: boolean;
  computed: string | null;
}

/** SHA-256 of a text as 64 lowercase hex digits, with the browser's (or Node's) SubtleCrypto. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Re-checks a round's chain, oldest first: each hash over its content, each link to the one before. */
export async function checkChain(
  versions: readonly ChainVersion[],
  hash: (text: string) => Promise<string> = sha256Hex,
): Promise<ChainCheck[]> {
  const out: ChainCheck[] = [];
  for (const [i, v] of versions.entries()) {
    const expectedPrevious = i === 0 ? null : (versions[i - 1]?.hash ?? null);
    let computed: string | null = null;
    try {
      computed = await hash(
        announcementHashInput(v.content as unknown as AnnouncementContent, v.previousHash),
      );
    } catch {
      computed = null;
    }
    out.push({
      version: v.version,
      hashMatches: computed !== null && computed === v.hash,
      linkMatches: v.previousHash === expectedPrevious,
      versionMatches: v.content.version === i + 1 && v.version === i + 1,
      computed,
    });
  }
  return out;
}

export const chainIntact = (checks: readonly ChainCheck[]) =>
  checks.every((c) => c.hashMatches && c.linkMatches && c.versionMatches);

/** A hash shortened for the eye: its first and last 8 digits. */
export const shortHash = (hash: string) =>
  hash.length > 20 ? `${hash.slice(0, 8)}…${hash.slice(-8)}` : hash;

export interface ResultRow {
  registrationNumber: string;
  name: string;
  positionName: string;
  unitName: string;
  status: 'MS' | 'TMS';
  reasons: string[];
  formationId: string;
}

/** A row of an SKD, SKB or FINAL announcement (core examAnnouncementRowSchema). */
export interface ExamResultRow {
  registrationNumber: string;
  name: string;
  formationId: string;
  positionName: string;
  unitName: string;
  skd: { twk: number; tiu: number; tkp: number } | null;
  skdTotal: number | null;
  skdPassed: boolean;
  skdRank: number | null;
  shortlisted: boolean;
  skbScore: number | null;
  skdNormalised: number | null;
  finalScore: number | null;
  finalRank: number | null;
  decidedBy: string | null;
  passed: boolean;
}

/** An exam row rather than an administration row (MS/TMS): it has `passed`. */
export const isExamRow = <R extends object>(row: R): row is Extract<R, { passed: boolean }> =>
  'passed' in row && typeof (row as { passed?: unknown }).passed === 'boolean';

export const EXAM_STAGES: readonly AnnouncementStage[] = ['SKD', 'SKB', 'FINAL'];
export const isExamStage = (stage: string) => (EXAM_STAGES as readonly string[]).includes(stage);

/** Rows whose registration number or name contains the query (case and spacing ignored). */
export function searchRows<R extends Pick<ResultRow, 'registrationNumber' | 'name'>>(
  rows: readonly R[],
  query: string,
): R[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!q) return [...rows];
  const compact = q.replace(/[\s-]/g, '');
  return rows.filter(
    (r) =>
      r.name.toLowerCase().includes(q) ||
      r.registrationNumber.toLowerCase().replace(/[\s-]/g, '').includes(compact),
  );
}

export const PAGE_SIZE = 20;

/** One page of rows (1-based), with the page count; a page past the end shows the last one. */
export function pageOf<R>(rows: readonly R[], page: number, size = PAGE_SIZE) {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, page), pages);
  return { rows: rows.slice((current - 1) * size, current * size), page: current, pages };
}

export const PROFILE_REQUIREMENTS = ['education', 'minIpk', 'maxAge', 'track'] as const;

/** The words of a TMS reason key: a document's label from its formasi, or a profile requirement. */
export function reasonName(
  key: string,
  docLabels: ReadonlyMap<string, string>,
  words: Record<(typeof PROFILE_REQUIREMENTS)[number], string> & { other: (key: string) => string },
): string {
  if ((PROFILE_REQUIREMENTS as readonly string[]).includes(key))
    return words[key as (typeof PROFILE_REQUIREMENTS)[number]];
  return docLabels.get(key) ?? words.other(key);
}

/** The document labels of every formasi (type → label), for naming the reasons of any row. */
export function documentLabels(
  formations: readonly { requiredDocuments: readonly { type: string; label: string }[] }[],
): Map<string, string> {
  const map = new Map<string, string>();
  for (const f of formations)
    for (const d of f.requiredDocuments) if (!map.has(d.type)) map.set(d.type, d.label);
  return map;
}

// ---- the objection window ----

/** The stages an applicant may object to (core OBJECTION_STAGES). */
export const OBJECTION_STAGES = ['ADMINISTRATION', 'SKD', 'SKB'] as const;
export type ObjectionStage = (typeof OBJECTION_STAGES)[number];
export type ExamObjectionStage = Exclude<ObjectionStage, 'ADMINISTRATION'>;
export const EXAM_OBJECTION_STAGES: readonly ExamObjectionStage[] = ['SKD', 'SKB'];

/** The parts of an exam result an applicant may dispute: the SKD's subtests, the SKB's components. */
export const OBJECTION_PARTS = {
  SKD: ['twk', 'tiu', 'tkp'],
  SKB: ['cat', 'interview', 'other'],
} as const satisfies Record<ExamObjectionStage, readonly string[]>;
export type ObjectionPart = (typeof OBJECTION_PARTS)[ExamObjectionStage][number];

export interface WindowInfo {
  /** When the stage's result was first announced (its first version). */
  announcedAt: string;
  /** The instant the window opens (local midnight after the announcement day). */
  opensAt: string;
  /** The instant the window closes (exclusive: local midnight after the last day). */
  closesAt: string;
  lastDay: string;
  position: 'early' | 'open' | 'late';
}

/**
 * A stage's objection window from its FIRST version, the round's objectionDays and the tenant's
 * time zone (core calendar), or null before that stage is announced.
 */
export function objectionStageWindow(
  stage: ObjectionStage,
  announcements: readonly { stage: string; version: number; publishedAt: string }[],
  round: { objectionDays: number; timeZone: string },
  now: Date,
): WindowInfo | null {
  const first = announcements.filter((a) => a.stage === stage).sort((x, y) => x.version - y.version)[0];
  if (!first) return null;
  try {
    const w = objectionWindow(
      first.publishedAt,
      { objectionDays: round.objectionDays, objectionDecisionDays: 1 },
      round.timeZone,
    );
    return {
      announcedAt: first.publishedAt,
      opensAt: w.opensAt,
      closesAt: w.closesAt,
      lastDay: w.lastDay,
      position: windowPosition(now, w),
    };
  } catch {
    return null;
  }
}

/** The administration objection window (objectionStageWindow of ADMINISTRATION). */
export const administrationWindow = (
  announcements: readonly { stage: string; version: number; publishedAt: string }[],
  round: { objectionDays: number; timeZone: string },
  now: Date,
): WindowInfo | null => objectionStageWindow('ADMINISTRATION', announcements, round, now);

/**
 * Whether the stage's LATEST announced version lists this registration number as not passed
 * (only then may the applicant object to an SKD or SKB result).
 */
export function failedExamStage(
  stage: ExamObjectionStage,
  versions: readonly { stage: string; version: number; results: readonly object[] }[],
  registrationNumber: string | null,
): boolean {
  if (!registrationNumber) return false;
  const latest = versions.filter((v) => v.stage === stage).sort((x, y) => y.version - x.version)[0];
  const row = latest?.results.find(
    (r) => (r as { registrationNumber?: unknown }).registrationNumber === registrationNumber,
  ) as { passed?: unknown } | undefined;
  return row !== undefined && row.passed === false;
}

export type ExamObjectionState =
  /** Already filed: show it with its decision. */
  | { kind: 'filed' }
  /** Not for this applicant (passed, not listed, or the stage not announced). */
  | { kind: 'none' }
  | { kind: 'early'; win: WindowInfo }
  | { kind: 'open'; win: WindowInfo }
  | { kind: 'late'; win: WindowInfo };

/** What the applicant's page shows for an exam stage's objection (the form only when open). */
export function examObjectionState(
  stage: ExamObjectionStage,
  app: { registrationNumber: string | null; objections: readonly { stage: string }[] },
  versions: readonly {
    stage: string;
    version: number;
    publishedAt: string;
    results: readonly object[];
  }[],
  round: { objectionDays: number; timeZone: string },
  now: Date,
): ExamObjectionState {
  if (app.objections.some((o) => o.stage === stage)) return { kind: 'filed' };
  if (!failedExamStage(stage, versions, app.registrationNumber)) return { kind: 'none' };
  const win = objectionStageWindow(stage, versions, round, now);
  if (!win) return { kind: 'none' };
  return { kind: win.position, win };
}

/** The body of submitObjection: the stage, the disputed points (trimmed, once each) and the note. */
export function objectionBody(stage: ObjectionStage, disputed: Iterable<string>, note: string) {
  return {
    stage,
    disputed: [...new Set([...disputed].map((d) => d.trim()).filter(Boolean))],
    note: note.trim(),
  };
}

export type ObjectionRefusal =
  | 'early'
  | 'late'
  | 'repeated'
  | 'notTms'
  | 'notFailed'
  | 'ownError'
  | 'notAnnounced'
  | 'documents'
  | 'other';

/** Which of the lifecycle's 409s an objection got (core recruitment/lifecycle.ts), by its text. */
export function objectionRefusal(err: unknown): ObjectionRefusal | null {
  if (!(err instanceof PublicApiError) || err.status !== 409) return null;
  const d = err.detail;
  if (/window opens at/i.test(d)) return 'early';
  if (/window closed/i.test(d)) return 'late';
  if (/already been filed/i.test(d)) return 'repeated';
  if (/only an applicant found TMS/i.test(d)) return 'notTms';
  if (/did not pass the/i.test(d)) return 'notFailed';
  if (/applicant's own/i.test(d)) return 'ownError';
  if (/not announced yet/i.test(d)) return 'notAnnounced';
  if (/no document/i.test(d)) return 'documents';
  return 'other';
}

/** The reasons an applicant may dispute: those not found to be their own error. */
export const disputableReasons = <R extends { applicantError?: boolean }>(reasons: readonly R[]) =>
  reasons.filter((r) => !r.applicantError);
