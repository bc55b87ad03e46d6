/**
 * DEVELOPS from how products are named and attributed.
 *   ar.develops.product-from     "Grok من xAI", en "ChatGPT from OpenAI", de "Llama von Meta"
 *   develops.name-prefix         "Meta AI" (or "Meta.AI") in a document that names Meta: a product
 *                                named after its maker. Checked once per document.
 */
import type { ExtractedClaim } from '../../model/extraction.js';
import { nameKey } from '../normalize.js';
import { claim, set, type SentenceContext, type SMention } from './context.js';

const FROM_CONFIDENCE = 0.75;
const PREFIX_CONFIDENCE = 0.6;

export function productFromRule(ctx: SentenceContext): ExtractedClaim[] {
  const preps = set(ctx, 'productFromPreps', ctx.pack.relations.productFromPreps);
  const out: ExtractedClaim[] = [];
  for (const p of ctx.mentions) {
    if (p.type !== 'Product') continue;
    const k = p.to;
    const prep = preps.match(ctx.words, k);
    if (!prep) continue;
    const org = ctx.mentions.find((m) => m.from === k + prep.length && m.type === 'Organization');
    if (!org) continue;
    const made = claim(ctx, 'DEVELOPS', org, p, 'develops.product-from', FROM_CONFIDENCE);
    if (made) out.push(made);
    ctx.used.add(`obj:${org.id}`);
  }
  return out;
}

/** What the name-prefix rule reads of a document's mention (an EntityMention has it). */
export interface DocMention extends Pick<SMention, 'id' | 'type' | 'name' | 'canonical'> {
  sentence: number;
}

/** Products named after an organisation the document mentions: "Meta AI", "Google Gemini". */
export function namePrefixClaims(mentions: readonly DocMention[], lang: string): ExtractedClaim[] {
  const orgs = new Map<string, DocMention>();
  for (const m of mentions) if (m.type === 'Organization') {
    const key = nameKey(m.canonical ?? m.name);
    if (key && !orgs.has(key)) orgs.set(key, m);
  }
  const out: ExtractedClaim[] = [];
  const seen = new Set<string>();
  for (const p of mentions) {
    if (p.type !== 'Product') continue;
    const key = nameKey(p.canonical ?? p.name);
    const first = key.split(' ')[0];
    const org = orgs.get(first);
    if (!org || key === first || seen.has(key)) continue;
    seen.add(key);
    out.push({ relation: 'DEVELOPS', subject: org.id, object: p.id, sentence: p.sentence, ruleId: `${lang}.develops.name-prefix`, confidence: PREFIX_CONFIDENCE });
  }
  return out;
}
