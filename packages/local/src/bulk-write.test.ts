import { packTransactions, splitNewPuts, type TxItem } from '@pamong/db';
import { describe, expect, it } from 'vitest';

const T = 'table';
const put = (pk: string, sk = 'A'): TxItem => ({
  op: { Put: { TableName: T, Item: { pk, sk }, ConditionExpression: 'attribute_not_exists(pk)' } },
});
const check = (pk: string): TxItem => ({
  op: {
    ConditionCheck: {
      TableName: T,
      Key: { pk, sk: 'A' },
      ConditionExpression: 'attribute_exists(pk) AND #status = :active',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':active': 'active' },
    },
  },
});
/** Like the IKM counters: ADD per field, SET of identifying attributes. */
const counter = (pk: string, add: Record<string, number>, scope = 'unit'): TxItem => {
  const names: Record<string, string> = { '#s0': 'scope' };
  const values: Record<string, unknown> = { ':s0': scope };
  const adds = Object.entries(add).map(([f, n], i) => {
    names[`#a${i}`] = f;
    values[`:a${i}`] = n;
    return `#a${i} :a${i}`;
  });
  return {
    op: {
      Update: {
        TableName: T,
        Key: { pk, sk: 'C' },
        UpdateExpression: `ADD ${adds.join(', ')} SET #s0 = :s0`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
  };
};
/** Like a position's seats: the condition reads what is added, so order matters. */
const seat = (pk: string): TxItem => ({
  op: {
    Update: {
      TableName: T,
      Key: { pk, sk: 'P' },
      UpdateExpression: 'ADD filled :d',
      ConditionExpression: 'attribute_exists(pk) AND filled < seats',
      ExpressionAttributeValues: { ':d': 1 },
    },
  },
});

const keysOf = (items: TxItem[]) =>
  items.map((i) => {
    const o = i.op.Put ?? i.op.Update ?? i.op.ConditionCheck ?? i.op.Delete!;
    const k = ('Item' in o ? o.Item : o.Key) as { pk: string; sk: string };
    return `${k.pk}/${k.sk}`;
  });

describe('packTransactions', () => {
  it('fills calls up to 100 items and keeps each transaction whole', () => {
    const txs = Array.from({ length: 30 }, (_, i) => [
      put(`a${i}`),
      put(`b${i}`),
      put(`c${i}`),
      put(`d${i}`),
    ]);
    const packs = packTransactions(txs, { ordered: false });
    expect(packs.map((p) => p.items.length)).toEqual([100, 20]);
    expect(packs.flatMap((p) => p.transactions).sort((a, b) => a - b)).toEqual(txs.map((_, i) => i));
    for (const p of packs) expect(p.items.length % 4).toBe(0);
  });

  it('keeps the recorded order of transactions on one item when asked to (a unit after its parent)', () => {
    const parent = put('unit');
    const child: TxItem = {
      op: {
        Update: {
          TableName: T,
          Key: { pk: 'unit', sk: 'A' },
          UpdateExpression: 'ADD childCount :d',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':d': 1 },
        },
      },
    };
    const packs = packTransactions([[parent], [child, put('child')]], { ordered: true });
    expect(packs).toHaveLength(2);
    expect(packs[0]!.transactions).toEqual([0]);
    expect(packs[1]!.after).toEqual([0]);
  });

  it('sums the increments of transactions that only add to the same item, into one write', () => {
    const txs = [
      [put('r1'), counter('month', { 'all.r': 1, 'all.s.U1': 3 })],
      [put('r2'), counter('month', { 'all.r': 1, 'all.s.U1': 4, 'all.g.P': 1 })],
    ];
    const [pack, ...rest] = packTransactions(txs, { ordered: false });
    expect(rest).toEqual([]);
    expect(pack!.writes).toBe(4);
    const updates = pack!.items.filter((i) => i.op.Update);
    expect(updates).toHaveLength(1);
    const u = updates[0]!.op.Update!;
    const names = u.ExpressionAttributeNames as Record<string, string>;
    const values = u.ExpressionAttributeValues as Record<string, unknown>;
    const added = Object.fromEntries(
      [...u.UpdateExpression!.matchAll(/(#bulkAdd\d+) (:bulkAdd\d+)/g)].map((m) => [
        names[m[1]!],
        values[m[2]!],
      ]),
    );
    expect(added).toEqual({ 'all.r': 2, 'all.s.U1': 7, 'all.g.P': 1 });
    expect(u.UpdateExpression).toMatch(/^SET #bulkSet0 = :bulkSet0 ADD /);
    expect(names['#bulkSet0']).toBe('scope');
    expect(values[':bulkSet0']).toBe('unit');
  });

  it('merges identical checks, but never a write whose condition reads what is added, nor different assignments', () => {
    const checks = packTransactions(
      [
        [check('agency'), put('e1')],
        [check('agency'), put('e2')],
      ],
      {
        ordered: false,
      },
    );
    expect(checks).toHaveLength(1);
    expect(keysOf(checks[0]!.items).filter((k) => k === 'agency/A')).toHaveLength(1);

    const seats = packTransactions(
      [
        [seat('pos'), put('e1')],
        [seat('pos'), put('e2')],
      ],
      { ordered: false },
    );
    expect(seats).toHaveLength(2);

    const scopes = packTransactions([[counter('c', { n: 1 }, 'unit')], [counter('c', { n: 1 }, 'agency')]], {
      ordered: false,
    });
    expect(scopes).toHaveLength(2);
  });

  it('spreads the transactions of a contended item first, so the number of calls stays near the minimum', () => {
    // 10 transactions need the same seat item to themselves; 190 others need nothing shared.
    const txs = [
      ...Array.from({ length: 190 }, (_, i) => [put(`x${i}`), put(`y${i}`), put(`z${i}`)]),
      ...Array.from({ length: 10 }, (_, i) => [seat('pos'), put(`s${i}`)]),
    ];
    const packs = packTransactions(txs, { ordered: false });
    // 590 items: 6 calls by size; the seat needs 10.
    expect(packs).toHaveLength(10);
    for (const p of packs) expect(keysOf(p.items).filter((k) => k === 'pos/P')).toHaveLength(1);
  });

  it('refuses a transaction that names an item twice or has more than 100 items', () => {
    expect(() => packTransactions([[put('a'), put('a')]])).toThrow(/twice/);
    expect(() => packTransactions([Array.from({ length: 101 }, (_, i) => put(`p${i}`))])).toThrow(/101/);
  });
});

describe('splitNewPuts (a seed into a table it has just created)', () => {
  /** A Put of `pk` with this condition (none when left out). */
  const putIf = (
    pk: string,
    condition?: string,
    values?: Record<string, unknown>,
    names?: Record<string, string>,
  ): TxItem => ({
    op: {
      Put: {
        TableName: T,
        Item: { pk, sk: 'A' },
        ...(condition ? { ConditionExpression: condition } : {}),
        ...(names ? { ExpressionAttributeNames: names } : {}),
        ...(values ? { ExpressionAttributeValues: values } : {}),
      },
    },
  });
  const plain = (pk: string) => putIf(pk);
  const versioned = (pk: string) => putIf(pk, 'version = :v', { ':v': 1 });

  it('takes Puts of items not written yet whose only condition is that the item is new', () => {
    const items = [put('a'), plain('b'), counter('c', { n: 1 }), check('d'), versioned('e')];
    const { puts, rest } = splitNewPuts(items, { written: new Set() });
    expect(puts).toEqual([put('a'), plain('b')]);
    expect(rest).toEqual([counter('c', { n: 1 }), check('d'), versioned('e')]);
  });

  it('leaves a Put of an item already written in its transaction, where its condition decides', () => {
    const written = new Set([`${T}\u0000a\u0000A`]);
    const { puts, rest } = splitNewPuts([put('a'), put('b')], { written });
    expect(puts).toEqual([put('b')]);
    expect(rest).toEqual([put('a')]);
  });

  it('reads the condition as DynamoDB does, spaces aside, and nothing looser', () => {
    const spaced = putIf('s', ' attribute_not_exists( pk ) ');
    const looser = putIf(
      'o',
      'attribute_not_exists(pk) OR #s = :open',
      { ':open': 'open' },
      { '#s': 'status' },
    );
    const { puts, rest } = splitNewPuts([spaced, looser], { written: new Set() });
    expect(puts).toEqual([spaced]);
    expect(rest).toEqual([looser]);
  });
});
