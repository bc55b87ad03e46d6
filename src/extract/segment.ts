/**
 * segment: document text → sentences with character offsets into the original text.
 * Headlines (lines without end punctuation) are sentences of their own; white space is
 * folded in the sentence text that evidence shows, offsets keep pointing at the original.
 */
import { SEGMENTATION } from '../lang/index.js';
import type { Sentence } from '../model/extraction.js';

/** Sentence-ending punctuation (Latin and Arabic question mark). */
const END = /[.!?؟…]/;

export function foldWhiteSpace(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/gu, ' ').trim();
}

export function segment(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const lineRe = /[^\n\r\u2028\u2029]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const lineStart = m.index;
    const line = m[0];
    let from = 0;
    for (let i = 0; i < line.length; i++) {
      if (!END.test(line[i])) continue;
      // Take closing quotes and brackets with the sentence.
      let j = i + 1;
      while (j < line.length && /[.!?؟…"'”’»)\]]/u.test(line[j])) j++;
      if (j < line.length && !/\s/u.test(line[j])) continue; // "14.3", "Meta.AI", "U.S."
      if (line[i] === '.' && (isAbbreviation(line, i) || isOrdinalDate(line, i, j) || insideShortQuote(line, from, i))) continue;
      // The next sentence starts with an upper-case letter, a digit, a quote, a bullet or a non-cased script.
      const rest = line.slice(j).trimStart();
      if (rest.length > 0 && /^[\p{Ll}]/u.test(rest)) continue;
      push(sentences, text, lineStart + from, lineStart + j);
      from = j;
      i = j - 1;
    }
    push(sentences, text, lineStart + from, lineStart + line.length);
  }
  return sentences;
}

function isAbbreviation(line: string, dot: number): boolean {
  const before = /([\p{L}]+)$/u.exec(line.slice(Math.max(0, dot - 12), dot));
  if (!before) return false;
  const word = before[1];
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true; // initials: "J. Smith"
  return SEGMENTATION.abbreviations.has(word.toLowerCase());
}

/** Characters a quoted name may run on after a period inside it ("أيه. تي أند تي", "يو. إس. أيه"). */
const QUOTED_NAME_CHARS = 30;

/**
 * A period inside quotes that close soon after, with no other sentence end between, belongs to a
 * quoted name's initials: "أيه. تي أند تي" (AT&T), "تي ـــ موبايل يو. إس. أيه" (T-Mobile USA).
 */
function insideShortQuote(line: string, from: number, dot: number): boolean {
  const before = line.slice(from, dot);
  const straight = (before.match(/"/gu) ?? []).length % 2 === 1;
  const curly = Math.max(before.lastIndexOf('“'), before.lastIndexOf('«'), before.lastIndexOf('„')) > Math.max(before.lastIndexOf('”'), before.lastIndexOf('»'));
  if (!straight && !curly) return false;
  const after = line.slice(dot + 1, dot + 1 + QUOTED_NAME_CHARS);
  const close = after.search(straight ? /"/u : /[”»“]/u);
  return close > 0 && !/[!?؟…]/u.test(after.slice(0, close));
}

function isOrdinalDate(line: string, dot: number, next: number): boolean {
  if (!/(?:^|\s)\d{1,2}$/u.test(line.slice(Math.max(0, dot - 3), dot))) return false;
  const word = /^\s*(\p{L}+)/u.exec(line.slice(next));
  return word !== null && SEGMENTATION.ordinalMonths.has(word[1].toLowerCase());
}

function push(out: Sentence[], text: string, start: number, end: number): void {
  // Trim white space and bullets from the edges, keeping offsets exact.
  while (start < end && /[\s\u00a0•·\-–—*]/u.test(text[start])) start++;
  while (end > start && /[\s\u00a0]/u.test(text[end - 1])) end--;
  if (end <= start) return;
  const folded = foldWhiteSpace(text.slice(start, end));
  if (!/[\p{L}\p{N}]/u.test(folded)) return;
  out.push({ index: out.length, start, end, text: folded });
}
