/** The shape of an evaluation: the numbers `kg eval` prints and `--json` writes. */
import type { Relation } from '../model/types.js';
import type { AmountRange } from './amounts.js';
import type { GoldMoney } from './gold.js';
import type { ScoredAttribute } from './match.js';
import type { PredictedEvidence } from './predicted.js';

/** Raw counts; they add up across documents (micro averaging). */
export interface EvalCounts {
  docs: number;
  /** Required gold facts. */
  goldFacts: number;
  optionalGoldFacts: number;
  predicted: number;
  /** Predicted facts matched to a required or optional gold fact. */
  matchedPredicted: number;
  /** Required gold facts matched. */
  matchedGold: number;
  /** Matched required facts whose gold carries amount, stake, valuation or interim. */
  attributeFacts: number;
  attributeAgree: number;
  goldEntities: number;
  entitiesFound: number;
}

/** Counts plus the rates computed from them; a rate is null when its denominator is zero. */
export interface EvalMetrics extends EvalCounts {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  attributeAccuracy: number | null;
  entityRecall: number | null;
}

export interface GoldFactOut {
  index: number;
  subject: string;
  relation: Relation;
  object: string | null;
  amount?: GoldMoney;
  stake?: number;
  valuation?: GoldMoney;
  interim?: boolean;
  year?: number;
  optional: boolean;
  evidence: string;
}

export interface PredictedFactOut {
  edge: string;
  subject: string;
  relation: Relation;
  object: string;
  amount?: AmountRange;
  currency?: string;
  stake?: number;
  valuation?: number;
  interim?: boolean;
  evidence: PredictedEvidence[];
}

export interface MatchOut {
  gold: GoldFactOut;
  predicted: PredictedFactOut;
  /** Per scored attribute the gold fact carries: does the prediction agree? */
  attributes: Partial<Record<ScoredAttribute, boolean>>;
}

export interface DocumentEval {
  doc: string;
  lang: string;
  /** Snapshot document keys scored for this gold document; empty when it is not in the snapshot. */
  snapshotDocs: string[];
  metrics: EvalMetrics;
  matches: MatchOut[];
  /** Required gold facts not found. */
  misses: GoldFactOut[];
  falsePositives: PredictedFactOut[];
  /** Gold entities with no MENTIONS edge from the document to an entity standing for them. */
  entityMisses: string[];
}

export interface EvalReport {
  overall: EvalMetrics;
  /** Keyed by gold `lang`, sorted by code. */
  byLanguage: Record<string, EvalMetrics>;
  documents: DocumentEval[];
  /** Gold documents with no document in the snapshot (scored as all misses). */
  missingDocuments: string[];
  /** Snapshot documents no gold document annotates (their facts are not scored). */
  unscoredDocuments: number;
}
