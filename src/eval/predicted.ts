/**
 * Predicted facts (README rule 2): one claim of one fact edge, attributed to the claim's
 * document, identified by (subject, relation, object, amount range). Claims with the same
 * identity in the same document are one predicted fact; for PLANS_SPENDING a different
 * amount range is a different fact.
 */
import { makesFact } from '../model/extraction.js';
import { RELATION_SPECS, type Relation } from '../model/types.js';
import type { SnapshotClaim } from '../snapshot/schema.js';
import type { FactView } from '../snapshot/views.js';
import { claimRange, rangeKey, type AmountRange } from './amounts.js';
import type { ScoredEntity } from './entities.js';

export interface PredictedEvidence {
  ruleId: string;
  sentence: string;
  confidence: number;
}

export interface PredictedFact {
  /** Identity within the document: subject|relation|object|amount range. */
  id: string;
  edge: string;
  relation: Relation;
  subject: ScoredEntity;
  object: ScoredEntity;
  amount?: AmountRange;
  currency?: string;
  stake?: number;
  valuation?: number;
  interim?: boolean;
  evidence: PredictedEvidence[];
}

/**
 * Duplicate claims may disagree on stake or valuation; the most confident claim that states
 * a value speaks for the fact (ties: the first), as an edge's consolidated value would.
 */
function pick<K extends 'currency' | 'stake' | 'valuation' | 'interim'>(claims: SnapshotClaim[], key: K): SnapshotClaim[K] | undefined {
  let best: SnapshotClaim | undefined;
  for (const c of claims) if (c[key] !== undefined && (best === undefined || c.confidence > best.confidence)) best = c;
  return best?.[key];
}

/**
 * Predicted facts per snapshot document key, in snapshot edge order. Edges whose endpoints
 * are not entity nodes are skipped (parseSnapshot does not check endpoint kinds).
 */
export function predictedFactsByDocument(
  facts: ReadonlyArray<FactView>,
  entities: ReadonlyMap<string, ScoredEntity>,
): Map<string, PredictedFact[]> {
  const grouped = new Map<string, Map<string, { edge: FactView; subject: ScoredEntity; object: ScoredEntity; amount?: AmountRange; claims: SnapshotClaim[] }>>();
  for (const edge of facts) {
    const source = entities.get(edge.source);
    const target = entities.get(edge.target);
    if (!source || !target) continue;
    // Symmetric edges are stored once in either direction: one identity for both orders.
    const [subject, object] = RELATION_SPECS[edge.type].symmetric && source.key > target.key ? [target, source] : [source, target];
    for (const claim of edge.claims) {
      // A denial, a rumour or a possibility is kept on the edge but states no fact.
      // A former role ("former CEO") is a past fact that ends a role; scored facts are what articles state as current.
      if (!makesFact(edge.type, claim.status) || claim.former) continue;
      const amount = claimRange(claim);
      const id = `${subject.key}|${edge.type}|${object.key}|${rangeKey(amount)}`;
      const perDoc = grouped.get(claim.doc) ?? new Map();
      grouped.set(claim.doc, perDoc);
      const entry = perDoc.get(id);
      if (entry) entry.claims.push(claim);
      else perDoc.set(id, { edge, subject, object, amount, claims: [claim] });
    }
  }
  const out = new Map<string, PredictedFact[]>();
  for (const [doc, perDoc] of grouped) {
    const list: PredictedFact[] = [];
    for (const [id, { edge, subject, object, amount, claims }] of perDoc) {
      const fact: PredictedFact = {
        id,
        edge: edge.key,
        relation: edge.type,
        subject,
        object,
        evidence: claims.map((c) => ({ ruleId: c.ruleId, sentence: c.sentence, confidence: c.confidence })),
      };
      if (amount !== undefined) fact.amount = amount;
      const currency = pick(claims, 'currency');
      if (currency !== undefined) fact.currency = currency;
      const stake = pick(claims, 'stake');
      if (stake !== undefined) fact.stake = stake;
      const valuation = pick(claims, 'valuation');
      if (valuation !== undefined) fact.valuation = valuation;
      const interim = pick(claims, 'interim');
      if (interim !== undefined) fact.interim = interim;
      list.push(fact);
    }
    out.set(doc, list);
  }
  return out;
}
