/** Errors of the query layer: each says what was asked and what to type instead. */
import { KgError } from '../errors.js';
import type { EntityMatch } from './types.js';

export class UnknownEntityError extends KgError {
  constructor(
    readonly query: string,
    readonly suggestions: readonly string[],
  ) {
    super('E_UNKNOWN_ENTITY', `no entity in the graph matches "${query}"`, {
      hint:
        suggestions.length > 0
          ? `Did you mean: ${suggestions.join(', ')}?`
          : 'Check the spelling, or build the graph from articles that mention it (kg build <inputs>).',
    });
  }
}

export class AmbiguousEntityError extends KgError {
  constructor(
    readonly query: string,
    readonly candidates: readonly EntityMatch[],
  ) {
    const list = candidates.map((c) => `${c.entity.name} (${c.entity.type}, ${c.entity.key})`).join('; ');
    super('E_AMBIGUOUS_ENTITY', `"${query}" could be any of: ${list}`, {
      hint: `Be more precise: use one of these names in full, e.g. "${candidates[0]?.entity.name ?? query}".`,
    });
  }
}

/** A question no form reads: says in two lines what was understood and what to try instead. */
export class UnparsedQuestionError extends KgError {
  constructor(
    readonly question: string,
    understood: string,
    suggestion: string,
  ) {
    super('E_UNPARSED_QUESTION', `kg does not guess at "${question}": ${understood}.`, { hint: suggestion });
  }
}
