/**
 * Graph invariants every snapshot must hold beyond its zod shape: what graphology's
 * `import` would otherwise throw on deep inside `kg entity`, `kg ask` or the viewer, and
 * what `kg load` would turn into a half-loaded database. Checked on every read
 * (parseSnapshot), so a hand-edited or corrupted snapshot fails at once with E_SNAPSHOT
 * naming the offending key.
 *
 *   - node keys are unique; edge keys are unique
 *   - every edge's source and target is a node of the snapshot (no dangling edge)
 *   - no edge joins a node to itself (kg graphs allow no self-loops)
 *   - a MENTIONS edge goes from a document to an entity; a fact joins two entities
 *   - every claim's `doc` is a document node of the snapshot
 */
import type { Snapshot } from './schema.js';

export interface IntegrityProblem {
  /** The node or edge key at fault. */
  key: string;
  message: string;
}

/** Longest key quoted in a message: keys come from the file, which may be hostile. */
const KEY_MAX_CHARS = 120;

function shown(key: string): string {
  const json = JSON.stringify(key.length > KEY_MAX_CHARS ? `${key.slice(0, KEY_MAX_CHARS)}…` : key);
  return json;
}

/** The first violated invariant, or undefined when the snapshot is a consistent graph. */
export function findIntegrityProblem(snapshot: Snapshot): IntegrityProblem | undefined {
  const kinds = new Map<string, 'entity' | 'document'>();
  for (const node of snapshot.nodes) {
    if (kinds.has(node.key)) return { key: node.key, message: `node key ${shown(node.key)} occurs twice` };
    kinds.set(node.key, node.attributes.kind);
  }
  const edgeKeys = new Set<string>();
  for (const edge of snapshot.edges) {
    const at = `edge ${shown(edge.key)}`;
    if (edgeKeys.has(edge.key)) return { key: edge.key, message: `edge key ${shown(edge.key)} occurs twice` };
    edgeKeys.add(edge.key);
    const source = kinds.get(edge.source);
    const target = kinds.get(edge.target);
    if (source === undefined) return { key: edge.key, message: `${at} starts at ${shown(edge.source)}, which is no node of the snapshot (dangling edge)` };
    if (target === undefined) return { key: edge.key, message: `${at} ends at ${shown(edge.target)}, which is no node of the snapshot (dangling edge)` };
    if (edge.source === edge.target) return { key: edge.key, message: `${at} joins ${shown(edge.source)} to itself (self-loop)` };
    if (edge.attributes.kind === 'mention') {
      if (source !== 'document' || target !== 'entity') return { key: edge.key, message: `${at} is a MENTIONS edge but does not go from a document to an entity` };
    } else {
      if (source !== 'entity' || target !== 'entity') return { key: edge.key, message: `${at} is a ${edge.attributes.type} fact but does not join two entities` };
      for (const claim of edge.attributes.claims) {
        if (kinds.get(claim.doc) !== 'document') return { key: edge.key, message: `${at} has a claim from ${shown(claim.doc)}, which is no document of the snapshot` };
      }
    }
  }
  return undefined;
}
