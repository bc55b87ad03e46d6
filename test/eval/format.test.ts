import { describe, expect, it } from 'vitest';
import { formatEvalTable, formatEvalVerbose, formatRate } from '../../src/eval/format.js';
import { parseGold } from '../../src/eval/gold.js';
import { scoreSnapshot } from '../../src/eval/score.js';
import { buildSnapshot } from './builder.js';

const DE = { key: 'doc:aaaaaaaaaaaaaaaa', path: 'de.txt', lang: 'de' };
const META = { key: 'organization:meta', name: 'Meta' };
const CAPEX = { key: 'topic:ai', name: 'AI infrastructure', type: 'Topic' as const };

describe('formatRate', () => {
  it('prints one decimal, and n/a for an undefined rate', () => {
    expect(formatRate(5 / 6)).toBe('83.3%');
    expect(formatRate(null)).toBe('n/a');
  });
});

describe('formatEvalTable and formatEvalVerbose', () => {
  const snapshot = buildSnapshot({
    docs: [DE],
    entities: [META, CAPEX],
    facts: [
      {
        relation: 'PLANS_SPENDING',
        source: META.key,
        target: CAPEX.key,
        claims: [{ doc: DE.key, amountMin: 60e9, amountMax: 65e9, currency: 'USD', ruleId: 'de.spend.range', sentence: 'Meta will 60 bis 65 Milliarden ausgeben.' }],
      },
    ],
  });
  const gold = parseGold([
    { doc: 'de.txt', lang: 'de', facts: [{ subject: 'Meta', relation: 'PLANS_SPENDING', object: null, amount: { value: 38e9, currency: 'USD' }, evidence: '38 Milliarden' }] },
    { doc: 'gone.txt', lang: 'nl', facts: [] },
  ]);
  const report = scoreSnapshot(snapshot, gold);

  it('prints n/a where nothing could be counted and names gold documents missing from the snapshot', () => {
    const table = formatEvalTable(report);
    expect(table).toMatch(/^nl +1 +0 +0 +0 +0 +n\/a +n\/a +n\/a +n\/a +n\/a$/m);
    expect(table).toContain('not in the snapshot (scored as all misses): gone.txt');
  });

  it('shows a spending miss without an object and a false positive with its topic, amounts and rule', () => {
    const text = formatEvalVerbose(report);
    expect(text).toContain('- Meta PLANS_SPENDING [US$38 billion]\n      evidence: 38 Milliarden');
    expect(text).toContain('- Meta PLANS_SPENDING AI infrastructure [US$60–65 billion]  rule de.spend.range\n      evidence: Meta will 60 bis 65 Milliarden ausgeben.');
    expect(text).toContain('gone.txt (nl)');
    expect(text).toContain('not in the snapshot: no document has this basename or id');
  });
});
