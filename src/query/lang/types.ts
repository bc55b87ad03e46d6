/**
 * What `kg ask` knows about one language: question templates per intent and the little
 * words that attach to or stand before a name. Pure data; the engine (../parse.ts,
 * ../resolve.ts) never branches on a language code. Every language has the same keys.
 */
import type { Relation } from '../../model/types.js';
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
  /**
   * How a year stands in a question, longest first: regular expressions like the templates,
   * with `{N}` for the year ("in {N}", "im Jahr {N}", "{N}'te"). The phrase is taken out
   * before templates are matched, so "Wie viel will Meta 2025 ausgeben" names Meta.
   */
  yearPhrases: readonly string[];
  /** Words an amount may stand after ("for", "für"): taken out with the amount. */
  amountWords: readonly string[];
  /** How answers are written in this language. */
  words: AnswerWords;
}

/** Text of answers and entity cards in one language; `{n}`, `{x}`, `{y}` are filled in. */
export interface AnswerWords {
  /** Group headings: `out` when the entity is the subject, `in` when it is the object. */
  relations: Readonly<Record<Relation, { out: string; in: string }>>;
  /** "{n} sources" by plural category (Intl.PluralRules of the language); `other` is required. */
  sources: PluralText;
  documents: PluralText;
  steps: PluralText;
  sourcesDisagree: string;
  interim: string;
  /** "(joined {x})": the unit a person joined. */
  via: string;
  /** "(part of {x})". */
  partOf: string;
  yearNotStated: string;
  /** Said when the graph holds no fact that answers the question. */
  none: string;
  /** Heading of "what connects X and Y". */
  connection: string;
  path: string;
  /** "Path {n} of {y}". */
  pathOf: string;
  and: string;
  /** "{x} stake" (x a percentage). */
  stake: string;
  /** "valued at {x}". */
  valuedAt: string;
  /** "in {n}" (a year). */
  inYear: string;
  aliases: string;
  /** "Mentions: {n} in {x} articles; facts cite {y}." */
  mentions: string;
  noFacts: string;
  /** "other" aliases not placed in a language. */
  other: string;
  /** How a fact that no claim asserts is shown, never as done: "denied or negated, not a fact". */
  status: StatusText;
  /** The same, short, beside one claim's sentence: "denied or negated", "in talks or rumoured". */
  claimStatus: StatusText;
  /** A role no longer held: "former". */
  former: string;
  /** "former since {x}": the date its end was first reported. */
  formerSince: string;
  /** A role fact that ended, on entity cards: "ended"; "ended {x}". */
  ended: string;
  endedAt: string;
  /** A joint deal beside one claim: "jointly: {x}" (the members), "together {x}" (the group's amount). */
  jointly: string;
  together: string;
  /** Spending already made, not a plan. */
  actual: string;
  /** A quarter of a year: "Q{n}". */
  quarter: string;
}

/** One text per claim status other than asserted. */
export type StatusText = Readonly<Record<'negated' | 'possible' | 'reported_talks' | 'planned', string>>;

export type PluralText = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;
