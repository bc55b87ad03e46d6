/**
 * Turns gold documents into the snapshot a perfect extractor would build from them, so a
 * test can check that the scorer gives that snapshot full marks and then degrade it.
 */
import { createHash } from 'node:crypto';
import { RELATION_SPECS } from '../../src/model/types.js';
import type { GoldDoc, GoldMoney } from '../../src/eval/gold.js';
import { normalizeName } from '../../src/eval/normalize.js';
import type { Snapshot } from '../../src/snapshot/index.js';
import { buildSnapshot, type ClaimSpec, type EntitySpec, type FactSpec } from './builder.js';

export function docKey(name: string): string {
  return `doc:${createHash('sha256').update(name).digest('hex').slice(0, 16)}`;
}

function money(m: GoldMoney): Pick<ClaimSpec, 'amount' | 'amountMin' | 'amountMax' | 'currency'> {
  const currency = m.currency === undefined ? {} : { currency: m.currency };
  return 'value' in m ? { amount: m.value, ...currency } : { amountMin: m.min, amountMax: m.max, ...currency };
}

export function perfectSnapshot(gold: ReadonlyArray<GoldDoc>, keep: (doc: GoldDoc, factIndex: number) => boolean = () => true): Snapshot {
  const entities = new Map<string, EntitySpec>();
  const entity = (name: string, type: EntitySpec['type'] = 'Organization', aliases: string[] = []): string => {
    const key = `entity:${normalizeName(name)}`;
    const e = entities.get(key) ?? { key, name, type, aliases: [name] };
    for (const a of aliases) if (!e.aliases!.includes(a)) e.aliases!.push(a);
    entities.set(key, e);
    return key;
  };
  const facts = new Map<string, FactSpec>();
  const mentions = new Map<string, [string, string]>();
  for (const doc of gold) {
    const key = docKey(doc.doc);
    for (const e of doc.entities) {
      const target = entity(e.name, e.type, e.aliases);
      mentions.set(`${key}->${target}`, [key, target]);
    }
    doc.facts.forEach((f, i) => {
      if (!keep(doc, i)) return;
      let source = entity(f.subject);
      let target = f.relation === 'PLANS_SPENDING' ? entity('spending', 'Topic') : entity(f.object!);
      if (RELATION_SPECS[f.relation].symmetric && source > target) [source, target] = [target, source];
      const edgeKey = `${f.relation}|${source}|${target}|${f.year ?? ''}`;
      const edge = facts.get(edgeKey) ?? { relation: f.relation, source, target, claims: [], year: f.year };
      const claim: ClaimSpec = { doc: key, lang: doc.lang, sentence: f.evidence, ruleId: `gold.${i}` };
      if (f.amount) Object.assign(claim, money(f.amount));
      if (f.stake !== undefined) claim.stake = f.stake;
      if (f.valuation) claim.valuation = 'value' in f.valuation ? f.valuation.value : f.valuation.min;
      if (f.interim !== undefined) claim.interim = f.interim;
      if (f.year !== undefined) claim.year = f.year;
      edge.claims.push(claim);
      facts.set(edgeKey, edge);
    });
  }
  return buildSnapshot({
    docs: gold.map((d) => ({ key: docKey(d.doc), path: `seeds/${d.doc}`, lang: d.lang })),
    entities: [...entities.values()],
    facts: [...facts.values()],
    mentions: [...mentions.values()],
  });
}
