/** Reading and writing snapshot files: the only place snapshots touch the file system. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import graphology from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { SnapshotError } from '../errors.js';
import { SCHEMA_VERSION, SnapshotSchema, type EdgeAttributes, type GraphAttributes, type NodeAttributes, type Snapshot } from './schema.js';

const { MultiDirectedGraph } = graphology;
export type KgGraph = InstanceType<typeof MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>>;

export const DEFAULT_SNAPSHOT_PATH = 'out/graph.json';

/** Validates parsed JSON against the snapshot contract; `source` names the file in errors. */
export function parseSnapshot(data: unknown, source = 'snapshot'): Snapshot {
  const version = (data as { attributes?: { schemaVersion?: unknown } } | null)?.attributes?.schemaVersion;
  if (version !== undefined && version !== SCHEMA_VERSION) {
    throw new SnapshotError(
      `${source}: schemaVersion ${String(version)} is not supported (this kg reads version ${SCHEMA_VERSION})`,
      'Rebuild the snapshot with this version of kg: kg build <inputs> --out <dir>',
    );
  }
  const result = SnapshotSchema.safeParse(data);
  if (!result.success) {
    const first = result.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new SnapshotError(
      `${source} is not a kg snapshot: ${first.join('; ')}`,
      'Pass a graph.json written by `kg build` (see docs/snapshot.md).',
    );
  }
  return result.data;
}

export async function readSnapshot(path: string = DEFAULT_SNAPSHOT_PATH): Promise<Snapshot> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new SnapshotError(
      code === 'ENOENT' ? `snapshot not found: ${path}` : `cannot read snapshot ${path}: ${(err as Error).message}`,
      'Build one first: kg build seeds --out out (writes out/graph.json)',
      err,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new SnapshotError(`${path} is not valid JSON: ${(err as Error).message}`, 'Rebuild it with kg build.', err);
  }
  return parseSnapshot(data, path);
}

export function snapshotToGraph(snapshot: Snapshot): KgGraph {
  const graph: KgGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
  graph.import(snapshot as unknown as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
  return graph;
}

export function graphToSnapshot(graph: KgGraph): Snapshot {
  return SnapshotSchema.parse(graph.export());
}

export async function writeSnapshot(snapshot: Snapshot, path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(snapshot, null, 1)}\n`, 'utf8');
}
