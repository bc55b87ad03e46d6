/**
 * One copy of each repeated string in the records a build keeps. Records come from worker
 * threads as structured clones, so every mention's type, rule id and name arrives as a
 * string of its own: a million articles bring tens of millions of copies of a few hundred
 * rule ids and of each company's name. Interning keeps one of each (about half the memory of
 * the mentions at 100,000 articles). Values are unchanged; objects are changed in place.
 */
import type { DocumentInfo } from '../model/document.js';
import type { DocExtraction } from '../model/extraction.js';

export class Interner {
  private readonly table = new Map<string, string>();

  str<T extends string | undefined>(s: T): T {
    if (s === undefined) return s;
    const seen = this.table.get(s);
    if (seen !== undefined) return seen as T;
    this.table.set(s, s);
    return s;
  }

  /** The document's language and how it was chosen. */
  document(d: DocumentInfo): DocumentInfo {
    d.lang = this.str(d.lang);
    d.langSource = this.str(d.langSource);
    if (d.langMethod !== undefined) d.langMethod = this.str(d.langMethod);
    return d;
  }
}

/** The extraction's repeated strings (mention names, types, rule ids; claim relations, rule ids, currencies), interned in place. */
export function internExtraction(x: DocExtraction, interner: Interner): DocExtraction {
  x.lang = interner.str(x.lang);
  for (const m of x.mentions) {
    m.text = interner.str(m.text);
    m.name = interner.str(m.name);
    m.type = interner.str(m.type);
    m.ruleId = interner.str(m.ruleId);
    if (m.canonical !== undefined) m.canonical = interner.str(m.canonical);
    if (m.parent !== undefined) m.parent = interner.str(m.parent);
  }
  for (const c of x.claims) {
    c.relation = interner.str(c.relation);
    c.ruleId = interner.str(c.ruleId);
    if (c.currency !== undefined) c.currency = interner.str(c.currency);
    if (c.status !== undefined) c.status = interner.str(c.status);
  }
  return x;
}
