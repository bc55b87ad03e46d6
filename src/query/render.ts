/** Text renderers for people: entity cards and answers, each claim cited with its document. */
import { formatQualifiers } from '../model/format.js';
import type { Relation } from '../model/types.js';
import type { ClaimedAmount } from './amounts.js';
import type { Answer, AnswerLine, PathStep } from './answer.js';
import type { CardGroup, EntityCard } from './card.js';
import { QUALIFIER_KEYS, type Evidence, type Fact, type Qualifiers } from './types.js';

const LABELS: Readonly<Record<Relation, { out: string; in: string }>> = {
  INVESTED_IN: { out: 'Invested in', in: 'Investors' },
  ACQUIRED: { out: 'Acquired', in: 'Acquired by' },
  OWNS: { out: 'Owns', in: 'Owned by' },
  PARTNERS_WITH: { out: 'Partners', in: 'Partners' },
  COMPETES_WITH: { out: 'Competitors', in: 'Competitors' },
  SUPPLIES: { out: 'Supplies', in: 'Suppliers' },
  DEVELOPS: { out: 'Develops', in: 'Developed by' },
  CEO_OF: { out: 'CEO of', in: 'CEO' },
  FOUNDED: { out: 'Founded', in: 'Founders' },
  JOINED: { out: 'Joined', in: 'Joined by' },
  LEFT: { out: 'Left', in: 'Left by' },
  BOARD_MEMBER_OF: { out: 'Board member of', in: 'Board members' },
  WORKS_FOR: { out: 'Works for', in: 'People' },
  PART_OF: { out: 'Part of', in: 'Units' },
  PLANS_SPENDING: { out: 'Plans to spend on', in: 'Spending planned by' },
  BUILDS: { out: 'Builds', in: 'Built by' },
};

export function renderCard(card: EntityCard): string {
  const e = card.entity;
  const out: string[] = [`${e.name} — ${e.type} (${e.key})`];
  const byLang = Object.entries(e.aliasesByLang).filter(([, names]) => names.length > 0);
  const listed = new Set(byLang.flatMap(([, names]) => names));
  const unplaced = e.aliases.filter((a) => !listed.has(a) && a !== e.name);
  if (byLang.length > 0 || unplaced.length > 0) {
    out.push('Aliases:');
    for (const [lang, names] of byLang.sort(([a], [b]) => a.localeCompare(b))) out.push(`  ${lang}: ${names.join(', ')}`);
    if (unplaced.length > 0) out.push(`  other: ${unplaced.join(', ')}`);
  }
  out.push(`Mentions: ${e.mentions}${e.languages.length > 0 ? ` in ${e.languages.join(', ')} articles` : ''}; facts cite ${plural(card.documents, 'document')}.`);
  if (card.groups.length === 0) out.push('', 'No facts are recorded about it.');
  for (const g of card.groups) {
    out.push('', groupHeading(g));
    for (const { other, fact } of g.facts) {
      out.push(`  ${other.name}${summary(fact)}`);
      out.push(...evidenceLines(fact, '    '));
    }
  }
  return `${out.join('\n')}\n`;
}

function groupHeading(g: CardGroup): string {
  const label = g.direction === 'in' ? LABELS[g.relation].in : LABELS[g.relation].out;
  const arrow = g.direction === 'out' ? `${g.relation} →` : g.direction === 'in' ? `← ${g.relation}` : `${g.relation} ↔`;
  return `${label} (${arrow})`;
}

/** " — US$14.3 billion, 49% stake · 2 sources · sources disagree" */
function summary(fact: Fact): string {
  const status = statusText(fact);
  if (status) return ` — ${status}`;
  const q = formatQualifiers(fact.qualifiers);
  const parts = [plural(fact.sources, 'source')];
  if (fact.conflict) parts.push('sources disagree');
  if (fact.current === false) parts.push(fact.endedAt ? `ended ${fact.endedAt}` : 'ended');
  return `${q ? ` — ${q}` : ''} · ${parts.join(' · ')}`;
}

/**
 * One line per distinct claim sentence: language, the sentence, the document, and what the
 * claim states differently from the consolidated fact ("[US$14 billion]"), if anything.
 */
export function evidenceLines(fact: Fact, indent: string): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const c of fact.claims) {
    const id = `${c.doc}:${c.start}:${c.end}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const own = formatQualifiers(differingQualifiers(c, fact.qualifiers));
    const group = c.group ? `jointly: ${c.group.members.join(' and ')}${formatQualifiers({ amount: c.group.amount, amountMin: c.group.amountMin, amountMax: c.group.amountMax, currency: c.group.currency }) ? ` together ${formatQualifiers({ amount: c.group.amount, amountMin: c.group.amountMin, amountMax: c.group.amountMax, currency: c.group.currency })}` : ''}` : '';
    const marks = [c.status !== undefined ? c.status.replace('_', ' ') : '', c.former ? 'former' : '', group, c.date ?? ''].filter(Boolean).join(', ');
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

export function renderAnswer(answer: Answer): string {
  const out: string[] = [`${capitalise(answer.asked)}:`];
  if (answer.none) {
    out.push(`  ${answer.none}`);
    return `${out.join('\n')}\n`;
  }
  if (answer.intent === 'connection') out.push(...renderPaths(answer.paths));
  else if (answer.intent === 'spending') out.push(...renderByYear(answer.lines));
  else if (answer.intent === 'investmentAmount') for (const l of answer.lines) out.push(...renderLine(l, '  ', `${l.fact.source.name} in ${l.fact.target.name}`));
  else for (const l of answer.lines) out.push(...renderLine(l, '  '));
  return `${out.join('\n')}\n`;
}

/** How a fact that no claim asserts is shown: never as done. */
const STATUS_TEXT: Readonly<Record<string, string>> = {
  negated: 'denied or negated, not a fact',
  possible: 'possible, not completed',
  reported_talks: 'in talks or rumoured, not completed',
  planned: 'planned, not completed',
};

/** " — denied or negated, not a fact (2 sources)" for a fact only denied or rumoured; '' for a fact. */
export function statusText(fact: Fact): string {
  if (fact.status === undefined) return '';
  const docs = new Set(fact.claims.map((c) => c.doc)).size;
  return `${STATUS_TEXT[fact.status] ?? fact.status} (${plural(docs, 'source')})`;
}

function renderLine(l: AnswerLine, indent: string, label = l.entity.name): string[] {
  let head = label;
  if (l.former) head += l.former.until ? ` (former, since ${l.former.until})` : ' (former)';
  if (l.interim) head += ' (interim)';
  const status = statusText(l.fact);
  if (status) return [`${indent}${head} — ${status}`, ...evidenceLines(l.fact, `${indent}  `)];
  if (l.via) head += ` (joined ${l.via.name})`;
  if (l.partOf) head += ` (part of ${l.partOf.name})`;
  const rest = otherQualifiers(l.fact.qualifiers);
  const details = [l.amounts.length > 0 ? amountsText(l.amounts) : '', rest].filter(Boolean).join('; ');
  return [`${indent}${head}${details ? ` — ${details}` : ''} · ${plural(l.fact.sources, 'source')}`, ...evidenceLines(l.fact, `${indent}  `)];
}

/** "US$14.3 billion (2 sources) and US$14 billion (1 source)"; a lone amount needs no count. */
export function amountsText(amounts: readonly ClaimedAmount[]): string {
  if (amounts.length === 1) return amounts[0].text;
  return amounts.map((a) => `${a.text} (${plural(a.sources, 'source')})`).join(' and ');
}

function otherQualifiers(q: Qualifiers): string {
  const { stake, valuation, currency, title, capacity, period } = q;
  return formatQualifiers({ stake, valuation, currency, title, capacity, period });
}

function renderByYear(lines: readonly AnswerLine[]): string[] {
  const out: string[] = [];
  let current: number | undefined | null = null;
  for (const l of lines) {
    if (l.year !== current) {
      current = l.year;
      out.push(`  ${l.year ?? 'Year not stated'}`);
    }
    out.push(...renderLine(l, '    '));
  }
  return out;
}

function renderPaths(paths: readonly PathStep[][]): string[] {
  const out: string[] = [];
  paths.forEach((steps, i) => {
    const chain = [steps[0].from.name, ...steps.map((s) => s.to.name)].join(' — ');
    out.push(`  ${paths.length > 1 ? `Path ${i + 1} of ${paths.length}` : 'Path'} (${plural(steps.length, 'step')}): ${chain}`);
    for (const s of steps) {
      for (const f of s.facts) {
        const q = formatQualifiers(f.qualifiers);
        const arrow = f.symmetric ? `—${f.relation}—` : `—${f.relation}→`;
        out.push(`    ${f.source.name} ${arrow} ${f.target.name}${q ? ` (${q})` : ''} · ${plural(f.sources, 'source')}`);
        out.push(...evidenceLines(f, '      '));
      }
    }
  });
  return out;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
