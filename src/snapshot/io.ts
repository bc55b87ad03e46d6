/** Reading and writing snapshot files: the only place snapshots touch the file system. */
import { readFile } from 'node:fs/promises';
import graphology from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { SnapshotError } from '../errors.js';
import { findIntegrityProblem } from './integrity.js';
import { writeFileAtomic, type AtomicWriteOptions } from '../io/atomic-write.js';
import { DEFAULT_SNAPSHOT_PATH } from './default-path.js';
import { SCHEMA_VERSION, SnapshotSchema, type EdgeAttributes, type GraphAttributes, type NodeAttributes, type Snapshot } from './schema.js';

const { MultiDirectedGraph } = graphology;
export type KgGraph = InstanceType<typeof MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>>;

export { DEFAULT_SNAPSHOT_PATH } from './default-path.js';

/** Validates parsed JSON against the snapshot contract; `source` names the file in errors. */
export function parseSnapshot(data: unknown, source = 'snapshot'): Snapshot {
  const version = (data as { attributes?: { schemaVersion?: unknown } } | null)?.attributes?.schemaVersion;
  if (version !== undefined && version !== SCHEMA_VERSION) {
    // "1" (a string) is not 1: said so, or the message would read "version 1 … reads version 1".
    const wrongType = typeof version !== 'number' && String(version) === String(SCHEMA_VERSION);
    throw new SnapshotError(
      wrongType
        ? `${source}: schemaVersion is the ${typeof version} ${JSON.stringify(version)}; it must be the number ${SCHEMA_VERSION}`
        : `${source}: schemaVersion ${JSON.stringify(version) ?? String(version)} is not supported (this kg reads version ${SCHEMA_VERSION})`,
      wrongType ? `Write "schemaVersion": ${SCHEMA_VERSION} without quotes, or rebuild the snapshot with kg build.` : 'Rebuild the snapshot with this version of kg: kg build <inputs> --out <dir>',
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
  const problem = findIntegrityProblem(result.data);
  if (problem) {
    throw new SnapshotError(`${source} is not a consistent graph: ${problem.message}`, 'Rebuild it with kg build, or fix that key in the file.');
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

/** Writes atomically (src/io/atomic-write.ts): an interrupted write leaves the previous snapshot whole. */
export async function writeSnapshot(snapshot: Snapshot, path: string, options: AtomicWriteOptions = {}): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(snapshot, null, 1)}\n`, options);
}
