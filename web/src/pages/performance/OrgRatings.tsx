import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { ApiError } from '../../api/client';
import { ErrorMessage, Loading, Notice } from '../../components/ui';
import { describeError, useI18n } from '../../i18n';
import { useFormat } from '../../lib/format';
import { useAsync } from '../../lib/hooks';
import { useAgencies, useUnits } from '../../lib/lookups';
import { canOpen } from '../../routes';
import { useMe } from '../../session';
import {
  listOrganisationRatings,
  listTeamSkps,
  type OrganisationRating,
  type PerformanceSettings,
  rateOrganisation,
  type SkpSummary,
} from './assessment-api';
import {
  checkRatingDraft,
  headedOrg,
  type IndicatorDraft,
  ORG_PREDIKAT_CODES,
  type OrgPredikat,
  type OrgRef,
  type Period,
  type RatingDraft,
  rateableUnits,
  ratingBody,
  refusalOf,
  sentRows,
} from './assessment-model';
import {
  Note,
  PerformanceHeader,
  PeriodPicker,
  PredikatBadge,
  useAssessmentText,
  useMyRecord,
  usePeriodChoice,
  usePeriodText,
  useSettings,
} from './assessment-parts';
import { getOrganisationIkm } from './ikm-api';
import { isReasonRefusal, preselectedPredikat, reasonRequired, suggestionOf } from './ikm-model';
import {
  IkmSnapshot,
  IkmSuggestionLine,
  IkmTile,
  RatingReasonField,
  reasonRefusalText,
  useIkmText,
} from './ikm-parts';

/**
 * Organisation ratings (issue 14 §2, §5, §6): the ratings of a period, and the form to rate where
 * the caller may. The API decides who may: a unit is rated by the head of the organisation above
 * it, never its own head; an agency by a tenant admin, for the regional head. The page offers a
 * tenant admin the agencies and their units, and a head the units of the people they appraise
 * outside their own unit (whoever they appraise there heads it, or it has no head of its own); a
 * refusal is said in words. Beside the form, the chosen organisation's citizen IKM for the period
 * (./ikm-parts): the form starts on the predikat it suggests, and a different choice needs a reason.
 */
export default function OrgRatingsPage() {
  const at = useAssessmentText();
  const settings = useSettings();
  return (
    <section class="pa-page">
      <PerformanceHeader title={at.orgRatings.title} current="/performance/org-ratings" />
      <p class="muted pa-intro">{at.orgRatings.intro}</p>
      {settings.error ? (
        <ErrorMessage error={settings.error} overrides={{ forbidden: at.page.settingsError }} />
      ) : settings.data ? (
        <RatingsScreen settings={settings.data} />
      ) : (
        <Loading />
      )}
    </section>
  );
}

interface Offered {
  org: OrgRef;
  name: string;
}

const orgKey = (o: { kind: string; id: string }) => `${o.kind}:${o.id}`;

async function allRatings(period: Period, agencyId: string | undefined): Promise<OrganisationRating[]> {
  const out: OrganisationRating[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 20; i++) {
    const page = await listOrganisationRatings(period, agencyId, cursor);
    out.push(...page.items);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return out;
}

function RatingsScreen({ settings }: { settings: PerformanceSettings }) {
  const at = useAssessmentText();
  const rt = at.orgRatings;
  const me = useMe();
  const tenantAdmin = me.user.role === 'tenant-admin';
  const periodState = usePeriodChoice(settings);
  const { choice, year } = periodState;
  const periodName = usePeriodText(settings);
  const [agencyId, setAgencyId] = useState('');
  const agencyFieldId = useId();
  const { agencies, nameOf } = useAgencies();
  // A tenant admin's chosen agency's units (to rate them); anyone else's own agency's (its tree).
  const { units } = useUnits(tenantAdmin ? agencyId : (me.user.agencyId ?? ''));
  const parentOf = useMemo(() => {
    const parents = new Map(units.map((u) => [u.id, u.parentUnitId]));
    return (id: string) => parents.get(id) ?? null;
  }, [units]);
  const record = useMyRecord();
  const linked = Boolean(me.user.employeeId);
  const team = useAsync(
    () => (linked && !tenantAdmin ? listTeamSkps(year) : Promise.resolve([] as SkpSummary[])),
    [linked, tenantAdmin, year],
  );
  const [saves, setSaves] = useState(0);
  const ratings = useAsync(
    () => (choice ? allRatings(choice, tenantAdmin && agencyId ? agencyId : undefined) : Promise.resolve([])),
    [choice?.key, tenantAdmin, agencyId, saves],
  );
  const [editing, setEditing] = useState<{ key: string; n: number } | null>(null);
  const [saved, setSaved] = useState<OrganisationRating | null>(null);

  // What this caller is offered to rate (see the page's note).
  const offered: Offered[] = useMemo(() => {
    if (tenantAdmin) {
      if (!agencyId)
        return agencies.map((a) => ({ org: { kind: 'agency' as const, id: a.id }, name: a.name }));
      return [
        { org: { kind: 'agency' as const, id: agencyId }, name: nameOf(agencyId) },
        ...[...units]
          .sort((a, b) => a.name.localeCompare(b.name, 'id'))
          .map((u) => ({ org: { kind: 'unit' as const, id: u.id }, name: u.name })),
      ];
    }
    if (!record.data || !me.user.agencyId) return [];
    const teamSkps = team.data ?? [];
    const headsAgency = headedOrg(teamSkps, me.user.agencyId, record.data.unitId, parentOf).kind === 'agency';
    return rateableUnits(teamSkps, record.data.unitId, headsAgency).map((u) => ({
      org: { kind: 'unit' as const, id: u.id },
      name: u.name ?? '',
    }));
  }, [tenantAdmin, agencyId, agencies, units, record.data, team.data, nameOf, parentOf, me.user.agencyId]);
  const offeredKeys = new Set(offered.map((o) => orgKey(o.org)));
  const byOrg = new Map((ratings.data ?? []).map((r) => [orgKey({ kind: r.kind, id: r.orgId }), r]));
  const rows = useMemo(
    () =>
      [...(ratings.data ?? [])].sort(
        (a, b) =>
          Number(a.kind === 'unit') - Number(b.kind === 'unit') ||
          (a.orgName ?? '').localeCompare(b.orgName ?? '', 'id'),
      ),
    [ratings.data],
  );

  if (!choice) return <Loading />;
  const note = tenantAdmin ? rt.adminRates : offered.length > 0 ? rt.headRates : rt.whoRates;
  return (
    <>
      <div class="pa-toolbar">
        <PeriodPicker state={periodState} settings={settings} />
        {tenantAdmin && (
          <div class="field">
            <label for={agencyFieldId}>{at.picker.agency}</label>
            <select
              id={agencyFieldId}
              value={agencyId}
              onChange={(e) => {
                setAgencyId(e.currentTarget.value);
                setEditing(null);
              }}
            >
              <option value="">{at.picker.allAgencies}</option>
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <p class="muted small">{note}</p>
      {saved && (
        <Notice>
          {rt.saved(saved.orgName ?? '', at.orgPredikat[saved.predikat], periodName(saved.period))}
        </Notice>
      )}
      {offered.length > 0 && (
        <div class="pa-rate-layout">
          <RateForm
            key={`${choice.key}:${editing?.key ?? ''}:${editing?.n ?? 0}`}
            offered={offered}
            initial={editing?.key ?? null}
            byOrg={byOrg}
            period={choice}
            periodName={periodName(choice)}
            agencyOfUnits={tenantAdmin ? agencyId : (me.user.agencyId ?? '')}
            onSaved={(r) => {
              setSaved(r);
              setEditing(null);
              setSaves((n) => n + 1);
            }}
          />
        </div>
      )}
      <section class="pa-ratings-list" aria-labelledby="pa-ratings-title">
        <h2 id="pa-ratings-title">{rt.listTitle(periodName(choice))}</h2>
        <ErrorMessage error={ratings.error} overrides={{ forbidden: rt.listForbidden }} />
        {!ratings.data && !ratings.error && <Loading />}
        {ratings.data && rows.length === 0 && <Note>{rt.empty}</Note>}
        {rows.length > 0 && (
          <RatingTable
            rows={rows}
            agencyName={tenantAdmin && !agencyId ? nameOf : null}
            canChange={(r) => offeredKeys.has(orgKey({ kind: r.kind, id: r.orgId }))}
            onChange={(r) => {
              setSaved(null);
              setEditing({ key: orgKey({ kind: r.kind, id: r.orgId }), n: Date.now() });
              document.getElementById('pa-rate-title')?.scrollIntoView({ block: 'start' });
            }}
          />
        )}
      </section>
    </>
  );
}

function RatingTable({
  rows,
  agencyName,
  canChange,
  onChange,
}: {
  rows: OrganisationRating[];
  /** Set when the list spans agencies: each unit says its agency. */
  agencyName: ((id: string) => string) | null;
  canChange: (r: OrganisationRating) => boolean;
  onChange: (r: OrganisationRating) => void;
}) {
  const at = useAssessmentText();
  const rt = at.orgRatings;
  const fmt = useFormat();
  return (
    <ul class="pa-rating-cards">
      {rows.map((r) => (
        <li key={orgKey({ kind: r.kind, id: r.orgId })} class="card pa-rating-card">
          <div class="pa-rating-card-head">
            <div>
              <h3 class="pa-form-subject">{r.orgName ?? '–'}</h3>
              <p class="muted small">
                {at.orgKind[r.kind]}
                {agencyName && r.kind === 'unit' && ` · ${agencyName(r.agencyId)}`}
              </p>
            </div>
            <PredikatBadge predikat={r.predikat} org />
          </div>
          <IkmSnapshot ikm={r.ikm} predikat={r.predikat} predikatName={(p) => at.orgPredikat[p]} />
          {r.reason && (
            <p class="small pa-rating-reason">
              <span class="muted">{rt.reason}:</span> {r.reason}
            </p>
          )}
          {r.indicators.length === 0 ? (
            <p class="muted small">{rt.noIndicators}</p>
          ) : (
            <details class="pa-indicators">
              <summary>{rt.indicatorCount(fmt.int(r.indicators.length))}</summary>
              <div class="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{rt.indicatorText}</th>
                      <th scope="col" class="num">
                        {rt.target}
                      </th>
                      <th scope="col" class="num">
                        {rt.realisation}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.indicators.map((i, n) => (
                      <tr key={n}>
                        <td>{i.text}</td>
                        <td class="num">{fmt.dec1(i.target)}</td>
                        <td class="num">{fmt.dec1(i.realisation)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          )}
          <div class="pa-rating-card-foot">
            <span class="muted small">
              {rt.ratedBy}: {rt.ratedAt(r.ratedBy.name, fmt.localDate(r.ratedAt))}
            </span>
            {canChange(r) && (
              <button type="button" class="btn btn-small" onClick={() => onChange(r)}>
                {rt.change}
              </button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}

const emptyIndicator = (): IndicatorDraft => ({ text: '', target: '', realisation: '' });

function draftOf(
  rating: OrganisationRating | undefined,
  org: OrgRef | null,
  decimal: (n: number) => string,
): RatingDraft {
  return {
    org,
    predikat: rating?.predikat ?? null,
    indicators: rating?.indicators.length
      ? rating.indicators.map((i) => ({
          text: i.text,
          target: decimal(i.target),
          realisation: decimal(i.realisation),
        }))
      : [emptyIndicator()],
    reason: rating?.reason ?? '',
  };
}

function RateForm({
  offered,
  initial,
  byOrg,
  period,
  periodName,
  agencyOfUnits,
  onSaved,
}: {
  offered: Offered[];
  /** The organisation to open the form on (a row's "Ubah"). */
  initial: string | null;
  byOrg: Map<string, OrganisationRating>;
  period: Period;
  periodName: string;
  /** The agency the offered units belong to (named in the IKM query). */
  agencyOfUnits: string;
  onSaved: (r: OrganisationRating) => void;
}) {
  const at = useAssessmentText();
  const rt = at.orgRatings;
  const it = useIkmText();
  const { t, lang } = useI18n();
  const { role } = useMe().user;
  // Numbers written back as the reader types them (92,5 in Indonesian).
  const decimal = (n: number) => (lang === 'id' ? String(n).replace('.', ',') : String(n));
  const first =
    offered.find((o) => orgKey(o.org) === initial) ?? (offered.length === 1 ? offered[0] : undefined);
  const [draft, setDraft] = useState<RatingDraft>(() =>
    draftOf(first ? byOrg.get(orgKey(first.org)) : undefined, first?.org ?? null, decimal),
  );
  // Whether the reader picked a predikat themselves: the IKM's suggestion never overrides that.
  const [touched, setTouched] = useState(false);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const ids = { org: useId(), reason: useId() };
  const current = draft.org ? offered.find((o) => orgKey(o.org) === orgKey(draft.org!)) : undefined;
  const predikatName = (p: OrgPredikat) => at.orgPredikat[p];

  // The chosen organisation's IKM for the period (the tile, the suggestion, the reason rule).
  const chosenKey = draft.org ? orgKey(draft.org) : '';
  const ikm = useAsync(
    () =>
      draft.org
        ? getOrganisationIkm(
            draft.org.kind === 'unit'
              ? { kind: 'unit', id: draft.org.id, agencyId: agencyOfUnits || undefined }
              : { kind: 'agency', id: draft.org.id },
            period,
          )
        : Promise.resolve(null),
    [chosenKey, period.start, period.end],
  );
  const ikmData =
    ikm.data && draft.org && ikm.data.org.id === draft.org.id && ikm.data.org.kind === draft.org.kind
      ? ikm.data
      : null;
  const suggested = suggestionOf(ikmData?.evaluation);
  useEffect(() => {
    const next = preselectedPredikat(draft.predikat, touched, ikmData?.evaluation);
    if (next !== draft.predikat) setDraft((d) => ({ ...d, predikat: next }));
  }, [ikmData, touched]);
  const departing = reasonRequired(suggested, draft.predikat);

  const words: Record<string, string> = {
    org: rt.chooseOrg,
    predikat: at.form.choose,
    text: t.validation.required,
    number: rt.number,
  };
  const apiFields = useMemo(() => {
    const out: Record<string, string> = {};
    if (!(error instanceof ApiError)) return out;
    const rows = sentRows(draft.indicators);
    for (const e of error.errors) {
      const m = /^indicators\.(\d+)\.(text|target|realisation)$/.exec(e.path);
      if (m)
        out[`indicators.${rows[Number(m[1])] ?? m[1]}.${m[2]}`] =
          describeError(t, error).fields[e.path] ?? '';
      else if (e.path === 'reason' && isReasonRefusal(error))
        out.reason = reasonRefusalText(it, error.detail, suggested, predikatName);
      else out[e.path === 'agencyId' ? 'unitId' : e.path] = describeError(t, error).fields[e.path] ?? '';
    }
    return out;
  }, [error, lang]);
  const fields = { ...apiFields, ...problems };
  const refusal = (() => {
    if (!(error instanceof ApiError) || error.errors.length > 0) return null;
    if (error.type === 'forbidden') return rt.forbidden;
    if (error.type === 'conflict') return refusalOf(error.detail) === 'finalised' ? rt.finalised : rt.changed;
    return null;
  })();

  const choose = (key: string) => {
    const o = offered.find((x) => orgKey(x.org) === key);
    setDraft(draftOf(o ? byOrg.get(key) : undefined, o?.org ?? null, decimal));
    setTouched(false);
    setProblems({});
    setError(null);
  };
  const setRow = (i: number, patch: Partial<IndicatorDraft>) =>
    setDraft((d) => ({ ...d, indicators: d.indicators.map((r, n) => (n === i ? { ...r, ...patch } : r)) }));

  const submit = async (e: Event) => {
    e.preventDefault();
    const found: Record<string, string> = Object.fromEntries(
      Object.entries(checkRatingDraft(draft)).map(([k, v]) => [k, words[v] ?? t.validation.invalid]),
    );
    if (departing && !draft.reason.trim())
      found.reason = it.rate.reasonMissing(suggested ? predikatName(suggested) : '–');
    setProblems(found);
    setError(null);
    const body = ratingBody(draft, period);
    if (found.reason && !found.unitId && !found.predikat) document.getElementById(ids.reason)?.focus();
    if (!body || found.reason) return;
    setBusy(true);
    try {
      onSaved(await rateOrganisation(body));
    } catch (err) {
      setError(err);
      // The server read the IKM again: the tile and the suggestion follow what it saw.
      if (isReasonRefusal(err)) {
        document.getElementById(ids.reason)?.focus();
        void ikm.reload();
      }
    } finally {
      setBusy(false);
    }
  };

  // The API's field errors shown at a field of this form; any other is said above it.
  const placed =
    error instanceof ApiError
      ? error.errors
          .map((e) => e.path)
          .filter(
            (path) =>
              /^indicators\.\d+\.(text|target|realisation)$/.test(path) ||
              ['unitId', 'agencyId', 'predikat', 'reason'].includes(path),
          )
      : [];
  const unplaced = error instanceof ApiError && error.errors.some((e) => !placed.includes(e.path));
  return (
    <>
      <form class="card pa-rate-form" noValidate aria-labelledby="pa-rate-title" onSubmit={submit}>
        <h2 id="pa-rate-title">{current ? rt.formTitleFor(current.name) : rt.formTitle}</h2>
        {refusal && (
          <div class="alert alert-error" role="alert">
            <p>{refusal}</p>
          </div>
        )}
        {error !== null && !refusal && (placed.length === 0 || unplaced) && (
          <ErrorMessage error={error} fieldNames={placed} />
        )}
        <div class={fields.unitId ? 'field field-invalid' : 'field'}>
          <label for={ids.org}>{rt.org}</label>
          <select
            id={ids.org}
            value={draft.org ? orgKey(draft.org) : ''}
            aria-invalid={fields.unitId ? true : undefined}
            onChange={(e) => choose(e.currentTarget.value)}
          >
            <option value="">{rt.chooseOrg}</option>
            {offered.map((o) => (
              <option key={orgKey(o.org)} value={orgKey(o.org)}>
                {rt.orgOption(at.orgKind[o.org.kind], o.name)}
                {byOrg.has(orgKey(o.org)) ? ` · ${at.orgPredikat[byOrg.get(orgKey(o.org))!.predikat]}` : ''}
              </option>
            ))}
          </select>
          {fields.unitId && <p class="field-error">{fields.unitId}</p>}
        </div>
        <fieldset class={fields.predikat ? 'pa-org-predikat field-invalid' : 'pa-org-predikat'}>
          <legend>{rt.predikat}</legend>
          <IkmSuggestionLine data={ikmData} predikatName={predikatName} />
          <div class="pa-rating-options">
            {ORG_PREDIKAT_CODES.map((p: OrgPredikat) => (
              <label key={p} class={draft.predikat === p ? 'pa-rating-option is-chosen' : 'pa-rating-option'}>
                <input
                  type="radio"
                  name="predikat"
                  value={p}
                  checked={draft.predikat === p}
                  onChange={() => {
                    setTouched(true);
                    setDraft((d) => ({ ...d, predikat: p }));
                  }}
                />
                <span>
                  {at.orgPredikat[p]}
                  {suggested === p && <span class="ikm-suggested-mark"> ({it.rate.suggestedMark})</span>}
                </span>
              </label>
            ))}
          </div>
          {fields.predikat && <p class="field-error">{fields.predikat}</p>}
        </fieldset>
        <RatingReasonField
          id={ids.reason}
          value={draft.reason}
          onInput={(v) => {
            setDraft((d) => ({ ...d, reason: v }));
            if (problems.reason) setProblems(({ reason: _, ...rest }) => rest);
          }}
          suggested={departing && suggested ? predikatName(suggested) : null}
          chosen={departing && draft.predikat ? predikatName(draft.predikat) : null}
          // The form's own "required" holds only while the choice departs; the API's answer stays.
          error={departing ? fields.reason : apiFields.reason}
          optionalLabel={
            <>
              {rt.reason} <span class="optional">({t.common.optional})</span>
            </>
          }
          optionalHint={rt.reasonHint}
        />
        <fieldset class="pa-indicator-rows">
          <legend>{rt.indicators}</legend>
          {draft.indicators.map((row, i) => (
            <div class="pa-indicator-row" key={i}>
              <SmallField
                label={rt.indicatorText}
                value={row.text}
                error={fields[`indicators.${i}.text`]}
                onInput={(v) => setRow(i, { text: v })}
                wide
              />
              <SmallField
                label={rt.target}
                value={row.target}
                inputMode="decimal"
                error={fields[`indicators.${i}.target`]}
                onInput={(v) => setRow(i, { target: v })}
              />
              <SmallField
                label={rt.realisation}
                value={row.realisation}
                inputMode="decimal"
                error={fields[`indicators.${i}.realisation`]}
                onInput={(v) => setRow(i, { realisation: v })}
              />
              <button
                type="button"
                class="btn btn-small pa-remove"
                aria-label={rt.removeIndicator(i + 1)}
                onClick={() =>
                  setDraft((d) => ({
                    ...d,
                    indicators:
                      d.indicators.length > 1 ? d.indicators.filter((_, n) => n !== i) : [emptyIndicator()],
                  }))
                }
              >
                ×
              </button>
            </div>
          ))}
          <button
            type="button"
            class="btn btn-small"
            disabled={draft.indicators.length >= 50}
            onClick={() => setDraft((d) => ({ ...d, indicators: [...d.indicators, emptyIndicator()] }))}
          >
            {rt.addIndicator}
          </button>
        </fieldset>
        <div class="actions">
          <button type="submit" class="btn btn-primary" disabled={busy}>
            {busy ? t.common.saving : rt.save}
          </button>
        </div>
      </form>
      <IkmTile
        org={draft.org && current ? { ...draft.org, name: current.name } : null}
        periodName={periodName}
        read={{ data: ikmData, error: ikm.error, loading: ikm.loading }}
        predikatName={predikatName}
        canLink={canOpen(role, '/surveys')}
      />
    </>
  );
}

function SmallField({
  label,
  value,
  error,
  onInput,
  inputMode,
  wide = false,
}: {
  label: string;
  value: string;
  error?: string;
  onInput: (v: string) => void;
  inputMode?: 'decimal';
  wide?: boolean;
}) {
  const id = useId();
  return (
    <div class={`field${wide ? ' pa-wide' : ''}${error ? ' field-invalid' : ''}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        value={value}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-e` : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {error && (
        <p class="field-error" id={`${id}-e`}>
          {error}
        </p>
      )}
    </div>
  );
}
