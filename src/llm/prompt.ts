/**
 * The prompt: the closed entity types and relations of src/model/types.ts (with argument
 * types and qualifiers, generated from RELATION_SPECS so the prompt cannot drift from the
 * model), the reply format, and the numbered sentences of one chunk.
 */
import type { Sentence } from '../model/extraction.js';
import { ENTITY_TYPES, RELATIONS, RELATION_SPECS, type EntityType, type Qualifier } from '../model/types.js';
import type { ChatMessage } from './client.js';

const TYPE_NOTES: Readonly<Record<EntityType, string>> = {
  Person: 'a named person',
  Organization: 'a company, investor, government body or other organization',
  OrgUnit: 'a lab or division inside an organization',
  Product: 'a model, app, platform or chip',
  Facility: 'a data centre or other site',
  Location: 'a country, region or city',
  Topic: 'what money is spent on (only as the object of PLANS_SPENDING)',
};

const QUALIFIER_NOTES: Readonly<Record<Qualifier, string>> = {
  amount: 'amount (number) or amountMin + amountMax for a range',
  currency: 'currency (ISO 4217 code)',
  stake: 'stake (fraction 0-1)',
  valuation: 'valuation (number)',
  interim: 'interim (true for an acting or interim role)',
  title: 'title (job title as written)',
  year: 'year (four digits)',
  quarter: 'quarter (1-4) of the year, where the figure is for one quarter',
  month: 'month (1-12) of the year, where the figure is for one month',
  capacity: 'capacity (as written, e.g. "1 GW")',
  period: 'period ("actual" for money already spent, "planned" for a plan or budget)',
};

export function relationLines(): string[] {
  return RELATIONS.map((r) => {
    const spec = RELATION_SPECS[r];
    const arrow = spec.symmetric ? '<->' : '->';
    const q = spec.qualifiers.map((k) => QUALIFIER_NOTES[k]).join(', ');
    return `- ${r}: ${spec.from.join('|')} ${arrow} ${spec.to.join('|')}${q ? `; qualifiers: ${q}` : ''}`;
  });
}

export function systemPrompt(): string {
  return [
    'You extract facts from news articles for a knowledge graph. Answer with one JSON object and nothing else:',
    '{"entities": [{"name": string, "type": string, "sentence": number, "text": string}],',
    ' "claims": [{"relation": string, "subject": string, "object": string, "sentence": number, "amount"?: number, "amountMin"?: number, "amountMax"?: number, "currency"?: string, "stake"?: number, "valuation"?: number, "interim"?: boolean, "title"?: string, "year"?: number, "capacity"?: string}]}',
    '',
    'Entity types (use only these):',
    ...ENTITY_TYPES.map((t) => `- ${t}: ${TYPE_NOTES[t]}`),
    '',
    'Relations (subject type -> object type; only these):',
    ...relationLines(),
    '',
    'Rules:',
    '- One entity entry for each sentence an entity appears in. "sentence" is the number in square brackets.',
    '- "text" is the entity exactly as written in that sentence, character for character, with any attached endings ("Meta\'nın").',
    '- "name" is the entity\'s full usual name, in Latin script when it has a usual Latin spelling ("Meta" for "ميتا", "Mark Zuckerberg" for "Zuckerberg").',
    '- A claim is a fact the sentence itself states. "subject" and "object" are names from your entity list; for PLANS_SPENDING the object is a short English phrase for what the money is for.',
    '- Numbers are plain numbers: 14.3 billion is 14300000000, 49% is 0.49. Leave out qualifiers that do not apply or are not stated.',
  ].join('\n');
}

export function userPrompt(sentences: readonly Sentence[], lang: string): string {
  return [`Article (language: ${lang}), one sentence per line:`, ...sentences.map((s) => `[${s.index}] ${s.text}`)].join('\n');
}

export function buildMessages(sentences: readonly Sentence[], lang: string): ChatMessage[] {
  return [
    { role: 'system', content: systemPrompt() },
    { role: 'user', content: userPrompt(sentences, lang) },
  ];
}
