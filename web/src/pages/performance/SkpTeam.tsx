import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { ErrorMessage, Loading } from '../../components/ui';
import { useI18n } from '../../i18n';
import { useAsync, useLoadMore } from '../../lib/hooks';
import { useMe } from '../../session';
import {
  type CascadeSkpResult,
  cascadeSkpItems,
  getSkp,
  getSkpCascade,
  listSkps,
  type PerformanceSettings,
  type SkpCascade,
  type SkpDetail,
  type SkpSummary,
} from './skp-api';
import { cascadeBody, cascadeTree, performanceYearAt, type Supporter, supportersOf } from './skp-model';
import {
  NotLinked,
  SkpStatusBadge,
  usePerformanceSettings,
  useSkpProblem,
  useSkpText,
  useYear,
  YearSwitch,
} from './skp-parts';
import { PerformanceHeader } from './tabs';

/**
 * "Tim saya" (issue 14 §1, §6): the SKPs of the year that the reader appraises, with their status
 * and item count, each a link; cascading items of one's own approved SKP to one's direct
 * subordinates in one step, with what was created and who was refused and why; and the cascade as
 * a tree from the reader's SKP down, a subordinate's level opened on demand.
 */
export default function SkpTeamPage() {
  const st = useSkpText();
  const { employeeId, role } = useMe().user;
  return (
    <section class="perf-page">
      <PerformanceHeader title={st.team.title} current="/performance/team" />
      {employeeId ? (
        <Team />
      ) : role === 'tenant-admin' ? (
        <RegionalHeadTeam />
      ) : (
        <NotLinked>{st.notLinked.team}</NotLinked>
      )}
    </section>
  );
}

/**
 * A tenant admin without an employee record: the agency heads' SKPs, whose appraiser is the
 * regional head (who has no account); the admin approves and assesses them on the head's behalf.
 */
function RegionalHeadTeam() {
  const { settings } = usePerformanceSettings();
  return settings ? <RegionalHeadTeamOfYear settings={settings} /> : <Loading />;
}

function RegionalHeadTeamOfYear({ settings }: { settings: PerformanceSettings }) {
  const words = useSkpText().regionalHead;
  const { year, thisYear, setYear } = useYear(settings.yearStartMonth);
  return (
    <>
      <div class="perf-toolbar">
        <YearSwitch year={year} max={thisYear + 1} onChange={setYear} />
      </div>
      <p class="muted perf-intro">{words.intro(year)}</p>
      <RegionalHeadList key={year} year={year} words={words} />
    </>
  );
}

/** Keyed by year: a new year reads its list afresh. */
function RegionalHeadList({
  year,
  words,
}: {
  year: number;
  words: ReturnType<typeof useSkpText>['regionalHead'];
}) {
  const team = useLoadMore(
    (cursor) => listSkps({ scope: 'team', year, cursor, limit: 50 }),
    (s: SkpSummary) => s.id,
  );
  return <TeamList year={year} team={team} words={words} />;
}

function Team() {
  const { settings } = usePerformanceSettings();
  return settings ? <TeamOfYear settings={settings} /> : <Loading />;
}

function TeamOfYear({ settings }: { settings: PerformanceSettings }) {
  const tt = useSkpText().team;
  const role = useMe().user.role;
  const { year, thisYear, setYear } = useYear(settings.yearStartMonth);
  // Changes (a cascade) read the team, one's SKP and the tree again.
  const [round, setRound] = useState(0);
  const team = useLoadMore(
    (cursor) => listSkps({ scope: 'team', year, cursor, limit: 50 }),
    (s: SkpSummary) => s.id,
  );
  const own = useAsync(async () => {
    const mine = await listSkps({ scope: 'mine', limit: 50 });
    const found = mine.items.find((s) => performanceYearAt(s.period.start, settings.yearStartMonth) === year);
    return { year, skp: found ? await getSkp(found.id) : null };
  }, [year, round]);
  const ownSkp = own.data?.year === year ? own.data.skp : undefined;
  // Cascading goes to direct subordinates; an employee with nobody to appraise is not offered it.
  const leads = team.items.length > 0 || role !== 'employee';
  return (
    <>
      <div class="perf-toolbar">
        <YearSwitch year={year} max={thisYear + 1} onChange={setYear} />
      </div>
      <p class="muted perf-intro">{tt.intro(year)}</p>
      <TeamList key={`${year}:${round}`} year={year} team={team} />
      <ErrorMessage error={own.error} />
      {ownSkp === undefined
        ? !own.error && <Loading />
        : leads && (
            <>
              <Cascade
                key={`${year}:${ownSkp?.version ?? 0}`}
                year={year}
                own={ownSkp}
                team={team.items}
                onDone={() => {
                  setRound((r) => r + 1);
                  team.reload();
                }}
              />
              {ownSkp && ownSkp.items.length > 0 && (
                <CascadeTree key={`${ownSkp.id}:${round}`} skpId={ownSkp.id} />
              )}
            </>
          )}
    </>
  );
}

function TeamList({
  year,
  team,
  words,
}: {
  year: number;
  team: ReturnType<typeof useLoadMore<SkpSummary>>;
  /** Other words for the list's caption and its empty state (the regional head's list). */
  words?: Pick<ReturnType<typeof useSkpText>['team'], 'caption' | 'none' | 'noneHint'>;
}) {
  const st = useSkpText();
  const tt = { ...st.team, ...words };
  const { formatDateTime } = useI18n();
  const titleId = useId();
  const waiting = team.items.filter((s) => s.status === 'submitted').length;
  return (
    <section class="card perf-team" aria-labelledby={titleId}>
      <h2 id={titleId}>{tt.caption(year)}</h2>
      {waiting > 0 && <p class="perf-waiting">{tt.waiting(waiting)}</p>}
      <ErrorMessage error={team.error} />
      {team.items.length > 0 && (
        <ul class="perf-team-list" aria-busy={team.loading}>
          {team.items.map((s) => (
            <li key={s.id} class="perf-team-row">
              <div class="perf-team-who">
                <a href={`/performance/skp/${s.id}`} aria-label={tt.openLabel(s.employeeName)}>
                  {s.employeeName}
                </a>
                <span class="muted small">{[s.positionName, s.unitName].filter(Boolean).join(' · ')}</span>
              </div>
              <div class="perf-team-state">
                <SkpStatusBadge status={s.status} />
                <span class="small nowrap">
                  {s.itemCount} {tt.items.toLowerCase()}
                </span>
                <span class="muted small nowrap">
                  {tt.updated} {formatDateTime(s.updatedAt)}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
      {!team.loading && !team.error && team.items.length === 0 && (
        <div class="perf-none">
          <p>{tt.none(year)}</p>
          <p class="muted small">{tt.noneHint}</p>
        </div>
      )}
      {team.loading && team.items.length === 0 && <Loading />}
      {team.hasMore && (
        <p class="load-more">
          <button type="button" class="btn" onClick={team.more} disabled={team.loading}>
            {tt.more}
          </button>
        </p>
      )}
    </section>
  );
}

// ---- cascade ----

function Cascade({
  year,
  own,
  team,
  onDone,
}: {
  year: number;
  own: SkpDetail | null;
  team: readonly SkpSummary[];
  onDone: () => void;
}) {
  const st = useSkpText();
  const ct = st.cascade;
  const titleId = useId();
  return (
    <section class="card perf-cascade" aria-labelledby={titleId}>
      <h2 id={titleId}>{ct.title}</h2>
      <p class="muted small">{ct.intro}</p>
      {!own ? (
        <p>
          {ct.noSkp(year)} <a href={`/performance/skp?year=${year}`}>{ct.openMine}</a>
        </p>
      ) : !own.can.cascade ? (
        <p class="perf-none">
          {own.status !== 'approved' ? ct.notApproved : ct.noItems}{' '}
          <a href={`/performance/skp?year=${year}`}>{ct.openMine}</a>
        </p>
      ) : (
        <CascadeForm own={own} team={team} onDone={onDone} />
      )}
    </section>
  );
}

function CascadeForm({
  own,
  team,
  onDone,
}: {
  own: SkpDetail;
  team: readonly SkpSummary[];
  onDone: () => void;
}) {
  const st = useSkpText();
  const ct = st.cascade;
  const problem = useSkpProblem();
  const allIds = own.items.map((i) => i.id);
  const [items, setItems] = useState<Set<string>>(() => new Set(allIds));
  const [to, setTo] = useState<'all' | 'chosen'>('all');
  const [people, setPeople] = useState<Set<string>>(() => new Set(team.map((s) => s.employeeId)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<CascadeSkpResult | null>(null);
  const [busy, setBusy] = useState(false);
  const name = useId();
  const toggle = (set: Set<string>, id: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  };
  const send = async (e: Event) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (items.size === 0) local.itemIds = ct.noItemsChosen;
    if (to === 'chosen' && people.size === 0) local.subordinateIds = ct.noneChosen;
    setErrors(local);
    setError(null);
    setResult(null);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      const recipients = to === 'all' ? 'all' : team.map((s) => s.employeeId).filter((id) => people.has(id));
      setResult(await cascadeSkpItems(cascadeBody(own.id, allIds, items, recipients)));
      onDone();
    } catch (err) {
      const fields = problem(err).fields;
      setErrors({
        ...(Object.keys(fields).some((p) => p.startsWith('itemIds')) ? { itemIds: st.rules.invalid } : {}),
        ...(Object.keys(fields).some((p) => p.startsWith('subordinateIds'))
          ? { subordinateIds: st.rules.notSubordinate }
          : {}),
      });
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="perf-cascade-form stack" onSubmit={send} noValidate>
      <fieldset class={errors.itemIds ? 'field-invalid' : undefined}>
        <legend>{ct.items}</legend>
        <div class="actions perf-pick-tools">
          <button type="button" class="btn btn-small" onClick={() => setItems(new Set(allIds))}>
            {ct.all}
          </button>
          <button type="button" class="btn btn-small" onClick={() => setItems(new Set())}>
            {ct.none}
          </button>
        </div>
        <ul class="perf-picks">
          {own.items.map((it, i) => (
            <li key={it.id}>
              <label class="check">
                <input
                  type="checkbox"
                  checked={items.has(it.id)}
                  onChange={(e) => setItems((s) => toggle(s, it.id, e.currentTarget.checked))}
                />
                <span>
                  {i + 1}. {it.text}
                </span>
              </label>
            </li>
          ))}
        </ul>
        {errors.itemIds && <p class="field-error">{errors.itemIds}</p>}
      </fieldset>
      <fieldset class={errors.subordinateIds ? 'field-invalid' : undefined}>
        <legend>{ct.recipients}</legend>
        <label class="check perf-radio">
          <input type="radio" name={name} checked={to === 'all'} onChange={() => setTo('all')} />
          <span>
            {ct.toAll}
            <span class="field-hint perf-radio-hint">{ct.toAllHint}</span>
          </span>
        </label>
        <label class="check perf-radio">
          <input
            type="radio"
            name={name}
            checked={to === 'chosen'}
            disabled={team.length === 0}
            onChange={() => setTo('chosen')}
          />
          <span>
            {ct.toChosen}
            <span class="field-hint perf-radio-hint">{team.length === 0 ? ct.noTeam : ct.chosenHint}</span>
          </span>
        </label>
        {to === 'chosen' && (
          <div class="actions perf-pick-tools perf-picks-people">
            <button
              type="button"
              class="btn btn-small"
              onClick={() => setPeople(new Set(team.map((s) => s.employeeId)))}
            >
              {ct.all}
            </button>
            <button type="button" class="btn btn-small" onClick={() => setPeople(new Set())}>
              {ct.none}
            </button>
          </div>
        )}
        {to === 'chosen' && (
          <ul class="perf-picks perf-picks-people">
            {team.map((s) => (
              <li key={s.employeeId}>
                <label class="check">
                  <input
                    type="checkbox"
                    checked={people.has(s.employeeId)}
                    onChange={(e) => setPeople((p) => toggle(p, s.employeeId, e.currentTarget.checked))}
                  />
                  <span>
                    {s.employeeName} <SkpStatusBadge status={s.status} />
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
        {errors.subordinateIds && <p class="field-error">{errors.subordinateIds}</p>}
      </fieldset>
      <ErrorMessage
        error={error}
        overrides={problem(error).overrides}
        fieldNames={Object.keys(problem(error).fields)}
      />
      <div class="actions">
        <button type="submit" class="btn btn-primary" disabled={busy} aria-busy={busy}>
          {busy ? ct.sending : ct.send(items.size)}
        </button>
      </div>
      {result && <CascadeOutcome result={result} />}
    </form>
  );
}

function CascadeOutcome({ result }: { result: CascadeSkpResult }) {
  const ct = useSkpText().cascade;
  return (
    <div class="perf-cascade-result" role="status">
      <h3>{ct.resultTitle}</h3>
      <p>
        <strong>{ct.created(result.created)}</strong>
      </p>
      {result.targets.length > 0 && (
        <details class="perf-result-fold" open={result.targets.length <= FOLD_AFTER}>
          <summary>
            {ct.targets(result.targets.length, result.targets.filter((t) => t.createdSkp).length)}
          </summary>
          <ul class="perf-result-list">
            {result.targets.map((t) => (
              <li key={t.employeeId}>
                <a href={`/performance/skp/${t.skpId}`}>{ct.target(t.employeeName, t.newItems)}</a>
                {t.createdSkp && <span class="muted small"> · {ct.newSkp}</span>}
                {t.alreadyCascaded > 0 && <span class="muted small"> · {ct.already(t.alreadyCascaded)}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
      {result.refused.length > 0 && (
        <>
          <h4>{ct.refusedTitle}</h4>
          <ul class="perf-result-list perf-refused">
            {result.refused.map((r) => (
              <li key={r.employeeId}>
                <strong>{r.employeeName}</strong>: {ct.reasons[r.reason] ?? ct.reasonOther}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

// ---- the tree ----

type Level = { data?: SkpCascade; error?: unknown };

/** Lists longer than this start folded. */
const FOLD_AFTER = 5;

/** The levels of the tree read so far, by SKP; each is read once, when first opened. */
function useLevels() {
  const [levels, setLevels] = useState<Record<string, Level>>({});
  const asked = useRef(new Set<string>());
  const load = (skpId: string) => {
    if (asked.current.has(skpId)) return;
    asked.current.add(skpId);
    getSkpCascade(skpId).then(
      (data) => setLevels((l) => ({ ...l, [skpId]: { data } })),
      (error) => {
        asked.current.delete(skpId);
        setLevels((l) => ({ ...l, [skpId]: { error } }));
      },
    );
  };
  return { levels, load };
}

function CascadeTree({ skpId }: { skpId: string }) {
  const st = useSkpText();
  const tt = st.tree;
  const { levels, load } = useLevels();
  const titleId = useId();
  useEffect(() => load(skpId), [skpId]);
  const root = levels[skpId];
  const tree = root?.data ? cascadeTree(root.data) : null;
  return (
    <section class="card perf-tree-card" aria-labelledby={titleId}>
      <h2 id={titleId}>{tt.title}</h2>
      <p class="muted small">{tt.intro}</p>
      <ErrorMessage error={root?.error} />
      {!tree ? (
        !root?.error && <Loading />
      ) : (
        <>
          <ol class="perf-tree">
            {tree.items.map(({ item, supporters }, i) => (
              <li key={item.id} class="perf-node perf-node-root">
                <div class="perf-node-row">
                  <span class="perf-item-n" aria-hidden="true">
                    {i + 1}
                  </span>
                  <span class="perf-node-text">{item.text}</span>
                </div>
                {supporters.length === 0 ? (
                  <p class="muted small perf-node-none">{tt.noSupporters}</p>
                ) : (
                  // A long list (30 items to 70 staff) starts folded: the count says what is in it.
                  <details class="perf-node-fold" open={supporters.length <= FOLD_AFTER}>
                    <summary>
                      {tt.supporters(supporters.length, new Set(supporters.map((x) => x.skp.id)).size)}
                    </summary>
                    <Supporters supporters={supporters} levels={levels} load={load} />
                  </details>
                )}
              </li>
            ))}
          </ol>
          {tree.unlinked.length > 0 && (
            <div class="perf-tree-extra">
              <h3>{tt.unlinkedTitle}</h3>
              <ul class="perf-tree-children">
                {tree.unlinked.flatMap((u) =>
                  u.items.map((item) => (
                    <SupporterNode
                      key={item.id}
                      supporter={{ skp: u.skp, item }}
                      levels={levels}
                      load={load}
                    />
                  )),
                )}
              </ul>
            </div>
          )}
          {tree.empty.length > 0 && (
            <div class="perf-tree-extra">
              <h3>{tt.emptyTitle}</h3>
              <ul class="perf-empty-people">
                {tree.empty.map((s) => (
                  <li key={s.id}>
                    <a href={`/performance/skp/${s.id}`}>{s.employeeName}</a>{' '}
                    <SkpStatusBadge status={s.status} />
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function Supporters({
  supporters,
  levels,
  load,
}: {
  supporters: Supporter[];
  levels: Record<string, Level>;
  load: (skpId: string) => void;
}) {
  const tt = useSkpText().tree;
  if (supporters.length === 0) return <p class="muted small perf-node-none">{tt.noSupporters}</p>;
  return (
    <ul class="perf-tree-children">
      {supporters.map((s) => (
        <SupporterNode key={s.item.id} supporter={s} levels={levels} load={load} />
      ))}
    </ul>
  );
}

function SupporterNode({
  supporter: s,
  levels,
  load,
}: {
  supporter: Supporter;
  levels: Record<string, Level>;
  load: (skpId: string) => void;
}) {
  const tt = useSkpText().tree;
  const [open, setOpen] = useState(false);
  const level = levels[s.skp.id];
  const childId = useId();
  return (
    <li class="perf-node">
      <div class="perf-node-row">
        <button
          type="button"
          class="toggle perf-node-toggle"
          aria-expanded={open}
          aria-controls={childId}
          aria-label={tt.expandLabel(s.skp.employeeName, s.item.text)}
          title={open ? tt.collapse : tt.expand}
          onClick={() => {
            if (!open) load(s.skp.id);
            setOpen(!open);
          }}
        >
          <span class="caret" aria-hidden="true" />
        </button>
        <div class="perf-node-body">
          <span class="perf-node-who">
            <a href={`/performance/skp/${s.skp.id}`}>{s.skp.employeeName}</a>
            <SkpStatusBadge status={s.skp.status} />
          </span>
          <span class="perf-node-text">{s.item.text}</span>
        </div>
      </div>
      {open && (
        <div id={childId} class="perf-node-children">
          {level?.data ? (
            <Supporters supporters={supportersOf(level.data, s.item.id)} levels={levels} load={load} />
          ) : level?.error ? (
            <ErrorMessage error={level.error} />
          ) : (
            <Loading />
          )}
        </div>
      )}
    </li>
  );
}
