/** The corpus pass for names written in lower case in some article. */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/load.js';
import type { Document } from '../../src/model/document.js';
import { extractAll, extractLowerCaseNames } from '../../src/pipeline/index.js';
import { documentsWithLowerCase, lowerCaseCandidates } from '../../src/resolve/lowercase-names.js';

const doc = (key: string, text: string): Document => ({ key, text, lang: 'en', path: `${key}.txt`, title: key, sha256: '0'.repeat(64) }) as Document;

describe('names written in lower case', () => {
  it('finds a corpus name in lower case in another article, with the facts stated there', async () => {
    const lexicon = await loadLexicon();
    const docs = [
      doc('a', 'Lena Varga, the chief executive of Orrin Robotics, said the robots would ship in May.'),
      doc('b', 'Analysts said orrin robotics competes with Kessler Dynamics in Europe.'),
    ];
    const first = extractAll(docs, lexicon);
    expect(first[1].mentions.map((m) => m.name)).not.toContain('orrin robotics');
    const candidates = lowerCaseCandidates(first);
    expect(candidates).toContainEqual({ name: 'Orrin Robotics', type: 'Organization', aliases: ['orrin robotics'] });
    expect([...documentsWithLowerCase(docs, candidates).keys()]).toEqual(['b']);
    const again = extractLowerCaseNames(docs, first, lexicon);
    expect(again[0]).toBe(first[0]);
    const b = again[1];
    expect(b.mentions.find((m) => m.text === 'orrin robotics')).toMatchObject({ type: 'Organization', canonical: 'Orrin Robotics' });
    expect(b.claims.map((c) => c.relation)).toContain('COMPETES_WITH');
  });

  it('looks only for names a sure rule found, and only as whole words', () => {
    const x = {
      docKey: 'a',
      lang: 'en',
      sentences: [],
      claims: [],
      mentions: [
        { id: 0, text: 'Península Ibérica', start: 0, end: 1, name: 'Península Ibérica', type: 'Organization' as const, sentence: 0, ruleId: 'es.entity.capitalised-run' },
        { id: 1, text: 'Orrin Robotics', start: 0, end: 1, name: 'Orrin Robotics', type: 'Organization' as const, sentence: 0, ruleId: 'en.entity.org-suffix' },
      ],
    };
    const candidates = lowerCaseCandidates([x]);
    expect(candidates.map((c) => c.name)).toEqual(['Orrin Robotics']);
    expect(documentsWithLowerCase([doc('b', 'the borrin robotics lab')], candidates).size).toBe(0);
  });
});
