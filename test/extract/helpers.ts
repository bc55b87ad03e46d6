/** Runs the real extractor with the real packs and lexicon on one text, and reads its output by name. */
import { extractDocument } from '../../src/extract/index.js';
import { recogniseQuantities, type Quantity } from '../../src/extract/quantities.js';
import { tokenize } from '../../src/extract/tokenize.js';
import { toWords, type Word } from '../../src/extract/words.js';
import { PACKS } from '../../src/lang/index.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import type { Lexicon } from '../../src/lexicon/schema.js';
import type { DocExtraction, EntityMention, ExtractedClaim } from '../../src/model/extraction.js';

let lexicon: Lexicon | undefined;

export async function lex(): Promise<Lexicon> {
  lexicon ??= await loadLexicon();
  return lexicon;
}

export function pack(lang: string) {
  const p = PACKS[lang];
  if (!p) throw new Error(`no pack ${lang}`);
  return p;
}

export async function extract(text: string, lang: string): Promise<DocExtraction> {
  return extractDocument({ key: 'doc:test', text, lang }, { pack: pack(lang), lexicon: await lex() });
}

export function words(text: string, lang: string): Word[] {
  return toWords(tokenize(text), pack(lang));
}

export function quantities(text: string, lang: string): Quantity[] {
  return recogniseQuantities(words(text, lang), pack(lang));
}

/** The single money/percent/year quantity of a text, without offsets. */
export function onlyQuantity(text: string, lang: string, kind: Quantity['kind']): Omit<Quantity, 'from' | 'to' | 'start' | 'end'> | undefined {
  const q = quantities(text, lang).filter((x) => x.kind === kind);
  if (q.length !== 1) return undefined;
  const { from, to, start, end, ...rest } = q[0];
  void from, to, start, end;
  return rest;
}

function entityName(m: EntityMention): string {
  return m.canonical ?? m.name;
}

export interface ReadableClaim {
  relation: string;
  subject: string;
  object: string;
  ruleId: string;
  q: Record<string, unknown>;
}

/** Claims as (subject name, relation, object name) plus qualifiers. */
export function readable(x: DocExtraction): ReadableClaim[] {
  return x.claims.map((c: ExtractedClaim) => {
    const { relation, subject, object, ruleId, sentence, confidence, ...q } = c;
    void sentence, confidence;
    return {
      relation,
      subject: entityName(x.mentions[subject]),
      object: typeof object === 'number' ? entityName(x.mentions[object]) : `topic:${object.topic}`,
      ruleId,
      q,
    };
  });
}

/** "Subject RELATION Object" strings, for compact assertions. */
export function triples(x: DocExtraction): string[] {
  return readable(x).map((c) => `${c.subject} ${c.relation} ${c.object}`);
}

export function find(x: DocExtraction, subject: string, relation: string, object?: string): ReadableClaim | undefined {
  return readable(x).find((c) => c.subject === subject && c.relation === relation && (object === undefined || c.object === object));
}

export function mentionsOf(x: DocExtraction): Array<{ name: string; type: string; text: string }> {
  return x.mentions.map((m) => ({ name: entityName(m), type: m.type, text: m.text }));
}
