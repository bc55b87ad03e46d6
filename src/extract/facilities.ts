/**
 * Facilities described rather than named: a facility noun ("data center", "Rechenzentrum",
 * "veri merkezi", "مركز بيانات") in a sentence with a building verb becomes a Facility named
 * after its builder, capacity and kind, e.g. "a 1.2 gigawatt data center" built by Oracle →
 * "Oracle 1.2 GW data center" (the form of the seeds' "Meta 2 GW data center").
 */
import type { LanguagePack } from '../lang/types.js';
import { isCapitalised, stopwordsOf } from './mentions.js';
import { parseNumber } from './quantities.js';
import { phrases, type Word } from './words.js';

export interface FacilityCandidate {
  /** Word range of the facility noun. */
  from: number;
  to: number;
  /** English kind ("data center", "factory"). */
  kind: string;
  /** "1.2 GW", "300 MW", when the sentence states the capacity near the noun. */
  capacity?: string;
}

/** How far (in words) the capacity may stand from the facility noun ("ein Rechenzentrum mit einer Leistung von 100 Megawatt"). */
const CAPACITY_WINDOW = 7;
const WATTS_PER_GW = 1e9;
const WATTS_PER_MW = 1e6;

/** Facility nouns of a sentence that also holds a building verb; none without one ("its data centres in France"). */
export function findFacilities(words: readonly Word[], pack: LanguagePack, taken: (i: number) => boolean): FacilityCandidate[] {
  const nouns = phrases(pack, 'facilityNouns', Object.keys(pack.entities.facilityNouns));
  // Facility nouns are rarer than building verbs: look for them first.
  const first = nouns.find(words);
  if (first < 0) return [];
  const verbs = phrases(pack, 'buildVerbs', pack.relations.buildVerbs);
  if (!verbs.has(words)) return [];
  const out: FacilityCandidate[] = [];
  for (let i = first; i < words.length; i++) {
    const m = nouns.match(words, i);
    if (!m || taken(i)) continue;
    const capacity = capacityNear(words, pack, i, i + m.length);
    out.push({ from: i, to: i + m.length, kind: pack.entities.facilityNouns[m.value], ...(capacity ? { capacity } : {}) });
    i += m.length - 1;
  }
  return out;
}

/** A number followed by a power unit near the noun, nearest first: "1,4 gigawatt" → "1.4 GW". */
function capacityNear(words: readonly Word[], pack: LanguagePack, from: number, to: number): string | undefined {
  const units = phrases(pack, 'powerUnits', Object.keys(pack.numbers.powerUnits));
  const lo = Math.max(1, from - CAPACITY_WINDOW);
  const hi = Math.min(words.length, to + CAPACITY_WINDOW);
  let best: { distance: number; watts: number } | undefined;
  for (let k = lo; k < hi; k++) {
    const u = units.match(words, k);
    if (!u) continue;
    // "a 1.2-gigawatt campus": the number may be glued to the unit by a hyphen.
    const numberAt = words[k - 1].text === '-' && k >= 2 ? k - 2 : k - 1;
    const n = parseNumber(words[numberAt].text, pack.numbers.decimal);
    const watts = n === undefined ? NaN : n * (Object.hasOwn(pack.numbers.powerUnits, u.value) ? pack.numbers.powerUnits[u.value] : NaN);
    if (!Number.isFinite(watts)) continue;
    const distance = k < from ? from - k : k - to;
    if (!best || distance < best.distance) best = { distance, watts };
  }
  if (!best) return undefined;
  const [value, unit] = best.watts >= WATTS_PER_GW ? [best.watts / WATTS_PER_GW, 'GW'] : [best.watts / WATTS_PER_MW, 'MW'];
  return `${Number(value.toFixed(3))} ${unit}`;
}

/** The facility's name: builder, capacity and kind ("Oracle 1.2 GW data center"). */
export function facilityName(owner: string, f: FacilityCandidate): string {
  return [owner, f.capacity, f.kind].filter(Boolean).join(' ');
}

/** How far (in words) the preposition of the site may stand after the facility noun ("datacenter dat gebouwd wordt in …"). */
const PLACE_PREP_WINDOW = 5;
/** Lower-case words allowed between that preposition and the site's name ("im malaysischen Kulim", "in de gemeente Hollands Kroon"). */
const PLACE_GAP = 3;
/** Longest site name taken, in words ("Hollands Kroon"). */
const PLACE_MAX_WORDS = 4;
/** Modifiers taken before the noun ("hiper ölçekli veri merkezi") and complements after it ("usine de fabrication de batteries"), in words. */
const MODIFIER_MAX_WORDS = 3;
const COMPLEMENT_MAX_WORDS = 5;

/**
 * The other names a described facility goes by in the text, as written: the noun with its
 * modifiers ("battery cell assembly plant", "hiper ölçekli veri merkezi"), with its
 * "of"-complements ("usine de fabrication de batteries"), and with its site after a
 * preposition of place ("datacenter in de Eemshaven", "datacenter in Eemshaven",
 * "datacenter Eemshaven"). Readers search for a facility by these, not by the name kg gives
 * it. Returns distinct strings, the noun's own text excluded.
 */
export function facilityForms(words: readonly Word[], pack: LanguagePack, f: FacilityCandidate, text: string): string[] {
  const head = text.slice(words[f.from].start, words[f.to - 1].end);
  const out = new Set<string>();
  const stop = stopwordsOf(pack);
  const determiners = phrases(pack, 'determiners', pack.entities.determiners);
  const plain = (w: Word | undefined): w is Word => !!w && w.kind === 'word' && !isCapitalised(w) && !stop.has(w.fold) && !determiners.has([w]);
  // Modifiers before the noun: lower-case content words ("battery cell", "hiper ölçekli").
  for (let k = f.from - 1; k >= Math.max(0, f.from - MODIFIER_MAX_WORDS) && plain(words[k]); k--) {
    out.add(text.slice(words[k].start, words[f.to - 1].end));
  }
  // "Of"-complements after it: "de fabrication", "d'intelligence artificielle".
  const ofPreps = phrases(pack, 'titleOrgPreps', pack.titleOrgPreps);
  let k = f.to;
  while (k < f.to + COMPLEMENT_MAX_WORDS) {
    const p = ofPreps.match(words, k);
    if (!p || !plain(words[k + p.length])) break;
    k += p.length + 1;
    while (k < f.to + COMPLEMENT_MAX_WORDS && plain(words[k]) && !ofPreps.match(words, k)) k++;
    out.add(text.slice(words[f.from].start, words[k - 1].end));
  }
  // The site: a preposition of place, a few lower-case words, then a capitalised name.
  const places = phrases(pack, 'placePreps', pack.entities.placePreps);
  for (let i = f.to; i < Math.min(words.length, f.to + PLACE_PREP_WINDOW); i++) {
    if (words[i].kind === 'punct') break;
    const p = places.match(words, i);
    if (!p) continue;
    let j = i + p.length;
    for (let gap = 0; gap < PLACE_GAP && words[j] && !isCapitalised(words[j]) && words[j].kind === 'word'; gap++) j++;
    let end = j;
    while (end < Math.min(words.length, j + PLACE_MAX_WORDS) && isCapitalised(words[end])) end++;
    if (end === j) break;
    const place = text.slice(words[j].start, words[end - 1].end);
    const prep = text.slice(words[i].start, words[i + p.length - 1].end);
    out.add(`${head} ${place}`);
    out.add(`${head} ${prep} ${place}`);
    out.add(`${head} ${text.slice(words[i].start, words[end - 1].end)}`);
    break;
  }
  out.delete(head);
  return [...out];
}
