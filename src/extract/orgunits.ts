/**
 * Org units described rather than named: a lab noun with a topic becomes an OrgUnit named
 * after its parent and topic, e.g. "des neuen AI-Forschungslabors, das sich der Entwicklung
 * von Superintelligenz widmet" (parent Meta) → "Meta Superintelligence Lab".
 */
import type { LanguagePack } from '../lang/types.js';
import { phrases, type Word } from './words.js';

export interface OrgUnitCandidate {
  from: number;
  to: number;
  topic: string;
}

/** How far the topic word may stand from the lab noun. */
const TOPIC_WINDOW = 10;

export function findOrgUnits(words: readonly Word[], pack: LanguagePack, taken: (i: number) => boolean): OrgUnitCandidate[] {
  const labs = phrases(pack, 'labNouns', pack.entities.labNouns);
  const topics = phrases(pack, 'labTopics', Object.keys(pack.entities.labTopics));
  const out: OrgUnitCandidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const lab = labs.match(words, i);
    if (!lab || taken(i)) continue;
    let topic: string | undefined;
    for (let k = Math.max(0, i - TOPIC_WINDOW); k < Math.min(words.length, i + lab.length + TOPIC_WINDOW) && !topic; k++) {
      const t = topics.match(words, k);
      if (t) topic = pack.entities.labTopics[t.value];
    }
    if (!topic) continue;
    // Take a glued compound head with the noun: "AI-Forschungslabors".
    let from = i;
    while (from >= 2 && words[from - 1].text === '-' && words[from].glued && words[from - 1].glued && words[from - 2].kind === 'word') from -= 2;
    out.push({ from, to: i + lab.length, topic });
    i += lab.length - 1;
  }
  return out;
}
