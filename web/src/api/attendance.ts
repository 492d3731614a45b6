/**
 * Calls of the attendance API (one function per operationId): so far the tenant's holiday
 * calendar (issue 13 §1). Built on ./client (token, problem+json, 401 handling); every type is read
 * from the generated schema.
 */
import { answer, api, type BodyOf, call, type ItemOf, listAll, type QueryOf } from './client';

// The holiday calendar
export type Holiday = ItemOf<'listHolidays'>;
export type HolidayKind = Holiday['kind'];
export type ListHolidaysQuery = QueryOf<'listHolidays'>;
export type UpsertHolidayBody = BodyOf<'upsertHoliday'>;
/** The day as stored, and whether the call added it (201) rather than changed it (200). */
export interface UpsertedHoliday {
  holiday: Holiday;
  created: boolean;
}

const holidayPath = (date: string) => ({ params: { path: { date } } });

/** One page of a year's days, in date order. */
export const listHolidays = (q: ListHolidaysQuery) =>
  call(api.GET('/v1/attendance/holidays', { params: { query: q } }));

/** Every day of a year (a few dozen at most), following the cursor. */
export const listHolidaysOfYear = (year: number): Promise<Holiday[]> =>
  listAll((page) => listHolidays({ year, ...page }));

/** Adds the day, or changes its name and kind (tenant admins). */
export const upsertHoliday = async (date: string, body: UpsertHolidayBody): Promise<UpsertedHoliday> => {
  const { data, response } = await answer(
    api.PUT('/v1/attendance/holidays/{date}', { ...holidayPath(date), body }),
  );
  return { holiday: data, created: response.status === 201 };
};

/** Removes the day from the calendar (tenant admins). */
export const deleteHoliday = async (date: string): Promise<void> => {
  await call(api.DELETE('/v1/attendance/holidays/{date}', holidayPath(date)));
};
