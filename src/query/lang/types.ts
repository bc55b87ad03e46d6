/**
 * What `kg ask` knows about one language: question templates per intent and the little
 * words that attach to or stand before a name. Pure data; the engine (../parse.ts,
 * ../resolve.ts) never branches on a language code. Every language has the same keys.
 */
import type { IntentId } from '../intents.js';

export interface QuestionLanguage {
  /** ISO 639-1 code. */
  code: string;
  name: string;
  /**
   * Templates per intent, tried in order. Syntax: a regular expression matched against the
   * whole question (case-insensitive, question marks and ¿¡ stripped, apostrophes folded to
   * '), where `{X}` and `{Y}` are the entity slots and a space matches any white space.
   * `{X} {Y}` (slots side by side) lets the resolver try every split of the words.
   */
  templates: Readonly<Record<IntentId, readonly string[]>>;
  /** One example question per intent, about the seeds corpus (shown in help, run in tests). */
  examples: Readonly<Record<IntentId, string>>;
  /** Clitics written onto the start of a name ("لميتا" = ل + ميتا). Longest first is not required. */
  proclitics: readonly string[];
  /** Case or possessive endings written onto a name ("Scale AI'a", "Meta's"). */
  enclitics: readonly string[];
  /** Words before a name that are not part of it ("the company", "شركة"). */
  leadingWords: readonly string[];
  /** Words after a name that are not part of it ("Meta şirketi"). */
  trailingWords: readonly string[];
}
