/**
 * Text renderers for people: entity cards and answers, each claim cited with its document,
 * written in the language of the question (headings, relation names, counts, "sources
 * disagree", claim status, former roles) with numbers formatted for its locale. `kg entity`
 * writes English unless given `--lang`.
 */
import type { ClaimedAmount } from './amounts.js';
import type { Answer, AnswerLine, PathStep } from './answer.js';
import type { CardGroup, EntityCard } from './card.js';
import { INTENTS } from './intents.js';
import { localiser, type Localiser } from './locale.js';
import { QUALIFIER_KEYS, type Evidence, type Fact, type Qualifiers } from './types.js';

export function renderCard(card: EntityCard, lang = 'en'): string {
  const l = localiser(lang);
  const w = l.words;
  const e = card.entity;
  const out: string[] = [`${e.name} — ${e.type} (${e.key})`];
  const byLang = Object.entries(e.aliasesByLang).filter(([, names]) => names.length > 0);
  const listed = new Set(byLang.flatMap(([, names]) => names));
  const unplaced = e.aliases.filter((a) => !listed.has(a) && a !== e.name);
  if (byLang.length > 0 || unplaced.length > 0) {
    out.push(`${w.aliases}:`);
    for (const [code, names] of byLang.sort(([a], [b]) => a.localeCompare(b))) out.push(`  ${code}: ${names.join(', ')}`);
    if (unplaced.length > 0) out.push(`  ${w.other}: ${unplaced.join(', ')}`);
  }
  const where = e.languages.length > 0 ? ` (${e.languages.join(', ')})` : '';
  out.push(l.fill(w.mentions, { n: e.mentions, x: where, y: l.count(w.documents, card.documents) }));
  // Why these names are one entity, and the id a user pinned on it.
  if (e.mergedBy?.length) out.push(`merged by: ${e.mergedBy.join(', ')}`);
  if (e.externalId !== undefined) out.push(`external id: ${e.externalId}`);
  if (card.groups.length === 0) out.push('', w.noFacts);
  for (const g of card.groups) {
    out.push('', groupHeading(g, l));
    for (const { other, fact } of g.facts) {
      out.push(`  ${other.name}${summary(fact, l)}`);
      out.push(...evidenceLines(fact, '    ', l));
    }
  }
  return `${out.join('\n')}\n`;
}

function groupHeading(g: CardGroup, l: Localiser): string {
  const labels = l.words.relations[g.relation];
  const label = g.direction === 'in' ? labels.in : labels.out;
  const arrow = g.direction === 'out' ? `${g.relation} →` : g.direction === 'in' ? `← ${g.relation}` : `${g.relation} ↔`;
  return `${label} (${arrow})`;
}

/** " — US$14.3 billion, 49% stake · 2 sources · sources disagree" */
function summary(fact: Fact, l: Localiser): string {
  const status = statusText(fact, l);
  if (status) return ` — ${status}`;
  const q = l.qualifiers(fact.qualifiers);
  const parts = [l.count(l.words.sources, fact.sources)];
  if (fact.conflict) parts.push(l.words.sourcesDisagree);
  if (fact.current === false) parts.push(fact.endedAt ? l.fill(l.words.endedAt, { x: fact.endedAt }) : l.words.ended);
  return `${q ? ` — ${q}` : ''} · ${parts.join(' · ')}`;
}

/**
 * One line per distinct claim sentence: language, the sentence, the document, and what the
 * claim states differently from the consolidated fact ("[US$14 billion]"), if anything.
 */
export function evidenceLines(fact: Fact, indent: string, l: Localiser = localiser('en')): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const c of fact.claims) {
    const id = `${c.doc}:${c.start}:${c.end}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const own = l.qualifiers(differingQualifiers(c, fact.qualifiers));
    const together = c.group ? l.qualifiers({ amount: c.group.amount, amountMin: c.group.amountMin, amountMax: c.group.amountMax, currency: c.group.currency } as Qualifiers) : '';
    const group = c.group ? `${l.fill(l.words.jointly, { x: c.group.members.join(` ${l.words.and} `) })}${together ? ` ${l.fill(l.words.together, { x: together })}` : ''}` : '';
    const status = c.status !== undefined && c.status !== 'asserted' ? l.words.claimStatus[c.status] : '';
    const marks = [status, c.former ? l.words.former : '', group, c.date ?? ''].filter(Boolean).join(', ');
    lines.push(`${indent}${c.lang}: “${c.sentence}” — ${c.path}${own ? `  [${own}]` : ''}${marks ? `  (${marks})` : ''}`);
  }
  return lines;
}

/** The claim's qualifiers whose values differ from the fact's (currency kept with an amount). */
function differingQualifiers(c: Evidence, fact: Qualifiers): Qualifiers {
  const out: Record<string, unknown> = {};
  for (const k of QUALIFIER_KEYS) {
    if (k === 'currency' || c[k] === undefined || c[k] === fact[k]) continue;
    out[k] = c[k];
  }
  if (Object.keys(out).length > 0 && c.currency !== undefined) out.currency = c.currency;
  if (out.amountMin !== undefined || out.amountMax !== undefined) {
    out.amountMin = c.amountMin;
    out.amountMax = c.amountMax;
  }
  return out as Qualifiers;
}

/** The first line of an answer: whom it is about and what it lists, in the question's language. */
export function answerHeading(answer: Answer): string {
  const l = localiser(answer.lang);
  const [x, y] = answer.entities.map((e) => e.name);
  const read = INTENTS[answer.intent].read;
  let head: string;
  if (answer.intent === 'connection') head = l.fill(l.words.connection, { x, y });
  else if (answer.intent === 'investmentAmount') head = `${x} → ${y} — ${l.words.relations.INVESTED_IN.out}`;
  else if (read) {
    const labels = l.words.relations[read.relation];
    head = `${x} — ${read.side === 'subjects' ? labels.in : labels.out}`;
    if (answer.intent === 'interimCeo') head += ` (${l.words.interim})`;
  } else head = x;
  const figures = [answer.figures.year !== undefined ? l.fill(l.words.inYear, { n: String(answer.figures.year) }) : '', answer.figures.amount ? l.amount({ amount: answer.figures.amount.value, amountMin: answer.figures.amount.min, amountMax: answer.figures.amount.max, currency: answer.figures.amount.currency }) : ''].filter(Boolean);
  return `${head}${figures.length > 0 ? ` (${figures.join(', ')})` : ''}`;
}

export function renderAnswer(answer: Answer): string {
  const l = localiser(answer.lang);
  if (answer.card) return renderCard(answer.card, answer.lang);
  const out: string[] = [`${answerHeading(answer)}:`];
  if (answer.note) {
    out.push(`  ${answer.note}`);
    return `${out.join('\n')}\n`;
  }
  if (answer.none) {
    out.push(`  ${l.words.none}`);
    return `${out.join('\n')}\n`;
  }
  if (answer.intent === 'connection') out.push(...renderPaths(answer.paths, l));
  else if (answer.intent === 'spending') out.push(...renderByYear(answer.lines, l));
  else if (answer.intent === 'investmentAmount') for (const line of answer.lines) out.push(...renderLine(line, '  ', l, `${line.fact.source.name} → ${line.fact.target.name}`));
  else for (const line of answer.lines) out.push(...renderLine(line, '  ', l));
  return `${out.join('\n')}\n`;
}

/**
 * How a fact that no claim asserts is shown, never as done, in the answer's language:
 * "denied or negated, not a fact (2 sources)", "in Gesprächen oder Gerücht, nicht vollzogen (1 Quelle)";
 * '' for a fact.
 */
export function statusText(fact: Fact, l: Localiser = localiser('en')): string {
  if (fact.status === undefined || fact.status === 'asserted') return '';
  const docs = new Set(fact.claims.map((c) => c.doc)).size;
  return `${l.words.status[fact.status]} (${l.count(l.words.sources, docs)})`;
}

function renderLine(line: AnswerLine, indent: string, l: Localiser, label = line.entity.name): string[] {
  const w = l.words;
  let head = label;
  if (line.former) head += ` (${line.former.until ? l.fill(w.formerSince, { x: line.former.until }) : w.former})`;
  if (line.interim) head += ` (${w.interim})`;
  const status = statusText(line.fact, l);
  if (status) return [`${indent}${head} — ${status}`, ...evidenceLines(line.fact, `${indent}  `, l)];
  if (line.via) head += ` (${l.fill(w.via, { x: line.via.name })})`;
  if (line.partOf) head += ` (${l.fill(w.partOf, { x: line.partOf.name })})`;
  const rest = l.qualifiers(otherQualifiers(line.fact.qualifiers), { amounts: false });
  const details = [line.amounts.length > 0 ? amountsText(line.amounts, l) : '', rest].filter(Boolean).join('; ');
  const tail = [l.count(w.sources, line.fact.sources), ...(line.fact.conflict ? [w.sourcesDisagree] : [])].join(' · ');
  return [`${indent}${head}${details ? ` — ${details}` : ''} · ${tail}`, ...evidenceLines(line.fact, `${indent}  `, l)];
}

/** "US$14.3 billion (2 sources) and US$14 billion (1 source)"; a lone amount needs no count. */
export function amountsText(amounts: readonly ClaimedAmount[], l: Localiser = localiser('en')): string {
  if (amounts.length === 1) return l.amount(amounts[0]);
  return amounts.map((a) => `${l.amount(a)} (${l.count(l.words.sources, a.sources)})`).join(` ${l.words.and} `);
}

function otherQualifiers(q: Qualifiers): Qualifiers {
  const { stake, valuation, currency, title, capacity, period, quarter, month } = q;
  return { stake, valuation, currency, title, capacity, period, quarter, month } as Qualifiers;
}

function renderByYear(lines: readonly AnswerLine[], l: Localiser): string[] {
  const out: string[] = [];
  let current: number | undefined | null = null;
  for (const line of lines) {
    if (line.year !== current) {
      current = line.year;
      out.push(`  ${line.year ?? l.words.yearNotStated}`);
    }
    out.push(...renderLine(line, '    ', l));
  }
  return out;
}

function renderPaths(paths: readonly PathStep[][], l: Localiser): string[] {
  const out: string[] = [];
  paths.forEach((steps, i) => {
    const chain = [steps[0].from.name, ...steps.map((s) => s.to.name)].join(' — ');
    const title = paths.length > 1 ? l.fill(l.words.pathOf, { n: i + 1, y: paths.length }) : l.words.path;
    out.push(`  ${title} (${l.count(l.words.steps, steps.length)}): ${chain}`);
    for (const s of steps) {
      for (const f of s.facts) {
        const q = l.qualifiers(f.qualifiers);
        const arrow = f.symmetric ? `—${f.relation}—` : `—${f.relation}→`;
        out.push(`    ${f.source.name} ${arrow} ${f.target.name}${q ? ` (${q})` : ''} · ${l.count(l.words.sources, f.sources)}`);
        out.push(...evidenceLines(f, '      ', l));
      }
    }
  });
  return out;
}
