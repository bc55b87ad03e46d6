/**
 * The one guard on numbers that came out of a parser (the rule extractor's number reader,
 * the LLM's JSON, anything that fills claim qualifiers): a figure of 309 digits or
 * "$1e305 billion" parses to Infinity, which the snapshot contract rejects, so one such
 * sentence used to lose every document of the build. Here a non-finite qualifier is dropped
 * from its claim with a warning naming the file and line, and the claim and the rest of the
 * build are kept. Figures past 2^53 are kept but warned about: JavaScript numbers (and JSON
 * readers) round them, so their last digits are not the article's.
 */
import type { Document, InputIssue } from './document.js';
import type { DocExtraction, ExtractedClaim } from './extraction.js';

/** Qualifiers that hold numbers. */
export const NUMERIC_QUALIFIERS = ['amount', 'amountMin', 'amountMax', 'stake', 'valuation', 'year', 'quarter', 'month'] as const;
const MONEY = ['amount', 'amountMin', 'amountMax', 'valuation'] as const;

/** Past this, integers lose digits in a double (Number.MAX_SAFE_INTEGER + 1 = 2^53). */
export const EXACT_INTEGER_LIMIT = 2 ** 53;

/** 1-based line of a character offset in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Where a claim's sentence stands: `file, line N` (JSONL documents are already `file#L<line>`). */
function whereOf(document: Document | undefined, extraction: DocExtraction, claim: ExtractedClaim): string {
  const path = document?.path ?? extraction.docKey;
  const sentence = extraction.sentences[claim.sentence];
  if (!document || !sentence || path.includes('#L')) return path;
  return `${path}:${lineAt(document.text, sentence.start)}`;
}

/**
 * Returns the extractions with every non-finite numeric qualifier removed (a range loses
 * both ends; a currency with no figure left goes too), and pushes one issue per change or
 * per figure past 2^53 onto `issues`. Pure apart from `issues`; inputs are not mutated.
 */
export function guardClaimNumbers(extractions: readonly DocExtraction[], documents: readonly Document[], issues: InputIssue[]): DocExtraction[] {
  const byKey = new Map(documents.map((d) => [d.key, d]));
  return extractions.map((extraction) => {
    let changed = false;
    const claims = extraction.claims.map((claim) => {
      const bad = NUMERIC_QUALIFIERS.filter((k) => claim[k] !== undefined && !Number.isFinite(claim[k]));
      const huge = NUMERIC_QUALIFIERS.filter((k) => Number.isFinite(claim[k]) && Math.abs(claim[k]!) >= EXACT_INTEGER_LIMIT);
      if (bad.length === 0 && huge.length === 0) return claim;
      const where = whereOf(byKey.get(extraction.docKey), extraction, claim);
      for (const k of huge) {
        issues.push({ code: 'number-rounded', where, message: `${where}: ${claim.relation} ${k} ${claim[k]} is past 2^53 and kept rounded (its last digits are not the article's); check the figure in the text.` });
      }
      if (bad.length === 0) return claim;
      changed = true;
      const fixed: ExtractedClaim = { ...claim };
      const drop = new Set<string>(bad);
      if (drop.has('amountMin') || drop.has('amountMax')) drop.add('amountMin').add('amountMax');
      for (const k of drop) delete fixed[k as keyof ExtractedClaim];
      if (fixed.currency !== undefined && MONEY.every((k) => fixed[k] === undefined)) delete fixed.currency;
      issues.push({
        code: 'number-dropped',
        where,
        message: `${where}: ${claim.relation} ${[...drop].join('/')} is too large to be a number (${bad.map((k) => `${k} ${String(claim[k])}`).join(', ')}); the figure is dropped, the fact and the rest of the build are kept.`,
      });
      return fixed;
    });
    return changed ? { ...extraction, claims } : extraction;
  });
}
