/** XML text helpers shared by the GraphML and GEXF writers. */

/**
 * Characters XML 1.0 forbids even when escaped: C0 controls other than tab/LF/CR, U+FFFE/U+FFFF
 * and lone surrogates. Article text scraped from the web does contain them (form feeds, stray
 * NULs), and one of them makes the whole file unreadable, so they are dropped.
 */
const ILLEGAL_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripIllegalXmlChars(text: string): string {
  return text.replace(ILLEGAL_XML_CHARS, '');
}

/** Escapes text for element content and double-quoted attribute values alike. */
export function xmlEscape(text: string): string {
  return stripIllegalXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // Attribute-value normalisation would turn raw tabs and newlines into spaces on read.
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
