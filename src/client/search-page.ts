/**
 * The /search/ page, on Pagefind's JavaScript API (loaded only here; the header search box is
 * a plain form that lands here with ?q=…).
 *
 * Why not Pagefind's ready-made UI: it has no place for "best bets" (a colloquial name such
 * as 杀猪盘 must put its guide first) and no fallback for a whole sentence that matches
 * nothing as a whole. Everything the reader typed, and every excerpt, is written with
 * textContent: nothing from the query or the index is ever parsed as HTML.
 *
 * Where Pagefind cannot load (its WebAssembly needs Chrome 96+ / Safari 15+; old phones'
 * WebViews are older), the page still answers from the best-bets data it carries (titles,
 * aliases and rules of the guides and the main pages) and says that full-text search needs a
 * newer browser.
 */
import { t } from '../i18n/zh-CN';
import { bestBets, type BetEntry } from '../lib/best-bets';
import {
  CHECK_HANDOVER_KEY,
  cutText,
  excerptParts,
  guidesBeforeTheirCases,
  MAX_TEXT_LENGTH,
  mergeHits,
  MESSAGE_LENGTH,
  queryFromUrl,
  queryWords,
} from '../lib/search';
import { checkText, type SignMatcher } from '../lib/signals';
import { guideUrl } from '../data/urls';
import { el, readJson, replaceChildren } from './dom';

/** The parts of Pagefind's API this page uses (pagefind.js has no published types). */
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{
    url: string;
    excerpt: string;
    /** title; on a case study, the guide it belongs to (guide, guideUrl). */
    meta: { title?: string; guide?: string; guideUrl?: string };
  }>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string,
    o?: { filters?: Record<string, { any: string[] }> },
  ): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 10;
/** Best bets shown when they are the only answer (no Pagefind). */
const FALLBACK_BETS = 8;
const DEBOUNCE_MS = 250;

/**
 * Whether this engine can run Pagefind's WebAssembly: it needs multi-value returns (Chrome 85,
 * Safari 13.1) and reference types (Chrome 96, Safari 15). Checked on a 20-byte module so that
 * old engines skip the download and the error Pagefind would raise.
 */
function wasmIsModernEnough(): boolean {
  try {
    // A type section with () -> (i32, i32) and (externref) -> ().
    const bytes = new Uint8Array([
      0, 97, 115, 109, 1, 0, 0, 0, 1, 10, 2, 96, 0, 2, 127, 127, 96, 1, 111, 0,
    ]);
    return typeof WebAssembly === 'object' && WebAssembly.validate(bytes);
  } catch {
    return false;
  }
}

export async function startSearchPage(root: HTMLElement | null): Promise<void> {
  if (!root) return;
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('#search-q')!;
  const status = root.querySelector<HTMLElement>('#search-status')!;
  const betsBox = root.querySelector<HTMLElement>('#search-bets')!;
  const filtersBox = root.querySelector<HTMLFieldSetElement>('#search-filters')!;
  const filtersPanel = root.querySelector<HTMLDetailsElement>('#search-filters-box')!;
  const list = root.querySelector<HTMLOListElement>('#search-results')!;
  const more = root.querySelector<HTMLButtonElement>('#search-more')!;
  const checkOffer = root.querySelector<HTMLElement>('#search-check')!;
  const bets = readJson<BetEntry[]>('search-best-bets', []);
  const signs = readJson<SignMatcher[]>('search-signs', []);
  const segmenter =
    typeof Intl.Segmenter === 'function'
      ? new Intl.Segmenter('zh-CN', { granularity: 'word' })
      : undefined;

  /** A pasted message: offer 可疑信息自查, which reads it whole and marks its warning signs. */
  function offerCheck(text: string): void {
    checkOffer.hidden = Array.from(text).length < MESSAGE_LENGTH;
  }
  checkOffer.querySelector('a')!.addEventListener('click', () => {
    try {
      sessionStorage.setItem(CHECK_HANDOVER_KEY, cutText(input.value.trim(), MAX_TEXT_LENGTH));
    } catch {
      // Storage blocked: the checker opens empty and the reader pastes the text there.
    }
  });

  document.getElementById('search-nojs')?.remove();
  root.hidden = false;

  // Answer at once, before Pagefind (about 100 KB) has loaded on a slow connection: the query,
  // "正在搜索…" and the best bets, which are already in the page.
  const initial = queryFromUrl(window.location.search, MAX_TEXT_LENGTH);
  if (initial) {
    input.value = initial;
    status.textContent = t('search.loading');
    renderBets(initial);
    offerCheck(initial);
  }

  let pagefind: Pagefind | undefined;
  try {
    if (!wasmIsModernEnough()) throw new Error('WebAssembly too old for Pagefind');
    const bundle = root.dataset['bundle'] ?? '/pagefind/';
    const loaded = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    await loaded.options({ bundlePath: bundle });
    await loaded.init();
    // Load the filter index now: until it is loaded, search results carry no filter counts.
    await loaded.filters();
    pagefind = loaded;
  } catch {
    // Old engine or a failed download: answer from the best bets alone, and say so.
    root.querySelector<HTMLElement>('#search-fallback')!.hidden = false;
  }

  const selected: Record<string, Set<string>> = {};
  let shown: PagefindResult[] = [];
  let shownCount = 0;
  let run = 0;

  /** Within one filter any ticked value matches (类型 A or B); across filters all must. */
  const activeFilters = () => {
    // Not Object.fromEntries: iOS Safari 12.0 (the supported floor) lacks it.
    const out: Record<string, { any: string[] }> = {};
    for (const [name, values] of Object.entries(selected))
      if (values.size > 0) out[name] = { any: [...values] };
    return out;
  };

  async function renderMore(mine = run): Promise<void> {
    const next = shown.slice(shownCount, shownCount + PAGE_SIZE);
    shownCount += next.length;
    const data = await Promise.all(next.map((r) => r.data()));
    if (mine !== run) return; // a newer search has cleared the list meanwhile
    for (const item of data) {
      const li = el('li', 'rounded-lg border-2 border-line p-4');
      const h = el('h2', 'text-xl');
      const a = el('a', 'inline-flex min-h-tap items-center', item.meta.title ?? item.url);
      a.href = item.url;
      h.append(a);
      const p = el('p', 'mt-1 text-muted');
      for (const part of excerptParts(item.excerpt))
        p.append(
          part.mark
            ? el('mark', 'bg-note-soft font-bold text-ink', part.text)
            : document.createTextNode(part.text),
        );
      li.append(h, p);
      if (item.meta.guide && item.meta.guideUrl?.startsWith('/guides/')) {
        // A case study: name the guide it belongs to, which explains the whole scam.
        const of = el('p', 'mt-1', t('search.belongsTo'));
        const guide = el('a', 'inline-flex min-h-tap items-center font-bold', item.meta.guide);
        guide.href = item.meta.guideUrl;
        of.append(guide);
        li.append(of);
      }
      list.append(li);
    }
    more.hidden = shownCount >= shown.length;
  }

  /** Renders the best bets; `rank` (higher first) orders equally good ones, e.g. by Pagefind's rank. */
  function renderBets(
    query: string,
    limit?: number,
    rank: (url: string) => number = () => 0,
  ): string[] {
    // The warning signs the text shows (as on /check/) add to their guides' scores.
    const { likely, possible } = checkText(query, signs);
    const signScores = new Map([...likely, ...possible].map((s) => [guideUrl(s.guide), s.score]));
    const found = bestBets(
      query,
      bets,
      limit,
      (bet) => signScores.get(bet.url) ?? 0,
      (bet) => rank(bet.url),
    );
    const ul = betsBox.querySelector('ul')!;
    replaceChildren(
      ul,
      ...found.map((bet) => {
        const li = el('li');
        const a = el('a', 'inline-flex min-h-tap items-center text-lg font-bold', bet.title);
        a.href = bet.url;
        li.append(a, el('p', 'text-danger', bet.rule));
        return li;
      }),
    );
    betsBox.hidden = found.length === 0;
    return found.map((b) => b.url);
  }

  function renderFilters(available: Record<string, Record<string, number>>): void {
    const groups = Object.entries(available).filter(([, values]) => Object.keys(values).length > 0);
    replaceChildren(filtersBox, filtersBox.querySelector('legend')!);
    for (const [name, values] of groups) {
      const group = el('fieldset', 'mt-2');
      group.append(el('legend', 'font-bold', name));
      const wrap = el('div', 'flex flex-wrap gap-x-4');
      for (const [value, count] of Object.entries(values)) {
        if (count === 0 && !selected[name]?.has(value)) continue;
        const label = el('label', 'inline-flex min-h-tap items-center gap-2');
        const box = el('input', 'h-5 w-5');
        box.type = 'checkbox';
        box.checked = selected[name]?.has(value) ?? false;
        box.addEventListener('change', () => {
          (selected[name] ??= new Set()).add(value);
          if (!box.checked) selected[name]!.delete(value);
          void search(input.value);
        });
        label.append(box, document.createTextNode(`${value}（${count}）`));
        wrap.append(label);
      }
      group.append(wrap);
      filtersBox.append(group);
    }
    filtersPanel.hidden = groups.length === 0;
  }

  async function search(raw: string): Promise<void> {
    // Best bets and the checker offer read the whole text (a pasted SMS); Pagefind its start.
    const text = cutText(raw.trim(), MAX_TEXT_LENGTH);
    const query = cutText(text);
    const mine = ++run;
    offerCheck(text);
    const url = new URL(window.location.href);
    if (text) url.searchParams.set('q', text);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);

    if (!query) {
      replaceChildren(list);
      status.textContent = '';
      betsBox.hidden = true;
      filtersPanel.hidden = true;
      more.hidden = true;
      return;
    }
    if (!pagefind) {
      const found = renderBets(text, FALLBACK_BETS).length;
      status.textContent = found
        ? t('search.count', { count: found, query })
        : t('search.none', { query });
      return;
    }
    status.textContent = t('search.loading');
    let betUrls = renderBets(text);
    const filters = activeFilters();
    const whole = await pagefind.search(query, { filters });
    let results = whole?.results ?? [];
    let partial = false;
    // A whole sentence often has no page with every word: search the words one by one.
    if (results.length === 0) {
      const words = queryWords(query, segmenter).slice(0, 8);
      if (words.length > 1) {
        const each = await Promise.all(words.map((w) => pagefind.search(w, { filters })));
        results = mergeHits(each.map((s) => s?.results ?? []));
        partial = results.length > 0;
      }
    }
    if (mine !== run) return; // a newer search has started

    // Best bets are already shown above: do not repeat them in the list.
    const placed = await Promise.all(
      results.map(async (result) => {
        const { url, meta } = await result.data();
        return { result, url, guideUrl: meta.guideUrl };
      }),
    );
    if (mine !== run) return;
    // Best bets that score the same (a sign several scams share) follow Pagefind's ranking.
    const order = new Map(placed.map((p, i) => [p.url, placed.length - i]));
    betUrls = renderBets(text, undefined, (url) => order.get(url) ?? 0);
    shown = guidesBeforeTheirCases(placed)
      .filter((p) => !betUrls.includes(p.url))
      .map((p) => p.result);
    shownCount = 0;
    replaceChildren(list);
    await renderMore(mine);
    if (mine !== run) return;
    renderFilters(whole?.filters ?? {});

    const total = shown.length + betUrls.length;
    if (total === 0) status.textContent = t('search.none', { query });
    else
      status.textContent = t(partial ? 'search.partial' : 'search.count', { count: total, query });
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(input.value), DEBOUNCE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search(input.value);
  });
  more.addEventListener('click', () => void renderMore());

  // The reader may have changed the query while Pagefind loaded.
  if (input.value.trim()) await search(input.value);
}
