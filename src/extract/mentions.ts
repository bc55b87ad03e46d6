/**
 * recognise (entities): sentence words → entity mentions, in tiers: gazetteer; cue patterns
 * of the language (company nouns, titles, org suffixes, model nouns); then a capitalisation
 * fallback for Latin script that needs more than a capital letter in languages that
 * capitalise every noun. Each mention records the id of the rule that made it.
 */
import type { LanguagePack, TriggerEntry } from '../lang/types.js';
import type { Gazetteer } from '../lexicon/matcher.js';
import type { Lexicon } from '../lexicon/schema.js';
import { RELATION_SPECS, type EntityType } from '../model/types.js';
import { foldArabic, foldWord } from './normalize.js';
import { endingTest } from './endings.js';
import { bareCompanyNouns, derivedPhrases, LEADER_PHRASE_WORDS, particleCloses, phraseEndingAt, phrases, titlePhrases, triggerPhrases, type PhraseSet, type Word } from './words.js';

export interface RawMention {
  from: number; // word range in the sentence
  to: number;
  type: EntityType;
  /** Name for resolution: clitics stripped ("Meta'nın" → "Meta"). */
  name: string;
  canonical?: string;
  ruleId: string;
  /** Gazetteer or strong cue: may override weaker overlapping mentions. */
  strength: number;
  /** Characters of a glued proclitic at the start of the first word, outside the mention's span. */
  proclitic?: number;
  /** A gazetteer name that is also a common word, accepted here with support. */
  ambiguous?: boolean;
}

/** Longest run of capitalised words taken as one name ("Jason Droege", "Goldman Sachs"). */
const MAX_NAME_WORDS = 4;
/** Words between "as" and the title of the post a person is named to ("as the company's senior vice president"). */
const ROLE_AS_WORDS = 3;
/** Description words (adjectives of origin, trade) that may stand between an Arabic company noun's description and a quoted name. */
const ARABIC_DESCRIPTION_WORDS = 3;
/** Connectors allowed inside a capitalised name ("Ursula von der Leyen", "Banco de España"). */
/** Words of a name in quotes, where a script without capitals marks names by quoting them. */
const MAX_QUOTED_WORDS = 6;
/** Marks a quoted name may hold: periods of initials, dashes, tatweel, "&". */
const QUOTED_NAME_MARKS = /^[.\-–&ـ]+$/u;

/** Words inside the brackets that spell out an acronym before them ("BIM (Bagatelle Investissement et Management)"). */
const MAX_EXPANSION_WORDS = 8;

/** Words of the country or region after a known company that names its affiliate ("BAE Systems North America"). */
const AFFILIATE_PLACE_WORDS = 2;

const NAME_CONNECTORS = new Set(['von', 'van', 'der', 'de', 'den', 'del', 'la', 'le', 'du', 'bin', 'al', 'el', 'di', 'da', 'do', 'dos', '&', 'of']);

/** Connectors that, after a person's surname, introduce the person's organisation ("Peter Schiefer von Infineon"). */
const EMPLOYER_CONNECTORS = new Set(['von', 'van', 'of']);

/** Words an object's description may take after its article before the company noun ("den Friedrichshafener Motorenhersteller"). */
const DESCRIPTION_WORDS = 3;
/** Words of a time adverbial between a verb and its object ("übernahm im Mai das …", "kauft nun auch die …"). */
const ADVERBIAL_WORDS = 3;
/** Adjectives of origin between a company noun and its name ("la compagnie aérienne scandinave Dorta"). */
const POSTNOMINAL_ADJECTIVES = 2;
/** Words from a title to the comma before the name it is apposed to ("le président de cette dernière, Arezki Idjerouidène"). */
const TITLE_APPOSITION_REACH = 5;
/** Longest argument preposition of a trigger ("dans le capital de"). */
const MULTIWORD_PREP_WORDS = 4;
/** Words of a title before one of its inner words ("Yönetim Kurulu Başkanı"). */
const TITLE_INSIDE_REACH = 3;
/** Words of a bracket after a sentence-opening name, before its predicate ("Agrial (Caen, 14) continue …"). */
const OPENING_BRACKET_WORDS = 5;
/** A word in capitals only: an English title ("CEO", which a German noun never is), a country code after a hyphen ("Invest-NL"). */
const ALL_CAPS = /^\p{Lu}{2,}$/u;

/** Share of capitalised long words above which a sentence is a title-case headline. */
const TITLE_CASE_SHARE = 0.6;
/** Fewer long words than this cannot tell a headline from a short sentence full of names. */
const TITLE_CASE_MIN_WORDS = 3;

const STRENGTH = { gazetteer: 3, cue: 2, fallback: 1 } as const;

export interface RecogniseContext {
  pack: LanguagePack;
  gazetteer: Gazetteer;
  lexicon: Lexicon;
  /**
   * Folds of the words the document writes in lower case somewhere. A capital that opens a
   * sentence says nothing of a word; the same word in lower case elsewhere says it is a common one.
   */
  lowerCaseWords?: ReadonlySet<string>;
}

export function isCapitalised(w: Word): boolean {
  if (w.kind !== 'word' || w.script !== 'latin') return false;
  const c = w.text[0];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Stopword sets per pack, folded once (they are consulted for every word). */
const stopSets = new WeakMap<LanguagePack, ReadonlySet<string>>();
export function stopwordsOf(pack: LanguagePack): ReadonlySet<string> {
  let s = stopSets.get(pack);
  if (!s) {
    // Month names are never names of their own ("Temmuz ayı içerisinde", "im Juli").
    s = new Set([...pack.entities.stopwords, ...Object.keys(pack.time.months)].map(foldWord));
    stopSets.set(pack, s);
  }
  return s;
}

/** Acronyms of three to six capitals ("IAG", "CNMV"); two letters are as often agencies and abbreviations ("AA", "EU"), longer all-caps words shouting. */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]{2,5}$/u;

/** A known name of two to four capitals that may head a longer name ("LG Chem", "CMA CGM", "SK Hynix"). */
const ACRONYM_HEAD = /^\p{Lu}[\p{Lu}\p{N}]{1,3}$/u;

/** CamelCase, inner capitals or digits mark a brand even in German ("OpenAI", "xAI", "H100"). */
function brandShape(w: Word): boolean {
  if (w.script !== 'latin') return false;
  const tail = w.stem.slice(1);
  if (tail === tail.toLowerCase()) return false; // fast path: no capital after the first letter
  return /\p{Ll}\p{Lu}/u.test(w.stem) || /^\p{Lu}{2,}\p{Ll}/u.test(w.stem);
}

/** How many words before its parenthesis the long form of an abbreviation may start. */
const ABBREVIATION_REACH = 4;

/**
 * A parenthesised short form of the words before it is an abbreviation of a phrase, no name:
 * "Siliziumkarbid-Chips (SiC)", "large language models (LLMs)". Its letters appear in order in
 * the long form, the first one starting a word (Schwartz & Hearst 2003, "A simple algorithm for
 * identifying abbreviation definitions in biomedical text"). A long form holding a name is that
 * name's alias and is left to the name rules.
 */
function abbreviatesPhrase(words: readonly Word[], i: number, taken: readonly boolean[]): boolean {
  if (i < 2 || words[i - 1].text !== '(' || words[i + 1]?.text !== ')') return false;
  const short = words[i].stem.toLowerCase().replace(/s$/, '');
  const start = Math.max(0, i - 1 - ABBREVIATION_REACH);
  const long: string[] = [];
  for (let k = start; k < i - 1; k++) {
    if (taken[k]) return false;
    long.push(words[k].text.toLowerCase());
  }
  const text = long.join(' ');
  // Match the short form right to left, as the algorithm does; its first letter must open a word.
  let p = text.length - 1;
  for (let c = short.length - 1; c >= 0; c--) {
    const ch = short[c];
    while (p >= 0 && (text[p] !== ch || (c === 0 && p > 0 && /[\p{L}\p{N}]/u.test(text[p - 1])))) p--;
    if (p < 0) return false;
    p--;
  }
  return true;
}

/** How far before a name the trigger of its slot may start (trigger, preposition, article). */
const SLOT_REACH = 5;

interface ArgumentSlot {
  type: EntityType;
  phrases: ReturnType<typeof phrases>;
}

const slotCache = new WeakMap<LanguagePack, ArgumentSlot[]>();

/**
 * Phrases after which a name fills one argument of one type: a trigger followed by its
 * object preposition (or directly by its object when it has none), for triggers whose
 * object can only be an organisation or only a person.
 */
function argumentSlots(pack: LanguagePack): ArgumentSlot[] {
  const cached = slotCache.get(pack);
  if (cached) return cached;
  const byType = new Map<EntityType, string[]>();
  for (const t of nameTriggers(pack)) {
    if (t.anaphoric || t.object === 'before') continue;
    const spec = RELATION_SPECS[t.relation];
    const objectTypes = t.reversed ? spec.from : spec.to;
    // A slot that takes a person and nothing else types a person; one that takes an organisation and no person
    // ("moederbedrijf van X": an organisation or a product) types an organisation.
    const type: EntityType | undefined = objectTypes.length === 1 && objectTypes[0] === 'Person' ? 'Person' : objectTypes.includes('Organization') && !objectTypes.includes('Person') ? 'Organization' : undefined;
    if (type === undefined) continue;
    const list = byType.get(type) ?? [];
    for (const f of t.forms) {
      if (f.includes('*')) continue;
      if (t.objectPreps?.length) for (const p of t.objectPreps) list.push(`${f} ${p}`);
      else list.push(f);
    }
    byType.set(type, list);
  }
  const out = [...byType].map(([type, list]) => ({ type, phrases: phrases(pack, `slot:${type}`, list, { inflect: true }) }));
  slotCache.set(pack, out);
  return out;
}

/** Words a separable verb may stand before the name right before its closing particle ("lijfde vorig jaar Sanoma in"). */
const SEPARABLE_OBJECT_REACH = 6;
/** Words of a German name in apposition to a title ("Timotheus Höttges, CEO der …"): a given name and one or two surnames. */
const MAX_APPOSED_NAME_WORDS = 3;
/** Letters above which a word in capitals opening a sentence is a dateline's place, not a company acronym. */
const DATELINE_MIN = 5;
/** Words between an auxiliary and the participle that ends its clause ("heeft Quillon vorig jaar overgenomen"). */
const FINAL_PARTICIPLE_REACH = 6;
/** Lower-case words a sentence's opening name may be from the trigger of its predicate: "Kalvon has completed its acquisition of …". */
const SUBJECT_PREDICATE_REACH = 6;
/** Words of a relative clause set off by commas after a sentence's opening name ("Kalvon, which makes pumps, said …"). */
const RELATIVE_CLAUSE_WORDS = 12;
/** Words a ticker's bracket may hold: an exchange, a colon, a symbol with its suffix ("NYSE : ACM", "005930 . KS"). */
const TICKER_WORDS = 6;
/** An exchange's name or code before the colon ("NYSE", "Nasdaq", "BME"). */
const EXCHANGE = /^\p{Lu}[\p{L}]{1,7}$/u;
/** A ticker symbol: capitals or digits ("ACM", "NVDA", "BRK", "005930"). */
const SYMBOL = /^[\p{Lu}\d]{1,6}$/u;

/**
 * Index of the ")" closing a stock ticker opened at `open`, or -1: "(NYSE:ACM)", "(Nasdaq: NVDA)",
 * "(005930.KS)". An exchange and a colon, or a symbol with a dotted market suffix.
 */
function tickerClose(words: readonly Word[], open: number): number {
  let close = -1;
  for (let k = open + 1; k < Math.min(words.length, open + 2 + TICKER_WORDS); k++) if (words[k].text === ')') { close = k; break; }
  if (close < 0) return -1;
  const inside = words.slice(open + 1, close).map((w) => w.text);
  const colon = inside.indexOf(':');
  if (colon === 1 && EXCHANGE.test(inside[0]) && inside.length >= 3 && SYMBOL.test(inside[2]) && inside.slice(3).every((t) => t === '.' || SYMBOL.test(t))) return close;
  if (inside.length === 3 && SYMBOL.test(inside[0]) && /\d/u.test(inside[0]) && inside[1] === '.' && /^\p{Lu}{1,3}$/u.test(inside[2])) return close;
  return -1;
}

/** A capitalised trigger is a noun (German "Übernahme"), not the verb a subject stands before. */
const RELATION_NOUN = /^\p{Lu}/u;

const OPEN_QUOTE = /^[«"“„]$/u;

/** Punctuation after which a word opens a sentence, a quotation or a parenthesis: its capital says nothing. */
const OPENING_PUNCT = /^[:"„“«(–—.!?]$/u;

/** Word k opens its sentence or follows opening punctuation. */
export function opensSentence(words: readonly Word[], k: number): boolean {
  return k === 0 || OPENING_PUNCT.test(words[k - 1].text);
}
const CLOSE_QUOTE = /^[»"”“]$/u;

interface CompiledTriggers {
  /** Separable verbs with their particle and what may follow it. */
  separable: Array<{ forms: PhraseSet; particle: string; particleNext: PhraseSet }>;
  /** Their particles. */
  particles: ReadonlySet<string>;
  /** Argument prepositions of several words ("dans le capital de", "au capital de"), of every trigger. */
  multiWordPreps: PhraseSet;
  /** Triggers with argument prepositions, for the slot a lone name may fill. */
  withPreps: Array<{ forms: PhraseSet; preps: PhraseSet }>;
}

const compiledTriggerCache = new WeakMap<LanguagePack, CompiledTriggers>();

/**
 * Triggers that vouch for a name beside them: not the round verbs, whose forms ("led",
 * "joined") say nothing about the word before them without their round noun.
 */
function nameTriggers(pack: LanguagePack): readonly TriggerEntry[] {
  return pack.relations.triggers.filter((t) => !t.roundObject);
}

/** The pack's triggers compiled once for name recognition (looked up per candidate word). */
function triggersOf(pack: LanguagePack): CompiledTriggers {
  let c = compiledTriggerCache.get(pack);
  if (!c) {
    const forms = (t: TriggerEntry) => triggerPhrases(pack, `${t.relation}:${t.id}`, () => t.forms);
    c = {
      separable: nameTriggers(pack)
        .filter((t) => t.particle !== undefined)
        .map((t) => ({ forms: forms(t), particle: t.particle!, particleNext: phrases(pack, `particleNext:${t.relation}:${t.id}`, [...pack.relations.listJoiners, ...(t.objectPreps ?? [])]) })),
      particles: new Set(nameTriggers(pack).flatMap((t) => (t.particle === undefined ? [] : [t.particle]))),
      multiWordPreps: phrases(pack, 'multiWordPreps', nameTriggers(pack).flatMap((t) => [...(t.objectPreps ?? []), ...(t.subjectPreps ?? [])]).filter((p) => p.includes(' '))),
      withPreps: nameTriggers(pack)
        .filter((t) => t.objectPreps?.length || t.subjectPreps?.length)
        .map((t) => ({ forms: forms(t), preps: phrases(pack, `preps-of:${t.relation}:${t.id}`, [...(t.objectPreps ?? []), ...(t.subjectPreps ?? [])]) })),
    };
    compiledTriggerCache.set(pack, c);
  }
  return c;
}

/** One-word verb forms of DEVELOPS triggers that no other relation's trigger has ("released", "lancé", "vorgestellt"). */
function productVerbs(pack: LanguagePack): ReturnType<typeof phrases> {
  return triggerPhrases(pack, '*product-verbs', () => {
    const other = new Set(pack.relations.triggers.filter((t) => t.relation !== 'DEVELOPS').flatMap((t) => t.forms));
    return pack.relations.triggers.filter((t) => t.relation === 'DEVELOPS' && !t.reversed && !t.noun).flatMap((t) => t.forms).filter((f) => !f.includes(' ') && !f.endsWith('*') && !other.has(f));
  });
}

/** Every trigger form but those of separable verbs, which are triggers only with their particle. */
function plainTriggers(pack: LanguagePack): ReturnType<typeof phrases> {
  return triggerPhrases(pack, '*plain', () => nameTriggers(pack).filter((t) => t.particle === undefined).flatMap((t) => t.forms));
}

/** Trigger forms written as the tail of a compound ("-Mutter", "-owned", "-dochter"). */
/** The forms of the raising verbs (the reversed INVESTED_IN triggers: "raised", "sammelt", "haalt … op"), for name and round rules. */
export function raisingVerbs(pack: LanguagePack): ReturnType<typeof phrases> {
  return triggerPhrases(pack, 'raisingVerbs', () => pack.relations.triggers.filter((t) => t.relation === 'INVESTED_IN' && t.reversed).flatMap((t) => t.forms));
}

function compoundTriggers(pack: LanguagePack): ReturnType<typeof phrases> {
  return triggerPhrases(pack, '*compound', () => nameTriggers(pack).flatMap((t) => t.forms.filter((f) => f.startsWith('-'))));
}

/** Relation nouns an apposition may open with: noun triggers and the subsidiary nouns of ownership ("filiale", "subsidiary", "dochter"). */
function nounTriggerForms(pack: LanguagePack): ReturnType<typeof phrases> {
  return triggerPhrases(pack, '*appositive-noun', () =>
    nameTriggers(pack).filter((t) => t.noun === true || (t.relation === 'OWNS' && t.reversed === true)).flatMap((t) => t.forms.filter((f) => !f.startsWith('-'))));
}

/** Compound tails whose head is most often a kind of product, not a name: "Mobilfunk-Anbieter", "Chip-Hersteller" (DEVELOPS, SUPPLIES). */
function categoryCompounds(pack: LanguagePack): ReturnType<typeof phrases> {
  return triggerPhrases(pack, '*category-compound', () =>
    nameTriggers(pack).filter((t) => t.relation === 'DEVELOPS' || t.relation === 'SUPPLIES').flatMap((t) => t.forms.filter((f) => f.startsWith('-'))));
}

/** How many words before a relation's preposition its trigger may stand ("invests €1.5bn in"). */
const RELATION_ARGUMENT_REACH = 8;

const prepCache = new WeakMap<LanguagePack, ReturnType<typeof phrases>>();

/** Every preposition that introduces a relation's argument in the pack (objects, subjects, agents, parties). */
function relationPreps(pack: LanguagePack): ReturnType<typeof phrases> {
  let s = prepCache.get(pack);
  if (!s) {
    const list = new Set<string>([...pack.relations.passiveAgents, ...pack.relations.betweenPreps]);
    for (const t of nameTriggers(pack)) for (const p of [...(t.objectPreps ?? []), ...(t.subjectPreps ?? [])]) list.add(p);
    s = phrases(pack, 'relationPreps', [...list]);
    prepCache.set(pack, s);
  }
  return s;
}

const packWords = new WeakMap<LanguagePack, ReadonlySet<string>>();

/** Unit, currency, scale, topic, title and goods words of a pack, folded: acronyms that name nothing ("GW", "USD", "AI", "CEO", "GPU"). */
function packWordSet(pack: LanguagePack): ReadonlySet<string> {
  let s = packWords.get(pack);
  if (!s) {
    const n = pack.numbers;
    s = new Set([...Object.keys(n.scales), ...Object.keys(n.currencies), ...Object.keys(n.powerUnits), ...Object.keys(pack.entities.labTopics), ...pack.titles.flatMap((t) => t.forms), ...pack.relations.suppliedGoods.map((g) => g.replace(/\*$/u, ''))].map(foldWord));
    packWords.set(pack, s);
  }
  return s;
}

const legalWordCache = new WeakMap<LanguagePack, ReadonlySet<string>>();

/** One-word legal forms of a pack, without a final period ("Ltd", "Co", "GmbH"). */
function legalFormWords(pack: LanguagePack): ReadonlySet<string> {
  let s = legalWordCache.get(pack);
  if (!s) {
    s = new Set(pack.entities.legalForms.map((f) => f.replace(/\.$/u, '')).filter((f) => !/[\s.,&]/u.test(f)));
    legalWordCache.set(pack, s);
  }
  return s;
}

/** What recogniseEntities derives from a pack's entity lists, built once per pack rather than per sentence. */
interface EntityTables {
  orgSuffixes: ReadonlySet<string>;
  /** Organisation suffixes in capitals, as an all-caps name writes them ("HOLDİNG"). */
  shoutedSuffixes: ReadonlySet<string>;
  companyHeadWords: ReadonlySet<string>;
  /** First words of the pack's multi-word anaphors, unfolded ("the", "het", "la"). */
  articles: ReadonlySet<string>;
  patronymics: ReadonlySet<string>;
  openers: ReadonlySet<string>;
  endsInCompanyHead: (fold: string) => boolean;
  endsInCommonNounSuffix: (fold: string) => boolean;
  endsInNounEnding: (fold: string) => boolean;
}

const entityTableCache = new WeakMap<LanguagePack, EntityTables>();

/** Whether a word ends in a company head noun; where nouns inflect for case (pack morphology.nounCaseEndings), in an inflected one too ("des Mobilfunk-Anbieters"). */
function companyHeadTest(pack: LanguagePack): (fold: string) => boolean {
  const test = endingTest(pack.entities.companyHeads, 0);
  const endings = pack.morphology.nounCaseEndings;
  if (endings.length === 0) return test;
  return (fold) => test(fold) || endings.some((e) => fold.length > e.length && fold.endsWith(e) && test(fold.slice(0, -e.length)));
}

function entityTables(pack: LanguagePack): EntityTables {
  let t = entityTableCache.get(pack);
  if (!t) {
    const E = pack.entities;
    t = {
      orgSuffixes: new Set(E.orgSuffixes),
      shoutedSuffixes: new Set(E.orgSuffixes.map((x) => x.toLocaleUpperCase(pack.code))),
      companyHeadWords: new Set(E.companyHeads),
      articles: new Set(E.orgAnaphors.map((a) => a.split(' ')).filter((p) => p.length > 1).map((p) => p[0])),
      patronymics: new Set(E.patronymics.map(foldWord)),
      openers: new Set(E.compoundNameOpeners.map(foldWord)),
      endsInCompanyHead: companyHeadTest(pack),
      // "w.fold.length > s.length + 2": at least three letters before the suffix.
      endsInCommonNounSuffix: endingTest(E.commonNounSuffixes, 3),
      endsInNounEnding: endingTest(E.nounEndings, 3),
    };
    entityTableCache.set(pack, t);
  }
  return t;
}

/** Upper-case forms of stems, per language (toLocaleUpperCase is slow and stems repeat). */
const upperMemo = new Map<string, Map<string, string>>();
const UPPER_MEMO_LIMIT = 50_000;
function upperOf(stem: string, code: string): string {
  let m = upperMemo.get(code);
  if (m === undefined) upperMemo.set(code, (m = new Map()));
  let v = m.get(stem);
  if (v === undefined) {
    v = stem.toLocaleUpperCase(code);
    if (m.size >= UPPER_MEMO_LIMIT) m.clear();
    m.set(stem, v);
  }
  return v;
}

const dottedCache = new WeakMap<LanguagePack, ReadonlySet<string>>();

/** Legal forms written with dots between letters, as their letters ("S.A." → "SA", "A.Ş." → "AŞ"). */
function dottedLegalFormsOf(pack: LanguagePack): ReadonlySet<string> {
  let s = dottedCache.get(pack);
  if (!s) {
    s = new Set([...pack.entities.legalForms, ...pack.entities.orgSuffixes].filter((f) => /^(?:\p{L}{1,2}\.)+\p{L}{0,2}\.?$/u.test(f)).map((f) => f.replace(/\./gu, '')));
    dottedCache.set(pack, s);
  }
  return s;
}

/** Lower-case words up to this length may stand in a heading ("over", "von", "and"). */
const HEADING_FUNCTION_WORD = 4;

/** End (exclusive) of a title-case heading at the start of the sentence, or 0. */
export function headingSpan(words: readonly Word[], stop: ReadonlySet<string>): number {
  const colon = words.findIndex((w) => w.text === ':');
  const last = words[words.length - 1]?.text;
  const end = colon > 0 ? colon : last === '?' || last === '!' ? words.length - 1 : last !== undefined && !/^[.…"”»)]$/u.test(last) ? words.length : -1;
  if (end <= 0) return 0;
  // Short function words stay lower case in headings ("Inzichten over Toekomstige AI").
  let capitals = 0;
  let lower = 0;
  for (let k = 0; k < end; k++) {
    const w = words[k];
    if (w.kind !== 'word' || w.glued) continue;
    if (/^\p{Lu}/u.test(w.text)) capitals++;
    else if (w.text.length > HEADING_FUNCTION_WORD && !stop.has(w.fold)) lower++;
  }
  return capitals >= 2 && lower === 0 ? end : 0;
}

/** Lower-case words a complement may hold between a company noun and its name ("de servicios tecnológicos"). */
const COMPLEMENT_WORDS = 3;

/** Longest company noun before a place name that makes it a company's name ("la compagnie aérienne" is three words). */
const COMPANY_NOUN_WORDS = 3;

/** Modifiers a description in apposition may hold between its article and its head ("an Austin-based battery startup": Austin, -, based, battery). */
const APPOSITION_MODIFIERS = 5;

/** Words of a complement after an apposition's head before the punctuation that closes it ("ein Batteriehersteller aus Austin,"). */
const APPOSITION_COMPLEMENT = 4;

/** Words of a person's name that a title in apposition bounds in a script without capitals ("آر. سوبرامانياكومار" is three tokens). */
const APPOSED_NAME_WORDS = 4;

/** Words a naming word may stand after its product noun or product ("its own ChatGPT rival, dubbed Zentra"). */
const NAMED_PRODUCT_REACH = 2;

export function recogniseEntities(words: readonly Word[], ctx: RecogniseContext): RawMention[] {
  const { pack, gazetteer, lexicon } = ctx;
  const E = pack.entities;
  const out: RawMention[] = [];
  const taken = new Array<boolean>(words.length).fill(false);
  const stop = stopwordsOf(pack);
  const titles = titlePhrases(pack);
  const leaders = phrases(pack, 'leaderPhrases', pack.relations.leaderPhrases);
  const listJoinerSet = phrases(pack, 'listJoiners', pack.relations.listJoiners);
  const personTitles = phrases(pack, 'personTitles', E.personTitles);
  const honorifics = phrases(pack, 'honorifics', E.honorifics);
  const companyNouns = phrases(pack, 'companyNouns', E.companyNouns);
  const determiners = phrases(pack, 'determiners', E.determiners);
  const tables = entityTables(pack);
  const { orgSuffixes, shoutedSuffixes } = tables;
  /** An organisation suffix as written, or in capitals in an all-caps name ("ORRIN ROBOTICS", "IŞIKLAR HOLDİNG"). */
  const isOrgSuffix = (w: Word): boolean => orgSuffixes.has(w.stem) || (w.stem.length > 1 && shoutedSuffixes.has(w.stem) && w.stem === upperOf(w.stem, pack.code));
  const singleLegalForms = legalFormWords(pack);
  const dottedLegalForms = dottedLegalFormsOf(pack);
  const productNouns = phrases(pack, 'productNouns', E.productNouns);
  const examples = phrases(pack, 'examples', pack.relations.examples);
  const titleOrgPreps = phrases(pack, 'titleOrgPreps', pack.titleOrgPreps);
  const functions = phrases(pack, 'titleFunctions', pack.titleFunctions);
  const possessivePronouns = phrases(pack, 'possessivePronouns', pack.relations.possessivePronouns);
  /** An acronym ("IAG", "CNMV") that is no unit, currency or topic word of the pack ("GW", "USD", "AI"). */
  const notNames = packWordSet(pack);
  const looksLikeBrand = (w: Word): boolean => (brandShape(w) || (w.script === 'latin' && ACRONYM.test(w.stem))) && !notNames.has(w.fold) && !stop.has(w.fold);
  const isLowerWord = (w: Word | undefined): boolean => w !== undefined && w.kind === 'word' && /^\p{Ll}/u.test(w.text) && !stop.has(w.fold);
  /** A complement between a noun and its name: "la empresa de ciberseguridad Nexia", "la société d'ingénierie X". */
  // "el grupo vasco de servicios tecnológicos Ibermática": up to COMPLEMENT_WORDS lower-case words. Returns the words to skip, 0 if none.
  const complementLength = (j: number): number => {
    if (pack.script !== 'latin' || titleOrgPreps.match(words, j) === undefined) return 0;
    let k = j + 1;
    while (k < words.length && k - j <= COMPLEMENT_WORDS && isLowerWord(words[k])) k++;
    return k > j + 1 && words[k] !== undefined && isCapitalised(words[k]) ? k - j : 0;
  };

  /**
   * Adjectives of origin after a company noun and before a capitalised name ("l'armateur marseillais Kalvon",
   * "la compagnie aérienne scandinave Dorta"): how many words, at most POSTNOMINAL_ADJECTIVES; 0 when no name follows.
   */
  const adjectiveEnding = endingTest(E.postnominalAdjectiveEndings, 3);
  const originAdjectives = (j: number): number => {
    if (E.postnominalAdjectiveEndings.length === 0) return 0;
    let k = j;
    while (k < words.length && k - j < POSTNOMINAL_ADJECTIVES && isLowerWord(words[k]) && !stop.has(words[k].fold) && adjectiveEnding(words[k].fold)) k++;
    return k > j && words[k] !== undefined && isCapitalised(words[k]) && !stop.has(words[k].fold) ? k - j : 0;
  };

  /** "investeerder", "techinvesteerder", "Großinvestor": a holder noun, or a compound ending in one. */
  const holderNounAt = (k: number): boolean =>
    phrases(pack, 'holderNouns', pack.relations.holderNouns).match(words, k)?.length === 1 || (pack.script === 'latin' && endingTest(pack.relations.holderNouns, 3)(words[k].fold));
  /** Word k is a part of a stock symbol with its exchange glued on by a hyphen: "NTR-T", "ACM-N" (2–5 capitals, then 1–2). */
  const inTicker = (k: number): boolean => {
    const part = (x: Word | undefined, min: number, max: number) => x !== undefined && x.kind === 'word' && x.text.length >= min && x.text.length <= max && /^\p{Lu}+$/u.test(x.text);
    const dash = (x: Word | undefined) => x !== undefined && x.text === '-' && x.glued;
    return (part(words[k], 2, 5) && dash(words[k + 1]) && words[k + 2]?.glued === true && part(words[k + 2], 1, 2) && !(words[k + 3]?.glued)) ||
      (part(words[k], 1, 2) && words[k].glued && dash(words[k - 1]) && part(words[k - 2], 2, 5) && !(words[k + 1]?.glued));
  };
  const add = (m: RawMention): void => {
    for (let k = m.from; k < m.to; k++) if (taken[k]) return;
    // A legal form or a company word left over after a name names no company ("PNC Financial Services Group Inc." → no "Inc");
    // standing alone it may ("la compagnie aérienne SAS").
    if (m.to - m.from === 1 && m.type === 'Organization' && m.ruleId !== 'gazetteer' && isOrgSuffix(words[m.from]) && m.from > 0 && (taken[m.from - 1] || isCapitalised(words[m.from - 1]))) return;
    // A stock symbol after a name ("Nutrien Ltd. NTR-T", "Acme Corp ACM-N") is an attribute of the company, never one.
    if (m.to - m.from === 1 && m.type === 'Organization' && m.ruleId !== 'gazetteer' && inTicker(m.from)) return;
    // An honorific alone ("M. Salle", "Sir Richard") names no company, whatever rule found it.
    if (m.to - m.from === 1 && m.type === 'Organization' && m.ruleId !== 'gazetteer' && honorifics.match(words, m.from)?.length === 1) return;
    // An investor or shareholder may be a person: "techinvesteerder Sam Altman", "the investor Jane Roe" (a given name and a surname).
    if (m.type === 'Organization' && (m.ruleId.endsWith('.entity.company-cue') || m.ruleId.endsWith('.entity.company-head')) && m.to - m.from >= 2 && m.from > 0 &&
      lexicon.givenNames.latin.has(words[m.from].stem) && !isOrgSuffix(words[m.to - 1]) && holderNounAt(m.from - 1)) m = { ...m, type: 'Person' };
    for (let k = m.from; k < m.to; k++) taken[k] = true;
    out.push(m);
  };
  const surface = (from: number, to: number): string => {
    const parts: string[] = [];
    for (let k = from; k < to; k++) {
      const w = words[k];
      const text = k === to - 1 ? w.stem : w.text;
      parts.push(k > from && !w.glued ? ` ${text}` : text);
    }
    return parts.join('');
  };

  // Tier 0: a stock ticker in brackets is an attribute of the company before it, never an entity
  // ("Acme Corp (NYSE:ACM)", "(Nasdaq: NVDA)", "(005930.KS)"); the run of capitals before it is a company.
  //   entity.ticker  "Acme Corp (NYSE:ACM) bought …" → Acme Corp; NYSE and ACM are no mentions
  for (let i = 0; i < words.length; i++) {
    if (words[i].text !== '(') continue;
    const close = tickerClose(words, i);
    if (close < 0) continue;
    for (let k = i; k <= close; k++) taken[k] = true;
    let from = i;
    while (from > 0 && i - from < MAX_NAME_WORDS && isCapitalised(words[from - 1]) && !stop.has(words[from - 1].fold)) from--;
    if (from < i && gazetteer.matchAt(words, from) === undefined) add({ from, to: i, type: 'Organization', name: surface(from, i), ruleId: `${pack.code}.entity.ticker`, strength: STRENGTH.cue });
    i = close;
  }

  const expansions: Array<{ acronym: number; from: number; to: number }> = [];
  // Tier 0': an acronym's spelled-out form in brackets after it ("BIM (Bagatelle Investissement et Management)") is the
  // same name again, no organisation of its own: its words are taken.
  //   entity.expansion  "la société BIM (Bagatelle Investissement et Management), qui détient …" → BIM only
  for (let i = 0; i + 3 < words.length; i++) {
    if (!ACRONYM.test(words[i].stem) || words[i + 1].text !== '(') continue;
    let close = i + 2;
    while (close < words.length && close - i - 2 <= MAX_EXPANSION_WORDS && words[close].text !== ')') close++;
    if (words[close]?.text !== ')' || close - i - 2 > MAX_EXPANSION_WORDS) continue;
    const initials = words.slice(i + 2, close).filter((w) => w.kind === 'word' && isCapitalised(w)).map((w) => w.text[0].toUpperCase()).join('');
    if (initials !== words[i].stem.toUpperCase()) continue;
    for (let k = i + 1; k <= close; k++) taken[k] = true;
    expansions.push({ acronym: i, from: i + 2, to: close });
    i = close;
  }

  // Tier 1: gazetteer.
  for (let i = 0; i < words.length; i++) {
    // matchAt is a pure function of the words (genitiveHit puts back the word it tries): asked once.
    const direct = gazetteer.matchAt(words, i);
    const genitive = direct ? undefined : genitiveHit(i);
    const hit = genitive?.hit ?? direct;
    if (!hit) continue;
    if (hit.entry.ambiguous && hit.to - hit.from === 1 && words[i].script === 'latin' && !ambiguousAccepted(i)) continue;
    // "كريم بن صالح": a one-word name before a patronymic opens a person's name, whatever company it also names.
    if (hit.entry.ambiguous && hit.to - hit.from === 1 && words[hit.to] !== undefined && tables.patronymics.has(words[hit.to].fold)) continue;
    if (hit.entry.type === 'Location' && placeIsOtherName(hit.from, hit.to)) continue;
    // "Greg Abbott", "Michael Dell": a one-word company name after a given name is a person's surname.
    if (hit.type === 'Organization' && hit.to - hit.from === 1 && afterGivenName(hit.from)) continue;
    // "عبد الكريم" (Abdulkarim): the word after a compound name's opener is the name's, no company ("كريم").
    if (hit.from > 0 && tables.openers.has(words[hit.from - 1].fold)) continue;
    // "Air France-KLM": a known name glued by a hyphen to an acronym or brand is a longer name.
    const glue = words[hit.to];
    const glued = glue?.text === '-' && glue.glued && words[hit.to + 1]?.glued === true && words[hit.to + 2]?.text !== '-' && looksLikeBrand(words[hit.to + 1]) && !titles.match(words, hit.to + 1);
    // A place name inside a longer capitalised name is part of that name: "Air France", "Banco de España".
    const from = hit.type === 'Location' ? (glued ? gluedPrefix(i) : namePrefix(i)) : i;
    // "CMA CGM", "LG Energy Solution", "SK Hynix": a known short acronym followed by more of a
    // name is a longer name, not the acronym's entity. Where every noun is capitalised only
    // another acronym or a brand shape continues it ("SAP Aktie" is no name).
    const continues = (k: number): boolean => {
      const w = words[k];
      return w !== undefined && !w.glued && w.kind === 'word' && !stop.has(w.fold) && !packWordSet(pack).has(w.fold) && !titles.match(words, k) &&
        (ACRONYM.test(w.stem) || looksLikeBrand(w) || (!pack.capitalisesNouns && isCapitalised(w) && !orgSuffixes.has(w.stem)));
    };
    // An acronym with a case or derivational ending ("ABD’li") ends where it is written.
    if (hit.to - hit.from === 1 && ACRONYM_HEAD.test(words[i].stem) && words[i].script === 'latin' && words[i].stem === words[i].text && continues(hit.to)) {
      let to = hit.to + 1;
      while (to < words.length && to - i < MAX_NAME_WORDS && continues(to)) to++;
      if (to < words.length && orgSuffixes.has(words[to].stem)) to++;
      add({ from: i, to, type: 'Organization', name: surface(i, to), ruleId: `${pack.code}.entity.acronym-run`, strength: STRENGTH.cue });
      i = to - 1;
      continue;
    }
    // "Petkim Petrokimya Holding", "Kalvon Energy Solutions Ltd": a known organisation opening a run of capitalised
    // words that ends in a company suffix is that longer legal name, where only names are capitalised.
    if (hit.type === 'Organization' && pack.script === 'latin' && !pack.capitalisesNouns && continues(hit.to)) {
      let to = hit.to;
      while (to < words.length && to - i < MAX_NAME_WORDS && continues(to) && !gazetteer.matchAt(words, to) && dottedLegalEnd(to) === undefined) to++;
      const dotted = to > hit.to ? dottedLegalEnd(to) : undefined;
      if (dotted !== undefined || (to > hit.to && words[to] !== undefined && !words[to].glued && isOrgSuffix(words[to]) && !(words[to + 1]?.text === '-' && words[to + 1].glued))) {
        const end = dotted ?? legalTail(to + 1);
        add({ from: i, to: end, type: 'Organization', name: surface(i, end), ruleId: `${pack.code}.entity.known-name-legal`, strength: STRENGTH.cue });
        i = end - 1;
        continue;
      }
    }
    // "Salesforce Ventures", "BNP Paribas Développement", "Ford Otosan": a known organisation followed by one
    // capitalised word no list knows names a unit or affiliate of its own, where only names are capitalised.
    const unitWord = (k: number): boolean => continues(k) || (words[k] !== undefined && !words[k].glued && orgSuffixes.has(words[k].stem) && !singleLegalForms.has(words[k].stem));
    // A legal form written with dots is no unit word: "Arçelik A.Ş." is Arçelik itself (legalTail below).
    if (hit.type === 'Organization' && pack.script === 'latin' && !pack.capitalisesNouns && unitWord(hit.to) && !ACRONYM.test(words[hit.to].stem) && dottedLegalEnd(hit.to) === undefined &&
      !gazetteer.matchAt(words, hit.to) && !unitWord(hit.to + 1) && !(words[hit.to + 1]?.text === '-' && words[hit.to + 1].glued)) {
      add({ from: i, to: hit.to + 1, type: 'Organization', name: surface(i, hit.to + 1), ruleId: `${pack.code}.entity.known-name-run`, strength: STRENGTH.cue });
      i = hit.to;
      continue;
    }
    // "Ford Romanya", "Shell Nederland", "BAE Systems North America": a known company followed by a bare country or region
    // name, with no case ending and no name after it, is that company's national affiliate.
    //   entity.affiliate  "Ford Otosan, Ford Romanya hisselerinin tamamını satın alacak" → Ford Romanya
    // Not after a case ending: "SOCAR’ın Türkiye iştiraki" is SOCAR's Turkish subsidiary.
    // The country may carry a genitive: "Ford Romanya’nın hisseleri" (Ford Romania's shares), not a locative ("Ford Romanya’da").
    const placeWord = words[hit.to];
    const placeEndingOk = placeWord !== undefined && (placeWord.stem === placeWord.text || (pack.morphology.genitiveCase.length > 0 && pack.morphology.genitiveCase.some((g) => placeWord.text.endsWith(g)) && placeWord.text.slice(placeWord.stem.length).length <= 4));
    if (hit.type === 'Organization' && pack.script === 'latin' && !pack.capitalisesNouns && placeWord !== undefined && !placeWord.glued && placeEndingOk && words[hit.to - 1].stem === words[hit.to - 1].text) {
      const place = gazetteer.matchAt(words, hit.to);
      const after = place ? words[place.to] : undefined;
      if (place && place.type === 'Location' && place.to - place.from <= AFFILIATE_PLACE_WORDS && !(after !== undefined && !after.glued && isCapitalised(after))) {
        add({ from: i, to: place.to, type: 'Organization', name: surface(i, place.to), ruleId: `${pack.code}.entity.affiliate`, strength: STRENGTH.cue });
        i = place.to - 1;
        continue;
      }
    }
    if (glued || from < i) {
      const to = glued ? hit.to + 2 : hit.to;
      add({ from, to, type: 'Organization', name: surface(from, to), ruleId: `${pack.code}.entity.capitalised-run`, strength: STRENGTH.cue });
      i = to - 1;
      continue;
    }
    const end = hit.type === 'Organization' ? legalTail(hit.to) : hit.to;
    add({ from: hit.from, to: end, type: hit.type, name: genitive?.name ?? surface(hit.from, end).slice(hit.proclitic), canonical: hit.entry.name, ruleId: 'gazetteer', strength: STRENGTH.gazetteer, proclitic: hit.proclitic, ...(hit.entry.ambiguous ? { ambiguous: true } : {}) });
    i = end - 1;
  }

  /** Start of the capitalised words (and name connectors) right before word i, inside a sentence; i if none. */
  function namePrefix(i: number): number {
    if (pack.capitalisesNouns || pack.script !== 'latin') return i;
    let from = i;
    while (from > 0 && !taken[from - 1]) {
      const w = words[from - 1];
      if (isCapitalised(w) && !stop.has(w.fold) && !titles.match(words, from - 1) && !personTitles.match(words, from - 1)) from--;
      else if (NAME_CONNECTORS.has(w.fold) && from - 2 >= 0 && isCapitalised(words[from - 2])) from--;
      else break;
    }
    while (from < i && NAME_CONNECTORS.has(words[from].fold)) from++;
    const initial = opensSentence(words, from);
    return initial ? i : from;
  }

  /**
   * A place name that is part of another name is left to the tiers after this one:
   *   entity.place-surname   "Bilal Karaman" (a given name before it) is a person, not the province;
   *   entity.place-name-run  "Norfolk Vanguard", "Texas Instruments": a capitalised word after it, in a language that
   *                          capitalises names only, makes a longer name (not a title: "Ontario Premier Doug Ford");
   *   entity.place-company   "het bedrijf Suez", "la société Orange": a company noun before it names a company.
   */
  function afterGivenName(from: number): boolean {
    const prev = words[from - 1];
    return prev !== undefined && !taken[from - 1] && prev.script === 'latin' && isCapitalised(prev) && lexicon.givenNames.latin.has(prev.stem);
  }

  function placeIsOtherName(from: number, to: number): boolean {
    if (to - from === 1 && afterGivenName(from)) return true;
    for (let k = Math.max(0, from - COMPANY_NOUN_WORDS); k < from; k++) if (companyNouns.match(words, k)?.length === from - k) return true;
    //   entity.place-product  "sa puce « Europa »", "the chip Europa": a product noun before it names a product.
    const open = from > 0 && /^["„“«]$/u.test(words[from - 1].text) ? from - 1 : from;
    for (let k = Math.max(0, open - COMPANY_NOUN_WORDS); k < open; k++) if (productNouns.match(words, k)?.length === open - k) return true;
    // "des chinesischen Autozulieferers Ningbo Jifeng": after a compound company noun, a place and another capitalised word are the company's name.
    const after = words[to];
    if (pack.capitalisesNouns && from > 0 && tables.endsInCompanyHead(words[from - 1].fold) && after !== undefined && !after.glued && after.kind === 'word' && isCapitalised(after) &&
      !tables.endsInCommonNounSuffix(after.fold) && !tables.endsInNounEnding(after.fold) && !stop.has(after.fold) && gazetteer.matchAt(words, to) === undefined) return true;
    if (pack.capitalisesNouns || pack.script !== 'latin') return false;
    const next = words[to];
    // "Canada's Inovia Capital": a possessive ending closes the place name.
    return words[to - 1].stem === words[to - 1].text && next !== undefined && !next.glued && next.kind === 'word' && isCapitalised(next) && !stop.has(next.fold) && !packWordSet(pack).has(next.fold) &&
      !titles.match(words, to) && !personTitles.match(words, to) && gazetteer.matchAt(words, to) === undefined;
  }

  /** The capitalised words right before i, even at a sentence start: a glued name ("Air France-KLM") vouches for them. */
  function gluedPrefix(i: number): number {
    let from = i;
    while (from > 0 && !taken[from - 1] && isCapitalised(words[from - 1]) && !stop.has(words[from - 1].fold) && !titles.match(words, from - 1) && i - from < MAX_NAME_WORDS - 1) from--;
    return from;
  }

  /** German "Metas Investition": a known one-word name with a genitive ending glued on. */
  function genitiveHit(i: number): { hit: NonNullable<ReturnType<Gazetteer['matchAt']>>; name: string } | undefined {
    const w = words[i];
    if (!isCapitalised(w) || w.stem !== w.text) return undefined;
    for (const g of pack.morphology.genitiveSuffixes) {
      if (g.startsWith("'") || w.text.length <= g.length + 2 || !w.text.endsWith(g)) continue;
      // Look the word up once with the ending cut off, then put it back.
      const stem = w.text.slice(0, -g.length);
      const mutable = words as Word[];
      mutable[i] = { ...w, stem };
      const hit = gazetteer.matchAt(mutable, i);
      mutable[i] = w;
      if (hit && hit.to === i + 1 && !hit.entry.ambiguous) return { hit, name: stem };
    }
    return undefined;
  }

  // A capitalised (Latin) or any non-stopword (Arabic) name run starting at i.
  const nameEndingVerbs = triggerPhrases(pack, 'nameEndingVerbs', () => [...pack.relations.triggers.flatMap((t) => t.forms), ...pack.claimStatus.reporting]);
  const nameRun = (i: number, allowArabic: boolean): number => {
    let j = i;
    // The periods of initials are tokens of their own; they do not count as words of the name,
    // nor do initials written without periods and an ampersand ("J M Baxi Ports & Logistics").
    let periods = 0;
    while (j < words.length && j - i - periods < MAX_NAME_WORDS && !taken[j]) {
      const w = words[j];
      if (pack.script === 'latin' && (w.text === '&' || (w.text.length === 1 && isCapitalised(w) && words[j + 1] !== undefined && isCapitalised(words[j + 1]) && !words[j + 1].glued))) periods++;
      // An organisation suffix that is also a common word ends the name with it ("chipstart-up Axelera AI").
      const suffix = j > i && isOrgSuffix(w);
      // Hyphenated and dotted names: "Air France-KLM", "Schwarz-Gruppe", "Karl-Erivan", "ProSiebenSat.1".
      // Where every noun is capitalised, a capital after a hyphen is a compound ("AI-Forschungslabor"), not a name,
      // except after a given name ("Karl-Erivan Haub").
      // Two letters after a hyphen make an abbreviation ("Ar-Ge"), not a name.
      // A tail with no noun ending names too: "Sigma-Aldrich", "Warner-Lambert" (not "Mobilfunk-Anbieter").
      const nameTail = (t: Word) => !tables.endsInNounEnding(t.fold) && !tables.endsInCompanyHead(t.fold) && !isCommonNoun(t) && !stop.has(t.fold) && !packWordSet(pack).has(t.fold);
      if (j > i && (w.text === '-' || w.text === '.') && w.glued && words[j + 1]?.glued && !titles.match(words, j + 1) && ((isCapitalised(words[j + 1]) && (!pack.capitalisesNouns || (w.text === '-' && (isGivenName(words[j - 1]) || nameTail(words[j + 1])))) && (words[j + 1].text.length > 2 || (w.text === '-' && ALL_CAPS.test(words[j + 1].text)))) || looksLikeBrand(words[j + 1]) || (w.text === '.' && words[j + 1].kind === 'number'))) {
        j += 2;
        continue;
      }
      // A legal form written with dots ends the name: "Marvello Foods S.L.", "Orrin Robotics B.V.".
      const legal = j > i ? dottedLegalEnd(j) : undefined;
      if (legal !== undefined) {
        j = legal;
        break;
      }
      // A figure inside a name, between capitalised words: "Lucky 7 Solar Farm LLC", "Channel 4 Television".
      if (j > i && !pack.capitalisesNouns && w.kind === 'number' && !w.glued && /^\d{1,3}$/u.test(w.text) && words[j + 1] !== undefined && !words[j + 1].glued && isCapitalised(words[j + 1]) && !stop.has(words[j + 1].fold) && !packWordSet(pack).has(words[j + 1].fold)) {
        j++;
        continue;
      }
      // A middle initial: "David L. Calhoun" (the period is a token of its own); initials may open a name too,
      // two or more of them: "Z.B.G. Capital", "J.P. Morgan".
      const initials = j === i && words[j + 2]?.text.length === 1 && words[j + 3]?.text === '.';
      if ((j > i || initials) && w.text.length === 1 && isCapitalised(w) && words[j + 1]?.text === '.' && words[j + 2] && isCapitalised(words[j + 2])) {
        j += 2;
        periods++;
        continue;
      }
      // After "&" a capitalised function word is the name's ("Toledo Molding & Die", "Marks & The Co").
      const afterAmpersand = j > i && words[j - 1].text === '&';
      // A given name that is also a common word opens a name inside a sentence before a capitalised surname ("Temel Kaya", "Can Atalay").
      const afterHonorific = j > 1 && words[j - 1].text === '.' && (honorifics.match(words, j - 2)?.length === 1 || personTitles.match(words, j - 2)?.length === 1);
      const givenStop = j === i && !pack.capitalisesNouns && j > 0 && (!opensSentence(words, j) || afterHonorific) && lexicon.givenNames.latin.has(w.stem) &&
        words[j + 1] !== undefined && !words[j + 1].glued && isCapitalised(words[j + 1]) && !stop.has(words[j + 1].fold);
      // A figure's scale or currency is no name's word ("20 Millionen Euro von Dorta Ventures").
      const unit = !suffix && notNames.has(w.fold) && j > 0 && (words[j - 1].kind === 'number' || notNames.has(words[j - 1].fold));
      // A surname right after a given name may end like a common noun ("Konrad Hernik", "Ivan Novak"): it is the name's.
      if (isCapitalised(w) && (!stop.has(w.fold) || suffix || afterAmpersand || givenStop) && !titles.match(words, j) &&
        (suffix || !isCommonNoun(w) || (j > i && isGivenName(words[j - 1]) && !isGivenName(w))) && !unit) {
        j++;
        // A clitic ends the name ("Scale AI’ın", "Meta's CEO"), unless the name goes on after a genitive
        // to a legal form or by a hyphen: "People’s United Financial Inc.", "Snyder’s-Lance".
        if (w.stem !== w.text && !genitiveInsideName(j)) break;
        // A legal form closes the name: "koopt Acme Corp Boltway Systems" names two companies.
        if (j - 1 > i && singleLegalForms.has(w.stem.replace(/\.$/u, '')) && words[j] !== undefined && !words[j].glued && isCapitalised(words[j]) && !isOrgSuffix(words[j])) break;
        continue;
      }
      // A given name or a verb after the first word ends the name: a person's name begins
      // ("شركة أكمي مصطفى الفارس") or the clause goes on ("شركة أكمي تصنع الرقائق").
      // A word with "و" (and) glued on starts the next item of a list ("باراج أجراوال والمدير المالي"), unless it is a name.
      const joined = j > i && w.bases.length > 1 && pack.relations.listJoiners.some((c) => w.fold.startsWith(c)) && !isGivenName(w);
      // A name in Latin letters does not go on in Arabic ones: "شركة Vantix جين رو" names Vantix, then a person.
      if (allowArabic && w.script === 'arabic' && (j === i || words[j - 1].script === 'arabic') && !stop.has(w.fold) && !w.bases.some((b) => stop.has(b)) && !titles.match(words, j) && !joined && !(j > i && ((isGivenName(w) && !tables.openers.has(words[j - 1].fold)) || nameEndingVerbs.match(words, j) !== undefined))) {
        j++;
        continue;
      }
      // Where every noun is capitalised, a stake, holder or round noun before "von" is no name's ("der Aktien von Boltway Systems", "Investoren von …", "die Runde von …").
      // Where every noun is capitalised, a connector that is also an article ("der", "den") joins only after another connector ("Ursula von der Leyen", not "Merck den Laborausrüster").
      const article = pack.capitalisesNouns && determiners.match(words, j) !== undefined && !NAME_CONNECTORS.has(words[j - 1].fold);
      // Particles may come in pairs: "Olivier van den Bossche", "Ursula von der Leyen".
      const afterParticles = words[j + 1] && NAME_CONNECTORS.has(words[j + 1].fold) && /^\p{Ll}/u.test(words[j + 1].text) ? words[j + 2] : words[j + 1];
      if (j > i && NAME_CONNECTORS.has(w.fold) && !article && afterParticles && isCapitalised(afterParticles) && !(pack.capitalisesNouns && (phrases(pack, 'stakeNouns', pack.relations.stakeNouns).match(words, i)?.length === 1 || phrases(pack, 'holderNouns', pack.relations.holderNouns).match(words, i)?.length === 1 || phrases(pack, 'roundNouns', pack.relations.roundNouns).match(words, i)?.length === 1))) {
        j++;
        continue;
      }
      break;
    }
    // Do not end on a connector.
    while (j > i && NAME_CONNECTORS.has(words[j - 1].fold)) j--;
    return j;
  };

  /** The word before j carries a genitive ending and the capitalised run after it ends in an org suffix, or a hyphen glues on a name. */
  function genitiveInsideName(j: number): boolean {
    if (pack.morphology.dropAnySuffixAfterApostrophe) return false;
    const next = words[j];
    if (next?.text === '-' && next.glued && words[j + 1]?.glued && isCapitalised(words[j + 1])) return true;
    for (let k = j; k < Math.min(words.length, j + MAX_NAME_WORDS); k++) {
      const w = words[k];
      if (!isCapitalised(w) || stop.has(w.fold) || titles.match(words, k)) return false;
      if (isOrgSuffix(w) && k > j) return true;
    }
    return false;
  }

  const isCommonNoun = (w: Word): boolean =>
    tables.endsInCommonNounSuffix(w.fold) && !looksLikeBrand(w);

  const article = pack.morphology.definiteArticle;
  /**
   * The article itself, or "لل" (for the). Right after a company noun a one-letter proclitic before the article ("كالـ",
   * like the; "فالـ", so the) makes no sense: there "كالفون", "فالكون", "بالانتير" are transliterated names (Calvon,
   * Falcon, Palantir), not definite words.
   */
  const describesAfterCue = (w: Word): boolean => article !== undefined && (w.fold.startsWith(article) || w.fold.startsWith(article.slice(1).repeat(2)));
  // Elsewhere the article may follow one proclitic ("وال", "بال").
  const isDefinite = (w: Word): boolean => describesAfterCue(w) || (article !== undefined && w.fold.slice(1).startsWith(article));

  const isGivenName = (w: Word): boolean =>
    w.script === 'arabic' ? w.bases.some((b) => lexicon.givenNames.arabic.has(foldArabic(b))) : lexicon.givenNames.latin.has(w.stem);

  /**
   * A gazetteer name that is also a common word ("Scale", "Llama", "Threads") needs support:
   * a company or product noun next to it, or a capital letter mid-sentence in a language
   * that does not capitalise nouns.
   */
  function ambiguousAccepted(i: number): boolean {
    if (hasCue(i)) return true;
    // A compound company noun right before: "der Chemiekonzern Merck".
    if (i > 0 && words[i - 1].kind === 'word' && tables.endsInCompanyHead(words[i - 1].fold)) return true;
    // A role title right after the name: "Amazon chief executive Andy Jassy", "Meta CEO’su".
    const hit = gazetteer.matchAt(words, i);
    if (hit && titles.match(words, hit.to)) return true;
    // One of a list of names: "Amazon and Anthropic said …".
    if (hit && phrases(pack, 'listJoiners', pack.relations.listJoiners).match(words, hit.to) && words[hit.to + 1] && isCapitalised(words[hit.to + 1])) return true;
    // A relation's verb right after the name makes it the clause's subject: "Amazon investiert …".
    if (hit && plainTriggers(pack).match(words, hit.to)) return true;
    for (let k = Math.max(0, i - 3); k < Math.min(words.length, i + 4); k++) if (k !== i && productNouns.match(words, k)) return true;
    if (pack.capitalisesNouns) return false;
    const initial = opensSentence(words, i);
    if (!initial) return true;
    // At the start of a sentence a capital says nothing, but in running text (not a
    // headline) a lower-case word right after the name makes it the subject: "Amazon
    // invertirá …", "Scale said …".
    const next = words[i + 1];
    const sentenceEnd = words.length > 0 && /^[.…]$/u.test(words[words.length - 1].text);
    return sentenceEnd && next !== undefined && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && !stop.has(next.fold);
  }

  function coordinatedNames(): void {
    const joiners = phrases(pack, 'listJoiners', pack.relations.listJoiners);
    const nameLike = (k: number, allowInitial = false): boolean => {
      const w = words[k];
      // A nationality is no name ("French and German firms"): packs list them among determiners.
      if (!w || taken[k] || w.kind !== 'word' || w.script !== 'latin' || stop.has(w.fold) || titles.match(words, k) || determiners.match(words, k)?.length === 1) return false;
      // "Noord- en Zuid-Holland": a word with a dangling hyphen is half of a compound.
      if (words[k + 1]?.text === '-' && words[k + 2]?.glued !== true) return false;
      const initial = opensSentence(words, k);
      return (allowInitial || !initial) && (isCapitalised(w) || looksLikeBrand(w));
    };
    const orgEndingAt = (end: number): boolean => out.some((m) => m.type === 'Organization' && m.to === end);
    const orgStartingAt = (from: number): boolean => out.some((m) => m.type === 'Organization' && m.from === from);
    /** Length of a list separator at k: ",", a joiner, or ", and". */
    const sepAt = (k: number): number => {
      if (words[k]?.text === ',') return 1 + (joiners.match(words, k + 1)?.length ?? 0);
      return joiners.match(words, k)?.length ?? 0;
    };
    for (let i = 0; i < words.length; i++) {
      // At a sentence start only a recognised organisation after the joiner vouches for the word ("Orbiton and Quillon Labs said").
      if (!nameLike(i)) {
        const gap0 = sepAt(i + 1);
        // After a colon, a list of names: "las marcas del grupo: Peugeot, Citroën, Opel …".
        const afterColon = i > 0 && words[i - 1].text === ':' && gap0 > 0 && (nameLike(i + 1 + gap0) || orgStartingAt(i + 1 + gap0));
        if (nameLike(i, true) && (afterColon || (words[i + 1]?.text !== ',' && gap0 > 0 && orgStartingAt(i + 1 + gap0)))) add({ from: i, to: i + 1, type: 'Organization', name: words[i].stem, ruleId: `${pack.code}.entity.coordinated-name`, strength: STRENGTH.fallback });
        continue;
      }
      // The last word of a longer capitalised run is the run's ("Kestrel Enerji, Orrin Solar …"), where only names are capitalised.
      const prev = words[i - 1];
      if (!pack.capitalisesNouns && prev !== undefined && prev.kind === 'word' && isCapitalised(prev) && !stop.has(prev.fold) && !taken[i - 1]) continue;
      let prevOk = false;
      for (let k = Math.max(0, i - 3); k < i && !prevOk; k++) if (sepAt(k) > 0 && k + sepAt(k) === i && orgEndingAt(k)) prevOk = true;
      const gap = sepAt(i + 1);
      const nextOk = gap > 0 && (nameLike(i + 1 + gap) || orgStartingAt(i + 1 + gap));
      if (prevOk || nextOk) add({ from: i, to: i + 1, type: 'Organization', name: words[i].stem, ruleId: `${pack.code}.entity.coordinated-name`, strength: STRENGTH.fallback });
    }
  }

  /** An opening quotation mark within `n` words from `from`, before any other punctuation. */
  function quoteWithin(from: number, n: number): boolean {
    for (let k = from; k < Math.min(words.length, from + n); k++) {
      if (OPEN_QUOTE.test(words[k].text)) return true;
      if (words[k].kind === 'punct') return false;
    }
    return false;
  }

  function hasCue(i: number): boolean {
    for (let k = Math.max(0, i - 3); k < i; k++) {
      const m = companyNouns.match(words, k);
      if (m && k + m.length <= i) return true;
    }
    return false;
  }

  // Tier 2a: company nouns. "das Unternehmen Scale", "the startup Acme", "شركة ميتا"; SOV: "Acme şirketi".
  // A company noun whose article a preposition took in ("du transporteur Dorta", "del fabricante Dorta").
  const bare = bareCompanyNouns(pack);
  for (let i = 0; i < words.length; i++) {
    const cue = companyNouns.match(words, i) ?? (pack.script === 'latin' && i > 0 && determiners.match(words, i - 1)?.length === 1 ? bare.match(words, i) : undefined);
    if (!cue || isDefinite(words[i])) continue;
    // "مجموعة يقودها صندوق …" (a group led by …): the words after the group's noun name its leader, not the group.
    if (leaders.match(words, i) !== undefined) continue;
    let j = i + cue.length;
    // "la cadena El Árbol", "het dagblad De Telegraaf": a capitalised article before a capitalised word opens the name.
    const articleOpens = (k: number) => pack.script === 'latin' && !pack.capitalisesNouns && k < words.length && /^\p{Lu}\p{Ll}/u.test(words[k].text) && tables.articles.has(words[k].fold) && words[k + 1] !== undefined && isCapitalised(words[k + 1]) && !stop.has(words[k + 1].fold);
    while (j < words.length && determiners.match(words, j) && !articleOpens(j)) j++;
    j += complementLength(j); // "la empresa de ciberseguridad Nexia" 
    j += originAdjectives(j); // "l'armateur marseillais Kalvon" 
    const opened = articleOpens(j);
    const end = opened ? nameRun(j + 1, false) : nameRun(j, pack.script === 'arabic');
    // "شركة المستحضرات الصيدلانية الاميركية «آب في»": definite words after the noun describe the
    // company and the quoted name after them names it (the quoted-name rule takes that).
    if (pack.script === 'arabic' && isDefinite(words[j] ?? words[i]) && quoteWithin(end, ARABIC_DESCRIPTION_WORDS)) continue;
    // "شركة "أيه. تي أند تي"": a quoted name right after the noun is the quoted-name rule's, periods and all.
    if (pack.script === 'arabic' && OPEN_QUOTE.test(words[j]?.text ?? '')) continue;
    // "شركة الاستثمار البريطانية كيسترل كابيتال" (the British investment company Kestrel Capital): definite words describe
    // the company, and a short run without the article after them names it.
    //   ar.entity.company-cue  → كيسترل كابيتال
    if (pack.script === 'arabic' && words[j] !== undefined && describesAfterCue(words[j]) && words[j - 1]?.kind !== 'punct' && !quoteWithin(j, ARABIC_DESCRIPTION_WORDS + 2)) {
      let k = j;
      while (k < words.length && k - j < ARABIC_DESCRIPTION_WORDS && !taken[k] && words[k].script === 'arabic' && isDefinite(words[k])) k++;
      // Not a preposition written apart with a tatweel ("التابعة لـ…"): that opens another phrase.
      const nameEnd = k < words.length && !isDefinite(words[k]) && !taken[k] && !words[k].text.endsWith('ـ') ? nameRun(k, true) : k;
      if (nameEnd > k && nameEnd - k <= 2) {
        add({ from: k, to: nameEnd, type: 'Organization', name: surface(k, nameEnd), ruleId: `${pack.code}.entity.company-cue`, strength: STRENGTH.cue });
        continue;
      }
    }
    // "لشركة التواصل الاجتماعي" (the social media company): words that all carry the article describe the company; they name none.
    if (pack.script === 'arabic' && end > j && words.slice(j, end).every((w) => w.script === 'arabic' && (w === words[j] ? describesAfterCue(w) : isDefinite(w)))) continue;
    // "أكبر شركة للاتصالات": a noun behind "لل" (for the) says what the company does; it names none.
    if (words[j] !== undefined && E.descriptionPrefixes.some((p) => words[j].text.startsWith(p))) continue;
    // "… Yan Sanayi Şirketi Türkiye’de Büyümeye Devam Ediyor": a place with a case ending after the noun is where, no name.
    if (end === j + 1 && words[j].stem !== words[j].text && gazetteer.matchAt(words, j)?.type === 'Location') continue;
    if (end > j + (opened ? 1 : 0) && (pack.script !== 'arabic' || end - j <= 2)) {
      // "presidente de Grupo Aeroportuario del Sureste": where only names are capitalised, a capitalised company
      // noun inside a sentence, right before the name, opens it.
      // Not in a headline, whose capitals are typography, nor where the noun follows the name it heads ("Yunan Bankası NBG’ye").
      const running = words.length > 0 && /^[.…]$/u.test(words[words.length - 1].text);
      const from = !pack.capitalisesNouns && pack.script === 'latin' && pack.wordOrder !== 'SOV' && running && cue.length === 1 && j === i + 1 && isCapitalised(words[i]) && !opensSentence(words, i) && !taken[i] ? i : j;
      add({ from, to: end, type: 'Organization', name: surface(from, end), ruleId: `${pack.code}.entity.company-cue`, strength: STRENGTH.cue });
    } else if (pack.wordOrder === 'SOV' && i > 0) {
      // "Acme şirketi": the name stands before the noun. A genitive there is the company's owner, not its name:
      // "Musk'ın yapay zeka şirketi xAI" (Musk's AI company xAI).
      let s = i;
      while (s > 0 && i - s < MAX_NAME_WORDS && isCapitalised(words[s - 1]) && !taken[s - 1] && !stop.has(words[s - 1].fold)) s--;
      const owner = s < i && words[i - 1].stem !== words[i - 1].text && pack.morphology.genitiveCase.some((g) => words[i - 1].text.endsWith(g));
      // A capitalised company noun inside a sentence is part of the name ("Ziraat Bankası"), and so is
      // a capitalised word joined to it by "and" ("Yapı ve Kredi Bankası" is one bank).
      const named = cue.length === 1 && isCapitalised(words[i]) && !opensSentence(words, i);
      if (named && s < i && s >= 2 && phrases(pack, 'listJoiners', pack.relations.listJoiners).match(words, s - 1)?.length === 1 && isCapitalised(words[s - 2]) && !taken[s - 2] && !stop.has(words[s - 2].fold) && !opensSentence(words, s - 2) &&
        !(s >= 3 && isCapitalised(words[s - 3]) && !stop.has(words[s - 3].fold))) s -= 2;
      const to = named ? i + 1 : i;
      if (s < i && !owner) add({ from: s, to, type: 'Organization', name: surface(s, to), ruleId: `${pack.code}.entity.company-cue`, strength: STRENGTH.cue });
    }
  }

  // Tier 2a': compound company nouns. "Konsumgüterkonzern Henkel", "das Münchner Startup Kiwilabs".
  if (pack.script === 'latin' && E.companyHeads.length > 0) {
    for (let i = 0; i + 1 < words.length; i++) {
      const w = words[i];
      if (w.kind !== 'word' || taken[i + 1] || !isCapitalised(words[i + 1]) || stop.has(words[i + 1].fold)) continue;
      if (!tables.endsInCompanyHead(w.fold)) continue;
      const end = nameRun(i + 1, false);
      if (end > i + 1) add({ from: i + 1, to: end, type: 'Organization', name: surface(i + 1, end), ruleId: `${pack.code}.entity.company-head`, strength: STRENGTH.cue });
    }
  }

  const companyHeadWords = tables.companyHeadWords;
  const roleWords = derivedPhrases(pack, 'roleWords', () => [...pack.interim, ...pack.former, ...pack.titleModifiers, ...pack.interim.map((w) => `${w}*`)]);
  /** The list joiner glued to an Arabic given name ("وأحمد": "و" + أحمد), where the whole word is no given name itself ("وائل"). */
  const joinedGivenName = (w: Word): string | undefined =>
    pack.relations.listJoiners.find((x) => w.fold.startsWith(x) && !lexicon.givenNames.arabic.has(foldArabic(w.fold)) && lexicon.givenNames.arabic.has(foldArabic(w.fold.slice(x.length))));
  /** Word k lies inside a title phrase that starts before it ("Kurulu" in "Yönetim Kurulu Başkanı"). */
  const insideTitle = (k: number): boolean => {
    for (let j = Math.max(0, k - TITLE_INSIDE_REACH); j < k; j++) {
      const t = titles.match(words, j);
      if (t && j + t.length > k) return true;
    }
    return false;
  };
  /** "Şirket CEO’su Ayşe Kaya": a company noun or anaphor refers back to the company, it names none. */
  const describesCompanyAt = (k: number): boolean => companyNouns.match(words, k) !== undefined || phrases(pack, 'orgAnaphors', E.orgAnaphors).match(words, k) !== undefined;
  /** A word that ends in an apostrophe and a possessive suffix of titles ("CEO’su", "Başkanı" is not one). */
  const possessiveSuffixed = (t: Word | undefined): boolean => {
    const at = t === undefined ? -1 : t.fold.lastIndexOf("'");
    return at > 0 && pack.titlePossessiveSuffixes.includes(t!.fold.slice(at + 1));
  };
  // Tier 2a'': the possessor of a title ("M&T’s chief executive", "Campbell’s president") or a
  // name glued to one by a hyphen ("Springer-Chef") is an organisation.
  if (pack.script === 'latin') {
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (taken[i] || !(isCapitalised(w) || looksLikeBrand(w)) || stop.has(w.fold)) continue;
      const possessive = w.stem !== w.text && !pack.morphology.dropAnySuffixAfterApostrophe && titles.match(words, i + 1) !== undefined;
      // "Springer-Chef", but not "Interims-CEO" or "Ex-Chef".
      const hyphenated = words[i + 1]?.text === '-' && words[i + 1].glued && words[i + 2]?.glued && titles.match(words, i + 2) !== undefined && !roleWords.match(words, i);
      // "Kalvon CEO Jane Roe said", "said Kalvon chief executive Jane Roe": where only names are capitalised, a word right
      // before a title that a person's full name follows is the title's organisation.
      //   entity.title-possessor  "Kalvon CEO Jane Roe said …" → Kalvon
      // Where every noun is capitalised, only an English title in capitals does ("Pexsen CEO Jensen Huang": no German noun stands so).
      const title = !possessive && !hyphenated && (!pack.capitalisesNouns || ALL_CAPS.test(words[i + 1]?.text ?? '')) && w.stem === w.text ? titles.match(words, i + 1) : undefined;
      const named = (k: number) => words[k] !== undefined && words[k + 1] !== undefined && lexicon.givenNames.latin.has(words[k].stem) && isCapitalised(words[k + 1]) && !words[k + 1].glued;
      const bare = title !== undefined && named(i + 1 + title.length) && !describesCompanyAt(i) && !roleWords.match(words, i) && !companyHeadWords.has(w.fold) && determiners.match(words, i) === undefined &&
        !titles.match(words, i) && !personTitles.match(words, i) && !honorifics.match(words, i) && !packWordSet(pack).has(w.fold) && !lexicon.givenNames.latin.has(w.stem);
      // "Quastogal CEO’su Güliz Öztürk": a title with a possessive suffix after an apostrophe names its possessor right before it.
      //   entity.title-possessor  tr "Kalvon CEO’su Ayşe Kaya" → Kalvon
      const suffixedTitle = !possessive && !hyphenated && pack.titlePossessiveSuffixes.length > 0 && w.stem === w.text ? titles.match(words, i + 1) : undefined;
      const suffixed = suffixedTitle !== undefined && possessiveSuffixed(words[i + suffixedTitle.length]) && isCapitalised(words[i + 1 + suffixedTitle.length]) &&
        !companyHeadWords.has(w.fold) && !packWordSet(pack).has(w.fold) && !lexicon.givenNames.latin.has(w.stem) && !titles.match(words, i) &&
        !describesCompanyAt(i);
      if (!possessive && !hyphenated && !bare && !suffixed) continue;
      // A word of a longer title is no possessor of its last word ("Yönetim Kurulu Başkanı": chair of the board).
      if (insideTitle(i)) continue;
      // "Konzern-Chef", "Bank-Chef": a company noun refers back, it names nothing.
      if (hyphenated && companyHeadWords.has(w.fold)) continue;
      let from = i;
      for (;;) {
        const prev = words[from - 1];
        if (from === 0 || taken[from - 1] || i - from >= MAX_NAME_WORDS - 1) break;
        // "M&T’s", "AT&T’s": an ampersand joins the parts of one name.
        if (prev.text === '&' && from >= 2 && !taken[from - 2] && isCapitalised(words[from - 2])) from -= 2;
        else if (isCapitalised(prev) && !stop.has(prev.fold) && !titles.match(words, from - 1)) from--;
        else break;
      }
      add({ from, to: i + 1, type: 'Organization', name: surface(from, i + 1), ruleId: `${pack.code}.entity.title-possessor`, strength: STRENGTH.cue });
    }
  }

  // Tier 2a''': a description in apposition, closed by punctuation, names the word before it as a
  // company: news introduces a company no reader knows this way.
  //   en.entity.appositive-description  "Vantix, an Austin-based battery startup, said …" → Vantix (Organization)
  //   de.entity.appositive-description  "Vantix, ein Batteriehersteller aus Austin, hat …" → Vantix
  //   es.entity.appositive-description  "Boltway, matriz de Vantix, invirtió …" → Boltway
  if (pack.script === 'latin') {
    const heads = derivedPhrases(pack, 'appositionHeads', () => E.companyNouns.map((n) => n.split(' ')).map((p) => (p.length > 1 && tables.articles.has(foldWord(p[0])) ? p.slice(1) : p).join(' ')));
    const headAt = (j: number): number => {
      const w = words[j];
      if (w === undefined || w.kind !== 'word') return 0;
      // "the company's founder": a possessive head describes someone else.
      if (w.stem !== w.text && !pack.morphology.dropAnySuffixAfterApostrophe) return 0;
      return heads.match(words, j)?.length ?? (tables.endsInCompanyHead(w.fold) ? 1 : 0);
    };
    const reporting = phrases(pack, 'reporting', pack.claimStatus.reporting);
    const titleOrgPreps = new Set(pack.titleOrgPreps.map(foldWord));
    for (let i = 0; i < words.length; i++) {
      if (taken[i] || !isCapitalised(words[i]) || stop.has(words[i].fold) || determiners.match(words, i)) continue;
      // Not from inside a longer run ("Orrin Robotics Group": not "Robotics Group").
      if (i > 0 && isCapitalised(words[i - 1]) && !stop.has(words[i - 1].fold) && !opensSentence(words, i - 1)) continue;
      const end = nameRun(i, false);
      if (end <= i || words[end]?.text !== ',' || isGivenName(words[i]) || titles.match(words, i)) continue;
      let k = end + 1;
      const det = determiners.match(words, k);
      // Without an article only a bare company noun with its "of" ("Boltway, matriz de Vantix, …").
      if (!det && !(headAt(k) > 0 && titleOrgPreps.has(words[k + headAt(k)]?.fold ?? ''))) continue;
      k += det?.length ?? 0;
      let head = 0;
      // "Zentra, a new chatbot, …", "le Zentra, un traitement du cancer": a product noun as the head makes the name a product's.
      let product = false;
      for (let j = k; j < Math.min(words.length, k + APPOSITION_MODIFIERS + 1); j++) {
        head = headAt(j);
        const p = head > 0 ? undefined : productNouns.match(words, j);
        // Only as the last noun of the phrase: "a new chatbot,", "un traitement du cancer", not "a software unicorn".
        const after = p ? words[j + p.length] : undefined;
        const ends = after === undefined || after.kind === 'punct' || stop.has(after.fold);
        if (p && ends && !pack.capitalisesNouns) {
          head = p.length;
          product = true;
        }
        if (head > 0) {
          k = j + head;
          break;
        }
        const w = words[j];
        const glued = w.text === '-' && w.glued;
        // (A determiner-like adjective may stand among the modifiers: "a new chatbot".)
        if (!glued && (w.kind !== 'word' || (stop.has(w.fold) && !determiners.match(words, j)) || titles.match(words, j))) break;
      }
      // "den Finanzinvestor CVC", "la Banque publique d’investissement BPI": a name after the head is the one it describes.
      if (head === 0 || (words[k] !== undefined && isCapitalised(words[k]))) continue;
      // Where every noun is capitalised, a word with a noun ending is a noun ("der zweite Bieter, den Finanzinvestor …").
      if (pack.capitalisesNouns && end - i === 1 && (tables.endsInNounEnding(words[i].fold) || isCommonNoun(words[i]))) continue;
      // Closed by a comma, a bracket, a dash or the sentence end, after at most a short complement ("… aus Austin,").
      let closed = false;
      for (let j = k; j <= Math.min(words.length, k + APPOSITION_COMPLEMENT); j++) {
        const w = words[j];
        if (w === undefined || (w.kind === 'punct' && /^[,)–—.;]$/u.test(w.text))) {
          closed = true;
          break;
        }
        if (w.kind === 'punct' && !(w.text === '-' && w.glued) && w.text !== "'" && w.text !== '’') break;
        // "…, the company said.": a reporting verb makes the phrase the clause's subject, no apposition.
        if (reporting.match(words, j)) break;
      }
      if (!closed) continue;
      add({ from: i, to: end, type: product ? 'Product' : 'Organization', name: surface(i, end), ruleId: `${pack.code}.entity.appositive-description`, strength: STRENGTH.cue });
      i = end - 1;
    }
  }

  if (E.patronymics.length > 0) {
    const { patronymics, openers } = tables;
    const familyMarkers = phrases(pack, 'familyMarkers', E.familyMarkers);
    // A name with a patronymic is a person's: "خالد بن عبد العزيز الفالح", "الوليد بن إبراهيم"
    // ("بن" = son of). The father's name may be an "عبد" compound; a family name with the
    // article may close it.
    //   ar.entity.patronymic  "فهد بن عبد العزيز" → Person
    for (let i = 0; i + 2 < words.length; i++) {
      if (!patronymics.has(words[i + 1].fold)) continue;
      const ok = (k: number) => words[k] !== undefined && !taken[k] && words[k].script === pack.script && !stop.has(words[k].fold) && !titles.match(words, k);
      if (!ok(i) || !ok(i + 2)) continue;
      let end = i + 3;
      if (openers.has(words[i + 2].fold) && ok(end)) end++;
      // The grandfather's name: "سعود بن عبدالله بن ثنيان".
      while (end + 1 < words.length && patronymics.has(words[end].fold) && ok(end + 1)) {
        end += 2;
        if (openers.has(words[end - 1].fold) && ok(end)) end++;
      }
      // A family ("آل سعود", the house of Saud) or a family name with the article closes it.
      if (familyMarkers.match(words, end)?.length === 1 && ok(end) && ok(end + 1)) end += 2;
      else if (ok(end) && isDefinite(words[end]) && !words[end].bases.some((b) => stop.has(b))) end++;
      add({ from: i, to: end, type: 'Person', name: surface(i, end), ruleId: `${pack.code}.entity.patronymic`, strength: STRENGTH.cue });
      i = end - 1;
    }
  }

  // Tier 2a'''': a head noun that belongs to the name it opens; a glued proclitic stays outside.
  // Only words that cannot be its description follow it: a transliteration with dots or Latin
  // letters ("بنك سعودي" is a Saudi bank, "بنك الخليج" a name the gazetteer knows or not).
  //   ar.entity.name-head  "أعلن بنك آر.بي.إل الهندي" → بنك آر.بي.إل; "الرئيس التنفيذي لبنك آر.بي.إل" → بنك آر.بي.إل
  if (E.nameHeads.length > 0) {
    const heads = phrases(pack, 'nameHeads', E.nameHeads);
    for (let i = 0; i + 1 < words.length; i++) {
      if (taken[i] || heads.match(words, i)?.length !== 1) continue;
      // A place and what the company is for after the head make its name: "مؤسسة الإمارات للاتصالات" (Emirates
      // Telecommunications Corporation), not the place.
      const place = out.findIndex((m) => m.from === i + 1 && m.type === 'Location');
      const purpose = place >= 0 ? words[out[place].to] : undefined;
      if (place >= 0 && purpose !== undefined && !taken[out[place].to] && purpose.script === pack.script && E.descriptionPrefixes.some((d) => purpose.fold.startsWith(d) && purpose.fold.length > d.length + 2)) {
        const to = out[place].to + 1;
        for (let k = out[place].from; k < out[place].to; k++) taken[k] = false;
        out.splice(place, 1);
        add({ from: i, to, type: 'Organization', name: surface(i, to), ruleId: `${pack.code}.entity.name-head`, strength: STRENGTH.cue });
        i = to - 1;
        continue;
      }
      let end = i + 1;
      while (end < words.length && end - i <= MAX_NAME_WORDS - 1 && !taken[end] && words[end].kind === 'word' && !stop.has(words[end].fold) && !titles.match(words, end) &&
        (words[end].script !== pack.script || words[end].text.includes('.'))) end++;
      if (end === i + 1 || isGivenName(words[i + 1])) continue;
      const w = words[i];
      const base = w.bases.find((b) => E.nameHeads.includes(b));
      const proclitic = base !== undefined && w.fold !== base && w.fold.endsWith(base) ? w.fold.length - base.length : 0;
      add({ from: i, to: end, type: 'Organization', name: surface(i, end).slice(proclitic), ruleId: `${pack.code}.entity.name-head`, strength: STRENGTH.cue, ...(proclitic > 0 ? { proclitic } : {}) });
      i = end - 1;
    }
  }

  // Tier 2b: titles and honorifics before a name: "CEO Mark Zuckerberg", "Herr Müller".
  for (let i = 0; i < words.length; i++) {
    const t = titles.match(words, i) ?? personTitles.match(words, i);
    if (!t) continue;
    let j = i + t.length;
    // "Ms. Varga", "M. Moreau": a form of address (its period a token of its own) makes a lone capitalised word a surname.
    const address = honorifics.match(words, i) !== undefined;
    // "Prof. Dr. Temel Kaya": an abbreviated title keeps its period too.
    if (words[j]?.text === '.' && words[j].glued) j++;
    if (words[j]?.text === ',') continue;
    // "الرئيس التنفيذي لتويتر باراج أجراوال": where names are not capitalised, the title's organisation (its preposition
    // glued on) may stand between the title and the name.
    if (pack.script === 'arabic' && taken[j] && words[j].bases.length > 1) {
      const org = out.find((m) => m.from === j && (m.type === 'Organization' || m.type === 'Product'));
      if (org) j = org.to;
    }
    let end = nameRun(j, pack.script === 'arabic');
    // "Topman Dick Boer van Ahold", "CEO Jane Roe of Acme Corp": a connector before an organisation ends the person's name there.
    for (let k = j + 2; k < end; k++) {
      if (!NAME_CONNECTORS.has(words[k].fold)) continue;
      let n = k + 1;
      while (n < end && NAME_CONNECTORS.has(words[n].fold)) n++;
      const known = gazetteer.matchAt(words, n);
      if ((known && known.type === 'Organization') || isOrgSuffix(words[end - 1]) || (words[end] !== undefined && isOrgSuffix(words[end]))) {
        end = k;
        break;
      }
    }
    // "المؤسس وشقيق زوجة الملك": a word with the conjunction "و" after a title joins another
    // title or noun; only a given name may open the name there.
    const joinedNoun = pack.script === 'arabic' && words[j] !== undefined && !isGivenName(words[j]) && words[j].bases.length > 1 && pack.relations.listJoiners.some((c) => words[j].fold.startsWith(c));
    // "عضو بمجلس إدارة خمس شركات عامة" (on the board of five public companies): a count opens a noun phrase, no name.
    const counted = words[j] !== undefined && phrases(pack, 'countWords', E.countWords).match(words, j) !== undefined;
    if (!joinedNoun && !counted && (end - j >= 2 || (end > j && (isGivenName(words[j]) || (address && end === j + 1))))) {
      // "ورئيسها التنفيذي وأحمد عبد الكريم جلفار": "and" glued to the given name is no part of it.
      const first = words[j];
      const joiner = pack.script === 'arabic' ? joinedGivenName(first) : undefined;
      const name = surface(j, end);
      add({ from: j, to: end, type: 'Person', name: joiner ? name.slice(joiner.length) : name, ruleId: `${pack.code}.entity.title-before-name`, strength: STRENGTH.cue, ...(joiner ? { proclitic: joiner.length } : {}) });
    }
  }

  // Tier 2b': where the script has no capitals, a title in apposition bounds a person's name: between
  // a reporting verb and the comma before the title, or between the comma after the title's
  // organisation and the next punctuation.
  //   ar.entity.title-apposition  "وقال آر. سوبرامانياكومار، الرئيس التنفيذي لبنك آر.بي.إل" → آر. سوبرامانياكومار (Person)
  //   ar.entity.title-apposition  "أعلن الرئيس التنفيذي لجوجل، ساندار بيتشاي، التوصل …" → ساندار بيتشاي (Person)
  if (pack.script === 'arabic') {
    const reporting = phrases(pack, 'reporting', pack.claimStatus.reporting);
    const comma = (k: number) => words[k] !== undefined && /^[,،]$/u.test(words[k].text);
    const initialDot = (k: number) => words[k]?.text === '.' && words[k].glued;
    const nameWord = (k: number) => {
      const w = words[k];
      return w !== undefined && w.kind === 'word' && !taken[k] && !stop.has(w.fold) && !w.bases.some((b) => stop.has(b)) && !titles.match(words, k) && !reporting.match(words, k);
    };
    for (let i = 0; i < words.length; i++) {
      const t = titles.match(words, i);
      if (!t) continue;
      if (i >= 2 && comma(i - 1)) {
        let from = i - 1;
        while (from > 0 && i - 1 - from < APPOSED_NAME_WORDS && (nameWord(from - 1) || initialDot(from - 1))) from--;
        if (from < i - 1 && from > 0 && nameWord(from) && reporting.match(words, from - 1)?.length === 1) {
          add({ from, to: i - 1, type: 'Person', name: surface(from, i - 1), ruleId: `${pack.code}.entity.title-apposition`, strength: STRENGTH.cue });
        }
      }
      let j = i + t.length;
      const cue = companyNouns.match(words, j);
      if (cue) j += cue.length;
      // "الرئيس التنفيذي لأوكساچون، فيشال وانشو،": one unknown word behind the title's "ل", then a name between commas:
      // the word names the organisation (without its "ل") and the name the person.
      //   ar.entity.title-organisation  → أوكساچون (Organization)
      const lam = words[j];
      if (!cue && lam !== undefined && !taken[j] && lam.script === 'arabic' && comma(j + 1) && lam.bases.length > 1 && lam.fold.startsWith('ل') && !isDefinite(lam) && !stop.has(lam.fold) && !lam.bases.some((b) => stop.has(b)) && nameWord(j + 2) && !isDefinite(words[j + 2])) {
        add({ from: j, to: j + 1, type: 'Organization', name: lam.text.slice(1), ruleId: `${pack.code}.entity.title-organisation`, strength: STRENGTH.fallback, proclitic: 1 });
      }
      // "المدير التنفيذي لمجموعة "بي.بي.إف"، يري شميتس،": the organisation may stand in quotes before the comma.
      if (/^["“«]$/u.test(words[j]?.text ?? '') && taken[j + 1]) j++;
      while (j < words.length && taken[j]) j++;
      if (j > i + t.length + (cue?.length ?? 0) && /^["”»]$/u.test(words[j]?.text ?? '')) j++;
      if (j > i + t.length + (cue?.length ?? 0) && comma(j)) {
        let end = j + 1;
        while (end < words.length && end - j - 1 < APPOSED_NAME_WORDS && (nameWord(end) || (end > j + 1 && initialDot(end)))) end++;
        if (end > j + 1 && (words[end] === undefined || comma(end) || words[end].kind === 'punct')) {
          // "…، الرئيس التنفيذي لشركة كيسترل، وجون سميث،": "and" glued to the name is no part of it.
          const first = words[j + 1];
          const joiner = pack.relations.listJoiners.find((x) => first.bases.length > 1 && first.fold.startsWith(x) && first.bases.includes(first.fold.slice(x.length)));
          const name = surface(j + 1, end);
          add({ from: j + 1, to: end, type: 'Person', name: joiner ? name.slice(joiner.length) : name, ruleId: `${pack.code}.entity.title-apposition`, strength: STRENGTH.cue, ...(joiner ? { proclitic: joiner.length } : {}) });
        }
      }
    }
    // The speaker named between a reporting verb and the title after the name, with no comma.
    //   ar.entity.speaker-title  "أكد تشي-تشيا وي الرئيس التنفيذي لشركة TSMC …" → تشي-تشيا وي (Person)
    for (let i = 0; i < words.length; i++) {
      const r = reporting.match(words, i);
      if (!r) continue;
      const from = i + r.length;
      if (!nameWord(from) || isDefinite(words[from]) || words[from].script !== 'arabic') continue;
      let end = from;
      // A hyphen inside the name: "تشي-تشيا وي".
      while (end < words.length && end - from < APPOSED_NAME_WORDS && !roleWords.match(words, end) && (nameWord(end) || (end > from && words[end].text === '-' && words[end].glued && nameWord(end + 1)))) end++;
      // A modifier may open the title: "نائب الرئيس التنفيذي" (deputy chief executive).
      const title = end + (roleWords.match(words, end)?.length ?? 0);
      if (end - from >= 2 && titles.match(words, title) !== undefined) {
        add({ from, to: end, type: 'Person', name: surface(from, end), ruleId: `${pack.code}.entity.speaker-title`, strength: STRENGTH.cue });
        i = end - 1;
      }
    }
    // The one appointed: the words between an appointment (a JOINED trigger the employer follows) and the post it names.
    //   ar.entity.appointee  "أعلنت شركة Vantix تعيين جين رو رئيسة تنفيذية لها" → جين رو (Person)
    const appointments = triggerPhrases(pack, 'appointments', () => pack.relations.triggers.filter((t) => t.relation === 'JOINED' && t.reversed && t.subject === 'next').flatMap((t) => t.forms));
    for (let i = 0; i < words.length; i++) {
      const a = appointments.match(words, i);
      if (!a) continue;
      // Past the employer when it follows the verb ("عينت شركة Vantix …").
      let j = i + a.length;
      const cue = companyNouns.match(words, j);
      if (cue) j += cue.length;
      const named = j;
      while (j < words.length && taken[j]) j++;
      // Where a company noun names no company kg found, the words after it may be the company's: give up.
      if (cue && j === named) continue;
      // "شركة سيمنس الألمانية": adjectives with the article describe the employer.
      while (j > named && j < words.length && isDefinite(words[j]) && !titles.match(words, j)) j++;
      let end = j;
      while (end < words.length && end - j < APPOSED_NAME_WORDS && nameWord(end) && !isDefinite(words[end]) && words[end].script === 'arabic') end++;
      if (end - j >= 2 && titles.match(words, end) !== undefined) {
        add({ from: j, to: end, type: 'Person', name: surface(j, end), ruleId: `${pack.code}.entity.appointee`, strength: STRENGTH.cue });
        i = end - 1;
      }
    }
  }

  // Tier 2c: product nouns before a quoted or capitalised name: „Behemoth“, "the model Llama".
  for (let i = 0; i < words.length; i++) {
    const p = productNouns.match(words, i);
    if (!p) continue;
    let j = i + p.length;
    if (words[j]?.text === ',') j++;
    while (j < words.length && (determiners.match(words, j) || examples.match(words, j))) j++;
    j += complementLength(j); // "el software de optimización Qlarity"
    const quoted = words[j] && /^["„“”«‘'»]$/u.test(words[j].text);
    if (quoted) j++;
    const end = nameRun(j, false);
    // Where every noun is capitalised, one capitalised word that ends its phrase is a name too: "seinen Chatbot Zentra nach Europa".
    const endsPhrase = end === j + 1 && (words[end] === undefined || words[end].kind === 'punct' || !isCapitalised(words[end]));
    if (end > j && (quoted || looksLikeBrand(words[j]) || !pack.capitalisesNouns || endsPhrase)) {
      add({ from: j, to: end, type: 'Product', name: surface(j, end), ruleId: `${pack.code}.entity.product-cue`, strength: STRENGTH.cue });
    }
  }

  // Tier 2c': a product noun the name stands before, after a determiner, a possessive or an owner's genitive.
  //   entity.product-before-noun  "its Zentra chatbot", "Google's Gemini model", "het Zentra platform"
  const nounsAfterName = phrases(pack, 'productNounsAfterName', E.productNounsAfterName);
  const possessives = phrases(pack, 'possessivePronouns', pack.relations.possessivePronouns);
  for (let i = 1; i < words.length; i++) {
    const noun = taken[i] ? undefined : nounsAfterName.match(words, i);
    // "the Finnish software company": the noun modifies a company noun and names no product.
    if (!noun || companyNouns.match(words, i + noun.length)) continue;
    let from = i;
    const genitive = (w: Word) => w.kind === 'word' && w.stem !== w.text;
    while (from > 0 && i - from < MAX_NAME_WORDS && !taken[from - 1] && !genitive(words[from - 1]) && (isCapitalised(words[from - 1]) || (from < i && words[from - 1].kind === 'number')) && !stop.has(words[from - 1].fold) && !titles.match(words, from - 1) && !determiners.match(words, from - 1)) from--;
    while (from < i && words[from].kind === 'number') from++;
    if (from === i || from === 0) continue;
    const owner = genitive(words[from - 1]);
    if (!owner && !determiners.match(words, from - 1) && !possessives.match(words, from - 1)) continue;
    add({ from, to: i, type: 'Product', name: surface(from, i), ruleId: `${pack.code}.entity.product-before-noun`, strength: STRENGTH.cue });
  }

  // Tier 2c'': a naming word after a product noun or a product: "its own chatbot, dubbed Zentra", "sa puce baptisée Zentra";
  // in SOV languages the name comes first: "Zentra adlı sohbet robotu".
  //   entity.named-product  "Acme has released its own ChatGPT rival, dubbed Zentra" → Zentra (Product)
  const naming = phrases(pack, 'namingWords', E.namingWords);
  for (let i = 1; i < words.length; i++) {
    const nm = naming.match(words, i);
    if (!nm) continue;
    if (pack.wordOrder === 'SOV') {
      if (!productNouns.match(words, i + nm.length) || taken[i - 1]) continue;
      let from = i;
      while (from > 0 && i - from < MAX_NAME_WORDS && !taken[from - 1] && isCapitalised(words[from - 1]) && !stop.has(words[from - 1].fold)) from--;
      if (from < i) add({ from, to: i, type: 'Product', name: surface(from, i), ruleId: `${pack.code}.entity.named-product`, strength: STRENGTH.cue });
      continue;
    }
    let k = i - 1;
    if (words[k]?.text === ',') k--;
    let product = false;
    for (let b = k; b >= Math.max(0, k - NAMED_PRODUCT_REACH); b--) {
      if (productNouns.match(words, b) || nounsAfterName.match(words, b) || out.some((m) => m.type === 'Product' && m.to === b)) { product = true; break; }
    }
    if (!product) continue;
    let j = i + nm.length;
    const quoted = words[j] && /^["„“”«‘'»]$/u.test(words[j].text);
    if (quoted) j++;
    const end = nameRun(j, false);
    if (end > j && (quoted || isCapitalised(words[j]))) add({ from: j, to: end, type: 'Product', name: surface(j, end), ruleId: `${pack.code}.entity.named-product`, strength: STRENGTH.cue });
  }

  // Tier 2c''': where a company sits is a place: "con sede en Sant Esteve", "based in Leeds"; SOV: "Abu Dabi merkezli".
  //   entity.seat  "la empresa con sede en Sant Esteve d'en Bas" → Sant Esteve (Location)
  const seats = phrases(pack, 'seatPhrases', E.seatPhrases);
  if (pack.script === 'latin') {
    for (let i = 0; i < words.length; i++) {
      const sp = seats.match(words, i);
      if (!sp) continue;
      if (pack.wordOrder === 'SOV') {
        let from = i;
        while (from > 0 && i - from < MAX_NAME_WORDS && !taken[from - 1] && isCapitalised(words[from - 1]) && !stop.has(words[from - 1].fold)) from--;
        if (from < i) add({ from, to: i, type: 'Location', name: surface(from, i), ruleId: `${pack.code}.entity.seat`, strength: STRENGTH.cue });
        continue;
      }
      const j = i + sp.length;
      const end = nameRun(j, false);
      if (end > j) add({ from: j, to: end, type: 'Location', name: surface(j, end), ruleId: `${pack.code}.entity.seat`, strength: STRENGTH.cue });
    }
  }

  // Tier 2d: the argument slot of a trigger types a bare name: "la compra de Hispasat",
  // "le rachat de WNS" (an organisation), "cofondée par Eléonore Crespo" (a person).
  const slots = argumentSlots(pack);
  const slotAt = (i: number): EntityType | undefined => {
    if (determiners.match(words, i)) return undefined; // "the Finnish software company …"
    for (const slot of slots) {
      for (let k = Math.max(0, i - SLOT_REACH); k < i; k++) {
        const m = slot.phrases.match(words, k);
        if (!m) continue;
        let j = k + m.length;
        while (j < i && (determiners.match(words, j) || titleOrgPreps.match(words, j))) j++; // "la compra de Hispasat"
        if (j === i) return slot.type;
      }
    }
    return afterTitle(i) ? 'Organization' : undefined;
  };

  /**
   * The word opens the organisation of a role title: "chief executive of Quillon", "Chef von
   * Tengelmann", "directrice générale de Quillon"; only a bare word right after the preposition
   * ("Chef der Gruppe", "président de la République" name no company).
   */
  function afterTitle(i: number): boolean {
    for (let k = Math.max(0, i - SLOT_REACH - 2); k < i; k++) {
      const t = titles.match(words, k);
      if (!t) continue;
      const j = k + t.length;
      const p = titleOrgPreps.match(words, j);
      if (!p) continue;
      // Right after the preposition: with an article the word is more often a noun ("président de la République").
      if (j + p.length === i) return titleFunctionAt(i) === 0;
      // Or behind the function the title names: "vice president of Marketing at Kestrel".
      const f = titleFunctionAt(j + p.length);
      const q = f > 0 ? titleOrgPreps.match(words, j + p.length + f) : undefined;
      if (q && j + p.length + f + q.length === i) return true;
    }
    return false;
  }

  /**
   * Words of a company's function right behind a title's preposition, which are the title's, not an
   * organisation ("vice president of Communications", "director de Comunicación"); 0 where none.
   */
  function titleFunctionAt(i: number): number {
    const f = functions.match(words, i);
    // Not the first words of a longer name ("vice president of Marketing Alliance Inc.").
    const next = words[i + (f?.length ?? 0)];
    if (!f || i < 2 || (next !== undefined && isCapitalised(next) && !stop.has(next.fold))) return 0;
    for (let k = Math.max(0, i - SLOT_REACH - 2); k < i; k++) {
      const t = titles.match(words, k);
      const p = t ? titleOrgPreps.match(words, k + t.length) : undefined;
      if (t && p && k + t.length + p.length === i) return f.length;
    }
    return 0;
  }

  /**
   * A capitalised word mid-sentence right after a relation's preposition ("in", "by", "with",
   * "from") with a trigger of any relation shortly before: "invests €1.5bn in Vantix".
   */
  const triggers = plainTriggers(pack);
  const argumentPreps = relationPreps(pack);
  /** "Ein Konsortium unter Führung von Kalvon": the word right after a group's leader phrase names its leader. */
  const afterLeaderPhrase = (i: number): boolean => phraseEndingAt(words, leaders, i, LEADER_PHRASE_WORDS) >= 0;
  function relationArgument(i: number): boolean {
    if (afterLeaderPhrase(i) && !isCommonNoun(words[i])) return true;
    if (closingVerbArgument(i)) return true;
    if (modifiesNext(i)) return false;
    let k = i - 1;
    // An article makes a German capitalised word a noun ("in das Startup"): only a bare word after the preposition counts there.
    // A word that is both ("de", "du": partitive articles in French) is the preposition ("détient 20 % de Norvia").
    while (k > 0 && !pack.capitalisesNouns && determiners.match(words, k) && !argumentPreps.match(words, k)) k--;
    if (k < 1 || !argumentPreps.match(words, k)) return false;
    if (!pack.capitalisesNouns) {
      // "invested $10 million in Dorta and $30 million in Wexo": a list joiner before the preposition continues the trigger's reach.
      // (A figure stands between the joiner and the preposition: the phrase repeats the first one's shape.)
      const jn = listJoinerSet.find(words, Math.max(0, k - RELATION_ARGUMENT_REACH), k);
      const joined = jn >= 0 && words.slice(jn + 1, k).some((w) => w.kind === 'number');
      const reach = joined ? 2 * RELATION_ARGUMENT_REACH : RELATION_ARGUMENT_REACH;
      for (let j = Math.max(0, k - reach); j < k; j++) if (triggers.match(words, j)) return true;
      // "entrer à hauteur de 48% dans le capital de Dorta": a trigger's own preposition of several words, the trigger within reach before it.
      if (phraseEndingAt(words, compiledTriggers.multiWordPreps, k + 1, MULTIWORD_PREP_WORDS) >= 0) for (const t of compiledTriggers.withPreps) {
        const p = phraseEndingAt(words, t.preps, k + 1, MULTIWORD_PREP_WORDS);
        if (p < 0 || p === k) continue;
        for (let j = Math.max(0, p - RELATION_ARGUMENT_REACH); j < p; j++) if (t.forms.match(words, j)) return true;
      }
      // "Daarnaast werkt Kalvon samen met Galnosto": a separable verb's particle may stand right before the preposition.
      if (compiledTriggers.particles.has(words[k - 1].fold)) for (let j = Math.max(0, k - reach); j < k - 1; j++) if (separableAt(j)) return true;
      return false;
    }
    // Where every noun is capitalised, only a trigger's own preposition vouches for the word ("steigt bei Kiwilabs ein",
    // "Geldgeber von Kiwilabs"), not any preposition near any trigger ("Modelle von Meta … als Innovator").
    for (let j = Math.max(0, k - RELATION_ARGUMENT_REACH); j < k; j++) {
      const m = triggers.match(words, j);
      if (m && j + m.length === k + 1) return true;
    }
    for (const t of compiledTriggers.withPreps) {
      if (!t.preps.match(words, k)) continue;
      for (let j = Math.max(0, k - RELATION_ARGUMENT_REACH); j < k; j++) if (t.forms.match(words, j)) return true;
    }
    return false;
  }
  /** Verb-final: "könnte 20 Millionen Euro in Harbor investieren": the verb with this preposition closing the clause right after the word vouches for it. */
  function closingVerbArgument(i: number): boolean {
    if (!pack.capitalisesNouns || i < 1) return false;
    for (const t of compiledTriggers.withPreps) {
      if (!t.preps.match(words, i - 1)) continue;
      const v = t.forms.match(words, i + 1);
      const after = v ? words[i + 1 + v.length] : undefined;
      if (v && (after === undefined || (after.kind === 'punct' && after.text !== '-') || auxiliaries.match(words, i + 1 + v.length))) return true;
    }
    return false;
  }

  /**
   * A bare capitalised word (no article before it, no common-noun ending) as the subject right
   * before a relation's verb or its object right after: "Merck kauft Millipore", "Henkel übernimmt
   * Cognis". In languages that capitalise nouns this is the only place a lone word is a name.
   */
  /**
   * A post introduced after the name: "named Niel Golightly as the company's senior vice president", "benoemd tot
   * bestuursvoorzitter" — "as", then at most ROLE_AS_WORDS lower-case words (an article, a possessor, "new"), then a title.
   */
  const roleAs = phrases(pack, 'roleAs', E.roleAs);
  /** "joined Brantwood Analytics as chief financial officer": after a verb whose object is the organisation, the name is that. */
  const forwardTriggers = triggerPhrases(pack, '*forward', () => nameTriggers(pack).filter((t) => !t.reversed).flatMap((t) => t.forms));
  const afterForwardTrigger = (i: number): boolean => {
    for (let j = Math.max(0, i - 3); j < i; j++) if (forwardTriggers.match(words, j)?.length === i - j) return true;
    return false;
  };
  /**
   * "a annoncé le président de cette dernière, Arezki Idjerouidène.": a name that closes its clause after a comma
   * that ends a title's phrase (the title within TITLE_APPOSITION_REACH words, no punctuation between) is the
   * title holder's.
   */
  const titleApposedBefore = (i: number, end: number): boolean => {
    if (i < 2 || words[i - 1].text !== ',' || end - i < 2 || (words[end] !== undefined && words[end].kind !== 'punct')) return false;
    for (let k = i - 2; k >= Math.max(0, i - 1 - TITLE_APPOSITION_REACH); k--) {
      if (words[k].kind === 'punct') return false;
      const t = titles.match(words, k);
      if (t) return k + t.length < i;
    }
    return false;
  };
  const namedAs = (end: number): boolean => {
    const m = roleAs.match(words, end);
    if (!m) return false;
    for (let k = end + m.length; k <= end + m.length + ROLE_AS_WORDS && k < words.length; k++) {
      if (titles.match(words, k) !== undefined) return true;
      // Lower-case words, or a possessor's name ("as Acme's chief executive"), may stand between.
      const possessor = words[k].stem !== words[k].text;
      if ((words[k].kind !== 'word' || isCapitalised(words[k])) && !possessor) return false;
    }
    return false;
  };
  /** A run that is one word but for glued hyphens and dots ("ProSiebenSat.1", "Air France-KLM" is two). */
  const oneWord = (i: number, end: number): boolean => {
    for (let k = i + 1; k < end; k++) if (!words[k].glued) return false;
    return true;
  };
  /** A capitalised adjective before its noun ("in de Eindhovense chipstart-up …") names nothing by itself. */
  const modifiesNext = (i: number): boolean => isLowerWord(words[i + 1]);
  const compiledTriggers = triggersOf(pack);
  /** A separable verb at k whose particle closes the clause ("Heijmans neemt … over"). */
  const separableAt = (k: number): { length: number } | undefined => {
    for (const t of compiledTriggers.separable) {
      const m = t.forms.match(words, k);
      if (m && particleCloses(words, t.particle, k + m.length, t.particleNext)) return m;
    }
    return undefined;
  };
  /**
   * The word at `end` is the particle that closes a separable trigger of the clause before it: the
   * name right before it is that verb's object, adverbials may stand between ("lijfde vorig jaar Sanoma in").
   */
  const closingParticle = (end: number): boolean => {
    const p = words[end];
    if (p === undefined || p.kind !== 'word') return false;
    for (const t of compiledTriggers.separable) {
      if (t.particle !== p.fold) continue;
      for (let k = end - 2; k >= Math.max(0, end - SEPARABLE_OBJECT_REACH); k--) {
        if (words[k].kind === 'punct') break;
        const m = t.forms.match(words, k);
        if (m && k + m.length < end && particleCloses(words, t.particle, k + m.length, t.particleNext)) return true;
      }
    }
    return false;
  };
  const clauseOpeners = phrases(pack, 'clauseOpeners', pack.relations.complementisers);
  const auxiliaries = derivedPhrases(pack, 'auxiliaries', () => [...pack.relations.passiveAuxiliaries, ...pack.relations.perfectAuxiliaries]);
  /** A comma at `end`, then (after determiners) a relation noun in lower case: "…, filiale du groupe Iliad", "…, propiedad de X". */
  function appositiveRelationNoun(end: number): boolean {
    if (pack.wordOrder === 'SOV' || pack.capitalisesNouns || words[end]?.text !== ',') return false;
    // "…, which is owned by X": a relative pronoun and an auxiliary may open it.
    const openers = phrases(pack, 'appositionOpeners', [...pack.relations.relativePronouns, ...pack.relations.passiveAuxiliaries]);
    let k = end + 1;
    while (k < words.length && k - end <= 3 && (determiners.match(words, k) || openers.match(words, k))) k++;
    if (words[k] === undefined || /^\p{Lu}/u.test(words[k].text)) return false;
    if (nounTriggerForms(pack).match(words, k) !== undefined) return true;
    // "Runway, backed by Google and Nvidia, …": a relation's participle with its passive agent.
    const participle = triggers.match(words, k);
    return participle !== undefined && phrases(pack, 'passiveAgents', pack.relations.passiveAgents).match(words, k + participle.length) !== undefined;
  }

  const relativePronouns = phrases(pack, 'relativePronouns', pack.relations.relativePronouns);
  /**
   * "Kalvon has completed its acquisition of Dorta", "Kalvon said on Monday it would buy Dorta":
   * where only names are capitalised and the subject comes first, one word opening a sentence
   * whose predicate reaches a relation's verb or noun through lower-case words is its subject.
   * Not a word the document writes in lower case elsewhere ("Shares rose after …"), a verb form
   * (morphology.subjectlessVerbEndings), a given name alone, or a relation's own noun.
   */
  function clauseSubject(i: number, end: number, initial: boolean): boolean {
    const w = words[i];
    if (pack.capitalisesNouns || pack.wordOrder === 'SOV' || !initial || end - i !== 1 || stop.has(w.fold) || notNames.has(w.fold)) return false;
    // A gerund opens a clause without its subject ("Bulking up helps it compete"); a given name alone is a person's.
    if (pack.morphology.subjectlessVerbEndings.some((e) => w.fold.endsWith(e)) || isGivenName(w)) return false;
    // "Investors in the deal include …", "Shares of …": a relation's own noun is no name.
    const R = pack.relations;
    const relationNoun = nounTriggerForms(pack).match(words, i) || phrases(pack, 'holderNouns', R.holderNouns).match(words, i) || phrases(pack, 'stakeNouns', R.stakeNouns).match(words, i) || phrases(pack, 'roundNouns', R.roundNouns).match(words, i);
    if (relationNoun) return false;
    if (ctx.lowerCaseWords?.has(w.fold) || titles.match(words, i) || companyNouns.match(words, i) || phrases(pack, 'orgAnaphors', E.orgAnaphors).match(words, i)) return false;
    // "Kalvon, which makes pumps, said it would acquire Dorta", "Kalvon, advised by Goldman Sachs, agreed to buy Dorta":
    // a relative clause or a participle phrase set off by commas may stand between.
    // "Agrial (Caen, 14) continue …": so may a short bracket (its seat, a ticker).
    if (words[end]?.text === '(') {
      const close = words.findIndex((x, k) => k > end && k <= end + OPENING_BRACKET_WORDS && x.text === ')');
      if (close > end) end = close + 1;
    }
    let from = end;
    const participle = words[end + 1] !== undefined && pack.morphology.subjectlessVerbEndings.some((e) => words[end + 1].fold.endsWith(e)) && /^\p{Ll}/u.test(words[end + 1].text);
    const relative = words[end]?.text === ',' ? relativePronouns.match(words, end + 1) : undefined;
    if (relative || (words[end]?.text === ',' && participle)) {
      let k = end + 2;
      if (relativeClauseTrigger(end)) return true;
      while (k < words.length && k - end <= RELATIVE_CLAUSE_WORDS && words[k].text !== ',') k++;
      if (words[k]?.text !== ',') return false;
      from = k + 1;
    }
    if (words[from] === undefined || !/^\p{Ll}/u.test(words[from].text)) return false;
    for (let k = from; k < Math.min(words.length, from + SUBJECT_PREDICATE_REACH); k++) {
      const v = words[k];
      const predicate = triggers.match(words, k) || nounTriggerForms(pack).match(words, k) || separableAt(k);
      // Where the finite verb comes second, a verb further on with a capitalised word right after it has its subject
      // there: the words before it are an adverbial ("Zoals verwacht koopt Salesforce …").
      if (predicate && pack.verbSecond && k > from && isCapitalised(words[k + predicate.length] ?? v)) return false;
      if (predicate) return true;
      // "Kalvon gaat Dorta overnemen": in a verb-final clause the object's name may stand before the verb.
      const objectBeforeVerb = pack.verbFinalClauses && isCapitalised(v) && words[k + 1] !== undefined && triggers.match(words, k + 1) !== undefined;
      if (objectBeforeVerb) return true;
      // "Kalvon a nommé Marie Durand directrice financière": a person named with a title after the verb; the opening name appoints.
      if (isCapitalised(v) && isGivenName(v)) {
        let e = k + 1;
        while (e < words.length && e - k < MAX_NAME_WORDS && (isCapitalised(words[e]) || NAME_CONNECTORS.has(words[e].fold))) e++;
        const as = roleAs.match(words, e);
        return titles.match(words, e + (as?.length ?? 0)) !== undefined;
      }
      if (v.kind !== 'word' || !(/^\p{Ll}/u.test(v.text) || stop.has(v.fold))) return false;
    }
    return false;
  }

  /**
   * "Tavexran, que compite con Pexran, …", "Kalvon, which acquired Dorta in 2019, …", "Zeta Resources, which owns 9.96 per
   * cent of …": a comma at `end`, a relative pronoun and a relation's verb (an auxiliary may come first: "qui a racheté");
   * the name before the comma is that verb's subject.
   */
  function relativeClauseTrigger(end: number): boolean {
    const relative = words[end]?.text === ',' ? relativePronouns.match(words, end + 1) : undefined;
    if (!relative) return false;
    let v = end + 1 + relative.length;
    const aux = auxiliaries.match(words, v);
    if (aux) v += aux.length;
    return words[v] !== undefined && /^\p{Ll}/u.test(words[v].text) && triggers.match(words, v) !== undefined;
  }

  /**
   * Where a short time adverbial after the verb ends ("übernahm im Mai das …", "kauft nun die …"):
   * lower-case words and month names, at most ADVERBIAL_WORDS; `k` itself when there is none.
   */
  function afterAdverbial(k: number): number {
    let e = k;
    while (e < words.length && e - k < ADVERBIAL_WORDS && words[e].kind === 'word' && !determiners.match(words, e) && (/^\p{Ll}/u.test(words[e].text) || (e > k && pack.time.months[`${words[e - 1].fold} ${words[e].fold}`] !== undefined))) e++;
    return e;
  }

  function besideTrigger(i: number, end = i + 1): boolean {
    const w = words[end - 1];
    if (isCommonNoun(w) || (i > 0 && determiners.match(words, i - 1))) return false;
    if (i > 0 && pack.capitalisesNouns && /^\p{Ll}/u.test(words[i - 1].text) && !argumentPreps.match(words, i - 1) && !triggers.match(words, i - 1) && !auxiliaries.match(words, i - 1)) return false;
    // A German sentence opens with any part of speech, capitalised ("Außerdem investiert …").
    const initial = opensSentence(words, i);
    // "Existing investors, including …": an opening word before a holder noun is as often its adjective as a company.
    if (initial && phrases(pack, 'holderNouns', pack.relations.holderNouns).match(words, end) !== undefined) return false;
    // "Vantix was bought by …": an auxiliary may stand between the name and the verb.
    const aux = auxiliaries.match(words, end);
    const verbAt = aux ? end + aux.length : end;
    // Where only names are capitalised, a word right before the closing particle of a separable verb is its object.
    if (!pack.capitalisesNouns && end - i === 1 && !initial && closingParticle(end)) return true;
    const next = triggers.match(words, verbAt) ?? separableAt(verbAt);
    // Where every noun is capitalised, any noun may stand before a verb ("Laut Bericht übernimmt …"): there only a
    // clause opener before the word vouches for it ("hat Cognis übernommen", "dass Bosch … investiert").
    const opener = i > 0 && (auxiliaries.match(words, i - 1) !== undefined || clauseOpeners.match(words, i - 1) !== undefined);
    // A German sentence may open with its subject: "Kestrel übernimmt Quillon für …" (a word with a
    // noun ending opens with an object or adverb instead: "Berichten zufolge …").
    const nounEnding = tables.endsInNounEnding(w.fold);
    // The object may be a described name: "Daimler übernimmt den Motorenhersteller Tognum".
    const objectAt = next === undefined ? -1 : verbAt + next.length;
    const describedObject = (k: number): boolean => {
      // "übernimmt das Start-up Bripex": a company noun phrase of the pack.
      const cue = companyNouns.match(words, k);
      if (cue && isCapitalised(words[k + cue.length])) return true;
      const d = determiners.match(words, k);
      if (!d) return false;
      for (let j = k + d.length; j < Math.min(words.length - 1, k + d.length + DESCRIPTION_WORDS); j++) if (words[j].kind === 'word' && tables.endsInCompanyHead(words[j].fold) && isCapitalised(words[j + 1])) return true;
      return false;
    };
    const initialSubject = pack.capitalisesNouns && initial && end - i === 1 && !nounEnding && !stop.has(w.fold) && next !== undefined &&
      ((isCapitalised(words[objectAt]) && !determiners.match(words, objectAt)) || describedObject(objectAt) || describedObject(afterAdverbial(objectAt)));
    if (next && !RELATION_NOUN.test(words[verbAt].text) && (!pack.capitalisesNouns || opener || initialSubject)) return true;
    // "Kestrel, Quillon'u satın aldı.": a verb-final sentence opens with its subject and a comma.
    // Not "Şirket," ("the company", an anaphor) nor a dateline in capitals ("İSTANBUL, 5 Mayıs (AA) -").
    const dateline = w.text.length > DATELINE_MIN && w.text === w.text.toLocaleUpperCase(pack.code);
    if (pack.wordOrder === 'SOV' && initial && end - i === 1 && words[end]?.text === ',' && !stop.has(w.fold) && !dateline && !companyNouns.match(words, i) && !phrases(pack, 'orgAnaphors', pack.entities.orgAnaphors).match(words, i) && triggers.find(words, end + 1) >= 0) return true;
    // "Boltway, filiale du groupe Iliad, …", "Boltway, a subsidiary of Acme, …": an apposition that is a relation's noun describes a company.
    if (initial && end - i === 1 && !stop.has(w.fold) && !dateline && !companyNouns.match(words, i) && appositiveRelationNoun(end)) return true;
    // "Kestrel heeft Quillon overgenomen.": an auxiliary after the word and a trigger participle ending the clause.
    // Where every noun is capitalised, only a word opening the sentence with no noun ending, no listed word and no
    // article before it: "Kalvon hat Dorta übernommen", "Dorta wurde 2020 von Kalvon übernommen".
    const germanOpening = pack.capitalisesNouns && initial && end - i === 1 && !nounEnding && !stop.has(w.fold) && !notNames.has(w.fold) && !companyNouns.match(words, i) && !titles.match(words, i);
    if (aux && pack.verbFinalClauses && (!pack.capitalisesNouns || germanOpening)) {
      for (let k = verbAt; k < Math.min(words.length, verbAt + FINAL_PARTICIPLE_REACH); k++) {
        const p = triggers.match(words, k);
        const after = words[k + (p?.length ?? 0)];
        if (p && (!after || (after.kind === 'punct' && after.text !== '-'))) return true;
        if (words[k].kind === 'punct') break;
      }
    }
    if (clauseSubject(i, end, initial)) return true;
    const prev = i > 0 ? triggers.match(words, i - 1) : undefined;
    // "sammelt Geld ein": where every noun is capitalised, what a company raises is money, no company.
    const raised = pack.capitalisesNouns && i > 0 && raisingVerbs(pack).match(words, i - 1) !== undefined;
    return prev !== undefined && prev.length === 1 && i > 1 && !modifiesNext(end - 1) && !raised;
  }

  /**
   * End of a name with the legal forms written after it: "Veltra Systems Inc.", "Samsung
   * Electronics Co., Ltd." (not a company "Ltd" of its own), "Orrin Robotics B.V."; part of
   * the span of the rule that found the name (gazetteer, `entity.org-suffix`).
   */
  function legalTail(to: number): number {
    const dotted = dottedLegalEnd(to);
    if (dotted !== undefined) return dotted;
    // "Veltra Systems Inc.": a legal form right after a known name is part of it.
    // Not the head of a compound: "Amazon Co-founder" has no legal form.
    let end = to;
    const w = words[to];
    if (w && !taken[to] && w.kind === 'word' && !w.glued && singleLegalForms.has(w.stem) && !(words[to + 1]?.text === '-' && words[to + 1].glued)) end++;
    let k = end;
    if (words[k]?.text === '.' && words[k].glued) k++;
    const next = words[k + 1];
    return words[k]?.text === ',' && next && !taken[k + 1] && singleLegalForms.has(next.stem) ? k + 2 : end;
  }

  /**
   * End (exclusive, before its last period) of a legal form written as letters and dots
   * starting at word j ("S.A.", "N.V.", "A.Ş.", "S.p.A."), or undefined; part of the span of
   * the rule that found the name.
   */
  function dottedLegalEnd(j: number): number | undefined {
    let k = j;
    let letters = '';
    while (k < words.length && !taken[k] && words[k].kind === 'word' && words[k].text.length <= 2 && (k === j || words[k].glued) && words[k + 1]?.text === '.' && words[k + 1].glued) {
      letters += words[k].text;
      k += 2;
    }
    return letters.length >= 2 && dottedLegalForms.has(letters) ? k - 1 : undefined;
  }

  // Tier 3: capitalisation fallback (Latin script). Title-case headlines capitalise every
  // word, so there a capital letter says nothing.
  // Names already recognised say nothing about the line's casing ("Microsoft agreed to acquire Kelvio Systems").
  const longWords = words.filter((w, k) => !taken[k] && w.kind === 'word' && w.text.length > 3 && !w.glued && !stop.has(w.fold));
  // A line that ends with a full stop is not a headline, however many names it holds (headlines may end in "?" or "!").
  const endsLikeSentence = words.length > 0 && /^[.…]$/u.test(words[words.length - 1].text);
  const titleCase = !endsLikeSentence && longWords.length >= TITLE_CASE_MIN_WORDS && longWords.filter((w) => /^\p{Lu}/u.test(w.text)).length / longWords.length >= TITLE_CASE_SHARE;
  // A title-case label before a colon ("Hoge Financiële Risico’s: Een investering …") or a
  // whole title-case line without a full stop is a heading: its capitals are typography.
  const headingEnd = headingSpan(words, stop);
  /** A lower-case company noun ("uitgever", "carmaker", "startup"): the cue of the name after it. */
  const isCompanyHead = (w: Word | undefined): boolean => w !== undefined && w.kind === 'word' && /^\p{Ll}/u.test(w.text) && tables.endsInCompanyHead(w.fold);
  const latinLowerNouns = pack.script === 'latin' && !pack.capitalisesNouns;
  // Definite articles: the first words of the pack's anaphors ("the company", "het bedrijf", "la empresa").
  const articles = tables.articles;
  // Capitals inside a phrase of the pack are the phrase's, not a name's ("presidente del Consejo de Administración");
  // where every noun is capitalised, so is a one-word trigger noun ("Der Verkauf von Boltway Systems an …").
  const origins = phrases(pack, 'originPreps', pack.entities.originPreps);
  const inPhrase: boolean[] = [];
  for (let k = 0; k < words.length; k++) {
    const m = triggers.match(words, k) ?? titles.match(words, k);
    if (m && (m.length > 1 || pack.capitalisesNouns)) for (let j = k; j < k + m.length; j++) inPhrase[j] = true;
    // And so are a company's functions behind a title ("directora de Comunicación de Kestrel").
    const fn = titleFunctionAt(k);
    for (let j = k; j < k + fn; j++) inPhrase[j] = true;
  }
  for (let i = 0; i < words.length; i++) {
    if (taken[i] || !isCapitalised(words[i]) || inPhrase[i]) continue;
    const opening = i === 0 || /^[:"„“«(–—-]$/u.test(words[i - 1].text);
    // A function word with a clitic is one too ("It's", "That's").
    if (words[i].stem !== words[i].text && stop.has(foldWord(words[i].stem))) continue;
    if (stop.has(words[i].fold)) {
      // Where only names are capitalised, a capitalised article inside a sentence belongs to the
      // name after it ("eigenaar van De Telegraaf", "selon Le Monde", "según El País").
      // So does a capitalised surname particle ("neemt Van Gisbergen over", "Van Lanschot Kempen").
      const article = latinLowerNouns && !opening && !titleCase && i >= headingEnd && /^\p{Lu}\p{Ll}/u.test(words[i].text) && (articles.has(words[i].fold) || NAME_CONNECTORS.has(words[i].fold));
      if (!article || !words[i + 1] || taken[i + 1] || !isCapitalised(words[i + 1]) || stop.has(words[i + 1].fold)) continue;
      const to = nameRun(i + 1, false);
      if (to <= i + 1 || isCompanyHead(words[to])) continue;
      add({ from: i, to, type: 'Organization', name: surface(i, to), ruleId: `${pack.code}.entity.article-name`, strength: STRENGTH.fallback });
      i = to - 1;
      continue;
    }
    // A capitalised nationality before a name describes it ("het Mexicaanse Femsa Cerveza", "het Oostenrijkse Erber Group").
    if (latinLowerNouns && determiners.match(words, i)?.length === 1 && words[i + 1] !== undefined && isCapitalised(words[i + 1]) && !taken[i + 1]) continue;
    let end = nameRun(i, false);
    if (end <= i) continue;
    // "het Chinees-Amerikaanse Qiming Venture Partners": a compound of nationalities before a name describes it.
    if (latinLowerNouns && end - i === 3 && words[i + 1].text === '-' && determiners.match(words, end - 1)?.length === 1 && words[end] !== undefined && isCapitalised(words[end])) {
      i = end - 1;
      continue;
    }
    const first = words[i];
    // "betonte Peter Schiefer von Tatata", "said John Smith of Dorta": after a given name and a surname, "von"/"van"/"of"
    // before one last word introduces the person's organisation; a particle of the name comes right after the given name
    // ("Ursula von der Leyen", "Jan Peter van Dijk").
    if (isGivenName(first)) {
      const k = end - 2;
      if (k >= i + 2 && EMPLOYER_CONNECTORS.has(words[k].fold) && !isGivenName(words[k - 1]) && !NAME_CONNECTORS.has(words[k - 1].fold)) {
        end = k;
        //   entity.affiliation-slot  "betonte Peter Schiefer von Tatata" → Tatata (Organization)
        const o = words[k + 1];
        if (!isCommonNoun(o) && !tables.endsInNounEnding(o.fold) && !stop.has(o.fold) && !isGivenName(o)) {
          add({ from: k + 1, to: k + 2, type: 'Organization', name: surface(k + 1, k + 2), ruleId: `${pack.code}.entity.affiliation-slot`, strength: STRENGTH.fallback });
        }
      }
    }
    const last = words[end - 1];
    const sentenceInitial = opening;
    // "de Noord-Nederlandse uitgever NDC", "the Texas-based driller Endeavor": a capitalised
    // modifier before a company noun and its name names nothing itself.
    // A possessor is a name though ("Acme Corp's unit Boltway").
    if (latinLowerNouns && isCompanyHead(words[end]) && words[end + 1] !== undefined && isCapitalised(words[end + 1]) && !isOrgSuffix(words[end]) && last.stem === last.text) {
      i = end - 1;
      continue;
    }
    // "De Volksbank heeft …": after an article opening the sentence, one capitalised word the
    // clause goes on from in lower case is a name where only names are capitalised.
    // ("The Zentra maker raised …": a word before a company noun modifies it.)
    if (latinLowerNouns && end - i === 1 && i === 1 && articles.has(words[0].fold) && !determiners.match(words, i) && isLowerWord(words[end]) && !isCompanyHead(words[end]) && !titles.match(words, i) && !isCommonNoun(first) && !titleCase && headingEnd === 0) {
      add({ from: i, to: end, type: 'Organization', name: surface(i, end), ruleId: `${pack.code}.entity.after-article`, strength: STRENGTH.fallback });
      continue;
    }
    // An org suffix right after the run: "Acme Robotics Inc.", "Mistral AI".
    // Suffixes match as written ("Co" but not "co-founder"), and not as the head of a hyphenated compound.
    const next = words[end];
    const suffix = next && isOrgSuffix(next) && !(words[end + 1]?.text === '-' && words[end + 1].glued) ? 1 : 0;
    // A run that ends in letters glued by dots ends in a legal form ("Işıklar Holding A.Ş").
    const lastIsSuffix = end - i >= 2 && (isOrgSuffix(last) || (words[end - 2].text === '.' && last.glued));
    if ((suffix || lastIsSuffix) && !titleCase && i >= headingEnd) {
      const to = legalTail(end + suffix);
      // "Kreaxi, 360 Capital Partners et …": a figure opening a list item belongs to the name.
      const numbered = i >= 1 && words[i - 1].kind === 'number' && !taken[i - 1] && (i === 1 || words[i - 2].text === ',' || listJoinerSet.match(words, i - 2) !== undefined);
      const from = numbered ? i - 1 : i;
      add({ from, to, type: 'Organization', name: surface(from, to), ruleId: `${pack.code}.entity.org-suffix`, strength: STRENGTH.cue });
      i = to - 1;
      continue;
    }
    const slot = pack.capitalisesNouns || titleCase ? undefined : slotAt(i);
    // The head of a hyphenated compound ("AI-Entwicklungen", "US-Investor") modifies it; it names nothing alone.
    // Elsewhere a name glued to a lower-case noun is that noun's possessor ("Quillon-dochter"), unless it is an acronym ("AI-bedrijf").
    // A compound whose tail is a relation noun ("Opel-Mutter", "VW-Tochter", "BT-owned") names its head: that is the relation's argument.
    // "Family-owned candy giant Mars", "State-backed …": a capital opening the sentence may be a common noun's.
    // Where every noun is capitalised, "Mobilfunk-Anbieter" names a kind of product: only a brand or an acronym is a name there ("ChatGPT-Entwickler").
    const category = pack.capitalisesNouns && categoryCompounds(pack).match(words, end) !== undefined && !looksLikeBrand(words[end - 1]) && !ACRONYM.test(words[end - 1].stem);
    // After a possessive the compound's head is a kind, not its owner: "über seine Wagniskapital-Tochter Bosch Ventures".
    const possessed = pack.capitalisesNouns && i > 0 && possessivePronouns.match(words, i - 1)?.length === 1 && !looksLikeBrand(words[i]) && !ACRONYM.test(words[i].stem);
    const relationCompound = words[end]?.text === '-' && words[end].glued && compoundTriggers(pack).match(words, end) !== undefined && !companyHeadWords.has(words[end - 1].fold) && !possessed &&
      !(opening && end - i === 1 && !looksLikeBrand(words[i]) && !ACRONYM.test(words[i].stem)) && !category;
    const compoundHead = (words[end]?.text === '-' && words[end].glued && words[end + 1]?.glued === true && !relationCompound && (pack.capitalisesNouns || ACRONYM.test(words[end - 1].stem))) ||
      // A lone word right after a figure is its unit ("50 GWh", "300 MW").
      (end - i === 1 && i > 0 && words[i - 1].kind === 'number');
    if (relationCompound && !titleCase) {
      // Where every noun is capitalised only the word glued to the hyphen is the name ("Auftrag der Opel-Mutter").
      const from = pack.capitalisesNouns ? end - 1 : i;
      add({ from, to: end, type: 'Organization', name: surface(from, end), ruleId: `${pack.code}.entity.compound-head`, strength: STRENGTH.fallback });
      i = end - 1;
      continue;
    }
    // "Aiman Ezzat, directeur général de Capgemini": a title in apposition makes a person.
    const apposedTitle = (words[end]?.text === ',' && (titles.match(words, end + 1) !== undefined || (determiners.match(words, end + 1) !== undefined && titles.match(words, end + 2) !== undefined))) || (namedAs(end) && !afterForwardTrigger(i)) ||
      titleApposedBefore(i, end);
    // A name that ends in an organisation suffix or legal form is no person, even in a headline ("Orrin Robotics B.V. haalt geld op").
    // Where every noun is capitalised, only a run of words no common-noun suffix or company noun marks is a name there
    // ("sagte Timotheus Höttges, CEO der Deutschen Telekom"; not "Die Aktie, Chef …").
    const apposedName = apposedTitle && (!pack.capitalisesNouns || (end - i <= MAX_APPOSED_NAME_WORDS && words.slice(i, end).every((w) => !isCommonNoun(w) && !tables.endsInCompanyHead(w.fold) && !stop.has(w.fold) && !notNames.has(w.fold))));
    if (end - i >= 2 && (isGivenName(first) || slot === 'Person' || apposedName) && !suffix && !lastIsSuffix) {
      add({ from: i, to: end, type: 'Person', name: surface(i, end), ruleId: `${pack.code}.entity.given-name`, strength: STRENGTH.fallback });
      i = end - 1;
      continue;
    }
    // Where only names are capitalised, two or more capitalised words inside a sentence are a
    // name; without a given name or a suffix the safest type is an organisation ("Air France").
    // At a sentence start, a run of capitalised words the clause goes on from in lower case ("Acme Foods sells …") is a name too.
    // A verb-final sentence may set its subject off with a comma ("Kestrel Enerji, Orrin Solar'ı satın aldı").
    // Its short form, made of its initials, may stand in brackets between: "Sociedad Textil Lonia (STL) informa que …".
    const bracketed = words[end]?.text === '(' && words[end + 2]?.text === ')' && words[end + 1].kind === 'word' &&
      words[end + 1].text === words.slice(i, end).map((x) => x.text[0]).join('').toLocaleUpperCase(pack.code);
    const opensClause = sentenceInitial && words[end] !== undefined && (isLowerWord(words[end]) || (pack.wordOrder === 'SOV' && words[end].text === ',') || (bracketed && isLowerWord(words[end + 3])) ||
      (!pack.capitalisesNouns && relativeClauseTrigger(end)));
    if (end - i >= 2 && !pack.capitalisesNouns && !titleCase && (!sentenceInitial || opensClause || appositiveRelationNoun(end)) && i >= headingEnd) {
      add({ from: i, to: end, type: 'Organization', name: surface(i, end), ruleId: `${pack.code}.entity.capitalised-run`, strength: STRENGTH.fallback });
      i = end - 1;
      continue;
    }
    // Where every noun is capitalised only a word with no noun ending fills the slot ("steigt bei Kiwilabs ein", not "in Rechenzentren").
    // A compound company noun describes the name after it ("der Baufirma Hochtief"): it is none itself.
    // A company noun alone is the company a text refers back to ("97,2 Prozent an der Reederei"), no name.
    const nounLike = pack.capitalisesNouns && (isCommonNoun(last) || tables.endsInNounEnding(last.fold) || (tables.endsInCompanyHead(last.fold) && end - i === 1 && words[end] !== undefined && isCapitalised(words[end])) ||
      (end - i === 1 && companyHeadWords.has(last.fold)));
    // "Sir Richard Branson’s airline", "de M. Salle": an honorific before a name is none itself.
    const honorific = end - i === 1 && (honorifics.match(words, i)?.length === 1 || personTitles.match(words, i)?.length === 1);
    if ((slot === 'Organization' || (!slot && !titleCase && !nounLike && (relationArgument(i) || (pack.capitalisesNouns && afterTitle(i))))) && oneWord(i, end) && !sentenceInitial && !compoundHead && !honorific) {
      add({ from: i, to: end, type: 'Organization', name: surface(i, end), ruleId: `${pack.code}.entity.argument-slot`, strength: STRENGTH.fallback });
      continue;
    }
    // A capitalised company noun alone ("Banka’nın ana hissedarı", "the Company's shareholder") is the company a text defined, no name.
    // Nor a nationality ("İngiliz yatırım şirketi Kestrel": British, no company).
    // Nor a place of origin ("Bouwbedrijf Heijmans uit Rosmalen neemt … over").
    if (oneWord(i, end) && !compoundHead && !titleCase && !honorific && i >= headingEnd && !notNames.has(first.fold) && besideTrigger(i, end) && determiners.match(words, i) === undefined && !(i > 0 && origins.match(words, i - 1)?.length === 1) && !(sentenceInitial && words[end]?.text === '-' && words[end].glued && !looksLikeBrand(first)) &&
      companyNouns.match(words, i)?.length !== 1 && phrases(pack, 'orgAnaphors', E.orgAnaphors).match(words, i)?.length !== 1) {
      // "released Zentra", "a lancé Zentra": after a verb only of making products, the name is a product's (where the
      // object follows its verb: a Turkish participle comes before its subject, "parça üreten Akkardan"); not a
      // category ("makes PCs").
      const madeBy = i > 0 && pack.wordOrder === 'SVO' && !pack.verbSecond && productVerbs(pack).match(words, i - 1)?.length === 1 && !sentenceInitial && !/^\p{Lu}+s$/u.test(first.text);
      add({ from: i, to: end, type: madeBy ? 'Product' : 'Organization', name: surface(i, end), ruleId: `${pack.code}.entity.trigger-argument`, strength: STRENGTH.fallback });
      continue;
    }
    if (looksLikeBrand(first) && oneWord(i, end) && !compoundHead && !abbreviatesPhrase(words, i, taken)) {
      add({ from: i, to: end, type: 'Organization', name: surface(i, end), ruleId: `${pack.code}.entity.brand-shape`, strength: STRENGTH.fallback });
      continue;
    }
    // "led Kalvon's $20 million round", "Kalvon's chief executive": where only names are capitalised, a lone capitalised
    // word inside a sentence with a possessive "'s" is a name (a person's where the document knows the surname).
    const possessive = latinLowerNouns && oneWord(i, end) && !sentenceInitial && !titleCase && i >= headingEnd && first.stem !== first.text && /['’]s$/u.test(first.text) && !stop.has(foldWord(first.stem)) && !notNames.has(foldWord(first.stem)) && !isGivenName(first) && !isCommonNoun(first) &&
      // Not a defined term ("the Company's", "the Bank's").
      !tables.endsInCompanyHead(foldWord(first.stem)) && !(i > 0 && articles.has(words[i - 1].fold));
    if (possessive) {
      add({ from: i, to: end, type: 'Organization', name: surface(i, end), ruleId: `${pack.code}.entity.possessive-name`, strength: STRENGTH.fallback });
      continue;
    }
    // "…, Linkfluence conclut la levée", "Ring Capital, Tikehau, Sigma et Kreaxi ont participé": where only
    // names are capitalised, a lone capitalised word inside a sentence after a comma or a list joiner,
    // going on in lower case or punctuation, is a name.
    const afterListMark = i > 0 && (words[i - 1].text === ',' || listJoinerSet.match(words, i - 1) !== undefined);
    if (latinLowerNouns && oneWord(i, end) && !sentenceInitial && afterListMark && !titleCase && i >= headingEnd && !compoundHead && !isCommonNoun(first) && !determiners.match(words, i) && (words[end] === undefined || (words[end].kind === 'punct' && words[end].text !== '-') || isLowerWord(words[end]))) {
      // ("Noord- en Zuid-Holland": a word with a dangling hyphen is half of a compound.)
      add({ from: i, to: end, type: 'Organization', name: surface(i, end), ruleId: `${pack.code}.entity.listed-name`, strength: STRENGTH.fallback });
      continue;
    }
    // Where every noun is capitalised a run of capitals is no name; its last word still may be ("die Fluglinie IAG").
    if (!pack.capitalisesNouns) i = end - 1;
  }

  // Names in a list with an organisation, or with each other, inside a sentence: "with Ryanair
  // and easyJet", "avec Air France et Transavia". A capital (or a brand shape) mid-sentence
  // marks a name; the list says which kind.
  if (!pack.capitalisesNouns && !titleCase) coordinatedNames();

  // Scripts without capitals mark names with quotes: «آب في», "ساب". A short quoted span is a
  // name, a product after a product noun, else an organisation.
  if (pack.script === 'arabic') {
    // Brackets mark a name only right after a company noun, or after "و" following such a bracketed name:
    // "تضم شركة (بي.سي.بي كابيتال بارتنرز) و(آر.بي سبورتس آند ميديا)".
    const bracketOpens = (i: number): boolean => {
      if (words[i].text !== '(') return false;
      for (let k = Math.max(0, i - COMPANY_NOUN_WORDS); k < i; k++) if (companyNouns.match(words, k)?.length === i - k) return true;
      return i >= 2 && words[i - 2].text === ')' && listJoinerSet.match(words, i - 1)?.length === 1;
    };
    for (let i = 0; i < words.length; i++) {
      const bracket = bracketOpens(i);
      if (!OPEN_QUOTE.test(words[i].text) && !bracket) continue;
      const closes = (t: string) => (bracket ? t === ')' : CLOSE_QUOTE.test(t));
      let j = i + 1;
      // Transliterated initials keep their periods and dashes inside the quotes: "أيه. تي أند تي" (AT&T), "تي ـــ موبايل يو. إس. أيه".
      let count = 0;
      while (j < words.length && count < MAX_QUOTED_WORDS && !closes(words[j].text) && (words[j].kind !== 'punct' || QUOTED_NAME_MARKS.test(words[j].text))) {
        if (words[j].kind !== 'punct') count++;
        j++;
      }
      if (j === i + 1 || j >= words.length || !closes(words[j].text)) continue;
      // The closing mark is no opening one, whatever becomes of the span ("رواسي" taken by a company noun).
      const close = j;
      // A quoted name may hold a function word ("آب في" = AbbVie), not be one.
      let free = true;
      let content = false;
      let functionWords = 0;
      for (let k = i + 1; k < j; k++) {
        if (taken[k]) free = false;
        if (!stop.has(words[k].fold)) content = true;
        if (words[k].bases.some((b) => stop.has(b))) functionWords++;
      }
      // A quotation, not a name: after a colon, opening on a function word, holding two, or one
      // in three words or more ("قال …: "لا يوجد شريك سوى "إنفيديا" يمكنه القيام بذلك"", where
      // straight quotes open and close alike).
      // Nor one word with the accusative ending "ـاً", an adjective or adverb in quotes ("عرضاً "عدائياً"", a hostile offer).
      const inflected = j - i - 1 === 1 && pack.morphology.adverbialEndings.some((e) => words[i + 1].text.endsWith(e));
      const speech = words[i - 1]?.text === ':' || stop.has(words[i + 1].fold) || functionWords >= 2 || (functionWords > 0 && j - i - 1 >= 3) || inflected;
      if (!free || !content || speech) {
        i = close;
        continue;
      }
      const product = i > 0 && productNouns.find(words, Math.max(0, i - 2), i) >= 0;
      add({ from: i + 1, to: j, type: product ? 'Product' : 'Organization', name: surface(i + 1, j), ruleId: `${pack.code}.entity.quoted-name`, strength: STRENGTH.cue });
      i = j;
    }
  }

  // Arabic: a given name and the next word make a person ("جيسون دروغ").
  if (pack.script === 'arabic') {
    for (let i = 0; i < words.length - 1; i++) {
      if (taken[i] || taken[i + 1] || words[i].script !== 'arabic' || !isGivenName(words[i]) || stop.has(words[i].fold)) continue;
      const next = words[i + 1];
      // "أحمد علي" (Ahmed Ali), not "أحمد على الاتفاقية" (Ahmed on the agreement): a homograph of a stopword is the name's where no definite noun follows.
      const homograph = E.nameHomographs.includes(next.text) && !(words[i + 2] !== undefined && isDefinite(words[i + 2]));
      if (next.script !== 'arabic' || ((stop.has(next.fold) || next.bases.some((b) => stop.has(b))) && !homograph)) continue;
      // "وقال جان فيليب بيرتشي": after two given names the surname follows (not a definite noun, a title or a verb).
      const third = words[i + 2];
      // Only after a reporting verb, where a verb cannot stand third ("قالت إن أحمد علي قرر …" names أحمد علي).
      const reported = i > 0 && phrases(pack, 'reporting', pack.claimStatus.reporting).match(words, i - 1)?.length === 1;
      const ok = (k: number) => words[k] !== undefined && !taken[k] && words[k].script === 'arabic' && !stop.has(words[k].fold) && !words[k].bases.some((b) => stop.has(b)) &&
        !titles.match(words, k) && nameEndingVerbs.match(words, k) === undefined;
      const surname = reported && isGivenName(next) && third !== undefined && ok(i + 2) && !isDefinite(third);
      let to = surname ? i + 3 : i + 2;
      // "أحمد عبد الكريم جلفار": a compound ("عبد" and a name) is one word of the name, and a surname may follow it.
      if (tables.openers.has(next.fold) && ok(i + 2)) {
        to = i + 3;
        if (ok(i + 3) && !isDefinite(words[i + 3])) to = i + 4;
      }
      // A family name in its article's nisba form closes the name: "محمد سيف السويدي", "محمد هادي الحسيني".
      if (ok(to) && isDefinite(words[to]) && E.familyNameEndings.some((e) => words[to].fold.endsWith(e))) to++;
      // "ومحمد سيف السويدي": "and" glued to the given name is no part of it.
      const w0 = words[i];
      const joiner = joinedGivenName(w0);
      const name = surface(i, to);
      add({ from: i, to, type: 'Person', name: joiner ? name.slice(joiner.length) : name, ruleId: `${pack.code}.entity.given-name`, strength: STRENGTH.fallback, ...(joiner ? { proclitic: joiner.length } : {}) });
      i = to - 1;
    }
    // Two words before a comma and a role title are a person's name, whatever the given name
    // (Arabic has no capitals to tell names): "وقال سعيد دروزة، الرئيس التنفيذي للشركة".
    //   ar.entity.title-apposition  "سعيد دروزة، الرئيس التنفيذي" → Person سعيد دروزة
    for (let i = 0; i + 3 < words.length; i++) {
      if (!['،', ','].includes(words[i + 2].text) || !titles.match(words, i + 3)) continue;
      const pair = [words[i], words[i + 1]];
      if (taken[i] || taken[i + 1] || pair.some((w) => w.script !== 'arabic' || stop.has(w.fold) || w.bases.some((b) => stop.has(b)) || isDefinite(w))) continue;
      add({ from: i, to: i + 2, type: 'Person', name: surface(i, i + 2), ruleId: `${pack.code}.entity.title-apposition`, strength: STRENGTH.cue });
    }
  }

  // The spelled-out form is a mention of the acronym's entity (its words are no trigger's, the graph keeps it as an alias).
  for (const e of expansions) {
    const short = out.find((m) => m.from <= e.acronym && e.acronym < m.to && m.type === 'Organization');
    if (short) out.push({ from: e.from, to: e.to, type: short.type, name: surface(e.from, e.to), canonical: short.canonical ?? short.name, ruleId: `${pack.code}.entity.expansion`, strength: short.strength });
  }

  return out.sort((a, b) => a.from - b.from);
}
