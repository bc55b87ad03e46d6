/**
 * Word views and phrase matching over tokens. Language data lists words and phrases as
 * plain strings; this module compiles them once per pack and matches them against a
 * sentence's tokens, trying each token's clitic-stripped forms too (Arabic "لشركة" →
 * "شركة", Turkish "CEO’su" → "ceo", German "Metas" → "meta").
 */
import { lemmaKey } from '../lang/inflection.js';
import type { LanguagePack } from '../lang/types.js';
import { foldWord } from './normalize.js';
import { basesMatch, lemmaWordMatches, PhraseIndex, PREFIX_HEAD, type CompiledPhrase, type FormEntry } from './phrase-index.js';
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
  /** The phrase index's entry for this word's form, filled on first use (phrase-index.ts). */
  phraseForm?: FormEntry;
  /** Keys for gazetteer matching, filled on first use (lexicon/matcher.ts `nameForms`). */
  nameForms?: { text: string; stem: string; forms: string[] };
  /** What the word's text gives under its pack, shared by its occurrences (see toWord). */
  view?: WordView;
}

const APOSTROPHE = /['’`]/u;
const NO_LEMMAS: string[] = [];
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

/** What a word's text gives under a pack, whatever its position: shared by every occurrence of the text. */
export interface WordView {
  script: Token['script'];
  /** The phrase index's entry for this text, shared by its occurrences (phrase-index.ts). */
  phraseForm?: FormEntry;
  fold: string;
  bases: string[];
  stem: string;
  lemmas: string[];
  /** Gazetteer keys of the text with this view's stem, shared by its occurrences (lexicon/matcher.ts `nameForms`). */
  nameForms?: { text: string; stem: string; forms: string[] };
}

/** Distinct word texts remembered per pack; the table is emptied past this size, bounding memory. */
const VIEW_MEMO_LIMIT = 100_000;
const views = new WeakMap<LanguagePack, Record<Token['kind'], Map<string, WordView>>>();

export function toWord(t: Token, pack: LanguagePack): Word {
  // Words repeat (Zipf): a text seen before costs one look-up, not folds, regexes and lemma keys.
  let byKind = views.get(pack);
  if (byKind === undefined) views.set(pack, (byKind = { word: new Map(), number: new Map(), punct: new Map() }));
  const memo = byKind[t.kind];
  let v = memo.get(t.text);
  if (v === undefined || v.script !== t.script) {
    v = wordView(t, pack);
    if (memo.size >= VIEW_MEMO_LIMIT) memo.clear();
    memo.set(t.text, v);
  }
  // Spelled out: an object spread here costs microseconds per word (V8 slow path).
  return { text: t.text, start: t.start, end: t.end, lower: t.lower, glued: t.glued, kind: t.kind, script: t.script, fold: v.fold, bases: v.bases, stem: v.stem, lemmas: v.lemmas, phraseForm: v.phraseForm, nameForms: v.nameForms, view: v };
}

/** Fold, clitic-stripped bases, stem and lemma keys of a token's text (a pure function of text, kind, script and pack). */
function wordView(t: Token, pack: LanguagePack): WordView {
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
  // Every word meets the trigger list once, so its lemma keys are computed here, once.
  const lemmas = t.kind === 'word' ? bases.map((b) => lemmaKey(pack, b)) : NO_LEMMAS;
  return { script: t.script, fold, bases, stem, lemmas };
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

export interface PhraseSetOptions {
  /**
   * Match every inflected form of the listed words: a word matches when its lemma key equals
   * the listed word's ("wechselte" matches "wechseln"). Used for trigger words and titles.
   */
  inflect?: boolean;
  /**
   * The listed words are nouns, and the pack capitalises nouns (German): a lower-case word
   * matches none of them ("gründete" is a verb sharing its lemma key with "Gründer").
   */
  nouns?: boolean;
  /** Words that never open a phrase of the set, though a listed word inflects to them ("المؤسسة", the institution, is no founder). */
  exclude?: readonly string[];
}

/** The compiled index shared by every list of a pack; lists without a pack get one each. */
const indexes = new WeakMap<LanguagePack, PhraseIndex>();

function indexFor(pack: LanguagePack | undefined): PhraseIndex {
  if (pack === undefined) return new PhraseIndex();
  let index = indexes.get(pack);
  if (!index) {
    index = new PhraseIndex();
    indexes.set(pack, index);
  }
  return index;
}

let referenceMatching = false;

/**
 * Switches every PhraseSet to the matcher this index replaced (each list on its own, every
 * call). For the equivalence test and for bisecting a suspected matcher bug; never faster.
 */
export function useReferenceMatching(on: boolean): void {
  referenceMatching = on;
}

export class PhraseSet {
  private readonly phrases: CompiledPhrase[] = [];
  private readonly index: PhraseIndex;
  private readonly id: number;
  private readonly inflect: boolean;
  private readonly capitalNouns: boolean;
  private readonly exclude: ReadonlySet<string> | undefined;

  /** With a pack, phrases are split into words as text is ("millions d'euros" → millions, d', euros). */
  constructor(phrases: Iterable<string>, pack?: LanguagePack, options: PhraseSetOptions = {}) {
    const ip = options.inflect ? pack : undefined;
    this.inflect = ip !== undefined;
    this.capitalNouns = options.nouns === true && pack?.capitalisesNouns === true;
    this.exclude = options.exclude?.length ? new Set(options.exclude.map(foldWord)) : undefined;
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
      if (ip && !merged[0].endsWith('*')) phrase.lemmas = merged.map((w) => (w.endsWith('*') ? w : lemmaKey(ip, w)));
      this.phrases.push(phrase);
    }
    this.index = indexFor(pack);
    this.id = this.index.addSet(this.phrases);
  }

  /** The longest phrase starting at word i: its length in tokens and the phrase, or undefined. */
  match(words: readonly Word[], i: number): { length: number; value: string } | undefined {
    const w = words[i];
    if (!w) return undefined;
    if (this.capitalNouns && w.script === 'latin' && !/^\p{Lu}/u.test(w.text)) return undefined;
    if (this.exclude?.has(w.fold)) return undefined;
    if (referenceMatching) return this.matchReference(words, i);
    // Hot path (every word × every list): one array read for most words.
    const routes = this.index.routesOf(w, this.id);
    if (routes === undefined) return undefined;
    let bestLength = 0;
    let bestValue: string | undefined;
    for (let r = 0; r < routes.length; r++) {
      const route = routes[r];
      const p = route.phrase;
      const n = p.words.length;
      if (n > bestLength && (n === 1 || (route.byLemma ? matchesLemmasAt(words, i, p.lemmas!) : matchesAt(words, i, p.words)))) {
        bestLength = n;
        bestValue = p.value;
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

  /** The matcher before the compiled index: every phrase of this list whose first word could fit. */
  private matchReference(words: readonly Word[], i: number): { length: number; value: string } | undefined {
    const w = words[i];
    if (!w) return undefined;
    let bestLength = 0;
    let bestValue: string | undefined;
    const consider = (p: CompiledPhrase, ok: () => boolean) => {
      if (p.words.length > bestLength && ok()) {
        bestLength = p.words.length;
        bestValue = p.value;
      }
    };
    const prefix = this.phrases.filter((p) => p.words[0].endsWith('*'));
    for (const b of w.bases) {
      for (const p of prefix) if (p.words[0].length - 1 >= PREFIX_HEAD && p.words[0].substring(0, PREFIX_HEAD) === b.substring(0, PREFIX_HEAD)) consider(p, () => matchesAt(words, i, p.words));
    }
    for (const p of prefix) if (p.words[0].length - 1 < PREFIX_HEAD) consider(p, () => matchesAt(words, i, p.words));
    for (const b of w.bases) for (const p of this.phrases) if (p.words[0] === b) consider(p, () => matchesAt(words, i, p.words));
    if (this.inflect) {
      for (const l of w.lemmas) for (const p of this.phrases) if (p.lemmas !== undefined && p.lemmas[0] === l) consider(p, () => matchesLemmasAt(words, i, p.lemmas!));
    }
    return bestValue === undefined ? undefined : { length: bestLength, value: bestValue };
  }
}

function matchesAt(words: readonly Word[], i: number, pattern: readonly string[]): boolean {
  if (i + pattern.length > words.length) return false;
  for (let k = 0; k < pattern.length; k++) {
    if (!basesMatch(words[i + k].bases, pattern[k])) return false;
  }
  return true;
}

function matchesLemmasAt(words: readonly Word[], i: number, lemmas: readonly string[]): boolean {
  if (i + lemmas.length > words.length) return false;
  // Punctuation and digits never inflect; a word's clitic-stripped bases each get their key.
  for (let k = 0; k < lemmas.length; k++) if (!lemmaWordMatches(words[i + k], lemmas[k])) return false;
  return true;
}

export function wordMatches(w: Word, pattern: string): boolean {
  return basesMatch(w.bases, pattern);
}

const cache = new WeakMap<object, Map<string, PhraseSet>>();
/** The lists of the pack asked for last: rules ask for lists thousands of times per document, all of one pack. */
let lastPack: object | undefined;
let lastLists: Map<string, PhraseSet> | undefined;

function listsOf(pack: LanguagePack): Map<string, PhraseSet> {
  if (pack === lastPack) return lastLists!;
  let m = cache.get(pack);
  if (!m) {
    m = new Map();
    cache.set(pack, m);
  }
  lastPack = pack;
  lastLists = m;
  return m;
}

/** Like `phrases`, for a list derived from the pack: `list` runs only the first time. */
export function derivedPhrases(pack: LanguagePack, key: string, list: () => readonly string[], options?: PhraseSetOptions): PhraseSet {
  return listsOf(pack).get(key) ?? phrases(pack, key, list(), options);
}

/** Compiles a word list of a pack once and reuses it (the key names the list and its options). */
export function phrases(pack: LanguagePack, key: string, list: readonly string[], options?: PhraseSetOptions): PhraseSet {
  const m = listsOf(pack);
  let set = m.get(key);
  if (!set) {
    set = new PhraseSet(list, pack, options);
    m.set(key, set);
  }
  return set;
}

/** Every title form of the pack, matched in every inflected form ("Vorstandschefs", "directrices"). */
/**
 * Where a phrase of the set that ends right before word `end` starts, the longest of at most `maxWords` words first,
 * or -1: "consortium led by" before "Kestrel", "with" before a partner, "to" before a share.
 */
export function phraseEndingAt(words: readonly Word[], s: PhraseSet, end: number, maxWords: number): number {
  for (let j = Math.max(0, end - maxWords); j < end; j++) if (s.match(words, j)?.length === end - j) return j;
  return -1;
}

/** Longest leader phrase of a group ("Konsortium unter der Führung von"): LanguagePack.relations.leaderPhrases. */
export const LEADER_PHRASE_WORDS = 6;

/** The pack's company nouns without their article, which a preposition may have taken in ("du transporteur", "del fabricante"). */
export function bareCompanyNouns(pack: LanguagePack): PhraseSet {
  const E = pack.entities;
  return derivedPhrases(pack, '*companyNounsBare', () => E.companyNouns.map((n) => n.split(' ')).filter((p) => p.length > 1 && E.determiners.includes(p[0])).map((p) => p.slice(1).join(' ')));
}

export function titlePhrases(pack: LanguagePack): PhraseSet {
  // Looked up for every word: the compiled set is returned before any options object is built.
  return listsOf(pack).get('titles') ?? phrases(pack, 'titles', pack.titles.flatMap((t) => t.forms), { ...INFLECTED_NOUNS, exclude: pack.titleHomographs });
}

const INFLECT: PhraseSetOptions = { inflect: true };
const INFLECTED_NOUNS: PhraseSetOptions = { inflect: true, nouns: true };

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
  let apposition = -1;
  for (let k = from; k < words.length; k++) {
    const w = words[k];
    if (w.kind === 'punct' && /^[.,;:!?]$/u.test(w.text)) {
      // "neemt JDE Peet’s, het moederbedrijf van Douwe Egberts, over": an apposition to a name, closed by a comma.
      const close = w.text === ',' && apposition < 0 && k > from && /^\p{Lu}/u.test(words[k - 1].text) ? words.findIndex((x, j) => j > k && j <= k + APPOSITION_WORDS && /^[.,;:!?]$/u.test(x.text)) : -1;
      if (close < 0 || words[close].text !== ',' || words[close + 1]?.fold !== particle) return false;
      apposition = close;
      k = close;
      continue;
    }
    if (w.fold === particle) {
      const after = words[k + 1];
      if (!after || (after.kind === 'punct' && /^[.,;:!?)]$/u.test(after.text)) || next.match(words, k + 1)) return true;
      // Right after a name (or its apposition), before a lower-case word: "neemt Quillon over voor 2 miljard" (in
      // "neemt een besluit over Quillon" a name follows the word, which is a preposition there).
      const before = words[k - 1];
      if (k > from && before && (/^\p{Lu}/u.test(before.text) || k - 1 === apposition) && after.kind === 'word' && /^\p{Ll}/u.test(after.text)) return true;
    }
  }
  return false;
}

/** Words an apposition between a separable verb's object and its particle may hold. */
const APPOSITION_WORDS = 10;
