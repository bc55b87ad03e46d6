/**
 * Language detection on short texts (issue #10): where eld is unsure, the packs' own words
 * decide, and the document records how and with what confidence.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideLanguage, loadLanguageDetector } from '../../src/ingest/detect-language.js';
import { ingest } from '../../src/ingest/index.js';
import { packEvidence } from '../../src/ingest/pack-evidence.js';

const BRIEFS: Array<[string, string]> = [
  ['nl', 'Orbiton Group investeert 1,2 mld euro in Quillon Labs.'],
  ['de', 'Orbiton Group investiert 1,2 Mrd. Euro in Quillon Labs.'],
  ['en', 'Orbiton Group invests €1.2bn in Quillon Labs.'],
  ['fr', "Orbiton Group investit 1,2 milliard d'euros dans Quillon Labs."],
  ['es', 'Orbiton Group invierte 1.200 millones de euros en Quillon Labs.'],
  ['tr', "Orbiton Group, Quillon Labs'e 1,2 milyar euro yatırım yaptı."],
  ['ar', 'أوربيتون تستثمر 1.2 مليار يورو في كويلون لابز.'],
];

describe('short texts', () => {
  it.each(BRIEFS)('a one-line %s brief gets its language', async (lang, text) => {
    const detect = await loadLanguageDetector();
    expect(detect(text)).toBe(lang);
  });

  it('the Dutch brief is read as Dutch end to end, with method and confidence on the document', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-brief-'));
    await writeFile(join(dir, 'brief.txt'), BRIEFS[0][1]);
    const [doc] = (await ingest([join(dir, 'brief.txt')])).documents;
    expect(doc.lang).toBe('nl');
    expect(doc.langSource).toBe('detected');
    expect(doc.langMethod).toBe('pack-evidence');
    expect(doc.langConfidence).toBeGreaterThan(0);
    expect(doc.langConfidence).toBeLessThanOrEqual(1);
  });

  it('counts words only one pack knows fully and shared words in part', () => {
    const [best] = packEvidence('Orbiton Group investeert 1,2 mld euro in Quillon Labs.');
    expect(best.lang).toBe('nl');
    expect(packEvidence('Quillon Orbiton')).toEqual([]);
  });

  it('keeps a sure detector guess on a long text', () => {
    const long = 'De onderneming maakte bekend dat zij het komende jaar fors zal investeren in nieuwe fabrieken. '.repeat(4);
    expect(decideLanguage({ lang: 'nl', margin: 0.3 }, long)).toEqual({ lang: 'nl', method: 'detector', confidence: 0.3 });
  });

  it('lets pack evidence overrule an unsure guess, and abstains without evidence', () => {
    expect(decideLanguage({ lang: 'en', margin: 0.03 }, 'Orbiton Group investeert 1,2 mld euro in Quillon Labs.')?.lang).toBe('nl');
    expect(decideLanguage({ lang: undefined, reason: 'too-short' }, 'Quillon Orbiton')).toBeUndefined();
  });
});
