/**
 * The name normaliser of the scoring rules (shared/eval/README.md, rule 1). It is part of
 * the scoring contract, so it follows the wording literally and nothing more: a possessive
 * such as "Zuckerberg’s" becomes "zuckerberg s" (the apostrophe is a non-letter), not
 * "zuckerberg".
 */

/** Tokens longer than this many letters lose a trailing `s` (plural folding). */
export const PLURAL_MIN_LETTERS = 4;

export function normalizeName(text: string): string {
  const stripped = text.normalize('NFKD').replace(/\p{M}+/gu, '');
  // JS has no case-fold primitive. After NFKD (which already maps ſ, ϐ, ligatures and
  // the dot of İ), lower-casing differs from Unicode full case folding only in ß and the
  // final sigma, which toLowerCase picks by position; both are mapped by hand. Dotless ı
  // stays ı, as in CaseFolding.txt.
  const folded = stripped.toLowerCase().replace(/ß/g, 'ss').replace(/ς/g, 'σ');
  const spaced = folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (spaced === '') return '';
  return spaced
    .split(' ')
    .map((token) => ([...token].length >= PLURAL_MIN_LETTERS && token.endsWith('s') ? token.slice(0, -1) : token))
    .join(' ');
}
