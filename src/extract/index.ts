/**
 * Extraction of one document: a pure function of the document, its language pack and the
 * lexicon (document in, mentions and claims out), so it can run in worker threads, be
 * cached by content hash, or run on other machines and be merged later.
 */
import type { LanguagePack } from '../lang/types.js';
import { gazetteerFor } from '../lexicon/matcher.js';
import type { Lexicon } from '../lexicon/schema.js';
import type { Document } from '../model/document.js';
import type { DocExtraction, EntityMention, ExtractedClaim, Sentence } from '../model/extraction.js';
import { isCapitalised, opensSentence, recogniseEntities, stopwordsOf, type RawMention } from './mentions.js';
import { foldName, nameKey } from './normalize.js';
import { endingTest } from './endings.js';
import { facilityForms, facilityName, findFacilities } from './facilities.js';
import { findOrgUnits } from './orgunits.js';
import { recogniseQuantities, type Quantity } from './quantities.js';
import { isSource, isTopic, orgAnaphorAt, salientOrg, type DocState, type Rule, type SentenceContext, type SMention } from './relate/context.js';
import { namePrefixClaims } from './relate/products.js';
import { RULES } from './relate/index.js';
import { dropAcquisitionPartnerships } from './relate/deals.js';
import { jointAmounts } from './relate/joint.js';
import { annotateStatus } from './relate/status.js';
import { segment } from './segment.js';
import { tokenize } from './tokenize.js';
import { phrases, titlePhrases, toWords, type Word } from './words.js';

export interface ExtractOptions {
  pack: LanguagePack;
  lexicon: Lexicon;
  rules?: readonly Rule[];
}

interface SentenceWork {
  sentence: Sentence;
  words: Word[];
  raw: RawMention[];
  quantities: Quantity[];
}

/** Relations that give a person a role at an organisation, which a later departure ends. */
const ROLE_RELATIONS: ReadonlySet<string> = new Set(['CEO_OF', 'WORKS_FOR', 'BOARD_MEMBER_OF', 'JOINED']);

/** Rule id ending of names a compound company noun introduces (mentions.ts; COMPANY_CUE_RULE for the others). */
const COMPANY_HEAD_RULE = '.entity.company-head';
/** Rule id ending of a name typed only by standing beside a relation's verb (mentions.ts). */
const TRIGGER_ARGUMENT = '.entity.trigger-argument';
/** Shortest surname or short name that is propagated through a document ("Wang", "Scale"). */
const MIN_SHORT_NAME = 3;
/** Arabic spellings of one name differ by a letter or two (زوكربيرغ / زوكربيرج). */
const ARABIC_VARIANT_DISTANCE = 1;
const ARABIC_VARIANT_MIN_LENGTH = 5;

export function extractDocument(doc: Pick<Document, 'key' | 'text' | 'lang'>, options: ExtractOptions): DocExtraction {
  const { pack, lexicon } = options;
  const gazetteer = gazetteerFor(lexicon);
  const sentences = segment(doc.text);
  const sentenceWords = sentences.map((sentence) => toWords(tokenize(doc.text, sentence.start, sentence.end), pack));
  const lowerCaseWords = lowerCaseFolds(sentenceWords);
  const work: SentenceWork[] = sentences.map((sentence, si) => {
    const words = sentenceWords[si];
    return { sentence, words, raw: recogniseEntities(words, { pack, gazetteer: gazetteer!, lexicon, lowerCaseWords }), quantities: recogniseQuantities(words, pack) };
  });

  if (pack.capitalisesNouns) compoundCompanyNames(work, pack);
  propagateNames(work, pack.script === 'arabic');
  if (pack.morphology.dropAnySuffixAfterApostrophe) for (const w of work) markApostropheNames(w, pack, lexicon);
  bracketAbbreviations(work);

  // Mention ids in document order.
  const mentions: EntityMention[] = [];
  const perSentence: SMention[][] = [];
  for (const w of work) {
    const list: SMention[] = [];
    for (const r of [...w.raw].sort((a, b) => a.from - b.from)) {
      const id = mentions.length;
      const first = w.words[r.from];
      const last = w.words[r.to - 1];
      const start = first.start + (r.proclitic ?? 0);
      mentions.push({
        id,
        text: doc.text.slice(start, last.end),
        start,
        end: last.end,
        name: r.name,
        type: r.type,
        ...(r.canonical ? { canonical: r.canonical } : {}),
        sentence: w.sentence.index,
        ruleId: r.ruleId,
      });
      if (!datelineAgency(w.words, r) && !datelinePlace(w.words, r)) list.push({ id, from: r.from, to: r.to, type: r.type, name: r.name, canonical: r.canonical });
    }
    perSentence.push(list);
  }

  const keys = mentionKeys(mentions);
  const mainOrg = mainOrganisation(mentions, keys);
  const state: DocState = {
    types: new Map(mentions.map((m) => [m.id, m.type])),
    keys,
    mainOrg,
    lastSubject: new Map(),
    lastClaim: new Map(),
    orgsBySentence: [],
  };

  // Org units need their parent: an organisation of the sentence, else the main one.
  const claims: ExtractedClaim[] = [];
  state.orgsBySentence = perSentence.map((list) => list.filter((m) => m.type === 'Organization').map((m) => m.id));
  const anaphorOrg = (w: SentenceWork, si: number): number | undefined => {
    const ctx: SentenceContext = { pack, index: w.sentence.index, words: w.words, mentions: perSentence[si], quantities: w.quantities, doc: state, used: new Set() };
    return orgAnaphorAt(ctx, 0, w.words.length) >= 0 ? salientOrg(ctx) : undefined;
  };
  work.forEach((w, si) => {
    const list = perSentence[si];
    for (const u of findOrgUnits(w.words, pack, (i) => list.some((m) => m.from <= i && i < m.to))) {
      // The organisation the sentence is about (its first), not one named in passing ("a former Google engineer");
      // "der Konzern gründet ein Labor": the one the anaphor refers to.
      const parent = list.find((m) => m.type === 'Organization');
      const parentId = parent?.id ?? anaphorOrg(w, si) ?? mainOrg;
      if (parentId === undefined) continue;
      const parentName = mentions[parentId].canonical ?? mentions[parentId].name;
      const id = mentions.length;
      const first = w.words[u.from];
      const last = w.words[u.to - 1];
      const name = `${parentName} ${u.topic} Lab`;
      mentions.push({ id, text: doc.text.slice(first.start, last.end), start: first.start, end: last.end, name, type: 'OrgUnit', parent: parentName, sentence: w.sentence.index, ruleId: `${pack.code}.entity.lab-topic` });
      list.push({ id, from: u.from, to: u.to, type: 'OrgUnit', name });
      list.sort((a, b) => a.from - b.from);
      state.types.set(id, 'OrgUnit');
      state.keys.set(id, nameKey(name));
      claims.push({ relation: 'PART_OF', subject: id, object: parentId, sentence: w.sentence.index, ruleId: `${pack.code}.part_of.lab-topic`, confidence: 0.75 });
    }
  });

  work.forEach((w, si) => claims.push(...facilities(w, perSentence[si], mentions, state, pack, doc.text)));
  const rules = options.rules ?? RULES;
  work.forEach((w, si) => {
    // Who reports is no party to what the sentence reports ("Selon Siemens, Bosch va investir …").
    // A person after "selon" still speaks for an organisation ("Selon Marie Durand de Renault"): only organisations are dropped.
    // A topic is no party either ("Concernant Arm, le PDG a été catégorique : l'accord avec Intel …").
    const parties = perSentence[si].filter((m) => (m.type !== 'Organization' || !isSource(w.words, pack, m)) && !isTopic(w.words, pack, m));
    const ctx: SentenceContext = { pack, index: w.sentence.index, words: w.words, mentions: parties, quantities: w.quantities, doc: state, used: new Set() };
    // "Le groupe a annoncé …": the organisation an anaphor opening the sentence stands for is named in it, for the sentences after.
    const opening = orgAnaphorAt(ctx, 0, 1) === 0 ? salientOrg(ctx) : undefined;
    for (const rule of rules) {
      for (const c of rule(ctx)) {
        claims.push(c);
        // An organisation an anaphor of this sentence stood for ("Le groupe a annoncé …") is named here for what follows:
        // "Début novembre, il a racheté …" is the group again, not the last company named.
        const subjectHere = perSentence[si].some((m) => m.id === c.subject);
        if (!subjectHere && state.types.get(c.subject) === 'Organization' && !state.orgsBySentence[si].includes(c.subject)) state.orgsBySentence[si].push(c.subject);
        state.lastSubject.set(c.relation, c.subject);
        state.topic = { subject: c.subject, sentence: w.sentence.index };
        state.lastClaim.set(c.relation, c);
        if (c.relation === 'DEVELOPS' && typeof c.object === 'number' && state.types.get(c.subject) === 'Organization') (state.developers ??= new Map()).set(state.keys.get(c.object) ?? '', c.subject);
        // A past role ("hasta ahora presidente de Indra") is not the one a later "succeeds"/"quitte son poste" is about.
        if (ROLE_RELATIONS.has(c.relation) && typeof c.object === 'number' && !c.former) {
          const person = state.keys.get(c.subject) ?? '';
          (state.roles ??= new Map()).set(person, c.object);
          if (c.relation !== 'JOINED') (state.heldRoles ??= new Map()).set(person, c.object);
          if (c.relation === 'CEO_OF') (state.topRoles ??= new Map()).set(person, c.object);
        }
      }
    }
    if (opening !== undefined && !state.orgsBySentence[si].includes(opening)) state.orgsBySentence[si].unshift(opening);
    const persons = perSentence[si].filter((m) => m.type === 'Person');
    if (persons.length > 0) state.lastPerson = persons[persons.length - 1].id;
  });
  claims.push(...namePrefixClaims(mentions, pack.code));
  const views = work.map((w, si) => ({ words: w.words, mentions: perSentence[si], quantities: w.quantities }));
  const all = jointAmounts(dropAcquisitionPartnerships(claims, state.keys), views, mentions, pack);
  annotateStatus(all, views, pack);

  return { docKey: doc.key, lang: doc.lang, sentences, mentions, claims: dedupe(all) };
}

/**
 * Facilities being built: the builder is the first organisation of the sentence before the
 * facility noun, else the one "the company" refers to; without a builder there is no claim.
 */
function facilities(w: SentenceWork, list: SMention[], mentions: EntityMention[], state: DocState, pack: LanguagePack, text: string): ExtractedClaim[] {
  const found = findFacilities(w.words, pack, (i) => list.some((m) => m.from <= i && i < m.to));
  if (found.length === 0) return [];
  const ctx: SentenceContext = { pack, index: w.sentence.index, words: w.words, mentions: list, quantities: w.quantities, doc: state, used: new Set() };
  const out: ExtractedClaim[] = [];
  for (const f of found) {
    // An organisation after a preposition of place names the site ("het datacenter in de Groningse Eemshaven"), not the builder.
    const owner = list.find((m) => m.type === 'Organization' && m.to <= f.from && !afterPlacePrep(w.words, pack, m.from))?.id ?? (orgAnaphorAt(ctx, 0, f.from) >= 0 ? salientOrg(ctx) : undefined);
    if (owner === undefined) continue;
    // One builder builds one facility a sentence describes: "مصنع … يعمل كمركز بيانات ضخم" (a factory working as a data centre) is one.
    const same = out.find((c) => c.subject === owner);
    if (same) {
      if (same.capacity === undefined && f.capacity) same.capacity = f.capacity;
      continue;
    }
    const name = facilityName(mentions[owner].canonical ?? mentions[owner].name, f);
    const id = mentions.length;
    const first = w.words[f.from];
    const last = w.words[f.to - 1];
    const aliases = facilityForms(w.words, pack, f, text);
    mentions.push({ id, text: text.slice(first.start, last.end), start: first.start, end: last.end, name, type: 'Facility', ...(aliases.length > 0 ? { aliases } : {}), sentence: w.sentence.index, ruleId: `${pack.code}.entity.facility` });
    list.push({ id, from: f.from, to: f.to, type: 'Facility', name });
    list.sort((a, b) => a.from - b.from);
    state.types.set(id, 'Facility');
    state.keys.set(id, nameKey(name));
    out.push({ relation: 'BUILDS', subject: owner, object: id, sentence: w.sentence.index, ruleId: `${pack.code}.builds.facility`, confidence: 0.75, ...(f.capacity ? { capacity: f.capacity } : {}) });
  }
  return out;
}


/** Words a place preposition may stand before a name, with a determiner and an adjective between ("in de Groningse Eemshaven"). */
const PLACE_PREP_REACH = 3;

/** Whether a preposition of place stands just before word `from`, across determiners and lower-case words only. */
function afterPlacePrep(words: readonly Word[], pack: LanguagePack, from: number): boolean {
  const places = phrases(pack, 'placePreps', pack.entities.placePreps);
  for (let k = from - 1; k >= Math.max(0, from - PLACE_PREP_REACH); k--) {
    if (places.match(words, k)) return true;
    if (words[k].kind !== 'word' || isCapitalised(words[k])) return false;
  }
  return false;
}

/** Shortest word taken for a company by compoundCompanyNames ("Altair", not "KI"). */
const MIN_COMPOUND_NAME = 4;

/**
 * Where every noun is capitalised, a company name glued to a stake noun or a company noun
 * ("Altair-Aktien", "Altair-Konzern") that the document also uses bare, with no article before
 * it ("dass Altair einen Verkauf erwäge"), is a company: nouns take an article, names do not.
 * A kind of share ("Tech-Aktien", "Bank-Aktien") is seldom used bare. The other occurrences
 * follow through propagateNames.
 *   de.entity.compound-company  "Altair-Aktien legten zu. … dass Altair einen Verkauf erwäge" → Altair (Organization)
 */
function compoundCompanyNames(work: SentenceWork[], pack: LanguagePack): void {
  const stakes = phrases(pack, 'stakeNouns', pack.relations.stakeNouns);
  const heads = endingTest(pack.entities.companyHeads, 0);
  const nounEnding = endingTest(pack.entities.nounEndings, 3);
  // Articles as written: the phrase lists match lemmas, and "dass" is no "das".
  const dets = new Set(pack.entities.determiners.filter((d) => !d.includes(' ')).map((d) => d.toLowerCase()));
  const stop = stopwordsOf(pack);
  const taken = (w: SentenceWork, i: number) => w.raw.some((r) => r.from <= i && i < r.to);
  // Bare uses: not after an article or a number, not glued to a hyphen, not opening a sentence.
  const bare = new Set<string>();
  for (const w of work) {
    w.words.forEach((x, i) => {
      if (x.kind !== 'word' || !isCapitalised(x) || i === 0 || opensSentence(w.words, i)) return;
      const prev = w.words[i - 1];
      if (dets.has(prev.text.toLowerCase()) || prev.kind === 'number' || (w.words[i + 1]?.text === '-' && w.words[i + 1].glued) || (prev.text === '-' && x.glued)) return;
      bare.add(x.text);
    });
  }
  for (const w of work) {
    for (let i = 0; i + 2 < w.words.length; i++) {
      const x = w.words[i];
      const hyphen = w.words[i + 1];
      if (x.kind !== 'word' || !isCapitalised(x) || x.text.length < MIN_COMPOUND_NAME || hyphen.text !== '-' || !hyphen.glued || !w.words[i + 2].glued) continue;
      if (taken(w, i) || stop.has(x.fold) || nounEnding(x.fold) || !bare.has(x.text)) continue;
      const tail = w.words[i + 2];
      if (stakes.match(w.words, i + 2) === undefined && !heads(tail.fold)) continue;
      w.raw.push({ from: i, to: i + 1, type: 'Organization', name: x.stem, ruleId: `${pack.code}.entity.compound-company`, strength: 1 });
    }
  }
}

/** The rule that finds a name typed once again elsewhere in its document ("Scale" after "Scale AI"). */
const SHORT_NAME_RULE = 'doc.short-name';

/** The rule (after the language code) that finds a company by the noun before its name ("het bedrijf Suez"). */
const COMPANY_CUE_RULE = '.entity.company-cue';

/**
 * The normalised name of every mention, by id. A one-word organisation name that opens exactly
 * one longer organisation name of the document is its short form and gets its key: "Diamondback"
 * after "Diamondback Energy" is the same company, counted with it and never related to it, unless
 * one sentence names both ("la filiale de SNPE, SNPE Matériaux Énergétiques"). A one-word person
 * name that ends exactly one longer person name is that person ("Sewing" after "Christian Sewing").
 */
function mentionKeys(mentions: readonly EntityMention[]): Map<number, string> {
  const keys = new Map(mentions.map((m) => [m.id, nameKey(m.canonical ?? m.name)]));
  const longer = new Map<string, string | null>();
  // A person's short form is the surname, the last word of the full name ("Sewing" after "Christian Sewing").
  const longerPerson = new Map<string, string | null>();
  for (const m of mentions) {
    if (m.type !== 'Organization' && m.type !== 'Person') continue;
    const key = keys.get(m.id)!;
    const space = m.type === 'Person' ? key.lastIndexOf(' ') : key.indexOf(' ');
    if (space < 0) continue;
    const part = m.type === 'Person' ? key.slice(space + 1) : key.slice(0, space);
    const table = m.type === 'Person' ? longerPerson : longer;
    const seen = table.get(part);
    table.set(part, seen === undefined || seen === key ? key : null);
  }
  // Only where the gazetteer does not know the short form as a name of its own: "Telefónica"
  // beside "Telefónica Tech" is the parent, not a short form.
  const own = new Set(mentions.filter((m) => m.ruleId === 'gazetteer').map((m) => keys.get(m.id)!));
  // Nor where one sentence names both: "la filiale de SNPE, SNPE Matériaux Énergétiques" relates two companies.
  const sentences = new Map<string, Set<number>>();
  for (const m of mentions) {
    const key = keys.get(m.id)!;
    if (!sentences.has(key)) sentences.set(key, new Set());
    sentences.get(key)!.add(m.sentence);
  }
  const together = (short: string, long: string): boolean => [...sentences.get(long)!].some((x) => sentences.get(short)!.has(x));
  for (const m of mentions) {
    const short = keys.get(m.id)!;
    const long = m.type === 'Organization' && m.ruleId !== 'gazetteer' && !own.has(short) ? longer.get(short) : m.type === 'Person' ? longerPerson.get(short) : undefined;
    if (long && !together(short, long)) keys.set(m.id, long);
  }
  return keys;
}

/** Words before the bracket of a dateline: the place, in capitals ("DEN HAAG", "SAN FRANCISCO, Calif."). */
const DATELINE_WORDS = 4;

/**
 * The news agency of a dateline ("DEN HAAG (ANP) -", "İSTANBUL (AA) –") wrote the article; it
 * is no argument of what the sentence states. The mention stays (the agency is named), out of
 * the sentence's relations.
 */
/** The place of a dateline, in capitals before the agency's bracket ("LOCHEM (AFN) -"): no argument either. */
function datelinePlace(words: readonly Word[], r: { from: number; to: number }): boolean {
  if (r.from !== 0 || r.to > DATELINE_WORDS || words[r.to]?.text !== '(') return false;
  const close = words.findIndex((w, k) => k > r.to && w.text === ')');
  return close > r.to && close - r.to <= 3 && /^[-–—]$/u.test(words[close + 1]?.text ?? '') && words.slice(r.from, r.to).every((w) => w.kind !== 'word' || w.text === w.text.toUpperCase());
}

function datelineAgency(words: readonly Word[], r: { from: number; to: number }): boolean {
  if (r.from < 2 || r.from - 1 > DATELINE_WORDS || words[r.from - 1].text !== '(' || words[r.to]?.text !== ')') return false;
  if (!/^[-–—]$/u.test(words[r.to + 1]?.text ?? '')) return false;
  return words.slice(0, r.from - 1).every((w) => w.kind !== 'word' || w.text === w.text.toUpperCase() || /^\p{Lu}/u.test(w.text));
}

/** The organisation named most often (ties: the first named). */
function mainOrganisation(mentions: readonly EntityMention[], keys: ReadonlyMap<number, string>): number | undefined {
  const counts = new Map<string, { n: number; first: number }>();
  for (const m of mentions) {
    if (m.type !== 'Organization') continue;
    const key = keys.get(m.id)!;
    const c = counts.get(key) ?? { n: 0, first: m.id };
    c.n++;
    counts.set(key, c);
  }
  let best: { n: number; first: number } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.first;
}

/** Folds of the words written in lower case anywhere in the document (see RecogniseContext.lowerCaseWords). */
function lowerCaseFolds(sentences: readonly (readonly Word[])[]): ReadonlySet<string> {
  const folds = new Set<string>();
  for (const words of sentences) for (const w of words) if (w.kind === 'word' && /^\p{Ll}/u.test(w.text)) folds.add(w.fold);
  return folds;
}

/**
 * Names typed once in a document stand for the same entity elsewhere in it: surnames of
 * people ("Zuckerberg"), the first word of an organisation with a suffix ("Scale" for
 * "Scale AI"), names found by a cue ("das Unternehmen Scale" → every "Scale").
 */
function propagateNames(work: SentenceWork[], arabic: boolean): void {
  const known = new Map<string, RawMention['type']>();
  const canonical = new Map<string, string>();
  // Surnames of persons named in full win over a lone word typed only by where it stands ("Ruiz left Google").
  const surnames = new Set<string>();
  // And so do double surnames: "Chico Pardo" after "Fernando Chico Pardo".
  const tails = new Set<string>();
  // A Dutch surname particle is capitalised where no given name precedes it: "Van Olphen" after "Gerard van Olphen".
  const tailKey = (ws: readonly Word[]) => ws.map((x) => foldName(x.stem)).join(' ').toLowerCase();
  for (const w of work) {
    for (const r of w.raw) {
      if (r.type !== 'Person' || r.to - r.from < 2) continue;
      surnames.add(foldName(w.words[r.to - 1].stem));
      for (let k = r.from + 1; k <= r.to - 2; k++) tails.add(tailKey(w.words.slice(k, r.to)));
    }
  }
  const byPosition = (r: RawMention) => r.strength <= 1 && r.ruleId !== 'gazetteer';
  for (const w of work) {
    for (const r of w.raw) {
      const words = w.words.slice(r.from, r.to);
      if (r.to - r.from === 1 && byPosition(r) && r.type === 'Organization' && surnames.has(foldName(words[0].stem))) r.type = 'Person';
      if (r.to - r.from >= 2 && byPosition(r) && r.type === 'Organization' && tails.has(tailKey(words))) r.type = 'Person';
      if (r.to - r.from === 1 && (r.ruleId !== 'gazetteer' || r.ambiguous) && !r.ruleId.endsWith(TRIGGER_ARGUMENT)) {
        known.set(foldName(words[0].stem), r.type);
        if (r.canonical) canonical.set(foldName(words[0].stem), r.canonical);
      }
      if (r.type === 'Person' && words.length >= 2) {
        const last = words[words.length - 1];
        if (last.stem.length >= MIN_SHORT_NAME) known.set(foldName(last.script === 'arabic' ? last.fold : last.stem), 'Person');
      }
      if (r.type === 'Organization' && words.length === 2 && words[0].stem.length >= MIN_SHORT_NAME && isCapitalised(words[0])) {
        known.set(foldName(words[0].stem), 'Organization');
      }
    }
  }
  propagateLongNames(work);
  retypePersons(work);
  retypePlaces(work);
  if (known.size === 0) return;
  for (const w of work) {
    const taken = new Array<boolean>(w.words.length).fill(false);
    for (const r of w.raw) for (let k = r.from; k < r.to; k++) taken[k] = true;
    w.words.forEach((word, i) => {
      if (taken[i] || word.kind !== 'word') return;
      let type: RawMention['type'] | undefined;
      let base = word.bases[word.bases.length - 1];
      if (word.script === 'latin') {
        if (!isCapitalised(word)) return;
        type = known.get(foldName(word.stem));
      } else if (arabic && word.script === 'arabic') {
        for (const b of word.bases) {
          type = known.get(b) ?? nearArabic(known, b);
          if (type) {
            // The form that is the name: "لوسيديا" itself, not a stripped "سيديا".
            base = b;
            break;
          }
        }
      }
      if (!type) return;
      const c = canonical.get(foldName(word.stem));
      w.raw.push({ from: i, to: i + 1, type, name: word.script === 'latin' ? word.stem : base, ...(c ? { canonical: c } : {}), ruleId: SHORT_NAME_RULE, strength: 1 });
      taken[i] = true;
    });
  }
}

/** A bracketed abbreviation or ticker: capitals, digits and joiners ("KAP", "KCHOL", "AT&T", "BBVA"). */
const ABBREVIATION = /^[\p{Lu}\d][\p{Lu}\d&.-]{1,7}$/u;

/**
 * An abbreviation or ticker in brackets right after an organisation's name is that name
 * ("Kamuyu Aydınlatma Platformu’nda (KAP)", "Koç Holding A.Ş. (KCHOL)"): the bracket is no
 * mention of its own, and the abbreviation elsewhere in the document stands for the full name.
 * A known company in the bracket keeps its own name ("Alphabet (Google)").
 */
function bracketAbbreviations(work: SentenceWork[]): void {
  const full = new Map<string, { name: string; canonical?: string }>();
  for (const w of work) {
    const inBracket = new Set<RawMention>();
    for (const r of w.raw) {
      // The period of a legal form ("A.Ş.") stays outside the name's span.
      const open = w.words[r.to]?.text === '.' ? r.to + 1 : r.to;
      if (r.type !== 'Organization' || w.words[open]?.text !== '(' || w.words[open + 2]?.text !== ')') continue;
      const word = w.words[open + 1];
      const abbr = w.raw.find((a) => a.from === open + 1 && a.to === open + 2);
      if (!abbr || abbr.type !== 'Organization' || !ABBREVIATION.test(word.text)) continue;
      if (abbr.canonical !== undefined && abbr.canonical !== r.canonical) continue;
      inBracket.add(abbr);
      full.set(foldName(word.stem), { name: r.name, ...(r.canonical ? { canonical: r.canonical } : {}) });
    }
    if (inBracket.size > 0) w.raw = w.raw.filter((r) => !inBracket.has(r));
  }
  if (full.size === 0) return;
  for (const w of work) {
    for (const r of w.raw) {
      const long = r.to - r.from === 1 && r.type === 'Organization' && r.canonical === undefined ? full.get(foldName(w.words[r.from].stem)) : undefined;
      if (!long) continue;
      r.name = long.name;
      if (long.canonical) r.canonical = long.canonical;
    }
  }
}

/**
 * A name typed a person somewhere in the document (by a title or a given name) is that person
 * where only its shape typed it ("Kamil Çelik'i geçici CEO olarak atadı" after "Genel Müdürü Kamil Çelik").
 */
/**
 * A place name that a company noun introduces once ("Het bedrijf Suez") names that company in
 * its whole document: its other mentions are the company too ("een belang in Suez"), not the place.
 */
function retypePlaces(work: SentenceWork[]): void {
  const key = (w: SentenceWork, r: RawMention) => w.words.slice(r.from, r.to).map((x) => foldName(x.stem)).join(' ');
  const companies = new Set<string>();
  for (const w of work) for (const r of w.raw) if (r.type === 'Organization' && r.ruleId.endsWith(COMPANY_CUE_RULE)) companies.add(key(w, r));
  if (companies.size === 0) return;
  for (const w of work) {
    for (const r of w.raw) {
      if (r.type !== 'Location' || r.ruleId !== 'gazetteer' || !companies.has(key(w, r))) continue;
      r.type = 'Organization';
      delete r.canonical;
    }
  }
}

function retypePersons(work: SentenceWork[]): void {
  const key = (w: SentenceWork, r: RawMention) => w.words.slice(r.from, r.to).map((x) => foldName(x.stem)).join(' ');
  const persons = new Set<string>();
  for (const w of work) for (const r of w.raw) if (r.type === 'Person' && r.to - r.from >= 2) persons.add(key(w, r));
  if (persons.size === 0) return;
  // A company noun before the name says it is the company's ("la firma de moda Christian Lacroix" beside "el diseñador Christian Lacroix").
  const cued = (r: RawMention) => r.ruleId === 'gazetteer' || r.ruleId.endsWith(COMPANY_CUE_RULE) || r.ruleId.endsWith(COMPANY_HEAD_RULE);
  for (const w of work) for (const r of w.raw) if (r.type === 'Organization' && !cued(r) && r.to - r.from >= 2 && persons.has(key(w, r))) r.type = 'Person';
}

/**
 * Where case endings after an apostrophe are dropped (Turkish), the apostrophe is written
 * after proper nouns only: "Qubitia'nın" is a name even when nothing else says so. Run
 * after propagation, so that a known surname ("Wang'ın") keeps its type.
 */
/** Longest run of capitalised words a Turkish apostrophe closes as one name ("Kamuyu Aydınlatma Platformu’na"). */
const APOSTROPHE_NAME_WORDS = 4;

function markApostropheNames(w: SentenceWork, pack: LanguagePack, lexicon: Lexicon): void {
  // Acronyms and titles take apostrophes too ("CEO’su"): they are not names.
  const stop = stopwordsOf(pack);
  const titles = titlePhrases(pack);
  // So do terms a text defines with a capital ("Banka’nın", "Şirket’in"): a company noun is no name.
  const companyNouns = phrases(pack, 'companyNouns', pack.entities.companyNouns);
  const anaphors = phrases(pack, 'orgAnaphors', pack.entities.orgAnaphors);
  const gazetteer = gazetteerFor(lexicon);
  const taken = new Array<boolean>(w.words.length).fill(false);
  for (const r of w.raw) for (let k = r.from; k < r.to; k++) taken[k] = true;
  w.words.forEach((word, i) => {
    // A brand written in lower case takes the apostrophe too ("iyzico'yu", "eBay'in"); a common word never does.
    const lowerBrand = !isCapitalised(word) && word.script === 'latin' && /^\p{Ll}[\p{L}\d]*$/u.test(word.stem) && !stop.has(word.fold) && !stop.has(word.stem);
    if (taken[i] || !(isCapitalised(word) || lowerBrand) || word.stem === word.text || word.stem.length < MIN_SHORT_NAME) return;
    if (word.bases.some((b) => stop.has(b)) || titles.match(w.words, i) || companyNouns.match(w.words, i)?.length === 1 || anaphors.match(w.words, i)?.length === 1) return;
    // A known place takes the apostrophe as itself ("Türkiye’de"): no new name.
    if (gazetteer?.matchAt(w.words, i)?.type === 'Location') return;
    // "Elena Ruiz'in": a given name before makes the pair a person.
    const prev = w.words[i - 1];
    if (prev && !lowerBrand && !taken[i - 1] && isCapitalised(prev) && lexicon.givenNames.latin.has(prev.stem)) {
      w.raw.push({ from: i - 1, to: i + 1, type: 'Person', name: `${prev.text} ${word.stem}`, ruleId: 'doc.apostrophe-name', strength: 1 });
      taken[i - 1] = true;
    } else {
      // "Kamuyu Aydınlatma Platformu’na": the capitalised words before it inside the sentence are the name's.
      let from = i;
      while (!lowerBrand && from > 1 && i - from < APOSTROPHE_NAME_WORDS - 1 && !taken[from - 1] && isCapitalised(w.words[from - 1]) && w.words[from - 1].stem === w.words[from - 1].text &&
        !stop.has(w.words[from - 1].fold) && !titles.match(w.words, from - 1) && !opensSentence(w.words, from - 1)) from--;
      const name = [...w.words.slice(from, i).map((x) => x.text), word.stem].join(' ');
      w.raw.push({ from, to: i + 1, type: 'Organization', name, ruleId: 'doc.apostrophe-name', strength: 1 });
      for (let k = from; k < i; k++) taken[k] = true;
    }
    taken[i] = true;
  });
}

/**
 * A Latin-script name of several words recognised once ("Banco Atlántida" after a cue or
 * mid-sentence) is the same name where nothing else would find it (at the start of a sentence).
 */
function propagateLongNames(work: SentenceWork[]): void {
  const names = new Map<string, RawMention>();
  for (const w of work) {
    for (const r of w.raw) {
      const words = w.words.slice(r.from, r.to);
      if (words.length < 2 || r.ruleId === 'gazetteer' || !words.every((x) => x.script === 'latin') || !isCapitalised(words[0])) continue;
      const key = words.map((x) => x.stem).join(' ');
      if (!names.has(key)) names.set(key, r);
    }
  }
  if (names.size === 0) return;
  for (const w of work) {
    const taken = new Array<boolean>(w.words.length).fill(false);
    for (const r of w.raw) for (let k = r.from; k < r.to; k++) taken[k] = true;
    for (const [key, r] of names) {
      const parts = key.split(' ');
      for (let i = 0; i + parts.length <= w.words.length; i++) {
        let ok = true;
        for (let k = 0; k < parts.length && ok; k++) ok = !taken[i + k] && w.words[i + k].stem === parts[k] && (k === parts.length - 1 || w.words[i + k].text === parts[k]);
        if (!ok) continue;
        w.raw.push({ from: i, to: i + parts.length, type: r.type, name: key, ...(r.canonical ? { canonical: r.canonical } : {}), ruleId: 'doc.long-name', strength: 1 });
        for (let k = 0; k < parts.length; k++) taken[i + k] = true;
        i += parts.length - 1;
      }
    }
  }
}

function nearArabic(known: Map<string, RawMention['type']>, word: string): RawMention['type'] | undefined {
  if (word.length < ARABIC_VARIANT_MIN_LENGTH) return undefined;
  for (const [k, type] of known) {
    if (type === 'Person' && k.length === word.length && /[\u0600-\u06ff]/u.test(k)) {
      let diff = 0;
      for (let i = 0; i < k.length && diff <= ARABIC_VARIANT_DISTANCE; i++) if (k[i] !== word[i]) diff++;
      if (diff <= ARABIC_VARIANT_DISTANCE) return type;
    }
  }
  return undefined;
}

function dedupe(claims: ExtractedClaim[]): ExtractedClaim[] {
  const best = new Map<string, ExtractedClaim>();
  for (const c of claims) {
    const { confidence, ruleId, ...rest } = c;
    void ruleId;
    const key = JSON.stringify(rest);
    const prev = best.get(key);
    if (!prev || prev.confidence < confidence) best.set(key, c);
  }
  return [...best.values()];
}
