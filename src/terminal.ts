/**
 * The terminal-safe printer. Text that came from outside kg (article text, file names,
 * snapshot fields, server messages) may hold ESC sequences, CR, BEL or bidi overrides that
 * would retitle the terminal, clear the screen or draw a fake line. Every stream a command
 * prints to is wrapped here (main.ts), so no command can forget: control characters other
 * than LF and TAB come out as visible JSON-style escapes (`\u001b`, `\r`), which also keeps
 * JSON output valid JSON. kg's own progress bar writes to the unwrapped stream (`rawStream`),
 * and data for pipes (`kg export` to stdout) is written unchanged when stdout is not a terminal.
 */

/** C0 controls but LF and TAB, DEL, C1 controls, bidi embeddings/overrides/isolates, line and paragraph separators. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;
/** The same, and LF and TAB too: for text that must stay on one line (messages, names). */
const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;

function escapeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return JSON.stringify(ch).slice(1, -1);
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Escapes every control character except LF and TAB. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** Escapes every control character, LF and TAB included: the text stays one line. */
export function oneLine(text: string): string {
  return text.replace(UNSAFE_IN_LINE, escapeChar);
}

export interface WritableText {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

const RAW = Symbol('kg.rawStream');
type Wrapped = WritableText & { [RAW]?: WritableText };

/** A stream that escapes control characters in everything written to it. */
export function safeStream<S extends WritableText>(stream: S): S {
  if ((stream as Wrapped)[RAW]) return stream;
  const wrapped: Wrapped = {
    write: (chunk: string) => stream.write(typeof chunk === 'string' ? terminalSafe(chunk) : chunk),
    [RAW]: stream,
  };
  Object.defineProperty(wrapped, 'isTTY', { get: () => stream.isTTY, enumerable: true });
  return wrapped as S;
}

/** The stream under a safe wrapper: for kg's own control sequences (progress bar) and for piped data. */
export function rawStream<S extends WritableText>(stream: S): S {
  return ((stream as Wrapped)[RAW] as S | undefined) ?? stream;
}
