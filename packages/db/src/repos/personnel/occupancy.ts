import { AppError, notFound, type Position, validationError } from '@pamong/core';
import { keys } from '../../keys';
import type { Store, TxItem } from '../../store';

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
 * Takes (+1) or frees (-1) a seat in the transaction that places or moves the employee. Taking is
 * conditional on a free seat, so concurrent placements can never fill more seats than exist.
 */
export function seatChange(store: Store, tenantId: string, positionId: string, delta: 1 | -1): TxItem {
  return {
    op: {
      Update: {
        TableName: store.tableName,
        Key: keys.position(tenantId, positionId),
        UpdateExpression: 'ADD filled :d',
        ConditionExpression: delta > 0 ? 'attribute_exists(pk) AND filled < seats' : 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':d': delta },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    },
    onConditionFailed: (existed, old) =>
      existed
        ? positionFull(typeof old?.name === 'string' ? old.name : undefined)
        : validationError([{ path: 'positionId', message: 'position does not exist in this tenant' }]),
  };
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
