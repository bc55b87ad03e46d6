/**
 * Word views and phrase matching over tokens. Language data lists words and phrases as
 * plain strings; this module compiles them once per pack and matches them against a
 * sentence's tokens, trying each token's clitic-stripped forms too (Arabic "لشركة" →
 * "شركة", Turkish "CEO’su" → "ceo", German "Metas" → "meta").
 */
import { lemmaKey } from '../lang/inflection.js';
import type { LanguagePack } from '../lang/types.js';
import { foldWord } from './normalize.js';
import { tokenize, type Token } from './tokenize.js';

export interface Word extends Token {
  /** Folded lower-case form. */
  fold: string;
  /** The folded form and its clitic-stripped variants, most specific first. */
  bases: string[];
  /** The surface without an apostrophe suffix (Turkish) or genitive ending: "Meta'nın" → "Meta". */
  stem: string;
  /** The lemma key of each base under the pack's inflection rules ("gewechselt" → "wechsel"); words only. */
  lemmas: string[];
}

const APOSTROPHE = /['’`]/u;
const NO_LEMMAS: string[] = [];
/** Letters by which prefix phrases are indexed. */
const PREFIX_HEAD = 2;
/** A clitic-stripped base must keep at least this many letters ("لـ" alone is not a word). */
const MIN_BASE_LENGTH = 2;

export function toWords(tokens: Token[], pack: LanguagePack): Word[] {
  const out: Word[] = [];
  for (const t of tokens) {
    const split = splitElision(t, pack);
    if (split) out.push(...split.map((p) => toWord(p, pack)));
    else out.push(toWord(t, pack));
  }
  return out;
}

/**
 * French "d'OpenAI", "l'entreprise", "jusqu'à": the elided article or preposition is a word
 * of its own (so "PDG d'ASML" reads as title + preposition + name, and "d'Aérolia" keeps its
 * capital). A capitalised word after a capitalised elision is a name that contains it
 * ("L'Oréal") and stays whole.
 */
function splitElision(t: Token, pack: LanguagePack): Token[] | undefined {
  const elisions = pack.morphology.elisions;
  if (t.kind !== 'word' || !elisions) return undefined;
  const apo = APOSTROPHE.exec(t.text);
  if (!apo || apo.index === 0 || apo.index === t.text.length - 1) return undefined;
  const head = t.text.slice(0, apo.index + 1);
  if (!(foldWord(head) in elisions)) return undefined;
  const rest = t.text.slice(apo.index + 1);
  if (/^\p{Lu}/u.test(head) && /^\p{Lu}/u.test(rest)) return undefined;
  const restStart = t.start + head.length;
  return [
    { ...t, text: head, end: restStart, lower: head.toLocaleLowerCase('und') },
    { ...t, text: rest, start: restStart, lower: rest.toLocaleLowerCase('und'), glued: true, script: /^[A-Za-z\u00c0-\u024f]/u.test(rest) ? 'latin' : t.script },
  ];
}

export function toWord(t: Token, pack: LanguagePack): Word {
  const fold = foldWord(t.text);
  const bases = [fold];
  let stem = t.text;
  const elided = pack.morphology.elisions?.[fold];
  if (t.kind === 'word' && elided !== undefined) {
    // An elided word split off by toWords: "d'" also reads as "de".
    if (!bases.includes(elided)) bases.push(elided);
  } else if (t.kind === 'word') {
    const apo = APOSTROPHE.exec(t.text);
    if (apo && apo.index > 0) {
      const head = t.text.slice(0, apo.index);
      const tail = foldWord(t.text.slice(apo.index + 1));
      if (pack.morphology.dropAnySuffixAfterApostrophe || pack.morphology.genitiveSuffixes.includes(`'${tail}`)) {
        stem = head;
        bases.push(foldWord(head));
      }
    } else {
      for (const g of pack.morphology.genitiveSuffixes) {
        if (!g.startsWith("'") && fold.length > g.length + 2 && fold.endsWith(g)) bases.push(fold.slice(0, -g.length));
      }
      if (t.script === 'arabic') {
        for (const b of stripProclitics(fold, pack.morphology.proclitics)) if (!bases.includes(b)) bases.push(b);
      }
    }
  }
  // Spelled out: an object spread here costs microseconds per word (V8 slow path).
  // Every word meets the trigger list once, so its lemma keys are computed here, once.
  const lemmas = t.kind === 'word' ? bases.map((b) => lemmaKey(pack, b)) : NO_LEMMAS;
  return { text: t.text, start: t.start, end: t.end, lower: t.lower, glued: t.glued, kind: t.kind, script: t.script, fold, bases, stem, lemmas };
}

/** Arabic proclitics stack (و + ب + ال): strip up to three, longest first, keeping a real word. */
export function stripProclitics(word: string, proclitics: readonly string[], depth = 3): string[] {
  const out: string[] = [];
  if (depth === 0) return out;
  for (const p of proclitics) {
    if (word.startsWith(p) && word.length - p.length >= MIN_BASE_LENGTH) {
      const rest = word.slice(p.length);
      if (!out.includes(rest)) out.push(rest);
      for (const r of stripProclitics(rest, proclitics, depth - 1)) if (!out.includes(r)) out.push(r);
    }
  }
  return out;
}

interface CompiledPhrase {
  words: string[]; // folded; a trailing '*' on a word = prefix match
  value: string; // the phrase as written in the data
  /** Lemma keys of the words (inflecting sets only; a prefix word keeps its pattern). */
  lemmas?: string[];
}

export interface PhraseSetOptions {
  /**
   * Match every inflected form of the listed words: a word matches when its lemma key equals
   * the listed word's ("wechselte" matches "wechseln"). Used for trigger words and titles.
   */
  inflect?: boolean;
}

export class PhraseSet {
  private readonly byFirst = new Map<string, CompiledPhrase[]>();
  private readonly prefixByHead = new Map<string, CompiledPhrase[]>();
  private readonly shortPrefixFirst: CompiledPhrase[] = [];
  private readonly byFirstLemma = new Map<string, CompiledPhrase[]>();
  private readonly inflectPack: LanguagePack | undefined;

  /** With a pack, phrases are split into words as text is ("millions d'euros" → millions, d', euros). */
  constructor(phrases: Iterable<string>, pack?: LanguagePack, options: PhraseSetOptions = {}) {
    this.inflectPack = options.inflect ? pack : undefined;
    for (const value of phrases) {
      const tokens = tokenize(value);
      const words = (pack ? toWords(tokens, pack) : tokens).map((t) => foldWord(t.text));
      // Keep the '*' marker glued to the word it belongs to.
      const merged: string[] = [];
      for (const w of words) {
        if (w === '*' && merged.length > 0) merged[merged.length - 1] += '*';
        else merged.push(w);
      }
      if (merged.length === 0) continue;
      const phrase: CompiledPhrase = { words: merged, value };
      const first = merged[0];
      const ip = this.inflectPack;
      if (ip && !first.endsWith('*')) {
        phrase.lemmas = merged.map((w) => (w.endsWith('*') ? w : lemmaKey(ip, w)));
        const list = this.byFirstLemma.get(phrase.lemmas[0]) ?? [];
        list.push(phrase);
        this.byFirstLemma.set(phrase.lemmas[0], list);
      }
      if (first.endsWith('*')) {
        // Prefix phrases are indexed by their first letters, so a word is checked only
        // against the prefixes it could start with.
        if (first.length - 1 >= PREFIX_HEAD) {
          const head = first.substring(0, PREFIX_HEAD);
          const list = this.prefixByHead.get(head) ?? [];
          if (!list.includes(phrase)) list.push(phrase);
          this.prefixByHead.set(head, list);
        } else this.shortPrefixFirst.push(phrase);
      }
      else {
        const list = this.byFirst.get(first) ?? [];
        list.push(phrase);
        this.byFirst.set(first, list);
      }
    }
  }

  /** The longest phrase starting at word i: its length in tokens and the phrase, or undefined. */
  match(words: readonly Word[], i: number): { length: number; value: string } | undefined {
    const w = words[i];
    if (!w) return undefined;
    // Hot path (every word × every list): no allocation unless something matches.
    let bestLength = 0;
    let bestValue: string | undefined;
    for (const b of w.bases) {
      const heads = this.prefixByHead.get(b.substring(0, PREFIX_HEAD));
      if (heads !== undefined) {
        for (const p of heads) {
          if (p.words.length > bestLength && matchesAt(words, i, p.words)) {
            bestLength = p.words.length;
            bestValue = p.value;
          }
        }
      }
    }
    for (const p of this.shortPrefixFirst) {
      if (p.words.length > bestLength && matchesAt(words, i, p.words)) {
        bestLength = p.words.length;
        bestValue = p.value;
      }
    }
    for (const b of w.bases) {
      const list = this.byFirst.get(b);
      if (list === undefined) continue;
      for (const p of list) {
        if (p.words.length > bestLength && matchesAt(words, i, p.words)) {
          bestLength = p.words.length;
          bestValue = p.value;
        }
      }
    }
    const ip = this.inflectPack;
    if (ip !== undefined) {
      for (const l of w.lemmas) {
        const list = this.byFirstLemma.get(l);
        if (list === undefined) continue;
        for (const p of list) {
          if (p.words.length > bestLength && matchesLemmasAt(words, i, p.lemmas!)) {
            bestLength = p.words.length;
            bestValue = p.value;
          }
        }
      }
    }
    return bestValue === undefined ? undefined : { length: bestLength, value: bestValue };
  }

  /** Index of the first word from `from` where a phrase starts, or -1. */
  find(words: readonly Word[], from = 0, to = words.length): number {
    for (let i = from; i < to; i++) if (this.match(words, i)) return i;
    return -1;
  }

  has(words: readonly Word[], from = 0, to = words.length): boolean {
    return this.find(words, from, to) >= 0;
  }
}

function matchesAt(words: readonly Word[], i: number, pattern: readonly string[]): boolean {
  if (i + pattern.length > words.length) return false;
  for (let k = 0; k < pattern.length; k++) {
    if (!wordMatches(words[i + k], pattern[k])) return false;
  }
  return true;
}

function matchesLemmasAt(words: readonly Word[], i: number, lemmas: readonly string[]): boolean {
  if (i + lemmas.length > words.length) return false;
  for (let k = 0; k < lemmas.length; k++) {
    const w = words[i + k];
    const p = lemmas[k];
    if (p.endsWith('*')) {
      if (!wordMatches(w, p)) return false;
      continue;
    }
    // Punctuation and digits never inflect; a word's clitic-stripped bases each get their key.
    if (w.kind !== 'word') {
      if (w.fold !== p) return false;
      continue;
    }
    if (!w.lemmas.includes(p)) return false;
  }
  return true;
}

export function wordMatches(w: Word, pattern: string): boolean {
  const bases = w.bases;
  if (pattern.charCodeAt(pattern.length - 1) === 42 /* '*' */) {
    const prefix = pattern.slice(0, -1);
    for (let k = 0; k < bases.length; k++) if (bases[k].startsWith(prefix)) return true;
    return false;
  }
  for (let k = 0; k < bases.length; k++) if (bases[k] === pattern) return true;
  return false;
}

const cache = new WeakMap<object, Map<string, PhraseSet>>();

/** Like `phrases`, for a list derived from the pack: `list` runs only the first time. */
export function derivedPhrases(pack: LanguagePack, key: string, list: () => readonly string[], options?: PhraseSetOptions): PhraseSet {
  return cache.get(pack)?.get(key) ?? phrases(pack, key, list(), options);
}

/** Compiles a word list of a pack once and reuses it (the key names the list and its options). */
export function phrases(pack: LanguagePack, key: string, list: readonly string[], options?: PhraseSetOptions): PhraseSet {
  let m = cache.get(pack);
  if (!m) {
    m = new Map();
    cache.set(pack, m);
  }
  let set = m.get(key);
  if (!set) {
    set = new PhraseSet(list, pack, options);
    m.set(key, set);
  }
  return set;
}

/** Every title form of the pack, matched in every inflected form ("Vorstandschefs", "directrices"). */
export function titlePhrases(pack: LanguagePack): PhraseSet {
  return derivedPhrases(pack, 'titles', () => pack.titles.flatMap((t) => t.forms), INFLECT);
}

const INFLECT: PhraseSetOptions = { inflect: true };

/** A trigger's forms (or all triggers' forms), matched in every inflected form. */
export function triggerPhrases(pack: LanguagePack, key: string, list: () => readonly string[]): PhraseSet {
  return derivedPhrases(pack, `trigger:${key}`, list, INFLECT);
}

/**
 * A separable verb's particle closes the clause after the verb at `from`: it stands before any
 * punctuation and is followed by the clause's end or one of `next` (a list joiner, or a
 * preposition of the verb's object: "werkt sinds 2016 samen met Y"). "Heijmans neemt
 * sectorgenoot Kiwibouw over" has it; "neemt een besluit over Quillon" does not.
 */
export function particleCloses(words: readonly Word[], particle: string, from: number, next: PhraseSet): boolean {
  for (let k = from; k < words.length; k++) {
    const w = words[k];
    if (w.kind === 'punct' && /^[.,;:!?]$/u.test(w.text)) return false;
    if (w.fold === particle) {
      const after = words[k + 1];
      if (!after || (after.kind === 'punct' && /^[.,;:!?)]$/u.test(after.text)) || next.match(words, k + 1)) return true;
    }
  }
  return false;
}
