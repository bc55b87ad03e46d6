/** Every format exports from the seeds snapshot, and the XML ones read back to the same graph. */
import graphology from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import { toNeo4jAdminCsv } from '../../src/export/csv.js';
import { toCypherScript } from '../../src/export/cypher.js';
import { toGexf } from '../../src/export/gexf.js';
import { toGraphML } from '../../src/export/graphml.js';
import { toHtml } from '../../src/export/html.js';
import { toJson } from '../../src/export/json.js';
import { parseSnapshot } from '../../src/snapshot/io.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { expectSameGraph } from './roundtrip.js';
import { HAS_PIPELINE, PIPELINE_SUFFIX, seedsSnapshot } from './seeds.js';

describe.skipIf(!HAS_PIPELINE)(`exports of the seeds snapshot${PIPELINE_SUFFIX}`, () => {
  let snapshot: Snapshot;
  beforeAll(async () => {
    snapshot = await seedsSnapshot();
  }, 120_000);

  it('round-trips through GraphML and GEXF', () => {
    expectSameGraph(parseGraphml(graphology.MultiDirectedGraph, toGraphML(snapshot)), snapshot);
    expectSameGraph(parseGexf(graphology.MultiDirectedGraph, toGexf(snapshot)), snapshot);
  });

  it('writes JSON, Cypher, CSV and HTML', () => {
    expect(parseSnapshot(JSON.parse(toJson(snapshot)))).toEqual(snapshot);
    expect(toCypherScript(snapshot).length).toBeGreaterThan(0);
    expect(Object.keys(toNeo4jAdminCsv(snapshot).files).length).toBeGreaterThan(1);
    expect(toHtml(snapshot)).toContain('"name":"Meta"');
  });
});
