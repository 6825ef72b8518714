/** Newest first by `published`, then by id so the order is stable between builds. */
export function byNewest<T extends { id: string; data: { published: Date } }>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id),
  );
}
