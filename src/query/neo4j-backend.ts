/**
 * The Neo4j backend: the same questions answered from a database `kg load` filled. Rows
 * are mapped back into the types the snapshot backend gives (claims from the loader's
 * parallel lists, see src/neo4j/rows.ts), and names are matched by the same NameIndex, so
 * both backends give the same answers. The Cypher is in cypher/ask/.
 */
import type { Neo4jConnection } from '../neo4j/connection.js';
import { isEntityType, isRelation, type EntityType } from '../model/types.js';
import { askCypher } from './cypher.js';
import { nameRules } from '../resolve/name-rules.js';
import { NameIndex } from './match.js';
import { canonicalPaths } from './paths.js';
import { CLAIM_STATUSES, type ClaimStatus } from '../model/extraction.js';
import { cleanQualifiers } from './qualifiers.js';
import type { EntityMatch, EntityPath, EntityRecord, EntityRef, Evidence, Fact, QueryBackend } from './types.js';

type Row = Record<string, unknown>;
export type Neo4jRunner = Pick<Neo4jConnection, 'run' | 'close'>;

/** Claim list property → qualifier, as src/neo4j/rows.ts writes them. */
const CLAIM_LISTS = {
  amount: 'claimAmounts',
  amountMin: 'claimAmountMins',
  amountMax: 'claimAmountMaxs',
  currency: 'claimCurrencies',
  stake: 'claimStakes',
  valuation: 'claimValuations',
  interim: 'claimInterims',
  title: 'claimTitles',
  year: 'claimYears',
  quarter: 'claimQuarters',
  month: 'claimMonths',
  capacity: 'claimCapacities',
  period: 'claimPeriods',
} as const;

export class Neo4jBackend implements QueryBackend {
  private indexPromise: Promise<NameIndex> | undefined;

  constructor(private readonly connection: Neo4jRunner) {}

  async findEntities(name: string): Promise<EntityMatch[]> {
    return (await this.index()).find(name);
  }

  async suggest(name: string): Promise<string[]> {
    return (await this.index()).suggest(name);
  }

  async entity(key: string): Promise<EntityRecord | undefined> {
    return (await this.index()).entities.find((e) => e.key === key);
  }

  async factsOf(key: string): Promise<Fact[]> {
    const rows = await this.connection.run(askCypher('facts-of'), { id: key });
    const facts: Fact[] = [];
    for (const row of rows) {
      const fact = toFact(row);
      if (fact) facts.push(fact);
    }
    return facts.sort((a, b) => a.key.localeCompare(b.key));
  }

  async shortestPaths(from: string, to: string): Promise<EntityPath[]> {
    if (from === to) return [[from]];
    const rows = await this.connection.run(askCypher('shortest-paths'), { from, to });
    return canonicalPaths(rows.map((r) => (r.ids as unknown[]).map(String)));
  }

  async close(): Promise<void> {
    await this.connection.close();
  }

  private index(): Promise<NameIndex> {
    this.indexPromise ??= this.connection.run(askCypher('entity-index')).then((rows) => new NameIndex(rows.flatMap(toEntity), nameRules()));
    return this.indexPromise;
  }
}

function toEntity(row: Row): EntityRecord[] {
  const type = String(row.type);
  if (!isEntityType(type)) return [];
  return [
    {
      key: String(row.id),
      name: String(row.name),
      type,
      aliases: strings(row.aliases),
      languages: strings(row.languages),
      aliasesByLang: aliasesByLang(row.aliasesByLang),
      mentions: Number(row.mentions ?? 0),
      ...(strings(row.mergedBy).length ? { mergedBy: strings(row.mergedBy) } : {}),
      ...(row.externalId !== null && row.externalId !== undefined ? { externalId: String(row.externalId) } : {}),
    },
  ];
}

function toFact(row: Row): Fact | undefined {
  const relation = String(row.relation);
  if (!isRelation(relation)) return undefined;
  const p = (row.props ?? {}) as Row;
  const docs = new Map<string, { path: string; title: string }>();
  for (const d of (row.documents ?? []) as Row[]) docs.set(String(d.id), { path: String(d.path ?? d.id), title: String(d.title ?? '') });
  const sentences = strings(p.evidence);
  const claimDocs = strings(p.claimDocs);
  const claims: Evidence[] = sentences.map((sentence, i) => {
    const doc = claimDocs[i] ?? '';
    const qualifiers: Record<string, unknown> = {};
    for (const [q, list] of Object.entries(CLAIM_LISTS)) qualifiers[q] = (p[list] as unknown[] | undefined)?.[i];
    return {
      doc,
      path: docs.get(doc)?.path ?? doc,
      docTitle: docs.get(doc)?.title ?? '',
      lang: String(at(p.claimLangs, i) ?? ''),
      sentence,
      start: Number(at(p.claimStarts, i) ?? 0),
      end: Number(at(p.claimEnds, i) ?? 0),
      ruleId: String(at(p.claimRuleIds, i) ?? ''),
      confidence: Number(at(p.claimConfidences, i) ?? 0),
      ...cleanQualifiers(qualifiers),
      ...claimStatusOf(p, i),
    };
  });
  return {
    key: String(p.key),
    relation,
    symmetric: p.symmetric === true,
    source: ref(row.sourceId, row.sourceName, row.sourceType),
    target: ref(row.targetId, row.targetName, row.targetType),
    qualifiers: cleanQualifiers(p),
    conflict: p.conflict === true,
    sources: Number(p.sourceCount ?? new Set(claimDocs).size),
    confidence: Number(p.confidence ?? 0),
    claims,
    ...(isStatus(p.status) && p.status !== 'asserted' ? { status: p.status } : {}),
    ...(typeof p.current === 'boolean' ? { current: p.current } : {}),
    ...(typeof p.endedAt === 'string' ? { endedAt: p.endedAt } : {}),
    ...(typeof p.firstSeen === 'string' ? { firstSeen: p.firstSeen, lastSeen: String(p.lastSeen ?? p.firstSeen) } : {}),
  };
}

function isStatus(v: unknown): v is ClaimStatus {
  return typeof v === 'string' && (CLAIM_STATUSES as readonly string[]).includes(v);
}

/** A claim's status, former flag and date from the parallel lists (fillers read as absent). */
function claimStatusOf(p: Row, i: number): Pick<Evidence, 'status' | 'former' | 'date'> {
  const out: Pick<Evidence, 'status' | 'former' | 'date'> = {};
  const status = at(p.claimStatuses, i);
  if (isStatus(status) && status !== 'asserted') out.status = status;
  if (at(p.claimFormers, i) === true) out.former = true;
  const date = at(p.claimDates, i);
  if (typeof date === 'string' && date !== '') out.date = date;
  return out;
}

function ref(id: unknown, name: unknown, type: unknown): EntityRef {
  const t = String(type);
  return { key: String(id), name: String(name), type: (isEntityType(t) ? t : 'Topic') as EntityType };
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function at(list: unknown, i: number): unknown {
  return Array.isArray(list) ? list[i] : undefined;
}

/** The loader stores aliases by language as JSON (Neo4j properties cannot hold maps). */
function aliasesByLang(value: unknown): Record<string, string[]> {
  if (typeof value !== 'string') return {};
  try {
    const parsed = JSON.parse(value) as unknown;
    if (parsed === null || typeof parsed !== 'object') return {};
    return Object.fromEntries(Object.entries(parsed as Record<string, unknown>).map(([lang, xs]) => [lang, Array.isArray(xs) ? xs.map(String) : []]));
  } catch {
    return {};
  }
}
