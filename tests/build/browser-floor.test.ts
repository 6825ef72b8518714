/**
 * Every CSS and JS file in dist/ works on the supported-browser floor (package.json
 * "browserslist": Chromium/Android WebView ≥ 80, iOS Safari ≥ 12). This covers iOS Safari 12,
 * where no engine can run here; tests/old-engine/ runs the site in a real old Chromium.
 *
 * CSS: doiuse (caniuse data) with the same browserslist. A feature the floor lacks is allowed
 * only if it is listed below with what happens there instead (progressive enhancement).
 * JS: ESLint parses every file as ES2020 and refuses the ES2020 syntax Safari 12 lacks
 * (?. and ??, BigInt; it has dynamic import() and optional catch binding), and
 * eslint-plugin-compat flags browser APIs the floor lacks. An API the code feature-checks is
 * listed in GUARDED with the check, since the plugin cannot see guards.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import browserslist from 'browserslist';
import doiuse from 'doiuse';
import { ESLint } from 'eslint';
import compat from 'eslint-plugin-compat';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/dist';

const FLOOR = browserslist();

/** CSS features used although the floor lacks them, and why that is fine there. */
const CSS_DEGRADES: Record<string, string> = {
  'flexbox-gap':
    'Chrome 80–83 and Safari 12–14 put flex items side by side without the gap; nothing overlaps, targets keep their 44 px',
  'css-focus-visible':
    'rules with :focus-visible are skipped; the browser’s own focus ring shows instead',
  'css-marker-pseudo': 'list markers keep the text colour instead of the muted one',
  'css-has':
    'used only in the print stylesheet for “print only this piece”; the whole page prints instead',
  'css-paged-media': '@page margins for print; the browser’s default margins apply instead',
  'css-matches-pseudo':
    ':is() appears only in Tailwind’s reset for <select multiple> and the print-only rule; the floor keeps the browser default there',
  'css-not-sel-list':
    'only in the print-only rule and the reset for <select multiple>; same as above',
  'css-scroll-behavior': 'smooth scrolling becomes an instant jump',
  'text-size-adjust': 'an iOS/Android hint; ignored where unknown',
  'css-text-indent': 'only the basic text-indent is used, which every engine has',
  'text-decoration': 'underline offset and thickness fall back to the browser default underline',
  'extended-system-fonts': 'ui-monospace in the font stack is skipped; the next font is used',
  'css-resize': 'textarea resize handle (Tailwind reset); none on iOS',
  'css-appearance': 'form reset in Tailwind’s preflight; default look of native controls',
  'css3-tabsize': 'tab width inside <pre> (none on the site)',
  'css-clip-path': 'only in the visually-hidden utility (sr-only), with clip as well',
  'css-masks': 'not used for content; listed by doiuse for the sr-only clip',
  'css-overflow': 'overflow: clip falls back to hidden',
  'css-scrollbar':
    'slide decks only: the scroll bar is hidden before the show starts; where it cannot be, it shows until then and the first slide is a scroll bar narrower',
  'viewport-unit-variants':
    'slide decks only: a slide panel is 100dvh tall where known, else 100vh (the line before it), a little taller than the screen under a phone address bar',
  'css3-cursors':
    'cursor: none hides the mouse pointer over the LED show (/toolkit/led/); iOS has no pointer to hide',
  'css-logical-props':
    'Tailwind’s reset uses logical padding; the floor gets the physical fallback written beside it',
  multicolumn: 'column breaks in print only',
  'css-math-functions':
    'Safari 12 lacks min()/max(): only Tailwind’s container widths use them; text still wraps to the screen',
};

/** Browser APIs beyond the floor that the source uses only behind a feature check. */
const GUARDED: Record<string, string> = {
  'Intl.Segmenter':
    "search-page.ts: typeof Intl.Segmenter === 'function' ? … : undefined (words split on spaces instead)",
  'navigator.wakeLock': 'song-player.ts, led.ts: navigator.wakeLock?.request(…)',
  'navigator.clipboard':
    'share.ts: navigator.clipboard?.writeText, else the address is shown selected to copy by hand',
  'document.fullscreenEnabled':
    'song-player.ts, led.ts: the fullscreen button (and F) work only if document.fullscreenEnabled',
  'document.fullscreenElement':
    'song-player.ts, led.ts: only after document.fullscreenEnabled was true',
  'document.exitFullscreen': 'song-player.ts, led.ts: only when document.fullscreenElement is set',
  'navigator.serviceWorker':
    "save-site.ts: only if 'serviceWorker' in navigator and the Cache API exists (some in-app WebViews have neither): else the footer shows no 保存全站 button and /toolkit/ and /help/ say this browser cannot save the site",
  'navigator.storage':
    'save-site.ts: navigator.storage && navigator.storage.persist, else the saved copy is kept without asking the browser to protect it',
};
/** DOM and built-in methods beyond the floor, by name. */
const NEWER_METHODS: Record<string, string> = {
  replaceChildren: 'Chrome 86 / Safari 14',
  checkVisibility: 'Chrome 105 / Safari 17.4',
  at: 'Chrome 92 / Safari 15.4',
  findLast: 'Chrome 97 / Safari 15.4',
  replaceAll: 'Chrome 85 / Safari 13.1',
  toSorted: 'Chrome 110 / Safari 16',
  showPopover: 'Chrome 114 / Safari 17',
};
/** In the service worker, public/sw-polyfills.js (imported first) provides these for Safari 12. */
const SW_POLYFILLED = ['Promise.allSettled'];

function files(dir: string, ext: string): string[] {
  return (
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name.endsWith(ext))
      .map((e) => join(e.parentPath, e.name))
      // Pagefind's own code needs WebAssembly reference types (Chrome 96+): the search page loads
      // it behind a fallback (best bets) that tests/e2e/search.spec.ts and the old-engine tests check.
      .filter((f) => !relative(DIST, f).startsWith('pagefind'))
  );
}

describe('the supported-browser floor', () => {
  it('is the one in package.json: Chromium 80 and iOS Safari 12 at the bottom', () => {
    expect(FLOOR).toContain('chrome 80');
    expect(FLOOR).toContain('ios_saf 12.0-12.1');
  });

  it('CSS: every feature beyond the floor is a listed, harmless degradation', async () => {
    const css = files(DIST, '.css');
    expect(css.length).toBeGreaterThan(0);
    const unexpected = new Set<string>();
    for (const file of css) {
      await postcss([
        doiuse({
          browsers: FLOOR,
          onFeatureUsage: (usage: { feature: string; message: string }) => {
            if (!(usage.feature in CSS_DEGRADES)) unexpected.add(usage.message);
          },
        }),
      ]).process(readFileSync(file, 'utf8'), { from: file });
    }
    expect([...unexpected]).toEqual([]);
  });

  it('CSS: no cascade layers, oklch() without fallback or media range syntax that the floor would drop', () => {
    for (const file of files(DIST, '.css')) {
      const text = readFileSync(file, 'utf8');
      expect(text, relative(DIST, file)).not.toMatch(/@layer\b/);
      expect(text, relative(DIST, file)).not.toMatch(/@media[^{]*\((?:width|height)\s*[<>]/);
      // oklch() only as a value of Tailwind's unused palette variables, never in a declaration of a colour.
      expect(text.match(/(?<!--[\w-]+:)oklch\(/g) ?? [], relative(DIST, file)).toEqual([]);
    }
  });

  it('JS: no syntax or browser API the floor lacks, unless feature-checked', async () => {
    const js = files(DIST, '.js');
    expect(js.length).toBeGreaterThan(3);
    const eslint = new ESLint({
      cwd: DIST,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.js'],
          languageOptions: { ecmaVersion: 2020, sourceType: 'module' },
          plugins: { compat },
          settings: { browsers: FLOOR, polyfills: Object.keys(GUARDED) },
          rules: {
            'compat/compat': 'error',
            'no-restricted-syntax': [
              'error',
              { selector: 'ChainExpression', message: 'optional chaining (?.) needs Safari 13.1' },
              {
                selector: "LogicalExpression[operator='??']",
                message: 'nullish coalescing (??) needs Safari 13.1',
              },
              { selector: 'Literal[bigint]', message: 'BigInt needs Safari 14' },
              {
                selector: 'Literal[regex.pattern=/\\(\\?<[=!]/]',
                message: 'regex lookbehind needs Safari 16.4',
              },
              // Methods eslint-plugin-compat cannot see (it does not know the receiver's type).
              ...Object.entries(NEWER_METHODS).map(([name, needs]) => ({
                selector: `CallExpression > MemberExpression.callee[property.name='${name}']`,
                message: `.${name}() needs ${needs}`,
              })),
            ],
          },
        },
        // The service worker and Workbox are classic scripts.
        {
          files: ['sw.js', 'workbox-*.js', 'sw-polyfills.js', 'prefs-init.js'],
          languageOptions: { sourceType: 'script' },
        },
        {
          files: ['sw.js', 'workbox-*.js'],
          settings: { browsers: FLOOR, polyfills: SW_POLYFILLED },
        },
      ],
    });
    const results = await eslint.lintFiles(js);
    const problems = results.flatMap((r) =>
      r.messages.map((m) => `${relative(DIST, r.filePath)}:${m.line}:${m.column} ${m.message}`),
    );
    expect(problems).toEqual([]);
  });
});
