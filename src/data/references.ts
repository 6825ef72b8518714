/**
 * Checks that every reference between content entries points at an entry that exists.
 *
 * Astro 7 only logs a dangling `reference()` (it does not fail the build) and names the
 * entry id, not the file; editors need the build to stop and to see the file and field,
 * so the site checks again here before any page is rendered.
 */

/** The parts of a content entry this check needs. */
export interface EntryLike {
  id: string;
  /** Path of the source file, relative to the project root. */
  filePath?: string | undefined;
  data: unknown;
}

export interface BrokenReference {
  file: string;
  field: string;
  collection: string;
  id: string;
}

interface RefObject {
  collection: string;
  id: string;
}

function isRef(value: unknown, names: ReadonlySet<string>): value is RefObject {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['collection'] === 'string' &&
    typeof v['id'] === 'string' &&
    names.has(v['collection']) &&
    Object.keys(v).length === 2
  );
}

/** Lists every reference in `collections` whose target is missing. */
export function findBrokenReferences(
  collections: Readonly<Record<string, readonly EntryLike[]>>,
): BrokenReference[] {
  const names = new Set(Object.keys(collections));
  const ids = new Map([...names].map((n) => [n, new Set(collections[n]!.map((e) => e.id))]));
  const broken: BrokenReference[] = [];

  const walk = (value: unknown, field: string, file: string): void => {
    if (isRef(value, names)) {
      if (!ids.get(value.collection)!.has(value.id)) {
        broken.push({ file, field, collection: value.collection, id: value.id });
      }
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${field}[${i}]`, file));
    } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, v] of Object.entries(value)) walk(v, field ? `${field}.${key}` : key, file);
    }
  };

  for (const [name, entries] of Object.entries(collections)) {
    for (const entry of entries) walk(entry.data, '', entry.filePath ?? `${name}/${entry.id}`);
  }
  return broken;
}

/** One readable message for the build log; names file, field and the missing target. */
export function formatBrokenReferences(broken: readonly BrokenReference[]): string {
  const lines = broken.map(
    (b) =>
      `  ${b.file}: field "${b.field}" refers to "${b.id}", but there is no such entry in ` +
      `content/${b.collection}/ (引用的条目不存在)`,
  );
  return `Broken content references (内容引用错误):\n${lines.join('\n')}`;
}

/** Message for a link component whose target entry does not exist. */
export function missingEntry(component: string, collection: string, slug: string, page: string): string {
  return (
    `<${component} slug="${slug}"> on ${page}: there is no content/${collection}/${slug}.mdx ` +
    `(链接指向的内容不存在)`
  );
}
