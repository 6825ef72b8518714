/**
 * The /search/ page, on Pagefind's JavaScript API (loaded only here; the header search box is
 * a plain form that lands here with ?q=…).
 *
 * Why not Pagefind's ready-made UI: it has no place for "best bets" (a colloquial name such
 * as 杀猪盘 must put its guide first) and no fallback for a whole sentence that matches
 * nothing as a whole. Everything the reader typed, and every excerpt, is written with
 * textContent: nothing from the query or the index is ever parsed as HTML.
 *
 * A first search stays small (PRODUCT.md: ≤ 150 KB, ≤ 100 KB for one word; measured by
 * `npm run bench` and tests/e2e/budgets.spec.ts): Pagefind fetches the result data of only what is
 * shown first (FIRST_SHOWN, best bets included: their ids say which results they are), the rest
 * on 更多; a long text hands Pagefind only its most telling words (searchTerms); the filters'
 * index loads when the reader opens 筛选; the warning signs only for a query long enough to show one.
 *
 * Where Pagefind cannot load (its WebAssembly needs Chrome 96+ / Safari 15+; old phones'
 * WebViews are older), the page still answers from the best-bets data it carries (titles,
 * aliases and rules of the guides and the main pages) and says that full-text search needs a
 * newer browser.
 */
import { searchStrings } from '../i18n/search';
import { translator } from '../i18n/fill';
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
  searchTerms,
} from '../lib/search';
import { checkText, fold, type SignMatcher } from '../lib/signals';
import { guideUrl } from '../data/urls';
import { el, fetchJson, replaceChildren } from './dom';

const t = translator(searchStrings);

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
  mergeIndex(path: string): Promise<void>;
}

/** Links shown first, best bets included; Pagefind fetches the data of only these. */
const FIRST_SHOWN = 6;
/** Results fetched at least in the first batch, however many best bets there are. */
const FIRST_RESULTS = 3;
/** Results added by each 更多. */
const PAGE_SIZE = 10;
/** From this many characters (spaces and punctuation aside) a query may show a warning sign. */
const SIGN_QUERY_LENGTH = 5;
/** Best bets shown when they are the only answer (no Pagefind). */
const FALLBACK_BETS = 8;
const DEBOUNCE_MS = 250;

/** A result as the list shows it. */
interface Described {
  url: string;
  title: string;
  /** The best bets' line for the page (its rule or summary)… */
  line?: string;
  /** …or Pagefind's excerpt, escaped text with <mark> around the reader's words. */
  excerpt?: string;
  /** For a case study: its guide's address, and (from Pagefind) title. */
  guideUrl?: string | undefined;
  guide?: string | undefined;
}

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

export async function startSearchPage(root: HTMLElement): Promise<void> {
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('#search-q')!;
  const status = root.querySelector<HTMLElement>('#search-status')!;
  const betsBox = root.querySelector<HTMLElement>('#search-bets')!;
  const filtersBox = root.querySelector<HTMLFieldSetElement>('#search-filters')!;
  const filtersPanel = root.querySelector<HTMLDetailsElement>('#search-filters-box')!;
  const list = root.querySelector<HTMLOListElement>('#search-results')!;
  const more = root.querySelector<HTMLButtonElement>('#search-more')!;
  const checkOffer = root.querySelector<HTMLElement>('#search-check')!;
  let signsLoaded: Promise<SignMatcher[]> | undefined;
  /** The warning signs, fetched once, for the first query long enough to show one. */
  const signsFor = (text: string): Promise<SignMatcher[]> =>
    fold(text).text.length < SIGN_QUERY_LENGTH && !signsLoaded
      ? Promise.resolve([])
      : (signsLoaded ??= fetchJson<SignMatcher[]>(root.dataset['signs'], []));
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

  // Started when there is something to search (./search-start.ts): Pagefind (about 70 KB with its
  // WebAssembly and index) and the best bets load at once.
  const bundle = root.dataset['bundle'] ?? '/pagefind/';
  let pagefindLoaded: Promise<Pagefind> | undefined;
  const loadPagefind = (): Promise<Pagefind> => {
    if (!pagefindLoaded) {
      pagefindLoaded = (async () => {
        if (!wasmIsModernEnough()) throw new Error('WebAssembly too old for Pagefind');
        const loaded = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
        await loaded.options({ bundlePath: bundle });
        await loaded.init();
        return loaded;
      })();
      // Awaited (and its failure handled) where it is used: not an unhandled rejection.
      pagefindLoaded.catch(() => undefined);
    }
    return pagefindLoaded;
  };
  let pagefind: Pagefind | undefined;
  /** Pagefind once loaded; undefined (and the fallback note shown) where it cannot load. */
  const pagefindReady = async (): Promise<Pagefind | undefined> => {
    try {
      pagefind = await loadPagefind();
    } catch {
      // Old engine or a failed download: answer from the best bets alone, and say so.
      root.querySelector<HTMLElement>('#search-fallback')!.hidden = false;
    }
    return pagefind;
  };
  const initial = queryFromUrl(window.location.search, MAX_TEXT_LENGTH);
  if (initial) {
    input.value = initial;
    status.textContent = t('search.loading');
    offerCheck(initial);
  }
  const bets: BetEntry[] = [];
  /** The best bets by Pagefind id (those Pagefind indexed) and by address. */
  const betsById = new Map<string, BetEntry>();
  const betsByUrl = new Map<string, BetEntry>();
  const idOf = new Map<string, string>();
  const addBets = (more: readonly BetEntry[]) => {
    for (const bet of more) {
      bets.push(bet);
      betsByUrl.set(bet.url, bet);
      if (bet.id) {
        betsById.set(bet.id, bet);
        idOf.set(bet.url, bet.id);
      }
    }
  };
  let betsLoaded: Promise<void> | undefined;
  const loadBets = (): Promise<void> =>
    (betsLoaded ??= fetchJson<BetEntry[]>(root.dataset['bets'], []).then(addBets));
  void loadPagefind();
  void loadBets();
  // Answer as soon as the best bets are here, before Pagefind has loaded on a slow connection:
  // the query, "正在搜索…" and the best bets.
  if (initial) {
    await loadBets();
    if (input.value === initial) renderBets(initial, await signsFor(initial));
  }

  /**
   * The case studies: their own Pagefind bundle and best bets, fetched when the reader asks
   * (有没有真实的案例？) or when the rest of the site has no answer; searched with it from then on.
   */
  const casesOffer = root.querySelector<HTMLElement>('#search-cases')!;
  let withCases: Promise<void> | undefined;
  const includeCases = (): Promise<void> =>
    (withCases ??= (async () => {
      casesOffer.hidden = true;
      const [caseBets] = await Promise.all([
        fetchJson<BetEntry[]>(root.dataset['caseBets'], []),
        pagefindReady().then((loaded) =>
          loaded?.mergeIndex(root.dataset['casesBundle'] ?? `${bundle}cases/`),
        ),
      ]);
      addBets(caseBets);
    })());
  casesOffer.querySelector('button')!.addEventListener('click', () => {
    void includeCases().then(() => search(input.value));
  });

  /** The filters' index loads when the reader first opens 筛选 (results then carry counts). */
  let filtersLoaded = false;
  filtersPanel.addEventListener('toggle', () => {
    if (!filtersPanel.open || filtersLoaded || !pagefind) return;
    filtersLoaded = true;
    void pagefind.filters().then(() => search(input.value));
  });

  const selected: Record<string, Set<string>> = {};
  /** The results, best bets left out; the first `shownCount` of them are on the page. */
  let shown: PagefindResult[] = [];
  let shownCount = 0;
  /** Addresses on the page: best bets and results. */
  let onPage = new Set<string>();
  let run = 0;

  /** Within one filter any ticked value matches (类型 A or B); across filters all must. */
  const activeFilters = () => {
    // Not Object.fromEntries: iOS Safari 12.0 (the supported floor) lacks it.
    const out: Record<string, { any: string[] }> = {};
    for (const [name, values] of Object.entries(selected))
      if (values.size > 0) out[name] = { any: [...values] };
    return out;
  };

  /**
   * What a result shows. A page the best bets know (guides, main and audience pages, cases) is
   * shown from them: its title and one-line rule or summary, with nothing more to download; any
   * other page from Pagefind's data, with the excerpt where the reader's words occur.
   */
  async function describe(result: PagefindResult): Promise<Described> {
    const bet = betsById.get(result.id);
    // A case study's line names its guide, which the "belongs to" link below names already.
    if (bet)
      return {
        url: bet.url,
        title: bet.title,
        line: bet.guide ? '' : bet.rule,
        guideUrl: bet.guide,
      };
    const item = await result.data();
    return {
      url: item.url,
      title: item.meta.title ?? item.url,
      excerpt: item.excerpt,
      guideUrl: item.meta.guideUrl,
      guide: item.meta.guide,
    };
  }

  async function renderMore(mine = run, count = PAGE_SIZE): Promise<void> {
    const next = shown.slice(shownCount, shownCount + count);
    shownCount += next.length;
    const batch = await Promise.all(next.map(describe));
    // A case study's guide, if it is further down the results, comes up with it.
    const guides = batch
      .map((b) => b.guideUrl)
      .filter((url): url is string => !!url && !onPage.has(url));
    for (const url of new Set(guides)) {
      const at = shown.findIndex((r, i) => i >= shownCount && r.id === idOf.get(url));
      if (at < 0) continue;
      const guide = shown.splice(at, 1)[0]!;
      shown.splice(shownCount, 0, guide);
      shownCount += 1;
      batch.push(await describe(guide));
    }
    if (mine !== run) return; // a newer search has cleared the list meanwhile
    for (const item of guidesBeforeTheirCases(batch)) {
      onPage.add(item.url);
      const li = el('li', 'rounded-lg border-2 border-line p-4');
      const h = el('h2', 'text-xl');
      const a = el('a', 'inline-flex min-h-tap items-center', item.title);
      a.href = item.url;
      h.append(a);
      const p = el('p', 'mt-1 text-muted', item.line);
      for (const part of item.excerpt === undefined ? [] : excerptParts(item.excerpt))
        p.append(
          part.mark
            ? el('mark', 'bg-note-soft font-bold text-ink', part.text)
            : document.createTextNode(part.text),
        );
      li.append(h);
      if (p.textContent) li.append(p);
      const guideTitle = item.guide ?? betsByUrl.get(item.guideUrl ?? '')?.title;
      if (guideTitle && item.guideUrl?.startsWith('/guides/')) {
        // A case study: name the guide it belongs to, which explains the whole scam.
        const of = el('p', 'mt-1', t('search.belongsTo'));
        const guide = el('a', 'inline-flex min-h-tap items-center font-bold', guideTitle);
        guide.href = item.guideUrl;
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
    signs: readonly SignMatcher[],
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
      casesOffer.hidden = true;
      return;
    }
    casesOffer.hidden = withCases !== undefined;
    const [signs] = await Promise.all([signsFor(text), loadBets()]);
    if (mine !== run) return;
    if (!pagefind) {
      // The first search, while Pagefind loads: the best bets answer at once.
      status.textContent = t('search.loading');
      renderBets(text, signs);
    }
    const engine = await pagefindReady();
    if (mine !== run) return;
    if (!engine) {
      const found = renderBets(text, signs, FALLBACK_BETS).length;
      status.textContent = found
        ? t('search.count', { count: found, query })
        : t('search.none', { query });
      return;
    }
    status.textContent = t('search.loading');
    renderBets(text, signs);
    const filters = activeFilters();
    const terms = searchTerms(query, segmenter);
    const whole = await engine.search(terms.query, { filters });
    let results = whole?.results ?? [];
    let partial = false;
    // A whole sentence often has no page with every word: search the words one by one (their
    // index chunks are already loaded).
    if (results.length === 0 && terms.words.length > 1) {
      const each = await Promise.all(terms.words.map((w) => engine.search(w, { filters })));
      results = mergeHits(each.map((s) => s?.results ?? []));
      partial = results.length > 0;
    }
    if (mine !== run) return; // a newer search has started
    // Nothing in the guides and pages: the case studies may tell a story with these words.
    if (results.length === 0 && withCases === undefined) {
      await includeCases();
      if (mine === run) await search(raw);
      return;
    }

    // Best bets that score the same (a sign several scams share) follow Pagefind's ranking;
    // they are already shown above, so the list leaves them out.
    const order = new Map(results.map((r, i) => [betsById.get(r.id)?.url, results.length - i]));
    const betUrls = renderBets(text, signs, undefined, (u) => order.get(u) ?? 0);
    shown = results.filter((r) => !betUrls.includes(betsById.get(r.id)?.url ?? ''));
    shownCount = 0;
    onPage = new Set(betUrls);
    replaceChildren(list);
    await renderMore(mine, Math.max(FIRST_RESULTS, FIRST_SHOWN - betUrls.length));
    if (mine !== run) return;
    filtersPanel.hidden = shown.length + betUrls.length === 0;
    if (filtersLoaded) renderFilters(whole?.filters ?? {});

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
