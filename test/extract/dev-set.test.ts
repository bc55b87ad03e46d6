/**
 * Extraction quality end to end: the seeds (tr, nl, de, ar), the development set of
 * English, French and Spanish articles (test/fixtures/dev, written for kg with its own gold,
 * about other companies and deals than the seeds) and a second one in all seven languages
 * (test/fixtures/dev2) are built with the real pipeline and
 * scored with the eval library. The thresholds are the quality bar for the seeds,
 * and a little under the measured figures for the dev set, so a regression fails here.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readGold, scoreSnapshot } from '../../src/eval/index.js';
import type { EvalReport } from '../../src/eval/index.js';
import { buildFromPaths } from '../../src/pipeline/index.js';

const ROOT = join(import.meta.dirname, '../..');

/** The bar on the seed gold. */
const SEEDS_BAR = { precision: 0.85, recall: 0.85, attributeAccuracy: 0.85, entityRecall: 0.85, languageRecall: 0.75 };
/** Measured on the dev set when these packs were written, rounded down. */
const DEV_BAR = { precision: 0.9, recall: 0.9, attributeAccuracy: 0.9, entityRecall: 0.9, languageRecall: 0.85 };
/**
 * Real news excerpts, gold by independent annotators (test/fixtures/news). Measured before
 * issue #9's work: dev P 0.41 R 0.12, test P 0.58 R 0.22. After the clause rules and fact
 * status: dev P 0.79 R 0.46 (lowest language recall 0.21, ar), test split (never tuned on)
 * P 0.56 R 0.29 (lowest 0.18, ar); rounded down, so that a change that loses facts on real news
 * fails here. Still below the issue's bar: these floors catch regressions, they do not say the
 * extractor is good enough.
 */
const NEWS_DEV_BAR = { precision: 0.75, recall: 0.43, attributeAccuracy: 0.65, entityRecall: 0.75, languageRecall: 0.18 };
const NEWS_TEST_BAR = { precision: 0.5, recall: 0.26, attributeAccuracy: 0.6, entityRecall: 0.7, languageRecall: 0.15 };
/**
 * The second real-news set (test/fixtures/news-b), made after the rules above by four other
 * annotators: before this session's rules dev P 0.43 R 0.21, test P 0.53 R 0.27; after them
 * dev P 0.68 R 0.41 (lowest language recall 0.07, ar), test P 0.54 R 0.27 (lowest 0.15, ar).
 * The test split moved little: most rules fixed constructions the test articles do not use.
 */
const NEWS_B_DEV_BAR = { precision: 0.63, recall: 0.38, attributeAccuracy: 0.55, entityRecall: 0.8, languageRecall: 0.05 };
const NEWS_B_TEST_BAR = { precision: 0.5, recall: 0.24, attributeAccuracy: 0.5, entityRecall: 0.72, languageRecall: 0.12 };
/**
 * The third real-news set (test/fixtures/news-c), made by four more annotators: before any rule
 * was tuned on it dev P 0.69 R 0.39, test P 0.64 R 0.39; after the rules of its session dev
 * P 0.83 R 0.45 (lowest language recall 0.30, de), test P 0.65 R 0.39 (lowest 0.00, es, 5 facts),
 * rounded down below.
 */
const NEWS_C_DEV_BAR = { precision: 0.8, recall: 0.43, attributeAccuracy: 0.8, entityRecall: 0.85, languageRecall: 0.28 };
// Attribute accuracy counts 5 facts here: a majority purchase read as ACQUIRED as well (#9) matched one more, whose amount differs.
const NEWS_C_TEST_BAR = { precision: 0.6, recall: 0.36, attributeAccuracy: 0.4, entityRecall: 0.85, languageRecall: 0 };
/**
 * The fourth real-news set (test/fixtures/news-d), made by two more annotators: before any rule
 * was tuned on it dev P 0.73 R 0.40, test P 0.67 R 0.41; after the rules of its session dev
 * P 0.92 R 0.54 (lowest language recall 0.08, ar, 12 facts), test P 0.68 R 0.41, rounded down below.
 */
const NEWS_D_DEV_BAR = { precision: 0.85, recall: 0.5, attributeAccuracy: 0.3, entityRecall: 0.8, languageRecall: 0.05 };
const NEWS_D_TEST_BAR = { precision: 0.6, recall: 0.37, attributeAccuracy: 0.6, entityRecall: 0.72, languageRecall: 0 };
/**
 * The fifth real-news set (test/fixtures/news-e: industries other than AI), made by two more
 * annotators: before any rule was tuned on it dev P 0.65 R 0.38, test P 0.43 R 0.18; after the
 * rules of its session dev P 0.89 R 0.58 (lowest language recall 0.40, ar, 10 facts), test P 0.45
 * R 0.19, rounded down below.
 */
const NEWS_E_DEV_BAR = { precision: 0.85, recall: 0.55, attributeAccuracy: 0.75, entityRecall: 0.82, languageRecall: 0.35 };
const NEWS_E_TEST_BAR = { precision: 0.42, recall: 0.17, attributeAccuracy: 0.6, entityRecall: 0.8, languageRecall: 0 };
/**
 * The sixth real-news set (test/fixtures/news-f: industries other than AI), made by two more
 * annotators: before any rule was tuned on it dev P 0.81 R 0.37, test P 0.63 R 0.21; after the
 * rules of its session dev P 0.91 R 0.53 (lowest language recall 0.17, ar, 12 facts), test P 0.65
 * R 0.21, rounded down below.
 */
const NEWS_F_DEV_BAR = { precision: 0.85, recall: 0.5, attributeAccuracy: 0.5, entityRecall: 0.85, languageRecall: 0.15 };
const NEWS_F_TEST_BAR = { precision: 0.6, recall: 0.19, attributeAccuracy: 0.6, entityRecall: 0.78, languageRecall: 0 };
/**
 * The seventh real-news set (test/fixtures/news-g: industries other than AI), made by two more
 * annotators: before any rule was tuned on it dev P 0.45 R 0.21, test P 0.54 R 0.22; after the
 * rules of its session dev P 0.74 R 0.45 (lowest language recall 0.15, es, 13 facts), test P 0.53
 * R 0.23, rounded down below.
 */
const NEWS_G_DEV_BAR = { precision: 0.7, recall: 0.42, attributeAccuracy: 0.5, entityRecall: 0.75, languageRecall: 0.1 };
const NEWS_G_TEST_BAR = { precision: 0.5, recall: 0.2, attributeAccuracy: 0.6, entityRecall: 0.85, languageRecall: 0 };
/**
 * The eighth real-news set (test/fixtures/news-h), made during the session that tuned on news-g:
 * before its rules were tuned on it dev P 0.56 R 0.41, test P 0.60 R 0.34; after, dev P 0.77 R 0.59
 * (lowest language recall 0.33, de, 6 facts), test P 0.63 R 0.39, rounded down below.
 */
const NEWS_H_DEV_BAR = { precision: 0.72, recall: 0.52, attributeAccuracy: 0.4, entityRecall: 0.9, languageRecall: 0.3 };
const NEWS_H_TEST_BAR = { precision: 0.58, recall: 0.35, attributeAccuracy: 0.4, entityRecall: 0.78, languageRecall: 0 };
/**
 * The second dev set (test/fixtures/dev2: one article per language, gold written from the text
 * before the extractor ran on it): figures reached after fixing its misses with general rules
 * (P 0.99, R 0.79, attributes 1.00, entities 0.86, lowest language recall 0.63 in de), rounded down.
 */
const DEV2_BAR = { precision: 0.95, recall: 0.75, attributeAccuracy: 0.95, entityRecall: 0.8, languageRecall: 0.6 };

async function articles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name.endsWith('.txt')) out.push(join(e.parentPath, e.name));
  return out.sort();
}

async function score(dir: string, gold: string): Promise<EvalReport> {
  const { snapshot } = await buildFromPaths(await articles(join(ROOT, dir)));
  return scoreSnapshot(snapshot, await readGold(join(ROOT, gold)));
}

describe.each([
  ['seeds', 'seeds', 'seeds/seeds.gold.json', SEEDS_BAR, ['ar', 'de', 'nl', 'tr']],
  ['dev set', 'test/fixtures/dev', 'test/fixtures/dev/dev.gold.json', DEV_BAR, ['en', 'es', 'fr']],
  ['second dev set', 'test/fixtures/dev2', 'test/fixtures/dev2/dev2.gold.json', DEV2_BAR, ['ar', 'de', 'en', 'es', 'fr', 'nl', 'tr']],
  ['real news, dev split', 'test/fixtures/news/dev', 'test/fixtures/news/dev.gold.json', NEWS_DEV_BAR, ['ar', 'de', 'en', 'es', 'fr', 'nl', 'tr']],
  ['real news, test split', 'test/fixtures/news/test', 'test/fixtures/news/test.gold.json', NEWS_TEST_BAR, ['ar', 'de', 'en', 'es', 'fr', 'nl', 'tr']],
  ['second real-news set, dev split', 'test/fixtures/news-b/dev', 'test/fixtures/news-b/dev.gold.json', NEWS_B_DEV_BAR, ['ar', 'de', 'en', 'es', 'fr', 'nl', 'tr']],
  ['second real-news set, test split', 'test/fixtures/news-b/test', 'test/fixtures/news-b/test.gold.json', NEWS_B_TEST_BAR, ['ar', 'de', 'en', 'es', 'fr', 'nl', 'tr']],
  ['third real-news set, dev split', 'test/fixtures/news-c/dev', 'test/fixtures/news-c/dev.gold.json', NEWS_C_DEV_BAR, ['ar', 'de', 'en', 'es', 'fr', 'nl', 'tr']],
  ['third real-news set, test split', 'test/fixtures/news-c/test', 'test/fixtures/news-c/test.gold.json', NEWS_C_TEST_BAR, ['ar', 'de', 'en', 'es', 'fr', 'nl', 'tr']],
  ['fourth real-news set, dev split', 'test/fixtures/news-d/dev', 'test/fixtures/news-d/dev.gold.json', NEWS_D_DEV_BAR, ['ar', 'de', 'en', 'es', 'fr', 'nl', 'tr']],
  ['fourth real-news set, test split', 'test/fixtures/news-d/test', 'test/fixtures/news-d/test.gold.json', NEWS_D_TEST_BAR, ['ar', 'de', 'en', 'es', 'fr', 'nl', 'tr']],
  ['fifth real-news set, dev split', 'test/fixtures/news-e/dev', 'test/fixtures/news-e/dev.gold.json', NEWS_E_DEV_BAR, ['ar', 'de', 'en', 'es', 'fr', 'nl', 'tr']],
  ['fifth real-news set, test split', 'test/fixtures/news-e/test', 'test/fixtures/news-e/test.gold.json', NEWS_E_TEST_BAR, ['ar', 'de', 'en', 'es', 'fr', 'nl', 'tr']],
  ['sixth real-news set, dev split', 'test/fixtures/news-f/dev', 'test/fixtures/news-f/dev.gold.json', NEWS_F_DEV_BAR, ['ar', 'de', 'en', 'es', 'fr', 'nl', 'tr']],
  ['sixth real-news set, test split', 'test/fixtures/news-f/test', 'test/fixtures/news-f/test.gold.json', NEWS_F_TEST_BAR, ['ar', 'de', 'en', 'es', 'fr', 'nl', 'tr']],
  ['seventh real-news set, dev split', 'test/fixtures/news-g/dev', 'test/fixtures/news-g/dev.gold.json', NEWS_G_DEV_BAR, ['ar', 'de', 'en', 'es', 'fr', 'nl', 'tr']],
  ['seventh real-news set, test split', 'test/fixtures/news-g/test', 'test/fixtures/news-g/test.gold.json', NEWS_G_TEST_BAR, ['ar', 'de', 'en', 'es', 'fr', 'nl', 'tr']],
  ['eighth real-news set, dev split', 'test/fixtures/news-h/dev', 'test/fixtures/news-h/dev.gold.json', NEWS_H_DEV_BAR, ['ar', 'de', 'en', 'es', 'fr', 'nl', 'tr']],
  ['eighth real-news set, test split', 'test/fixtures/news-h/test', 'test/fixtures/news-h/test.gold.json', NEWS_H_TEST_BAR, ['ar', 'de', 'en', 'es', 'fr', 'nl', 'tr']],
] as const)('extraction quality on the %s', (_name, dir, gold, bar, languages) => {
  let report: EvalReport;
  beforeAll(async () => {
    report = await score(dir, gold);
  });

  it('reaches the precision, recall, attribute accuracy and entity recall bar overall', () => {
    const o = report.overall;
    expect(o.precision).toBeGreaterThanOrEqual(bar.precision);
    expect(o.recall).toBeGreaterThanOrEqual(bar.recall);
    expect(o.attributeAccuracy).toBeGreaterThanOrEqual(bar.attributeAccuracy);
    expect(o.entityRecall).toBeGreaterThanOrEqual(bar.entityRecall);
  });

  it.each(languages)('recalls enough facts in %s', (lang) => {
    expect(report.byLanguage[lang]?.docs).toBeGreaterThan(0);
    expect(report.byLanguage[lang].recall).toBeGreaterThanOrEqual(bar.languageRecall);
  });
});
