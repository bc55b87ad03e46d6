/**
 * Word tables without a prototype. A pack's tables are object literals keyed by words
 * (`irregular: { bought: 'buy' }`, `scales: { billion: 1e9 }`); looked up with a word from
 * an article, an ordinary object answers `constructor`, `toString` or `__proto__` from
 * Object.prototype — a function where a string or number was expected, and the document
 * lost every fact. Every table reached by a word is made prototype-free here, once, when
 * the packs load, so `table[word]` is undefined for any word the pack does not list.
 */

/** A fresh table with no prototype: `table[anyWord]` is only what was put in. */
export function dictionary<V>(entries: Iterable<readonly [string, V]> = []): Record<string, V> {
  const out = Object.create(null) as Record<string, V>;
  for (const [k, v] of entries) out[k] = v;
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Returns `value` with every plain object inside it (at any depth, arrays walked) rebuilt
 * without a prototype. Sets, Maps, RegExps, functions and class instances are kept as they
 * are. Own keys and their order are unchanged.
 */
export function withoutPrototypes<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => withoutPrototypes(v)) as T;
  if (!isPlainObject(value)) return value;
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) out[key] = withoutPrototypes(value[key]);
  return out as T;
}
