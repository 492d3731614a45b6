/**
 * ‹ 2026 ›: steps a year back or forward (from 2000 to `max`). The caller gives the labels in its
 * own dictionary and its own classes, so each page keeps its look.
 */
export function YearSwitch({
  year,
  max,
  onChange,
  labels,
  class: className,
  valueClass,
}: {
  year: number;
  max: number;
  onChange: (year: number) => void;
  labels: { nav: string; prev: (year: number) => string; next: (year: number) => string };
  class: string;
  valueClass: string;
}) {
  return (
    <nav class={className} aria-label={labels.nav}>
      <button
        type="button"
        class="btn btn-small"
        aria-label={labels.prev(year - 1)}
        disabled={year <= 2000}
        onClick={() => onChange(year - 1)}
      >
        ‹
      </button>
      <span class={valueClass} aria-live="polite">
        {year}
      </span>
      <button
        type="button"
        class="btn btn-small"
        aria-label={labels.next(year + 1)}
        disabled={year >= max}
        onClick={() => onChange(year + 1)}
      >
        ›
      </button>
    </nav>
  );
}
