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

/** Why the bytes look binary (a NUL byte, or many control bytes near the start), or undefined. */
export function binarySign(bytes: Uint8Array): string | undefined {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return `NUL byte at offset ${nul}`;
  const sampleLength = Math.min(bytes.length, BINARY_SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < sampleLength; i++) if (isControlByte(bytes[i])) control++;
  if (sampleLength > 0 && control / sampleLength > CONTROL_SHARE_LIMIT) {
    return `${control} control bytes in the first ${sampleLength}`;
  }
  return undefined;
}

/** True when the text holds nothing but white space (a BOM alone counts as nothing). */
export function isBlank(text: string): boolean {
  return text.replace(UTF8_BOM, '').trim() === '';
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
