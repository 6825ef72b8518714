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

/** One stylesheet, made to work on the floor. Throws with the file name on any CSS error. */
async function lowerCss(css: string, file: string, targets = legacyTargets()): Promise<string> {
  const flat = await postcss([
    cascadeLayers({
      onRevertLayerKeyword: false,
      onConditionalRulesChangingLayerOrder: false,
      onImportLayerRule: false,
    }),
  ]).process(css, {
    from: file,
  });
  const { code, warnings } = transform({
    filename: file,
    code: Buffer.from(flat.css),
    minify: true,
    targets,
  });
  const serious = warnings.filter((w) => w.type !== 'UnsupportedPseudoClassOrElement');
  if (serious.length) throw new Error(`${file}: ${serious.map((w) => w.message).join('; ')}`);
  return code.toString();
}

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
        for (const file of files) {
          await writeFile(file, await lowerCss(await readFile(file, 'utf8'), file, targets));
        }
        logger.info(`${files.length} stylesheet(s) made to work on the browserslist floor`);
      },
    },
  };
}
