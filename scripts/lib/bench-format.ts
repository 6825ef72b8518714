/**
 * Pure helpers for `npm run bench`'s printed report: units, the median, the ok/over mark beside a
 * target, and plain-text tables whose columns line up with Chinese text in them (a CJK character
 * takes two columns in a terminal). Unit-tested in tests/unit/bench-format.test.ts.
 */

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Milliseconds as 850 ms or 1.06 s. */
export const ms = (value: number): string =>
  value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Beside a figure: whether it meets its target. */
export const mark = (ok: boolean): string => (ok ? 'ok' : 'OVER');

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Columns a text takes in a terminal: two for each CJK or full-width character. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/** Cuts `text` to at most `width` columns, ending with … when cut. */
export function clip(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const char of text) {
    if (displayWidth(`${out}${char}`) > width - 1) break;
    out += char;
  }
  return `${out}…`;
}

/** A table: the header, a rule, the rows; columns padded to their widest cell, two spaces apart. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat(widths[i]! - displayWidth(c))))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
