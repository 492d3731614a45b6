import { BERAKHLAK_VALUES, ROLES } from '@pamong/core';
import type { TestApi } from '../support/app';
import {
  type Account,
  type Fixtures,
  type Item,
  MIN_SECRET_LENGTH,
  namedValuesFor,
  pathValuesFor,
  restoreTable,
  scanTable,
  secondAgencyNamedValuesFor,
  secondAgencyValuesFor,
  stableJson,
  stringsIn,
  type TenantFixture,
  tokensOf,
} from '../support/fixtures';
import {
  buildValidRequest,
  type OpenApiDoc,
  type Operation,
  type PlannedRequest,
  targetParam,
} from './operations';

/**
 * The 360 anonymity check (issue 14 §3: "the assessee, the superior and the admin cannot link an
 * answer to a rater through any route"). The 360 routes are taken from the route table by what they
 * are, a path under /v1/performance/feedback-* or a `{roundId}` parameter, so a new 360 route is
 * checked as soon as it is registered. Each is called as every role of the tenant (the fixture's
 * assessee is the employee, their appraiser the tenant admin, who opened the round; the agency
 * admin is the other admin), as the second agency's admin and employee, and as the raters who
 * answered, on every round of the tenant when its path names one. A write that succeeds is checked
 * for what it stored, every 360 read is called again after it, as everyone, and the table is put back.
 *
 * What the design lets a 360 answer show (packages/core/src/performance/feedback.ts and
 * schemas/performance-feedback.ts, packages/db/src/repos/performance/feedback.ts): a round's subject,
 * period, opening and closing days, and per rater group how many were asked and how many have
 * answered; to the assessee, their appraiser (a unit: its head) and the admins in scope, the
 * averages and shuffled comments of each group with at least the tenant's minimum of answers (the
 * self group, the subject's own, with one); to a rater, their own forms (the round, its subject,
 * their relation, whether they have answered). The opener chose the raters, but no answer lists
 * them back: a round holds counts, a summary aggregates.
 *
 * So the check asserts, of every answer of a 360 route (status and body, problems included, page
 * cursors decoded):
 * 1. it names no rater of any round (their employee id, NIP or name, or a linked account's id, which
 *    is the token's sub, username or name), except the caller themself and a round's subject inside
 *    that round's `subject` field (who the round is about; as its "self" rater their answer is theirs
 *    by design). That is stronger than "no rater next to answer content", on purpose: who was asked,
 *    beside per-group answered counts, tells who answered as soon as a group is full;
 * 2. it holds no answer's stored key: nobody reads a single answer;
 * 3. it holds no time finer than a day: no date-time, no time of day, no epoch number, no field
 *    named as a time (`…At`, `…Time`); each date is a round's opening or closing day; each id is the
 *    id of a stored record that is not an answer (a ULID starts with when it was made, so an id minted
 *    for an answer would date it; a round's id dates its opening, which says nothing of an answer).
 * And of the table, as the fixtures leave it and after every write of the check:
 * 4. an answer item holds its keys, its type, roundId, relation, scores, comment and roundOpenedOn,
 *    nothing else: no identifier of the round's raters, whole scores from 1 to 5 for the seven values,
 *    the round's opening day as its only date, no time, and a random key (32 hex digits, not a ULID);
 * 5. a rater's assignment holds no answer content (scores, comment, answer key) and no time; the
 *    round item no time finer than a day; per group, answers = assignments marked answered = the
 *    round's count; no audit entry records an answer;
 * 6. a write that adds an answer dates nothing (it writes nothing time-like the table did not hold:
 *    an audit entry or an `updatedAt` would date the answer, and the counts would then tell whose it
 *    was), and no item it writes holds both an identifier of the rater and answer content.
 */

/**
 * A 360 route: under /v1/performance/feedback-* (rounds, forms, whatever comes next) or about a
 * performance round. Recruitment's selection rounds (`/recruitment/rounds/{roundId}`) are no 360 round.
 */
export const isFeedbackRoute = (op: Operation) =>
  /^\/v1\/performance\/feedback-[a-z-]+(\/|$)/.test(op.path) ||
  (op.pathParams.includes('roundId') && !op.path.includes('/recruitment/'));

/** The 360 routes when the check was written; the selection above must still find them all. */
export const KNOWN_FEEDBACK_OPERATIONS = [
  'openFeedbackRound',
  'listFeedbackRounds',
  'getFeedbackRound',
  'listMyFeedbackForms',
  'submitFeedback',
  'getFeedbackSummary',
];

/** The attributes of a stored answer (rule 4). A new one is a change to the anonymity design. */
export const ANSWER_ATTRIBUTES = [
  'comment',
  'pk',
  'relation',
  'roundId',
  'roundOpenedOn',
  'scores',
  'sk',
  'type',
];

const DATE_TIME = /\d{4}-\d{2}-\d{2}T\d{2}/;
const TIME_OF_DAY = /(?<![\d:])\d{1,2}:\d{2}(?!\d)/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ULID = /(?<![0-9A-Za-z])[0-7][0-9A-HJKMNP-TV-Z]{25}(?![0-9A-Za-z])/g;
/** Any larger number is read as a time: seconds since 1970 passed 10^9 in 2001. */
const EPOCH = 1e9;
const TIME_KEY = /(At|Time|Timestamp)$|^(at|time|timestamp|ts)$/;
/** The store's page cursors: base64url(JSON) + '.' + HMAC-SHA256 (packages/db/src/cursor.ts). */
const CURSOR = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/;
const ANSWER_PREFIX = 'ANSWER#';

const isAnswer = (i: Item) => i.type === 'FEEDBACK_ANSWER' || String(i.sk ?? '').startsWith(ANSWER_PREFIX);
const itemKey = (i: Item) => `${String(i.pk)}\u0000${String(i.sk)}`;
const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Every key/value pair below `value`, with its path. */
function walk(value: unknown, visit: (key: string, v: unknown, path: string) => void, path = ''): void {
  if (Array.isArray(value)) for (const [i, v] of value.entries()) walk(v, visit, `${path}[${i}]`);
  else if (isObject(value))
    for (const [k, v] of Object.entries(value)) {
      const at = path ? `${path}.${k}` : k;
      visit(k, v, at);
      walk(v, visit, at);
    }
}

interface Rater {
  employeeId: string;
  /** Employee id, NIP, name; each linked account's id (the token's sub), username and name. */
  identifiers: string[];
  /** "the peer who answered round X", one per round they rate. */
  roles: string[];
}

/** What the check needs to know of the 360 data, read from the table (so new rounds count too). */
export interface FeedbackState {
  items: Item[];
  rounds: Item[];
  assignments: Item[];
  answers: Item[];
  raters: Map<string, Rater>;
  /** A user id → the employee it is linked to. */
  userEmployee: Map<string, string>;
  /** The random key of each answer. */
  answerKeys: string[];
  /** Answer comments long enough not to turn up by chance. */
  comments: string[];
  /** `kind|id|name` of each round's subject. */
  subjects: Set<string>;
  /** The opening and closing days of every round. */
  roundDays: Set<string>;
  /** The id of every stored record that is not an answer, and every tenant id. */
  knownIds: Set<string>;
}

export function feedbackState(items: Item[]): FeedbackState {
  const rounds = items.filter((i) => i.type === 'FEEDBACK_ROUND');
  const assignments = items.filter((i) => i.type === 'FEEDBACK_ASSIGNMENT');
  const answers = items.filter(isAnswer);
  const employees = new Map(items.filter((i) => i.type === 'EMPLOYEE').map((e) => [String(e.id), e]));
  const users = items.filter((i) => i.type === 'USER' && typeof i.employeeId === 'string');
  const raters = new Map<string, Rater>();
  for (const a of assignments) {
    const employeeId = String(a.raterId);
    let r = raters.get(employeeId);
    if (!r) {
      const e = employees.get(employeeId);
      const accounts = users.filter((u) => u.employeeId === employeeId);
      const identifiers = [
        employeeId,
        e?.nip,
        e?.name,
        ...accounts.flatMap((u) => [u.id, u.username, u.name]),
      ];
      r = {
        employeeId,
        identifiers: [...new Set(identifiers.filter((x): x is string => typeof x === 'string' && x !== ''))],
        roles: [],
      };
      raters.set(employeeId, r);
    }
    r.roles.push(`the ${a.relation} ${a.answered ? 'who answered' : 'asked to rate'} round ${a.roundId}`);
  }
  const knownIds = new Set<string>();
  for (const i of items) {
    if (isAnswer(i)) continue;
    for (const k of ['id', 'tenantId'] as const) if (typeof i[k] === 'string') knownIds.add(i[k] as string);
  }
  return {
    items,
    rounds,
    assignments,
    answers,
    raters,
    userEmployee: new Map(users.map((u) => [String(u.id), String(u.employeeId)])),
    answerKeys: answers.map((a) => String(a.sk).slice(ANSWER_PREFIX.length)),
    comments: answers
      .map((a) => a.comment)
      .filter((c): c is string => typeof c === 'string' && c.length >= MIN_SECRET_LENGTH),
    subjects: new Set(rounds.map((r) => `${r.subjectKind}|${r.subjectId}|${r.subjectName}`)),
    roundDays: new Set(rounds.flatMap((r) => [String(r.openedOn), String(r.closesOn)])),
    knownIds,
  };
}

/** Whether `text` names `identifier`: as a substring when long enough, else as a whole value. */
function mentions(text: string, values: Set<string>, identifier: string): boolean {
  return identifier.length >= MIN_SECRET_LENGTH ? text.includes(identifier) : values.has(identifier);
}

/**
 * A response body as the check reads it: each page cursor decoded (it carries the keys of the last
 * item read), and a round's `subject` (exactly as stored with a round) set aside: rule 1.
 */
function prepare(value: unknown, state: FeedbackState): unknown {
  if (Array.isArray(value)) return value.map((v) => prepare(v, state));
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const subject = isObject(v) && state.subjects.has(`${v.kind}|${v.id}|${v.name}`);
      out[k] = k === 'subject' && subject ? '(the subject of a round)' : prepare(v, state);
    }
    return out;
  }
  if (typeof value === 'string' && CURSOR.test(value)) {
    try {
      return { decodedCursor: JSON.parse(Buffer.from(value.split('.')[0]!, 'base64url').toString('utf8')) };
    } catch {
      return value;
    }
  }
  return value;
}

/**
 * Rule 3 (and the time part of 4 and 5): what in `value` is finer than a day. `known`, when given,
 * holds the ids `value` may carry (`are` says what they are, for the message).
 */
function timeViolations(
  value: unknown,
  days: Set<string>,
  known?: { ids: Set<string>; are: string },
): string[] {
  const out: string[] = [];
  walk(value, (key, v, path) => {
    if (TIME_KEY.test(key)) out.push(`${path}: a field named as a time`);
    if (typeof v === 'number' && Math.abs(v) >= EPOCH) out.push(`${path}: ${v} reads as an epoch time`);
    if (typeof v !== 'string') return;
    if (DATE_TIME.test(v) || TIME_OF_DAY.test(v)) out.push(`${path}: "${v}" holds a time of day`);
    if (DAY.test(v) && !days.has(v)) out.push(`${path}: "${v}" is not a round's opening or closing day`);
    if (known)
      for (const id of v.match(ULID) ?? [])
        if (!known.ids.has(id))
          out.push(`${path}: "${id}" is not ${known.are} (a ULID dates what it was minted for)`);
  });
  return out;
}

/** Rules 1-3, for one answer of a 360 route to a caller linked to `callerEmployeeId` (if any). */
export function responseViolations(
  state: FeedbackState,
  callerEmployeeId: string | undefined,
  body: unknown,
): string[] {
  const prepared = prepare(body, state);
  const text = JSON.stringify(prepared) ?? '';
  const values = stringsIn(prepared);
  const out: string[] = [];
  for (const r of state.raters.values()) {
    if (r.employeeId === callerEmployeeId) continue;
    const named = r.identifiers.filter((id) => mentions(text, values, id));
    if (named.length > 0) out.push(`names a rater (${r.roles.join('; ')}): ${named.join(', ')}`);
  }
  for (const key of state.answerKeys)
    if (text.includes(key)) out.push(`holds the stored key of an answer (${key})`);
  out.push(
    ...timeViolations(prepared, state.roundDays, {
      ids: state.knownIds,
      are: 'the id of a stored record other than an answer',
    }),
  );
  return out;
}

/** Rules 4 and 5: the stored 360 items of every round in the table. */
export function storedViolations(state: FeedbackState): string[] {
  const out: string[] = [];
  const answerValues = [...BERAKHLAK_VALUES].sort();
  for (const round of state.rounds) {
    const roundId = String(round.id);
    const tenantId = /^T#([^#]+)#/.exec(String(round.pk))?.[1] ?? '';
    const raters = state.assignments
      .filter((a) => a.roundId === roundId)
      .map((a) => state.raters.get(String(a.raterId))!);
    const answers = state.answers.filter((a) => a.pk === round.pk);
    for (const a of answers) {
      const where = `answer ${String(a.sk)} of round ${roundId}`;
      const attributes = Object.keys(a).sort();
      if (stableJson(attributes) !== stableJson(ANSWER_ATTRIBUTES))
        out.push(`${where} holds ${attributes.join(', ')}; an answer holds ${ANSWER_ATTRIBUTES.join(', ')}`);
      const text = JSON.stringify(a);
      const values = stringsIn(a);
      for (const r of raters) {
        const named = r.identifiers.filter((id) => mentions(text, values, id));
        if (named.length > 0) out.push(`${where} names a rater of the round: ${named.join(', ')}`);
      }
      const scores = isObject(a.scores) ? a.scores : {};
      if (stableJson(Object.keys(scores).sort()) !== stableJson(answerValues))
        out.push(`${where}: its scores are not the seven BerAKHLAK values`);
      for (const [k, v] of Object.entries(scores))
        if (!Number.isInteger(v) || (v as number) < 1 || (v as number) > 5)
          out.push(`${where}: scores.${k} is ${String(v)}, not a whole score from 1 to 5`);
      if (a.roundOpenedOn !== round.openedOn)
        out.push(
          `${where}: roundOpenedOn ${String(a.roundOpenedOn)} is not the round's day ${String(round.openedOn)}`,
        );
      const suffix = String(a.sk).slice(ANSWER_PREFIX.length);
      if (!/^[0-9a-f]{32}$/.test(suffix)) out.push(`${where}: its key is not 32 random hex digits`);
      out.push(
        ...timeViolations(a, new Set([String(round.openedOn)]), {
          ids: new Set([roundId, tenantId]),
          are: "the round's or the tenant's id",
        }).map((v) => `${where}: ${v}`),
      );
    }
    const days = new Set([String(round.openedOn), String(round.closesOn)]);
    const markers = state.assignments.filter((a) => a.roundId === roundId);
    for (const m of markers) {
      const where = `the assignment of rater ${String(m.raterId)} to round ${roundId}`;
      const text = JSON.stringify(m);
      if ('scores' in m || 'comment' in m) out.push(`${where} holds answer content`);
      for (const key of state.answerKeys) if (text.includes(key)) out.push(`${where} holds an answer key`);
      if (m.answered !== undefined && m.answered !== true)
        out.push(`${where}: answered is ${String(m.answered)}`);
      out.push(...timeViolations(m, days).map((v) => `${where}: ${v}`));
    }
    out.push(...timeViolations(round, days).map((v) => `round ${roundId}: ${v}`));
    const counts = (isObject(round.answeredCounts) ? round.answeredCounts : {}) as Record<string, number>;
    const relations = new Set([
      ...Object.keys(counts),
      ...answers.map((a) => String(a.relation)),
      ...markers.map((m) => String(m.relation)),
    ]);
    for (const rel of relations) {
      const given = answers.filter((a) => a.relation === rel).length;
      const marked = markers.filter((m) => m.relation === rel && m.answered === true).length;
      if (given !== marked || given !== (counts[rel] ?? 0))
        out.push(
          `round ${roundId}, ${rel}: ${given} answers, ${marked} raters marked answered, a count of ${counts[rel] ?? 0}`,
        );
    }
  }
  for (const audit of state.items.filter((i) => i.type === 'AUDIT')) {
    const text = JSON.stringify(audit);
    const where = `audit entry ${String(audit.pk)} / ${String(audit.sk)} (${String(audit.action)})`;
    if (
      /feedback/i.test(`${audit.action} ${audit.entityType}`) &&
      /answer|submit/i.test(String(audit.action))
    )
      out.push(`${where} records an answer`);
    for (const c of [...state.answerKeys, ...state.comments])
      if (text.includes(c)) out.push(`${where} holds part of an answer: ${c}`);
  }
  return out;
}

/** Everything time-like in `items`: date-times, times of day, days, epoch numbers, ULIDs. */
function timeLike(items: Item[]): Set<string> {
  const out = new Set<string>();
  walk(items, (_k, v) => {
    if (typeof v === 'number' && Math.abs(v) >= EPOCH) out.add(String(v));
    if (typeof v !== 'string') return;
    if (DATE_TIME.test(v) || TIME_OF_DAY.test(v) || DAY.test(v)) out.add(v);
    for (const id of v.match(ULID) ?? []) out.add(id);
  });
  return out;
}

/** Rule 6: what a write by a caller with these identifiers stored (`before` → `after`). */
export function writeViolations(before: Item[], after: FeedbackState, callerIdentifiers: string[]): string[] {
  const old = new Map(before.map((i) => [itemKey(i), i]));
  const written = after.items.filter((i) => {
    const was = old.get(itemKey(i));
    return !was || stableJson(was) !== stableJson(i);
  });
  const out: string[] = [];
  const describe = (i: Item) => `${String(i.type)} ${String(i.pk)} / ${String(i.sk)}`;
  if (written.some((i) => isAnswer(i) && !old.has(itemKey(i)))) {
    const held = timeLike(before);
    for (const i of written) {
      const dated = [...timeLike([i])].filter((s) => !held.has(s));
      if (dated.length > 0)
        out.push(`the write that added an answer dated it: ${describe(i)} holds ${dated.join(', ')}`);
    }
  }
  for (const i of written) {
    const text = JSON.stringify(i);
    const content =
      isAnswer(i) || 'scores' in i || 'comment' in i || after.answerKeys.some((k) => text.includes(k));
    const values = stringsIn(i);
    const named = callerIdentifiers.filter((id) => mentions(text, values, id));
    if (content && named.length > 0)
      out.push(`${describe(i)} holds answer content and names the rater: ${named.join(', ')}`);
  }
  return out;
}

export interface Caller {
  /** Who this is in the fixture, for failure messages. */
  label: string;
  token: string;
  userId: string;
  /** Whose records a generated request names: the first agency's, or the second's. */
  side: 'first' | 'second';
}

/** Every role of tenant A, the second agency's admin and employee, and the fixture round's raters. */
export function callersOf(fx: Fixtures): Caller[] {
  const a = fx.a;
  const tokens = tokensOf(fx, a);
  // Who they are to the fixture round (performance.roundId); all but the applicant and the
  // platform admin also rate or read other rounds.
  const about: Record<string, string> = {
    employee: ', the assessee',
    'tenant-admin': ", the assessee's superior (appraiser), who opened the round",
    supervisor: ', a rater who answered',
  };
  const of = (label: string, account: Account, side: Caller['side']): Caller => ({
    label,
    token: account.token,
    userId: account.id,
    side,
  });
  return [
    ...ROLES.map((role) => ({
      label: `${role}${about[role] ?? ''}`,
      token: tokens[role],
      userId: role === 'platform-admin' ? 'platform-root' : a.users[role].id,
      side: 'first' as const,
    })),
    of("the second agency's admin", a.secondAgency.admin, 'second'),
    of("the second agency's employee", a.secondAgency.staff, 'second'),
    ...a.performance.roundAnswers.accounts.map((account) =>
      of(`employee ${account.username}, a rater who answered`, account, 'first'),
    ),
  ];
}

export interface CheckContext {
  t: TestApi;
  doc: OpenApiDoc;
  tenant: TenantFixture;
  callers: Caller[];
  /** The 360 reads, called again as everyone after each write. */
  reads: Operation[];
  /** The table as the fixtures left it: put back after each write. */
  baseline: Item[];
}

export interface Call {
  caller: string;
  request: string;
  status: number;
}

let commentSerial = 0;

function requestFor(
  ctx: CheckContext,
  op: Operation,
  caller: Caller,
  roundId: string | undefined,
  state: FeedbackState,
): PlannedRequest {
  const second = caller.side === 'second';
  const pathValues = (second ? secondAgencyValuesFor : pathValuesFor)(ctx.tenant, op.path);
  if (roundId) pathValues.roundId = roundId;
  const target = targetParam(op);
  const stored = target
    ? state.items.find(
        (i) => i.id === pathValues[target] && typeof i.version === 'number' && i.type !== 'AUDIT',
      )
    : undefined;
  commentSerial += 1;
  const named = {
    ...(second ? secondAgencyNamedValuesFor : namedValuesFor)(ctx.tenant, op.path),
    version: (stored?.version as number | undefined) ?? 1,
    // An answer the check gives carries a comment, so it is answer content a leak would show.
    comment: `Komentar uji anonimitas ${commentSerial}`,
  };
  return buildValidRequest(op, { pathValues, named, doc: ctx.doc });
}

/** The rounds of the tenant under test, in a stable order. */
const roundsOf = (state: FeedbackState, tenant: TenantFixture) =>
  state.rounds
    .filter((r) => String(r.pk).startsWith(`T#${tenant.id}#`))
    .map((r) => String(r.id))
    .sort();

type Response = { status: number; body: unknown };

async function callAll(
  ctx: CheckContext,
  op: Operation,
  state: FeedbackState,
  roundIds: string[],
  onEach: (caller: Caller, roundId: string | undefined, req: PlannedRequest, res: Response) => Promise<void>,
): Promise<void> {
  const rounds = op.pathParams.includes('roundId') ? roundIds : [undefined];
  for (const caller of ctx.callers)
    for (const roundId of rounds) {
      const req = requestFor(ctx, op, caller, roundId, state);
      const res = await ctx.t.call(req.method, req.url, { token: caller.token, body: req.body });
      await onEach(caller, roundId, req, res);
    }
}

function record(
  state: FeedbackState,
  caller: Caller,
  req: PlannedRequest,
  res: Response,
  out: { calls: Call[]; violations: string[] },
  when = '',
): void {
  const text = JSON.stringify(res.body) ?? '';
  const request = `${req.method} ${req.url}`;
  out.calls.push({ caller: caller.label, request, status: res.status });
  const found = responseViolations(state, state.userEmployee.get(caller.userId), res.body);
  if (res.status >= 500) found.push('a 5xx');
  for (const v of found)
    out.violations.push(
      `${request}${when} as ${caller.label}: ${res.status}: ${v}\n  body: ${text.slice(0, 600)}`,
    );
}

/**
 * Calls `op` as every caller (on every round of the tenant when its path names one) and returns
 * what breaks rules 1-6, and every call made (the reads after each write included).
 */
export async function checkFeedbackOperation(
  ctx: CheckContext,
  op: Operation,
): Promise<{ violations: string[]; calls: Call[] }> {
  const out = { violations: [] as string[], calls: [] as Call[] };
  const items = await scanTable(ctx.t);
  const state = feedbackState(items);
  await callAll(ctx, op, state, roundsOf(state, ctx.tenant), async (caller, roundId, req, res) => {
    if (op.method === 'GET' || res.status >= 300) {
      record(state, caller, req, res, out);
      if (op.method !== 'GET') await restoreTable(ctx.t, ctx.baseline);
      return;
    }
    // A write: its answer is read against what the table holds now (a new round is a stored record).
    const after = feedbackState(await scanTable(ctx.t));
    record(after, caller, req, res, out);
    const own = state.userEmployee.get(caller.userId);
    const identifiers = [caller.userId, ...(own ? (after.raters.get(own)?.identifiers ?? [own]) : [])];
    for (const v of [...writeViolations(items, after, identifiers), ...storedViolations(after)])
      out.violations.push(`${req.method} ${req.url} as ${caller.label}, then the table: ${v}`);
    // Every read again, as everyone: on the round written to, or (a new round) on all of them.
    const when = ` (after ${req.method} ${req.url} as ${caller.label})`;
    for (const read of ctx.reads)
      await callAll(
        ctx,
        read,
        after,
        roundId ? [roundId] : roundsOf(after, ctx.tenant),
        async (c, _r, q, r) => record(after, c, q, r, out, when),
      );
    await restoreTable(ctx.t, ctx.baseline);
  });
  return out;
}
