/**
 * DEVELOPS from how products are named and attributed.
 *   ar.develops.product-from     "Grok من xAI", en "ChatGPT from OpenAI", de "Llama von Meta"
 *   develops.possessive          "Acme Corp will add it to its cloud platform Zentra", "sa puce Zentra",
 *                                "its Zentra chatbot", "its own ChatGPT rival, dubbed Zentra"
 *   develops.owner-genitive      "Acme Corp's Zentra chatbot", "Acme Corp's chatbot Zentra"
 *   develops.name-prefix         "Meta AI" (or "Meta.AI") in a document that names Meta: a product
 *                                named after its maker. Checked once per document.
 */
import type { ExtractedClaim } from '../../model/extraction.js';
import { nameKey } from '../normalize.js';
import { claim, orgAnaphorAt, salientOrg, set, type SentenceContext, type SMention } from './context.js';

const FROM_CONFIDENCE = 0.75;
const POSSESSIVE_CONFIDENCE = 0.65;
/** Words between a possessive and its product noun ("its own cloud platform", "sa nouvelle puce"). */
const POSSESSIVE_MODIFIERS = 2;
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

/**
 * A product after a possessive that points back to an organisation is that organisation's:
 * "its" stands for the nearest organisation named before it in the sentence, or for the one
 * "the company" refers to when only that description came before.
 */
export function possessiveProductRule(ctx: SentenceContext): ExtractedClaim[] {
  const { words, pack } = ctx;
  const possessives = set(ctx, 'possessivePronouns', pack.relations.possessivePronouns);
  const nouns = set(ctx, 'productNouns', pack.entities.productNouns);
  const nounsAfter = set(ctx, 'productNounsAfterName', pack.entities.productNounsAfterName);
  const naming = set(ctx, 'namingWords', pack.entities.namingWords);
  const out: ExtractedClaim[] = [];
  for (const p of ctx.mentions) {
    if (p.type !== 'Product') continue;
    // Where the phrase that holds the product starts: the product, or a product noun (or another product) named before it.
    let head = p.from;
    const nm = namingBefore(p.from);
    if (nm >= 0) {
      let k = nm - (words[nm - 1]?.text === ',' ? 1 : 0);
      // "its own ChatGPT rival, dubbed Zentra": a product a word or two before stands for the noun.
      const inner = ctx.mentions.find((m) => m.type === 'Product' && m.to <= k && k - m.to <= POSSESSIVE_MODIFIERS - 1);
      if (inner) k = inner.from;
      else {
        let b = k - 1;
        while (b >= 0 && !nouns.match(words, b) && !nounsAfter.match(words, b) && k - b <= POSSESSIVE_MODIFIERS) b--;
        if (b < 0 || k - b > POSSESSIVE_MODIFIERS) continue;
        k = b;
      }
      head = k;
    } else {
      // "sa puce « Europa »": the quote opens the name.
      const start = p.from > 0 && /^["„“«]$/u.test(words[p.from - 1].text) ? p.from - 1 : p.from;
      for (let b = start - 1; b >= Math.max(0, start - 3); b--) {
        const n = nouns.match(words, b);
        if (n && b + n.length === start) head = b;
      }
    }
    if (head === p.from && !nounsAfter.match(words, p.to)) continue;
    // "Acme Corp's chatbot Zentra": the owner's genitive stands right before the phrase.
    const genitive = ctx.mentions.find((m) => m.to === head && m.type === 'Organization' && words[m.to - 1].stem !== words[m.to - 1].text);
    if (genitive) {
      const made = claim(ctx, 'DEVELOPS', genitive, p, 'develops.owner-genitive', POSSESSIVE_CONFIDENCE);
      if (made) out.push(made);
      continue;
    }
    let poss = -1;
    for (let b = head - 1; b >= Math.max(0, head - 1 - POSSESSIVE_MODIFIERS); b--) {
      const w = words[b];
      if (possessives.match(words, b)?.length === 1) {
        poss = b;
        break;
      }
      if (w.kind !== 'word' || ctx.mentions.some((m) => m.from <= b && b < m.to)) break;
    }
    if (poss < 0) continue;
    const owner = ownerBefore(poss);
    if (owner === undefined) continue;
    const made = claim(ctx, 'DEVELOPS', owner, p, 'develops.possessive', POSSESSIVE_CONFIDENCE);
    if (made) out.push(made);
  }
  return out;

  /** Index of a naming word right before word `at` ("dubbed Zentra", "baptisée « Zentra »"), or -1. */
  function namingBefore(at: number): number {
    for (let b = at - 1; b >= Math.max(0, at - 4); b--) {
      const n = naming.match(words, b);
      if (n && (b + n.length === at || (b + n.length === at - 1 && /^["„“«]$/u.test(words[at - 1].text)))) return b;
    }
    return -1;
  }

  function ownerBefore(poss: number): SMention | number | undefined {
    let nearest: SMention | undefined;
    for (const m of ctx.mentions) if (m.to <= poss && m.type === 'Organization' && (!nearest || m.to > nearest.to)) nearest = m;
    if (nearest) return nearest;
    // "Its Zentra chatbot …", "Son assistant Zentra …": a possessive opening the sentence is the company of the last sentences'.
    const opening = poss === 0 || (poss === 1 && /^["„“«(]$/u.test(words[0].text));
    return orgAnaphorAt(ctx, 0, poss) >= 0 || opening ? salientOrg(ctx) : undefined;
  }
}
