/**
 * One normal form for qualifiers, whichever backend read them: Neo4j lists hold NaN, "",
 * 0 (years, quarters, months) or false where a claim states nothing, so those read as
 * absent, and so does an `interim: false` in a snapshot (only an interim role is worth saying).
 */
import { QUALIFIER_KEYS, type Qualifiers } from './types.js';

export function cleanQualifiers(source: Readonly<Record<string, unknown>>): Qualifiers {
  const out: Record<string, unknown> = {};
  for (const k of QUALIFIER_KEYS) {
    const v = source[k];
    if (v === undefined || v === null || v === '' || v === false) continue;
    if (typeof v === 'number' && (Number.isNaN(v) || ((k === 'year' || k === 'quarter' || k === 'month') && v === 0))) continue;
    out[k] = v;
  }
  return out as Qualifiers;
}
