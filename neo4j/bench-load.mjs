#!/usr/bin/env node
/**
 * Load-speed benchmark (not a test): `kg load`'s own loader on a generated graph, against
 * the Neo4j at NEO4J_URI (e.g. `npm run neo4j` in another shell). Prints relationships per
 * second for each batch size tried.
 *
 *   npm run build && node neo4j/bench-load.mjs [--entities 100000] [--facts 500000]
 *                                              [--batch-size 1000,5000] [--wipe]
 *
 * It deletes kg's :Entity and :Document nodes before each run, so it refuses to start on a
 * database that holds some unless --wipe is given.
 */
import { readFileSync } from 'node:fs';
import { openNeo4j, resolveNeo4jOptions } from '../dist/neo4j/connection.js';
import { loadSnapshot } from '../dist/neo4j/loader.js';
import { graphRows, rowCounts } from '../dist/neo4j/rows.js';
import { syntheticSnapshot } from '../dist/neo4j/synthetic.js';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const entities = Number(arg('entities', '100000'));
const facts = Number(arg('facts', '500000'));
const batchSizes = String(arg('batch-size', '1000')).split(',').map(Number);
const wipeAllowed = process.argv.includes('--wipe');
/**
 * The server JVM's pid (--server-pid, same machine): then CPU seconds are printed too. On a
 * shared machine wall-clock rates say more about the neighbours than about kg; relationships
 * per CPU second of client and server do not.
 */
const serverPid = arg('server-pid', '');

function serverCpuSeconds() {
  if (!serverPid) return 0;
  // /proc/<pid>/stat fields 14 and 15: utime and stime in clock ticks (100 per second on Linux)
  const fields = readFileSync(`/proc/${serverPid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Deletes in chunks: one transaction for 600,000 relationships would need gigabytes of heap. */
async function wipe(db) {
  await db.run('MATCH (n) WHERE n:Entity OR n:Document CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS', {}, { mode: 'write' });
}

const options = resolveNeo4jOptions({}, process.env);
const db = await openNeo4j(options);
try {
  const [{ n: existing }] = await db.run('MATCH (n) WHERE n:Entity OR n:Document RETURN count(n) AS n');
  if (existing > 0 && !wipeAllowed) {
    console.error(`E_BENCH_NOT_EMPTY ${options.uri} holds ${existing} kg nodes; the benchmark deletes them. Rerun with --wipe if that is fine.`);
    process.exitCode = 1;
  } else {
    let t = Date.now();
    const snapshot = syntheticSnapshot({ entities, facts });
    const counts = rowCounts(graphRows(snapshot));
    const relationships = counts.mentions + counts.facts;
    console.log(`graph: ${counts.entities} entities, ${counts.documents} documents, ${counts.facts} facts, ${counts.mentions} mentions (generated in ${((Date.now() - t) / 1000).toFixed(1)} s)`);
    console.log(`server: ${options.uri} (${db.serverAgent})`);
    for (const batchSize of batchSizes) {
      await wipe(db);
      // Time per statement kind: nodes and relationships load at very different rates.
      const phase = { nodes: 0, relationships: 0, mentions: 0 };
      let last = Date.now();
      const progress = {
        tick(name) {
          const now = Date.now();
          const ms = now - last;
          last = now;
          if (name === 'Document' || name.startsWith('Entity:')) phase.nodes += ms;
          else phase.relationships += ms;
          if (name === 'MENTIONS') phase.mentions += ms;
        },
        done() {},
      };
      // The schema comes first (it exists already after the first run: a few ms), counted with the nodes.
      t = last = Date.now();
      const cpu0 = process.cpuUsage();
      const server0 = serverCpuSeconds();
      const summary = await loadSnapshot(db, snapshot, { batchSize, progress });
      const s = (Date.now() - t) / 1000;
      const client = process.cpuUsage(cpu0);
      const clientCpu = (client.user + client.system) / 1e6;
      const serverCpu = serverCpuSeconds() - server0;
      const relRate = relationships / (phase.relationships / 1000);
      const nodeRate = (counts.entities + counts.documents) / (phase.nodes / 1000);
      console.log(
        `batch size ${batchSize}: ${summary.batches} batches in ${s.toFixed(1)} s; ` +
          `${Math.round(relRate)} relationships/s (${relationships} in ${(phase.relationships / 1000).toFixed(1)} s), ` +
          `${Math.round(nodeRate)} nodes/s, ${Math.round((relationships + counts.entities + counts.documents) / s)} items/s overall; ` +
          `MENTIONS alone ${Math.round(counts.mentions / (phase.mentions / 1000))}/s, facts alone ${Math.round(counts.facts / ((phase.relationships - phase.mentions) / 1000))}/s`,
      );
      console.log(
        `  CPU: client ${clientCpu.toFixed(1)} s` +
          (serverPid ? `, server ${serverCpu.toFixed(1)} s: ${Math.round((relationships + counts.entities + counts.documents) / serverCpu)} items per server CPU second` : '') +
          `; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
      );
      const [{ r }] = await db.run('MATCH (:Entity|Document)-[r]->(:Entity) RETURN count(r) AS r');
      if (r !== relationships) throw new Error(`expected ${relationships} relationships, found ${r}`);
    }
    await wipe(db);
  }
} finally {
  await db.close();
}
