import neo4j, { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { Neo4jConnection, Row } from '../../src/neo4j/connection.js';
import { AWAIT_INDEXES_STATEMENT, describePlan, loadSnapshot, planLoad } from '../../src/neo4j/loader.js';
import { createProgress } from '../../src/progress.js';
import { SCHEMA_STATEMENTS } from '../../src/neo4j/statements.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { fixtureSnapshot, newerSnapshot } from './snapshots.js';

interface StoredRel {
  type: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
}

/**
 * A stand-in for Neo4j that applies the loader's statements by reading their MERGE
 * pattern: enough to see which key each statement merges on and what it overwrites.
 */
class FakeGraph {
  nodes = new Map<string, { labels: Set<string>; props: Record<string, unknown> }>();
  rels = new Map<string, StoredRel>();
  log: Array<{ kind: 'run' | 'write'; cypher: string; params: Row }> = [];
  failures: unknown[] = [];

  connection(): Pick<Neo4jConnection, 'run' | 'write'> {
    return {
      run: async (cypher, params = {}) => {
        this.log.push({ kind: 'run', cypher, params });
        return [];
      },
      write: async (work) => {
        const failure = this.failures.shift();
        if (failure) throw failure;
        return work({
          run: async (cypher: string, params: Row) => {
            this.log.push({ kind: 'write', cypher, params });
            const created = this.apply(cypher, params.rows as Array<Record<string, unknown>>);
            return { summary: { counters: { updates: () => created } } };
          },
        } as never);
      },
    };
  }

  private apply(cypher: string, rows: Array<Record<string, unknown>>) {
    const created = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
    const plain = (props: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(props).map(([k, v]) => [k, neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Array.isArray(v) ? v.map((x) => (neo4j.isInt(x) ? x.toNumber() : x)) : v]));
    for (const row of rows) {
      const node = /MERGE \(\w+:(\w+) \{id: row\.id\}\)/.exec(cypher);
      const fact = /MERGE \(s\)-\[r:(\w+) \{key: row\.key\}\]->\(t\)/.exec(cypher);
      const mention = /MERGE \(d\)-\[r:(MENTIONS)\]->\(e\)/.exec(cypher);
      if (node) {
        const id = row.id as string;
        if (!this.nodes.has(id)) {
          this.nodes.set(id, { labels: new Set([node[1]!]), props: {} });
          created.nodesCreated++;
        }
        const n = this.nodes.get(id)!;
        const label = /SET n:(\w+)/.exec(cypher)?.[1];
        if (label) n.labels = new Set(['Entity', label]);
        n.props = plain(row.props as Record<string, unknown>);
      } else if (fact || mention) {
        const type = (fact ?? mention)![1]!;
        const identity = fact ? `${type}|${row.source}|${row.target}|${row.key}` : `${type}|${row.source}|${row.target}`;
        if (!this.rels.has(identity)) {
          this.rels.set(identity, { type, source: row.source as string, target: row.target as string, props: {} });
          created.relationshipsCreated++;
        }
        this.rels.get(identity)!.props = plain(row.props as Record<string, unknown>);
      } else {
        throw new Error(`the fake does not know this statement:\n${cypher}`);
      }
    }
    return created;
  }

  dump(): string {
    const nodes = [...this.nodes.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, n]) => [id, [...n.labels].sort(), n.props]);
    const rels = [...this.rels.entries()].sort(([a], [b]) => a.localeCompare(b));
    return JSON.stringify({ nodes, rels });
  }
}

async function load(graph: FakeGraph, snapshot: Snapshot, batchSize?: number) {
  return loadSnapshot(graph.connection(), snapshot, { batchSize, retry: { sleep: async () => undefined } });
}

describe('loadSnapshot', () => {
  it('creates the schema first, waits for indexes, then loads nodes before relationships', async () => {
    const graph = new FakeGraph();
    await load(graph, fixtureSnapshot());
    const runs = graph.log.filter((l) => l.kind === 'run').map((l) => l.cypher);
    expect(runs).toEqual([...SCHEMA_STATEMENTS, AWAIT_INDEXES_STATEMENT]);
    const firstWrite = graph.log.findIndex((l) => l.kind === 'write');
    expect(firstWrite).toBe(runs.length);
    const writes = graph.log.filter((l) => l.kind === 'write').map((l) => l.cypher.split('\n')[1]);
    const lastNode = writes.map((w) => w!.startsWith('MERGE (')).lastIndexOf(true);
    const firstRel = writes.findIndex((w) => w!.startsWith('MATCH'));
    expect(lastNode).toBeLessThan(firstRel);
  });

  it('sends rows only as the $rows parameter, in batches of the chosen size', async () => {
    const graph = new FakeGraph();
    const summary = await load(graph, fixtureSnapshot(), 2);
    const writes = graph.log.filter((l) => l.kind === 'write');
    expect(writes.length).toBe(summary.batches);
    expect(summary.batches).toBe(planLoad(fixtureSnapshot(), 2).totalBatches);
    for (const w of writes) {
      expect(Object.keys(w.params)).toEqual(['rows']);
      const rows = w.params.rows as unknown[];
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThanOrEqual(2);
    }
    // 8 mentions in batches of 2.
    expect(writes.filter((w) => w.cypher.includes(':MENTIONS]')).map((w) => (w.params.rows as unknown[]).length)).toEqual([2, 2, 2, 2]);
  });

  it('sends counts and years as Neo4j integers and amounts as floats', async () => {
    const graph = new FakeGraph();
    await load(graph, fixtureSnapshot());
    const plan = graph.log.find((l) => l.cypher.includes(':PLANS_SPENDING'))!;
    const props = (plan.params.rows as Array<{ props: Record<string, unknown> }>)[0]!.props;
    expect(neo4j.isInt(props.year)).toBe(true);
    expect(neo4j.isInt(props.sourceCount)).toBe(true);
    expect((props.claimStarts as unknown[]).every((v) => neo4j.isInt(v))).toBe(true);
    expect(typeof props.amountMin).toBe('number');
  });

  it('loading the same snapshot twice changes nothing', async () => {
    const graph = new FakeGraph();
    const first = await load(graph, fixtureSnapshot());
    const before = graph.dump();
    const second = await load(graph, fixtureSnapshot(), 3);
    expect(graph.dump()).toBe(before);
    expect(first.nodesCreated).toBe(9);
    expect(first.relationshipsCreated).toBe(13);
    expect(second.nodesCreated + second.relationshipsCreated).toBe(0);
  });

  it('a newer snapshot adds its claims and facts without duplicating anything', async () => {
    const graph = new FakeGraph();
    await load(graph, fixtureSnapshot());
    const summary = await load(graph, newerSnapshot());
    expect(summary.nodesCreated).toBe(1); // the new document
    expect(summary.relationshipsCreated).toBe(1); // FOUNDED
    const invested = [...graph.rels.values()].filter((r) => r.type === 'INVESTED_IN');
    expect(invested).toHaveLength(1);
    expect(invested[0]!.props.claimAmounts).toEqual([14.3e9, 14e9, 14.3e9]);
    expect(invested[0]!.props.claimCount).toBe(3);
    // and loading it again is still a no-op
    const before = graph.dump();
    await load(graph, newerSnapshot());
    expect(graph.dump()).toBe(before);
  });

  it('retries a transient failure with backoff and then succeeds', async () => {
    const graph = new FakeGraph();
    const deadlock = driverError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected');
    graph.failures.push(deadlock, deadlock);
    const waits: number[] = [];
    await loadSnapshot(graph.connection(), fixtureSnapshot(), { retry: { sleep: async (ms) => void waits.push(ms), random: () => 0.5 } });
    expect(waits).toEqual([150, 300]);
    expect(graph.nodes.size).toBe(9);
  });

  it('does not retry an error that will not pass', async () => {
    const graph = new FakeGraph();
    const syntax = driverError('bad', 'Neo.ClientError.Statement.SyntaxError');
    graph.failures.push(syntax);
    let waited = false;
    await expect(
      loadSnapshot(graph.connection(), fixtureSnapshot(), { retry: { sleep: async () => void (waited = true) } }),
    ).rejects.toBe(syntax);
    expect(waited).toBe(false);
  });

  it('moves a progress bar on a terminal, one step per batch', async () => {
    const graph = new FakeGraph();
    const out: string[] = [];
    const stream = { isTTY: true, write: (s: string) => out.push(s) };
    let t = 0;
    const plan = planLoad(fixtureSnapshot(), 1);
    const progress = createProgress(stream, plan.totalBatches, () => (t += 1000));
    await loadSnapshot(graph.connection(), fixtureSnapshot(), { batchSize: 1, progress });
    const bars = out.filter((s) => s.startsWith('\r['));
    expect(bars).toHaveLength(plan.totalBatches);
    expect(bars.at(-1)).toContain('100% PLANS_SPENDING');
    expect(out.at(-1)).toBe('\r\u001b[K');
  });
});

describe('describePlan (--dry-run)', () => {
  it('lists each statement with its row and batch counts', () => {
    const text = describePlan(planLoad(fixtureSnapshot(), 2));
    expect(text).toContain('// MENTIONS: 8 rows in 4 batches of up to 2, as $rows');
    expect(text).toContain('// INVESTED_IN: 1 row in 1 batch of up to 2, as $rows');
    expect(text.trim().split('\n').at(-1)).toBe('// 3 documents, 6 entities, 8 mentions, 5 facts; 14 batches');
    expect(text.indexOf('CREATE CONSTRAINT')).toBeLessThan(text.indexOf('UNWIND'));
  });
});

function driverError(message: string, code: string): Neo4jError {
  return new Neo4jError(message, code as never, '50N42', 'error: general processing exception');
}
