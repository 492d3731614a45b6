import { useState } from 'preact/hooks';
import { listAll } from '../../api/client';
import {
  createMentorship,
  type Employee,
  getMenteeEligibility,
  listMentors,
  type MenteeEligibility,
  type MentorSuggestion,
  type SearchHit,
  suggestMentors,
  upsertMentorProfile,
} from '../../api/personnel';
import { FormActions } from '../../components/forms';
import { ErrorMessage, InputField, Loading, Notice, TextAreaField } from '../../components/ui';
import { useI18n } from '../../i18n';
import { useFormat, useToday } from '../../lib/format';
import { useSchemaForm } from '../../lib/forms';
import { useAsync } from '../../lib/hooks';
import { useRole } from '../../session';
import { Mentorships } from './Mentorships';
import { CompetencyPicker, EmployeePicker, type LevelEntry, useCatalogue } from './parts';
import { createMentorshipSchema, upsertMentorProfileSchema } from './schemas';
import { DevelopmentHeader, num, useDevelopmentText, useFieldErrors, useMyEmployee } from './shared';

export default function MentoringPage() {
  return <Mentoring />;
}

function Mentoring() {
  const ct = useDevelopmentText();
  const { admin, supervisor } = useRole();
  const { employee, loading } = useMyEmployee();
  const [notice, setNotice] = useState<string | null>(null);
  const [rev, setRev] = useState(0);
  const notify = (msg: string) => {
    setNotice(msg);
    setRev((r) => r + 1);
  };
  return (
    <section>
      <DevelopmentHeader title={ct.titles.mentoring} />
      {notice && <Notice>{notice}</Notice>}
      {loading && <Loading />}
      {!loading &&
        (employee ? (
          <MentorProfileCard employee={employee} onSaved={() => setNotice(ct.mentoring.profileSaved)} />
        ) : (
          !admin && <p class="alert alert-info">{ct.mentoring.noEmployee}</p>
        ))}
      {(admin || supervisor || employee) && !loading && (
        <Suggestions selfId={admin || supervisor ? null : (employee?.id ?? null)} onPaired={notify} />
      )}
      <Mentorships key={rev} myEmployeeId={employee?.id ?? null} onNotice={setNotice} />
    </section>
  );
}

function MentorProfileCard({ employee, onSaved }: { employee: Employee; onSaved: () => void }) {
  const ct = useDevelopmentText();
  const cm = ct.mentoring;
  const { competencies } = useCatalogue();
  const existing = useAsync(
    async () => (await listAll((q) => listMentors(q))).find((m) => m.employeeId === employee.id) ?? null,
    [employee.id],
  );
  if (existing.loading && !existing.data) return <Loading />;
  return (
    <MentorProfileForm
      key={existing.data?.version ?? 0}
      employeeId={employee.id}
      profile={existing.data}
      catalogue={competencies}
      onSaved={async () => {
        await existing.reload();
        onSaved();
      }}
      title={cm.profileTitle}
    />
  );
}

function MentorProfileForm({
  employeeId,
  profile,
  catalogue,
  onSaved,
  title,
}: {
  employeeId: string;
  profile: Awaited<ReturnType<typeof upsertMentorProfile>> | null;
  catalogue: ReturnType<typeof useCatalogue>['competencies'];
  onSaved: () => Promise<void>;
  title: string;
}) {
  const { t } = useI18n();
  const ct = useDevelopmentText();
  const cm = ct.mentoring;
  const [offered, setOffered] = useState<LevelEntry[]>(profile?.offeredCompetencies ?? []);
  const [active, setActive] = useState(profile?.active ?? true);
  const form = useSchemaForm(
    upsertMentorProfileSchema,
    (v) => ({ offeredCompetencies: offered, capacity: num(v.capacity), active, version: profile?.version }),
    async (value) => {
      await upsertMentorProfile(employeeId, value);
      await onSaved();
    },
  );
  const errors = useFieldErrors(form.error);
  const shown = [
    'offeredCompetencies',
    'capacity',
    'active',
    ...Object.keys(errors).filter((k) => k.startsWith('offered')),
  ];
  return (
    <form class="card stack" noValidate onSubmit={form.submit} aria-labelledby="mentor-profile">
      <h2 id="mentor-profile">{title}</h2>
      <p class="muted">{cm.profileIntro}</p>
      <ErrorMessage error={form.error} fieldNames={shown} />
      <CompetencyPicker
        legend={cm.offered}
        name="offeredCompetencies"
        levelKey="level"
        levelLabel={ct.competencyPicker.level}
        value={offered}
        onChange={setOffered}
        catalogue={catalogue}
        errors={errors}
      />
      <InputField
        label={cm.capacity}
        name="capacity"
        type="number"
        min={1}
        max={10}
        defaultValue={String(profile?.capacity ?? 2)}
        errors={errors}
      />
      <label class="check">
        <input type="checkbox" checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />
        <span>{cm.active}</span>
      </label>
      <FormActions label={t.common.save} busy={form.busy} />
    </form>
  );
}

/** Mentors ranked for a mentee: admins and supervisors pick the mentee, an employee sees their own. */
function Suggestions({ selfId, onPaired }: { selfId: string | null; onPaired: (msg: string) => void }) {
  const ct = useDevelopmentText();
  const cm = ct.mentoring;
  const { admin } = useRole();
  const [mentee, setMentee] = useState<SearchHit | null>(null);
  const menteeId = selfId ?? mentee?.id ?? null;
  return (
    <div class="card stack">
      <h2>{cm.suggestTitle}</h2>
      <p class="muted">{selfId ? cm.suggestIntroSelf : cm.suggestIntroAdmin}</p>
      {!selfId && <EmployeePicker label={cm.mentee} chosen={mentee} onChoose={setMentee} />}
      {menteeId && (
        <EligibleSuggestions
          key={menteeId}
          menteeId={menteeId}
          self={Boolean(selfId)}
          menteeName={mentee?.name ?? ''}
          canPair={admin}
          onPaired={onPaired}
        />
      )}
    </div>
  );
}

/**
 * Mentor suggestions are for new employees only: the eligibility is asked first, and a mentee who
 * is not new is told why instead of being sent to the suggestions (which the API refuses).
 */
function EligibleSuggestions({
  menteeId,
  self,
  menteeName,
  canPair,
  onPaired,
}: {
  menteeId: string;
  self: boolean;
  menteeName: string;
  canPair: boolean;
  onPaired: (msg: string) => void;
}) {
  const eligibility = useAsync(() => getMenteeEligibility(self ? undefined : menteeId), [menteeId, self]);
  if (eligibility.error) return <ErrorMessage error={eligibility.error} />;
  if (!eligibility.data) return <Loading />;
  if (!eligibility.data.eligible) return <NotEligible eligibility={eligibility.data} self={self} />;
  return <SuggestionList menteeId={menteeId} menteeName={menteeName} canPair={canPair} onPaired={onPaired} />;
}

function NotEligible({ eligibility: e, self }: { eligibility: MenteeEligibility; self: boolean }) {
  const cm = useDevelopmentText().mentoring;
  const fmt = useFormat();
  const since = e.newUntil ? fmt.dateLong(e.newUntil) : null;
  return (
    <p class="alert alert-info" data-testid="mentee-not-eligible">
      {cm.onlyNew(e.newEmployeeYears)}{' '}
      {e.reason === 'no-start-date' ? cm.noStartDate(self) : cm.notNewSince(self, since)}
    </p>
  );
}

function SuggestionList({
  menteeId,
  menteeName,
  canPair,
  onPaired,
}: {
  menteeId: string;
  menteeName: string;
  canPair: boolean;
  onPaired: (msg: string) => void;
}) {
  const ct = useDevelopmentText();
  const cm = ct.mentoring;
  const fmt = useFormat();
  const data = useAsync(() => suggestMentors(menteeId), [menteeId]);
  const [pairing, setPairing] = useState<MentorSuggestion | null>(null);
  const items = data.data?.items ?? [];
  return (
    <>
      <ErrorMessage error={data.error} />
      {data.loading && !data.data && <Loading />}
      {data.data && items.length === 0 && <p class="muted">{cm.noSuggestions}</p>}
      {items.length > 0 && (
        <div class="table-wrap">
          <table>
            <caption>{cm.suggestionsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{cm.mentor}</th>
                <th scope="col">{cm.match}</th>
                <th scope="col">{cm.matched}</th>
                <th scope="col">{ct.agency}</th>
                {canPair && <th scope="col">{ct.candidates.place}</th>}
              </tr>
            </thead>
            <tbody>
              {items.map((s) => (
                <tr key={s.mentor.employeeId}>
                  <td>
                    {s.mentor.name}
                    <div class="muted small">{cm.freeCapacity(s.factors.freeCapacity)}</div>
                  </td>
                  <td class="num">{fmt.pct(s.score)}</td>
                  <td>{s.matched.length === 0 ? ct.none : s.matched.join(', ')}</td>
                  <td>{s.factors.sameAgency ? cm.sameAgency : cm.otherAgency}</td>
                  {canPair && (
                    <td>
                      <button type="button" class="btn btn-small" onClick={() => setPairing(s)}>
                        {cm.pair}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pairing && (
        <PairForm
          mentor={pairing}
          menteeId={menteeId}
          menteeName={menteeName}
          onCancel={() => setPairing(null)}
          onDone={() => {
            setPairing(null);
            onPaired(cm.created);
            void data.reload();
          }}
        />
      )}
    </>
  );
}

function PairForm({
  mentor,
  menteeId,
  menteeName,
  onCancel,
  onDone,
}: {
  mentor: MentorSuggestion;
  menteeId: string;
  menteeName: string;
  onCancel: () => void;
  onDone: () => void;
}) {
  const ct = useDevelopmentText();
  const cm = ct.mentoring;
  const today = useToday();
  const form = useSchemaForm(
    createMentorshipSchema,
    (v) => ({
      mentorEmployeeId: mentor.mentor.employeeId,
      menteeEmployeeId: menteeId,
      startDate: v.startDate,
      goals: (v.goals ?? '')
        .split('\n')
        .map((g) => g.trim())
        .filter(Boolean),
    }),
    async (value) => {
      await createMentorship(value);
      onDone();
    },
  );
  const errors = useFieldErrors(form.error);
  return (
    <form class="unit-edit stack" noValidate onSubmit={form.submit} aria-labelledby="pair-title">
      <h3 id="pair-title">{cm.pairTitle(mentor.mentor.name, menteeName)}</h3>
      <ErrorMessage error={form.error} fieldNames={['startDate', 'goals', 'menteeEmployeeId']} />
      <InputField label={cm.startDate} name="startDate" type="date" defaultValue={today} errors={errors} />
      <TextAreaField label={cm.goals} name="goals" hint={cm.goalsHint} rows={3} errors={errors} />
      <FormActions label={cm.pair} busy={form.busy} onCancel={onCancel} />
    </form>
  );
}
