import type { TenantRole } from '@pamong/core';
import { Fragment } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import {
  type Agency,
  createUser,
  disableUser,
  enableUser,
  listUsers,
  type User,
  updateUser,
} from '../api/client';
import { AgencySelect, ConfirmButton, PagedTable, StatusBadge } from '../components/admin';
import { CreateFormCard, EditForm } from '../components/forms';
import { ErrorMessage, InputField, Notice, PageTitle, SelectField } from '../components/ui';
import { useI18n } from '../i18n';
import { useCreateForm } from '../lib/forms';
import { usePaged, useRowAction } from '../lib/hooks';
import { useAgencies } from '../lib/lookups';
import { createUserSchema, TENANT_ROLES, updateUserSchema } from '../lib/schemas';
import { useMe } from '../session';

interface Scope {
  /** Tenant admins manage every agency; agency admins only their own, and never grant tenant-admin. */
  tenantWide: boolean;
  ownAgencyId: string | null;
  selfId: string;
  roles: readonly TenantRole[];
  agencies: Agency[];
  agencyName: (id: string | null) => string;
}

export default function UsersPage() {
  const { t } = useI18n();
  const me = useMe();
  const { agencies, error: agenciesError, nameOf } = useAgencies();
  const [filter, setFilter] = useState('');
  const [rev, setRev] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);

  const tenantWide = me.user.role === 'tenant-admin';
  const scope = useMemo<Scope>(() => {
    return {
      tenantWide,
      ownAgencyId: me.user.agencyId,
      selfId: me.user.id,
      roles: tenantWide ? TENANT_ROLES : TENANT_ROLES.filter((r) => r !== 'tenant-admin'),
      agencies,
      agencyName: (id) => (id ? nameOf(id) : t.users.noAgency),
    };
  }, [agencies, nameOf, tenantWide, me.user.agencyId, me.user.id, t]);

  return (
    <section>
      <PageTitle>{t.users.title}</PageTitle>
      {!tenantWide && <p class="alert alert-info">{t.users.ownAgencyOnly}</p>}
      {notice && <Notice>{notice}</Notice>}
      <ErrorMessage error={agenciesError} />
      {tenantWide && (
        <div class="toolbar">
          <AgencySelect
            label={t.users.filterAgency}
            allLabel={t.users.allAgencies}
            agencies={agencies}
            value={filter}
            onChange={setFilter}
          />
        </div>
      )}
      <UserTable key={`${filter}:${rev}`} agencyId={filter || undefined} scope={scope} onNotice={setNotice} />
      <CreateUserForm
        scope={scope}
        onCreated={(user) => {
          setNotice(t.users.created(user.name));
          setRev((r) => r + 1);
        }}
      />
    </section>
  );
}

function UserTable({
  agencyId,
  scope,
  onNotice,
}: {
  agencyId?: string;
  scope: Scope;
  onNotice: (msg: string | null) => void;
}) {
  const { t } = useI18n();
  const list = usePaged((cursor) => listUsers({ cursor, limit: 25, agencyId }));
  const [editing, setEditing] = useState<string | null>(null);
  const { run, failureOf } = useRowAction(onNotice, list.reload);
  // The API refuses changing one's own role or status with a 409; say why in plain words.
  const overridesFor = (id: string) => (id === scope.selfId ? { conflict: t.users.ownAccount } : undefined);

  return (
    <PagedTable
      list={list}
      caption={t.users.listCaption}
      columns={[
        t.users.username,
        t.users.name,
        t.users.role,
        t.users.agency,
        t.common.status,
        t.common.actions,
      ]}
      row={(user) => {
        const failure = failureOf(user.id);
        return (
          <Fragment key={user.id}>
            <tr>
              <td>
                <code>{user.username}</code>
              </td>
              <td>
                {user.name} {user.id === scope.selfId && <span class="muted">{t.users.you}</span>}
                {user.email && <div class="muted small">{user.email}</div>}
              </td>
              <td>{t.roles[user.role]}</td>
              <td>{scope.agencyName(user.agencyId)}</td>
              <td>
                <StatusBadge status={user.status} />
              </td>
              <td>
                <span class="row-actions">
                  <button
                    type="button"
                    class="btn btn-small"
                    aria-expanded={editing === user.id}
                    onClick={() => setEditing(editing === user.id ? null : user.id)}
                  >
                    {t.common.edit}
                  </button>
                  {user.id !== scope.selfId &&
                    (user.status === 'active' ? (
                      <ConfirmButton
                        danger
                        label={t.users.disable}
                        question={t.users.confirmDisable(user.name)}
                        onConfirm={() => run(user.id, () => disableUser(user.id, user.version))}
                      />
                    ) : (
                      <button
                        type="button"
                        class="btn btn-small"
                        onClick={() => run(user.id, () => enableUser(user.id, user.version))}
                      >
                        {t.users.enable}
                      </button>
                    ))}
                </span>
              </td>
            </tr>
            {(editing === user.id || failure) && (
              <tr class="row-detail">
                <td colSpan={6}>
                  {failure && <ErrorMessage error={failure.error} overrides={overridesFor(user.id)} />}
                  {editing === user.id && (
                    <EditUserForm
                      user={user}
                      scope={scope}
                      onDone={() => setEditing(null)}
                      save={(body) => run(user.id, () => updateUser(user.id, body))}
                    />
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

/**
 * The role and agency chosen on a form. Held in state rather than read from the form: the agency
 * select is disabled for agency admins, and a disabled control is left out of the form's data.
 */
function useRoleAndAgency(initialRole: TenantRole, initialAgencyId: string) {
  const [role, setRole] = useState(initialRole);
  const [agencyId, setAgencyId] = useState(initialAgencyId);
  return { role, agencyId, setRole, setAgencyId };
}

type RoleAndAgencyChoice = ReturnType<typeof useRoleAndAgency>;

function RoleAndAgency({
  scope,
  choice,
  fields,
}: {
  scope: Scope;
  choice: RoleAndAgencyChoice;
  fields: Record<string, string>;
}) {
  const { t } = useI18n();
  return (
    <>
      <SelectField
        label={t.users.role}
        name="role"
        value={choice.role}
        errors={fields}
        onChange={(e) => choice.setRole(e.currentTarget.value as TenantRole)}
      >
        {scope.roles.map((r) => (
          <option key={r} value={r}>
            {t.roles[r]}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t.users.agency}
        name="agencyId"
        value={choice.agencyId}
        errors={fields}
        hint={t.hints.agencyId}
        disabled={!scope.tenantWide}
        onChange={(e) => choice.setAgencyId(e.currentTarget.value)}
      >
        {scope.tenantWide && <option value="">{t.users.noAgency}</option>}
        {scope.agencies
          .filter((a) => scope.tenantWide || a.id === scope.ownAgencyId)
          .map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
      </SelectField>
    </>
  );
}

function EditUserForm({
  user,
  scope,
  onDone,
  save,
}: {
  user: User;
  scope: Scope;
  onDone: () => void;
  save: (body: {
    name?: string;
    email?: string;
    role?: TenantRole;
    agencyId?: string | null;
    version: number;
  }) => Promise<boolean>;
}) {
  const { t } = useI18n();
  const choice = useRoleAndAgency(
    user.role === 'platform-admin' || user.role === 'applicant' ? 'employee' : user.role,
    user.agencyId ?? scope.ownAgencyId ?? '',
  );
  return (
    <EditForm
      schema={updateUserSchema}
      read={(v) => ({
        name: v.name,
        email: v.email,
        role: choice.role,
        agencyId: choice.agencyId || null,
        version: user.version,
      })}
      save={save}
      onDone={onDone}
      label={`${t.common.edit}: ${user.username}`}
    >
      {({ error, fields }) => (
        <>
          <ErrorMessage error={error} fieldNames={['name', 'email', 'role', 'agencyId']} />
          <div class="grid-2">
            <InputField
              label={t.users.name}
              name="name"
              defaultValue={user.name}
              errors={fields}
              maxLength={200}
            />
            <InputField
              label={t.users.email}
              name="email"
              type="email"
              defaultValue={user.email ?? ''}
              errors={fields}
              optional
            />
            <RoleAndAgency scope={scope} choice={choice} fields={fields} />
          </div>
        </>
      )}
    </EditForm>
  );
}

function CreateUserForm({ scope, onCreated }: { scope: Scope; onCreated: (user: User) => void }) {
  const { t } = useI18n();
  const choice = useRoleAndAgency('employee', scope.ownAgencyId ?? '');
  const form = useCreateForm(
    createUserSchema,
    (v) => ({
      username: v.username?.toLowerCase(),
      name: v.name,
      email: v.email,
      role: choice.role,
      agencyId: choice.agencyId || undefined,
      password: v.password,
    }),
    createUser,
    onCreated,
  );

  return (
    <CreateFormCard
      form={form}
      titleId="create-user-title"
      title={t.users.createTitle}
      submitLabel={t.users.submit}
      overrides={{ conflict: t.users.usernameTaken }}
      fieldNames={['username', 'name', 'email', 'role', 'agencyId', 'password']}
    >
      <div class="grid-2">
        <InputField
          label={t.users.username}
          name="username"
          errors={form.fields}
          hint={t.hints.username}
          autoCapitalize="none"
          autoComplete="off"
          maxLength={64}
        />
        <InputField label={t.users.name} name="name" errors={form.fields} maxLength={200} />
        <InputField label={t.users.email} name="email" type="email" errors={form.fields} optional />
        <InputField
          label={t.users.password}
          name="password"
          type="password"
          autoComplete="new-password"
          errors={form.fields}
          hint={t.hints.password}
          maxLength={128}
        />
        <RoleAndAgency scope={scope} choice={choice} fields={form.fields} />
      </div>
    </CreateFormCard>
  );
}
