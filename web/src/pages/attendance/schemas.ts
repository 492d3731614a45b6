/**
 * The attendance pages' runtime door to @pamong/core, like ../../lib/schemas: zod is configured
 * before any schema is built, and only these lazily loaded pages pull the attendance schemas and
 * vocabularies into the bundle.
 */
import '../../lib/zod-setup';

export { HOLIDAY_KINDS, upsertHolidaySchema } from '@pamong/core';
