/**
 * The pages' own scripts only enhance what is already there (menus, share buttons, the checker's
 * button): the text and its styles must come first on a slow connection. Browsers fetch a
 * `<script type="module">` at high priority, level with the stylesheet, and Astro writes those
 * tags itself with no way to add an attribute; so after the build every such tag gets
 * `fetchpriority="low"` (src/integrations/script-priority.ts). Browsers without Fetch Priority
 * ignore it.
 */
const MODULE_SCRIPT = /<script type="module"(?![^>]*\bfetchpriority=)(?=[^>]*\ssrc=)/g;

/** `html` with every external module script marked low priority; nothing else changes. */
export function lowPriorityScripts(html: string): string {
  return html.replace(MODULE_SCRIPT, '<script type="module" fetchpriority="low"');
}
