/**
 * Makes the built CSS work on the supported-browser floor (`browserslist` in package.json:
 * Chromium/Android WebView ≥ 80, iOS Safari ≥ 12), without changing what modern browsers show.
 *
 * Tailwind v4 writes every rule inside `@layer`, which browsers before Chrome 99 / Safari 15.4
 * drop whole: an old phone would get an unstyled page. After the build, each CSS file in dist/
 * goes through
 * 1. `@csstools/postcss-cascade-layers`: layers become specificity (later layers win by an
 *    added `:not(#\#)`), the same cascade without `@layer`;
 * 2. Lightning CSS with the browserslist targets: `oklch()` and `color-mix()` get sRGB
 *    fallbacks, media range syntax (`width >= 40rem`) becomes `min-width`, `inset` becomes
 *    top/right/bottom/left, vendor prefixes are added; then minified.
 * It runs before Pagefind and the service worker, so the precache holds the final files. The
 * hashed file names stay: the output depends only on the input, so a name still means one content.
 */
import type { AstroIntegration } from 'astro';
import browserslist from 'browserslist';
import { browserslistToTargets, transform } from 'lightningcss';
import postcss from 'postcss';
import cascadeLayers from '@csstools/postcss-cascade-layers';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's browserslist (package.json), as Lightning CSS targets. */
const legacyTargets = (root = process.cwd()) =>
  browserslistToTargets(browserslist(undefined, { path: root }));

const SPLIT = '/*! bingcheng:legacy-css split */';

/**
 * One stylesheet, made to work on the floor. Throws with the file name on any CSS error.
 *
 * `site` is the site's main stylesheet, for a file that loads beside it (a page's own, the print
 * stylesheet). Step 1 turns layers into specificity one file at a time, so it lowers such a file
 * after the main one's text and keeps only its own part: its unlayered rules then get the same
 * added specificity as the main file's unlayered ones and stay above Tailwind's layered reset and
 * utilities, as they do in a modern browser.
 */
async function lowerCss(
  css: string,
  file: string,
  targets = legacyTargets(),
  site?: string,
): Promise<string> {
  const flat = await postcss([
    cascadeLayers({
      onRevertLayerKeyword: false,
      onConditionalRulesChangingLayerOrder: false,
      onImportLayerRule: false,
    }),
  ]).process(site === undefined ? css : `${site}\n${SPLIT}\n${css}`, {
    from: file,
  });
  const own =
    site === undefined ? flat.css : flat.css.slice(flat.css.indexOf(SPLIT) + SPLIT.length);
  const { code, warnings } = transform({
    filename: file,
    code: Buffer.from(own),
    minify: true,
    targets,
  });
  const serious = warnings.filter((w) => w.type !== 'UnsupportedPseudoClassOrElement');
  if (serious.length) throw new Error(`${file}: ${serious.map((w) => w.message).join('; ')}`);
  return code.toString();
}

/** How many cascade layers a stylesheet opens or declares: the site's main one has the most. */
const layerCount = (css: string): number => (css.match(/@layer\b/g) ?? []).length;

async function cssFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.css'))
    .map((e) => join(e.parentPath, e.name));
}

export default function legacyCss(): AstroIntegration {
  return {
    name: 'bingcheng:legacy-css',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = await cssFiles(fileURLToPath(dir));
        const targets = legacyTargets();
        const sources = await Promise.all(files.map((file) => readFile(file, 'utf8')));
        const counts = sources.map(layerCount);
        const main = counts.indexOf(Math.max(...counts));
        for (const [i, file] of files.entries()) {
          const site = i === main ? undefined : sources[main];
          await writeFile(file, await lowerCss(sources[i]!, file, targets, site));
        }
        logger.info(`${files.length} stylesheet(s) made to work on the browserslist floor`);
      },
    },
  };
}
