/**
 * Joint amounts belong to the group. "Orbiton Group and Kestrel Foods jointly invested $50
 * million in Quillon Labs" states one figure for two investors: no member's claim carries it
 * as its own `amount`; each records the group (`group.members`, every member's name) and the
 * group's figure (`group.amount`, `group.currency`). Which members are subjects is the relation
 * rules' decision (src/extract/relate/triggers.ts, coordination); this stage only marks the group.
 *   joint.amount   "Orbiton Group und Kestrel Foods investieren gemeinsam 50 Millionen Euro in Quillon Labs"
 */
import type { LanguagePack } from '../../lang/types.js';
import type { EntityMention, ExtractedClaim } from '../../model/extraction.js';
import type { Relation } from '../../model/types.js';
import { isDealMoney, type Quantity } from '../quantities.js';
import { moneyOf } from './qualifiers.js';
import { phrases, type Word } from '../words.js';

/** Deals a group makes together; a spending plan names one spender (a list there is places or units). */
const JOINT_RELATIONS: ReadonlySet<Relation> = new Set(['INVESTED_IN', 'ACQUIRED']);

interface JointSentence {
  words: readonly Word[];
  mentions: ReadonlyArray<{ id: number; from: number; to: number; type: string }>;
  quantities: readonly Quantity[];
}

/** The mentions joined to `first` by list joiners or commas, in either direction, of its type. */
function group(s: JointSentence, pack: LanguagePack, first: { id: number; from: number; to: number; type: string }): number[] {
  const joiners = phrases(pack, 'listJoiners', pack.relations.listJoiners);
  const out = [first.id];
  const joined = (a: number, b: number) => {
    // Words between two mentions: only commas and joiners.
    if (b <= a) return false;
    let k = a;
    let saw = false;
    while (k < b) {
      const m = joiners.match(s.words, k);
      if (m) {
        k += m.length;
        saw = true;
      } else if (s.words[k].text === ',') {
        k++;
        saw = true;
      } else return false;
    }
    return saw;
  };
  const sorted = [...s.mentions].filter((m) => m.type === first.type).sort((a, b) => a.from - b.from);
  const i = sorted.findIndex((m) => m.id === first.id);
  for (let k = i + 1; k < sorted.length && joined(sorted[k - 1].to, sorted[k].from); k++) out.push(sorted[k].id);
  for (let k = i - 1; k >= 0 && joined(sorted[k].to, sorted[k + 1].from); k--) out.push(sorted[k].id);
  return out;
}

/**
 * For INVESTED_IN and ACQUIRED claims whose subject is coordinated with others in its sentence,
 * marks every member's claim with `group` (all members and the group's figure) and takes away
 * its own amount. Returns the list; claims of the input may be updated in place.
 */
export function jointAmounts(claims: readonly ExtractedClaim[], sentences: readonly JointSentence[], mentions: readonly EntityMention[], pack: LanguagePack): ExtractedClaim[] {
  const out = [...claims];
  const name = (id: number) => mentions[id]?.canonical ?? mentions[id]?.name ?? String(id);
  const done = new Set<string>();
  for (const c of claims) {
    if (!JOINT_RELATIONS.has(c.relation)) continue;
    const s = sentences[c.sentence];
    const subject = s?.mentions.find((m) => m.id === c.subject);
    if (!s || !subject) continue;
    const members = group(s, pack, subject);
    if (members.length < 2 || members.includes(c.object as number)) continue;
    const key = `${c.sentence}:${c.relation}:${JSON.stringify(c.object)}`;
    if (done.has(key)) continue;
    done.add(key);
    const siblings = out.filter((x) => x.sentence === c.sentence && x.relation === c.relation && JSON.stringify(x.object) === JSON.stringify(c.object) && members.includes(x.subject));
    // The group's figure: one a member's claim kept, else the sentence's only money figure.
    const stated = siblings.find((x) => x.amount !== undefined || x.amountMin !== undefined);
    const money = s.quantities.filter(isDealMoney);
    const figure = stated ? { amount: stated.amount, amountMin: stated.amountMin, amountMax: stated.amountMax, currency: stated.currency, amountExact: stated.amountExact } : money.length === 1 ? moneyOf(money[0]) : undefined;
    const groupFigure = Object.fromEntries(Object.entries(figure ?? {}).filter(([, v]) => v !== undefined));
    // Only members the relation rules gave the claim: they decide who the subjects are (serial
    // commas, lists that belong to another trigger); a list here is evidence of a group, no more.
    const claimed = members.filter((id) => siblings.some((x) => x.subject === id));
    if (claimed.length < 2) continue;
    const groupNames = [...claimed].sort((a, b) => a - b).map(name);
    for (const mine of siblings) {
      for (const k of ['amount', 'amountMin', 'amountMax', 'currency', 'amountExact'] as const) delete mine[k];
      mine.group = { members: groupNames, ...groupFigure };
    }
  }
  return out;
}
