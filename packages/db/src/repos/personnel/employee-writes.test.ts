import { describe, expect, it } from 'vitest';
import type { Actor } from '../../audit';
import * as keys from '../../keys';
import type { Store, TxItem } from '../../store';
import {
  EmployeeTransaction,
  employeeWriteSet,
  employeeWrites,
  type StoredEmployee,
  statAttributes,
  withDerived,
} from './employee-writes';
import { seatChange, unitInAgency } from './occupancy';

const T = '01J00000000000000000000TEN';
const store = { tableName: 't' } as unknown as Store;
const actor: Actor = { tenantId: T, sub: 'u', role: 'tenant-admin', requestId: 'r' };
const now = new Date('2026-03-02T00:00:00Z');

function employee(n: number, o: Partial<StoredEmployee> = {}): StoredEmployee {
  return withDerived({
    id: `01J0000000000000000000E${String(n).padStart(3, '0')}`,
    employmentType: 'PNS',
    nip: `19800101200501100${n}`,
    name: `Pegawai ${n}`,
    gender: n % 2 ? 'L' : 'P',
    birthPlace: 'Metro',
    birthDate: `1980-0${(n % 9) + 1}-01`,
    agencyId: 'A',
    agencyName: 'Dinas',
    unitId: 'U1',
    rank: 'III/a',
    tmtCpns: '2005-01-01',
    education: [{ level: 'S1', major: 'Hukum', institution: 'Unila', graduationYear: 2003 }],
    competencies: [{ code: 'TEK-TIK', level: 2 }],
    status: 'AKTIF',
    bup: 58,
    retirementDate: '',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    version: 1,
    ...o,
  } as StoredEmployee);
}

const create = (e: StoredEmployee, shared: TxItem[] = []) =>
  employeeWriteSet(store, actor, undefined, e, { action: 'employee.create', now }, shared);
const keyOf = (i: TxItem) => {
  const k = (i.op.Put?.Item ?? i.op.Update?.Key ?? i.op.ConditionCheck?.Key) as { pk: string; sk: string };
  return `${k.pk}|${k.sk}`;
};
const updateOn = (items: TxItem[], key: { pk: string; sk: string }) =>
  items.filter((i) => i.op.Update && keyOf(i) === `${key.pk}|${key.sk}`).map((i) => i.op.Update!);

describe('EmployeeTransaction', () => {
  it('holds several employees whole, with one aggregate ADD and one counter ADD per agency', () => {
    const tx = new EmployeeTransaction(store, T);
    const unit = unitInAgency(store, T, 'A', 'U1');
    const sets = [1, 2, 3].map((n) => create(employee(n), [unit]));
    for (const s of sets) expect(tx.add(s)).toBe(true);
    const items = tx.items();
    expect(new Set(items.map(keyOf)).size).toBe(items.length);
    for (const s of sets) for (const own of s.own) expect(items).toContain(own);
    const [stats] = updateOn(items, keys.employeeStats(T, 'A'));
    const added = (attr: string) => {
      const name = Object.entries(stats!.ExpressionAttributeNames!).find(([, a]) => a === attr)![0];
      return stats!.ExpressionAttributeValues![`:d${name.slice(2)}`];
    };
    expect(added('total')).toBe(3);
    expect(added('gender#L')).toBe(2);
    expect(added('gender#P')).toBe(1);
    for (const attr of statAttributes(employee(1))) expect(added(attr)).toBeGreaterThan(0);
    const [counter] = updateOn(items, keys.agency(T, 'A'));
    expect(counter!.ExpressionAttributeValues).toMatchObject({ ':d': 3, ':active': 'active' });
    expect(items.filter((i) => i.op.ConditionCheck)).toHaveLength(1);
  });

  it('refuses what one transaction cannot hold, and stays as it was', () => {
    const P1 = { id: 'P1', name: 'Analis', seats: 3, filled: 0 };
    const tx = new EmployeeTransaction(store, T);
    expect(tx.add(create(employee(1), [seatChange(store, T, P1, 1)]))).toBe(true);
    const size = tx.size;
    // A second seat on the same position: two ADDs of one item, and `filled < seats` checks only one.
    expect(tx.add(create(employee(2), [seatChange(store, T, P1, 1)]))).toBe(false);
    // The same employee twice.
    expect(tx.add(create(employee(1)))).toBe(false);
    // One agency's count going up for one employee and down for another.
    const moved = employeeWriteSet(store, actor, employee(3), employee(3, { agencyId: 'B', version: 2 }), {
      action: 'employee.update',
      now,
    });
    expect(moved.counts).toEqual(
      new Map([
        ['B', 1],
        ['A', -1],
      ]),
    );
    expect(tx.add(moved)).toBe(false);
    expect(tx.size).toBe(size);
    expect(tx.members).toHaveLength(1);
  });

  it('stops at 100 items', () => {
    const tx = new EmployeeTransaction(store, T);
    let n = 0;
    while (tx.add(create(employee(n)))) n++;
    expect(tx.items().length).toBeLessThanOrEqual(100);
    expect(tx.items().length + create(employee(n)).own.length).toBeGreaterThan(100);
  });

  it('employeeWrites is the one-employee transaction', () => {
    const e = employee(7);
    const items = employeeWrites(store, actor, undefined, e, {
      action: 'employee.create',
      now,
      noAudit: true,
    });
    expect(items.map(keyOf).sort()).toEqual(
      [
        ...employeeWriteSet(store, actor, undefined, e, {
          action: 'employee.create',
          now,
          noAudit: true,
        }).own.map(keyOf),
        `${keys.employeeStats(T, 'A').pk}|${keys.employeeStats(T, 'A').sk}`,
        `${keys.agency(T, 'A').pk}|${keys.agency(T, 'A').sk}`,
      ].sort(),
    );
  });
});
