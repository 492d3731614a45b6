import { AppError, notFound, type Position, validationError } from '@pamong/core';
import * as keys from '../../keys';
import type { Store, TxItem } from '../../store';
import type { IndexName } from '../../table';

/** A stored position item back to the API shape, with vacancies derived from seats and filled. */
export function asPosition(item: Record<string, unknown>): Position {
  const {
    pk: _a,
    sk: _b,
    gsi1pk: _c,
    gsi1sk: _d,
    gsi2pk: _e,
    gsi2sk: _f,
    type: _g,
    nameLower: _h,
    vacancySort: _i,
    ...rest
  } = item;
  // `type` is the item kind ('POSITION') like on every item, so the position's type is stored as `positionType`.
  const { positionType, ...p } = rest as unknown as Omit<Position, 'type'> & {
    positionType: Position['type'];
  };
  return { ...p, type: positionType, vacancies: Math.max(0, p.seats - p.filled) };
}

export async function getPosition(store: Store, tenantId: string, positionId: string, consistent = false) {
  const item = await store.get<Record<string, unknown>>(keys.position(tenantId, positionId), consistent);
  if (!item) throw notFound('Position');
  return asPosition(item);
}

/** A position named in a body: unknown is a 400 on that field, not a 404 of the route. */
export async function positionFromBody(
  store: Store,
  tenantId: string,
  positionId: string,
  field = 'positionId',
) {
  const item = await store.get<Record<string, unknown>>(keys.position(tenantId, positionId), true);
  if (!item)
    throw validationError(
      [{ path: field, message: 'position does not exist in this tenant' }],
      'Unknown position.',
    );
  return asPosition(item);
}

export const positionFull = (name?: string) =>
  new AppError(
    409,
    'conflict',
    'Position full',
    `The position${name ? ` "${name}"` : ''} has no vacant seat.`,
    [{ path: 'positionId', message: 'has no vacant seat' }],
  );

/**
 * The vacancy index (gsi2, sparse): a position carries `gsi2pk`/`gsi2sk` exactly while
 * `filled < seats`, so "vacant only" lists are a key condition and every page is full. Every write
 * that changes `filled` or `seats` keeps them: createPosition, updatePosition and seatChange (the
 * employee create, the placement and the import). `vacancySort` is the gsi2sk the position has
 * whenever it is vacant, kept on the item so freeing a seat can copy it without reading the item.
 */
export function vacancyAttributes(
  tenantId: string,
  p: Pick<Position, 'id' | 'agencyId' | 'unitId' | 'name'>,
) {
  const vacancySort = keys.vacantPositionSort(p.agencyId, p.unitId, p.name, p.id);
  return { vacancySort, index: { ...keys.vacantPositions(tenantId), gsi2sk: vacancySort } };
}

/** One Query page of vacant positions: the tenant's, or one agency's (a gsi2sk prefix). */
export function vacantPositionsQuery(
  tenantId: string,
  agencyId?: string,
): { index: IndexName; pk: string; skBeginsWith?: string } {
  return {
    index: 'gsi2',
    pk: keys.vacantPositions(tenantId).gsi2pk,
    ...(agencyId ? { skBeginsWith: keys.vacantPositionsOfAgencyPrefix(agencyId) } : {}),
  };
}

/** What taking a seat is built from: the position as read (its seats and filled seats). */
export type SeatState = Pick<Position, 'id' | 'name' | 'seats' | 'filled'>;

const unknownPosition = () =>
  validationError([{ path: 'positionId', message: 'position does not exist in this tenant' }]);

/**
 * Takes a seat. Conditional on a free seat, so concurrent placements can never fill more seats
 * than exist; taking the last one also removes the position from the vacancy index. Which of the
 * two it is follows from the seats and filled seats read: the condition holds the seats as read
 * and whether `filled` is below or at the last seat, so a concurrent change across that line fails
 * the condition, and the item is built again from the position as it then was (`rebuild`; the
 * store sends the transaction again), or refused when no seat is left.
 */
function takeSeat(store: Store, tenantId: string, p: SeatState): TxItem {
  const last = p.filled + 1 >= p.seats;
  return {
    op: {
      Update: {
        TableName: store.tableName,
        Key: keys.position(tenantId, p.id),
        UpdateExpression: last ? 'ADD filled :one REMOVE gsi2pk, gsi2sk' : 'ADD filled :one',
        ConditionExpression: last ? 'seats = :seats AND filled = :last' : 'seats = :seats AND filled < :last',
        ExpressionAttributeValues: { ':one': 1, ':seats': p.seats, ':last': p.seats - 1 },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    },
    rebuild: (old) => {
      if (!old) return undefined;
      const now = { id: p.id, name: String(old.name), seats: Number(old.seats), filled: Number(old.filled) };
      return now.filled < now.seats ? takeSeat(store, tenantId, now) : undefined;
    },
    onConditionFailed: (existed, old) =>
      existed ? positionFull(typeof old?.name === 'string' ? old.name : p.name) : unknownPosition(),
  };
}

/**
 * Frees a seat: the position is vacant afterwards whatever it was, so it goes (back) into the
 * vacancy index with the sort key it keeps for that (a position written before the index existed
 * has none and falls back to its own sort key; updating it writes one).
 */
function freeSeat(store: Store, tenantId: string, positionId: string): TxItem {
  return {
    op: {
      Update: {
        TableName: store.tableName,
        Key: keys.position(tenantId, positionId),
        UpdateExpression: 'ADD filled :minus SET gsi2pk = :vacant, gsi2sk = if_not_exists(vacancySort, sk)',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':minus': -1, ':vacant': keys.vacantPositions(tenantId).gsi2pk },
      },
    },
    onConditionFailed: unknownPosition,
  };
}

/**
 * Takes (+1, given the position as read) or frees (-1) a seat in the transaction that creates,
 * places or moves the employee, keeping the vacancy index with it.
 */
export function seatChange(store: Store, tenantId: string, position: SeatState, delta: 1): TxItem;
export function seatChange(store: Store, tenantId: string, positionId: string, delta: -1): TxItem;
export function seatChange(
  store: Store,
  tenantId: string,
  position: SeatState | string,
  delta: 1 | -1,
): TxItem {
  if (delta < 0) return freeSeat(store, tenantId, typeof position === 'string' ? position : position.id);
  if (typeof position === 'string') throw new Error('taking a seat needs the position as read');
  return takeSeat(store, tenantId, position);
}

/** The unit must exist under the agency: a unit of another agency is a 400 on `unitId`. */
export function unitInAgency(store: Store, tenantId: string, agencyId: string, unitId: string): TxItem {
  return {
    op: {
      ConditionCheck: {
        TableName: store.tableName,
        Key: keys.unit(tenantId, agencyId, unitId),
        ConditionExpression: 'attribute_exists(pk) AND #status = :active',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':active': 'active' },
      },
    },
    onConditionFailed: () =>
      validationError(
        [{ path: 'unitId', message: 'unit does not exist in this agency or is not active' }],
        'Unknown unit.',
      ),
  };
}
