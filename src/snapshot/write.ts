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

/**
 * Prints a value at an indentation depth (one space per level) as JSON.stringify(…, null, 1)
 * would inside its parent, in small pieces to `out`: a fact with thousands of claims never
 * becomes one large string (large strings live until a full collection).
 */
type Printer = (value: unknown, depth: number, out: Sink) => void;

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

/** A printer with what decides whether its field is written at all. */
interface Field {
  label: string;
  print: Printer;
  /** The value when the field is absent (a zod default), or undefined: absent fields are left out. */
  fallback: (() => unknown) | undefined;
}

const pads: string[] = [];
const pad = (depth: number) => (pads[depth] ??= `\n${' '.repeat(depth)}`);

function fieldOf(def: ZodDef): Field {
  return { label: '', print: printerOf(def), fallback: def.type === 'default' ? () => structuredClone(def.defaultValue) : undefined };
}

function printerOf(def: ZodDef): Printer {
  switch (def.type) {
    case 'optional':
      return printerOf(def.innerType!._zod.def);
    case 'nullable': {
      const inner = printerOf(def.innerType!._zod.def);
      return (value, depth, out) => (value === null ? out.push('null') : inner(value, depth, out));
    }
    case 'default': {
      const inner = printerOf(def.innerType!._zod.def);
      return (value, depth, out) => inner(value === undefined ? structuredClone(def.defaultValue) : value, depth, out);
    }
    case 'object':
      return objectPrinter(def);
    case 'array': {
      const element = printerOf(def.element!._zod.def);
      return (value, depth, out) => {
        const items = value as unknown[];
        if (items.length === 0) return out.push('[]');
        out.push('[');
        items.forEach((v, i) => {
          out.push(i === 0 ? pad(depth + 1) : `,${pad(depth + 1)}`);
          // JSON.stringify writes null for an undefined element.
          if (v === undefined) out.push('null');
          else element(v, depth + 1, out);
        });
        out.push(`${pad(depth)}]`);
      };
    }
    case 'record': {
      const entry = printerOf(def.valueType!._zod.def);
      return (value, depth, out) => {
        const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
        if (entries.length === 0) return out.push('{}');
        out.push('{');
        entries.forEach(([k, v], i) => {
          out.push(`${i === 0 ? '' : ','}${pad(depth + 1)}${JSON.stringify(k)}: `);
          entry(v, depth + 1, out);
        });
        out.push(`${pad(depth)}}`);
      };
    }
    case 'union': {
      // Discriminated unions only (the contract's node and edge attributes).
      const key = def.discriminator!;
      const byTag = new Map<unknown, Printer>();
      for (const o of def.options!) byTag.set(o._zod.def.shape![key]._zod.def.values![0], printerOf(o._zod.def));
      return (value, depth, out) => {
        const printer = byTag.get((value as Record<string, unknown>)[key]);
        if (!printer) throw new Error(`snapshot value with ${key} ${JSON.stringify((value as Record<string, unknown>)[key])} fits no schema`);
        printer(value, depth, out);
      };
    }
    default:
      return (value, _depth, out) => out.push(JSON.stringify(value) ?? 'null');
  }
}

function objectPrinter(def: ZodDef): Printer {
  // Filled in on first use: the schemas refer to each other.
  let fields: Array<[string, Field]> | undefined;
  return (value, depth, out) => {
    fields ??= Object.entries(def.shape!).map(([k, s]) => [k, { ...fieldOf(s._zod.def), label: `${JSON.stringify(k)}: ` }]);
    const o = value as Record<string, unknown>;
    let first = true;
    for (const [k, field] of fields) {
      let v = o[k];
      if (v === undefined) {
        if (!field.fallback) continue;
        v = field.fallback();
      }
      out.push(`${first ? '{' : ','}${pad(depth + 1)}${field.label}`);
      first = false;
      field.print(v, depth + 1, out);
    }
    out.push(first ? '{}' : `${pad(depth)}}`);
  };
}

/**
 * Collects printed pieces and turns every CHUNK_CHARS of them into one UTF-8 block for the
 * file: one join and one encoding per block (a Buffer.write per small piece was a third of the
 * snapshot's time in a CPU profile of a 10,000-article build, docs/scale.md).
 */
class Sink {
  private pieces: string[] = [];
  private chars = 0;
  readonly full: Uint8Array[] = [];

  push(text: string): void {
    this.pieces.push(text);
    this.chars += text.length;
    if (this.chars >= CHUNK_CHARS) this.flush();
  }

  flush(): void {
    if (this.chars === 0) return;
    this.full.push(Buffer.from(this.pieces.join(''), 'utf8'));
    this.pieces = [];
    this.chars = 0;
  }
}

/** UTF-16 code units of text per block handed to the file (at most 3 bytes of UTF-8 each). */
const CHUNK_CHARS = 1 << 18;

const def = (schema: unknown) => (schema as { _zod: { def: ZodDef } })._zod.def;
const printNode = printerOf(def(SnapshotSchema.shape.nodes.element));
const printEdge = printerOf(def(SnapshotSchema.shape.edges.element));
const printAttributes = printerOf(def(SnapshotSchema.shape.attributes));
const printOptions = printerOf(def(SnapshotSchema.shape.options));

/** The options graphology exports for kg's graph (a MultiDirectedGraph without self loops). */
const GRAPH_OPTIONS = { type: 'directed', multi: true, allowSelfLoops: false } as const;

/** The snapshot's JSON text (with its final line end) as UTF-8, in blocks of about a megabyte. */
export function* snapshotBytes(parts: GraphParts): Generator<Uint8Array> {
  const out = new Sink();
  const ready = function* () {
    yield* out.full;
    out.full.length = 0;
  };
  out.push('{\n "attributes": ');
  printAttributes(parts.attributes, 1, out);
  out.push(',\n "options": ');
  printOptions(GRAPH_OPTIONS, 1, out);
  out.push(',\n "nodes": [');
  let first = true;
  for (const [key, attributes] of parts.nodes) {
    out.push(first ? '\n  ' : ',\n  ');
    printNode({ key, attributes }, 2, out);
    first = false;
    yield* ready();
  }
  out.push(first ? '],\n "edges": [' : '\n ],\n "edges": [');
  first = true;
  for (const [key, source, target, attributes] of parts.edges()) {
    out.push(first ? '\n  ' : ',\n  ');
    printEdge({ key, source, target, attributes }, 2, out);
    first = false;
    yield* ready();
  }
  out.push(first ? ']\n}\n' : '\n ]\n}\n');
  out.flush();
  yield* ready();
}

/** The snapshot's JSON text, whole (tests, small graphs). */
export function snapshotText(parts: GraphParts): string {
  return Buffer.concat([...snapshotBytes(parts)]).toString('utf8');
}

/** Writes the snapshot of `parts` to `path` atomically, streamed. */
export async function writeSnapshotParts(parts: GraphParts, path: string, options: AtomicWriteOptions = {}): Promise<void> {
  await writeFileAtomicStream(path, snapshotBytes(parts), options);
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
