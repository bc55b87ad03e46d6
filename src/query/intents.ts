/**
 * The questions `kg ask` answers. Each intent names the entity slots its templates fill
 * (per language, in ./lang/) and the entity types a slot may denote, taken from
 * RELATION_SPECS so a name that fits two entities picks the one of the right type.
 */
import { ENTITY_TYPES, RELATION_SPECS, type EntityType } from '../model/types.js';

export const INTENT_IDS = [
  'investmentAmount',
  'investors',
  'interimCeo',
  'ceo',
  'founders',
  'joined',
  'wentTo',
  'competitors',
  'develops',
  'developers',
  'owns',
  'owners',
  'spending',
  'connection',
] as const;
export type IntentId = (typeof INTENT_IDS)[number];

export interface IntentSpec {
  /** What it answers, in English, with X and Y for the entities (for help and errors). */
  form: string;
  /** Types each slot (X, then Y) may denote. */
  slots: ReadonlyArray<readonly EntityType[]>;
  /** Said when the graph holds no fact for the question; X and Y are replaced by names. */
  none: string;
}

const ANY = ENTITY_TYPES;
const S = RELATION_SPECS;

export const INTENTS: Readonly<Record<IntentId, IntentSpec>> = {
  investmentAmount: {
    form: 'how much did X invest in Y',
    slots: [S.INVESTED_IN.from, S.INVESTED_IN.to],
    none: 'No investment by X in Y is recorded.',
  },
  investors: { form: 'who invested in X', slots: [S.INVESTED_IN.to], none: 'Nobody is recorded as having invested in X.' },
  interimCeo: { form: 'who is the interim CEO of X', slots: [S.CEO_OF.to], none: 'No interim CEO of X is recorded.' },
  ceo: { form: 'who is the CEO of X', slots: [S.CEO_OF.to], none: 'No CEO of X is recorded.' },
  founders: { form: 'who founded X', slots: [S.FOUNDED.to], none: 'No founder of X is recorded.' },
  joined: { form: 'who joined X', slots: [S.JOINED.to], none: 'Nobody is recorded as having joined X.' },
  wentTo: { form: 'where did X go', slots: [S.JOINED.from], none: 'No move of X is recorded.' },
  competitors: { form: 'who competes with X', slots: [S.COMPETES_WITH.from], none: 'No competitor of X is recorded.' },
  develops: { form: 'what does X develop', slots: [S.DEVELOPS.from], none: 'No product developed by X is recorded.' },
  developers: { form: 'who develops X', slots: [S.DEVELOPS.to], none: 'Nobody is recorded as developing X.' },
  owns: { form: 'what does X own', slots: [S.OWNS.from], none: 'Nothing owned by X is recorded.' },
  owners: { form: 'who owns X', slots: [S.OWNS.to], none: 'No owner of X is recorded.' },
  spending: { form: 'what does X plan to spend (by year)', slots: [S.PLANS_SPENDING.from], none: 'No spending plan of X is recorded.' },
  connection: { form: 'what connects X and Y', slots: [ANY, ANY], none: 'X and Y are not connected by any chain of facts.' },
};

export function intentText(template: string, names: readonly string[]): string {
  return template.replace(/\b[XY]\b/g, (slot) => (slot === 'X' ? names[0] : names[1]) ?? slot);
}
