/** Pure text helpers: line ends, titles, content keys. */
import { createHash } from 'node:crypto';
import type { InputFormat } from './formats.js';

/** Titles are labels in listings and the viewer; a first "line" longer than this is a paragraph, not a headline. */
export const TITLE_MAX_CHARS = 200;

/** Hex digits of sha256 kept in a document key: 64 bits, collision-free for any corpus this tool will see. */
export const DOC_KEY_HEX_DIGITS = 16;

/**
 * Line ends are normalised to LF (CRLF and lone CR alike). Chosen over keeping them as stored
 * so that later stages split lines on one character, and so that the same article saved on
 * Windows and on Unix has one content hash (one document). Consequence: evidence offsets refer
 * to Document.text, not to the bytes of the file (which also differ by a removed BOM).
 */
export function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

const MARKDOWN_HEADING_OPEN = /^#{1,6}(?=\s|$)/;
const MARKDOWN_HEADING_CLOSE = /\s+#+$/;

function cleanLine(line: string, format: InputFormat): string {
  let s = line.replace(/\s+/g, ' ').trim();
  if (format === 'markdown') s = s.replace(MARKDOWN_HEADING_OPEN, '').replace(MARKDOWN_HEADING_CLOSE, '').trim();
  return s;
}

/** Cuts at a word boundary when one is near, never inside a surrogate pair, and marks the cut with an ellipsis. */
export function truncateTitle(title: string, max = TITLE_MAX_CHARS): string {
  if (title.length <= max) return title;
  let cut = max - 1;
  const space = title.lastIndexOf(' ', cut);
  if (space > max * 0.6) cut = space;
  else if (/[\uDC00-\uDFFF]/.test(title[cut] ?? '')) cut -= 1;
  return `${title.slice(0, cut).trimEnd()}…`;
}

/** First non-empty line, white space folded, `#` heading markers removed for Markdown; '' if there is none. */
export function titleOf(text: string, format: InputFormat): string {
  for (const line of text.split('\n')) {
    const cleaned = cleanLine(line, format);
    if (cleaned !== '') return truncateTitle(cleaned);
  }
  return '';
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function documentKey(sha256: string): string {
  return `doc:${sha256.slice(0, DOC_KEY_HEX_DIGITS)}`;
}
