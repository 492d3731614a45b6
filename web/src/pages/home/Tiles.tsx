import { useMemo } from 'preact/hooks';
import { useI18n } from '../../i18n';
import { useAsync } from '../../lib/hooks';
import { useMe } from '../../session';
import {
  hrefFor,
  SOURCES,
  type SourceData,
  type SourceName,
  sourcesFor,
  type Tile,
  type TileGroup,
  type TileView,
  tilesFor,
} from './tiles';

type Loaded = { [K in SourceName]?: SourceData[K] };

const GROUPS: readonly TileGroup[] = ['work', 'team', 'me'];

/** The role's tiles (./tiles), grouped, each source requested once; a failed source leaves its tiles out. */
export default function HomeTiles() {
  const { t, lang } = useI18n();
  const me = useMe();
  const tiles = useMemo(() => tilesFor(me.user.role), [me.user.role]);
  const loaded = useAsync(async () => {
    const names = sourcesFor(tiles);
    const results = await Promise.allSettled(names.map((n) => SOURCES[n](me)));
    const data: Loaded = {};
    let failed = false;
    names.forEach((n, i) => {
      const r = results[i];
      if (r?.status === 'fulfilled') (data as Record<string, unknown>)[n] = r.value;
      else failed = true;
    });
    return { data, failed };
  }, [tiles]);
  const number = useMemo(() => new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB'), [lang]);
  const fmt = (n: number) => number.format(n);

  if (tiles.length === 0) return null;
  if (!loaded.data)
    return (
      <p class="muted" aria-busy="true">
        {t.common.loading}
      </p>
    );
  const views = tiles
    .map((tile) => {
      const data = loaded.data?.data[tile.source];
      const view =
        data === undefined
          ? null
          : (tile.view as (d: unknown, ...r: unknown[]) => TileView | null)(data, t, fmt);
      return view ? { tile, view } : null;
    })
    .filter((v): v is { tile: Tile; view: TileView } => v !== null);
  return (
    <div class="home-tiles">
      {loaded.data.failed && <p class="alert alert-warn">{t.home.loadError}</p>}
      {views.length === 0 && !loaded.data.failed && <p class="muted">{t.home.empty}</p>}
      {GROUPS.map((group) => {
        const inGroup = views.filter((v) => v.tile.group === group);
        if (inGroup.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`home-${group}`}>
            <h2 id={`home-${group}`} class="home-group">
              {t.home.groups[group]}
            </h2>
            <ul class="tiles">
              {inGroup.map(({ tile, view }) => (
                <li key={tile.id}>
                  <TileCard tile={tile} view={view} href={view.href ?? hrefFor(tile, me)} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function TileCard({ tile, view, href }: { tile: Tile; view: TileView; href: string | undefined }) {
  const { t } = useI18n();
  const label = tile.label(t);
  const body = (
    <>
      <span class="tile-label">{label}</span>
      <span class={view.text ? 'tile-value tile-text' : 'tile-value'}>{view.value}</span>
      {view.progress !== undefined && (
        <span
          class="tile-bar"
          role="progressbar"
          aria-valuenow={view.progress}
          aria-valuemin={0}
          aria-valuemax={100}
        >
          <span style={{ width: `${Math.min(100, Math.max(0, view.progress))}%` }} />
        </span>
      )}
      {view.hint && <span class="tile-hint">{view.hint}</span>}
    </>
  );
  const cls = `tile${view.tone ? ` tile-${view.tone}` : ''}`;
  return href ? (
    <a
      class={cls}
      href={href}
      data-tile={tile.id}
      aria-label={`${label}: ${view.value}${view.hint ? ` (${view.hint})` : ''}`}
    >
      {body}
    </a>
  ) : (
    <div class={cls} data-tile={tile.id}>
      {body}
    </div>
  );
}
