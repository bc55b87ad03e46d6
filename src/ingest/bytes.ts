/** Pure checks that turn the bytes of one input into text, or say why they are not text. */
import { findInvalidUtf8, lineAtByte } from './utf8.js';

/** How much of the start of a file is sampled for control characters: enough for any header, cheap on big files. */
export const BINARY_SAMPLE_BYTES = 8192;
/** Above this share of control bytes in the sample the input is binary; real text has (nearly) none. */
export const CONTROL_SHARE_LIMIT = 0.1;

export type ByteProblem =
  | { kind: 'empty' }
  | { kind: 'binary'; detail: string }
  | { kind: 'utf16' }
  | { kind: 'invalid-utf8'; offset: number; line: number };

export type DecodeResult = { ok: true; text: string } | { ok: false; problem: ByteProblem };

const UTF8_BOM = '\uFEFF';

function startsWithUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/** Control bytes that never occur in text: C0 except tab, LF, VT, FF, CR, ESC; and DEL. */
function isControlByte(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f;
}

/** Share of NUL bytes at odd (or even) offsets above which text is probably UTF-16 without a BOM. */
export const UTF16_NUL_SHARE = 0.3;

/**
 * UTF-16 without a byte-order mark: Latin text in UTF-16LE has a NUL at every odd offset,
 * UTF-16BE at every even one. Judged on the sample, so names the likely encoding.
 */
export function utf16Guess(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  const n = Math.min(bytes.length, BINARY_SAMPLE_BYTES) & ~1;
  if (n < 4) return undefined;
  let odd = 0;
  let even = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd / pairs > UTF16_NUL_SHARE && even / pairs < 0.05) return 'UTF-16LE';
  if (even / pairs > UTF16_NUL_SHARE && odd / pairs < 0.05) return 'UTF-16BE';
  return undefined;
}

/** Why the bytes look binary (a NUL byte, or many control bytes near the start), or undefined. */
export function binarySign(bytes: Uint8Array): string | undefined {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const guess = utf16Guess(bytes);
    return guess ? `NUL byte at offset ${nul}; maybe ${guess} without a byte-order mark: iconv -f ${guess} -t UTF-8` : `NUL byte at offset ${nul}`;
  }
  return controlSign(bytes);
}

/** Many control bytes near the start: a binary file whatever its NULs. */
function controlSign(bytes: Uint8Array): string | undefined {
  const sampleLength = Math.min(bytes.length, BINARY_SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < sampleLength; i++) if (isControlByte(bytes[i])) control++;
  if (sampleLength > 0 && control / sampleLength > CONTROL_SHARE_LIMIT) {
    return `${control} control bytes in the first ${sampleLength}`;
  }
  return undefined;
}

/**
 * Characters that show nothing: white space, and the zero-width and format characters
 * (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen, invisible operators, bidi marks).
 */
const INVISIBLE = /[\s\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/gu;

/** True when the text holds nothing visible: white space, zero-width characters, a BOM. */
export function isBlank(text: string): boolean {
  return text.replace(INVISIBLE, '') === '';
}

/**
 * Why a JSONL source cannot be read at all, judged on its first bytes (at least
 * BINARY_SAMPLE_BYTES of them, or the whole source when shorter): empty, UTF-16, binary.
 * Line by line decoding (decodeLines) handles everything else.
 */
export function jsonlSourceProblem(head: Uint8Array): ByteProblem | undefined {
  if (head.length === 0) return { kind: 'empty' };
  if (startsWithUtf16Bom(head)) return { kind: 'utf16' };
  const guess = utf16Guess(head);
  if (guess) return { kind: 'binary', detail: `NUL bytes throughout; maybe ${guess} without a byte-order mark: iconv -f ${guess} -t UTF-8` };
  const sign = controlSign(head);
  if (sign) return { kind: 'binary', detail: sign };
  return undefined;
}

/**
 * Whole lines of a JSONL source decoded one by one (split on LF; the piece after the last LF
 * is a line too): a line with a NUL or a byte that is not UTF-8 is left empty and reported
 * with its line number. `startByte` and `firstLine` place `bytes` in its source (a piece of a
 * large file), so offsets and line numbers are the source's.
 */
export function decodeLines(bytes: Uint8Array, startByte = 0, firstLine = 1): { lines: string[]; badLines: Array<{ line: number; problem: ByteProblem }> } {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const lines: string[] = [];
  const badLines: Array<{ line: number; problem: ByteProblem }> = [];
  let start = 0;
  for (let line = firstLine; start <= bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const slice = bytes.subarray(start, end);
    const nul = slice.indexOf(0);
    if (nul !== -1) {
      badLines.push({ line, problem: { kind: 'binary', detail: `NUL byte at offset ${startByte + start + nul}` } });
      lines.push('');
    } else {
      try {
        lines.push(decoder.decode(slice));
      } catch {
        badLines.push({ line, problem: { kind: 'invalid-utf8', offset: startByte + start + (findInvalidUtf8(slice) ?? 0), line } });
        lines.push('');
      }
    }
    start = end + 1;
  }
  return { lines, badLines };
}

/** A UTF-8 byte-order mark at the start of a text, removed. */
export function withoutBom(text: string): string {
  return text.startsWith(UTF8_BOM) ? text.slice(UTF8_BOM.length) : text;
}

/**
 * A JSONL file decoded line by line: a line with a NUL or a byte that is not UTF-8 is left
 * empty and reported with its line number; the other lines keep their numbers and load.
 */
export function decodeJsonlLines(bytes: Uint8Array): { text: string; badLines: Array<{ line: number; problem: ByteProblem }> } | { problem: ByteProblem } {
  const problem = jsonlSourceProblem(bytes.subarray(0, BINARY_SAMPLE_BYTES));
  if (problem) return { problem };
  const { lines, badLines } = decodeLines(bytes);
  const text = withoutBom(lines.join('\n'));
  if (isBlank(text) && badLines.length === 0) return { problem: { kind: 'empty' } };
  return { text, badLines };
}

/**
 * Bytes to text, strictly: UTF-16 (whose NUL bytes would otherwise read as binary), binary
 * content, and malformed UTF-8 are refused rather than decoded with U+FFFD, because replacement
 * characters would silently corrupt names and evidence. A UTF-8 BOM is removed.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, problem: { kind: 'empty' } };
  if (startsWithUtf16Bom(bytes)) return { ok: false, problem: { kind: 'utf16' } };
  const sign = binarySign(bytes);
  if (sign !== undefined) return { ok: false, problem: { kind: 'binary', detail: sign } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = findInvalidUtf8(bytes) ?? 0;
    return { ok: false, problem: { kind: 'invalid-utf8', offset, line: lineAtByte(bytes, offset) } };
  }
  if (text.startsWith(UTF8_BOM)) text = text.slice(UTF8_BOM.length);
  if (isBlank(text)) return { ok: false, problem: { kind: 'empty' } };
  return { ok: true, text };
}
