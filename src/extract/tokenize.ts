/**
 * A regex tokenizer with offsets (tens of MB/s; no Intl.Segmenter per word). Words keep
 * inner apostrophes ("Meta'nın") and inner dots between letters ("Meta.AI"); numbers keep
 * their grouping and decimal marks ("1.300.000", "14,3", Arabic "٣٨٫٤" with U+066B); a change of script splits a
 * word ("وxAI" → "و", "xAI").
 */

export interface Token {
  text: string;
  start: number; // document offsets
  end: number;
  lower: string;
  /** No white space between this token and the previous one ("US-Dollar": "-" and "Dollar"). */
  glued: boolean;
  kind: 'word' | 'number' | 'punct';
  script: 'latin' | 'arabic' | 'other' | 'none';
}

const TOKEN_RE =
  /([\p{N}]+(?:[.,'’\u066c][\p{N}]{3}(?![\p{N}]))*(?:[.,\u066b][\p{N}]+)?)|([\p{L}\p{M}\p{N}_]+(?:['’`][\p{L}\p{M}]+|\.(?=[\p{L}]{2})[\p{L}\p{M}]+)*)|[^\s\p{L}\p{M}\p{N}]/gu;

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
const LATIN = /[A-Za-z\u00c0-\u024f\u1e00-\u1eff]/u;

function scriptOf(ch: string): Token['script'] {
  // Hot path: a plain ASCII letter.
  const c = ch.charCodeAt(0) | 0x20;
  if (ch.length === 1 && c >= 0x61 && c <= 0x7a) return 'latin';
  if (ARABIC.test(ch)) return 'arabic';
  if (LATIN.test(ch)) return 'latin';
  if (/[\p{L}]/u.test(ch)) return 'other';
  return 'none';
}

export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(offset, end);
  TOKEN_RE.lastIndex = 0;
  let prevEnd = -1;
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    const raw = m[0];
    const start = offset + m.index;
    // The alternatives say the kind: digits first is a number (alternation takes the first
    // that fits), a run of letters is a word unless it holds no letter at all ("__").
    const isNumber = m[1] !== undefined;
    const isWord = m[2] !== undefined && (raw.charCodeAt(0) !== 0x5f /* _ */ || /[\p{L}\p{M}]/u.test(raw));
    if (isWord) {
      for (const piece of splitScripts(raw)) {
        const s = start + piece.index;
        tokens.push(makeToken(piece.text, s, prevEnd, /^\p{N}/u.test(piece.text) ? 'number' : undefined));
        prevEnd = s + piece.text.length;
      }
      continue;
    }
    tokens.push(makeToken(raw, start, prevEnd, isNumber ? 'number' : 'punct'));
    prevEnd = start + raw.length;
  }
  return tokens;
}

function makeToken(text: string, start: number, prevEnd: number, kind?: Token['kind']): Token {
  const firstLetter = kind === 'number' || kind === 'punct' ? '' : firstLetterOf(text);
  return {
    text,
    start,
    end: start + text.length,
    lower: text.toLowerCase(),
    glued: prevEnd === start,
    kind: kind ?? 'word',
    script: scriptOf(firstLetter),
  };
}

const LETTER = /[\p{L}]/u;

function firstLetterOf(text: string): string {
  const c = text.charCodeAt(0) | 0x20;
  if (c >= 0x61 && c <= 0x7a) return text[0];
  return LETTER.exec(text)?.[0] ?? '';
}

/**
 * The ARABIC and LATIN classes above by code unit, for the per-letter scan of splitScripts (a
 * regex per letter cost 10% of extraction on Arabic text); undefined for any other letter or mark.
 */
function scriptOfCode(c: number): 'latin' | 'arabic' | undefined {
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? 'latin' : undefined;
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0x8a0 && c <= 0x8ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) return 'arabic';
  if ((c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) return 'latin';
  return undefined;
}

const ASCII = /^[\x00-\x7f]*$/u;

/** An Arabic proclitic glued to a number: "و58" in "ما بين 52 و58 مليار" is "و" + "58". */
const ARABIC_CLITIC_NUMBER = /^([\u0600-\u06ff]{1,2})(\p{N}+)$/u;

function splitScripts(word: string): Array<{ text: string; index: number }> {
  if (ASCII.test(word)) return [{ text: word, index: 0 }];
  const clitic = ARABIC_CLITIC_NUMBER.exec(word);
  if (clitic) return [{ text: clitic[1], index: 0 }, { text: clitic[2], index: clitic[1].length }];
  const out: Array<{ text: string; index: number }> = [];
  let from = 0;
  let current: Token['script'] | undefined;
  for (let i = 0; i < word.length; i++) {
    const s = scriptOfCode(word.charCodeAt(i));
    if (s === undefined) continue;
    if (current !== undefined && s !== current) {
      out.push({ text: word.slice(from, i), index: from });
      from = i;
    }
    current = s;
  }
  out.push({ text: word.slice(from), index: from });
  return out;
}
