/** Typed views over a snapshot, so readers do not re-filter nodes and edges by `kind`. */
import { graphCounts, type GraphCounts } from './counts.js';
import type { DocumentAttributes, EntityAttributes, FactEdgeAttributes, MentionEdgeAttributes, Snapshot } from './schema.js';

export interface EntityView extends EntityAttributes {
  key: string;
}
export interface DocumentView extends DocumentAttributes {
  key: string;
}
export interface FactView extends FactEdgeAttributes {
  key: string;
  source: string;
  target: string;
}
export interface MentionView extends MentionEdgeAttributes {
  key: string;
  source: string;
  target: string;
}

export function entityViews(snapshot: Snapshot): EntityView[] {
  const out: EntityView[] = [];
  for (const n of snapshot.nodes) if (n.attributes.kind === 'entity') out.push({ key: n.key, ...n.attributes });
  return out;
}

export function documentViews(snapshot: Snapshot): DocumentView[] {
  const out: DocumentView[] = [];
  for (const n of snapshot.nodes) if (n.attributes.kind === 'document') out.push({ key: n.key, ...n.attributes });
  return out;
}

export function factViews(snapshot: Snapshot): FactView[] {
  const out: FactView[] = [];
  for (const e of snapshot.edges) {
    if (e.attributes.kind === 'fact') out.push({ key: e.key, source: e.source, target: e.target, ...e.attributes });
  }
  return out;
}

export function mentionViews(snapshot: Snapshot): MentionView[] {
  const out: MentionView[] = [];
  for (const e of snapshot.edges) {
    if (e.attributes.kind === 'mention') out.push({ key: e.key, source: e.source, target: e.target, ...e.attributes });
  }
  return out;
}

/** The counts every summary of a snapshot shows (see counts.ts). */
export function snapshotCounts(snapshot: Snapshot): GraphCounts {
  return graphCounts(
    entityViews(snapshot).map((e) => e.type),
    factViews(snapshot).length,
    documentViews(snapshot).length,
  );
}
