/**
 * recognise (entities): sentence words → entity mentions, in tiers: gazetteer; cue patterns
 * of the language (company nouns, titles, org suffixes, model nouns); then a capitalisation
 * fallback for Latin script that needs more than a capital letter in languages that
 * capitalise every noun. Each mention records the id of the rule that made it.
 */
import type { LanguagePack } from '../lang/types.js';
import type { Gazetteer } from '../lexicon/matcher.js';
import type { Lexicon } from '../lexicon/schema.js';
import type { EntityType } from '../model/types.js';
import { foldArabic, foldWord } from './normalize.js';
import { phrases, type Word } from './words.js';

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
/** Connectors allowed inside a capitalised name ("Ursula von der Leyen", "Banco de España"). */
const NAME_CONNECTORS = new Set(['von', 'van', 'der', 'de', 'den', 'del', 'la', 'le', 'du', 'bin', 'al', 'el', 'di', 'da', '&']);

/** Share of capitalised long words above which a sentence is a title-case headline. */
const TITLE_CASE_SHARE = 0.6;
/** Fewer long words than this cannot tell a headline from a short sentence full of names. */
const TITLE_CASE_MIN_WORDS = 5;

const STRENGTH = { gazetteer: 3, cue: 2, fallback: 1 } as const;

export interface RecogniseContext {
  pack: LanguagePack;
  gazetteer: Gazetteer;
  lexicon: Lexicon;
}

export function isCapitalised(w: Word): boolean {
  return w.kind === 'word' && w.script === 'latin' && /^\p{Lu}/u.test(w.text);
}

/** CamelCase, inner capitals or digits mark a brand even in German ("OpenAI", "xAI", "H100"). */
function looksLikeBrand(w: Word): boolean {
  return w.script === 'latin' && (/\p{Ll}\p{Lu}/u.test(w.stem) || /^\p{Lu}{2,}\p{Ll}/u.test(w.stem) || /^\p{Ll}+\p{Lu}/u.test(w.stem));
}

export function recogniseEntities(words: readonly Word[], ctx: RecogniseContext): RawMention[] {
  const { pack, gazetteer, lexicon } = ctx;
  const E = pack.entities;
  const out: RawMention[] = [];
  const taken = new Array<boolean>(words.length).fill(false);
  const stop = new Set(E.stopwords.map(foldWord));
  const titleForms = pack.titles.flatMap((t) => t.forms);
  const titles = phrases(pack, 'titles', titleForms);
  const personTitles = phrases(pack, 'personTitles', E.personTitles);
  const companyNouns = phrases(pack, 'companyNouns', E.companyNouns);
  const determiners = phrases(pack, 'determiners', E.determiners);
  const orgSuffixes = new Set(E.orgSuffixes.map((s) => s.toLowerCase()));
  const productNouns = phrases(pack, 'productNouns', E.productNouns);
  const examples = phrases(pack, 'examples', pack.relations.examples);
  const titleOrgPreps = phrases(pack, 'titleOrgPreps', pack.titleOrgPreps);
  const isLowerWord = (w: Word | undefined): boolean => w !== undefined && w.kind === 'word' && /^\p{Ll}/u.test(w.text) && !stop.has(w.fold);

  const add = (m: RawMention): void => {
    for (let k = m.from; k < m.to; k++) if (taken[k]) return;
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

  // Tier 1: gazetteer.
  for (let i = 0; i < words.length; i++) {
    const hit = gazetteer.matchAt(words, i) ?? genitiveHit(i);
    if (!hit) continue;
    if (hit.entry.ambiguous && hit.to - hit.from === 1 && words[i].script === 'latin' && !ambiguousAccepted(i)) continue;
    add({ from: hit.from, to: hit.to, type: hit.entry.type, name: surface(hit.from, hit.to).slice(hit.proclitic), canonical: hit.entry.name, ruleId: 'gazetteer', strength: STRENGTH.gazetteer, proclitic: hit.proclitic, ...(hit.entry.ambiguous ? { ambiguous: true } : {}) });
    i = hit.to - 1;
  }

  /** German "Metas Investition": a known one-word name with a genitive ending glued on. */
  function genitiveHit(i: number): ReturnType<Gazetteer['matchAt']> {
    const w = words[i];
    if (!isCapitalised(w) || w.stem !== w.text) return undefined;
    for (const g of pack.morphology.genitiveSuffixes) {
      if (g.startsWith("'") || w.text.length <= g.length + 2 || !w.text.endsWith(g)) continue;
      const variant = [...words];
      variant[i] = { ...w, stem: w.text.slice(0, -g.length) };
      const hit = gazetteer.matchAt(variant, i);
      if (hit && hit.to === i + 1 && !hit.entry.ambiguous) return hit;
    }
    return undefined;
  }

  // A capitalised (Latin) or any non-stopword (Arabic) name run starting at i.
  const nameRun = (i: number, allowArabic: boolean): number => {
    let j = i;
    while (j < words.length && j - i < MAX_NAME_WORDS && !taken[j]) {
      const w = words[j];
      if (isCapitalised(w) && !stop.has(w.fold) && !titles.match(words, j) && !isCommonNoun(w)) {
        j++;
        if (w.stem !== w.text) break; // a clitic ends the name ("Scale AI’ın")
        continue;
      }
      if (allowArabic && w.script === 'arabic' && !stop.has(w.fold) && !w.bases.some((b) => stop.has(b)) && !titles.match(words, j)) {
        j++;
        continue;
      }
      if (j > i && NAME_CONNECTORS.has(w.fold) && words[j + 1] && isCapitalised(words[j + 1])) {
        j++;
        continue;
      }
      break;
    }
    // Do not end on a connector.
    while (j > i && NAME_CONNECTORS.has(words[j - 1].fold)) j--;
    return j;
  };

  const isCommonNoun = (w: Word): boolean =>
    E.commonNounSuffixes.some((s) => w.fold.length > s.length + 2 && w.fold.endsWith(s)) && !looksLikeBrand(w);

  const article = pack.morphology.definiteArticle;
  // The article may follow one proclitic ("وال", "بال", "لل").
  const isDefinite = (w: Word): boolean => article !== undefined && (w.fold.startsWith(article) || w.fold.slice(1).startsWith(article) || w.fold.startsWith(article.slice(1).repeat(2)));

  const isGivenName = (w: Word): boolean =>
    w.script === 'arabic' ? w.bases.some((b) => lexicon.givenNames.arabic.has(foldArabic(b))) : lexicon.givenNames.latin.has(w.stem);

  /**
   * A gazetteer name that is also a common word ("Scale", "Llama", "Threads") needs support:
   * a company or product noun next to it, or a capital letter mid-sentence in a language
   * that does not capitalise nouns.
   */
  function ambiguousAccepted(i: number): boolean {
    if (hasCue(i)) return true;
    for (let k = Math.max(0, i - 3); k < Math.min(words.length, i + 4); k++) if (k !== i && productNouns.match(words, k)) return true;
    const initial = i === 0 || /^[:"„“«(–—.!?]$/u.test(words[i - 1].text);
    return !pack.capitalisesNouns && !initial;
  }

  function hasCue(i: number): boolean {
    for (let k = Math.max(0, i - 3); k < i; k++) {
      const m = companyNouns.match(words, k);
      if (m && k + m.length <= i) return true;
    }
    return false;
  }

  // Tier 2a: company nouns. "das Unternehmen Scale", "the startup Acme", "شركة ميتا"; SOV: "Acme şirketi".
  for (let i = 0; i < words.length; i++) {
    const cue = companyNouns.match(words, i);
    if (!cue || isDefinite(words[i])) continue;
    let j = i + cue.length;
    while (j < words.length && determiners.match(words, j)) j++;
    // A complement between noun and name: "la empresa de ciberseguridad Nexia", "la société d'ingénierie X".
    if (pack.script === 'latin' && titleOrgPreps.match(words, j) && isLowerWord(words[j + 1]) && words[j + 2] && isCapitalised(words[j + 2])) j += 2;
    const end = nameRun(j, pack.script === 'arabic');
    if (end > j && (pack.script !== 'arabic' || end - j <= 2)) {
      add({ from: j, to: end, type: 'Organization', name: surface(j, end), ruleId: `${pack.code}.entity.company-cue`, strength: STRENGTH.cue });
    } else if (pack.wordOrder === 'SOV' && i > 0) {
      // "Acme şirketi": the name stands before the noun.
      let s = i;
      while (s > 0 && i - s < MAX_NAME_WORDS && isCapitalised(words[s - 1]) && !taken[s - 1] && !stop.has(words[s - 1].fold)) s--;
      if (s < i) add({ from: s, to: i, type: 'Organization', name: surface(s, i), ruleId: `${pack.code}.entity.company-cue`, strength: STRENGTH.cue });
    }
  }

  // Tier 2b: titles and honorifics before a name: "CEO Mark Zuckerberg", "Herr Müller".
  for (let i = 0; i < words.length; i++) {
    const t = titles.match(words, i) ?? personTitles.match(words, i);
    if (!t) continue;
    let j = i + t.length;
    if (words[j]?.text === ',') continue;
    const end = nameRun(j, pack.script === 'arabic');
    if (end - j >= 2 || (end > j && isGivenName(words[j]))) {
      add({ from: j, to: end, type: 'Person', name: surface(j, end), ruleId: `${pack.code}.entity.title-before-name`, strength: STRENGTH.cue });
    }
  }

  // Tier 2c: product nouns before a quoted or capitalised name: „Behemoth“, "the model Llama".
  for (let i = 0; i < words.length; i++) {
    const p = productNouns.match(words, i);
    if (!p) continue;
    let j = i + p.length;
    if (words[j]?.text === ',') j++;
    while (j < words.length && (determiners.match(words, j) || examples.match(words, j))) j++;
    const quoted = words[j] && /^["„“”«‘'»]$/u.test(words[j].text);
    if (quoted) j++;
    const end = nameRun(j, false);
    if (end > j && (quoted || looksLikeBrand(words[j]) || !pack.capitalisesNouns)) {
      add({ from: j, to: end, type: 'Product', name: surface(j, end), ruleId: `${pack.code}.entity.product-cue`, strength: STRENGTH.cue });
    }
  }

  // Tier 3: capitalisation fallback (Latin script). Title-case headlines capitalise every
  // word, so there a capital letter says nothing.
  // Names already recognised say nothing about the line's casing ("Microsoft agreed to acquire Kelvio Systems").
  const longWords = words.filter((w, k) => !taken[k] && w.kind === 'word' && w.text.length > 3 && !w.glued && !stop.has(w.fold));
  const titleCase = longWords.length >= TITLE_CASE_MIN_WORDS && longWords.filter((w) => /^\p{Lu}/u.test(w.text)).length / longWords.length >= TITLE_CASE_SHARE;
  for (let i = 0; i < words.length; i++) {
    if (taken[i] || !isCapitalised(words[i]) || stop.has(words[i].fold)) continue;
    const end = nameRun(i, false);
    if (end <= i) continue;
    const first = words[i];
    const last = words[end - 1];
    const sentenceInitial = i === 0 || /^[:"„“«(–—-]$/u.test(words[i - 1].text);
    // An org suffix right after the run: "Acme Robotics Inc.", "Mistral AI".
    const suffix = words[end] && orgSuffixes.has(words[end].stem.toLowerCase()) ? 1 : 0;
    const lastIsSuffix = end - i >= 2 && orgSuffixes.has(last.stem.toLowerCase());
    if ((suffix || lastIsSuffix) && !titleCase) {
      const to = end + suffix;
      add({ from: i, to, type: 'Organization', name: surface(i, to), ruleId: `${pack.code}.entity.org-suffix`, strength: STRENGTH.cue });
      i = to - 1;
      continue;
    }
    if (end - i >= 2 && isGivenName(first)) {
      add({ from: i, to: end, type: 'Person', name: surface(i, end), ruleId: `${pack.code}.entity.given-name`, strength: STRENGTH.fallback });
      i = end - 1;
      continue;
    }
    if (looksLikeBrand(first) && end - i === 1) {
      add({ from: i, to: end, type: 'Organization', name: surface(i, end), ruleId: `${pack.code}.entity.brand-shape`, strength: STRENGTH.fallback });
      continue;
    }
    void sentenceInitial;
    i = end - 1;
  }

  // Arabic: a given name and the next word make a person ("جيسون دروغ").
  if (pack.script === 'arabic') {
    for (let i = 0; i < words.length - 1; i++) {
      if (taken[i] || taken[i + 1] || words[i].script !== 'arabic' || !isGivenName(words[i]) || stop.has(words[i].fold)) continue;
      const next = words[i + 1];
      if (next.script !== 'arabic' || stop.has(next.fold) || next.bases.some((b) => stop.has(b))) continue;
      add({ from: i, to: i + 2, type: 'Person', name: surface(i, i + 2), ruleId: `${pack.code}.entity.given-name`, strength: STRENGTH.fallback });
      i++;
    }
  }

  return out.sort((a, b) => a.from - b.from);
}
