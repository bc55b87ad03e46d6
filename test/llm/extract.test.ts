import { describe, expect, it } from 'vitest';
import { segment } from '../../src/extract/segment.js';
import { extractWithLlm, LLM_CONFIDENCE } from '../../src/llm/index.js';
import { DocExtractionSchema } from '../../src/model/extraction.js';
import { RELATIONS, RELATION_SPECS } from '../../src/model/types.js';
import { completion, useFakeServer, userText, type FakeServer } from './fake-openai.js';

// A no-break space inside "Scale AI", as news sites write it: the model sees it folded.
const TEXT = [
  'Meta investiert 14,3 Milliarden US-Dollar in Scale\u00a0AI.',
  'Mark Zuckerberg, CEO von Meta, bestätigte den Deal.',
  'Meta plant für 2025 Investitionen von 60 bis 65 Milliarden Dollar in KI-Infrastruktur.',
].join('\n');
const DOC = { key: 'doc:0123456789abcdef', text: TEXT, lang: 'de' };

const GOOD = {
  entities: [
    { name: 'Meta', type: 'Organization', sentence: 0, text: 'Meta' },
    { name: 'Scale AI', type: 'Organization', sentence: 0, text: 'Scale AI' },
    { name: 'Mark Zuckerberg', type: 'Person', sentence: 1, text: 'Mark Zuckerberg' },
    { name: 'Meta', type: 'Organization', sentence: 1, text: 'Meta' },
    { name: 'Meta', type: 'Organization', sentence: 2, text: 'Meta' },
    { name: 'AI infrastructure', type: 'Topic', sentence: 2, text: 'KI-Infrastruktur' },
  ],
  claims: [
    { relation: 'INVESTED_IN', subject: 'Meta', object: 'Scale AI', sentence: 0, amount: 14.3e9, currency: 'usd' },
    { relation: 'CEO_OF', subject: 'Mark Zuckerberg', object: 'Meta', sentence: 1, interim: null },
    { relation: 'PLANS_SPENDING', subject: 'Meta', object: 'AI infrastructure', sentence: 2, amountMin: 60e9, amountMax: 65e9, currency: 'USD', year: 2025 },
  ],
};

const fake = useFakeServer();

const llm = () => ({ baseUrl: fake().baseUrl, model: 'test-model' });

describe('extractWithLlm', () => {
  it('turns a good reply into mentions at their real offsets and claims between them', async () => {
    fake().setHandler(() => completion(GOOD));
    const x = await extractWithLlm(DOC, { llm: llm() });
    expect(DocExtractionSchema.parse(x)).toEqual(x);
    expect(x.sentences).toEqual(segment(TEXT));
    expect(x.mentions.map((m) => [m.id, m.name, m.type, m.sentence])).toEqual([
      [0, 'Meta', 'Organization', 0],
      [1, 'Scale AI', 'Organization', 0],
      [2, 'Mark Zuckerberg', 'Person', 1],
      [3, 'Meta', 'Organization', 1],
      [4, 'Meta', 'Organization', 2],
    ]);
    for (const m of x.mentions) expect(TEXT.slice(m.start, m.end)).toBe(m.text);
    expect(x.mentions[1].text).toBe('Scale\u00a0AI'); // the surface as written, not as the model quoted it
    expect(x.mentions[3].start).toBe(TEXT.indexOf('von Meta') + 4);
    expect(x.mentions.every((m) => m.ruleId === 'de.entity.llm')).toBe(true);

    expect(x.claims).toEqual([
      { amount: 14.3e9, currency: 'USD', relation: 'INVESTED_IN', subject: 0, object: 1, sentence: 0, ruleId: 'de.invested_in.llm', confidence: LLM_CONFIDENCE },
      { relation: 'CEO_OF', subject: 2, object: 3, sentence: 1, ruleId: 'de.ceo_of.llm', confidence: LLM_CONFIDENCE },
      { amountMin: 60e9, amountMax: 65e9, currency: 'USD', year: 2025, relation: 'PLANS_SPENDING', subject: 4, object: { topic: 'AI infrastructure' }, sentence: 2, ruleId: 'de.plans_spending.llm', confidence: LLM_CONFIDENCE },
    ]);
  });

  it('asks in JSON mode with the closed types and relations and the numbered sentences', async () => {
    fake().setHandler(() => completion({ entities: [] }));
    await extractWithLlm(DOC, { llm: llm() });
    const [req] = fake().requests;
    expect(req.body).toMatchObject({ model: 'test-model', temperature: 0, response_format: { type: 'json_object' } });
    const system = req.body.messages?.find((m) => m.role === 'system')?.content ?? '';
    for (const r of RELATIONS) expect(system).toContain(`- ${r}: ${RELATION_SPECS[r].from.join('|')}`);
    expect(system).toContain('- CEO_OF: Person -> Organization; qualifiers: interim');
    expect(system).toContain('- COMPETES_WITH: Organization <-> Organization');
    expect(system).toContain('OrgUnit');
    expect(userText(req)).toContain('[0] Meta investiert 14,3 Milliarden US-Dollar in Scale AI.');
    expect(userText(req)).toContain('[2] Meta plant für 2025');
  });

  it('drops entities whose text is not in the named sentence, and the claims that need them', async () => {
    fake().setHandler(() =>
      completion({
        entities: [
          ...GOOD.entities,
          { name: 'Google', type: 'Organization', sentence: 1, text: 'Google' }, // not in the text at all
          { name: 'Mark Zuckerberg', type: 'Person', sentence: 0, text: 'Zuckerberg' }, // in sentence 1, not 0
          { name: 'Scale AI', type: 'Organization', sentence: 9, text: 'Scale AI' }, // no such sentence
          { name: 'Meta', type: 'Company', sentence: 0, text: 'Meta' }, // not a closed type
        ],
        claims: [{ relation: 'COMPETES_WITH', subject: 'Meta', object: 'Google', sentence: 1 }],
      }),
    );
    let dropped = { entities: 0, claims: 0 };
    const x = await extractWithLlm(DOC, { llm: llm(), onDropped: (d) => (dropped = d) });
    expect(x.mentions.map((m) => m.name)).toEqual(['Meta', 'Scale AI', 'Mark Zuckerberg', 'Meta', 'Meta']);
    expect(x.mentions.filter((m) => m.sentence === 0).map((m) => m.text)).toEqual(['Meta', 'Scale\u00a0AI']);
    expect(x.claims).toEqual([]);
    expect(dropped).toEqual({ entities: 4, claims: 1 });
  });

  it('drops claims whose relation, argument types, sentence or arguments do not fit', async () => {
    fake().setHandler(() =>
      completion({
        entities: GOOD.entities,
        claims: [
          { relation: 'CEO_OF', subject: 'Meta', object: 'Scale AI', sentence: 0 }, // subject must be a Person
          { relation: 'INVESTED_IN', subject: 'Meta', object: 'Mark Zuckerberg', sentence: 1 }, // object must be an Organization
          { relation: 'LIKES', subject: 'Mark Zuckerberg', object: 'Meta', sentence: 1 }, // not a relation
          { relation: 'CEO_OF', subject: 'Mark Zuckerberg', object: 'Meta', sentence: 5 }, // no such sentence
          { relation: 'COMPETES_WITH', subject: 'Meta', object: 'Meta', sentence: 0 }, // itself
          { relation: 'PLANS_SPENDING', subject: 'Meta', object: 'Scale AI', sentence: 0 }, // a named company is not a topic
          { relation: 'FOUNDED', subject: 'Alexandr Wang', object: 'Scale AI', sentence: 0 }, // not an entity
          { relation: 'CEO_OF', subject: 'Mark Zuckerberg', object: 'Meta', sentence: 1, interim: true }, // fits
        ],
      }),
    );
    const x = await extractWithLlm(DOC, { llm: llm() });
    expect(x.claims.map((c) => [c.relation, c.subject, c.object, c.interim])).toEqual([['CEO_OF', 2, 3, true]]);
  });

  it('keeps only the qualifiers a relation allows, with sensible values', async () => {
    fake().setHandler(() =>
      completion({
        entities: GOOD.entities,
        claims: [
          { relation: 'INVESTED_IN', subject: 'Meta', object: 'Scale AI', sentence: 0, amount: 14.3e9, currency: 'US dollars', stake: 49, valuation: 29e9, interim: true, year: 2025 },
          { relation: 'PLANS_SPENDING', subject: 'Meta', object: 'KI-Infrastruktur', sentence: 2, amountMin: 65e9, amountMax: 60e9, year: 25 },
        ],
      }),
    );
    const x = await extractWithLlm(DOC, { llm: llm() });
    expect(x.claims[0]).toMatchObject({ relation: 'INVESTED_IN', amount: 14.3e9, valuation: 29e9 });
    for (const k of ['currency', 'stake', 'interim', 'year']) expect(x.claims[0]).not.toHaveProperty(k);
    // The topic named by its surface form gets the entity's name; a reversed range and a two-digit year are dropped.
    expect(x.claims[1]).toMatchObject({ relation: 'PLANS_SPENDING', object: { topic: 'AI infrastructure' } });
    for (const k of ['amountMin', 'amountMax', 'year']) expect(x.claims[1]).not.toHaveProperty(k);
  });

  it('places a short name outside a longer one that contains it, whatever the reply order', async () => {
    const text = 'Alexandr Wang leitet das Meta Superintelligence Lab von Meta.';
    fake().setHandler(() =>
      completion({
        entities: [
          { name: 'Meta', type: 'Organization', sentence: 0, text: 'Meta' },
          { name: 'Meta Superintelligence Lab', type: 'OrgUnit', sentence: 0, text: 'Meta Superintelligence Lab' },
          { name: 'Alexandr Wang', type: 'Person', sentence: 0, text: 'Alexandr Wang' },
          { name: 'Alexandr Wang', type: 'Person', sentence: 0, text: 'Alexandr Wang' }, // listed twice: one mention
        ],
        claims: [{ relation: 'PART_OF', subject: 'Meta Superintelligence Lab', object: 'Meta', sentence: 0 }],
      }),
    );
    const x = await extractWithLlm({ key: 'doc:1', text, lang: 'de' }, { llm: llm() });
    expect(x.mentions.map((m) => [m.id, m.text, m.start])).toEqual([
      [0, 'Alexandr Wang', 0],
      [1, 'Meta Superintelligence Lab', text.indexOf('Meta Super')],
      [2, 'Meta', text.lastIndexOf('Meta')],
    ]);
    expect(x.claims).toMatchObject([{ relation: 'PART_OF', subject: 1, object: 2 }]);
  });

  it('sends a long document in chunks of whole sentences and numbers mentions across them', async () => {
    fake().setHandler((req) => {
      const lines = userText(req).split('\n').filter((l) => l.startsWith('['));
      // One entity per sentence of this chunk, and one claim about a sentence of another chunk.
      const entities = lines.map((l) => ({ name: 'Meta', type: 'Organization', sentence: Number(/^\[(\d+)\]/u.exec(l)![1]), text: 'Meta' }));
      return completion({ entities, claims: [{ relation: 'PLANS_SPENDING', subject: 'Meta', object: 'AI', sentence: entities[0].sentence === 0 ? 2 : 0 }] });
    });
    const x = await extractWithLlm(DOC, { llm: llm(), maxChunkChars: 110 });
    expect(fake().requests.length).toBeGreaterThan(1);
    const numbered = fake().requests.flatMap((r) => userText(r).split('\n').filter((l) => l.startsWith('[')).map((l) => l.slice(0, 3)));
    expect(numbered).toEqual(['[0]', '[1]', '[2]']);
    expect(x.mentions.map((m) => [m.id, m.sentence])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
    expect(x.claims).toEqual([]); // each claim named a sentence its chunk did not contain
  });

  it('rejects a reply that is not JSON, or not of the schema, with E_LLM_REPLY', async () => {
    fake().setHandler(() => completion('Sure! Here are the entities: Meta, Scale AI.'));
    await expect(extractWithLlm(DOC, { llm: llm() })).rejects.toMatchObject({ code: 'E_LLM_REPLY', message: expect.stringMatching(/^the model's reply did not follow the schema: it is not JSON/u) });
    fake().setHandler(() => completion({ entities: [{ name: 'Meta', type: 'Organization', sentence: 'first', text: 'Meta' }] }));
    await expect(extractWithLlm(DOC, { llm: llm() })).rejects.toMatchObject({ code: 'E_LLM_REPLY', message: expect.stringContaining('entities.0.sentence') });
  });

  it('accepts JSON in a Markdown fence, and says when a reply was cut off', async () => {
    fake().setHandler(() => completion('```json\n' + JSON.stringify(GOOD) + '\n```'));
    expect((await extractWithLlm(DOC, { llm: llm() })).claims).toHaveLength(3);
    fake().setHandler(() => completion(JSON.stringify(GOOD).slice(0, 80), 'length'));
    await expect(extractWithLlm(DOC, { llm: llm() })).rejects.toMatchObject({ code: 'E_LLM_REPLY', hint: expect.stringContaining('cut off') });
  });
});
