import { BatchWriteCommand, type BatchWriteCommandOutput } from '@aws-sdk/lib-dynamodb';
import { type Page, type QuerySpec, Store, type TxItem } from './store';

/**
 * Bulk writes through the repositories' own code. A repository function given a `DeferredStore`
 * builds and "sends" its transaction exactly as it does for a request, but the transaction is only
 * recorded; `flush()` then writes the recorded transactions with `writeTransactions`, many to each
 * TransactWriteItems call. Every item, guard, counter ADD and audit entry is the repository's.
 *
 * Why a call may hold several transactions: transactions on different items give the same result
 * in one all-or-nothing call as in separate calls. Two transactions that touch the same item go in
 * one call only when both merely add to it (a unit's IKM counters, an agency's headcount): their
 * ADDs are summed into one update of that item, which is what the two updates do one after the
 * other, and both transactions still succeed or fail together with everything they count.
 */

/** DynamoDB's limit on the items of one TransactWriteItems. */
export const MAX_TRANSACTION_ITEMS = 100;

type Key = { pk: string; sk: string };
type Op = TxItem['op'];
type Update = NonNullable<Op['Update']>;

function target(op: Op) {
  const t = op.Put ?? op.Update ?? op.Delete ?? op.ConditionCheck;
  if (!t) throw new Error('a transaction item needs Put, Update, Delete or ConditionCheck');
  return t;
}

function keyOf(op: Op): Key {
  const t = target(op);
  const key = ('Item' in t ? t.Item : t.Key) as Partial<Key> | undefined;
  if (typeof key?.pk !== 'string' || typeof key.sk !== 'string')
    throw new Error('a transaction item needs a string pk and sk');
  return key as Key;
}

const opKey = (op: Op) => {
  const key = keyOf(op);
  return `${target(op).TableName}\u0000${key.pk}\u0000${key.sk}`;
};
const cacheKey = (k: Key) => `${k.pk}\u0000${k.sk}`;

/** The keys of one transaction; DynamoDB refuses a transaction that names an item twice. */
export function transactionKeys(items: readonly TxItem[]): string[] {
  const keys = items.map((i) => opKey(i.op));
  if (new Set(keys).size !== keys.length) throw new Error('a transaction names the same item twice');
  if (items.length > MAX_TRANSACTION_ITEMS)
    throw new Error(`a transaction has ${items.length} items (at most ${MAX_TRANSACTION_ITEMS})`);
  return keys;
}

// ---- which writes can share a call ----

const CONDITION_WORDS = new Set([
  'and',
  'or',
  'not',
  'in',
  'between',
  'attribute_exists',
  'attribute_not_exists',
  'attribute_type',
  'begins_with',
  'contains',
  'size',
]);

interface Condition {
  expression: string;
  names: [string, string][];
  values: [string, unknown][];
  /** The attributes the condition reads. */
  reads: Set<string>;
}

/** A condition on top-level attributes only (anything fancier is never merged). */
function conditionOf(
  expression: string | undefined,
  names: Record<string, string> = {},
  values: Record<string, unknown> = {},
): Condition | null | 'complex' {
  if (!expression) return null;
  if (/[.[\]]/.test(expression)) return 'complex';
  const used = (prefix: string) =>
    [...new Set(expression.match(/[#:][A-Za-z0-9_]+/g) ?? [])].filter((p) => p.startsWith(prefix)).sort();
  const usedNames = used('#').map((p): [string, string] => [p, names[p]!]);
  const bare = expression.replace(/[#:][A-Za-z0-9_]+/g, ' ').match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
  return {
    expression,
    names: usedNames,
    values: used(':').map((p): [string, unknown] => [p, values[p]]),
    reads: new Set([
      ...usedNames.map(([, n]) => n),
      ...bare.filter((w) => !CONDITION_WORDS.has(w.toLowerCase())),
    ]),
  };
}

interface Increment {
  /** SET assignments (attribute → value) and ADD amounts (attribute → number). */
  set: [string, unknown][];
  add: [string, number][];
  condition: Condition | null;
}

/** An update that only assigns values and adds numbers to top-level attributes, or null. */
function incrementOf(u: Update): Increment | null {
  const expression = u.UpdateExpression;
  if (!expression || /[()[\].+-]/.test(expression)) return null;
  const names = (u.ExpressionAttributeNames ?? {}) as Record<string, string>;
  const values = (u.ExpressionAttributeValues ?? {}) as Record<string, unknown>;
  const attr = (path: string) => (path.startsWith('#') ? names[path] : path);
  const set: [string, unknown][] = [];
  const add: [string, number][] = [];
  const sections = expression.split(/(?:^|\s)(SET|ADD|REMOVE|DELETE)(?=\s)/i).slice(1);
  for (let i = 0; i < sections.length; i += 2) {
    const kind = sections[i]!.toUpperCase();
    for (const part of sections[i + 1]!.split(',')) {
      const m =
        kind === 'SET'
          ? /^\s*(#?\w+)\s*=\s*(:\w+)\s*$/.exec(part)
          : kind === 'ADD'
            ? /^\s*(#?\w+)\s+(:\w+)\s*$/.exec(part)
            : null;
      const name = m ? attr(m[1]!) : undefined;
      if (!m || name === undefined || !(m[2]! in values)) return null;
      const value = values[m[2]!];
      if (kind === 'SET') set.push([name, value]);
      else if (typeof value === 'number' && Number.isFinite(value)) add.push([name, value]);
      else return null;
    }
  }
  const written = [...set, ...add].map(([n]) => n);
  if (new Set(written).size !== written.length) return null;
  const condition = conditionOf(u.ConditionExpression, names, values);
  if (condition === 'complex') return null;
  // A condition on what is being added (free seats, a rate limit) depends on the order: never merged.
  if (condition && written.some((n) => condition.reads.has(n))) return null;
  return { set, add, condition };
}

interface Shape {
  key: string;
  /**
   * Writes on one item with the same `merge` may share a call and become one write: identical
   * checks, or increments whose assignments and condition are equal. null: the write needs its
   * item to itself.
   */
  merge: string | null;
  increment?: Increment;
}

function shapeOf(item: TxItem): Shape {
  const op = item.op;
  const key = opKey(op);
  if (op.ConditionCheck) {
    const c = op.ConditionCheck;
    const condition = conditionOf(
      c.ConditionExpression,
      c.ExpressionAttributeNames as Record<string, string>,
      c.ExpressionAttributeValues as Record<string, unknown>,
    );
    if (condition === 'complex' || !condition) return { key, merge: null };
    return { key, merge: JSON.stringify(['check', condition.expression, condition.names, condition.values]) };
  }
  if (op.Update) {
    const increment = incrementOf(op.Update);
    if (!increment) return { key, merge: null };
    const c = increment.condition;
    const merge = JSON.stringify([
      'add',
      c?.expression ?? null,
      c?.names ?? [],
      c?.values ?? [],
      [...increment.set].sort(([a], [b]) => (a < b ? -1 : 1)),
      op.Update.ReturnValuesOnConditionCheckFailure ?? null,
    ]);
    return { key, merge, increment };
  }
  return { key, merge: null };
}

/** One write for several mergeable writes on one item (see `Shape.merge`). */
function mergeWrites(items: TxItem[], shapes: Shape[]): TxItem {
  const first = items[0]!;
  if (items.length === 1 || first.op.ConditionCheck) return first;
  const u = first.op.Update!;
  const increment = shapes[0]!.increment!;
  const sums = new Map<string, number>();
  for (const s of shapes) for (const [name, n] of s.increment!.add) sums.set(name, (sums.get(name) ?? 0) + n);
  const names: Record<string, string> = Object.fromEntries(increment.condition?.names ?? []);
  const values: Record<string, unknown> = Object.fromEntries(increment.condition?.values ?? []);
  const sets = increment.set.map(([name, value], i) => {
    names[`#bulkSet${i}`] = name;
    values[`:bulkSet${i}`] = value;
    return `#bulkSet${i} = :bulkSet${i}`;
  });
  const adds = [...sums].map(([name, n], i) => {
    names[`#bulkAdd${i}`] = name;
    values[`:bulkAdd${i}`] = n;
    return `#bulkAdd${i} :bulkAdd${i}`;
  });
  const merged: Update = {
    TableName: u.TableName,
    Key: u.Key,
    UpdateExpression: [
      sets.length ? `SET ${sets.join(', ')}` : '',
      adds.length ? `ADD ${adds.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join(' '),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
    ...(increment.condition ? { ConditionExpression: increment.condition.expression } : {}),
    ...(u.ReturnValuesOnConditionCheckFailure
      ? { ReturnValuesOnConditionCheckFailure: u.ReturnValuesOnConditionCheckFailure }
      : {}),
  };
  return { op: { Update: merged }, onConditionFailed: first.onConditionFailed };
}

// ---- packing ----

export interface TransactionPack {
  /** What is sent: the transactions' writes, with mergeable writes on one item made one. */
  items: TxItem[];
  /** Indexes of the transactions packed here, in the order given. */
  transactions: number[];
  /** Earlier packs that must have been written first. */
  after: number[];
  /** The repositories' writes in this pack, before merging. */
  writes: number;
}

export interface PackOptions {
  maxItems?: number;
  /**
   * true (default): a transaction that shares an item with an earlier one is written after it,
   * as when each request waits for the one before (a unit after its parent, a training after the
   * competencies it checks); nothing is merged. false: the transactions are like requests that
   * arrive together, each built from what the table held before any of them, so any order is one
   * the API could have produced; transactions that add to the same item may then share a call.
   */
  ordered?: boolean;
}

/**
 * Packs transactions into few calls of at most `maxItems` writes, keeping each transaction whole.
 * Packs are filled one after another from the transactions free to go, the longest remaining chain
 * (ordered) or the most contended item first: an item that 90 transactions each need to themselves
 * (service codes of one batch, a position's seats) takes 90 packs, so its transactions are spread
 * from the start. Among equals, transactions that add to the same items go together, so their
 * increments merge.
 */
export function packTransactions(
  transactions: readonly (readonly TxItem[])[],
  opts: PackOptions = {},
): TransactionPack[] {
  const maxItems = opts.maxItems ?? MAX_TRANSACTION_ITEMS;
  const ordered = opts.ordered ?? true;
  const n = transactions.length;
  const shapes = transactions.map((tx) => {
    if (tx.length > maxItems) throw new Error(`a transaction has ${tx.length} items (at most ${maxItems})`);
    transactionKeys(tx);
    return tx.map((item) => (ordered ? { key: opKey(item.op), merge: null } : shapeOf(item)));
  });

  const successors: number[][] = Array.from({ length: n }, () => []);
  const predecessors: number[][] = Array.from({ length: n }, () => []);
  /** Per item needed to itself, the transactions not yet packed that need it. */
  const contended = new Map<string, number>();
  const lastWith = new Map<string, number>();
  shapes.forEach((ops, i) => {
    const before = new Set<number>();
    for (const { key, merge } of ops) {
      if (merge === null) contended.set(key, (contended.get(key) ?? 0) + 1);
      const previous = lastWith.get(key);
      if (ordered && previous !== undefined) before.add(previous);
      lastWith.set(key, i);
    }
    for (const b of before) {
      successors[b]!.push(i);
      predecessors[i]!.push(b);
    }
  });
  const waitingFor = predecessors.map((p) => p.length);
  const height = new Array<number>(n).fill(1);
  for (let i = n - 1; i >= 0; i--)
    for (const s of successors[i]!) height[i] = Math.max(height[i]!, height[s]! + 1);
  // Transactions adding to the same items sort next to each other.
  const groups = shapes.map((ops) =>
    ops
      .filter((o) => o.merge !== null)
      .map((o) => o.key)
      .sort()
      .join('\u0001'),
  );
  const groupRank = new Map([...new Set(groups)].sort().map((g, i) => [g, i]));

  const packOf = new Array<number>(n).fill(-1);
  const packs: TransactionPack[] = [];
  let ready: number[] = [];
  for (let i = 0; i < n; i++) if (transactions[i]!.length > 0 && waitingFor[i] === 0) ready.push(i);
  while (ready.length > 0) {
    const score = new Map(
      ready.map((i) => [
        i,
        Math.max(height[i]!, ...shapes[i]!.map((o) => (o.merge === null ? contended.get(o.key)! : 0))),
      ]),
    );
    ready.sort(
      (a, b) =>
        score.get(b)! - score.get(a)! || groupRank.get(groups[a]!)! - groupRank.get(groups[b]!)! || a - b,
    );
    const inPack = new Map<string, { merge: string | null; items: TxItem[]; shapes: Shape[] }>();
    let size = 0;
    const members: number[] = [];
    const left: number[] = [];
    for (const i of ready) {
      const ops = shapes[i]!;
      const added = ops.filter((o) => !inPack.has(o.key)).length;
      const fits =
        size + added <= maxItems &&
        ops.every((o) => {
          const there = inPack.get(o.key);
          return !there || (there.merge !== null && there.merge === o.merge);
        });
      if (!fits) {
        left.push(i);
        continue;
      }
      transactions[i]!.forEach((item, j) => {
        const there = inPack.get(ops[j]!.key);
        if (there) {
          there.items.push(item);
          there.shapes.push(ops[j]!);
        } else inPack.set(ops[j]!.key, { merge: ops[j]!.merge, items: [item], shapes: [ops[j]!] });
      });
      size += added;
      members.push(i);
      packOf[i] = packs.length;
    }
    const unlocked: number[] = [];
    for (const i of members) {
      for (const o of shapes[i]!) if (o.merge === null) contended.set(o.key, contended.get(o.key)! - 1);
      for (const s of successors[i]!) if (--waitingFor[s]! === 0) unlocked.push(s);
    }
    packs.push({
      items: [...inPack.values()].map((w) => mergeWrites(w.items, w.shapes)),
      transactions: members.sort((a, b) => a - b),
      after: [],
      writes: members.reduce((sum, i) => sum + transactions[i]!.length, 0),
    });
    ready = [...left, ...unlocked];
  }
  // A pack waits for the packs holding its transactions' predecessors (always earlier ones).
  packs.forEach((pack, p) => {
    const after = new Set<number>();
    for (const i of pack.transactions) for (const b of predecessors[i]!) after.add(packOf[b]!);
    after.delete(p);
    pack.after = [...after].sort((a, b) => a - b);
  });
  return packs;
}

// ---- writing ----

export interface BulkWriteOptions extends PackOptions {
  /** Calls in flight at once (default 3) among packs that share no item. */
  concurrency?: number;
  /**
   * The table held none of the items these writes name when the first of them began, and nothing
   * else writes to it meanwhile: a seed into a table it has just created. `written` collects the
   * key of every item written, across calls. A Put of an item not written yet, with no condition
   * or only `attribute_not_exists(pk)`, then cannot fail, so it goes out in BatchWriteItem (on
   * DynamoDB Local about twice the items per second of TransactWriteItems), after the rest of its
   * pack has been written in one transaction. What is written is the same.
   */
  emptyTable?: EmptyTable;
  /** Called after each call with the running totals. */
  onProgress?: (written: BulkWriteResult) => void;
}

export interface BulkWriteResult {
  /** The repositories' transactions written. */
  transactions: number;
  /** Their writes (items put, updated, deleted or checked). */
  items: number;
  /** TransactWriteItems (and BatchWriteItem, see `emptyTable`) calls made. */
  calls: number;
}

/** See `BulkWriteOptions.emptyTable`. */
export interface EmptyTable {
  written: Set<string>;
}

/** DynamoDB's limit on the writes of one BatchWriteItem. */
export const MAX_BATCH_WRITES = 25;

/** A Put that only an item already there could fail: none or `attribute_not_exists(pk)`. */
function putsNewItem(op: Op): boolean {
  const put = op.Put;
  if (!put) return false;
  const condition = put.ConditionExpression?.replace(/\s+/g, '');
  return condition === undefined || condition === 'attribute_not_exists(pk)';
}

/**
 * Splits a pack's writes for an empty table: Puts of items not written yet, which cannot fail, and
 * the rest, which keep their transaction.
 */
export function splitNewPuts(
  items: readonly TxItem[],
  empty: EmptyTable,
): { puts: TxItem[]; rest: TxItem[] } {
  const puts: TxItem[] = [];
  const rest: TxItem[] = [];
  for (const item of items)
    (putsNewItem(item.op) && !empty.written.has(opKey(item.op)) ? puts : rest).push(item);
  return { puts, rest };
}

/**
 * Puts items with BatchWriteItem, 25 to a call and the calls side by side; what DynamoDB leaves
 * unprocessed (throttling) is sent again after a pause. Returns the number of calls.
 */
async function batchPut(store: Store, puts: readonly TxItem[]): Promise<number> {
  const byTable = (chunk: readonly TxItem[]) => {
    const request: Record<string, { PutRequest: { Item: Record<string, unknown> } }[]> = {};
    for (const { op } of chunk) {
      const table = op.Put!.TableName!;
      request[table] = [...(request[table] ?? []), { PutRequest: { Item: op.Put!.Item! } }];
    }
    return request;
  };
  const chunks: TxItem[][] = [];
  for (let i = 0; i < puts.length; i += MAX_BATCH_WRITES) chunks.push(puts.slice(i, i + MAX_BATCH_WRITES));
  const calls = await Promise.all(
    chunks.map(async (chunk) => {
      let pending: BatchWriteCommandOutput['UnprocessedItems'] = byTable(chunk);
      let made = 0;
      for (let attempt = 0; pending && Object.keys(pending).length > 0; attempt++) {
        if (attempt > 8)
          throw Object.assign(new Error('BatchWriteItem kept leaving items unprocessed'), {
            name: 'ThrottlingException',
          });
        if (attempt > 0) await new Promise((r) => setTimeout(r, 20 * 2 ** Math.min(attempt, 6)));
        const out: BatchWriteCommandOutput = await store.doc.send(
          new BatchWriteCommand({ RequestItems: pending }),
        );
        made += 1;
        pending = out.UnprocessedItems;
      }
      return made;
    }),
  );
  return calls.reduce((a, b) => a + b, 0);
}

/** A transaction of the batch failed; nothing of it was written. `cause` is the repository's own error. */
export class BulkWriteError extends Error {
  constructor(
    readonly transaction: number,
    readonly items: readonly TxItem[],
    override readonly cause: unknown,
  ) {
    super(`transaction ${transaction} of the batch failed: ${(cause as Error)?.message ?? String(cause)}`);
    this.name = 'BulkWriteError';
  }
}

/**
 * Writes the transactions through `store.transact` (its resending on TransactionConflict and its
 * mapping of a failed condition to the repository's error included), packed as above, with a few
 * calls in flight that share no item. When a pack fails, its transactions are sent one by one: the
 * others of that pack are written, no further pack is started, and the first failure is thrown as
 * a BulkWriteError.
 */
export async function writeTransactions(
  store: Store,
  transactions: readonly (readonly TxItem[])[],
  opts: BulkWriteOptions = {},
): Promise<BulkWriteResult> {
  const packs = packTransactions(transactions, opts);
  const keysOfPack = packs.map((p) => p.items.map((i) => opKey(i.op)));
  const concurrency = Math.max(1, opts.concurrency ?? 3);
  const result: BulkWriteResult = { transactions: 0, items: 0, calls: 0 };
  const done = new Array<boolean>(packs.length).fill(false);
  const started = new Array<boolean>(packs.length).fill(false);
  const busy = new Set<string>();
  let failure: unknown;
  let inFlight = 0;
  let firstPending = 0;

  const writePack = async (pack: TransactionPack) => {
    // Decided when the pack starts: an earlier pack may have written one of its items.
    const { puts, rest } = opts.emptyTable
      ? splitNewPuts(pack.items, opts.emptyTable)
      : { puts: [], rest: pack.items };
    const markWritten = (items: readonly TxItem[]) => {
      for (const item of items) opts.emptyTable?.written.add(opKey(item.op));
    };
    try {
      if (rest.length > 0) {
        await store.transact(rest);
        result.calls += 1;
      }
      markWritten(rest);
    } catch (err) {
      if (pack.transactions.length === 1) throw new BulkWriteError(pack.transactions[0]!, pack.items, err);
      let first: BulkWriteError | undefined;
      for (const index of pack.transactions) {
        const tx = transactions[index]!;
        try {
          await store.transact([...tx]);
          result.calls += 1;
          markWritten(tx);
        } catch (single) {
          first ??= new BulkWriteError(index, tx, single);
        }
      }
      if (first) throw first;
      // Each transaction went whole, new items included.
      puts.length = 0;
    }
    if (puts.length > 0) {
      try {
        result.calls += await batchPut(store, puts);
      } catch (err) {
        throw new BulkWriteError(pack.transactions[0]!, pack.items, err);
      }
      markWritten(puts);
    }
    result.transactions += pack.transactions.length;
    result.items += pack.writes;
    opts.onProgress?.({ ...result });
  };

  // A pack only waits for packs before it, so the first one not started is always free to go once
  // nothing is in flight: this cannot stall.
  await new Promise<void>((resolve) => {
    const pump = () => {
      while (firstPending < packs.length && started[firstPending]) firstPending++;
      if (failure !== undefined || firstPending === packs.length) {
        if (inFlight === 0) resolve();
        return;
      }
      for (let i = firstPending; i < packs.length && inFlight < concurrency; i++) {
        if (started[i] || !packs[i]!.after.every((d) => done[d])) continue;
        // Two calls on one item at once: DynamoDB cancels one (TransactionConflict) and it is resent.
        if (keysOfPack[i]!.some((k) => busy.has(k))) continue;
        started[i] = true;
        inFlight += 1;
        for (const k of keysOfPack[i]!) busy.add(k);
        const settle = (err?: unknown) => {
          if (err === undefined) done[i] = true;
          else failure ??= err;
          inFlight -= 1;
          for (const k of keysOfPack[i]!) busy.delete(k);
          pump();
        };
        writePack(packs[i]!).then(() => settle(), settle);
      }
    };
    pump();
  });
  if (failure !== undefined) throw failure;
  return result;
}

// ---- a store that records ----

/**
 * A Store for bulk work with the repositories' unchanged functions: `transact` records the
 * transaction instead of sending it, and `flush` writes everything recorded with
 * `writeTransactions`. Reads see the table as of the last flush, the way requests running at the
 * same time see it; the transactions' own conditions (versions, `attribute_not_exists`, seats)
 * still decide when they are written, so work that would race fails loudly instead of writing
 * wrong data.
 *
 * A flush runs in the background while the next work is recorded: a read waits only when it needs
 * an item that a flush in progress writes, and each flush starts after the one before. Reads asked
 * for together go out together (one BatchGetItem per 100 keys), and items read are kept until a
 * flush writes them, so the same agency or position is read once.
 */
export class DeferredStore extends Store {
  private recorded: TxItem[][] = [];
  private readonly known = new Map<string, Record<string, unknown> | null>();
  /** Keys asked for in this turn of the event loop, read together. */
  private wanted = new Map<string, Key>();
  private reading: Promise<void> | undefined;
  /** Flushes in progress, with the items they write. */
  private flights: { keys: Set<string>; done: Promise<void> }[] = [];
  private last: Promise<BulkWriteResult> | undefined;
  /** The first flush that failed: every later flush fails with it. */
  failure: unknown;

  /** See `BulkWriteOptions.emptyTable`: set when the store writes into a table it has just created. */
  private readonly emptyTable: EmptyTable | undefined;

  constructor(
    readonly target: Store,
    opts: { emptyTable?: boolean } = {},
  ) {
    super(target.doc, target.tableName, target.cursors);
    this.emptyTable = opts.emptyTable ? { written: new Set() } : undefined;
  }

  /** Transactions recorded since the last flush. */
  get pending(): number {
    return this.recorded.length;
  }

  override async transact(items: TxItem[]): Promise<void> {
    transactionKeys(items);
    this.recorded.push(items);
  }

  override async get<T>(key: Key, _consistent = false): Promise<T | undefined> {
    const [item] = await this.batchGet<T>([key]);
    return item;
  }

  /** Every read is consistent: it must see what the last flush wrote. */
  override async batchGet<T>(keys: Key[], _consistent = false): Promise<T[]> {
    for (;;) {
      const flying = this.flights.filter((f) => keys.some((k) => f.keys.has(cacheKey(k))));
      if (flying.length > 0) {
        await Promise.all(flying.map((f) => f.done));
        continue;
      }
      const missing = keys.filter((k) => !this.known.has(cacheKey(k)));
      if (missing.length === 0) break;
      for (const k of missing) this.wanted.set(cacheKey(k), k);
      await this.readWanted();
    }
    return keys.flatMap((key) => {
      const item = this.known.get(cacheKey(key));
      return item ? [structuredClone(item) as T] : [];
    });
  }

  override query<T>(spec: QuerySpec): Promise<Page<T>> {
    return this.target.query<T>(spec);
  }

  /** Reads keys ahead, so the gets that follow cost nothing. */
  async preload(keys: Key[]): Promise<void> {
    await this.batchGet(keys);
  }

  /**
   * Reads what was asked for so far, after the current turn: the repository functions started
   * together (a step's employees, say) ask for their agency and position at about the same time.
   */
  private readWanted(): Promise<void> {
    this.reading ??= new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      const batch = [...this.wanted.values()];
      this.wanted = new Map();
      try {
        const chunks = Array.from({ length: Math.ceil(batch.length / 100) }, (_, i) =>
          batch.slice(i * 100, i * 100 + 100),
        );
        await Promise.all(
          chunks.map(async (chunk) => {
            const found = await this.target.batchGet<Record<string, unknown>>(chunk, true);
            for (const key of chunk) this.known.set(cacheKey(key), null);
            for (const item of found) this.known.set(cacheKey(item as Key), item);
          }),
        );
      } finally {
        this.reading = undefined;
      }
    });
    return this.reading;
  }

  /**
   * Writes what was recorded so far, after any flush still in progress; what is recorded from now
   * on goes to the next flush. Items the batch wrote are read afresh afterwards, except those it
   * wrote whole (one Put and nothing else on them): the table holds exactly that item.
   */
  flush(opts: BulkWriteOptions = {}): Promise<BulkWriteResult> {
    const batch = this.recorded;
    this.recorded = [];
    const writes = new Map<string, Op[]>();
    for (const tx of batch)
      for (const item of tx) {
        const k = cacheKey(keyOf(item.op));
        writes.set(k, [...(writes.get(k) ?? []), item.op]);
      }
    const previous = this.last;
    const run = (async () => {
      if (previous) await previous;
      let written = false;
      try {
        const result = await writeTransactions(this.target, batch, { ...opts, emptyTable: this.emptyTable });
        written = true;
        return result;
      } catch (err) {
        this.failure ??= err;
        throw err;
      } finally {
        for (const [k, ops] of writes) {
          const put = ops.length === 1 ? ops[0]!.Put : undefined;
          if (written && put) this.known.set(k, stored(put.Item as Record<string, unknown>));
          else this.known.delete(k);
        }
      }
    })();
    const flight = { keys: new Set(writes.keys()), done: run.then(noop, noop) };
    this.flights.push(flight);
    void flight.done.then(() => {
      this.flights = this.flights.filter((f) => f !== flight);
    });
    this.last = run;
    return run;
  }
}

const noop = () => {};

/** An item as DynamoDB keeps it: undefined values are left out (the document client is set so). */
function stored<T>(value: T): T {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(stored) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, stored(v)]),
    ) as T;
  return value;
}
