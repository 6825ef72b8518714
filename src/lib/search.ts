/** Search helpers shared by the search page and its tests. */

/** Longest query we pass on; Pagefind gains nothing from more, and a pasted essay stays harmless. */
export const MAX_QUERY_LENGTH = 100;

/**
 * The reader's query from a URL's search string (`?q=…`), trimmed and cut to
 * MAX_QUERY_LENGTH. Returns '' when there is none. The value is only ever used as
 * text (input value, Pagefind term), never as HTML.
 */
export function queryFromUrl(search: string): string {
  const raw = new URLSearchParams(search).get('q') ?? '';
  return Array.from(raw.replace(/\s+/g, ' ').trim()).slice(0, MAX_QUERY_LENGTH).join('');
}
