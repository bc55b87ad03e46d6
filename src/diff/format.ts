/** The human-readable form of a SnapshotDiff (`kg diff` without --json). */
import { formatMoney, formatStake } from '../model/format.js';
import type { ClaimRef, DocumentRef, FactRef, QualifierValue, SnapshotDiff } from './diff.js';

/** Evidence sentences are cut to this many characters in the text report. */
export const SENTENCE_PREVIEW_CHARS = 110;
const MONEY = new Set(['amount', 'amountMin', 'amountMax', 'valuation']);

/** Control characters from article text would be interpreted by the terminal; show them as spaces. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ');
}

function preview(text: string): string {
  const flat = printable(text).replace(/\s+/g, ' ').trim();
  return flat.length > SENTENCE_PREVIEW_CHARS ? `${flat.slice(0, SENTENCE_PREVIEW_CHARS - 1)}…` : flat;
}

export function formatQualifierValue(name: string, value: QualifierValue, currency?: string): string {
  if (value === null) return '(none)';
  if (typeof value === 'number' && MONEY.has(name)) return formatMoney(value, currency);
  if (typeof value === 'number' && name === 'stake') return formatStake(value);
  return printable(String(value));
}

function qualifierSummary(q: Record<string, QualifierValue>): string {
  const currency = typeof q.currency === 'string' ? q.currency : undefined;
  return Object.entries(q)
    .filter(([name, v]) => name !== 'currency' && !(name === 'conflict' && v === false))
    .map(([name, v]) => `${name} ${formatQualifierValue(name, v, currency)}`)
    .join(', ');
}

function factLine(f: FactRef): string {
  const q = qualifierSummary(f.qualifiers);
  return `${printable(f.sourceName)} ${f.type} ${printable(f.targetName)}${q ? `  ${q}` : ''}  (${f.claims} claim${f.claims === 1 ? '' : 's'})`;
}

function claimLine(sign: string, c: ClaimRef): string {
  const q = qualifierSummary(c.qualifiers);
  return `      ${sign} claim [${printable(c.lang)}] “${preview(c.sentence)}”${q ? ` ${q};` : ''} ${c.doc} ${c.start}-${c.end}, rule ${printable(c.ruleId)}`;
}

function section(lines: string[], title: string, items: string[]): void {
  if (items.length === 0) return;
  lines.push('', `${title} (${items.length})`, ...items);
}

export function formatDiffText(diff: SnapshotDiff, labels: { old?: string; new?: string } = {}): string {
  const s = diff.summary;
  const lines: string[] = [];
  if (labels.old || labels.new) lines.push(`kg diff ${labels.old ?? 'OLD'} → ${labels.new ?? 'NEW'}`);
  if (diff.identical) {
    lines.push('No changes: same documents, entities, facts, qualifiers and claims.');
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `documents +${s.documentsAdded} -${s.documentsRemoved} · entities +${s.entitiesAdded} -${s.entitiesRemoved} ~${s.entitiesChanged} · ` +
      `facts +${s.factsAdded} -${s.factsRemoved} ~${s.factsChanged} (${s.qualifierChanges} qualifier changes, ${s.claimsAdded} new claims, ${s.claimsRemoved} claims gone)`,
  );
  const doc = (d: DocumentRef) => `${d.key} ${printable(d.path)} (${printable(d.lang)}) “${preview(d.title)}”`;
  section(lines, 'Documents added', diff.documents.added.map((d) => `  + ${doc(d)}`));
  section(lines, 'Documents removed', diff.documents.removed.map((d) => `  - ${doc(d)}`));
  section(lines, 'Entities added', diff.entities.added.map((e) => `  + ${printable(e.name)} (${e.type}, ${e.key})`));
  section(lines, 'Entities removed', diff.entities.removed.map((e) => `  - ${printable(e.name)} (${e.type}, ${e.key})`));
  section(
    lines,
    'Entities changed',
    diff.entities.changed.map((e) => {
      const parts: string[] = [];
      if (e.oldName !== undefined) parts.push(`name ${printable(e.oldName)} → ${printable(e.name)}`);
      if (e.oldType !== undefined) parts.push(`type ${e.oldType} → ${e.type}`);
      if (e.aliasesAdded.length) parts.push(`aliases + ${e.aliasesAdded.map(printable).join(', ')}`);
      if (e.aliasesRemoved.length) parts.push(`aliases - ${e.aliasesRemoved.map(printable).join(', ')}`);
      return `  ~ ${printable(e.name)} (${e.key}): ${parts.join('; ')}`;
    }),
  );
  section(lines, 'Facts added', diff.facts.added.map((f) => `  + ${factLine(f)}`));
  section(lines, 'Facts removed', diff.facts.removed.map((f) => `  - ${factLine(f)}`));
  section(
    lines,
    'Facts changed',
    diff.facts.changed.map((f) => {
      const currency = typeof f.qualifiers.currency === 'string' ? f.qualifiers.currency : undefined;
      const out = [`  ~ ${printable(f.sourceName)} ${f.type} ${printable(f.targetName)}`];
      for (const c of f.qualifierChanges) {
        out.push(`      ${c.name}: ${formatQualifierValue(c.name, c.old, currency)} → ${formatQualifierValue(c.name, c.new, currency)}`);
      }
      for (const c of f.claimsAdded) out.push(claimLine('+', c));
      for (const c of f.claimsRemoved) out.push(claimLine('-', c));
      return out.join('\n');
    }),
  );
  return `${lines.join('\n')}\n`;
}
