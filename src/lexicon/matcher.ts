/**
 * Gazetteer matching over a sentence's words: longest alias first. Latin aliases match
 * case-sensitively ("Meta" but not Spanish "meta"); Arabic aliases match after folding
 * letter variants and stripping proclitics from the first word ("لشركة ميتا" finds ميتا).
 */
import { foldName, isArabicScript, memo } from '../extract/normalize.js';
import { tokenize } from '../extract/tokenize.js';
import type { Word } from '../extract/words.js';
import { ENTITY_TYPES, type EntityType } from '../model/types.js';
import type { Lexicon, LexiconEntry } from './schema.js';

export interface GazetteerHit {
  entry: LexiconEntry;
  /** The entry's type as the model's own constant (see `modelType`). */
  type: EntityType;
  from: number;
  to: number;
  /** The alias that matched. */
  alias: string;
  /** Characters of a proclitic glued to the first word ("ل" in "لإيلون"), not part of the name. */
  proclitic: number;
}

function procliticLength(w: Word, form: string): number {
  if (w.script !== 'arabic') return 0;
  const folded = w.bases[0];
  return folded !== form && folded.endsWith(form) ? folded.length - form.length : 0;
}

interface Alias {
  keys: string[];
  entry: LexiconEntry;
  type: EntityType;
  alias: string;
}

/** Keys of a word for name matching: its folded surface and stem (case kept), plus Arabic bases. */
export function nameForms(w: Word): string[] {
  // Every word is tried at least twice per sentence (mentions.ts), so its keys are kept on it.
  // A copy with another stem (mentions.ts tries "Metas" as "Meta") computes its own.
  const cached = w.nameForms;
  if (cached !== undefined && cached.text === w.text && cached.stem === w.stem) return cached.forms;
  const forms = [foldName(w.text)];
  const stem = foldName(w.stem);
  if (!forms.includes(stem)) forms.push(stem);
  if (w.script === 'arabic') for (const b of w.bases) if (!forms.includes(b)) forms.push(b);
  w.nameForms = { text: w.text, stem: w.stem, forms };
  // Every occurrence of the text with the same stem and bases has the same keys.
  const v = w.view;
  if (v !== undefined && v.stem === w.stem && v.bases === w.bases) v.nameForms = w.nameForms;
  return forms;
}

/** Keys an inner word of an alias must match: the folded surface, plus Arabic bases (no genitive stem). */
function innerForms(w: Word): readonly string[] {
  const surface = nameForms(w)[0];
  return w.script === 'arabic' ? [surface, ...w.bases] : [surface];
}

/**
 * Words of Latin letters only (ASCII, Latin-1 and Latin Extended-A/B, without × and ÷) with
 * single spaces between: each word is one token of one script, and folding leaves it as it
 * is, so its keys are the words themselves ("Burkina Faso", "Türkiye").
 */
const LATIN_WORDS = /^[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+(?: [A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+)*$/u;

/** The keys of an alias: its tokens, folded as nameForms folds a word (Arabic also lower-cased). */
export function tokenizedAliasKeys(alias: string): string[] {
  return tokenize(alias).map((t) => (isArabicScript(t.text) ? foldName(t.text).toLocaleLowerCase('und') : foldName(t.text)));
}

/**
 * tokenizedAliasKeys, without the tokenizer for the common alias of plain Latin words:
 * compiling the gazetteer (13,000 aliases with data/places.json) is part of every build's
 * start-up, and the tokenizer was most of it.
 */
export function aliasKeys(alias: string): string[] {
  return LATIN_WORDS.test(alias) ? alias.split(' ') : tokenizedAliasKeys(alias);
}

/**
 * The type string of the model (an internalised constant) for a lexicon entry's type, which
 * JSON.parse or a worker's structured clone makes a string of its own: rules compare mention
 * types against literals for every mention, and V8 code optimised for the constant is thrown
 * away ("wrong instance type") at the first copy it meets, then compiled again.
 */
function modelType(type: EntityType): EntityType {
  return ENTITY_TYPES.find((t) => t === type) ?? type;
}

const compiled = new WeakMap<Lexicon, Gazetteer>();

/** The gazetteer of a lexicon, compiled once and shared by every document that uses it. */
export function gazetteerFor(lexicon: Lexicon): Gazetteer {
  let g = compiled.get(lexicon);
  if (!g) {
    g = new Gazetteer(lexicon);
    compiled.set(lexicon, g);
  }
  return g;
}

export class Gazetteer {
  private readonly byFirst = new Map<string, Alias[]>();
  /** Latin aliases by their lower-cased first key: case variants of a known name ("Unicredit", "Deepmind", "SIEMENS"). */
  private readonly byFirstCaseless = new Map<string, Alias[]>();
  /** Every known name key (one word) → entries, for document-level and resolution look-ups. */
  readonly entries: readonly LexiconEntry[];

  constructor(lexicon: Lexicon) {
    this.entries = lexicon.entries;
    const seen = new Set<string>();
    for (const entry of lexicon.entries) {
      const type = modelType(entry.type);
      const forms = [entry.name, ...entry.aliases];
      // "Meta.AI" is how "Meta AI" is written as a brand or domain: one token with dots.
      for (const a of [...forms]) if (/^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)+$/u.test(a) && !isArabicScript(a)) forms.push(a.replace(/ /gu, '.'));
      // German inflects an adjective opening a name: "die Deutsche Bank", "der Deutschen Bank".
      for (const a of [...forms]) if (/^\p{Lu}\p{Ll}+e [\p{Lu}]/u.test(a)) forms.push(a.replace(/^(\S+)/u, '$1n'));
      for (const alias of forms) {
        const keys = aliasKeys(alias);
        if (keys.length === 0) continue;
        const id = keys.join(' ');
        if (seen.has(id)) continue; // the first entry with an alias wins (user lexicons come first)
        seen.add(id);
        const list = this.byFirst.get(keys[0]) ?? [];
        list.push({ keys, entry, type, alias });
        this.byFirst.set(keys[0], list);
        if (!isArabicScript(alias) && alias.length >= MIN_CASELESS_ALIAS) {
          const lower = keys.map((k) => k.toLocaleLowerCase('und'));
          const caseless = this.byFirstCaseless.get(lower[0]) ?? [];
          caseless.push({ keys: lower, entry, type, alias });
          this.byFirstCaseless.set(lower[0], caseless);
        }
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
    for (const list of this.byFirstCaseless.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  /**
   * The longest alias of `index` starting at word i, whose first key is one of `forms`. An alias
   * of several words starts only at a form `spans` allows; each later word offers the keys
   * `keysAt` gives (the last word may carry a clitic).
   */
  private longest(words: readonly Word[], i: number, index: ReadonlyMap<string, Alias[]>, forms: readonly string[], spans: (form: string) => boolean, keysAt: (w: Word, last: boolean) => readonly string[], proclitic: (form: string) => number): GazetteerHit | undefined {
    let best: GazetteerHit | undefined;
    for (const form of forms) {
      for (const a of index.get(form) ?? []) {
        if (best && a.keys.length <= best.to - best.from) continue;
        if (a.keys.length > 1 && !spans(form)) continue;
        if (i + a.keys.length > words.length) continue;
        let ok = true;
        for (let k = 1; k < a.keys.length && ok; k++) ok = keysAt(words[i + k], k === a.keys.length - 1).includes(a.keys[k]);
        if (ok) best = { entry: a.entry, type: a.type, from: i, to: i + a.keys.length, alias: a.alias, proclitic: proclitic(form) };
      }
    }
    return best;
  }

  /**
   * The longest alias starting at word i written in another case than the gazetteer's
   * ("Unicredit" for UniCredit, "Deepmind", "SIEMENS"): only for a word that begins with a
   * capital, and every word of the alias written with one too, so common words ("meta") stay words.
   */
  private caselessAt(words: readonly Word[], i: number): GazetteerHit | undefined {
    const w0 = words[i];
    if (w0.script !== 'latin' || !/^\p{Lu}/u.test(w0.text)) return undefined;
    const lower = (w: Word) => nameForms(w).map(lowerCase);
    const forms = lower(w0);
    // Most capitalised words start no alias in any case: answer before building anything more.
    if (!forms.some((f) => this.byFirstCaseless.has(f))) return undefined;
    const capitalised = /^[\p{Lu}\p{N}]/u;
    return this.longest(words, i, this.byFirstCaseless, forms, (form) => form === forms[0], (w, last) => (capitalised.test(w.text) ? (last ? lower(w) : [lower(w)[0]]) : []), () => 0);
  }

  /** The longest alias starting at word i. Inner words must match exactly; the last may carry a clitic. */
  matchAt(words: readonly Word[], i: number): GazetteerHit | undefined {
    const w0 = words[i];
    const forms = nameForms(w0);
    // Most words start no alias: answer without building anything.
    let any = false;
    for (let k = 0; k < forms.length && !any; k++) any = this.byFirst.has(forms[k]);
    if (!any) return this.caselessAt(words, i);
    // A genitive or case ending ends a name: "Meta’s AI-initiatief" is not "Meta AI".
    // Inside an alias, words must be separated as in the alias ("Meta.AI" vs "Meta AI" are different tokens anyway).
    const inner = innerForms(w0);
    const best = this.longest(words, i, this.byFirst, forms, (form) => inner.includes(form), (w, last) => (last ? nameForms(w) : innerForms(w)), (form) => procliticLength(w0, form));
    return best ?? this.caselessAt(words, i);
  }
}

/** Lower-cased name keys, memoised: the same capitalised words are tried again and again. */
const lowerCase = memo((s: string) => s.toLocaleLowerCase('und'));

/** Shortest alias matched in another case: shorter ones are too often words or acronyms of their own ("AMD" vs "Amd"). */
const MIN_CASELESS_ALIAS = 4;
