import { useState } from 'preact/hooks';
import { type Competency, createCompetency, listCompetencies } from '../../api/personnel';
import { PagedTable } from '../../components/admin';
import { CreateFormCard } from '../../components/forms';
import { InputField, Notice, SelectField, TextAreaField } from '../../components/ui';
import { useI18n } from '../../i18n';
import { useCreateForm } from '../../lib/forms';
import { usePaged } from '../../lib/hooks';
import { useRole } from '../../session';
import { COMPETENCY_GROUPS, createCompetencySchema } from './schemas';
import { PositionsHeader, useDevelopmentText, useFieldErrors } from './shared';

type Group = (typeof COMPETENCY_GROUPS)[number];

export default function CompetenciesPage() {
  return <Competencies />;
}

function Competencies() {
  const ct = useDevelopmentText();
  const { tenantWide } = useRole();
  const [group, setGroup] = useState<Group | ''>('');
  const [rev, setRev] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section>
      <PositionsHeader title={ct.titles.competencies} current="/competencies" />
      {notice && <Notice>{notice}</Notice>}
      <fieldset class="segmented">
        <legend class="sr-only">{ct.competencies.group}</legend>
        {(['', ...COMPETENCY_GROUPS] as const).map((g) => (
          <button
            key={g || 'all'}
            type="button"
            class="btn btn-small"
            aria-pressed={group === g}
            onClick={() => setGroup(g)}
          >
            {g ? ct.groups[g] : ct.competencies.allGroups}
          </button>
        ))}
      </fieldset>
      <CompetencyTable key={`${group}:${rev}`} group={group || undefined} />
      {tenantWide ? (
        <CreateCompetency
          onCreated={(c) => {
            setNotice(ct.competencies.created(c.name));
            setRev((r) => r + 1);
          }}
        />
      ) : (
        <p class="muted">{ct.competencies.tenantAdminOnly}</p>
      )}
    </section>
  );
}

function CompetencyTable({ group }: { group?: Group }) {
  const ct = useDevelopmentText();
  const cc = ct.competencies;
  const list = usePaged((cursor) => listCompetencies({ cursor, limit: 25, group }));
  return (
    <PagedTable
      list={list}
      caption={cc.listCaption}
      columns={[cc.code, cc.name, cc.group, cc.levels]}
      row={(c) => (
        <tr key={c.code}>
          <td>
            <code>{c.code}</code>
          </td>
          <td>{c.name}</td>
          <td>{ct.groups[c.group]}</td>
          <td>
            <details>
              <summary>{cc.showLevels}</summary>
              <ol class="cr-goals">
                {c.levels.map((l) => (
                  <li key={l.level} value={l.level}>
                    {l.description}
                  </li>
                ))}
              </ol>
            </details>
          </td>
        </tr>
      )}
    />
  );
}

const LEVELS = [1, 2, 3, 4, 5] as const;
const FIELDS = ['code', 'name', 'group', 'levels', ...LEVELS.map((l) => `levels.${l - 1}.description`)];

function CreateCompetency({ onCreated }: { onCreated: (c: Competency) => void }) {
  const { t } = useI18n();
  const ct = useDevelopmentText();
  const cc = ct.competencies;
  const form = useCreateForm(
    createCompetencySchema,
    (v) => ({
      code: v.code,
      name: v.name,
      group: v.group,
      levels: LEVELS.map((level) => ({ level, description: v[`level${level}`] })),
    }),
    createCompetency,
    onCreated,
  );
  const errors = useFieldErrors(form.error);
  // The level textareas are named level1..level5; the API names them levels.0.description…
  const levelErrors: Record<string, string> = { ...errors };
  for (const l of LEVELS) {
    const e = errors[`levels.${l - 1}.description`];
    if (e) levelErrors[`level${l}`] = e;
  }
  return (
    <CreateFormCard
      form={form}
      titleId="create-competency"
      title={cc.createTitle}
      submitLabel={cc.submit}
      fieldNames={FIELDS}
      overrides={{ conflict: cc.codeTaken }}
    >
      <div class="grid-2">
        <InputField label={cc.code} name="code" errors={errors} hint={ct.hints.code} maxLength={40} />
        <SelectField label={cc.group} name="group" errors={errors}>
          <option value="">{t.validation.choose}</option>
          {COMPETENCY_GROUPS.map((g) => (
            <option key={g} value={g}>
              {ct.groups[g]}
            </option>
          ))}
        </SelectField>
      </div>
      <InputField label={cc.name} name="name" errors={errors} maxLength={200} />
      {LEVELS.map((l) => (
        <TextAreaField
          key={l}
          label={cc.levelN(l)}
          name={`level${l}`}
          rows={2}
          maxLength={500}
          errors={levelErrors}
        />
      ))}
    </CreateFormCard>
  );
}
