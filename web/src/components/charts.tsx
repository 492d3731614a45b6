/**
 * Charts for the survey reports, on Chart.js. Only the controllers and elements used here are
 * registered, so the bundle keeps just those; and only pages that chart import this module, so
 * Chart.js loads with their lazy chunk and never with the login page.
 *
 * A canvas says nothing to a screen reader: every chart takes an `aria-label` summary, and the
 * pages put the same numbers in a table next to it.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
Chart.defaults.color = '#3d4a4e';

// The palette of styles.css: brand for the normal bars, accent for what needs attention.
const BRAND = '#0f4c5c';
const ACCENT = '#e36414';
const GRID = '#e5ebec';

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Owns one Chart on a canvas: made from `config` when it changes, destroyed on unmount. */
function useChart(config: ChartConfiguration, key: string) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const configRef = useRef(config);
  configRef.current = config;
  useEffect(() => {
    if (!canvas.current) return;
    const c = configRef.current;
    const chart = new Chart(canvas.current, {
      ...c,
      options: { ...c.options, animation: reducedMotion() ? false : { duration: 250 } },
    });
    return () => chart.destroy();
  }, [key]);
  return canvas;
}

export interface BarDatum {
  label: string;
  value: number | null;
  /** Drawn in the accent colour (e.g. the weakest elements); say it in the label or table too. */
  highlight?: boolean;
}

/**
 * A long category name as at most `maxLines` lines of about `width` characters, broken between
 * words; what does not fit ends in an ellipsis (the tooltip and the table beside the chart carry
 * the whole name). Chart.js draws an array label as several lines and would otherwise clip a long
 * one at the canvas's left edge.
 */
export function wrapLabel(label: string, width = 22, maxLines = 2): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const shown = lines.slice(0, maxLines).map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
  if (lines.length > maxLines) {
    const last = shown[maxLines - 1] ?? '';
    shown[maxLines - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  }
  return shown.length === 1 ? (shown[0] ?? label) : shown;
}

/**
 * A dashed line across a horizontal bar chart between bar `after - 1` and bar `after` (e.g. the
 * openings of a formasi), with a short label at its right end.
 */
function dividerPlugin(divider: { after: number; label: string }) {
  return {
    id: 'divider',
    afterDatasetsDraw(chart: Chart) {
      const y = chart.scales.y;
      if (!y) return;
      const at = y.getPixelForValue(divider.after - 0.5);
      const { left, right } = chart.chartArea;
      const ctx = chart.ctx;
      ctx.save();
      ctx.strokeStyle = '#3d4a4e';
      ctx.lineWidth = 1.5;
      ctx.setLineDash([6, 4]);
      ctx.beginPath();
      ctx.moveTo(left, at);
      ctx.lineTo(right, at);
      ctx.stroke();
      ctx.setLineDash([]);
      // The label on a white ground at the line's right end, so a bar under it does not hide it.
      ctx.font = '12px system-ui, sans-serif';
      const width = ctx.measureText(divider.label).width;
      ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
      ctx.fillRect(right - width - 6, at - 8, width + 6, 16);
      ctx.fillStyle = '#3d4a4e';
      ctx.textAlign = 'right';
      ctx.textBaseline = 'middle';
      ctx.fillText(divider.label, right - 3, at);
      ctx.restore();
    },
  };
}

export function HorizontalBarChart({
  data,
  label,
  locale,
  min,
  max,
  format = String,
  integer = false,
  divider,
}: {
  data: BarDatum[];
  /** The accessible summary of what the chart shows. */
  label: string;
  /** BCP 47 locale for the axis numbers (`id-ID` writes 2,5). */
  locale: string;
  min?: number;
  max?: number;
  format?: (value: number) => string;
  /** Counts: whole-number ticks only (a count of 3 has no tick at 2.5). */
  integer?: boolean;
  /** A dashed line after the first `after` bars (e.g. the openings line of a ranking). */
  divider?: { after: number; label: string } | null;
}) {
  const key = JSON.stringify([data, locale, min, max, integer, divider]);
  const canvas = useChart(
    {
      type: 'bar',
      plugins: divider ? [dividerPlugin(divider)] : [],
      data: {
        labels: data.map((d) => wrapLabel(d.label)),
        datasets: [
          {
            data: data.map((d) => d.value),
            backgroundColor: data.map((d) => (d.highlight ? ACCENT : BRAND)),
            borderRadius: 3,
            maxBarThickness: 26,
          },
        ],
      },
      options: {
        locale,
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { min, max, grid: { color: GRID }, ...(integer ? { ticks: { precision: 0 } } : {}) },
          y: { grid: { display: false }, ticks: { autoSkip: false } },
        },
        plugins: {
          tooltip: {
            callbacks: {
              // The whole name, not the wrapped or shortened one on the axis.
              title: (items) => (items[0] ? (data[items[0].dataIndex]?.label ?? '') : ''),
              label: (item) => (item.parsed.x === null ? '–' : format(item.parsed.x)),
            },
          },
        },
      },
    },
    key,
  );
  // Room for each bar, so long element names stay readable.
  const height = `${Math.max(8, data.length * 2.3 + 2)}rem`;
  return (
    <div class="chart" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}

export function LineChart({
  labels,
  values,
  label,
  locale,
  seriesLabel,
  min,
  max,
  format = String,
}: {
  labels: string[];
  values: (number | null)[];
  label: string;
  locale: string;
  seriesLabel: string;
  min?: number;
  max?: number;
  format?: (value: number) => string;
}) {
  const key = JSON.stringify([labels, values, locale, min, max, seriesLabel]);
  const canvas = useChart(
    {
      type: 'line',
      data: {
        labels,
        datasets: [
          {
            label: seriesLabel,
            data: values,
            borderColor: BRAND,
            backgroundColor: BRAND,
            pointBackgroundColor: ACCENT,
            pointRadius: 4,
            tension: 0.2,
            // A period without responses has no IKM: a gap, not a fall to zero.
            spanGaps: false,
          },
        ],
      },
      options: {
        locale,
        responsive: true,
        maintainAspectRatio: false,
        scales: { y: { min, max, grid: { color: GRID } }, x: { grid: { display: false } } },
        plugins: {
          tooltip: {
            callbacks: { label: (item) => (item.parsed.y === null ? '–' : format(item.parsed.y)) },
          },
        },
      },
    },
    key,
  );
  return (
    <div class="chart" style={{ height: '16rem' }}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
