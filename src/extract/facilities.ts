/**
 * Facilities described rather than named: a facility noun ("data center", "Rechenzentrum",
 * "veri merkezi", "مركز بيانات") in a sentence with a building verb becomes a Facility named
 * after its builder, capacity and kind, e.g. "a 1.2 gigawatt data center" built by Oracle →
 * "Oracle 1.2 GW data center" (the form of the seeds' "Meta 2 GW data center").
 */
import type { LanguagePack } from '../lang/types.js';
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
