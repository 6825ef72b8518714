/**
 * The /search/ page: Pagefind's own UI (a maintained library: result list, filters,
 * excerpts, escaping of what the reader typed), loaded only on this page. The header
 * search box is a plain form that lands here with ?q=…
 */
import { queryFromUrl } from '../lib/search';

interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
type PagefindUIConstructor = new (options: Record<string, unknown>) => PagefindUIInstance;

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

export async function startSearchPage(root: HTMLElement | null): Promise<void> {
  if (!root) return;
  const bundle = root.dataset['bundle'] ?? '/pagefind/';
  await loadScript(`${bundle}pagefind-ui.js`);
  const PagefindUI = (window as unknown as { PagefindUI: PagefindUIConstructor }).PagefindUI;
  const ui = new PagefindUI({
    element: root,
    bundlePath: bundle,
    showImages: false,
    showSubResults: true,
    resetStyles: false,
    autofocus: false,
    translations: { placeholder: root.dataset['placeholder'] ?? '' },
  });
  document.getElementById('search-nojs')?.remove();
  const query = queryFromUrl(window.location.search);
  if (query) ui.triggerSearch(query);
}
