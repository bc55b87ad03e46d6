/**
 * Lemma keys: one key for every inflected form of a word, from suffix and prefix rules that
 * are data in the language pack (`morphology.inflection`). "wechseln", "wechselte" and
 * "gewechselt" all key to "wechsel"; "supplying", "supplies", "supplied" to "supply".
 *
 * A key is not a dictionary lemma, only a shared stem (the approach of the Snowball and
 * Porter stemmers, https://snowballstem.org/): both the pack's trigger and title forms and
 * the words of the text go through the same rules, so what matters is that the forms of one
 * word meet, not that the key is a word. Irregular forms are listed in the pack
 * ("bought" → "buy", "übernahm" → "übernehm").
 */
import { dictionary } from './tables.js';
import type { LanguagePack } from './types.js';

export interface InflectionRules {
  /** Endings stripped to reach the key, each with its replacement (`"ies": "y"`); the longest that fits is used. */
  suffixes: Record<string, string>;
  /** Prefixes stripped, longest first (German and Dutch participle "ge-", Arabic imperfective "ي", "ت", "سي"). */
  prefixes: string[];
  /** A prefix goes only with an ending ("ge-…-t" is a participle, "Gewinn" is not): true for participle prefixes. */
  prefixNeedsSuffix: boolean;
  /** Letters a key keeps at least; a word that would fall below keeps its ending. */
  minStem: number;
  /** Rounds of ending stripping, for languages that stack suffixes (Turkish "yatırımlarını"). */
  rounds: number;
  /** Dutch spelling doubles a vowel in closed syllables ("investeer" / "investeren"): fold "ee" to "e". */
  collapseDoubleVowels?: boolean;
  /** Forms the rules cannot reach → the key of their lemma ("bought": "buy", "übernahm": "übernehmen"). */
  irregular: Record<string, string>;
  /**
   * Words that have no inflected forms to share: nouns and names whose letters look like a
   * trigger verb's ("fonds" is no form of "fonder", "قال" no form of "أقال", "March" no form of
   * "marchar"). Their key is the word itself, marked so that it equals no lemma's key.
   */
  invariable?: readonly string[];
}

const MARKS = /\p{M}/gu;
const DOUBLE_VOWEL = /([aeiou])\1/gu;
/** Memo tables are emptied past this size, bounding memory on large corpora. */
const MEMO_LIMIT = 50_000;

interface Compiled {
  suffixes: [string, string][];
  prefixes: string[];
  rules: InflectionRules;
  memo: Map<string, string>;
  invariable: ReadonlySet<string>;
}

const compiled = new WeakMap<LanguagePack, Compiled>();

function compile(pack: LanguagePack): Compiled {
  let c = compiled.get(pack);
  if (!c) {
    const rules = pack.morphology.inflection;
    c = {
      rules,
      // Longest ending first, so "ieron" wins over "on".
      // Endings are compared without accents, like the words ("ünü" is met as "unu").
      suffixes: Object.entries(rules.suffixes)
        .map(([end, repl]): [string, string] => [stripMarks(end), stripMarks(repl)])
        .sort((a, b) => b[0].length - a[0].length),
      prefixes: [...rules.prefixes].sort((a, b) => b.length - a.length),
      memo: new Map(),
      invariable: new Set(rules.invariable ?? []),
    };
    compiled.set(pack, c);
  }
  return c;
}

/**
 * The lemma key of one folded word (lower case, as `foldWord` gives it) under the pack's
 * rules: combining marks dropped, an irregular form mapped, then up to `rounds` endings
 * stripped (each keeping `minStem` letters), then a participle prefix where an ending went.
 * Pure and memoised per pack. Words of digits or punctuation come back unchanged.
 */
export function lemmaKey(pack: LanguagePack, fold: string): string {
  const c = compile(pack);
  let key = c.memo.get(fold);
  if (key !== undefined) return key;
  if (c.memo.size >= MEMO_LIMIT) c.memo.clear();
  key = computeKey(c, fold);
  c.memo.set(fold, key);
  return key;
}

function computeKey(c: Compiled, fold: string): string {
  const { rules } = c;
  if (c.invariable.has(fold)) return `=${fold}`;
  const irregular = rules.irregular[fold];
  if (irregular !== undefined) return irregularKey(c, irregular);
  // Turkish ı has no decomposition and stays; accents elsewhere are dropped ("racheté" = "rachete").
  let w = stripMarks(fold);
  if (w.length <= rules.minStem) return finish(c, w);
  let stripped = false;
  for (let round = 0; round < rules.rounds; round++) {
    const before = w;
    for (const [end, repl] of c.suffixes) {
      if (w.length - end.length + repl.length >= rules.minStem && w.endsWith(end)) {
        w = w.slice(0, w.length - end.length) + repl;
        stripped = true;
        break;
      }
    }
    if (w === before) break;
  }
  if (stripped || !rules.prefixNeedsSuffix) {
    for (const p of c.prefixes) {
      if (w.startsWith(p) && w.length - p.length >= rules.minStem) {
        w = w.slice(p.length);
        break;
      }
    }
  }
  return finish(c, w);
}

/** An irregular form's lemma goes through the rules like any word ("bought" → "buy" → "buy"). */
function irregularKey(c: Compiled, lemma: string): string {
  const rules = { ...c.rules, irregular: dictionary<string>() };
  return computeKey({ ...c, rules }, lemma);
}

function stripMarks(s: string): string {
  return s.normalize('NFKD').replace(MARKS, '');
}

function finish(c: Compiled, w: string): string {
  return c.rules.collapseDoubleVowels ? w.replace(DOUBLE_VOWEL, '$1') : w;
}
