/**
 * Repeating rows of the personnel forms (education, competencies), kept as strings in state and
 * turned into the API's shapes on submit. Field errors arrive by path (`education.1.major`).
 */

import type { Competency, Employee } from '../../api/personnel';
import { InputField, SelectField } from '../../components/ui';
import { EDUCATION_LEVELS } from './schemas';
import { usePersonnelText } from './shared';

export interface EducationDraft {
  level: string;
  major: string;
  institution: string;
  graduationYear: string;
}
export interface CompetencyDraft {
  code: string;
  level: string;
}

export const emptyEducation = (): EducationDraft => ({
  level: 'S1',
  major: '',
  institution: '',
  graduationYear: '',
});

export const educationDrafts = (e: Employee['education']): EducationDraft[] =>
  e.map((x) => ({ ...x, graduationYear: String(x.graduationYear) }));

/** Empty strings stay empty (so the schema says "required"); a year that is not a number stays a string. */
export function educationBody(rows: EducationDraft[]) {
  return rows.map((r) => ({
    level: r.level,
    major: r.major.trim(),
    institution: r.institution.trim(),
    graduationYear: /^\d+$/.test(r.graduationYear.trim())
      ? Number(r.graduationYear)
      : r.graduationYear || undefined,
  }));
}

export const competencyBody = (rows: CompetencyDraft[]) =>
  rows.filter((r) => r.code).map((r) => ({ code: r.code, level: Number(r.level) }));

function update<T>(rows: T[], i: number, patch: Partial<T>): T[] {
  return rows.map((r, j) => (j === i ? { ...r, ...patch } : r));
}

export function EducationRows({
  rows,
  onChange,
  errors,
  prefix = 'education',
}: {
  rows: EducationDraft[];
  onChange: (rows: EducationDraft[]) => void;
  errors: Record<string, string>;
  /** The path of the list in the request body (`changes.education` in a correction). */
  prefix?: string;
}) {
  const pt = usePersonnelText();
  const ed = pt.education;
  return (
    <fieldset class="row-set">
      <legend>{pt.fields.education}</legend>
      {errors[prefix] && <p class="field-error">{errors[prefix]}</p>}
      {rows.map((r, i) => {
        const path = `${prefix}.${i}`;
        return (
          // Rows have no id of their own; the index is their identity while the form is open.
          <fieldset class="row-item" key={i}>
            <legend class="sr-only">{ed.row(i + 1)}</legend>
            <SelectField
              label={ed.level}
              name={`${path}.level`}
              errors={errors}
              value={r.level}
              onChange={(e) => onChange(update(rows, i, { level: e.currentTarget.value }))}
            >
              {EDUCATION_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </SelectField>
            <InputField
              label={ed.major}
              name={`${path}.major`}
              errors={errors}
              value={r.major}
              maxLength={120}
              onInput={(e) => onChange(update(rows, i, { major: e.currentTarget.value }))}
            />
            <InputField
              label={ed.institution}
              name={`${path}.institution`}
              errors={errors}
              value={r.institution}
              maxLength={200}
              onInput={(e) => onChange(update(rows, i, { institution: e.currentTarget.value }))}
            />
            <InputField
              label={ed.graduationYear}
              name={`${path}.graduationYear`}
              errors={errors}
              value={r.graduationYear}
              inputMode="numeric"
              maxLength={4}
              onInput={(e) => onChange(update(rows, i, { graduationYear: e.currentTarget.value }))}
            />
            <button
              type="button"
              class="btn btn-small row-remove"
              disabled={rows.length <= 1}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              {ed.remove}
              <span class="sr-only"> {ed.row(i + 1)}</span>
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        class="btn btn-small"
        disabled={rows.length >= 10}
        onClick={() => onChange([...rows, emptyEducation()])}
      >
        + {ed.add}
      </button>
    </fieldset>
  );
}

export function CompetencyRows({
  rows,
  onChange,
  errors,
  catalogue,
}: {
  rows: CompetencyDraft[];
  onChange: (rows: CompetencyDraft[]) => void;
  errors: Record<string, string>;
  catalogue: Competency[];
}) {
  const pt = usePersonnelText();
  const c = pt.competency;
  const known = new Set(catalogue.map((x) => x.code));
  return (
    <fieldset class="row-set">
      <legend>{pt.fields.competencies}</legend>
      {errors.competencies && <p class="field-error">{errors.competencies}</p>}
      {rows.map((r, i) => {
        const path = `competencies.${i}`;
        return (
          <fieldset class="row-item" key={i}>
            <legend class="sr-only">{c.row(i + 1)}</legend>
            <SelectField
              label={c.code}
              name={`${path}.code`}
              errors={errors}
              value={r.code}
              onChange={(e) => onChange(update(rows, i, { code: e.currentTarget.value }))}
            >
              <option value="">{c.choose}</option>
              {/* A code no longer in the catalogue still shows, so editing keeps it. */}
              {r.code && !known.has(r.code) && <option value={r.code}>{r.code}</option>}
              {catalogue.map((x) => (
                <option key={x.code} value={x.code}>
                  {x.name} ({x.code})
                </option>
              ))}
            </SelectField>
            <SelectField
              label={c.level}
              name={`${path}.level`}
              errors={errors}
              value={r.level}
              onChange={(e) => onChange(update(rows, i, { level: e.currentTarget.value }))}
            >
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={String(n)}>
                  {c.levelN(n)}
                </option>
              ))}
            </SelectField>
            <button
              type="button"
              class="btn btn-small row-remove"
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              {c.remove}
              <span class="sr-only"> {c.row(i + 1)}</span>
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        class="btn btn-small"
        disabled={rows.length >= 30}
        onClick={() => onChange([...rows, { code: '', level: '3' }])}
      >
        + {c.add}
      </button>
    </fieldset>
  );
}
