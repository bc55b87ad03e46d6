/**
 * Scores a snapshot against gold facts exactly as shared/eval/README.md defines: per
 * document, then micro-averaged per language and overall. Pure: no I/O, so a benchmark
 * script or an extraction test can call it and assert on the numbers.
 */
import type { Snapshot } from '../snapshot/schema.js';
import { documentViews, entityViews, factViews, mentionViews } from '../snapshot/views.js';
import { documentIndex } from './documents.js';
import { goldNameForms, scoredEntity, standsFor, type ScoredEntity } from './entities.js';
import type { GoldDoc, GoldFact } from './gold.js';
import { matchFacts } from './match.js';
import { microAverage, withRates } from './metrics.js';
import { predictedFactsByDocument, type PredictedFact } from './predicted.js';
import type { DocumentEval, EvalCounts, EvalReport, GoldFactOut, PredictedFactOut } from './report.js';

function goldOut(fact: GoldFact, index: number): GoldFactOut {
  const out: GoldFactOut = {
    index,
    subject: fact.subject,
    relation: fact.relation,
    object: fact.object ?? null,
    optional: fact.optional,
    evidence: fact.evidence,
  };
  if (fact.amount !== undefined) out.amount = fact.amount;
  if (fact.stake !== undefined) out.stake = fact.stake;
  if (fact.valuation !== undefined) out.valuation = fact.valuation;
  if (fact.interim !== undefined) out.interim = fact.interim;
  if (fact.year !== undefined) out.year = fact.year;
  return out;
}

function predictedOut(fact: PredictedFact): PredictedFactOut {
  const out: PredictedFactOut = {
    edge: fact.edge,
    subject: fact.subject.name,
    relation: fact.relation,
    object: fact.object.name,
    evidence: fact.evidence,
  };
  if (fact.amount !== undefined) out.amount = fact.amount;
  if (fact.currency !== undefined) out.currency = fact.currency;
  if (fact.stake !== undefined) out.stake = fact.stake;
  if (fact.valuation !== undefined) out.valuation = fact.valuation;
  if (fact.interim !== undefined) out.interim = fact.interim;
  return out;
}

/** A gold document may stand for several snapshot documents (same basename twice): one document, one set of facts. */
function unionFacts(lists: ReadonlyArray<PredictedFact[] | undefined>): PredictedFact[] {
  const byId = new Map<string, PredictedFact>();
  for (const list of lists) {
    for (const fact of list ?? []) {
      const seen = byId.get(fact.id);
      if (seen) seen.evidence = [...seen.evidence, ...fact.evidence];
      else byId.set(fact.id, { ...fact, evidence: [...fact.evidence] });
    }
  }
  return [...byId.values()];
}

function scoreDocument(
  gold: GoldDoc,
  snapshotDocs: string[],
  predictedByDoc: ReadonlyMap<string, PredictedFact[]>,
  mentioned: ReadonlyMap<string, ScoredEntity[]>,
): DocumentEval {
  const forms = goldNameForms(gold);
  const preds = unionFacts(snapshotDocs.map((key) => predictedByDoc.get(key)));
  const { pairs, matchedPreds } = matchFacts(preds, gold.facts, forms);

  const matchedGolds = new Set(pairs.map((p) => p.gold));
  const required = gold.facts.filter((f) => !f.optional).length;
  let matchedGold = 0;
  let attributeFacts = 0;
  let attributeAgree = 0;
  for (const pair of pairs) {
    if (gold.facts[pair.gold].optional) continue;
    matchedGold++;
    if (Object.keys(pair.check.attributes).length > 0) {
      attributeFacts++;
      if (pair.check.agrees) attributeAgree++;
    }
  }

  const docEntities = snapshotDocs.flatMap((key) => mentioned.get(key) ?? []);
  const entityMisses = gold.entities
    .filter((e) => !docEntities.some((entity) => standsFor(entity, forms(e.name))))
    .map((e) => e.name);

  const counts: EvalCounts = {
    docs: 1,
    goldFacts: required,
    optionalGoldFacts: gold.facts.length - required,
    predicted: preds.length,
    matchedPredicted: matchedPreds.size,
    matchedGold,
    attributeFacts,
    attributeAgree,
    goldEntities: gold.entities.length,
    entitiesFound: gold.entities.length - entityMisses.length,
  };

  return {
    doc: gold.doc,
    lang: gold.lang,
    snapshotDocs,
    metrics: withRates(counts),
    matches: pairs.map((p) => ({
      gold: goldOut(gold.facts[p.gold], p.gold),
      predicted: predictedOut(preds[p.pred]),
      attributes: p.check.attributes,
    })),
    misses: gold.facts.flatMap((f, i) => (f.optional || matchedGolds.has(i) ? [] : [goldOut(f, i)])),
    falsePositives: preds.flatMap((p, i) => (matchedPreds.has(i) ? [] : [predictedOut(p)])),
    entityMisses,
  };
}

export function scoreSnapshot(snapshot: Snapshot, gold: ReadonlyArray<GoldDoc>): EvalReport {
  const entities = new Map(entityViews(snapshot).map((e) => [e.key, scoredEntity(e)]));
  const docs = documentViews(snapshot);
  const index = documentIndex(docs);
  const predictedByDoc = predictedFactsByDocument(factViews(snapshot), entities);
  const mentioned = new Map<string, ScoredEntity[]>();
  for (const m of mentionViews(snapshot)) {
    const entity = entities.get(m.target);
    if (!entity) continue;
    const list = mentioned.get(m.source);
    if (list) list.push(entity);
    else mentioned.set(m.source, [entity]);
  }

  const documents = gold.map((g) => scoreDocument(g, index.get(g.doc) ?? [], predictedByDoc, mentioned));
  const scored = new Set(documents.flatMap((d) => d.snapshotDocs));

  const langs = [...new Set(documents.map((d) => d.lang))].sort();
  // fromEntries defines own keys: a gold "lang" of "__proto__" stays a language, not a prototype.
  const byLanguage: Record<string, EvalReport['overall']> = Object.fromEntries(
    langs.map((lang) => [lang, microAverage(documents.filter((d) => d.lang === lang).map((d) => d.metrics))]),
  );

  return {
    overall: microAverage(documents.map((d) => d.metrics)),
    byLanguage,
    documents,
    missingDocuments: documents.filter((d) => d.snapshotDocs.length === 0).map((d) => d.doc),
    unscoredDocuments: docs.filter((d) => !scored.has(d.key)).length,
  };
}
