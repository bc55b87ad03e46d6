/**
 * Cypher literals for values that came from articles, for scripts that must run without
 * parameters (the Cypher export). Strings are single-quoted with every quote, backslash
 * and control character escaped, so no text can end the literal early.
 */
import { PROPERTY_TYPES, type NodeRow, type PropertyType, type Props, type RelationshipRow } from './rows.js';

const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

export function cypherString(value: string): string {
  // eslint-disable-next-line no-control-regex
  const body = value.replace(/[\\'\u0000-\u001f\u007f\u2028\u2029]/g, (ch) => {
    return ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `'${body}'`;
}

export function cypherFloat(value: number): string {
  // Cypher has no NaN or infinity literals; these expressions evaluate to them.
  if (Number.isNaN(value)) return '0.0/0.0';
  if (!Number.isFinite(value)) return value > 0 ? '1.0/0.0' : '-1.0/0.0';
  const text = String(value).replace('e+', 'e');
  return /[.e]/.test(text) ? text : `${text}.0`;
}

export function cypherInteger(value: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not an integer kg can write exactly: ${value}`);
  return String(value);
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function cypherKey(name: string): string {
  return IDENTIFIER.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

function scalar(value: unknown, type: PropertyType | undefined): string {
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return type === 'int' || type === 'int[]' ? cypherInteger(value) : cypherFloat(value);
  throw new TypeError(`cannot write ${typeof value} as a Cypher literal`);
}

/** A property map, typed by PROPERTY_TYPES (integers stay integers, other numbers are floats). */
export function cypherProps(props: Props): string {
  const parts = Object.entries(props).map(([name, value]) => {
    const type = PROPERTY_TYPES[name];
    const literal = Array.isArray(value) ? `[${(value as unknown[]).map((v) => scalar(v, type)).join(', ')}]` : scalar(value, type);
    return `${cypherKey(name)}: ${literal}`;
  });
  return `{${parts.join(', ')}}`;
}

/** A load row ({id, props} or {key, source, target, props}) as a map literal. */
export function cypherRow(row: NodeRow | RelationshipRow): string {
  const parts = Object.entries(row).map(([name, value]) =>
    name === 'props' ? `props: ${cypherProps(value as Props)}` : `${cypherKey(name)}: ${scalar(value, 'string')}`,
  );
  return `{${parts.join(', ')}}`;
}
