/**
 * `derive(key)` worked out once per key object and kept as long as the key
 * lives: what the build derives from the checked corpus (indexes, models,
 * lookups) is asked for on every page, and derived again each time it grew
 * with pages × content. Marked free of side effects, so a bundle that
 * imports a module but not what it derives (a page's script) leaves it out.
 */
/* @__NO_SIDE_EFFECTS__ */
export function oncePer<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const kept = new WeakMap<K, V>();
  return (key) => {
    if (!kept.has(key)) kept.set(key, derive(key));
    return kept.get(key)!;
  };
}
