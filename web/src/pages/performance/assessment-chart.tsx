/**
 * A grouped bar chart on Chart.js for the performance pages: the distribution's caps (given against
 * allowed) and a 360 summary (averages per value, a series per rater group). Like
 * ../../components/charts, only what is drawn is registered, and only the pages that chart import
 * this module, so Chart.js loads with their lazy chunk. A canvas says nothing to a screen reader:
 * each chart takes an `aria-label` summary, and the pages put the same numbers in a table beside it.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import { wrapLabel } from '../../components/charts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

// The palette of styles.css, plus two quieter tones for further series.
export const SERIES_COLOURS = ['#0f4c5c', '#7fb3bf', '#e36414', '#5b6b70', '#b7cfd4'];
const ACCENT = '#e36414';
const GRID = '#e5ebec';

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export interface Series {
  label: string;
  values: (number | null)[];
  /** Per bar: drawn in the accent colour (a broken cap); say it in the table too. */
  highlight?: boolean[];
}

export function GroupedBarChart({
  labels,
  series,
  label,
  locale,
  horizontal = false,
  min,
  max,
  step,
  format = String,
}: {
  labels: string[];
  series: Series[];
  /** The accessible summary of what the chart shows. */
  label: string;
  locale: string;
  horizontal?: boolean;
  min?: number;
  max?: number;
  /** The value axis's step (1 for whole counts and for the 1-5 scale). */
  step?: number;
  format?: (value: number) => string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const key = JSON.stringify([labels, series, locale, horizontal, min, max, step]);
  const formatRef = useRef(format);
  formatRef.current = format;
  useEffect(() => {
    if (!canvas.current) return;
    const valueAxis = { min, max, ticks: { stepSize: step, precision: 0 }, grid: { color: GRID } };
    const categoryAxis = { grid: { display: false }, ticks: { autoSkip: false } };
    const config: ChartConfiguration<'bar'> = {
      type: 'bar',
      data: {
        labels: labels.map((l) => wrapLabel(l, horizontal ? 22 : 14, 3)),
        datasets: series.map((s, i) => {
          const colour = SERIES_COLOURS[i % SERIES_COLOURS.length]!;
          return {
            label: s.label,
            data: s.values,
            backgroundColor: s.highlight ? s.highlight.map((h) => (h ? ACCENT : colour)) : colour,
            borderRadius: 3,
            maxBarThickness: 28,
          };
        }),
      },
      options: {
        locale,
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: reducedMotion() ? false : { duration: 250 },
        scales: horizontal ? { x: valueAxis, y: categoryAxis } : { y: valueAxis, x: categoryAxis },
        plugins: {
          legend: {
            display: series.length > 1,
            position: 'bottom',
            // A series' own colour, whatever its highlighted bars are drawn in.
            labels: {
              generateLabels: (chart) =>
                Chart.defaults.plugins.legend.labels.generateLabels(chart).map((item, i) => ({
                  ...item,
                  fillStyle: SERIES_COLOURS[i % SERIES_COLOURS.length],
                  strokeStyle: SERIES_COLOURS[i % SERIES_COLOURS.length],
                })),
            },
          },
          tooltip: {
            callbacks: {
              title: (items) => (items[0] ? (labels[items[0].dataIndex] ?? '') : ''),
              label: (item) => {
                const v = horizontal ? item.parsed.x : item.parsed.y;
                return `${item.dataset.label ?? ''}: ${v === null || v === undefined ? '–' : formatRef.current(v)}`;
              },
            },
          },
        },
      },
    };
    const chart = new Chart(canvas.current, config);
    return () => chart.destroy();
  }, [key]);
  // Room for each group of bars, so long names stay readable.
  const height = horizontal ? `${Math.max(9, labels.length * (1.2 + series.length * 1.1) + 4)}rem` : '18rem';
  return (
    <div class="chart pa-chart" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
