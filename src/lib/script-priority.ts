/**
 * The pages' own scripts only enhance what is already there (menus, share buttons, the checker's
 * button): the text and its styles must come first on a slow connection. Browsers fetch a
 * `<script type="module">` at high priority, level with the stylesheet, and Astro writes those
 * tags itself with no way to add an attribute; so after the build every such tag gets
 * `fetchpriority="low"` (src/integrations/script-priority.ts). The modules those scripts import
 * (shared chunks) would still be fetched at high priority, once the script has arrived: each page
 * therefore names them up front in a `<link rel="modulepreload" fetchpriority="low">`, which puts
 * them in the module map at low priority, so the import finds them there and asks for nothing more.
 * Browsers without Fetch Priority or module preloading ignore the attribute or the link.
 */
const MODULE_SCRIPT = /<script type="module"(?![^>]*\bfetchpriority=)(?=[^>]*\ssrc=)/g;
const MODULE_SRC = /<script type="module"[^>]*\ssrc="([^"]+)"/g;
/** `import{a as b}from"./x.js"`, `import x from './x.js'`, `import"./x.js"`; not `import("./x.js")`. */
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{][^;()'"`]*?\bfrom\s*)?(["'])([^"']+)\1/g;

/** The specifiers a built module imports statically (its dynamic `import()`s load later, on use). */
export function staticImports(js: string): string[] {
  return [...js.matchAll(STATIC_IMPORT)].map((m) => m[2]!);
}

/**
 * Every module the scripts `entries` (site paths) import, directly or through each other, as site
 * paths in the order first met; the entries themselves are left out. `importsOf(path)` is what
 * the module at `path` imports (specifiers, resolved here against its path).
 */
export function importedModules(
  entries: readonly string[],
  importsOf: (path: string) => readonly string[],
): string[] {
  const seen = new Set(entries);
  const found: string[] = [];
  const visit = (path: string) => {
    for (const specifier of importsOf(path)) {
      const target = new URL(specifier, `https://site${path}`).pathname;
      if (seen.has(target)) continue;
      seen.add(target);
      found.push(target);
      visit(target);
    }
  };
  entries.forEach(visit);
  return found;
}

/**
 * `html` with every external module script marked low priority, and the modules they import
 * preloaded at low priority just before the first of them; nothing else changes. Idempotent.
 */
export function lowPriorityScripts(
  html: string,
  importsOf: (path: string) => readonly string[] = () => [],
): string {
  const marked = html.replace(MODULE_SCRIPT, '<script type="module" fetchpriority="low"');
  const entries = [...marked.matchAll(MODULE_SRC)].map((m) => m[1]!);
  const links = importedModules(entries, importsOf)
    .filter(
      (path) => !marked.includes(`<link rel="modulepreload" fetchpriority="low" href="${path}">`),
    )
    .map((path) => `<link rel="modulepreload" fetchpriority="low" href="${path}">`)
    .join('');
  if (!links) return marked;
  const first = marked.search(/<script type="module"[^>]*\ssrc=/);
  return marked.slice(0, first) + links + marked.slice(first);
}
