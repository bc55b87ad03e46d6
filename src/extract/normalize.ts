/**
 * Folding used for matching words and names (not for display): case, Arabic letter
 * variants and diacritics, apostrophe shapes.
 */

const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/gu; // harakat, Quranic marks, tatweel

export function foldArabic(s: string): string {
  return s
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/ى/gu, 'ي')
    .replace(/ة/gu, 'ه')
    .replace(/ؤ/gu, 'و')
    .replace(/ئ/gu, 'ي');
}

/** Lower-case, fold apostrophes and dashes, fold Arabic variants. */
export function foldWord(s: string): string {
  return foldArabic(s.toLocaleLowerCase('und').replace(/[’`´ʼ]/gu, "'").replace(/[‐-―−]/gu, '-'));
}

/** Case-sensitive form for Latin names ("Meta" ≠ "meta"): only apostrophes and Arabic folded. */
export function foldName(s: string): string {
  return foldArabic(s.replace(/[’`´ʼ]/gu, "'").replace(/[‐-―−]/gu, '-'));
}

/** Key for comparing entity names across documents: case-, accent- and punctuation-insensitive. */
export function nameKey(s: string): string {
  return foldArabic(s.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('und'))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function isArabicScript(s: string): boolean {
  return /[\u0600-\u06ff]/u.test(s);
}
