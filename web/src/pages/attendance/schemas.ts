/**
 * The attendance pages' runtime door to @pamong/core, like ../../lib/schemas: zod is configured
 * before any schema is built, and only these lazily loaded pages pull the attendance schemas and
 * vocabularies into the bundle.
 */
import '../../lib/zod-setup';

export {
  ATTENDANCE_TIME_ZONES,
  assignWorkScheduleSchema,
  createWorkLocationSchema,
  createWorkScheduleSchema,
  DEFAULT_WEEKLY_SCHEDULE,
  decideOffsiteDutySchema,
  GEOFENCE_DEFAULTS,
  HOLIDAY_KINDS,
  LEAVE_TYPES,
  MAX_OFFSITE_DUTY_DAYS,
  OFFSITE_DUTY_RADIUS_M,
  patchWorkLocationSchema,
  reopenAttendanceMonthSchema,
  requestAttendancePermissionSchema,
  requestOffsiteDutySchema,
  updateWorkScheduleSchema,
  upsertHolidaySchema,
  WEEKLY_NET_MINUTES,
} from '@pamong/core';
