/**
 * The questions `kg ask` answers. Each intent names the entity slots its templates fill
 * (per language, in ./lang/) and the entity types a slot may denote, taken from
 * RELATION_SPECS so a name that fits two entities picks the one of the right type.
 *
 * Most intents read one relation in one direction: `subjects` lists who stands before
 * the relation with X as its object ("who acquired X": subjects of ACQUIRED), `objects`
 * lists what X's facts point at ("what did X acquire"). Every relation of DESIGN.md has
 * both directions (symmetric ones need only one).
 */
import { ENTITY_TYPES, RELATION_SPECS, type EntityType, type Relation } from '../model/types.js';

export const INTENT_IDS = [
  'investmentAmount',
  'investors',
  'investments',
  'acquirers',
  'acquisitions',
  'interimCeo',
  'ceo',
  'ceoOf',
  'founders',
  'founded',
  'joined',
  'wentTo',
  'leavers',
  'left',
  'boardMembers',
  'boards',
  'employees',
  'employer',
  'suppliers',
  'customers',
  'partners',
  'competitors',
  'develops',
  'developers',
  'owns',
  'owners',
  'builds',
  'builders',
  'units',
  'parent',
  'spending',
  'connection',
  'entity',
] as const;
export type IntentId = (typeof INTENT_IDS)[number];

/** Which end of which relation an intent lists. */
export interface RelationRead {
  relation: Relation;
  /** subjects: the facts' subjects, X is the object; objects: the facts' objects, X is the subject. */
  side: 'subjects' | 'objects';
}

export interface IntentSpec {
  /** What it answers, in English, with X and Y for the entities (for help and errors). */
  form: string;
  /** Types each slot (X, then Y) may denote. */
  slots: ReadonlyArray<readonly EntityType[]>;
  /** The relation and side the answer lists, for intents that read one relation. */
  read?: RelationRead;
}

const ANY = ENTITY_TYPES;
const S = RELATION_SPECS;

function subjects(relation: Relation, form: string): IntentSpec {
  return { form, slots: [S[relation].to], read: { relation, side: 'subjects' } };
}
function objects(relation: Relation, form: string): IntentSpec {
  return { form, slots: [S[relation].from], read: { relation, side: 'objects' } };
}

export const INTENTS: Readonly<Record<IntentId, IntentSpec>> = {
  investmentAmount: { form: 'how much did X invest in Y', slots: [S.INVESTED_IN.from, S.INVESTED_IN.to] },
  investors: subjects('INVESTED_IN', 'who invested in X'),
  investments: objects('INVESTED_IN', 'what did X invest in'),
  acquirers: subjects('ACQUIRED', 'who acquired X'),
  acquisitions: objects('ACQUIRED', 'what did X acquire'),
  interimCeo: { form: 'who is the interim CEO of X', slots: [S.CEO_OF.to], read: { relation: 'CEO_OF', side: 'subjects' } },
  ceo: subjects('CEO_OF', 'who is the CEO of X'),
  ceoOf: objects('CEO_OF', 'which company does X lead'),
  founders: subjects('FOUNDED', 'who founded X'),
  founded: objects('FOUNDED', 'what did X found'),
  joined: subjects('JOINED', 'who joined X'),
  wentTo: objects('JOINED', 'where did X go'),
  leavers: subjects('LEFT', 'who left X'),
  left: objects('LEFT', 'what did X leave'),
  boardMembers: subjects('BOARD_MEMBER_OF', 'who is on the board of X'),
  boards: objects('BOARD_MEMBER_OF', 'which boards is X on'),
  employees: subjects('WORKS_FOR', 'who works for X'),
  employer: objects('WORKS_FOR', 'where does X work'),
  suppliers: subjects('SUPPLIES', 'who supplies X'),
  customers: objects('SUPPLIES', 'whom does X supply'),
  partners: objects('PARTNERS_WITH', 'who partners with X'),
  competitors: objects('COMPETES_WITH', 'who competes with X'),
  develops: objects('DEVELOPS', 'what does X develop'),
  developers: subjects('DEVELOPS', 'who develops X'),
  owns: objects('OWNS', 'what does X own'),
  owners: subjects('OWNS', 'who owns X'),
  builds: objects('BUILDS', 'what does X build'),
  builders: subjects('BUILDS', 'who builds X'),
  units: subjects('PART_OF', 'what units does X have'),
  parent: objects('PART_OF', 'what is X part of'),
  spending: { form: 'how much does X plan to spend (in a year)', slots: [S.PLANS_SPENDING.from], read: { relation: 'PLANS_SPENDING', side: 'objects' } },
  connection: { form: 'what connects X and Y', slots: [ANY, ANY] },
  entity: { form: 'who is X / what is X / tell me about X', slots: [ANY] },
};

export function intentText(template: string, names: readonly string[]): string {
  return template.replace(/\b[XY]\b/g, (slot) => (slot === 'X' ? names[0] : names[1]) ?? slot);
}
