/**
 * The reader's text size and contrast choice: one storage key and one reading of it, shared by
 * the toolbar (src/client/reading-controls.ts) and the pre-paint script served at /prefs-init.js
 * (src/pages/prefs-init.js.ts), so the two can never drift apart. Kept in localStorage only:
 * no cookie, nothing leaves the device.
 */

export const PREFS_KEY = 'bingcheng-reading';
const TEXT_SIZES = ['standard', 'large', 'xlarge'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
const CONTRASTS = ['normal', 'high'] as const;
type Contrast = (typeof CONTRASTS)[number];

export interface ReadingPrefs {
  size?: TextSize;
  contrast?: Contrast;
}

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  (list as readonly unknown[]).includes(value);

/** The saved choice; anything unknown or broken (an old version, a hand edit) counts as no choice. */
export function parsePrefs(saved: string | null): ReadingPrefs {
  let value: unknown;
  try {
    value = JSON.parse(saved ?? '{}');
  } catch {
    return {};
  }
  if (!value || typeof value !== 'object') return {};
  const { size, contrast } = value as Record<string, unknown>;
  return {
    ...(isOneOf(TEXT_SIZES, size) ? { size } : {}),
    ...(isOneOf(CONTRASTS, contrast) ? { contrast } : {}),
  };
}

/**
 * The script that applies the saved choice before the first paint (no flash of small text): a
 * plain blocking <script src> in <head>, since the CSP allows no inline script. ES5, because it
 * runs before anything else on the oldest phones. With no saved contrast choice, the system's
 * "increase contrast" setting (prefers-contrast: more) turns high contrast on. It marks the page
 * `data-js` (what needs a script shows, the no-JavaScript notes hide) only where the page's module
 * scripts can run: an engine without them (the oldest in-app browsers) gets the page as it is
 * without JavaScript, not buttons and boxes that do nothing. It takes the mark back if one of the
 * site's own scripts fails to load (a lost signal), so the no-JavaScript notes and links come back
 * in place of a search box or a checker that would never answer. After the page has loaded, it
 * registers the offline worker (/sw.js, Workbox, generated at build: see astro.config.mjs), which
 * a separate script would cost every page one more request. Comments stay out of the served
 * text: every page waits for it.
 */
export function prePaintScript(): string {
  return `/* 冰城反诈: reading preferences before the first paint (built from src/lib/reading-prefs.ts). */
(function () {
  var html = document.documentElement;
  var prefs = {};
  try {
    prefs = JSON.parse(localStorage.getItem(${JSON.stringify(PREFS_KEY)}) || '{}') || {};
  } catch (e) {
    /* storage blocked (private mode, some in-app browsers): standard settings */
  }
  var sizes = ${JSON.stringify(TEXT_SIZES.filter((s) => s !== 'standard'))};
  if (sizes.indexOf(prefs.size) >= 0) html.setAttribute('data-text-size', prefs.size);
  var high =
    prefs.contrast === 'high' ||
    (prefs.contrast !== 'normal' && !!window.matchMedia && matchMedia('(prefers-contrast: more)').matches);
  if (high) html.setAttribute('data-contrast', 'high');
  if ('serviceWorker' in navigator)
    window.addEventListener('load', function () {
      navigator.serviceWorker.register('/sw.js', { scope: '/' }).then(undefined, function () {});
    });
  if (!('noModule' in document.createElement('script'))) return;
  html.setAttribute('data-js', '');
  var own = location.protocol + '//' + location.host + '/';
  window.addEventListener('error', function (e) {
    var el = e.target;
    if (el && el.tagName === 'SCRIPT' && String(el.src).indexOf(own) === 0) html.removeAttribute('data-js');
  }, true);
})();
`;
}
