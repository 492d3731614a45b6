import { useState } from 'preact/hooks';
import { createTenant, listTenants, reactivateTenant, suspendTenant, type Tenant } from '../api/client';
import { ConfirmButton, PagedTable, StatusBadge } from '../components/admin';
import { CreateFormCard } from '../components/forms';
import { ErrorMessage, InputField, Notice, PageTitle, SelectField } from '../components/ui';
import { useI18n } from '../i18n';
import { useCreateForm } from '../lib/forms';
import { usePaged, useRowAction } from '../lib/hooks';
import { createTenantSchema, TENANT_LEVELS, TIME_ZONES } from '../lib/schemas';

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
  const [notice, setNotice] = useState<string | null>(null);
  const [listKey, setListKey] = useState(0);
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
  const { run, failureOf } = useRowAction(onNotice, list.reload);

  return (
    <PagedTable
      list={list}
      caption={t.tenants.listCaption}
      columns={[
        t.tenants.slug,
        t.tenants.name,
        t.tenants.level,
        t.tenants.bpsCode,
        t.tenants.timeZone,
        t.common.status,
        t.common.actions,
      ]}
      row={(tenant) => {
        const failure = failureOf(tenant.id);
        return (
          <tr key={tenant.id}>
            <td>
              <code>{tenant.slug}</code>
            </td>
            <td>
              {tenant.name}
              {failure && <ErrorMessage error={failure.error} />}
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
                    onConfirm={() => run(tenant.id, () => suspendTenant(tenant.id, tenant.version))}
                  />
                ) : (
                  <ConfirmButton
                    label={t.tenants.reactivate}
                    question={t.tenants.confirmReactivate(tenant.name)}
                    onConfirm={() => run(tenant.id, () => reactivateTenant(tenant.id, tenant.version))}
                  />
                )}
              </span>
            </td>
          </tr>
        );
      }}
    />
  );
}

function CreateTenantForm({ onCreated }: { onCreated: (tenant: Tenant) => void }) {
  const { t } = useI18n();
  const form = useCreateForm(
    createTenantSchema,
    (v) => ({
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
    }),
    createTenant,
    onCreated,
  );

  return (
    <CreateFormCard
      form={form}
      titleId="create-tenant-title"
      title={t.tenants.createTitle}
      submitLabel={t.tenants.submit}
      overrides={{ conflict: t.tenants.slugTaken }}
      fieldNames={FIELDS}
    >
      <div class="grid-2">
        <InputField
          label={t.tenants.slug}
          name="slug"
          errors={form.fields}
          hint={t.hints.slug}
          autoCapitalize="none"
        />
        <InputField label={t.tenants.name} name="name" errors={form.fields} />
        <SelectField label={t.tenants.level} name="level" errors={form.fields}>
          {TENANT_LEVELS.map((l) => (
            <option key={l} value={l}>
              {t.levels[l]}
            </option>
          ))}
        </SelectField>
        <InputField
          label={t.tenants.bpsCode}
          name="bpsCode"
          errors={form.fields}
          hint={t.hints.bpsCode}
          inputMode="numeric"
          maxLength={4}
        />
        <SelectField label={t.tenants.timeZone} name="timeZone" errors={form.fields}>
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
            errors={form.fields}
            hint={t.hints.username}
            autoCapitalize="none"
            autoComplete="off"
          />
          <InputField label={t.tenants.adminName} name="firstAdmin.name" errors={form.fields} />
          <InputField
            label={t.tenants.adminEmail}
            name="firstAdmin.email"
            type="email"
            optional
            errors={form.fields}
          />
          <InputField
            label={t.tenants.adminPassword}
            name="firstAdmin.password"
            type="password"
            autoComplete="new-password"
            errors={form.fields}
            hint={t.hints.password}
          />
        </div>
      </fieldset>
    </CreateFormCard>
  );
}
