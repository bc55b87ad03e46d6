/**
 * Folding used for matching words and names (not for display): case, Arabic letter
 * variants and diacritics, apostrophe shapes.
 */

const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/gu; // harakat, Quranic marks, tatweel

const HAS_ARABIC = /[\u0600-\u06ff]/u;
const PLAIN_ASCII = /^[\x20-\x7e]*$/u;

export function foldArabic(s: string): string {
  if (!HAS_ARABIC.test(s)) return s;
  return s
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/ى/gu, 'ي')
    .replace(/ة/gu, 'ه')
    .replace(/ؤ/gu, 'و')
    .replace(/ئ/gu, 'ي');
}

/** Lower-case, fold apostrophes and dashes, fold Arabic variants. */
/**
 * Words repeat (Zipf), so folding is memoised; the tables are emptied when they grow past
 * MEMO_LIMIT to bound memory on large corpora.
 */
const MEMO_LIMIT = 100_000;
export function memo(fn: (s: string) => string): (s: string) => string {
  let table = new Map<string, string>();
  return (s: string) => {
    let v = table.get(s);
    if (v === undefined) {
      if (table.size >= MEMO_LIMIT) table = new Map();
      v = fn(s);
      table.set(s, v);
    }
    return v;
  };
}

export const foldWord = memo(function foldWord(s: string): string {
  // Hot path: most words are plain ASCII.
  if (PLAIN_ASCII.test(s)) return s.toLowerCase().replace(/`/gu, "'");
  // Turkish dotted capital "İ" lower-cases to "i" plus a combining dot; its fold is the plain "i" pack lists use ("İtalyan" = "italyan").
  return foldArabic(s.replace(/İ/gu, 'i').toLowerCase().replace(/[’`´ʼ]/gu, "'").replace(/[‐-―−]/gu, '-'));
});

/** Case-sensitive form for Latin names ("Meta" ≠ "meta"): only apostrophes and Arabic folded. */
export const foldName = memo(function foldName(s: string): string {
  if (PLAIN_ASCII.test(s)) return s.replace(/`/gu, "'");
  return foldArabic(s.replace(/[’`´ʼ]/gu, "'").replace(/[‐-―−]/gu, '-'));
});

/** Key for comparing entity names across documents: case-, accent- and punctuation-insensitive. */
export const nameKey = memo(function nameKey(s: string): string {
  return foldArabic(s.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('und'))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
});

export function isArabicScript(s: string): boolean {
  return /[\u0600-\u06ff]/u.test(s);
}
