/**
 * Geometry for charts drawn at build time as SVG (no chart library in the browser).
 * Pure functions, so the numbers behind every bar are unit-tested.
 */

interface DivergingBar {
  label: string;
  value: number;
  /** Left edge and width of the bar, in SVG units. */
  x: number;
  width: number;
  /** Vertical position of the row. */
  y: number;
}

export interface DivergingLayout {
  bars: DivergingBar[];
  /** x of the zero line. */
  zero: number;
  height: number;
}

/**
 * Bars that grow right for positive values and left for negative ones from a shared zero
 * line, on one scale so lengths compare honestly. `left`/`right` bound the plotting area.
 */
export function divergingBars(
  rows: readonly { label: string; value: number }[],
  {
    left,
    right,
    rowHeight,
    top = 0,
  }: { left: number; right: number; rowHeight: number; top?: number },
): DivergingLayout {
  const maxPos = Math.max(0, ...rows.map((r) => r.value));
  const maxNeg = Math.max(0, ...rows.map((r) => -r.value));
  const span = maxPos + maxNeg || 1;
  const scale = (right - left) / span;
  const zero = left + maxNeg * scale;
  const bars = rows.map((r, i) => {
    const width = Math.abs(r.value) * scale;
    return {
      label: r.label,
      value: r.value,
      x: r.value >= 0 ? zero : zero - width,
      width,
      y: top + i * rowHeight,
    };
  });
  return { bars, zero, height: top + rows.length * rowHeight };
}

/** A percentage change as Chinese readers see it in the news: 上升84.4% / 下降26.6%. */
export function formatChange(value: number): string {
  return `${value >= 0 ? '上升' : '下降'}${Math.abs(value).toFixed(1)}%`;
}
