/**
 * What /search/ runs as it opens: almost nothing. The search code (best bets, the warning signs,
 * Pagefind's loader, the results) loads when there is something to search: at once for a query in
 * the address, else when the reader first goes to the box (focus, a tap, typing). A visit that
 * only reads the page's tips downloads no more, and no search code runs before the first paint.
 * A query entered before it has loaded goes to /search/?q=… as a plain form, which it then answers.
 */
interface SearchPage {
  startSearchPage(root: HTMLElement): Promise<void>;
}

export function whenAsked(root: HTMLElement | null, load: () => Promise<SearchPage>): void {
  const input = root?.querySelector('input');
  if (!root || !input) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    load().then(
      (page) => page.startSearchPage(root),
      // The code did not arrive (a lost signal): the page's no-JavaScript note and its link to
      // the guides come back in place of a box that would never answer.
      () => document.documentElement.removeAttribute('data-js'),
    );
  };
  // Not the search module's own reading of the address: this file stays a few hundred bytes.
  if (new URLSearchParams(window.location.search).get('q')?.trim()) start();
  else for (const type of ['focus', 'pointerdown', 'input']) input.addEventListener(type, start);
}
