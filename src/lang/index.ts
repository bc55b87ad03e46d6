/** The language packs kg ships, and the choice of pack for a document. */
import { ar } from './packs/ar.js';
import { de } from './packs/de.js';
import { en } from './packs/en.js';
import { es } from './packs/es.js';
import { fr } from './packs/fr.js';
import { nl } from './packs/nl.js';
import { tr } from './packs/tr.js';
import { dictionary, withoutPrototypes } from './tables.js';
import type { LanguagePack } from './types.js';

export type { LanguagePack } from './types.js';

/** Every table of every pack is prototype-free (./tables.ts): no article word reaches Object.prototype. */
export const PACKS: Readonly<Record<string, LanguagePack>> = dictionary(
  Object.entries({ ar, de, en, es, fr, nl, tr }).map(([code, pack]) => [code, withoutPrototypes(pack)] as const),
);

/** Documents in a language without a pack are read with this one (gazetteer and names still work). */
export const FALLBACK_LANGUAGE = 'en';

/**
 * Sentence-splitting exceptions of every pack together: a document may quote another
 * language's abbreviations ("Mrd." in a Turkish business text), and missing a split costs
 * less than a split in the middle of a sentence.
 */
export const SEGMENTATION = {
  abbreviations: new Set(Object.values(PACKS).flatMap((p) => p.abbreviations)),
  ordinalMonths: new Set(Object.values(PACKS).flatMap((p) => p.ordinalMonths)),
} as const;

export function supportedLanguages(): string[] {
  return Object.keys(PACKS).sort();
}

export function packFor(lang: string): LanguagePack {
  return PACKS[lang] ?? PACKS[FALLBACK_LANGUAGE] ?? Object.values(PACKS)[0];
}
