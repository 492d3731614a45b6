import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import {
  createWorkLocation,
  getAttendanceSettings,
  listWorkLocations,
  updateWorkLocation,
  type WorkLocation,
} from '../../api/attendance';
import type { Agency } from '../../api/client';
import { AgencySelect, ConfirmButton, PagedTable } from '../../components/admin';
import { FormActions } from '../../components/forms';
import { ErrorMessage, InputField, Notice, SelectField } from '../../components/ui';
import { type ProblemOverrides, useI18n } from '../../i18n';
import { useFormat } from '../../lib/format';
import { useSchemaForm } from '../../lib/forms';
import type { FormValues } from '../../lib/hooks';
import { useAsync, usePaged, useRowAction } from '../../lib/hooks';
import { useAgencies, useUnits } from '../../lib/lookups';
import { useMe, useRole } from '../../session';
import {
  ATTENDANCE_TIME_ZONES,
  createWorkLocationSchema,
  GEOFENCE_DEFAULTS,
  patchWorkLocationSchema,
} from './schemas';
import { AttendanceHeader, useAttendanceText, useFieldErrors, useUnitNames, zoneName } from './shared';

/**
 * "Lokasi kerja" (issue 13 §2): the places employees check in at, each a point with a radius (10-1000
 * m) and a time zone, for a whole agency or one of its units. A tenant admin keeps every agency's; an
 * agency admin their own. A location is retired (inactive), never deleted: punches point at it.
 */
export default function LocationsPage() {
  const lt = useAttendanceText().locations;
  const { tenantWide, ownAgencyId } = useRole();
  const { agencies, nameOf, error: agenciesError } = useAgencies();
  const settings = useAsync(getAttendanceSettings, []);
  const [filter, setFilter] = useState('');
  const [rev, setRev] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const own = agencies.filter((a) => a.status === 'active' && (tenantWide || a.id === ownAgencyId));
  const defaultRadiusM = settings.data?.geofence.defaultRadiusM ?? GEOFENCE_DEFAULTS.radiusM;

  return (
    <section class="att-locations">
      <AttendanceHeader title={lt.title} current="/attendance/locations" />
      <p class="muted">{lt.intro}</p>
      {!tenantWide && <p class="alert alert-info">{lt.ownAgencyOnly}</p>}
      {notice && <Notice>{notice}</Notice>}
      <ErrorMessage error={agenciesError} />
      {tenantWide && (
        <div class="toolbar">
          <AgencySelect
            label={lt.filterAgency}
            allLabel={lt.allAgencies}
            agencies={agencies}
            value={filter}
            onChange={setFilter}
          />
        </div>
      )}
      <LocationTable
        key={`${filter}:${rev}`}
        agencyId={filter || undefined}
        agencies={own}
        agencyName={nameOf}
        defaultRadiusM={defaultRadiusM}
        onNotice={setNotice}
      />
      <div class="card">
        <LocationForm
          key={`new:${rev}`}
          agencies={own}
          fixedAgencyId={tenantWide ? null : ownAgencyId}
          defaultAgencyId={tenantWide ? filter : (ownAgencyId ?? '')}
          defaultRadiusM={defaultRadiusM}
          onSaved={(location) => {
            setNotice(lt.created(location.name));
            setRev((r) => r + 1);
          }}
        />
      </div>
    </section>
  );
}

function LocationTable({
  agencyId,
  agencies,
  agencyName,
  defaultRadiusM,
  onNotice,
}: {
  agencyId?: string;
  agencies: Agency[];
  agencyName: (id?: string | null) => string;
  defaultRadiusM: number;
  onNotice: (msg: string | null) => void;
}) {
  const { t } = useI18n();
  const at = useAttendanceText();
  const lt = at.locations;
  const fmt = useFormat();
  const list = usePaged((cursor) => listWorkLocations({ agencyId, cursor, limit: 25 }));
  const unitName = useUnitNames(list.items.filter((l) => l.unitId).map((l) => l.agencyId));
  const rows = useRowAction(onNotice, list.reload);
  const [editing, setEditing] = useState<string | null>(null);
  const overrides: ProblemOverrides = { 'version-conflict': lt.conflict, 'not-found': lt.notFound };
  const columns = [lt.name, lt.agency, lt.point, lt.zone, t.common.status, t.common.actions];

  return (
    <PagedTable
      list={list}
      caption={lt.caption}
      columns={columns}
      row={(l: WorkLocation) => {
        const failure = rows.failureOf(l.id);
        const setActive = (active: boolean) =>
          rows.run(l.id, () => updateWorkLocation(l.id, { active, version: l.version }), {
            success: active ? lt.reactivated(l.name) : lt.deactivated(l.name),
            overrides,
          });
        return (
          <Fragment key={l.id}>
            <tr class="att-stacked-row">
              <th scope="row" class="att-cell-name">
                {l.name}
              </th>
              <td data-label={lt.agency}>
                {agencyName(l.agencyId)}
                <div class="muted small">{l.unitId ? (unitName(l.unitId) ?? lt.unit) : lt.wholeAgency}</div>
              </td>
              <td data-label={lt.point}>
                {/* Each number whole; the pair may break after its comma. */}
                <span class="nowrap">{l.lat.toFixed(6)},</span> <span class="nowrap">{l.lon.toFixed(6)}</span>
                <div class="muted small">
                  {lt.radius(fmt.int(l.radiusM))} ·{' '}
                  <a href={mapLink(l)} target="_blank" rel="noopener noreferrer">
                    {lt.map}
                  </a>
                </div>
              </td>
              <td data-label={lt.zone}>{zoneName(at, l.timeZone)}</td>
              <td data-label={t.common.status}>
                <span class={l.active ? 'badge badge-ok' : 'badge badge-muted'}>
                  {l.active ? lt.active : lt.inactive}
                </span>
              </td>
              <td class="att-cell-actions">
                <span class="row-actions">
                  <button
                    type="button"
                    class="btn btn-small"
                    aria-expanded={editing === l.id}
                    aria-label={lt.editLabel(l.name)}
                    onClick={() => setEditing(editing === l.id ? null : l.id)}
                  >
                    {t.common.edit}
                  </button>
                  {l.active ? (
                    <ConfirmButton
                      danger
                      label={lt.deactivate}
                      question={lt.confirmDeactivate(l.name)}
                      onConfirm={() => setActive(false)}
                    />
                  ) : (
                    <button type="button" class="btn btn-small" onClick={() => void setActive(true)}>
                      {lt.reactivate}
                    </button>
                  )}
                </span>
              </td>
            </tr>
            {(editing === l.id || failure) && (
              <tr class="row-detail">
                <td colSpan={columns.length}>
                  {failure && <ErrorMessage error={failure.error} overrides={failure.overrides} />}
                  {editing === l.id && (
                    <LocationForm
                      // A reloaded location brings a new version: start the form again from it.
                      key={l.version}
                      location={l}
                      agencies={agencies}
                      fixedAgencyId={l.agencyId}
                      defaultAgencyId={l.agencyId}
                      defaultRadiusM={defaultRadiusM}
                      onCancel={() => setEditing(null)}
                      onSaved={async (saved) => {
                        setEditing(null);
                        onNotice(lt.saved(saved.name));
                        await list.reload();
                      }}
                      onFailed={() => void list.reload()}
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

/** The point on OpenStreetMap, to check the pin. Coordinates keep their dot whatever the language. */
const mapLink = (l: { lat: number; lon: number }) =>
  `https://www.openstreetmap.org/?mlat=${l.lat}&mlon=${l.lon}#map=18/${l.lat}/${l.lon}`;

/** A number as typed: a decimal comma is a decimal point; blank is absent. */
const num = (v: string | undefined) =>
  v === undefined || v.trim() === '' ? undefined : Number(v.trim().replace(',', '.'));

const FIELDS = ['agencyId', 'unitId', 'name', 'lat', 'lon', 'radiusM', 'timeZone', 'active'];

/**
 * Adds a location, or changes one (its agency stays). Checked with the API's own schema first; the
 * coordinates can be typed, pasted from a map ("-5.4292, 105.2610" into the latitude) or taken from
 * this device.
 */
function LocationForm({
  location,
  agencies,
  fixedAgencyId,
  defaultAgencyId,
  defaultRadiusM,
  onSaved,
  onCancel,
  onFailed,
}: {
  location?: WorkLocation;
  agencies: Agency[];
  fixedAgencyId: string | null;
  defaultAgencyId: string;
  defaultRadiusM: number;
  onSaved: (location: WorkLocation) => void | Promise<void>;
  onCancel?: () => void;
  onFailed?: () => void;
}) {
  const { t } = useI18n();
  const lt = useAttendanceText().locations;
  const me = useMe();
  const [agencyId, setAgencyId] = useState(location?.agencyId ?? (fixedAgencyId || defaultAgencyId));
  const [unitId, setUnitId] = useState(location?.unitId ?? '');
  const [timeZone, setTimeZone] = useState<string>(
    location?.timeZone ?? me.tenant?.timeZone ?? ATTENDANCE_TIME_ZONES[0],
  );
  const [active, setActive] = useState(location?.active ?? true);
  const [lat, setLat] = useState(location ? String(location.lat) : '');
  const [lon, setLon] = useState(location ? String(location.lon) : '');
  const [locating, setLocating] = useState(false);
  const [geoNote, setGeoNote] = useState<string | null>(null);
  const { units, error: unitsError } = useUnits(agencyId);

  const read = (v: FormValues) => {
    const common = {
      name: v.name,
      lat: num(lat),
      lon: num(lon),
      radiusM: num(v.radiusM),
      timeZone,
    };
    return location
      ? { ...common, unitId: unitId || null, active, version: location.version }
      : { ...common, agencyId: agencyId || undefined, unitId: unitId || undefined };
  };
  const form = useSchemaForm(
    location ? patchWorkLocationSchema : createWorkLocationSchema,
    read,
    async (value) => {
      let saved: WorkLocation;
      try {
        saved = location
          ? await updateWorkLocation(location.id, value as Parameters<typeof updateWorkLocation>[1])
          : await createWorkLocation(value as Parameters<typeof createWorkLocation>[0]);
      } catch (err) {
        onFailed?.();
        throw err;
      }
      await onSaved(saved);
    },
  );
  const errors = useFieldErrors(form.error);

  // A pasted "lat, lon" pair fills both fields.
  const onLatInput = (value: string) => {
    const pair = /^\s*(-?\d+(?:\.\d+)?)\s*[,;\s]\s*(-?\d+(?:\.\d+)?)\s*$/.exec(value);
    if (pair) {
      setLat(pair[1]!);
      setLon(pair[2]!);
    } else setLat(value);
  };

  const useHere = () => {
    if (!('geolocation' in navigator)) {
      setGeoNote(lt.hereUnsupported);
      return;
    }
    setLocating(true);
    setGeoNote(null);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setLat(p.coords.latitude.toFixed(6));
        setLon(p.coords.longitude.toFixed(6));
        setGeoNote(lt.hereTaken(Math.round(p.coords.accuracy)));
        setLocating(false);
      },
      () => {
        setGeoNote(lt.hereFailed);
        setLocating(false);
      },
      { enableHighAccuracy: true, maximumAge: 0, timeout: 20_000 },
    );
  };

  const titleId = location ? `location-edit-${location.id}` : 'location-create-title';
  return (
    <form
      class={location ? 'stack att-location-edit' : 'stack'}
      onSubmit={form.submit}
      noValidate
      aria-labelledby={titleId}
    >
      <h2 id={titleId}>{location ? lt.editTitle(location.name) : lt.createTitle}</h2>
      <ErrorMessage
        error={form.error ?? unitsError}
        overrides={{ 'version-conflict': lt.conflict, 'not-found': lt.notFound }}
        fieldNames={FIELDS}
      />
      <div class="grid-2">
        <SelectField
          label={lt.agency}
          name="agencyId"
          errors={errors}
          value={agencyId}
          disabled={Boolean(fixedAgencyId)}
          hint={location ? lt.agencyFixed : undefined}
          onChange={(e) => {
            setAgencyId(e.currentTarget.value);
            setUnitId('');
          }}
        >
          {!fixedAgencyId && <option value="">{t.validation.choose}</option>}
          {agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
          {/* The location's own agency, even when it is no longer active. */}
          {fixedAgencyId && !agencies.some((a) => a.id === fixedAgencyId) && (
            <option value={fixedAgencyId}>{lt.ownAgency}</option>
          )}
        </SelectField>
        <SelectField
          label={lt.unit}
          name="unitId"
          errors={errors}
          optional
          value={unitId}
          hint={lt.unitHint}
          disabled={!agencyId}
          onChange={(e) => setUnitId(e.currentTarget.value)}
        >
          <option value="">{lt.wholeAgency}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </SelectField>
      </div>
      <InputField
        label={lt.name}
        name="name"
        errors={errors}
        maxLength={200}
        defaultValue={location?.name}
        hint={location ? undefined : lt.nameHint}
      />
      <fieldset class="att-point">
        <legend>{lt.point}</legend>
        <div class="grid-2">
          <InputField
            label={lt.lat}
            name="lat"
            errors={errors}
            inputMode="decimal"
            value={lat}
            onInput={(e) => onLatInput(e.currentTarget.value)}
            hint={lt.latHint}
          />
          <InputField
            label={lt.lon}
            name="lon"
            errors={errors}
            inputMode="decimal"
            value={lon}
            onInput={(e) => setLon(e.currentTarget.value)}
            hint={lt.lonHint}
          />
        </div>
        <p class="att-here">
          <button type="button" class="btn btn-small" onClick={useHere} disabled={locating}>
            {locating ? lt.hereLocating : lt.here}
          </button>{' '}
          <span class="muted small" aria-live="polite">
            {geoNote}
          </span>
        </p>
      </fieldset>
      <div class="grid-2">
        <InputField
          label={lt.radiusLabel}
          name="radiusM"
          type="number"
          inputMode="numeric"
          min={GEOFENCE_DEFAULTS.minRadiusM}
          max={GEOFENCE_DEFAULTS.maxRadiusM}
          step={1}
          errors={errors}
          defaultValue={String(location?.radiusM ?? defaultRadiusM)}
          hint={lt.radiusHint(GEOFENCE_DEFAULTS.minRadiusM, GEOFENCE_DEFAULTS.maxRadiusM)}
        />
        <SelectField
          label={lt.zone}
          name="timeZone"
          errors={errors}
          value={timeZone}
          onChange={(e) => setTimeZone(e.currentTarget.value)}
        >
          {ATTENDANCE_TIME_ZONES.map((z) => (
            <option key={z} value={z}>
              {t.timeZones[z]}
            </option>
          ))}
        </SelectField>
      </div>
      {location && (
        <label class="check">
          <input type="checkbox" checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />
          <span>{lt.activeToggle}</span>
        </label>
      )}
      <FormActions
        label={location ? t.common.save : lt.submit}
        busy={form.busy}
        small={Boolean(location)}
        onCancel={onCancel}
      />
    </form>
  );
}
