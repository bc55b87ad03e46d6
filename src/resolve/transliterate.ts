/**
 * Consonant skeletons for matching names across Arabic and Latin script: both sides are
 * reduced to the consonants they share ("زوكربيرغ" → "zkrbrg", "Zuckerberg" → "zkrbrg";
 * "إنفيديا" → "nfd", "Nvidia" → "nfd"). Vowels, and the letters Arabic uses for long
 * vowels (ا و ي ى ة), are dropped because spellings vary most there.
 */
import { foldArabic } from '../extract/normalize.js';

export { SCRIPT_MATCH_THRESHOLD } from './skeleton-index.js';
/** Skeletons shorter than this must match exactly ("mt" for ميتا / Meta). */
export const SHORT_SKELETON = 4;

const ARABIC_TO_LATIN: Record<string, string> = {
  ب: 'b', ت: 't', ث: 't', ج: 'g', ح: 'h', خ: 'k', د: 'd', ذ: 'd', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z',
  ع: '', غ: 'g', ف: 'f', ق: 'k', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ء: '', پ: 'b', چ: 'sh', ڤ: 'f', گ: 'g',
};
const ARABIC_VOWELS = new Set(['ا', 'و', 'ي', 'ى', 'ة', 'أ', 'إ', 'آ', 'ؤ', 'ئ']);

export function arabicSkeleton(s: string): string {
  let out = '';
  // A word-final ه (ة folded) writes a vowel ("إيه" = A, "نوكيه"); Latin skeletons drop a final h alike.
  for (const ch of foldArabic(s).replace(/ه(?=\s|$)/gu, '')) {
    if (ARABIC_VOWELS.has(ch)) continue;
    const m = ARABIC_TO_LATIN[ch];
    if (m !== undefined) out += m;
  }
  return squeeze(out);
}

export function latinSkeleton(s: string): string {
  const base = s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  let out = base
    .replace(/[^a-z]/gu, '')
    .replace(/ph/gu, 'f')
    .replace(/ck/gu, 'k')
    .replace(/x/gu, 'ks')
    .replace(/[cq]/gu, 'k')
    .replace(/j/gu, 'g')
    .replace(/v/gu, 'f')
    .replace(/p/gu, 'b')
    .replace(/[aeiouyw]/gu, '');
  // Arabic has no letter for a silent final "h" of Latin spellings.
  out = out.replace(/h$/u, '');
  return squeeze(out);
}

function squeeze(s: string): string {
  return s.replace(/(.)\1+/gu, '$1');
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/**
 * `levenshtein(a, b)` when it is at most `max`, else `max + 1`, computing only the band of
 * the table within `max` of its diagonal and stopping once a whole row is past `max`
 * (Ukkonen 1985): cheap for the many candidate pairs that are far apart.
 */
export function levenshteinWithin(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const far = max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j <= max ? j : far;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(b.length, i + max);
    cur[0] = i <= max ? i : far;
    if (lo > 1) cur[lo - 1] = far;
    let best = cur[0];
    for (let j = lo; j <= hi; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v > far ? far : v;
      if (cur[j] < best) best = cur[j];
    }
    if (hi < b.length) cur[hi + 1] = far;
    if (best > max) return far;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length], far);
}

/** 1 for identical strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  return n === 0 ? 0 : 1 - levenshtein(a, b) / n;
}
