/**
 * A long list split into numbered pages (the case library and its filters): which page numbers
 * the pagination links show. As on GOV.UK (https://design-system.service.gov.uk/components/pagination/):
 * the first and last pages, the current one and its neighbours, and a gap (…) for the rest, so the
 * links stay a handful however many pages there are.
 */

/** How many pages `total` items fill at `size` a page; an empty list still has its one page. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/**
 * The page numbers to link from page `current` of `last`, in order, with `null` where numbers are
 * left out (shown as …). A gap of a single page shows that page instead: 1 2 3, never 1 … 3.
 */
export function pageLinks(current: number, last: number): (number | null)[] {
  const shown = [1, current - 1, current, current + 1, last]
    .filter((n, i, all) => n >= 1 && n <= last && all.indexOf(n) === i)
    .sort((a, b) => a - b);
  const links: (number | null)[] = [];
  let previous = 0;
  for (const n of shown) {
    if (n - previous === 2) links.push(n - 1);
    else if (n - previous > 2) links.push(null);
    links.push(n);
    previous = n;
  }
  return links;
}
