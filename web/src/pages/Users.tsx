import type { TenantRole } from '@pamong/core';
import { Fragment } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  type Agency,
  ApiError,
  createUser,
  disableUser,
  enableUser,
  listAgencies,
  listAll,
  listUsers,
  type User,
  updateUser,
} from '../api/client';
import {
  ConfirmButton,
  ErrorMessage,
  Forbidden,
  InputField,
  Notice,
  Pager,
  PageTitle,
  SelectField,
  StatusBadge,
} from '../components/ui';
import { describeError, useI18n } from '../i18n';
import { formValues, usePaged } from '../lib/hooks';
import { createUserSchema, TENANT_ROLES, updateUserSchema } from '../lib/schemas';
import { validate } from '../lib/validate';
import { canOpen } from '../nav';
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

function useAgencies() {
  const [agencies, setAgencies] = useState<Agency[]>([]);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    listAll((q) => listAgencies(q))
      .then((items) => live && setAgencies(items))
      .catch((err) => live && setError(err));
    return () => {
      live = false;
    };
  }, []);
  return { agencies, error };
}

export default function UsersPage() {
  const { t } = useI18n();
  const me = useMe();
  const { agencies, error: agenciesError } = useAgencies();
  const [filter, setFilter] = useState('');
  const [rev, setRev] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);

  const tenantWide = me.user.role === 'tenant-admin';
  const scope = useMemo<Scope>(() => {
    const names = new Map(agencies.map((a) => [a.id, a.name]));
    return {
      tenantWide,
      ownAgencyId: me.user.agencyId,
      selfId: me.user.id,
      roles: tenantWide ? TENANT_ROLES : TENANT_ROLES.filter((r) => r !== 'tenant-admin'),
      agencies,
      agencyName: (id) => (id ? (names.get(id) ?? id) : t.users.noAgency),
    };
  }, [agencies, tenantWide, me.user.agencyId, me.user.id, t]);

  if (!canOpen(me.user.role, '/users')) return <Forbidden />;

  return (
    <section>
      <PageTitle>{t.users.title}</PageTitle>
      {!tenantWide && <p class="alert alert-info">{t.users.ownAgencyOnly}</p>}
      {notice && <Notice>{notice}</Notice>}
      <ErrorMessage error={agenciesError} />
      {tenantWide && (
        <div class="toolbar">
          <SelectField
            label={t.users.filterAgency}
            name="agencyFilter"
            value={filter}
            onChange={(e) => setFilter(e.currentTarget.value)}
          >
            <option value="">{t.users.allAgencies}</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </SelectField>
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
  const [rowError, setRowError] = useState<{ id: string; error: unknown } | null>(null);
  // The API refuses changing one's own role or status with a 409; say why in plain words.
  const overridesFor = (id: string) => (id === scope.selfId ? { conflict: t.users.ownAccount } : undefined);

  const act = async (user: User, call: () => Promise<User>): Promise<boolean> => {
    setRowError(null);
    onNotice(null);
    let ok = false;
    try {
      await call();
      ok = true;
      onNotice(t.common.saved);
    } catch (error) {
      setRowError({ id: user.id, error });
    }
    await list.reload();
    return ok;
  };

  return (
    <div class="card">
      <ErrorMessage error={list.error} />
      <div class="table-wrap">
        <table>
          <caption>{t.users.listCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.users.username}</th>
              <th scope="col">{t.users.name}</th>
              <th scope="col">{t.users.role}</th>
              <th scope="col">{t.users.agency}</th>
              <th scope="col">{t.common.status}</th>
              <th scope="col">{t.common.actions}</th>
            </tr>
          </thead>
          <tbody aria-busy={list.loading}>
            {list.items.map((user) => (
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
                            onConfirm={async () => {
                              await act(user, () => disableUser(user.id, user.version));
                            }}
                          />
                        ) : (
                          <button
                            type="button"
                            class="btn btn-small"
                            onClick={() => act(user, () => enableUser(user.id, user.version))}
                          >
                            {t.users.enable}
                          </button>
                        ))}
                    </span>
                  </td>
                </tr>
                {(editing === user.id || rowError?.id === user.id) && (
                  <tr class="row-detail">
                    <td colSpan={6}>
                      {rowError?.id === user.id && (
                        <ErrorMessage error={rowError.error} overrides={overridesFor(user.id)} />
                      )}
                      {editing === user.id && (
                        <EditUserForm
                          user={user}
                          scope={scope}
                          onDone={() => setEditing(null)}
                          save={(body) => act(user, () => updateUser(user.id, body))}
                        />
                      )}
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
            {!list.loading && list.items.length === 0 && !list.error && (
              <tr>
                <td colSpan={6} class="muted">
                  {t.common.empty}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <Pager
        pageNumber={list.pageNumber}
        hasPrev={list.hasPrev}
        hasNext={list.hasNext}
        onPrev={list.prev}
        onNext={list.next}
      />
    </div>
  );
}

function RoleAndAgency({
  scope,
  role,
  agencyId,
  onRole,
  onAgency,
  fields,
}: {
  scope: Scope;
  role: TenantRole;
  agencyId: string;
  onRole: (r: TenantRole) => void;
  onAgency: (id: string) => void;
  fields: Record<string, string>;
}) {
  const { t } = useI18n();
  return (
    <>
      <SelectField
        label={t.users.role}
        name="role"
        value={role}
        errors={fields}
        onChange={(e) => onRole(e.currentTarget.value as TenantRole)}
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
        value={agencyId}
        errors={fields}
        hint={t.hints.agencyId}
        disabled={!scope.tenantWide}
        onChange={(e) => onAgency(e.currentTarget.value)}
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
  const [role, setRole] = useState<TenantRole>(
    user.role === 'platform-admin' || user.role === 'applicant' ? 'employee' : user.role,
  );
  const [agencyId, setAgencyId] = useState(user.agencyId ?? scope.ownAgencyId ?? '');
  const [error, setError] = useState<unknown>(null);
  const fields = error ? describeError(t, error).fields : {};
  return (
    <form
      class="inline-form"
      noValidate
      aria-label={`${t.common.edit}: ${user.username}`}
      onSubmit={async (e) => {
        e.preventDefault();
        const v = formValues(e.currentTarget);
        const checked = validate(
          updateUserSchema,
          { name: v.name, email: v.email, role, agencyId: agencyId || null, version: user.version },
          t,
        );
        if (!checked.ok) return setError(checked.error);
        setError(null);
        if (await save(checked.value)) onDone();
      }}
    >
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
        <RoleAndAgency
          scope={scope}
          role={role}
          agencyId={agencyId}
          onRole={setRole}
          onAgency={setAgencyId}
          fields={fields}
        />
      </div>
      <div class="actions">
        <button type="submit" class="btn btn-primary btn-small">
          {t.common.save}
        </button>
        <button type="button" class="btn btn-small" onClick={onDone}>
          {t.common.cancel}
        </button>
      </div>
    </form>
  );
}

function CreateUserForm({ scope, onCreated }: { scope: Scope; onCreated: (user: User) => void }) {
  const { t } = useI18n();
  const [role, setRole] = useState<TenantRole>('employee');
  const [agencyId, setAgencyId] = useState(scope.ownAgencyId ?? '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fields = error ? describeError(t, error).fields : {};

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const v = formValues(form);
    const checked = validate(
      createUserSchema,
      {
        username: v.username?.toLowerCase(),
        name: v.name,
        email: v.email,
        role,
        agencyId: agencyId || undefined,
        password: v.password,
      },
      t,
    );
    if (!checked.ok) return setError(checked.error);
    setBusy(true);
    setError(null);
    try {
      const user = await createUser(checked.value);
      form.reset();
      onCreated(user);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const taken = error instanceof ApiError && error.type === 'conflict';
  return (
    <form class="card stack" onSubmit={onSubmit} noValidate aria-labelledby="create-user-title">
      <h2 id="create-user-title">{t.users.createTitle}</h2>
      <ErrorMessage
        error={error}
        overrides={taken ? { conflict: t.users.usernameTaken } : undefined}
        fieldNames={['username', 'name', 'email', 'role', 'agencyId', 'password']}
      />
      <div class="grid-2">
        <InputField
          label={t.users.username}
          name="username"
          errors={fields}
          hint={t.hints.username}
          autoCapitalize="none"
          autoComplete="off"
          maxLength={64}
        />
        <InputField label={t.users.name} name="name" errors={fields} maxLength={200} />
        <InputField label={t.users.email} name="email" type="email" errors={fields} optional />
        <InputField
          label={t.users.password}
          name="password"
          type="password"
          autoComplete="new-password"
          errors={fields}
          hint={t.hints.password}
          maxLength={128}
        />
        <RoleAndAgency
          scope={scope}
          role={role}
          agencyId={agencyId}
          onRole={setRole}
          onAgency={setAgencyId}
          fields={fields}
        />
      </div>
      <div class="actions">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {busy ? t.common.saving : t.users.submit}
        </button>
      </div>
    </form>
  );
}
