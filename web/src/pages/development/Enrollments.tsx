/**
 * Admins: the participants of one training, "Selesai" to record LULUS / TIDAK LULUS with the
 * score and JP, and enrolling an employee found by name.
 */
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import {
  type Completion,
  completeTraining,
  type Enrollment,
  enrollTraining,
  listTrainingEnrollments,
  type SearchHit,
  type Training,
} from '../../api/personnel';
import { PagedTable } from '../../components/admin';
import { FormActions } from '../../components/forms';
import { ErrorMessage, InputField, Notice, SelectField } from '../../components/ui';
import { useI18n } from '../../i18n';
import { useFormat } from '../../lib/format';
import { useSchemaForm } from '../../lib/forms';
import { usePaged } from '../../lib/hooks';
import { EmployeePicker } from './parts';
import { completeTrainingSchema, TRAINING_RESULTS } from './schemas';
import { num, useDevelopmentText, useFieldErrors } from './shared';

export function Enrollments({ training, onChanged }: { training: Training; onChanged: () => void }) {
  const { t } = useI18n();
  const ct = useDevelopmentText();
  const tr = ct.trainings;
  const fmt = useFormat();
  const list = usePaged((cursor) => listTrainingEnrollments(training.id, { cursor, limit: 25 }));
  const [completing, setCompleting] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pick, setPick] = useState<SearchHit | null>(null);
  const [enrollError, setEnrollError] = useState<unknown>(null);
  const columns = [ct.employee, t.common.status, tr.score, tr.jp, t.common.actions];

  const after = async (msg: string) => {
    setNotice(msg);
    setCompleting(null);
    await list.reload();
    onChanged();
  };

  const enrollOther = async () => {
    if (!pick) return;
    setEnrollError(null);
    try {
      await enrollTraining(training.id, pick.id);
      setPick(null);
      await after(tr.enrolledOther(pick.name));
    } catch (err) {
      setEnrollError(err);
    }
  };

  return (
    <div class="stack">
      {notice && <Notice>{notice}</Notice>}
      <PagedTable
        list={list}
        caption={tr.enrollmentsCaption(training.title)}
        columns={columns}
        row={(e) => (
          <Fragment key={e.employeeId}>
            <tr>
              <td>{e.employeeName}</td>
              <td>
                {e.status === 'completed' && e.result ? tr.results[e.result] : tr.status[e.status]}
                {e.completedAt && <div class="muted small">{fmt.date(e.completedAt)}</div>}
              </td>
              <td class="num">{fmt.dec1(e.score)}</td>
              <td class="num">{fmt.int(e.jp)}</td>
              <td>
                {e.status === 'enrolled' && (
                  <button
                    type="button"
                    class="btn btn-small"
                    aria-expanded={completing === e.employeeId}
                    onClick={() => setCompleting(completing === e.employeeId ? null : e.employeeId)}
                  >
                    {tr.complete}
                  </button>
                )}
              </td>
            </tr>
            {completing === e.employeeId && (
              <tr class="row-detail">
                <td colSpan={columns.length}>
                  <CompleteForm
                    training={training}
                    enrollment={e}
                    onCancel={() => setCompleting(null)}
                    onDone={(c) =>
                      after(
                        [
                          tr.completed(e.employeeName),
                          c.raised.length > 0
                            ? tr.raised(c.raised.map((r) => `${r.code} ${r.from ?? 0}→${r.to}`).join(', '))
                            : '',
                        ]
                          .filter(Boolean)
                          .join(' '),
                      )
                    }
                  />
                </td>
              </tr>
            )}
          </Fragment>
        )}
      />
      <div class="unit-edit stack">
        <h3>{tr.enrollOther}</h3>
        <EmployeePicker label={ct.mentoring.findEmployee} chosen={pick} onChoose={setPick} />
        <ErrorMessage error={enrollError} overrides={{ conflict: tr.enrollConflict }} />
        <button type="button" class="btn btn-primary btn-small" disabled={!pick} onClick={enrollOther}>
          {tr.enroll}
        </button>
      </div>
    </div>
  );
}

function CompleteForm({
  training,
  enrollment,
  onCancel,
  onDone,
}: {
  training: Training;
  enrollment: Enrollment;
  onCancel: () => void;
  onDone: (c: Completion) => void;
}) {
  const { t } = useI18n();
  const ct = useDevelopmentText();
  const tr = ct.trainings;
  const form = useSchemaForm(
    completeTrainingSchema,
    (v) => ({ employeeId: enrollment.employeeId, result: v.result, score: num(v.score), jp: num(v.jp) }),
    async (value) => onDone(await completeTraining(training.id, value)),
  );
  const errors = useFieldErrors(form.error);
  return (
    <form
      class="inline-form"
      noValidate
      aria-label={tr.completeTitle(enrollment.employeeName)}
      onSubmit={form.submit}
    >
      <ErrorMessage error={form.error} fieldNames={['result', 'score', 'jp']} />
      <SelectField label={tr.result} name="result" errors={errors}>
        <option value="">{t.validation.choose}</option>
        {TRAINING_RESULTS.map((r) => (
          <option key={r} value={r}>
            {tr.results[r]}
          </option>
        ))}
      </SelectField>
      <InputField
        label={tr.score}
        name="score"
        type="number"
        min={0}
        max={100}
        step="0.01"
        optional
        errors={errors}
      />
      <InputField
        label={tr.jpEarned}
        name="jp"
        type="number"
        min={0}
        max={500}
        optional
        placeholder={String(training.jp)}
        hint={tr.jpEarnedHint}
        errors={errors}
      />
      <FormActions label={tr.complete} small busy={form.busy} onCancel={onCancel} />
    </form>
  );
}
