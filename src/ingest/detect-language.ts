/**
 * Language detection with eld (n-gram based, offline, 60 languages), wrapped so that a guess
 * is only returned when it is worth trusting; otherwise the caller falls back to `und`.
 *
 * Size: `eld/small`. Measured on the seeds (184 lines/sentences, and 2-, 3-, 5-, 8-word
 * windows): small and medium gave identical accuracy (2 words 89.3%, 3 words 94.8%, 5 words
 * 98.6%, 8 words 100%; whole seeds 5/5, titles 5/5); large gained <1 point on 2–3 word
 * windows; extrasmall lost ~1.5 points. small loads in ~0.4 s and ~55 MB against medium's
 * ~0.7 s and ~100 MB (large: ~1.9 s, ~300 MB). Loaded lazily: runs that give --lang never pay.
 */
import { packEvidence } from './pack-evidence.js';

/** The part of an eld instance used here (eld's own typings do not export the interface). */
export interface EldDetector {
  detect(text: string): { language: string; getScores(): Record<string, number>; isReliable(): boolean };
}

/** Below this many letters eld's guesses are close to chance (2-word windows: ~89%, and confidently wrong). */
export const MIN_DETECT_LETTERS = 20;
/**
 * (best − second) / best over eld's scores. Wrong short guesses sit near 0 (it/en 0.014,
 * fa/ar 0.002) while every correct seed sentence measured ≥ 0.04.
 */
export const MIN_RELATIVE_MARGIN = 0.02;
/** eld reads only the first 1000 characters of its input, so long texts are sampled in chunks this size. */
export const DETECT_CHUNK_CHARS = 1000;
/**
 * Chunks sampled across a long text, so a boilerplate opening (a byline, a cookie notice) cannot
 * decide alone. Each chunk costs ~0.35 ms; 5 keeps a typical article near 2 ms.
 */
export const MAX_DETECT_CHUNKS = 5;

/**
 * A long text's middle chunk alone decides when eld's relative margin on it is at least this.
 * Measured on every long text of the seeds, dev, dev2 and news dev sets (72 texts over 1000
 * characters): the middle chunk named the same language as all five chunks in every case,
 * with margins from 0.069 (an Arabic seed) up; wrong guesses sit near 0.01. Below it, all
 * chunks are read as before. One chunk instead of five: ~3–4× less detection CPU.
 */
export const CONFIDENT_MIDDLE_MARGIN = 0.05;

export type DetectionOutcome =
  | { lang: string; margin: number }
  | { lang: undefined; reason: 'too-short' | 'unreliable' | 'ambiguous' };

/** Returns an ISO 639-1 code, or undefined when the text is too short or the guess unreliable. */
export type LanguageDetector = (text: string) => string | undefined;

export function countLetters(text: string): number {
  return text.replace(/\P{L}+/gu, '').length;
}

/** Stops at `min`: cheaper than counting every letter of a long article just to compare with 20. */
export function hasLetters(text: string, min: number): boolean {
  if (min <= 0) return true;
  const letter = /\p{L}/gu;
  let n = 0;
  while (letter.exec(text) !== null) if (++n >= min) return true;
  return false;
}

/** Evenly spaced chunks of at most `chunkChars`, each starting after a white space so no word is cut in front. */
export function sampleChunks(text: string, chunkChars = DETECT_CHUNK_CHARS, maxChunks = MAX_DETECT_CHUNKS): string[] {
  if (text.length <= chunkChars) return [text];
  const count = Math.min(maxChunks, Math.ceil(text.length / chunkChars));
  const lastStart = text.length - chunkChars;
  const chunks: string[] = [];
  for (let i = 0; i < count; i++) {
    let start = count === 1 ? 0 : Math.floor((i * lastStart) / (count - 1));
    if (start > 0) {
      const space = text.slice(start, start + 100).search(/\s/);
      if (space !== -1) start += space + 1;
    }
    chunks.push(text.slice(start, start + chunkChars));
  }
  return chunks;
}

/** The chunk in the middle of a long text, starting after a white space (articles open with bylines, close with notices). */
export function middleChunk(text: string, chunkChars = DETECT_CHUNK_CHARS): string {
  let start = Math.floor((text.length - chunkChars) / 2);
  const space = text.slice(start, start + 100).search(/\s/);
  if (space !== -1) start += space + 1;
  return text.slice(start, start + chunkChars);
}

/**
 * Pure over a loaded eld instance. A long text is first judged by its middle chunk alone,
 * kept when the margin there is at least CONFIDENT_MIDDLE_MARGIN; otherwise (and for short
 * texts) the scores of the reliable sampled chunks are averaged (chunks are all about
 * DETECT_CHUNK_CHARS long, so they count equally), then the leader is judged.
 */
export function detectWith(eld: EldDetector, text: string): DetectionOutcome {
  if (!hasLetters(text, MIN_DETECT_LETTERS)) return { lang: undefined, reason: 'too-short' };
  if (text.length > DETECT_CHUNK_CHARS) {
    const middle = middleChunk(text);
    if (hasLetters(middle, MIN_DETECT_LETTERS)) {
      const result = eld.detect(middle);
      if (result.language !== '' && result.isReliable()) {
        const judged = judge(new Map(Object.entries(result.getScores())));
        if (judged.lang !== undefined && judged.margin >= CONFIDENT_MIDDLE_MARGIN) return judged;
      }
    }
  }
  return detectSampled(eld, text);
}

/** Every sampled chunk of the text, scores averaged: the fallback of detectWith. */
export function detectSampled(eld: EldDetector, text: string): DetectionOutcome {
  if (!hasLetters(text, MIN_DETECT_LETTERS)) return { lang: undefined, reason: 'too-short' };
  const totals = new Map<string, number>();
  let weight = 0;
  for (const chunk of sampleChunks(text)) {
    if (!hasLetters(chunk, MIN_DETECT_LETTERS)) continue;
    const result = eld.detect(chunk);
    if (result.language === '' || !result.isReliable()) continue;
    for (const [lang, score] of Object.entries(result.getScores())) totals.set(lang, (totals.get(lang) ?? 0) + score);
    weight += 1;
  }
  if (weight === 0) return { lang: undefined, reason: 'unreliable' };
  return judge(totals);
}

/** The leader of summed scores, or ambiguous when the runner-up is within MIN_RELATIVE_MARGIN. */
function judge(totals: Map<string, number>): DetectionOutcome {
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (ranked.length === 0) return { lang: undefined, reason: 'unreliable' };
  const [best, bestScore] = ranked[0];
  const second = ranked[1]?.[1] ?? 0;
  const margin = bestScore > 0 ? (bestScore - second) / bestScore : 0;
  if (margin < MIN_RELATIVE_MARGIN) return { lang: undefined, reason: 'ambiguous' };
  return { lang: best, margin };
}

/** A text shorter than this many letters is short: eld's guess there is checked against pack evidence. */
export const SHORT_TEXT_LETTERS = 200;
/** eld's relative margin from which a guess on a short text stands without pack evidence. */
export const SURE_MARGIN = 0.1;
/** Pack evidence (words only one pack knows count 1) needed to decide a language. */
export const MIN_EVIDENCE = 1.5;

/** A language choice, how it was made, and its confidence: the relative margin of the winner over the runner-up (0–1). */
export interface LanguageChoice {
  lang: string;
  method: 'detector' | 'pack-evidence';
  confidence: number;
}

/**
 * eld's outcome, unless it is unsure — a short text, a close call or an abstention — and the
 * packs' own words point clearly elsewhere (pack-evidence.ts).
 */
export function decideLanguage(outcome: DetectionOutcome, text: string): LanguageChoice | undefined {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const sure = outcome.lang !== undefined && outcome.margin >= SURE_MARGIN && hasLetters(text, SHORT_TEXT_LETTERS);
  if (sure) return { lang: outcome.lang!, method: 'detector', confidence: round(outcome.margin) };
  const evidence = packEvidence(text);
  const [best, second] = evidence;
  if (best && best.score >= MIN_EVIDENCE) {
    const margin = (best.score - (second?.score ?? 0)) / best.score;
    if (margin >= MIN_RELATIVE_MARGIN && (outcome.lang === undefined || outcome.lang !== best.lang)) return { lang: best.lang, method: 'pack-evidence', confidence: round(margin) };
  }
  return outcome.lang === undefined ? undefined : { lang: outcome.lang, method: 'detector', confidence: round(outcome.margin) };
}

/** The detector with the choice's method and confidence, for documents. */
export type DetailedLanguageDetector = LanguageDetector & { choose?: (text: string) => LanguageChoice | undefined };

let loading: Promise<DetailedLanguageDetector> | undefined;

/** Loads the n-gram tables once per process; an own instance so nobody else's subset setting leaks in. */
export function loadLanguageDetector(): Promise<DetailedLanguageDetector> {
  loading ??= import('eld/small').then(({ eld }) => {
    const instance = eld.newInstance();
    const choose = (text: string) => decideLanguage(detectWith(instance, text), text);
    return Object.assign((text: string) => choose(text)?.lang, { choose });
  });
  return loading;
}

/** Convenience for one-off callers; ingest loads the detector once and reuses it. */
export async function detectLanguage(text: string): Promise<string | undefined> {
  return (await loadLanguageDetector())(text);
}
