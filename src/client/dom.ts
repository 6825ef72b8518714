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
