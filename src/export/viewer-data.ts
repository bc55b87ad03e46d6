/**
 * The data the HTML viewer embeds: the snapshot's entities, documents, facts and mentions
 * plus positions computed at export time. The viewer (viewer/) imports these types only.
 */
import type { EntityType } from '../model/types.js';
import { nameRules } from '../resolve/name-rules.js';
import type { NameRules } from '../resolve/names.js';
import type { Snapshot } from '../snapshot/schema.js';
import { type DocumentView, documentViews, type EntityView, entityViews, type FactView, factViews } from '../snapshot/views.js';
import { forceLayout, labelledExtent } from './layout.js';
import { ENTITY_COLORS, nodeSize } from './palette.js';

export interface ViewerEntity extends EntityView {
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface ViewerMention {
  doc: string;
  entity: string;
  count: number;
}

export interface ViewerData {
  title: string;
  generator: string;
  colors: Record<EntityType, string>;
  entities: ViewerEntity[];
  documents: DocumentView[];
  facts: FactView[];
  mentions: ViewerMention[];
  /** Name rules of every language pack, for the viewer's search (the matcher of kg entity). */
  nameRules: NameRules;
  /** The area nodes and labels cover (layout units, y as in the layout), for the viewer to fit. */
  bbox: { x: [number, number]; y: [number, number] };
}

export function toViewerData(snapshot: Snapshot, title: string): ViewerData {
  const entities = entityViews(snapshot).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const facts = factViews(snapshot);
  const labels = Object.fromEntries(entities.map((e) => [e.key, e.name]));
  const sizes = Object.fromEntries(entities.map((e) => [e.key, nodeSize(e.mentions)]));
  const positions = forceLayout({ nodes: entities.map((e) => e.key), edges: facts.map((f) => [f.source, f.target] as const), labels, sizes });
  const mentions: ViewerMention[] = [];
  for (const e of snapshot.edges) {
    if (e.attributes.kind === 'mention') mentions.push({ doc: e.source, entity: e.target, count: e.attributes.count });
  }
  return {
    title,
    generator: snapshot.attributes.generator,
    colors: { ...ENTITY_COLORS },
    entities: entities.map((e) => ({ ...e, ...positions[e.key], size: nodeSize(e.mentions), color: ENTITY_COLORS[e.type] })),
    documents: documentViews(snapshot),
    facts,
    mentions,
    nameRules: nameRules(),
    bbox: labelledExtent(positions, labels, sizes),
  };
}
