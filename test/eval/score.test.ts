import { describe, expect, it } from 'vitest';
import { parseGold, type GoldDoc } from '../../src/eval/gold.js';
import { scoreSnapshot } from '../../src/eval/score.js';
import { buildSnapshot, type EntitySpec } from './builder.js';

/** Gold documents written inline, validated exactly as a gold file would be. */
function gold(docs: unknown[]): GoldDoc[] {
  return parseGold(docs, 'inline');
}

const META: EntitySpec = { key: 'organization:meta', name: 'Meta', aliases: ['Meta', 'Meta Platforms', 'ميتا'] };
const SCALE: EntitySpec = { key: 'organization:scale-ai', name: 'Scale AI', aliases: ['Scale AI', 'Scale'] };
const GOOGLE: EntitySpec = { key: 'organization:google', name: 'Google' };
const DROEGE: EntitySpec = { key: 'person:jason-droege', name: 'Jason Droege', type: 'Person' };
const CAPEX: EntitySpec = { key: 'topic:capex', name: 'capital expenditure', type: 'Topic' };
const DE = { key: 'doc:aaaaaaaaaaaaaaaa', path: 'seeds/de.txt', lang: 'de' };
const TR = { key: 'doc:bbbbbbbbbbbbbbbb', path: 'seeds/tr.txt', lang: 'tr' };

describe('scoreSnapshot: matching', () => {
  it('scores a found fact as correct and found', () => {
    const snapshot = buildSnapshot({
      docs: [DE],
      entities: [META, SCALE],
      facts: [{ relation: 'OWNS', source: META.key, target: SCALE.key, claims: [{ doc: DE.key }] }],
    });
    const report = scoreSnapshot(snapshot, gold([{ doc: 'de.txt', lang: 'de', facts: [{ subject: 'Meta', relation: 'OWNS', object: 'Scale AI' }] }]));
    expect(report.overall).toMatchObject({ predicted: 1, matchedPredicted: 1, goldFacts: 1, matchedGold: 1, precision: 1, recall: 1, f1: 1 });
  });

  it('matches a symmetric relation stored in either direction, but not a directed one reversed', () => {
    const snapshot = buildSnapshot({
      docs: [DE],
      entities: [META, GOOGLE, SCALE],
      facts: [
        { relation: 'COMPETES_WITH', source: GOOGLE.key, target: META.key, claims: [{ doc: DE.key }] },
        { relation: 'OWNS', source: SCALE.key, target: META.key, claims: [{ doc: DE.key }] },
      ],
    });
    const report = scoreSnapshot(
      snapshot,
      gold([
        {
          doc: 'de.txt',
          lang: 'de',
          facts: [
            { subject: 'Meta', relation: 'COMPETES_WITH', object: 'Google' },
            { subject: 'Meta', relation: 'OWNS', object: 'Scale AI' },
          ],
        },
      ]),
    );
    const [doc] = report.documents;
    expect(doc.matches.map((m) => m.gold.relation)).toEqual(['COMPETES_WITH']);
    expect(doc.misses.map((m) => m.relation)).toEqual(['OWNS']);
    expect(doc.falsePositives.map((p) => `${p.subject} ${p.relation} ${p.object}`)).toEqual(['Scale AI OWNS Meta']);
    expect(report.overall).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5 });
  });

  it('counts two symmetric edges in opposite directions in one document as one predicted fact', () => {
    const snapshot = buildSnapshot({
      docs: [DE],
      entities: [META, GOOGLE],
      facts: [
        { relation: 'PARTNERS_WITH', source: GOOGLE.key, target: META.key, claims: [{ doc: DE.key }] },
        { relation: 'PARTNERS_WITH', source: META.key, target: GOOGLE.key, claims: [{ doc: DE.key }] },
      ],
    });
    const report = scoreSnapshot(snapshot, gold([{ doc: 'de.txt', lang: 'de', facts: [{ subject: 'Google', relation: 'PARTNERS_WITH', object: 'Meta' }] }]));
    expect(report.overall).toMatchObject({ predicted: 1, matchedPredicted: 1, precision: 1 });
  });

  it('matches PLANS_SPENDING on spender and amounts overlapping within 5%, whatever the object', () => {
    const goldDocs = gold([
      {
        doc: 'de.txt',
        lang: 'de',
        facts: [{ subject: 'Meta', relation: 'PLANS_SPENDING', object: null, amount: { min: 60e9, max: 65e9, currency: 'USD' } }],
      },
    ]);
    const score = (amount: number) =>
      scoreSnapshot(
        buildSnapshot({
          docs: [DE],
          entities: [META, CAPEX],
          facts: [{ relation: 'PLANS_SPENDING', source: META.key, target: CAPEX.key, claims: [{ doc: DE.key, amount, currency: 'USD' }] }],
        }),
        goldDocs,
      ).overall.matchedGold;
    expect(score(62e9)).toBe(1);
    expect(score(68e9)).toBe(1); // 3e9 above the range, within 5% of 68e9
    expect(score(70e9)).toBe(0); // 5e9 above: a different plan
    expect(score(57.5e9)).toBe(1);
    expect(score(55e9)).toBe(0);
  });

  it('does not match PLANS_SPENDING without an amount when gold states one', () => {
    const snapshot = buildSnapshot({
      docs: [DE],
      entities: [META, CAPEX],
      facts: [{ relation: 'PLANS_SPENDING', source: META.key, target: CAPEX.key, claims: [{ doc: DE.key }] }],
    });
    const report = scoreSnapshot(snapshot, gold([{ doc: 'de.txt', lang: 'de', facts: [{ subject: 'Meta', relation: 'PLANS_SPENDING', amount: { value: 65e9 } }] }]));
    expect(report.overall).toMatchObject({ predicted: 1, matchedPredicted: 0, matchedGold: 0 });
  });

  it('treats optional gold facts as neither false positives nor misses', () => {
    const snapshot = buildSnapshot({
      docs: [DE],
      entities: [META, SCALE],
      facts: [{ relation: 'PARTNERS_WITH', source: META.key, target: SCALE.key, claims: [{ doc: DE.key }] }],
    });
    const report = scoreSnapshot(
      snapshot,
      gold([
        {
          doc: 'de.txt',
          lang: 'de',
          facts: [
            { subject: 'Meta', relation: 'PARTNERS_WITH', object: 'Scale AI', optional: true },
            { subject: 'Scale AI', relation: 'SUPPLIES', object: 'Meta', optional: true },
            { subject: 'Meta', relation: 'INVESTED_IN', object: 'Scale AI' },
          ],
        },
      ]),
    );
    expect(report.overall).toMatchObject({ goldFacts: 1, optionalGoldFacts: 2, predicted: 1, matchedPredicted: 1, matchedGold: 0, precision: 1, recall: 0, f1: 0 });
    expect(report.documents[0].misses.map((m) => m.relation)).toEqual(['INVESTED_IN']);
    expect(report.documents[0].falsePositives).toEqual([]);
  });

  it('counts claims of the same fact in one document once, but once per document and per amount', () => {
    const snapshot = buildSnapshot({
      docs: [DE, TR],
      entities: [META, SCALE, CAPEX],
      facts: [
        {
          relation: 'INVESTED_IN',
          source: META.key,
          target: SCALE.key,
          claims: [
            { doc: DE.key, amount: 14.3e9, sentence: 'first' },
            { doc: DE.key, amount: 14.3e9, sentence: 'second' },
            { doc: TR.key, amount: 14e9 },
          ],
        },
        {
          relation: 'PLANS_SPENDING',
          source: META.key,
          target: CAPEX.key,
          claims: [
            { doc: DE.key, amount: 65e9 },
            { doc: DE.key, amount: 38e9 },
          ],
        },
      ],
    });
    const report = scoreSnapshot(
      snapshot,
      gold([
        {
          doc: 'de.txt',
          lang: 'de',
          facts: [
            { subject: 'Meta', relation: 'INVESTED_IN', object: 'Scale AI', amount: { value: 14.3e9 } },
            { subject: 'Meta', relation: 'PLANS_SPENDING', amount: { value: 65e9 } },
          ],
        },
        { doc: 'tr.txt', lang: 'tr', facts: [{ subject: 'Meta', relation: 'INVESTED_IN', object: 'Scale AI', amount: { value: 14e9 } }] },
      ]),
    );
    const [de, tr] = report.documents;
    expect(de.metrics).toMatchObject({ predicted: 3, matchedPredicted: 2, matchedGold: 2 });
    expect(de.matches[0].predicted.evidence.map((e) => e.sentence)).toEqual(['first', 'second']);
    expect(de.falsePositives.map((p) => p.amount)).toEqual([{ min: 38e9, max: 38e9 }]);
    expect(tr.metrics).toMatchObject({ predicted: 1, matchedPredicted: 1 });
    expect(report.overall).toMatchObject({ predicted: 4, matchedPredicted: 3, precision: 0.75, recall: 1 });
  });

  it('compares names after normalising and uses the gold aliases of the document', () => {
    const snapshot = buildSnapshot({
      docs: [DE],
      entities: [
        { key: 'organization:meta-platforms', name: 'META PLATFORMS', aliases: ['META PLATFORMS'] },
        { key: 'person:droege', name: 'Droege', type: 'Person', aliases: ['Droege'] },
        { key: 'organization:scale', name: 'Scale', aliases: ['Scale'] },
      ],
      facts: [
        { relation: 'CEO_OF', source: 'person:droege', target: 'organization:scale', claims: [{ doc: DE.key }] },
        { relation: 'OWNS', source: 'organization:meta-platforms', target: 'organization:scale', claims: [{ doc: DE.key }] },
      ],
    });
    const report = scoreSnapshot(
      snapshot,
      gold([
        {
          doc: 'de.txt',
          lang: 'de',
          entities: [
            { name: 'Meta', type: 'Organization', aliases: ['Meta Platform'] },
            { name: 'Jason Droege', type: 'Person', aliases: ['Droege'] },
          ],
          facts: [
            { subject: 'Jason Droege', relation: 'CEO_OF', object: 'Scale AI' },
            { subject: 'Meta', relation: 'OWNS', object: 'Scale AI' },
          ],
        },
      ]),
    );
    // "Droege" and "Meta Platforms" stand for their gold entities through gold aliases;
    // "Scale" does not stand for "Scale AI", because this gold document lists no such alias.
    expect(report.overall).toMatchObject({ predicted: 2, matchedPredicted: 0 });
    const withScaleAlias = scoreSnapshot(
      snapshot,
      gold([
        {
          doc: 'de.txt',
          lang: 'de',
          entities: [
            { name: 'Meta', type: 'Organization', aliases: ['Meta Platform'] },
            { name: 'Jason Droege', type: 'Person', aliases: ['Droege'] },
            { name: 'Scale AI', type: 'Organization', aliases: ['Scale'] },
          ],
          facts: [
            { subject: 'Jason Droege', relation: 'CEO_OF', object: 'Scale AI' },
            { subject: 'Meta', relation: 'OWNS', object: 'Scale AI' },
          ],
        },
      ]),
    );
    expect(withScaleAlias.overall).toMatchObject({ predicted: 2, matchedPredicted: 2, matchedGold: 2 });
  });
});

describe('scoreSnapshot: matching as the README defines it', () => {
  it('counts both reported amounts of one investment as correct, and judges attributes on the agreeing one', () => {
    const snapshot = buildSnapshot({
      docs: [DE],
      entities: [META, SCALE],
      facts: [
        {
          relation: 'INVESTED_IN',
          source: META.key,
          target: SCALE.key,
          claims: [
            { doc: DE.key, amount: 14e9 },
            { doc: DE.key, amount: 14.3e9, stake: 0.49 },
          ],
        },
      ],
    });
    const report = scoreSnapshot(
      snapshot,
      gold([{ doc: 'de.txt', lang: 'de', facts: [{ subject: 'Meta', relation: 'INVESTED_IN', object: 'Scale AI', amount: { value: 14.3e9 }, stake: 0.49 }] }]),
    );
    const [doc] = report.documents;
    expect(doc.matches[0].predicted.amount).toEqual({ min: 14.3e9, max: 14.3e9 });
    expect(doc.falsePositives).toEqual([]);
    expect(report.overall).toMatchObject({ predicted: 2, matchedPredicted: 2, precision: 1, recall: 1, attributeAccuracy: 1 });
  });

  it('prefers the closer of two amounts that both agree within 5%', () => {
    const snapshot = buildSnapshot({
      docs: [DE],
      entities: [META, SCALE],
      facts: [
        {
          relation: 'INVESTED_IN',
          source: META.key,
          target: SCALE.key,
          claims: [
            { doc: DE.key, amount: 14e9 },
            { doc: DE.key, amount: 14.3e9 },
          ],
        },
      ],
    });
    const report = scoreSnapshot(snapshot, gold([{ doc: 'de.txt', lang: 'de', facts: [{ subject: 'Meta', relation: 'INVESTED_IN', object: 'Scale AI', amount: { value: 14.3e9 } }] }]));
    expect(report.documents[0].matches[0].predicted.amount?.min).toBe(14.3e9);
  });

  it('lets one predicted amount find every gold amount it overlaps', () => {
    const snapshot = buildSnapshot({
      docs: [DE],
      entities: [META, CAPEX],
      facts: [{ relation: 'PLANS_SPENDING', source: META.key, target: CAPEX.key, claims: [{ doc: DE.key, amount: 61e9 }] }],
    });
    const report = scoreSnapshot(
      snapshot,
      gold([
        {
          doc: 'de.txt',
          lang: 'de',
          facts: [
            { subject: 'Meta', relation: 'PLANS_SPENDING', amount: { value: 60e9 } },
            { subject: 'Meta', relation: 'PLANS_SPENDING', amount: { value: 62e9 } },
            { subject: 'Meta', relation: 'PLANS_SPENDING', amount: { value: 90e9 } },
          ],
        },
      ]),
    );
    expect(report.overall).toMatchObject({ predicted: 1, matchedPredicted: 1, matchedGold: 2, goldFacts: 3 });
  });

  it('gives a predicted fact that fits a required and an optional gold fact to the required one', () => {
    const snapshot = buildSnapshot({
      docs: [DE],
      entities: [META, CAPEX],
      facts: [{ relation: 'PLANS_SPENDING', source: META.key, target: CAPEX.key, claims: [{ doc: DE.key, amount: 60e9 }] }],
    });
    const report = scoreSnapshot(
      snapshot,
      gold([
        {
          doc: 'de.txt',
          lang: 'de',
          facts: [
            { subject: 'Meta', relation: 'PLANS_SPENDING', amount: { value: 60e9 }, optional: true },
            { subject: 'Meta', relation: 'PLANS_SPENDING', amount: { min: 60e9, max: 65e9 } },
          ],
        },
      ]),
    );
    expect(report.overall).toMatchObject({ matchedPredicted: 1, matchedGold: 1, recall: 1, precision: 1 });
  });
});

describe('scoreSnapshot: attribute accuracy', () => {
  const goldDocs = gold([
    {
      doc: 'de.txt',
      lang: 'de',
      facts: [
        {
          subject: 'Meta',
          relation: 'INVESTED_IN',
          object: 'Scale AI',
          amount: { value: 14.3e9, currency: 'USD' },
          stake: 0.49,
          valuation: { value: 29e9, currency: 'USD' },
        },
        { subject: 'Jason Droege', relation: 'CEO_OF', object: 'Scale AI', interim: true },
        { subject: 'Meta', relation: 'OWNS', object: 'Scale AI' },
        { subject: 'Meta', relation: 'ACQUIRED', object: 'Scale AI', amount: { value: 1e9 }, optional: true },
      ],
    },
  ]);
  const snapshot = (invest: { amount: number; stake?: number; valuation?: number }, interim?: boolean) =>
    buildSnapshot({
      docs: [DE],
      entities: [META, SCALE, DROEGE],
      facts: [
        { relation: 'INVESTED_IN', source: META.key, target: SCALE.key, claims: [{ doc: DE.key, ...invest }] },
        { relation: 'CEO_OF', source: DROEGE.key, target: SCALE.key, claims: [{ doc: DE.key, ...(interim === undefined ? {} : { interim }) }] },
        { relation: 'OWNS', source: META.key, target: SCALE.key, claims: [{ doc: DE.key }] },
        // Matches the optional fact with a wrong amount: optional facts are not in the accuracy.
        { relation: 'ACQUIRED', source: META.key, target: SCALE.key, claims: [{ doc: DE.key, amount: 5e9 }] },
      ],
    });

  it('counts only matched required facts that carry amount, stake, valuation or interim', () => {
    const report = scoreSnapshot(snapshot({ amount: 14e9, stake: 0.5, valuation: 29e9 }, true), goldDocs);
    expect(report.overall).toMatchObject({ matchedGold: 3, attributeFacts: 2, attributeAgree: 2, attributeAccuracy: 1 });
  });

  it('needs every attribute of a fact to agree, and reads a missing interim as false', () => {
    const wrongStake = scoreSnapshot(snapshot({ amount: 14.3e9, stake: 0.3, valuation: 29e9 }, true), goldDocs);
    expect(wrongStake.overall).toMatchObject({ matchedGold: 3, attributeFacts: 2, attributeAgree: 1, attributeAccuracy: 0.5 });
    expect(wrongStake.documents[0].matches[0].attributes).toEqual({ amount: true, stake: false, valuation: true });

    const noInterim = scoreSnapshot(snapshot({ amount: 14.3e9, stake: 0.49, valuation: 29e9 }), goldDocs);
    expect(noInterim.overall).toMatchObject({ attributeAgree: 1, attributeAccuracy: 0.5 });

    const missingValuation = scoreSnapshot(snapshot({ amount: 14.3e9, stake: 0.49 }, true), goldDocs);
    expect(missingValuation.overall.attributeAccuracy).toBe(0.5);
  });
});

describe('scoreSnapshot: entity recall', () => {
  it('counts gold entities the document links by MENTIONS, through names, aliases and normalisation', () => {
    const snapshot = buildSnapshot({
      docs: [DE, TR],
      entities: [
        META,
        { key: 'person:zuckerberg', name: 'Mark Zuckerberg', type: 'Person', aliases: ['مارك زوكربيرغ'] },
        SCALE,
        GOOGLE,
      ],
      mentions: [
        [DE.key, META.key],
        [DE.key, 'person:zuckerberg'],
        [TR.key, SCALE.key], // a mention in another document does not count
      ],
    });
    const report = scoreSnapshot(
      snapshot,
      gold([
        {
          doc: 'de.txt',
          lang: 'de',
          entities: [
            { name: 'ميتا', type: 'Organization' },
            { name: 'Zuckerberg', type: 'Person', aliases: ['مارك زوكربيرغ'] },
            { name: 'Scale AI', type: 'Organization' },
            { name: 'OpenAI', type: 'Organization' },
          ],
        },
      ]),
    );
    expect(report.overall).toMatchObject({ goldEntities: 4, entitiesFound: 2, entityRecall: 0.5 });
    expect(report.documents[0].entityMisses).toEqual(['Scale AI', 'OpenAI']);
  });
});

describe('scoreSnapshot: documents and languages', () => {
  it('finds gold documents by basename, by JSONL id and by JSONL path, and scores a missing one as misses', () => {
    const snapshot = buildSnapshot({
      docs: [
        { key: 'doc:1111111111111111', path: '/data/news/002_x.txt', lang: 'de' },
        { key: 'doc:2222222222222222', path: 'feed.jsonl#L3', lang: 'de', id: 'article-42' },
        { key: 'doc:3333333333333333', path: 'feed.jsonl#L4', lang: 'de' },
        { key: 'doc:4444444444444444', path: 'other.txt', lang: 'de' },
      ],
      entities: [META, SCALE],
      facts: [
        {
          relation: 'OWNS',
          source: META.key,
          target: SCALE.key,
          claims: [{ doc: 'doc:1111111111111111' }, { doc: 'doc:2222222222222222' }, { doc: 'doc:3333333333333333' }, { doc: 'doc:4444444444444444' }],
        },
      ],
    });
    const fact = { subject: 'Meta', relation: 'OWNS', object: 'Scale AI' };
    const report = scoreSnapshot(
      snapshot,
      gold([
        { doc: '002_x.txt', lang: 'de', facts: [fact] },
        { doc: 'article-42', lang: 'de', facts: [fact] },
        { doc: 'feed.jsonl#L4', lang: 'de', facts: [fact] },
        { doc: 'absent.txt', lang: 'de', facts: [fact] },
      ]),
    );
    expect(report.documents.map((d) => d.snapshotDocs)).toEqual([['doc:1111111111111111'], ['doc:2222222222222222'], ['doc:3333333333333333'], []]);
    expect(report.missingDocuments).toEqual(['absent.txt']);
    expect(report.unscoredDocuments).toBe(1);
    // The claim in other.txt is not scored: no gold document annotates it.
    expect(report.overall).toMatchObject({ docs: 4, predicted: 3, matchedPredicted: 3, goldFacts: 4, matchedGold: 3, recall: 0.75 });
  });

  it('micro-averages per language and overall (sums counts, not rates)', () => {
    const DE2 = { key: 'doc:cccccccccccccccc', path: 'de2.txt', lang: 'de' };
    const snapshot = buildSnapshot({
      docs: [DE, DE2, TR],
      entities: [META, SCALE, GOOGLE],
      facts: [
        { relation: 'OWNS', source: META.key, target: SCALE.key, claims: [{ doc: DE.key }, { doc: TR.key }] },
        { relation: 'OWNS', source: META.key, target: GOOGLE.key, claims: [{ doc: DE2.key }, { doc: TR.key }] },
      ],
    });
    const owns = (object: string) => ({ subject: 'Meta', relation: 'OWNS', object });
    const report = scoreSnapshot(
      snapshot,
      gold([
        { doc: 'de.txt', lang: 'de', facts: [owns('Scale AI')] }, // 1/1
        { doc: 'de2.txt', lang: 'de', facts: [owns('Scale AI'), owns('Facebook'), owns('Instagram')] }, // 0/3, 1 FP
        { doc: 'tr.txt', lang: 'tr', facts: [owns('Scale AI'), owns('Google')] }, // 2/2
      ]),
    );
    expect(Object.keys(report.byLanguage)).toEqual(['de', 'tr']);
    expect(report.byLanguage.de).toMatchObject({ docs: 2, goldFacts: 4, matchedGold: 1, predicted: 2, matchedPredicted: 1, recall: 0.25, precision: 0.5 });
    expect(report.byLanguage.de.f1).toBeCloseTo(1 / 3, 10);
    expect(report.byLanguage.tr).toMatchObject({ docs: 1, recall: 1, precision: 1, f1: 1 });
    // Micro: 3 of 6 gold, 3 of 4 predicted (a macro average over documents would give R 0.67).
    expect(report.overall).toMatchObject({ docs: 3, goldFacts: 6, matchedGold: 3, recall: 0.5, predicted: 4, matchedPredicted: 3, precision: 0.75 });
    expect(report.overall.f1).toBeCloseTo(0.6, 10);
  });

  it('reports rates as null when nothing could be counted', () => {
    const report = scoreSnapshot(buildSnapshot({ docs: [DE], entities: [] }), gold([{ doc: 'de.txt', lang: 'de' }]));
    expect(report.overall).toMatchObject({ precision: null, recall: null, f1: null, attributeAccuracy: null, entityRecall: null });
    const nothingFound = scoreSnapshot(buildSnapshot({ docs: [DE], entities: [] }), gold([{ doc: 'de.txt', lang: 'de', facts: [{ subject: 'A', relation: 'OWNS', object: 'B' }] }]));
    expect(nothingFound.overall).toMatchObject({ precision: null, recall: 0, f1: 0 });
  });
});
