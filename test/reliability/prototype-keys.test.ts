/**
 * Row 17: words that are Object.prototype keys ("constructor", "__proto__", "toString", …)
 * must never reach Object.prototype through a word table: "El grupo constructor compra
 * Beta." lost every fact of its document. Every key is fed through every pack, in the
 * positions the rules look at (names, triggers, numbers, scales, currencies, units), and as
 * entity names and aliases of a user lexicon.
 */
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { PACKS } from '../../src/lang/index.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import type { Lexicon } from '../../src/lexicon/schema.js';
import { buildFromDocuments } from '../../src/pipeline/index.js';
import type { Document } from '../../src/model/document.js';
import { factViews } from '../../src/snapshot/views.js';
import { runKg } from '../support/run-kg.js';
import { expectNoInternal, tempDir } from './support/helpers.js';

const KEYS = Object.getOwnPropertyNames(Object.prototype);
let lexicon: Lexicon;
let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  lexicon = await loadLexicon();
  ({ dir, cleanup } = await tempDir('proto'));
});
afterAll(async () => cleanup());

function doc(text: string, lang: string): Document {
  return { key: `doc:${lang}`, sha256: '0'.repeat(64), path: `${lang}.txt`, text, lang, langSource: 'given', title: 't' };
}

function sentencesWith(k: string): string {
  const K = k[0].toUpperCase() + k.slice(1);
  return [
    `Meta ${k} Beta Inc.`,
    `${K} ${k} 5 ${k} $3 ${k} 12 ${k} GW.`,
    `El grupo ${k} compra Beta.`,
    `Meta invested ${k} $14 billion ${k} in Scale AI ${k}.`,
    `${k} ${k}, CEO of ${K}, said ${k}.`,
    `${k}`,
  ].join(' ');
}

describe('row 17: Object.prototype keys as words', () => {
  it('lists the keys it feeds (so a new one in a future Node.js is covered too)', () => {
    expect(KEYS).toEqual(expect.arrayContaining(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']));
  });

  for (const lang of Object.keys(PACKS)) {
    it(`every Object.prototype key through the ${lang} pack: no failure, and the other facts are kept`, () => {
      for (const k of KEYS) {
        const text = `${sentencesWith(k)} Meta invested $14 billion in Scale AI.`;
        const extraction = extractDocument(doc(text, lang), { pack: PACKS[lang], lexicon });
        expect(extraction.sentences.length).toBeGreaterThan(0);
        for (const m of extraction.mentions) expect(typeof m.name).toBe('string');
      }
    });
  }

  it('"El grupo constructor compra Beta." keeps its facts', async () => {
    const text = 'El grupo constructor compra Beta. Meta compró Scale AI por 14.000 millones de dólares.';
    const result = await buildFromDocuments([doc(text, 'es')], { lexicon });
    expect(result.issues.filter((i) => i.code === 'extract-failed')).toEqual([]);
    expect(factViews(result.snapshot).length).toBeGreaterThan(0);
  });

  it('a user lexicon whose names and aliases are Object.prototype keys builds, and entity finds them', async () => {
    const lexiconFile = join(dir, 'lexicon.json');
    await writeFile(lexiconFile, JSON.stringify({ entities: [{ name: 'constructor', type: 'Organization', aliases: ['__proto__', 'toString', 'valueOf'] }, { name: 'Hasownproperty Corp', type: 'Organization', aliases: ['hasOwnProperty'] }] }));
    await writeFile(join(dir, 'a.txt'), 'constructor invested $5 million in Beta Inc. __proto__ acquired hasOwnProperty.\n');
    const build = await runKg(['build', join(dir, 'a.txt'), '--lexicon', lexiconFile, '--out', join(dir, 'out'), '--lang', 'en']);
    expectNoInternal(build);
    expect(build.code).toBe(0);
    expect(build.stderr).not.toContain('extract-failed');
    for (const [name, card] of [['__proto__', 'constructor — Organization'], ['constructor', 'constructor — Organization'], ['hasOwnProperty', 'Hasownproperty Corp — Organization']]) {
      const r = await runKg(['entity', name, '--snapshot', join(dir, 'out', 'graph.json')]);
      expectNoInternal(r);
      expect(r.stdout).toContain(card);
    }
    // Words the graph does not hold are "unknown", never a prototype function.
    const unknown = await runKg(['entity', 'toString', '--snapshot', join(dir, 'out', 'graph.json')]);
    expectNoInternal(unknown);
    expect(unknown.stderr).toContain('E_UNKNOWN_ENTITY');
  });
});
