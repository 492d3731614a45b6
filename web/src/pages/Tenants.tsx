import { useState } from 'preact/hooks';
import {
  ApiError,
  createTenant,
  listTenants,
  reactivateTenant,
  suspendTenant,
  type Tenant,
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
import { createTenantSchema, TENANT_LEVELS, TIME_ZONES } from '../lib/schemas';
import { validate } from '../lib/validate';
import { canOpen } from '../nav';
import { useMe } from '../session';

const FIELDS = [
  'slug',
  'name',
  'level',
  'bpsCode',
  'timeZone',
  'firstAdmin.username',
  'firstAdmin.name',
  'firstAdmin.email',
  'firstAdmin.password',
] as const;

export default function TenantsPage() {
  const { t } = useI18n();
  const me = useMe();
  const [notice, setNotice] = useState<string | null>(null);
  const [listKey, setListKey] = useState(0);
  if (!canOpen(me.user.role, '/tenants')) return <Forbidden />;
  return (
    <section>
      <PageTitle>{t.tenants.title}</PageTitle>
      {notice && <Notice>{notice}</Notice>}
      <TenantTable key={listKey} onNotice={setNotice} />
      <CreateTenantForm
        onCreated={(tenant) => {
          setNotice(t.tenants.created(tenant.name));
          setListKey((k) => k + 1);
        }}
      />
    </section>
  );
}

function TenantTable({ onNotice }: { onNotice: (msg: string | null) => void }) {
  const { t } = useI18n();
  const list = usePaged((cursor) => listTenants({ cursor, limit: 25 }));
  const [rowError, setRowError] = useState<{ id: string; error: unknown } | null>(null);

  const act = async (tenant: Tenant, call: () => Promise<Tenant>) => {
    setRowError(null);
    onNotice(null);
    try {
      await call();
      onNotice(t.common.saved);
    } catch (error) {
      setRowError({ id: tenant.id, error });
    }
    // Reloaded either way: after a version conflict the row shows what is stored now.
    await list.reload();
  };

  return (
    <div class="card">
      {list.error ? <ErrorMessage error={list.error} /> : null}
      <div class="table-wrap">
        <table>
          <caption>{t.tenants.listCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.tenants.slug}</th>
              <th scope="col">{t.tenants.name}</th>
              <th scope="col">{t.tenants.level}</th>
              <th scope="col">{t.tenants.bpsCode}</th>
              <th scope="col">{t.tenants.timeZone}</th>
              <th scope="col">{t.common.status}</th>
              <th scope="col">{t.common.actions}</th>
            </tr>
          </thead>
          <tbody aria-busy={list.loading}>
            {list.items.map((tenant) => (
              <tr key={tenant.id}>
                <td>
                  <code>{tenant.slug}</code>
                </td>
                <td>
                  {tenant.name}
                  {rowError?.id === tenant.id && <ErrorMessage error={rowError.error} />}
                </td>
                <td>{t.levels[tenant.level]}</td>
                <td>{tenant.bpsCode}</td>
                <td>{t.timeZones[tenant.timeZone]}</td>
                <td>
                  <StatusBadge status={tenant.status} />
                </td>
                <td>
                  <span class="row-actions">
                    {tenant.status === 'active' ? (
                      <ConfirmButton
                        danger
                        label={t.tenants.suspend}
                        question={t.tenants.confirmSuspend(tenant.name)}
                        onConfirm={() => act(tenant, () => suspendTenant(tenant.id, tenant.version))}
                      />
                    ) : (
                      <ConfirmButton
                        label={t.tenants.reactivate}
                        question={t.tenants.confirmReactivate(tenant.name)}
                        onConfirm={() => act(tenant, () => reactivateTenant(tenant.id, tenant.version))}
                      />
                    )}
                  </span>
                </td>
              </tr>
            ))}
            {!list.loading && list.items.length === 0 && !list.error && (
              <tr>
                <td colSpan={7} class="muted">
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

function CreateTenantForm({ onCreated }: { onCreated: (tenant: Tenant) => void }) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fields = error ? describeError(t, error).fields : {};

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const v = formValues(form);
    const input = {
      slug: v.slug?.toLowerCase(),
      name: v.name,
      level: v.level,
      bpsCode: v.bpsCode,
      timeZone: v.timeZone,
      firstAdmin: {
        username: v['firstAdmin.username']?.toLowerCase(),
        name: v['firstAdmin.name'],
        email: v['firstAdmin.email'],
        password: v['firstAdmin.password'],
      },
    };
    const checked = validate(createTenantSchema, input, t);
    if (!checked.ok) {
      setError(checked.error);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const tenant = await createTenant(checked.value);
      form.reset();
      onCreated(tenant);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const slugTaken = error instanceof ApiError && error.type === 'conflict';
  return (
    <form class="card stack" onSubmit={onSubmit} noValidate aria-labelledby="create-tenant-title">
      <h2 id="create-tenant-title">{t.tenants.createTitle}</h2>
      <ErrorMessage
        error={error}
        overrides={slugTaken ? { conflict: t.tenants.slugTaken } : undefined}
        fieldNames={FIELDS}
      />
      <div class="grid-2">
        <InputField
          label={t.tenants.slug}
          name="slug"
          errors={fields}
          hint={t.hints.slug}
          autoCapitalize="none"
        />
        <InputField label={t.tenants.name} name="name" errors={fields} />
        <SelectField label={t.tenants.level} name="level" errors={fields}>
          {TENANT_LEVELS.map((l) => (
            <option key={l} value={l}>
              {t.levels[l]}
            </option>
          ))}
        </SelectField>
        <InputField
          label={t.tenants.bpsCode}
          name="bpsCode"
          errors={fields}
          hint={t.hints.bpsCode}
          inputMode="numeric"
          maxLength={4}
        />
        <SelectField label={t.tenants.timeZone} name="timeZone" errors={fields}>
          {TIME_ZONES.map((z) => (
            <option key={z} value={z}>
              {t.timeZones[z]}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset>
        <legend>{t.tenants.firstAdmin}</legend>
        <div class="grid-2">
          <InputField
            label={t.tenants.adminUsername}
            name="firstAdmin.username"
            errors={fields}
            hint={t.hints.username}
            autoCapitalize="none"
            autoComplete="off"
          />
          <InputField label={t.tenants.adminName} name="firstAdmin.name" errors={fields} />
          <InputField
            label={t.tenants.adminEmail}
            name="firstAdmin.email"
            type="email"
            optional
            errors={fields}
          />
          <InputField
            label={t.tenants.adminPassword}
            name="firstAdmin.password"
            type="password"
            autoComplete="new-password"
            errors={fields}
            hint={t.hints.password}
          />
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {busy ? t.common.saving : t.tenants.submit}
        </button>
      </div>
    </form>
  );
}
