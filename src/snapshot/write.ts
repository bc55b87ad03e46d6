/**
 * A snapshot written from the graph's sorted parts (src/graph/build.ts), piece by piece:
 * byte for byte what `writeSnapshot(graphToSnapshot(graph))` writes — keys in the order of
 * the contract's schemas, their defaults filled in, keys the contract does not know left
 * out, indented as JSON.stringify(…, null, 1) indents — without the graphology graph, its
 * exported and parsed copies, or the whole JSON text in memory at once. The printers are
 * derived from the zod schemas (src/snapshot/schema.ts), so they follow the contract as it
 * changes; the contract's checks run where snapshots are read (parseSnapshot), and the build
 * makes its parts with the contract's types. The write is atomic (temporary file, flush,
 * rename: src/io/atomic-write.ts).
 */
import type { GraphParts } from '../graph/build.js';
import { writeFileAtomicStream, type AtomicWriteOptions } from '../io/atomic-write.js';
import { SnapshotSchema, type Snapshot } from './schema.js';

/** Prints a value at an indentation depth (one space per level) as JSON.stringify(…, null, 1) would inside its parent. */
type Printer = (value: unknown, depth: number) => string | undefined;

/** The zod 4 definition fields the printers read. */
interface ZodDef {
  type: string;
  shape?: Record<string, { _zod: { def: ZodDef } }>;
  element?: { _zod: { def: ZodDef } };
  valueType?: { _zod: { def: ZodDef } };
  innerType?: { _zod: { def: ZodDef } };
  options?: Array<{ _zod: { def: ZodDef } }>;
  discriminator?: string;
  defaultValue?: unknown;
  values?: unknown[];
}

const pad = (depth: number) => `\n${' '.repeat(depth)}`;
const primitive: Printer = (value) => JSON.stringify(value);

function printerOf(def: ZodDef): Printer {
  switch (def.type) {
    case 'optional': {
      const inner = printerOf(def.innerType!._zod.def);
      return (value, depth) => (value === undefined ? undefined : inner(value, depth));
    }
    case 'nullable': {
      const inner = printerOf(def.innerType!._zod.def);
      return (value, depth) => (value === null ? 'null' : inner(value, depth));
    }
    case 'default': {
      const inner = printerOf(def.innerType!._zod.def);
      return (value, depth) => inner(value === undefined ? structuredClone(def.defaultValue) : value, depth);
    }
    case 'object':
      return objectPrinter(def);
    case 'array': {
      const element = printerOf(def.element!._zod.def);
      return (value, depth) => {
        const items = value as unknown[];
        if (items.length === 0) return '[]';
        const inner = pad(depth + 1);
        return `[${items.map((v) => inner + (element(v, depth + 1) ?? 'null')).join(',')}${pad(depth)}]`;
      };
    }
    case 'record': {
      const entry = printerOf(def.valueType!._zod.def);
      return (value, depth) => {
        const parts: string[] = [];
        for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
          const printed = entry(v, depth + 1);
          if (printed !== undefined) parts.push(`${pad(depth + 1)}${JSON.stringify(k)}: ${printed}`);
        }
        return parts.length === 0 ? '{}' : `{${parts.join(',')}${pad(depth)}}`;
      };
    }
    case 'union': {
      // Discriminated unions only (the contract's node and edge attributes).
      const key = def.discriminator!;
      const byTag = new Map<unknown, Printer>();
      for (const o of def.options!) byTag.set(o._zod.def.shape![key]._zod.def.values![0], printerOf(o._zod.def));
      return (value, depth) => {
        const printer = byTag.get((value as Record<string, unknown>)[key]);
        if (!printer) throw new Error(`snapshot value with ${key} ${JSON.stringify((value as Record<string, unknown>)[key])} fits no schema`);
        return printer(value, depth);
      };
    }
    default:
      return primitive;
  }
}

function objectPrinter(def: ZodDef): Printer {
  // Filled in on first use: the schemas refer to each other.
  let fields: Array<[string, string, Printer]> | undefined;
  return (value, depth) => {
    fields ??= Object.entries(def.shape!).map(([k, s]) => [k, `${JSON.stringify(k)}: `, printerOf(s._zod.def)]);
    const o = value as Record<string, unknown>;
    const inner = pad(depth + 1);
    const parts: string[] = [];
    for (const [k, label, printer] of fields) {
      const printed = printer(o[k], depth + 1);
      if (printed !== undefined) parts.push(inner + label + printed);
    }
    return parts.length === 0 ? '{}' : `{${parts.join(',')}${pad(depth)}}`;
  };
}

const def = (schema: unknown) => (schema as { _zod: { def: ZodDef } })._zod.def;
const printNode = printerOf(def(SnapshotSchema.shape.nodes.element));
const printEdge = printerOf(def(SnapshotSchema.shape.edges.element));
const printAttributes = printerOf(def(SnapshotSchema.shape.attributes));
const printOptions = printerOf(def(SnapshotSchema.shape.options));

/** The options graphology exports for kg's graph (a MultiDirectedGraph without self loops). */
const GRAPH_OPTIONS = { type: 'directed', multi: true, allowSelfLoops: false } as const;

/** The snapshot's JSON text (with its final line end), in pieces of one node or edge. */
export function* snapshotText(parts: GraphParts): Generator<string> {
  yield `{\n "attributes": ${printAttributes(parts.attributes, 1)},\n "options": ${printOptions(GRAPH_OPTIONS, 1)},\n "nodes": [`;
  let first = true;
  for (const [key, attributes] of parts.nodes) {
    yield `${first ? '' : ','}\n  ${printNode({ key, attributes }, 2)}`;
    first = false;
  }
  yield first ? '],\n "edges": [' : '\n ],\n "edges": [';
  first = true;
  for (const [key, source, target, attributes] of parts.edges()) {
    yield `${first ? '' : ','}\n  ${printEdge({ key, source, target, attributes }, 2)}`;
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
