import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { type FactorScore, getPlacementCandidates, type PlacementCandidate } from '../../api/personnel';
import { ErrorMessage, Loading, Notice } from '../../components/ui';
import { type Format, useFormat } from '../../lib/format';
import { useAsync } from '../../lib/hooks';
import { useRole } from '../../session';
import { PlaceDialog } from './PlaceDialog';
import { TOP_RECOMMENDATIONS } from './schemas';
import { type DevelopmentDictionary, DevelopmentHeader, Meter, useDevelopmentText } from './shared';

export default function CandidatesPage() {
  // The route (/positions/:positionId/candidates) always has the id.
  const positionId = useRoute().params.positionId!;
  return <Candidates key={positionId} positionId={positionId} />;
}

const CANDIDATE_LIMIT = 20;

function Candidates({ positionId }: { positionId: string }) {
  const ct = useDevelopmentText();
  const cc = ct.candidates;
  const fmt = useFormat();
  const { mayWrite } = useRole();
  const data = useAsync(() => getPlacementCandidates(positionId, CANDIDATE_LIMIT), [positionId]);
  const [placing, setPlacing] = useState<PlacementCandidate | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const position = data.data?.position;
  const candidates = data.data?.candidates ?? [];

  return (
    <section>
      <p>
        <a class="back-link" href="/positions">
          {cc.back}
        </a>
      </p>
      <DevelopmentHeader title={position ? cc.title(position.name) : ct.titles.positions} />
      {notice && <Notice>{notice}</Notice>}
      <ErrorMessage error={data.error} />
      {data.loading && !data.data && <Loading />}
      {position && (
        <div class="card stack">
          <Meter
            wide
            value={position.filled}
            max={position.seats}
            tone={position.vacancies <= 0 ? 'full' : 'normal'}
            text={`${ct.positions.occupancyText(fmt.int(position.filled), fmt.int(position.seats))} · ${
              position.vacancies <= 0
                ? ct.positions.full
                : ct.positions.vacancies(fmt.int(position.vacancies))
            }`}
          />
          {position.vacancies <= 0 && <p class="alert alert-warn">{cc.fullWarning}</p>}
          <p class="muted small">{cc.intro}</p>
        </div>
      )}
      {data.data && candidates.length === 0 && <p class="muted">{cc.empty}</p>}
      {candidates.length > 0 && (
        <ol class="cr-candidates" aria-label={cc.listLabel}>
          {candidates.map((c) => (
            <CandidateCard
              key={c.employeeId}
              c={c}
              onPlace={mayWrite(c.agencyId) ? () => setPlacing(c) : undefined}
            />
          ))}
        </ol>
      )}
      {placing && position && (
        <PlaceDialog
          candidate={placing}
          position={position}
          onClose={() => setPlacing(null)}
          onPlaced={(result) => {
            setPlacing(null);
            setNotice(
              `${cc.placed(placing.name, position.name)}${result.outsideRecommendation ? ` ${cc.placedOutside}` : ''}`,
            );
            void data.reload();
          }}
        />
      )}
    </section>
  );
}

const FACTOR_ORDER: FactorScore['factor'][] = ['education', 'competency', 'rank', 'performance'];

function sortedFactors(c: PlacementCandidate): FactorScore[] {
  return FACTOR_ORDER.map((f) => c.factors.find((x) => x.factor === f)).filter((f): f is FactorScore => !!f);
}

/** `onPlace` is left out when the user may not change this employee (an agency admin, another agency's). */
function CandidateCard({ c, onPlace }: { c: PlacementCandidate; onPlace?: () => void }) {
  const ct = useDevelopmentText();
  const cc = ct.candidates;
  const fmt = useFormat();
  const factors = sortedFactors(c);
  const top = c.rank <= TOP_RECOMMENDATIONS;
  return (
    <li class="card cr-candidate">
      <div class="cr-candidate-head">
        <div>
          <span class={top ? 'cr-rank cr-rank-top' : 'cr-rank'}>
            <span class="sr-only">{cc.rankNo(c.rank)}</span>
            <span aria-hidden="true">{c.rank}</span>
          </span>
          <strong>{c.name}</strong>
          {c.stepDown && (
            <>
              {' '}
              <span class="badge badge-warn" title={cc.stepDownHint}>
                {cc.stepDown}
              </span>
            </>
          )}
          <div class="muted small">
            {c.employmentType}
            {c.golongan ? ` · ${cc.golongan} ${c.golongan}` : ''} · {c.agencyName}
            {' · '}
            {c.positionName ? `${cc.currentPosition}: ${c.positionName}` : cc.noPosition}
          </div>
        </div>
        <div>
          <span class="muted small">{cc.total} </span>
          <span class="cr-total">{fmt.dec1(c.total)}</span>
          <span class="muted small"> / 100</span>
        </div>
      </div>
      <ScoreBar factors={factors} ct={ct} fmt={fmt} />
      {c.stepDown && <p class="muted small">{cc.stepDownHint}</p>}
      <details>
        <summary>{cc.details}</summary>
        <FactorTable factors={factors} ct={ct} fmt={fmt} />
      </details>
      {onPlace && (
        <p class="actions">
          <button type="button" class="btn btn-primary btn-small" onClick={onPlace}>
            {cc.place}
          </button>
        </p>
      )}
    </li>
  );
}

/** The total as a bar out of 100, in one segment per present factor (points add up to the total). */
function ScoreBar({ factors, ct, fmt }: { factors: FactorScore[]; ct: DevelopmentDictionary; fmt: Format }) {
  const cc = ct.candidates;
  const label = (f: FactorScore) =>
    `${cc.factors[f.factor]} ${f.status === 'absent' || f.points === null ? ct.noData : fmt.dec1(f.points)}`;
  return (
    <div>
      <span class="cr-track cr-track-wide" role="img" aria-label={cc.barLabel(factors.map(label).join(', '))}>
        {factors
          .filter((f) => f.status === 'present' && f.points !== null && f.points > 0)
          .map((f) => (
            <span
              key={f.factor}
              class={`cr-fill cr-seg-${f.factor}`}
              style={{ width: `${Math.min(100, f.points ?? 0)}%` }}
            />
          ))}
      </span>
      <ul class="cr-legend" aria-hidden="true">
        {factors.map((f) => (
          <li key={f.factor}>
            <span
              class={f.status === 'absent' ? 'cr-swatch cr-swatch-absent' : `cr-swatch cr-seg-${f.factor}`}
            />
            {cc.factors[f.factor]}:{' '}
            {f.status === 'absent' || f.points === null ? (
              <em>{ct.noData}</em>
            ) : (
              `${fmt.dec1(f.points)} (${fmt.dec1(f.share)}%)`
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function FactorTable({
  factors,
  ct,
  fmt,
}: {
  factors: FactorScore[];
  ct: DevelopmentDictionary;
  fmt: Format;
}) {
  const cc = ct.candidates;
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{cc.factor}</th>
            <th scope="col" class="num">
              {cc.weight}
            </th>
            <th scope="col" class="num">
              {cc.score}
            </th>
            <th scope="col" class="num">
              {cc.points}
            </th>
            <th scope="col" class="num">
              {cc.share}
            </th>
            <th scope="col">{cc.explanation}</th>
          </tr>
        </thead>
        <tbody>
          {factors.map((f) => {
            const absent = f.status === 'absent';
            return (
              <tr key={f.factor}>
                <th scope="row">{cc.factors[f.factor]}</th>
                <td class="num">{f.weight}</td>
                <td class="num">
                  {absent ? ct.noData : `${fmt.dec1(f.score === null ? null : f.score * 100)}%`}
                </td>
                <td class="num">{absent ? ct.noData : fmt.dec1(f.points)}</td>
                <td class="num">{absent ? ct.noData : `${fmt.dec1(f.share)}%`}</td>
                <td class="small">{f.detail}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
