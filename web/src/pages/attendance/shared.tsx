/**
 * Pieces shared by the attendance pages (issue 13): their texts, their header and form field
 * errors in this feature's words.
 */
import './attendance.css';
import { sectionHeader } from '../../components/admin';
import { describeError, useI18n, useLocalized } from '../../i18n';
import { attendanceEn } from './i18n/en';
import { type AttendanceDictionary, attendanceId } from './i18n/id';

export type { AttendanceDictionary };

export const useAttendanceText = (): AttendanceDictionary => useLocalized(attendanceId, attendanceEn);

/** The title of an attendance page; sibling pages join as tabs once there are any. */
export const AttendanceHeader = sectionHeader(useAttendanceText);

/**
 * Field errors of a form, with this feature's own rule for a field wherever the generic text would
 * say only "invalid" (the API speaks English).
 */
export function useFieldErrors(error: unknown): Record<string, string> {
  const { t } = useI18n();
  const at = useAttendanceText();
  if (!error) return {};
  const fields = describeError(t, error).fields;
  for (const [path, message] of Object.entries(fields)) {
    const hint = at.hints[path.split('.').pop() ?? path];
    if (hint && message === t.validation.invalid) fields[path] = hint;
  }
  return fields;
}
