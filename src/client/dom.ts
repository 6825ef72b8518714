/** Small DOM helpers for the page scripts, on the supported-browser floor (Chrome 80, iOS Safari 12). */

/** A new element with classes and text content (never HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** Element.replaceChildren needs Chrome 86 / Safari 14; this works on the supported floor. */
export function replaceChildren(parent: Element, ...nodes: Node[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  parent.append(...nodes);
}

/** JSON a page carries in a `<script type="application/json">`, or `fallback` when it is missing or broken. */
export function readJson<T>(id: string, fallback: T): T {
  try {
    const text = document.getElementById(id)?.textContent;
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

/**
 * Resolves once the page has loaded and been painted (a task queued from the next frame runs after
 * that frame is drawn). A page's own data (the quiz's questions, the checker's signs) is fetched
 * then, so it never competes with the page's files or delays the first paint.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const painted = () => requestAnimationFrame(() => setTimeout(resolve, 0));
    if (document.readyState === 'complete') painted();
    else addEventListener('load', painted, { once: true });
  });
}

/** JSON from the site; `fallback` if it cannot be fetched or read (offline, blocked, broken). */
export async function fetchJson<T>(url: string | undefined, fallback: T): Promise<T> {
  if (!url) return fallback;
  try {
    const response = await fetch(url);
    return response.ok ? ((await response.json()) as T) : fallback;
  } catch {
    return fallback;
  }
}
