import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import {
  type Agency,
  createAgency,
  createUnit,
  deactivateAgency,
  deactivateUnit,
  deleteAgency,
  listAgencies,
  listAll,
  listUnits,
  reactivateAgency,
  type Unit,
  updateAgency,
  updateUnit,
} from '../api/client';
import { ConfirmButton, Pager, StatusBadge } from '../components/admin';
import { CreateFormCard, EditForm, FormActions } from '../components/forms';
import { ErrorMessage, InputField, Loading, Notice, PageTitle, SelectField } from '../components/ui';
import { useI18n } from '../i18n';
import { useCreateForm } from '../lib/forms';
import { usePaged, useRowAction } from '../lib/hooks';
import { createAgencySchema, createUnitSchema, updateAgencySchema, updateUnitSchema } from '../lib/schemas';
import { useMe } from '../session';

interface UnitsState {
  items?: Unit[];
  loading: boolean;
  error?: unknown;
}

/** What every node of the tree needs from the page. */
interface OrgCtx {
  canEdit: boolean;
  agencies: Agency[];
  refresh: () => Promise<void>;
  notify: (msg: string | null) => void;
}

export default function OrgPage() {
  const { t } = useI18n();
  const me = useMe();
  return <OrgTree canEdit={me.user.role === 'tenant-admin'} title={t.org.title} />;
}

function OrgTree({ canEdit, title }: { canEdit: boolean; title: string }) {
  const { t } = useI18n();
  // A tenant has tens of agencies, so one page of 100 usually shows them all.
  const agencies = usePaged((cursor) => listAgencies({ cursor, limit: 100 }));
  const [expanded, setExpanded] = useState<Record<string, boolean>>({});
  const [units, setUnits] = useState<Record<string, UnitsState>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const expandedRef = useRef(expanded);
  expandedRef.current = expanded;

  const loadUnits = useCallback(async (agencyId: string) => {
    setUnits((u) => ({ ...u, [agencyId]: { items: u[agencyId]?.items, loading: true } }));
    try {
      const items = await listAll((q) => listUnits(agencyId, q));
      setUnits((u) => ({ ...u, [agencyId]: { items, loading: false } }));
    } catch (error) {
      setUnits((u) => ({ ...u, [agencyId]: { items: u[agencyId]?.items, loading: false, error } }));
    }
  }, []);

  const refresh = useCallback(async () => {
    const open = Object.keys(expandedRef.current).filter((id) => expandedRef.current[id]);
    await Promise.all([agencies.reload(), ...open.map(loadUnits)]);
  }, [agencies.reload, loadUnits]);

  const toggle = (agencyId: string) => {
    const open = !expanded[agencyId];
    setExpanded((e) => ({ ...e, [agencyId]: open }));
    if (open) void loadUnits(agencyId);
  };

  const ctx: OrgCtx = { canEdit, agencies: agencies.items, refresh, notify: setNotice };

  return (
    <section>
      <PageTitle>{title}</PageTitle>
      {!canEdit && <p class="alert alert-info">{t.org.readOnly}</p>}
      {notice && <Notice>{notice}</Notice>}
      {canEdit && (
        <CreateAgencyForm
          onCreated={async (agency) => {
            setNotice(t.org.agencyCreated(agency.name));
            expandedRef.current = { ...expandedRef.current, [agency.id]: true };
            setExpanded(expandedRef.current);
            await refresh();
          }}
        />
      )}
      <div class="card">
        <ErrorMessage error={agencies.error} />
        {agencies.loading && agencies.items.length === 0 && <Loading />}
        <ul class="tree" aria-label={t.org.treeLabel} aria-busy={agencies.loading}>
          {agencies.items.map((agency) => (
            <AgencyNode
              key={agency.id}
              agency={agency}
              open={Boolean(expanded[agency.id])}
              units={units[agency.id]}
              onToggle={() => toggle(agency.id)}
              ctx={ctx}
            />
          ))}
        </ul>
        {!agencies.loading && agencies.items.length === 0 && !agencies.error && (
          <p class="muted">{t.common.empty}</p>
        )}
        <Pager list={agencies} />
      </div>
    </section>
  );
}

function CreateAgencyForm({ onCreated }: { onCreated: (agency: Agency) => Promise<void> }) {
  const { t } = useI18n();
  const form = useCreateForm(
    createAgencySchema,
    (v) => ({ name: v.name, code: v.code?.toUpperCase() }),
    createAgency,
    onCreated,
  );

  return (
    <CreateFormCard
      form={form}
      titleId="create-agency-title"
      title={t.org.createAgency}
      submitLabel={t.org.createAgency}
      overrides={{ conflict: t.org.nameTaken }}
      fieldNames={['name', 'code']}
    >
      <div class="grid-2 grid-form">
        <InputField label={t.org.agencyName} name="name" errors={form.fields} maxLength={200} />
        <InputField
          label={t.org.code}
          name="code"
          errors={form.fields}
          hint={t.hints.code}
          optional
          maxLength={20}
        />
      </div>
    </CreateFormCard>
  );
}

function AgencyNode({
  agency,
  open,
  units,
  onToggle,
  ctx,
}: {
  agency: Agency;
  open: boolean;
  units?: UnitsState;
  onToggle: () => void;
  ctx: OrgCtx;
}) {
  const { t } = useI18n();
  const [renaming, setRenaming] = useState(false);
  const { run, failureOf } = useRowAction(ctx.notify, ctx.refresh);
  const failure = failureOf(agency.id);
  const childrenId = `units-${agency.id}`;

  return (
    <li class="tree-agency" data-testid="agency-node">
      <div class="node-row">
        <button
          type="button"
          class="toggle"
          aria-expanded={open}
          aria-controls={childrenId}
          onClick={onToggle}
        >
          <span class="caret" aria-hidden="true" />
          <span class="node-name">{agency.name}</span>
        </button>
        {agency.code && <code class="node-code">{agency.code}</code>}
        <StatusBadge status={agency.status} />
        <span class="node-meta">
          {t.org.units(agency.unitCount)} · {t.org.employees(agency.employeeCount)}
        </span>
        {ctx.canEdit && !renaming && (
          <span class="row-actions">
            <button type="button" class="btn btn-small" onClick={() => setRenaming(true)}>
              {t.common.rename}
            </button>
            {agency.status === 'active' ? (
              <ConfirmButton
                label={t.org.deactivate}
                question={t.org.confirmDeactivateAgency(agency.name)}
                onConfirm={() => run(agency.id, () => deactivateAgency(agency.id, agency.version))}
              />
            ) : (
              <button
                type="button"
                class="btn btn-small"
                onClick={() => run(agency.id, () => reactivateAgency(agency.id, agency.version))}
              >
                {t.org.reactivate}
              </button>
            )}
            <ConfirmButton
              danger
              label={t.org.delete}
              question={t.org.confirmDeleteAgency(agency.name)}
              onConfirm={() =>
                run(agency.id, () => deleteAgency(agency.id, agency.version), {
                  success: t.org.deleted(agency.name),
                  overrides: { conflict: t.org.deleteBlocked },
                })
              }
            />
          </span>
        )}
      </div>
      {failure && <ErrorMessage error={failure.error} overrides={failure.overrides} />}
      {renaming && (
        <RenameAgencyForm
          agency={agency}
          onDone={() => setRenaming(false)}
          save={(body) => run(agency.id, () => updateAgency(agency.id, body))}
        />
      )}
      {open && (
        <div id={childrenId} class="node-children">
          {units?.error ? <ErrorMessage error={units.error} /> : null}
          {units?.loading && !units.items && <Loading />}
          {units?.items &&
            (units.items.length === 0 ? (
              <p class="muted">{t.org.noUnits}</p>
            ) : (
              <UnitTree agency={agency} units={units.items} ctx={ctx} />
            ))}
          {ctx.canEdit && units?.items && <CreateUnitForm agency={agency} units={units.items} ctx={ctx} />}
        </div>
      )}
    </li>
  );
}

function RenameAgencyForm({
  agency,
  onDone,
  save,
}: {
  agency: Agency;
  onDone: () => void;
  save: (body: { name?: string; code?: string; version: number }) => Promise<boolean>;
}) {
  const { t } = useI18n();
  return (
    <EditForm
      schema={updateAgencySchema}
      read={(v) => ({ name: v.name, code: v.code?.toUpperCase(), version: agency.version })}
      save={save}
      onDone={onDone}
    >
      {({ fields }) => (
        <>
          <InputField
            label={t.org.agencyName}
            name="name"
            defaultValue={agency.name}
            errors={fields}
            maxLength={200}
          />
          <InputField
            label={t.org.code}
            name="code"
            defaultValue={agency.code ?? ''}
            errors={fields}
            optional
            maxLength={20}
          />
        </>
      )}
    </EditForm>
  );
}

interface TreeIndex {
  byId: Map<string, Unit>;
  children: Map<string | null, Unit[]>;
}

/** Units arrive as a flat list; a unit whose parent is not in it is shown at the top level. */
function indexUnits(units: Unit[]): TreeIndex {
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<string | null, Unit[]>();
  const sorted = [...units].sort((a, b) => a.name.localeCompare(b.name, 'id'));
  for (const u of sorted) {
    const parent = u.parentUnitId && byId.has(u.parentUnitId) ? u.parentUnitId : null;
    const list = children.get(parent) ?? [];
    list.push(u);
    children.set(parent, list);
  }
  return { byId, children };
}

/** Depth-first order with depth, for indented parent choices. Cycles cannot loop: ids are visited once. */
function flatten(index: TreeIndex): { unit: Unit; depth: number }[] {
  const out: { unit: Unit; depth: number }[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const u of index.children.get(parent) ?? []) {
      if (seen.has(u.id)) continue;
      seen.add(u.id);
      out.push({ unit: u, depth });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

function descendantsOf(index: TreeIndex, unitId: string): Set<string> {
  const out = new Set<string>([unitId]);
  const stack = [unitId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    for (const child of index.children.get(id) ?? []) {
      if (!out.has(child.id)) {
        out.add(child.id);
        stack.push(child.id);
      }
    }
  }
  return out;
}

const indent = (depth: number) => '\u00a0\u00a0\u00a0'.repeat(depth);

function UnitTree({ agency, units, ctx }: { agency: Agency; units: Unit[]; ctx: OrgCtx }) {
  const index = useMemo(() => indexUnits(units), [units]);
  return <UnitList parent={null} agency={agency} index={index} ctx={ctx} />;
}

function UnitList({
  parent,
  agency,
  index,
  ctx,
}: {
  parent: string | null;
  agency: Agency;
  index: TreeIndex;
  ctx: OrgCtx;
}) {
  const list = index.children.get(parent) ?? [];
  if (list.length === 0) return null;
  return (
    <ul class="tree-units">
      {list.map((u) => (
        <UnitNode key={u.id} unit={u} agency={agency} index={index} ctx={ctx} />
      ))}
    </ul>
  );
}

function UnitNode({
  unit,
  agency,
  index,
  ctx,
}: {
  unit: Unit;
  agency: Agency;
  index: TreeIndex;
  ctx: OrgCtx;
}) {
  const { t } = useI18n();
  const [mode, setMode] = useState<'view' | 'rename' | 'move'>('view');
  const { run, failureOf } = useRowAction(ctx.notify, ctx.refresh);
  const failure = failureOf(unit.id);
  const hasChildren = (index.children.get(unit.id)?.length ?? 0) > 0;

  return (
    <li class="tree-unit">
      <div class="node-row">
        <span class="node-name">{unit.name}</span>
        {unit.status !== 'active' && <StatusBadge status={unit.status} />}
        {ctx.canEdit && mode === 'view' && (
          <span class="row-actions">
            <button type="button" class="btn btn-small" onClick={() => setMode('rename')}>
              {t.common.rename}
            </button>
            <button type="button" class="btn btn-small" onClick={() => setMode('move')}>
              {t.org.move}
            </button>
            {unit.status === 'active' && (
              <ConfirmButton
                label={t.org.deactivate}
                question={t.org.confirmDeactivateUnit(unit.name)}
                onConfirm={() => run(unit.id, () => deactivateUnit(agency.id, unit.id, unit.version))}
              />
            )}
          </span>
        )}
      </div>
      {failure && <ErrorMessage error={failure.error} overrides={failure.overrides} />}
      {mode === 'rename' && (
        <RenameUnitForm
          unit={unit}
          onDone={() => setMode('view')}
          save={(body) => run(unit.id, () => updateUnit(agency.id, unit.id, body))}
        />
      )}
      {mode === 'move' && (
        <MoveUnitForm
          unit={unit}
          agency={agency}
          index={index}
          agencies={ctx.agencies}
          onDone={() => setMode('view')}
          save={(body) =>
            run(unit.id, () => updateUnit(agency.id, unit.id, body), {
              overrides: hasChildren ? { conflict: t.org.moveBlocked } : undefined,
            })
          }
        />
      )}
      <UnitList parent={unit.id} agency={agency} index={index} ctx={ctx} />
    </li>
  );
}

type UnitPatch = { name?: string; agencyId?: string; parentUnitId?: string | null; version: number };

function RenameUnitForm({
  unit,
  onDone,
  save,
}: {
  unit: Unit;
  onDone: () => void;
  save: (body: UnitPatch) => Promise<boolean>;
}) {
  const { t } = useI18n();
  return (
    <EditForm
      schema={updateUnitSchema}
      read={(v) => ({ name: v.name, version: unit.version })}
      save={save}
      onDone={onDone}
    >
      {({ fields }) => (
        <InputField
          label={t.org.unitName}
          name="name"
          defaultValue={unit.name}
          errors={fields}
          maxLength={200}
        />
      )}
    </EditForm>
  );
}

function MoveUnitForm({
  unit,
  agency,
  index,
  agencies,
  onDone,
  save,
}: {
  unit: Unit;
  agency: Agency;
  index: TreeIndex;
  agencies: Agency[];
  onDone: () => void;
  save: (body: UnitPatch) => Promise<boolean>;
}) {
  const { t } = useI18n();
  const [target, setTarget] = useState(agency.id);
  const [parent, setParent] = useState(unit.parentUnitId ?? '');
  const sameAgency = target === agency.id;
  // A unit cannot go under itself or one of its own descendants.
  const excluded = useMemo(() => descendantsOf(index, unit.id), [index, unit.id]);
  const parents = flatten(index).filter((p) => !excluded.has(p.unit.id));

  return (
    <form
      class="inline-form"
      aria-label={t.org.moveTitle(unit.name)}
      onSubmit={async (e) => {
        e.preventDefault();
        const body: UnitPatch = sameAgency
          ? { parentUnitId: parent || null, version: unit.version }
          : { agencyId: target, version: unit.version };
        if (await save(body)) onDone();
      }}
    >
      <SelectField
        label={t.org.moveTo}
        name="agencyId"
        value={target}
        onChange={(e) => setTarget(e.currentTarget.value)}
      >
        {agencies.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </SelectField>
      {sameAgency ? (
        <SelectField
          label={t.org.parentUnit}
          name="parentUnitId"
          value={parent}
          onChange={(e) => setParent(e.currentTarget.value)}
        >
          <option value="">{t.org.topLevel}</option>
          {parents.map(({ unit: p, depth }) => (
            <option key={p.id} value={p.id}>
              {indent(depth)}
              {p.name}
            </option>
          ))}
        </SelectField>
      ) : (
        <p class="field-hint">{t.org.moveOtherAgency}</p>
      )}
      <FormActions label={t.org.move} small onCancel={onDone} />
    </form>
  );
}

function CreateUnitForm({ agency, units, ctx }: { agency: Agency; units: Unit[]; ctx: OrgCtx }) {
  const { t } = useI18n();
  const { error, fields, busy, submit } = useCreateForm(
    createUnitSchema,
    (v) => ({ name: v.name, parentUnitId: v.parentUnitId }),
    (value) => createUnit(agency.id, value),
    (unit) => ctx.notify(t.org.unitCreated(unit.name)),
  );
  const parents = useMemo(() => flatten(indexUnits(units)), [units]);

  return (
    <form
      class="inline-form create-unit"
      onSubmit={async (e) => {
        // Reloaded after a failed request too: a refusal may mean the tree changed meanwhile.
        if (await submit(e)) await ctx.refresh();
      }}
      noValidate
      aria-label={`${t.org.createUnit}: ${agency.name}`}
    >
      <ErrorMessage error={error} fieldNames={['name', 'parentUnitId']} />
      <InputField label={t.org.unitName} name="name" errors={fields} maxLength={200} />
      <SelectField label={t.org.parentUnit} name="parentUnitId" errors={fields} optional>
        <option value="">{t.org.topLevel}</option>
        {parents.map(({ unit, depth }) => (
          <option key={unit.id} value={unit.id}>
            {indent(depth)}
            {unit.name}
          </option>
        ))}
      </SelectField>
      <FormActions label={t.org.createUnit} busy={busy} small />
    </form>
  );
}
