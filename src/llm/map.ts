/**
 * A validated reply → mentions and claims of the DocExtraction type. Only what can be
 * checked survives: entities of a closed type whose quoted text is found in the named
 * sentence (real offsets), and claims of a closed relation whose subject and object are
 * such mentions (or a topic, for PLANS_SPENDING) of types that fit RELATION_SPECS, with the
 * qualifiers the relation allows. Everything else is counted as dropped.
 */
import { foldWhiteSpace } from '../extract/segment.js';
import { nameKey } from '../extract/normalize.js';
import type { EntityMention, ExtractedClaim, Sentence } from '../model/extraction.js';
import type { Qualifiers } from '../model/qualifiers.js';
import { isEntityType, isRelation, RELATION_SPECS, type EntityType, type Relation } from '../model/types.js';
import { findSpans, type Span } from './offsets.js';
import type { LlmReply, ReplyClaim } from './schema.js';

/**
 * Confidence of a model claim. Below the rules' usual 0.75–0.9: the arguments and types are
 * checked, but whether the sentence says it is the model's word alone.
 */
export const LLM_CONFIDENCE = 0.6;
/** Years outside this range are misreadings, not plans. */
const YEAR_RANGE = [1900, 2100] as const;

export interface MapContext {
  text: string;
  lang: string;
  /** The sentences the reply may refer to (one chunk), by document index. */
  sentences: readonly Sentence[];
  /** Id of the first new mention: ids continue across chunks. */
  firstId: number;
}

export interface MappedReply {
  mentions: EntityMention[];
  claims: ExtractedClaim[];
  dropped: { entities: number; claims: number };
}

export function entityRuleId(lang: string): string {
  return `${lang}.entity.llm`;
}

export function claimRuleId(lang: string, relation: Relation): string {
  return `${lang}.${relation.toLowerCase()}.llm`;
}

export function mapReply(reply: LlmReply, ctx: MapContext): MappedReply {
  const byIndex = new Map(ctx.sentences.map((s) => [s.index, s]));
  const topics = new Map<string, string>();
  let droppedEntities = 0;

  const wanted: Array<{ name: string; type: EntityType; sentence: Sentence; text: string }> = [];
  for (const e of reply.entities) {
    const sentence = byIndex.get(e.sentence);
    const name = foldWhiteSpace(e.name);
    if (!sentence || !isEntityType(e.type) || !name) {
      droppedEntities++;
      continue;
    }
    // Topics are not mentions (the rules extractor makes none either): they name PLANS_SPENDING objects.
    if (e.type === 'Topic') {
      topics.set(nameKey(name), name);
      topics.set(nameKey(e.text), name);
      continue;
    }
    wanted.push({ name, type: e.type, sentence, text: e.text });
  }

  // Longer names claim their span first, so "Meta" is not placed inside "Meta Superintelligence Lab".
  wanted.sort((a, b) => b.text.length - a.text.length);
  const placed: Array<Omit<EntityMention, 'id'>> = [];
  const taken = new Map<number, Span[]>();
  for (const w of wanted) {
    const spans = taken.get(w.sentence.index) ?? [];
    const span = findSpans(ctx.text, w.sentence, w.text, spans)[0];
    if (!span) {
      droppedEntities++;
      continue;
    }
    const same = placed.find((m) => m.start === span.start && m.end === span.end);
    if (same) {
      // The same span listed twice: one mention; a second type or name for it is a contradiction.
      if (same.type !== w.type || nameKey(same.name) !== nameKey(w.name)) droppedEntities++;
      continue;
    }
    placed.push({ text: ctx.text.slice(span.start, span.end), start: span.start, end: span.end, name: w.name, type: w.type, sentence: w.sentence.index, ruleId: entityRuleId(ctx.lang) });
    taken.set(w.sentence.index, [...spans, span]);
  }
  // Ids in document order, as the rules extractor numbers them.
  placed.sort((a, b) => a.start - b.start || a.end - b.end);
  const mentions: EntityMention[] = placed.map((m, i) => ({ id: ctx.firstId + i, ...m }));

  const claims: ExtractedClaim[] = [];
  const seen = new Set<string>();
  let droppedClaims = 0;
  for (const c of reply.claims) {
    const claim = mapClaim(c, mentions, topics, byIndex, ctx.lang);
    if (!claim) {
      droppedClaims++;
      continue;
    }
    const { ruleId, confidence, ...rest } = claim;
    void ruleId;
    void confidence;
    const key = JSON.stringify(rest);
    if (seen.has(key)) continue;
    seen.add(key);
    claims.push(claim);
  }
  return { mentions, claims, dropped: { entities: droppedEntities, claims: droppedClaims } };
}

function mapClaim(c: ReplyClaim, mentions: readonly EntityMention[], topics: ReadonlyMap<string, string>, sentences: ReadonlyMap<number, Sentence>, lang: string): ExtractedClaim | undefined {
  if (!isRelation(c.relation) || !sentences.has(c.sentence)) return undefined;
  const relation = c.relation;
  const spec = RELATION_SPECS[relation];
  const subject = findMention(mentions, c.subject, c.sentence, spec.from);
  if (!subject) return undefined;
  let object: ExtractedClaim['object'];
  if (spec.to.includes('Topic')) {
    // A topic may not also be a named entity of another type ("Meta PLANS_SPENDING Scale AI").
    if (findMention(mentions, c.object, c.sentence, ['Person', 'Organization', 'OrgUnit', 'Product', 'Facility', 'Location'])) return undefined;
    const topic = topics.get(nameKey(c.object)) ?? foldWhiteSpace(c.object);
    if (!nameKey(topic)) return undefined;
    object = { topic };
  } else {
    const o = findMention(mentions, c.object, c.sentence, spec.to);
    if (!o || nameKey(o.name) === nameKey(subject.name)) return undefined;
    object = o.id;
  }
  return {
    ...qualifiers(c, relation),
    relation,
    subject: subject.id,
    object,
    sentence: c.sentence,
    ruleId: claimRuleId(lang, relation),
    confidence: LLM_CONFIDENCE,
  };
}

/**
 * The mention a claim argument names (by name or by surface form) among those of a type the
 * relation accepts: in the claim's sentence if there is one, else the nearest ("He joined
 * Meta" names its subject a sentence earlier).
 */
function findMention(mentions: readonly EntityMention[], ref: string, sentence: number, types: readonly EntityType[]): EntityMention | undefined {
  const key = nameKey(ref);
  if (!key) return undefined;
  let best: EntityMention | undefined;
  for (const m of mentions) {
    if (!types.includes(m.type) || (nameKey(m.name) !== key && nameKey(m.text) !== key)) continue;
    if (!best || Math.abs(m.sentence - sentence) < Math.abs(best.sentence - sentence)) best = m;
  }
  return best;
}

/** The qualifiers the relation allows, each kept only when it is a sensible value. */
function qualifiers(c: ReplyClaim, relation: Relation): Qualifiers {
  const allowed = new Set<string>(RELATION_SPECS[relation].qualifiers);
  const out: Qualifiers = {};
  const positive = (n: number | undefined) => (n !== undefined && Number.isFinite(n) && n > 0 ? n : undefined);
  if (allowed.has('amount')) {
    const amount = positive(c.amount);
    const min = positive(c.amountMin);
    const max = positive(c.amountMax);
    if (amount !== undefined) out.amount = amount;
    else if (min !== undefined && max !== undefined && min <= max) {
      if (min === max) out.amount = min;
      else {
        out.amountMin = min;
        out.amountMax = max;
      }
    }
  }
  if (allowed.has('currency') && c.currency) {
    const code = c.currency.trim().toUpperCase();
    if (/^[A-Z]{3}$/u.test(code)) out.currency = code;
  }
  if (allowed.has('stake') && c.stake !== undefined && c.stake > 0 && c.stake <= 1) out.stake = c.stake;
  if (allowed.has('valuation')) {
    const v = positive(c.valuation);
    if (v !== undefined) out.valuation = v;
  }
  if (allowed.has('interim') && c.interim === true) out.interim = true;
  if (allowed.has('title') && c.title && foldWhiteSpace(c.title)) out.title = foldWhiteSpace(c.title);
  if (allowed.has('year') && c.year !== undefined && c.year >= YEAR_RANGE[0] && c.year <= YEAR_RANGE[1]) out.year = c.year;
  if (allowed.has('capacity') && c.capacity && foldWhiteSpace(c.capacity)) out.capacity = foldWhiteSpace(c.capacity);
  return out;
}
