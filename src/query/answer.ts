/**
 * Parsed question + backend → a typed Answer. Every line carries the fact it rests on, so
 * the renderer (and --json readers) can cite the sentences and documents behind it.
 */
import type { Relation } from '../model/types.js';
import { ROLE_RELATIONS } from '../graph/roles.js';
import { claimedAmounts, type ClaimedAmount } from './amounts.js';
import { buildEntityCard, type EntityCard } from './card.js';
import type { QuestionAmount, QuestionFigures } from './figures.js';
import { INTENTS, intentText, type IntentId } from './intents.js';
import { QUESTION_LANGUAGES } from './lang/index.js';
import type { ParsedQuestion } from './parse.js';
import { resolveMention, type Resolution } from './resolve.js';
import { AmbiguousEntityError, UnknownEntityError } from './errors.js';
import type { EntityRef, Fact, QueryBackend } from './types.js';

export interface AnswerLine {
  /** The entity that answers (the investor, the CEO, the product, the spending topic…). */
  entity: EntityRef;
  fact: Fact;
  /** "who joined X": the unit of X the person joined. */
  via?: EntityRef;
  /** "where did X go": the organization the unit joined is part of. */
  partOf?: EntityRef;
  interim?: boolean;
  /** Roles: the holder is no longer in it ("former CEO"); `until` is when that was first reported. */
  former?: { until?: string };
  year?: number;
  /** Amounts as the sources state them, most sources first. */
  amounts: ClaimedAmount[];
}

export interface PathStep {
  from: EntityRef;
  to: EntityRef;
  facts: Fact[];
}

/**
 * The same shape for every question (`kg ask --json`): the lists that do not apply to an
 * intent are empty and `card` is null except for entity questions ("who is X").
 */
export interface Answer {
  question: string;
  /** Language of the question; the text answer is written in it. */
  lang: string;
  intent: IntentId;
  /** The question restated in English with the resolved names ("who invested in Scale AI"). */
  asked: string;
  entities: EntityRef[];
  /** Year and amount the question named; lines are limited to them where facts state one. */
  figures: QuestionFigures;
  lines: AnswerLine[];
  paths: PathStep[][];
  card: EntityCard | null;
  /** True when nothing in the graph answers the question. */
  none: boolean;
  /** A sentence that answers without graph lines: "Meta and ميتا are the same entity (Meta)". */
  note: string | null;
}

/** Amounts within this share of the one asked about count as the same ("US$14 billion" ≈ 14.3). */
export const AMOUNT_TOLERANCE = 0.05;

export async function answerQuestion(backend: QueryBackend, parsed: ParsedQuestion): Promise<Answer> {
  const entities = await resolveSlots(backend, parsed);
  const spec = INTENTS[parsed.intent];
  const names = entities.map((e) => e.name);
  const facts = new FactCache(backend);
  const figures = parsed.figures ?? {};
  const [x, y] = entities;
  let lines: AnswerLine[] = [];
  let paths: PathStep[][] = [];
  let card: EntityCard | null = null;
  switch (parsed.intent) {
    case 'investmentAmount':
      lines = (await facts.of(x.key)).filter((f) => f.relation === 'INVESTED_IN' && f.source.key === x.key && f.target.key === y.key).map((f) => line(f.target, f));
      break;
    case 'ceo':
    case 'interimCeo':
      lines = (await subjectsOf(facts, 'CEO_OF', x)).map((l) => ({ ...roleLine(l), interim: isInterim(l.fact) }));
      if (parsed.intent === 'interimCeo') lines = lines.filter((l) => l.interim);
      break;
    case 'joined': {
      lines = await subjectsOf(facts, 'JOINED', x);
      for (const unit of await subjectsOf(facts, 'PART_OF', x)) {
        for (const l of await subjectsOf(facts, 'JOINED', unit.entity)) lines.push({ ...l, via: unit.entity });
      }
      break;
    }
    case 'wentTo': {
      for (const l of await objectsOf(facts, 'JOINED', x)) {
        const parent = (await objectsOf(facts, 'PART_OF', l.entity))[0];
        lines.push(parent ? { ...l, partOf: parent.entity } : l);
      }
      break;
    }
    case 'spending':
      lines = (await objectsOf(facts, 'PLANS_SPENDING', x))
        .map((l) => ({ ...l, year: factYear(l.fact) }))
        .sort((a, b) => (a.year ?? Number.MAX_SAFE_INTEGER) - (b.year ?? Number.MAX_SAFE_INTEGER) || a.entity.name.localeCompare(b.entity.name));
      break;
    case 'connection':
      if (x.key === y.key) {
        // Two names of one entity ("Meta" and "ميتا"): nothing to connect, and saying so is the answer.
        const [a, b] = parsed.mentions[0] ?? [x.name, y.name];
        const written = a === b || a === undefined || b === undefined ? x.name : `${a} and ${b}`;
        return { question: parsed.question, lang: parsed.lang, intent: parsed.intent, asked: intentText(spec.form, names), entities, figures, lines, paths, card: null, none: false, note: `${written} ${a === b ? 'is one' : 'are the same'} entity (${x.name})` };
      }
      paths = await connect(backend, facts, x.key, y.key);
      break;
    case 'entity': {
      const record = await backend.entity(x.key);
      if (record) card = await buildEntityCard(backend, record);
      break;
    }
    default: {
      const read = spec.read;
      // Roles (board seats, jobs, the CEO a person is): current holders first, former ones marked with the date the role ended.
      if (read) lines = (await (read.side === 'subjects' ? subjectsOf : objectsOf)(facts, read.relation, x)).map(roleLine);
    }
  }
  if (figures.year !== undefined) {
    // Spending is dated by its year; other facts are kept unless they state another year.
    const strict = parsed.intent === 'spending';
    lines = lines.filter((l) => {
      const year = l.year ?? factYear(l.fact);
      return year === figures.year || (!strict && year === undefined);
    });
  }
  if (figures.amount) lines = lines.filter((l) => l.amounts.some((a) => sameAmount(a, figures.amount!)));
  if (parsed.intent !== 'spending') lines.sort(byWeight);
  return {
    question: parsed.question,
    lang: parsed.lang,
    intent: parsed.intent,
    asked: intentText(spec.form, names),
    entities,
    figures,
    lines,
    paths,
    card,
    none: lines.length === 0 && paths.length === 0 && card === null,
    note: null,
  };
}

/** The year a fact is dated to, by its qualifiers or else the first claim that states one. */
function factYear(fact: Fact): number | undefined {
  return fact.qualifiers.year ?? fact.claims.find((c) => c.year !== undefined)?.year;
}

function sameAmount(claimed: ClaimedAmount, asked: QuestionAmount): boolean {
  const close = (a: number | undefined, b: number | undefined) => a !== undefined && b !== undefined && Math.abs(a - b) <= AMOUNT_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
  if (asked.currency && claimed.currency && asked.currency !== claimed.currency) return false;
  const value = asked.value ?? asked.max;
  return close(claimed.amount, value) || close(claimed.amountMax, value) || close(claimed.amountMin, asked.min ?? value);
}

/**
 * Resolves every slot. With several readings (adjacent slots), the first reading whose
 * names all resolve without typo tolerance wins, else the first that resolves at all.
 */
async function resolveSlots(backend: QueryBackend, parsed: ParsedQuestion): Promise<EntityRef[]> {
  const lang = QUESTION_LANGUAGES.find((l) => l.code === parsed.lang);
  const slots = INTENTS[parsed.intent].slots;
  let firstFailure: Resolution | undefined;
  let withTypos: EntityRef[] | undefined;
  for (const reading of parsed.mentions) {
    const resolved: EntityRef[] = [];
    let typo = false;
    for (const [i, raw] of reading.entries()) {
      const r = await resolveMention(backend, raw, { lang, types: slots[i] });
      if (r.status !== 'found') {
        firstFailure ??= r;
        break;
      }
      const { key, name, type } = r.match.entity;
      resolved.push({ key, name, type });
      typo ||= r.match.tier === 'fuzzy';
    }
    if (resolved.length < reading.length) continue;
    if (!typo) return resolved;
    withTypos ??= resolved;
  }
  if (withTypos) return withTypos;
  if (firstFailure?.status === 'ambiguous') throw new AmbiguousEntityError(firstFailure.query, firstFailure.candidates);
  const unknown = firstFailure?.status === 'unknown' ? firstFailure : { query: parsed.question, suggestions: [] };
  throw new UnknownEntityError(unknown.query, unknown.suggestions);
}

class FactCache {
  private readonly cache = new Map<string, Promise<Fact[]>>();
  constructor(private readonly backend: QueryBackend) {}
  of(key: string): Promise<Fact[]> {
    let p = this.cache.get(key);
    if (!p) this.cache.set(key, (p = this.backend.factsOf(key)));
    return p;
  }
}

function line(entity: EntityRef, fact: Fact): AnswerLine {
  return { entity, fact, amounts: claimedAmounts(fact.claims) };
}

/** Facts R with the entity as object (or either end, for symmetric R): their subjects. */
async function subjectsOf(facts: FactCache, relation: Relation, entity: EntityRef): Promise<AnswerLine[]> {
  return (await facts.of(entity.key))
    .filter((f) => f.relation === relation && (f.symmetric || f.target.key === entity.key))
    .map((f) => line(f.source.key === entity.key ? f.target : f.source, f));
}

/** Facts R with the entity as subject (or either end, for symmetric R): their objects. */
async function objectsOf(facts: FactCache, relation: Relation, entity: EntityRef): Promise<AnswerLine[]> {
  return (await facts.of(entity.key))
    .filter((f) => f.relation === relation && (f.symmetric || f.source.key === entity.key))
    .map((f) => line(f.source.key === entity.key ? f.target : f.source, f));
}

/** A role no longer held ("former CFO", a later departure or successor) is marked former, with the date it ended. */
function roleLine(l: AnswerLine): AnswerLine {
  if (!ROLE_RELATIONS.has(l.fact.relation) || l.fact.current !== false) return l;
  return { ...l, former: l.fact.endedAt ? { until: l.fact.endedAt } : {} };
}

function isInterim(fact: Fact): boolean {
  return fact.qualifiers.interim === true || fact.claims.some((c) => c.interim === true);
}

/** Facts before relations that are only denied or rumoured; current holders before former ones; then by sources. */
function byWeight(a: AnswerLine, b: AnswerLine): number {
  const rank = (l: AnswerLine) => (l.fact.status !== undefined ? 2 : l.former ? 1 : 0);
  return rank(a) - rank(b) || b.fact.sources - a.fact.sources || a.entity.name.localeCompare(b.entity.name) || a.fact.key.localeCompare(b.fact.key);
}

async function connect(backend: QueryBackend, facts: FactCache, from: string, to: string): Promise<PathStep[][]> {
  const paths = await backend.shortestPaths(from, to);
  const out: PathStep[][] = [];
  for (const path of paths) {
    const steps: PathStep[] = [];
    for (let i = 0; i + 1 < path.length; i++) {
      const a = path[i];
      const b = path[i + 1];
      const between = (await facts.of(a)).filter((f) => (f.source.key === a && f.target.key === b) || (f.source.key === b && f.target.key === a));
      if (between.length === 0) break;
      const first = between[0];
      steps.push({ from: first.source.key === a ? first.source : first.target, to: first.source.key === a ? first.target : first.source, facts: between });
    }
    if (steps.length === path.length - 1) out.push(steps);
  }
  return out;
}
