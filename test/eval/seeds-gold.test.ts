/**
 * The scorer against the real seeds gold: the snapshot a perfect extractor would build
 * scores full marks, and removing facts lowers recall by exactly what was removed.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GoldDoc } from '../../src/eval/gold.js';
import { readGold } from '../../src/eval/read-gold.js';
import { scoreSnapshot } from '../../src/eval/score.js';
import { perfectSnapshot } from './gold-snapshot.js';

const SEEDS_GOLD = join(import.meta.dirname, '../../seeds/seeds.gold.json');
let gold: GoldDoc[];

beforeAll(async () => {
  gold = await readGold(SEEDS_GOLD);
});

describe('scoring the seeds gold', () => {
  it('gives the perfect snapshot 100% on every measure, per language and overall', () => {
    const report = scoreSnapshot(perfectSnapshot(gold), gold);
    const required = gold.flatMap((d) => d.facts).filter((f) => !f.optional).length;
    expect(report.overall.goldFacts).toBe(required);
    for (const m of [report.overall, ...Object.values(report.byLanguage)]) {
      expect(m).toMatchObject({ precision: 1, recall: 1, f1: 1, attributeAccuracy: 1, entityRecall: 1 });
    }
    expect(Object.keys(report.byLanguage)).toEqual(['ar', 'de', 'nl', 'tr']);
    expect(report.missingDocuments).toEqual([]);
  });

  it('loses exactly the required facts left out, and no precision', () => {
    // Whole relations are left out: gold repeats some facts (required and optional) within a document.
    const dropped = (doc: GoldDoc, i: number) => ['CEO_OF', 'DEVELOPS'].includes(doc.facts[i].relation);
    const report = scoreSnapshot(perfectSnapshot(gold, (doc, i) => !dropped(doc, i)), gold);
    const droppedCount = gold.reduce((n, doc) => n + doc.facts.filter((f, i) => dropped(doc, i) && !f.optional).length, 0);
    expect(droppedCount).toBeGreaterThan(0);
    expect(report.overall.matchedGold).toBe(report.overall.goldFacts - droppedCount);
    expect(report.overall.precision).toBe(1);
  });
});
