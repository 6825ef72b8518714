/**
 * The slide engine of the presentation mode (/present/…) and of the quiz's classroom mode
 * (/quiz/<audience>/class/). It turns a long page of <section class="slide"> into one full-screen
 * slide at a time: keys and clickers (src/lib/deck-nav.ts), taps on the slide's right or left
 * third, a counter read out to screen readers, fullscreen where the browser allows it, Esc back to
 * the page. The slide's number is kept in the address (#3), so a reload or a shared link opens the
 * same slide. Parts marked data-reveal appear one press at a time. Without this script the page
 * stays a readable list.
 */
import { keyAction, move, slideFromHash, type DeckPosition } from '../lib/deck-nav';

/**
 * A slide with more words than its size step allows (a long checklist) is set smaller until it
 * fits the screen, down to 3 % of the screen's shorter side; hidden parts count, so revealing
 * them never pushes text off the screen. Measured once per slide and screen size.
 */
function fit(slide: HTMLElement): void {
  const key = `${window.innerWidth}x${window.innerHeight}`;
  if (slide.dataset['fitted'] === key) return;
  slide.dataset['fitted'] = key;
  slide.style.fontSize = '';
  const floor = Math.min(window.innerWidth, window.innerHeight) * 0.03;
  let size = parseFloat(getComputedStyle(slide).fontSize);
  while (slide.scrollHeight > slide.clientHeight + 1 && size > floor) {
    size = Math.max(floor, size * 0.9);
    slide.style.fontSize = `${size}px`;
  }
}

export function startDeck(deck: HTMLElement, bar: HTMLElement): void {
  const slides = [...deck.querySelectorAll<HTMLElement>('.slide')];
  if (slides.length === 0) return;
  const parts = slides.map((s) => [...s.querySelectorAll<HTMLElement>('[data-reveal]')]);
  const counts = parts.map((p) => p.length);
  const count = bar.querySelector<HTMLElement>('[data-deck-count]')!;
  const full = bar.querySelector<HTMLButtonElement>('[data-deck-full]')!;
  const back = deck.dataset['back'] ?? '/';
  let at: DeckPosition = { slide: slideFromHash(location.hash, slides.length), shown: 0 };

  const show = (next: DeckPosition, fromHash = false) => {
    at = next;
    slides.forEach((slide, i) => slide.classList.toggle('is-current', i === at.slide));
    parts[at.slide]!.forEach((part, i) => part.classList.toggle('is-hidden', i >= at.shown));
    fit(slides[at.slide]!);
    const label = slides[at.slide]!.getAttribute('aria-label') ?? '';
    const heading = slides[at.slide]!.querySelector('h1, h2')?.textContent ?? '';
    // The slide's title in its own span, which a phone's narrow bar leaves out (src/styles/deck.css).
    if (count.textContent !== `${label}${heading ? `：${heading}` : ''}`) {
      count.textContent = label;
      if (heading) {
        const title = document.createElement('span');
        title.className = 'deck-count-title';
        title.textContent = `：${heading}`;
        count.append(title);
      }
    }
    if (!fromHash) history.replaceState(null, '', `#${at.slide + 1}`);
  };

  const toggleFullscreen = () => {
    if (!document.fullscreenEnabled) return;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  };

  const act = (action: ReturnType<typeof keyAction>) => {
    if (!action) return false;
    if (action === 'fullscreen') toggleFullscreen();
    else if (action === 'exit') {
      // In fullscreen the browser takes Esc to leave it; out of it, Esc leaves the show.
      if (!document.fullscreenElement) location.href = back;
    } else show(move(at, action, counts));
    return true;
  };

  document.documentElement.classList.add('deck-on');
  bar.hidden = false;
  show(at, true);

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    // Keys on the bar's own buttons and link do what those controls do.
    if (target?.closest('[data-deck-bar]') && (event.key === 'Enter' || event.key === ' ')) return;
    if (act(keyAction(event.key, event.shiftKey))) event.preventDefault();
  });
  bar.querySelector('[data-deck-prev]')!.addEventListener('click', () => act('prev'));
  bar.querySelector('[data-deck-next]')!.addEventListener('click', () => act('next'));
  // A tap on the slide: its left third goes back, the rest forward (what a speaker expects).
  deck.addEventListener('click', (event) => {
    if ((event.target as HTMLElement).closest('a, button')) return;
    act(event.clientX < window.innerWidth / 3 ? 'prev' : 'next');
  });
  window.addEventListener('resize', () => fit(slides[at.slide]!));
  window.addEventListener('hashchange', () =>
    show({ slide: slideFromHash(location.hash, slides.length), shown: 0 }, true),
  );

  if (document.fullscreenEnabled) {
    full.hidden = false;
    full.addEventListener('click', toggleFullscreen);
    document.addEventListener('fullscreenchange', () => {
      full.textContent = full.dataset[document.fullscreenElement ? 'exit' : 'enter'] ?? '';
    });
  }
}
