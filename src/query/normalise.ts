/**
 * Name normalisation and edit distance for entity lookup. Script-neutral on purpose: the
 * aliases already hold each script's spelling, so matching only has to forgive case,
 * accents and diacritics (Arabic harakat and hamza seats decompose under NFKD too),
 * punctuation and spacing.
 */

// Letters that NFKD does not decompose but users type without their mark.
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ı: 'i',
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ł: 'l',
  ـ: '', // Arabic tatweel (kashida), a stretching stroke with no meaning
};
const FOLD_RE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'gu');

/** "Meta’nın", "META-nin" → "meta nin"; "Ṣcale  AI" → "scale ai"; "إنستغرام" → "انستغرام". */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(FOLD_RE, (ch) => LETTER_FOLDS[ch] ?? ch)
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions),
 * over code points so Arabic and emoji count one per character.
 */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  let prev2: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[t.length];
}
