/** UTF-8 validation that says where it breaks (TextDecoder only says that it does). */

/**
 * Byte offset of the first byte that does not start a well-formed UTF-8 sequence (overlong
 * forms, surrogates and code points past U+10FFFF included, as the WHATWG decoder rejects
 * them), or undefined when all bytes are valid.
 */
export function findInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    if (i + length > n) return i;
    const second = bytes[i + 1];
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const c = bytes[i + k];
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += length;
  }
  return undefined;
}

/** 1-based line of a byte offset, counting LF bytes before it (CR-only files count as one line). */
export function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
