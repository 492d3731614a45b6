/**
 * The mentorships the caller may see (mentors: their own mentees), each with its check-in notes;
 * recording a note and ending a mentorship are for its mentor or an admin.
 */
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { addMentoringCheckIn, endMentorship, listMentorships, type Mentorship } from '../../api/personnel';
import { PagedTable } from '../../components/admin';
import { FormActions } from '../../components/forms';
import { ErrorMessage, InputField, TextAreaField } from '../../components/ui';
import { useI18n } from '../../i18n';
import { useFormat, useToday } from '../../lib/format';
import { useSchemaForm } from '../../lib/forms';
import { usePaged } from '../../lib/hooks';
import { useRole } from '../../session';
import { CheckInList } from './CheckIns';
import { addCheckInSchema, endMentorshipSchema } from './schemas';
import { useDevelopmentText, useFieldErrors } from './shared';

type PanelKind = 'checkIns' | 'checkIn' | 'end';
type Panel = { id: string; kind: PanelKind } | null;

export function Mentorships({
  myEmployeeId,
  onNotice,
}: {
  myEmployeeId: string | null;
  onNotice: (msg: string | null) => void;
}) {
  const { t } = useI18n();
  const ct = useDevelopmentText();
  const cm = ct.mentoring;
  const fmt = useFormat();
  const { admin } = useRole();
  const list = usePaged((cursor) => listMentorships({ cursor, limit: 25 }));
  const [panel, setPanel] = useState<Panel>(null);
  const columns = [cm.mentor, cm.mentee, cm.period, cm.goals, t.common.status, t.common.actions];
  const toggle = (id: string, kind: PanelKind) =>
    setPanel(panel?.id === id && panel.kind === kind ? null : { id, kind });
  const done = async (msg: string) => {
    setPanel(null);
    onNotice(msg);
    await list.reload();
  };
  // The row's notes replace the form, so the saved note is seen among them.
  const checkedIn = (id: string) => {
    setPanel({ id, kind: 'checkIns' });
    onNotice(cm.checkInSaved);
  };
  return (
    <PagedTable
      list={list}
      caption={cm.listCaption}
      columns={columns}
      row={(m) => {
        const mayAct = m.status === 'active' && (admin || m.mentorEmployeeId === myEmployeeId);
        return (
          <Fragment key={m.id}>
            <tr>
              <td>{m.mentorName}</td>
              <td>{m.menteeName}</td>
              <td class="nowrap">
                {fmt.date(m.startDate)}
                {m.endDate ? ` – ${fmt.date(m.endDate)}` : ''}
              </td>
              <td>
                <ul class="cr-goals">
                  {m.goals.map((g) => (
                    <li key={g}>{g}</li>
                  ))}
                </ul>
              </td>
              <td>
                <span class={m.status === 'active' ? 'badge badge-ok' : 'badge badge-muted'}>
                  {cm.status[m.status]}
                </span>
                {m.endReason && <div class="muted small">{m.endReason}</div>}
              </td>
              <td>
                <span class="row-actions">
                  <button
                    type="button"
                    class="btn btn-small"
                    aria-expanded={panel?.id === m.id && panel.kind === 'checkIns'}
                    onClick={() => toggle(m.id, 'checkIns')}
                  >
                    {cm.checkIns}
                  </button>
                  {mayAct && (
                    <>
                      <button
                        type="button"
                        class="btn btn-small"
                        aria-expanded={panel?.id === m.id && panel.kind === 'checkIn'}
                        onClick={() => toggle(m.id, 'checkIn')}
                      >
                        {cm.checkIn}
                      </button>
                      <button
                        type="button"
                        class="btn btn-small btn-danger"
                        aria-expanded={panel?.id === m.id && panel.kind === 'end'}
                        onClick={() => toggle(m.id, 'end')}
                      >
                        {cm.end}
                      </button>
                    </>
                  )}
                </span>
              </td>
            </tr>
            {panel?.id === m.id && (
              <tr class="row-detail">
                <td colSpan={columns.length}>
                  {panel.kind === 'checkIns' && <CheckInList m={m} />}
                  {panel.kind === 'checkIn' && (
                    <CheckInForm m={m} onCancel={() => setPanel(null)} onDone={() => checkedIn(m.id)} />
                  )}
                  {panel.kind === 'end' && (
                    <EndForm m={m} onCancel={() => setPanel(null)} onDone={() => done(cm.ended)} />
                  )}
                </td>
              </tr>
            )}
          </Fragment>
        );
      }}
    />
  );
}

function CheckInForm({ m, onCancel, onDone }: { m: Mentorship; onCancel: () => void; onDone: () => void }) {
  const ct = useDevelopmentText();
  const cm = ct.mentoring;
  const today = useToday();
  const form = useSchemaForm(
    addCheckInSchema,
    (v) => ({ date: v.date, note: v.note }),
    async (value) => {
      await addMentoringCheckIn(m.id, value);
      onDone();
    },
  );
  const errors = useFieldErrors(form.error);
  return (
    <form class="stack" noValidate onSubmit={form.submit} aria-label={cm.checkInTitle}>
      <ErrorMessage error={form.error} fieldNames={['date', 'note']} />
      <InputField label={cm.date} name="date" type="date" defaultValue={today} errors={errors} />
      <TextAreaField label={cm.note} name="note" rows={3} maxLength={2000} errors={errors} />
      <FormActions label={cm.checkIn} small busy={form.busy} onCancel={onCancel} />
    </form>
  );
}

function EndForm({ m, onCancel, onDone }: { m: Mentorship; onCancel: () => void; onDone: () => void }) {
  const ct = useDevelopmentText();
  const cm = ct.mentoring;
  const today = useToday();
  const form = useSchemaForm(
    endMentorshipSchema,
    (v) => ({ endDate: v.endDate, reason: v.reason, version: m.version }),
    async (value) => {
      await endMentorship(m.id, value);
      onDone();
    },
  );
  const errors = useFieldErrors(form.error);
  return (
    <form class="stack" noValidate onSubmit={form.submit} aria-label={cm.endTitle}>
      <ErrorMessage error={form.error} fieldNames={['endDate', 'reason']} />
      <InputField
        label={cm.endDate}
        name="endDate"
        type="date"
        defaultValue={today}
        min={m.startDate}
        errors={errors}
      />
      <TextAreaField label={cm.endReason} name="reason" rows={2} maxLength={500} errors={errors} />
      <FormActions label={cm.end} small busy={form.busy} onCancel={onCancel} />
    </form>
  );
}
