import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CONFIDENT_MIDDLE_MARGIN,
  DETECT_CHUNK_CHARS,
  MIN_DETECT_LETTERS,
  detectSampled,
  detectWith,
  middleChunk,
  loadLanguageDetector,
  sampleChunks,
  type EldDetector,
} from '../../src/ingest/detect-language.js';

const seedsDir = fileURLToPath(new URL('../../seeds/', import.meta.url));
const seedFiles = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
const seedLanguage: Record<string, string> = { '000': 'tr', '001': 'nl', '002': 'de', '003': 'ar', '004': 'de' };

/** A stand-in for eld that returns fixed scores, to exercise the judging without the n-gram tables. */
function fakeEld(scores: Record<string, number>, reliable = true): EldDetector & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    detect(text: string) {
      calls.push(text);
      const best = Object.entries(scores).sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
      return { language: best, getScores: () => scores, isReliable: () => reliable };
    },
  };
}

const LONG_ENOUGH = 'Meta investiert Milliarden in Scale AI und holt den Gründer.';

describe('language detection on the seeds', () => {
  it.each(seedFiles)('%s gets its language', async (file) => {
    const detect = await loadLanguageDetector();
    expect(detect(readFileSync(`${seedsDir}${file}`, 'utf8'))).toBe(seedLanguage[file.slice(0, 3)]);
  });

  it('gets the language of each seed title (first line) alone', async () => {
    const detect = await loadLanguageDetector();
    for (const file of seedFiles) {
      const title = readFileSync(`${seedsDir}${file}`, 'utf8').split('\n').find((l) => l.trim() !== '') ?? '';
      expect(detect(title.slice(0, 200)), file).toBe(seedLanguage[file.slice(0, 3)]);
    }
  });
});

describe('reliability', () => {
  it('abstains on text with fewer letters than the minimum, however confident eld is', async () => {
    const detect = await loadLanguageDetector();
    expect(detect('Meta 2025: 14,3 Mrd. $')).toBeUndefined();
    const eld = fakeEld({ de: 0.9 });
    expect(detectWith(eld, 'x'.repeat(MIN_DETECT_LETTERS - 1))).toEqual({ lang: undefined, reason: 'too-short' });
    expect(eld.calls).toEqual([]);
  });

  it('abstains when the two best languages score almost the same (Arabic vs Persian on two words)', () => {
    expect(detectWith(fakeEld({ fa: 0.843, ar: 0.8414, ur: 0.81 }), LONG_ENOUGH)).toEqual({ lang: undefined, reason: 'ambiguous' });
  });

  it('abstains when eld itself calls the result unreliable', () => {
    expect(detectWith(fakeEld({ de: 0.9, nl: 0.2 }, false), LONG_ENOUGH)).toEqual({ lang: undefined, reason: 'unreliable' });
  });

  it('answers when one language clearly leads', () => {
    expect(detectWith(fakeEld({ de: 0.83, nl: 0.59 }), LONG_ENOUGH)).toMatchObject({ lang: 'de' });
  });

  it('returns ISO 639-1 codes outside the project languages too (narrowing is not its job)', async () => {
    const detect = await loadLanguageDetector();
    expect(detect('La empresa anunció que invertirá miles de millones de dólares en inteligencia artificial.')).toBe('es');
  });
});

describe('long texts', () => {
  it('reads past an English opening that fills the first 1000 characters (eld alone reads only those)', async () => {
    const detect = await loadLanguageDetector();
    const boilerplate = 'We use cookies to improve your experience on our website and to show you relevant advertising. '.repeat(12);
    const german = readFileSync(`${seedsDir}${seedFiles[2]}`, 'utf8');
    expect(boilerplate.length).toBeGreaterThan(DETECT_CHUNK_CHARS);
    expect(detect(boilerplate)).toBe('en');
    expect(detect(`${boilerplate}\n\n${german}`)).toBe('de');
  });

  it('samples evenly spaced chunks that start at a word', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(' ');
    const chunks = sampleChunks(text, 1000, 4);
    expect(chunks).toHaveLength(4);
    expect(chunks[0].startsWith('w0 ')).toBe(true);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(1000);
      expect(text.includes(c)).toBe(true);
    }
    for (const c of chunks.slice(1)) expect(text[text.indexOf(c) - 1]).toBe(' ');
    expect(sampleChunks('short text')).toEqual(['short text']);
  });
});

describe('middle chunk first', () => {
  const long = Array.from({ length: 900 }, (_, i) => `Wort${i}`).join(' ');

  it('reads one chunk when the middle is clear, every sampled chunk when it is not', () => {
    const clear = fakeEld({ de: 0.9, nl: 0.3 });
    expect(detectWith(clear, long)).toMatchObject({ lang: 'de' });
    expect(clear.calls).toEqual([middleChunk(long)]);
    // A margin that answers (≥ MIN_RELATIVE_MARGIN) but is not clear enough for the middle alone.
    const close = fakeEld({ de: 0.9, nl: 0.9 * (1 - CONFIDENT_MIDDLE_MARGIN / 2) });
    expect(detectWith(close, long)).toMatchObject({ lang: 'de' });
    expect(close.calls).toEqual([middleChunk(long), ...sampleChunks(long)]);
  });

  it('names the same language as reading every chunk, on every long text of the seeds and dev sets', async () => {
    const { eld } = await import('eld/small');
    const instance = eld.newInstance();
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const texts: string[] = [];
    for (const dir of ['seeds', 'test/fixtures/dev', 'test/fixtures/dev2', 'test/fixtures/news/dev']) {
      for (const e of readdirSync(join(root, dir), { withFileTypes: true, recursive: true })) {
        if (e.isFile() && e.name.endsWith('.txt')) texts.push(readFileSync(join(e.parentPath, e.name), 'utf8'));
      }
    }
    const long = texts.filter((t) => t.length > DETECT_CHUNK_CHARS);
    expect(long.length).toBeGreaterThan(50);
    for (const t of long) expect(detectWith(instance, t).lang).toBe(detectSampled(instance, t).lang);
  });
});
