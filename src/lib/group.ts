/** Groups items by a key, keeping the order of `keys` and dropping empty groups. */
export function groupBy<T, K extends string>(items: readonly T[], keys: readonly K[], keyOf: (item: T) => K) {
  return keys
    .map((key) => ({ key, items: items.filter((item) => keyOf(item) === key) }))
    .filter((g) => g.items.length > 0);
}
