/**
 * The one way UI strings are filled in: `{name}` placeholders from `vars`; a placeholder with no
 * value stays as written, so a missing value shows up rather than vanishing.
 */
export type Vars = Readonly<Record<string, string | number>>;

/** A `t(key, vars)` over one table of strings. */
export function translator<K extends string>(strings: Readonly<Record<K, string>>) {
  return (key: K, vars: Vars = {}): string =>
    strings[key].replace(/\{(\w+)\}/g, (m, name: string) =>
      name in vars ? String(vars[name]) : m,
    );
}
