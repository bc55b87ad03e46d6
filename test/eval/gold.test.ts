import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GoldError } from '../../src/eval/errors.js';
import { jsonPath, mergeGold, parseGold } from '../../src/eval/gold.js';
import { readGold } from '../../src/eval/read-gold.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/eval');
const SEEDS_GOLD = join(import.meta.dirname, '../../seeds/seeds.gold.json');

describe('parseGold', () => {
  it('reads the seeds gold, defaulting optional to false and keeping a null PLANS_SPENDING object', async () => {
    const gold = await readGold(SEEDS_GOLD);
    expect(gold.map((d) => d.lang)).toEqual(['tr', 'nl', 'de', 'ar', 'de']);
    const spending = gold[0].facts.find((f) => f.relation === 'PLANS_SPENDING');
    expect(spending?.object).toBeNull();
    expect(gold[0].facts[0].optional).toBe(false);
    expect(gold[0].facts.some((f) => f.optional)).toBe(true);
  });

  it('names the source and the JSON path of the first problem', () => {
    const data = [{ doc: 'a.txt', lang: 'de', entities: [], facts: [{ subject: 'Meta', relation: 'BOUGHT', object: 'X' }] }];
    expect(() => parseGold(data, 'my.gold.json')).toThrow(/my\.gold\.json.*\$\[0\]\.facts\[0\]\.relation/);
  });

  it('requires an object for every relation except PLANS_SPENDING', () => {
    const facts = [{ subject: 'Meta', relation: 'OWNS', object: null }];
    expect(() => parseGold([{ doc: 'a.txt', lang: 'de', facts }], 'g.json')).toThrow(/\$\[0\]\.facts\[0\]\.object: OWNS needs an object/);
    const spending = [{ subject: 'Meta', relation: 'PLANS_SPENDING', object: null, amount: { value: 1 } }];
    expect(parseGold([{ doc: 'a.txt', lang: 'de', facts: spending }])[0].facts).toHaveLength(1);
  });

  it('rejects a range whose min exceeds its max, and a top level that is not an array', () => {
    const facts = [{ subject: 'Meta', relation: 'PLANS_SPENDING', amount: { min: 5, max: 1 } }];
    expect(() => parseGold([{ doc: 'a.txt', lang: 'de', facts }])).toThrow(GoldError);
    expect(() => parseGold({ doc: 'a.txt' }, 'g.json')).toThrow(/g\.json is not a gold file: \$: /);
  });
});

describe('jsonPath', () => {
  it('writes indices in brackets and keys after dots', () => {
    expect(jsonPath([2, 'facts', 3, 'amount', 'min'])).toBe('$[2].facts[3].amount.min');
    expect(jsonPath([])).toBe('$');
  });
});

describe('readGold', () => {
  it('concatenates every *.json file of a folder in name order', async () => {
    const gold = await readGold(join(FIXTURES, 'gold-dir'));
    expect(gold.map((d) => d.doc)).toEqual(['de.txt', 'ar.txt']);
  });

  it('reports a bad file in a folder by its own path and JSON path', async () => {
    await expect(readGold(join(FIXTURES, 'bad', 'bad-relation.json'))).rejects.toThrow(/bad-relation\.json.*\$\[0\]\.facts\[1\]\.relation/);
  });

  it('says when a file is not JSON or does not exist, with code E_GOLD', async () => {
    await expect(readGold(join(FIXTURES, 'bad', 'truncated.json'))).rejects.toThrow(/truncated\.json is not valid JSON/);
    const missing = readGold(join(FIXTURES, 'nope.json'));
    await expect(missing).rejects.toMatchObject({ code: 'E_GOLD', message: expect.stringContaining('gold file not found') });
  });

  it('refuses a document annotated in two files', () => {
    const doc = { doc: 'a.txt', lang: 'de', entities: [], facts: [] };
    expect(() => mergeGold([{ source: 'one.json', docs: [doc] }, { source: 'two.json', docs: [doc] }])).toThrow(/a\.txt appears twice \(one\.json and two\.json\)/);
  });
});
