import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { enrollTraining, listTrainings, type Training } from '../../api/personnel';
import { PagedTable } from '../../components/admin';
import { ErrorMessage, Notice } from '../../components/ui';
import { useI18n } from '../../i18n';
import { useFormat } from '../../lib/format';
import { usePaged } from '../../lib/hooks';
import { useRole } from '../../session';
import { Enrollments } from './Enrollments';
import { Meter, TrainingHeader, useDevelopmentText, useMyEmployee } from './shared';
import { CreateTraining } from './TrainingForm';

export default function TrainingsPage() {
  return <Trainings />;
}

function Trainings() {
  const ct = useDevelopmentText();
  const { admin } = useRole();
  const [rev, setRev] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section>
      <TrainingHeader title={ct.titles.trainings} current="/trainings" />
      {notice && <Notice>{notice}</Notice>}
      <TrainingTable key={rev} onNotice={setNotice} />
      {admin && (
        <CreateTraining
          onCreated={(tr) => {
            setNotice(ct.trainings.created(tr.title));
            setRev((r) => r + 1);
          }}
        />
      )}
    </section>
  );
}

function TrainingTable({ onNotice }: { onNotice: (msg: string | null) => void }) {
  const { t } = useI18n();
  const ct = useDevelopmentText();
  const tr = ct.trainings;
  const fmt = useFormat();
  const { admin } = useRole();
  const { employee } = useMyEmployee();
  const list = usePaged((cursor) => listTrainings({ cursor, limit: 25 }));
  const [open, setOpen] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ id: string; error: unknown } | null>(null);
  // Anyone linked to an employee record may enrol themself; admins also enrol others below.
  const canEnroll = Boolean(employee);
  const columns = [tr.name, tr.type, tr.competencies, tr.jp, tr.dates, tr.capacity, t.common.actions];

  const enroll = async (training: Training) => {
    setFailure(null);
    onNotice(null);
    try {
      await enrollTraining(training.id);
      onNotice(tr.enrolled(training.title));
    } catch (error) {
      setFailure({ id: training.id, error });
    }
    await list.reload();
  };

  return (
    <PagedTable
      list={list}
      caption={tr.listCaption}
      columns={columns}
      row={(training) => {
        const full = training.enrolled >= training.capacity;
        return (
          <Fragment key={training.id}>
            <tr>
              <td>
                {training.title}
                {(training.organizer || training.location) && (
                  <div class="muted small">
                    {[training.organizer, training.location].filter(Boolean).join(' · ')}
                  </div>
                )}
              </td>
              <td>{ct.trainingTypes[training.type]}</td>
              <td>
                {training.competencies.length === 0 ? (
                  ct.none
                ) : (
                  <ul class="chips">
                    {training.competencies.map((c) => (
                      <li class="chip" key={c.code}>
                        {c.code} · {c.level}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td class="num">{fmt.int(training.jp)}</td>
              <td class="nowrap">
                {fmt.date(training.startDate)}
                {training.endDate !== training.startDate && <div>– {fmt.date(training.endDate)}</div>}
              </td>
              <td>
                <Meter
                  value={training.enrolled}
                  max={training.capacity}
                  tone={full ? 'full' : 'normal'}
                  text={
                    <>
                      {tr.seatsText(fmt.int(training.enrolled), fmt.int(training.capacity))}
                      {full && <div class="muted small">{tr.full}</div>}
                    </>
                  }
                />
              </td>
              <td>
                <span class="row-actions">
                  {canEnroll && (
                    <button
                      type="button"
                      class="btn btn-small btn-primary"
                      disabled={full}
                      onClick={() => enroll(training)}
                    >
                      {tr.enroll}
                    </button>
                  )}
                  {admin && (
                    <button
                      type="button"
                      class="btn btn-small"
                      aria-expanded={open === training.id}
                      onClick={() => setOpen(open === training.id ? null : training.id)}
                    >
                      {tr.participants}
                    </button>
                  )}
                </span>
              </td>
            </tr>
            {failure?.id === training.id && (
              <tr class="row-detail">
                <td colSpan={columns.length}>
                  <ErrorMessage error={failure.error} overrides={{ conflict: tr.enrollConflict }} />
                </td>
              </tr>
            )}
            {open === training.id && (
              <tr class="row-detail">
                <td colSpan={columns.length}>
                  <Enrollments training={training} onChanged={() => void list.reload()} />
                </td>
              </tr>
            )}
          </Fragment>
        );
      }}
    />
  );
}
