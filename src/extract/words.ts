/**
 * Word views and phrase matching over tokens. Language data lists words and phrases as
 * plain strings; this module compiles them once per pack and matches them against a
 * sentence's tokens, trying each token's clitic-stripped forms too (Arabic "لشركة" →
 * "شركة", Turkish "CEO’su" → "ceo", German "Metas" → "meta").
 */
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
}

const APOSTROPHE = /['’`]/u;
/** A clitic-stripped base must keep at least this many letters ("لـ" alone is not a word). */
const MIN_BASE_LENGTH = 2;

export function toWords(tokens: Token[], pack: LanguagePack): Word[] {
  return tokens.map((t) => toWord(t, pack));
}

export function toWord(t: Token, pack: LanguagePack): Word {
  const fold = foldWord(t.text);
  const bases = [fold];
  let stem = t.text;
  if (t.kind === 'word') {
    const apo = APOSTROPHE.exec(t.text);
    if (apo && apo.index > 0) {
      const head = t.text.slice(0, apo.index);
      const tail = foldWord(t.text.slice(apo.index + 1));
      if (pack.morphology.dropAnySuffixAfterApostrophe || pack.morphology.genitiveSuffixes.includes(`'${tail}`)) {
        stem = head;
        bases.push(foldWord(head));
      } else if (pack.morphology.elisions?.includes(foldWord(head))) {
        // French "d'OpenAI", "l'entreprise": the word is after the apostrophe.
        stem = t.text.slice(apo.index + 1);
        bases.push(tail);
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
  return { ...t, fold, bases, stem };
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
}

export class PhraseSet {
  private readonly byFirst = new Map<string, CompiledPhrase[]>();
  private readonly prefixFirst: CompiledPhrase[] = [];

  constructor(phrases: Iterable<string>) {
    for (const value of phrases) {
      const words = tokenize(value).map((t) => foldWord(t.text));
      // Keep the '*' marker glued to the word it belongs to.
      const merged: string[] = [];
      for (const w of words) {
        if (w === '*' && merged.length > 0) merged[merged.length - 1] += '*';
        else merged.push(w);
      }
      if (merged.length === 0) continue;
      const phrase = { words: merged, value };
      const first = merged[0];
      if (first.endsWith('*')) this.prefixFirst.push(phrase);
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
    let best: { length: number; value: string } | undefined;
    const candidates: CompiledPhrase[] = [...this.prefixFirst];
    for (const b of w.bases) {
      const list = this.byFirst.get(b);
      if (list) candidates.push(...list);
    }
    for (const p of candidates) {
      if (best && p.words.length <= best.length) continue;
      if (matchesAt(words, i, p.words)) best = { length: p.words.length, value: p.value };
    }
    return best;
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

export function wordMatches(w: Word, pattern: string): boolean {
  if (pattern.endsWith('*')) {
    const prefix = pattern.slice(0, -1);
    return w.bases.some((b) => b.startsWith(prefix));
  }
  return w.bases.includes(pattern);
}

const cache = new WeakMap<object, Map<string, PhraseSet>>();

/** Compiles a word list of a pack once and reuses it. */
export function phrases(pack: LanguagePack, key: string, list: readonly string[]): PhraseSet {
  let m = cache.get(pack);
  if (!m) {
    m = new Map();
    cache.set(pack, m);
  }
  let set = m.get(key);
  if (!set) {
    set = new PhraseSet(list);
    m.set(key, set);
  }
  return set;
}
