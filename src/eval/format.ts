/** Text renderings of an evaluation: the summary table and the `--verbose` per-document listing. */
import { formatMoney, formatMoneyRange, formatStake } from '../model/format.js';
import type { AmountRange } from './amounts.js';
import type { GoldMoney } from './gold.js';
import type { DocumentEval, EvalMetrics, EvalReport, GoldFactOut, PredictedFactOut } from './report.js';

export function formatRate(rate: number | null): string {
  return rate === null ? 'n/a' : `${(rate * 100).toFixed(1)}%`;
}

const COLUMNS: ReadonlyArray<[string, (m: EvalMetrics) => string]> = [
  ['docs', (m) => String(m.docs)],
  ['gold', (m) => String(m.goldFacts)],
  ['found', (m) => String(m.matchedGold)],
  ['predicted', (m) => String(m.predicted)],
  ['correct', (m) => String(m.matchedPredicted)],
  ['P', (m) => formatRate(m.precision)],
  ['R', (m) => formatRate(m.recall)],
  ['F1', (m) => formatRate(m.f1)],
  ['attr acc', (m) => formatRate(m.attributeAccuracy)],
  ['entity R', (m) => formatRate(m.entityRecall)],
];

/** One row per language, then `all`; a legend says what the columns count. */
export function formatEvalTable(report: EvalReport): string {
  const rows: string[][] = [['lang', ...COLUMNS.map(([h]) => h)]];
  for (const [lang, m] of Object.entries(report.byLanguage)) rows.push([lang, ...COLUMNS.map(([, f]) => f(m))]);
  rows.push(['all', ...COLUMNS.map(([, f]) => f(report.overall))]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const lines = rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  lines.splice(lines.length - 1, 0, lines[1]);
  lines.push('');
  lines.push('gold: required gold facts; found: of them matched (R = found/gold); predicted: predicted facts;');
  lines.push('correct: predicted facts matching a required or optional gold fact (P = correct/predicted).');
  if (report.missingDocuments.length > 0) {
    lines.push(`not in the snapshot (scored as all misses): ${report.missingDocuments.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

function money(m: GoldMoney | AmountRange, fallbackCurrency?: string): string {
  const currency = ('currency' in m ? m.currency : undefined) ?? fallbackCurrency;
  if ('value' in m) return formatMoney(m.value, currency);
  return m.min === m.max ? formatMoney(m.min, currency) : formatMoneyRange(m.min, m.max, currency);
}

function qualifiers(f: GoldFactOut | PredictedFactOut): string {
  const parts: string[] = [];
  const currency = 'currency' in f ? f.currency : undefined;
  if (f.amount !== undefined) parts.push(money(f.amount, currency));
  if (f.stake !== undefined) parts.push(`${formatStake(f.stake)} stake`);
  if (f.valuation !== undefined) {
    parts.push(`valued at ${typeof f.valuation === 'number' ? formatMoney(f.valuation, currency) : money(f.valuation)}`);
  }
  if (f.interim !== undefined) parts.push(f.interim ? 'interim' : 'not interim');
  if ('year' in f && f.year !== undefined) parts.push(`in ${f.year}`);
  return parts.length > 0 ? ` [${parts.join(', ')}]` : '';
}

function triple(f: GoldFactOut | PredictedFactOut): string {
  const object = f.object === null ? '' : ` ${f.object}`;
  return `${f.subject} ${f.relation}${object}${qualifiers(f)}`;
}

function formatDocument(d: DocumentEval): string[] {
  const m = d.metrics;
  const lines = [
    `${d.doc} (${d.lang}): P ${formatRate(m.precision)}  R ${formatRate(m.recall)}  F1 ${formatRate(m.f1)}  attr acc ${formatRate(m.attributeAccuracy)}  entity R ${formatRate(m.entityRecall)}`,
  ];
  if (d.snapshotDocs.length === 0) lines.push('  not in the snapshot: no document has this basename or id');
  if (d.misses.length > 0) {
    lines.push(`  missed (${d.misses.length}):`);
    for (const g of d.misses) {
      lines.push(`    - ${triple(g)}`);
      if (g.evidence) lines.push(`      evidence: ${g.evidence}`);
    }
  }
  if (d.falsePositives.length > 0) {
    lines.push(`  false positives (${d.falsePositives.length}):`);
    for (const p of d.falsePositives) {
      const first = p.evidence[0];
      const more = p.evidence.length > 1 ? ` (+${p.evidence.length - 1} more)` : '';
      lines.push(`    - ${triple(p)}  rule ${first?.ruleId ?? '?'}${more}`);
      if (first) lines.push(`      evidence: ${first.sentence}`);
    }
  }
  const wrong = d.matches.filter((x) => !x.gold.optional && Object.values(x.attributes).some((ok) => !ok));
  if (wrong.length > 0) {
    lines.push(`  attributes that disagree (${wrong.length}):`);
    for (const x of wrong) {
      const bad = Object.entries(x.attributes).filter(([, ok]) => !ok).map(([k]) => k);
      lines.push(`    - ${triple(x.gold)}: predicted${qualifiers(x.predicted) || ' [none]'}; wrong: ${bad.join(', ')}`);
    }
  }
  if (d.entityMisses.length > 0) lines.push(`  entities not linked by MENTIONS (${d.entityMisses.length}): ${d.entityMisses.join(', ')}`);
  return lines;
}

/** Misses, false positives (with rule id and evidence sentence) and attribute disagreements per document. */
export function formatEvalVerbose(report: EvalReport): string {
  return `${report.documents.map((d) => formatDocument(d).join('\n')).join('\n\n')}\n`;
}
