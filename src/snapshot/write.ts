/**
 * A snapshot written from the graph's sorted parts (src/graph/build.ts), piece by piece:
 * byte for byte what `writeSnapshot(graphToSnapshot(graph))` writes — the same validation
 * (each node and edge is parsed by the contract's schema, which also orders its keys and
 * fills defaults), the same indentation — without the graphology graph, its exported copy
 * and the whole JSON text in memory at once. The write is atomic (temporary file, flush,
 * rename: src/io/atomic-write.ts).
 */
import type { GraphParts } from '../graph/build.js';
import { writeFileAtomicStream, type AtomicWriteOptions } from '../io/atomic-write.js';
import { SnapshotSchema, type Snapshot } from './schema.js';

const NodeSchema = SnapshotSchema.shape.nodes.element;
const EdgeSchema = SnapshotSchema.shape.edges.element;

/** The options graphology exports for kg's graph (a MultiDirectedGraph without self loops). */
const GRAPH_OPTIONS = { type: 'directed', multi: true, allowSelfLoops: false } as const;

/** An element of a top-level array, as JSON.stringify(…, null, 1) writes it two levels deep. */
function element(value: unknown): string {
  return `  ${JSON.stringify(value, null, 1).replace(/\n/gu, '\n  ')}`;
}

/** The snapshot's JSON text (with its final line end), in pieces. */
export function* snapshotText(parts: GraphParts): Generator<string> {
  const head = { attributes: SnapshotSchema.shape.attributes.parse(parts.attributes), options: SnapshotSchema.shape.options.parse(GRAPH_OPTIONS) };
  // The head as JSON.stringify writes it, without the closing brace.
  yield `${JSON.stringify(head, null, 1).slice(0, -2)},\n "nodes": [`;
  let first = true;
  for (const [key, attributes] of parts.nodes) {
    yield `${first ? '\n' : ',\n'}${element(NodeSchema.parse({ key, attributes }))}`;
    first = false;
  }
  yield first ? '],\n "edges": [' : '\n ],\n "edges": [';
  first = true;
  for (const [key, source, target, attributes] of parts.edges()) {
    yield `${first ? '\n' : ',\n'}${element(EdgeSchema.parse({ key, source, target, attributes }))}`;
    first = false;
  }
  yield first ? ']\n}\n' : '\n ]\n}\n';
}

/** Writes the snapshot of `parts` to `path` atomically, streamed. */
export async function writeSnapshotParts(parts: GraphParts, path: string, options: AtomicWriteOptions = {}): Promise<void> {
  await writeFileAtomicStream(path, snapshotText(parts), options);
}

/**
 * A light stand-in for the snapshot of `parts`, for summaries: its nodes and fact edges as
 * built (not parsed again, shared with the parts), without MENTIONS edges. Every view of
 * snapshot/views.ts but `mentionViews` reads it as it reads the snapshot.
 */
export function summarySnapshot(parts: GraphParts): Snapshot {
  return {
    attributes: parts.attributes,
    options: { ...GRAPH_OPTIONS },
    nodes: parts.nodes.map(([key, attributes]) => ({ key, attributes })),
    edges: parts.facts.map(([key, source, target, attributes]) => ({ key, source, target, attributes })),
  };
}
