/**
 * The LED view's show (markup in src/pages/toolkit/led.astro, styles under "LED view" in
 * global.css). The page holds every slogan; this reads the link's choice (src/lib/led.ts), keeps
 * the chosen slogans in order and shows them one at a time, for ever:
 *
 * - scrolling: one line crosses the screen (a CSS animation of transform, which the floor's
 *   engines run on the GPU), then the next starts; its duration comes from the line's length,
 *   so every slogan moves at the same chosen speed;
 * - with prefers-reduced-motion: each slogan stands still, shrunk to fit the screen if needed,
 *   and is replaced by the next after a few seconds (a cut, no fade).
 *
 * The controls (fullscreen, back to /toolkit/) stay invisible during the show and appear while
 * the mouse moves or when they get keyboard focus. F or a click asks for fullscreen where the
 * browser allows it (not on iPhones); Esc leaves it (the browser's own key). A screen wake lock,
 * where there is one, keeps a TV box from dimming.
 */
import {
  LED_SCHEMES,
  LED_SIZES,
  ledDwellSeconds,
  ledScrollSeconds,
  parseLedChoice,
  selectSlogans,
} from '../lib/led';

/** How long the controls stay visible after the mouse last moved. */
const AWAKE_MS = 3000;

export function startLed(root: HTMLElement | null): void {
  const list = root?.querySelector<HTMLElement>('.led-list');
  if (!root || !list) return;
  const html = document.documentElement;
  const slogans = [...list.querySelectorAll<HTMLElement>('[data-led-id]')].map((el) => ({
    id: el.dataset['ledId'] ?? '',
    kind: el.dataset['ledKind'] === 'official' ? ('official' as const) : ('original' as const),
    el,
  }));
  if (slogans.length === 0) return;
  const choice = parseLedChoice(
    new URLSearchParams(window.location.search),
    slogans.map((s) => s.id),
  );
  const shown = selectSlogans(choice, slogans);
  for (const s of slogans) s.el.hidden = !shown.includes(s);
  // In the link's order: append moves each element to the end.
  for (const s of shown) list.append(s.el);

  const scheme = LED_SCHEMES[choice.scheme];
  html.style.setProperty('--led-fg', scheme.fg);
  html.style.setProperty('--led-bg', scheme.bg);
  list.style.fontSize = `${LED_SIZES[choice.size]}vh`;
  html.classList.add('led-show');

  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  let index = -1;
  let timer = 0;

  const next = (): void => {
    window.clearTimeout(timer);
    const previous = shown[index]?.el;
    if (previous) {
      previous.classList.remove('is-current');
      previous.style.fontSize = '';
      previous.querySelector('.led-text')?.classList.remove('is-moving');
      // Restyle now, so that a lone slogan shown again starts its animation afresh.
      void previous.offsetWidth;
    }
    index = (index + 1) % shown.length;
    const item = shown[index]!.el;
    const text = item.querySelector<HTMLElement>('.led-text')!;
    // Read on every change: the setting can change while a screen runs for days.
    const still = reduceMotion.matches;
    html.classList.toggle('led-still', still);
    html.classList.toggle('led-scroll', !still);
    item.classList.add('is-current');
    if (still) {
      fit(item, root);
      timer = window.setTimeout(next, ledDwellSeconds(text.textContent ?? '', choice.speed) * 1000);
    } else {
      const fontPx = parseFloat(window.getComputedStyle(text).fontSize);
      text.style.animationDuration = `${ledScrollSeconds(text.offsetWidth, fontPx, choice.speed)}s`;
      text.classList.add('is-moving');
    }
  };
  // The crossing is over, or was cut short (reduced motion switched on mid-show stops every
  // animation, global.css): either way the next slogan follows. Only the moving line counts; a
  // finished line losing its animation in next() fires nothing.
  const onAnimation = (event: Event): void => {
    const text = shown[index]?.el.querySelector('.led-text');
    if (text && event.target === text && text.classList.contains('is-moving')) next();
  };
  list.addEventListener('animationend', onAnimation);
  list.addEventListener('animationcancel', onAnimation);
  next();

  startControls(root);
  keepAwake();
}

/** Shrinks a still slogan until it fits the screen (a long line at a huge size would not). */
function fit(item: HTMLElement, box: HTMLElement): void {
  let size = parseFloat(window.getComputedStyle(item).fontSize);
  while (
    size > 12 &&
    (item.scrollHeight > box.clientHeight || item.scrollWidth > box.clientWidth)
  ) {
    size = Math.floor(size * 0.9);
    item.style.fontSize = `${size}px`;
  }
}

function startControls(root: HTMLElement): void {
  const html = document.documentElement;
  let sleep = 0;
  const wake = (): void => {
    html.classList.add('led-awake');
    window.clearTimeout(sleep);
    sleep = window.setTimeout(() => html.classList.remove('led-awake'), AWAKE_MS);
  };
  document.addEventListener('mousemove', wake);

  const button = root.querySelector<HTMLButtonElement>('[data-led-fullscreen]');
  // iOS Safari has no fullscreen for pages: the button stays hidden and F does nothing.
  if (!button || !document.fullscreenEnabled) return;
  const enterLabel = button.textContent ?? '';
  button.hidden = false;
  const enter = (): void => {
    if (!document.fullscreenElement)
      void document.documentElement.requestFullscreen().catch(() => undefined);
  };
  const toggle = (): void => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else enter();
  };
  button.addEventListener('click', toggle);
  document.addEventListener('fullscreenchange', () => {
    button.textContent = document.fullscreenElement
      ? (button.dataset['exit'] ?? enterLabel)
      : enterLabel;
  });
  document.addEventListener('keydown', (event) => {
    if ((event.key === 'f' || event.key === 'F') && !event.ctrlKey && !event.metaKey) toggle();
  });
  // A click on the slogans (not on a control) goes fullscreen; it never leaves it by accident.
  root.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('.led-controls')) enter();
  });
}

/** Asks the screen to stay on while the show runs (Chrome 84+); the lock is lost when hidden. */
function keepAwake(): void {
  const request = (): void => void navigator.wakeLock?.request('screen').catch(() => undefined);
  request();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') request();
  });
}
