/**
 * The HTML viewer's layout, computed at export time so the page opens instantly and the same
 * snapshot always looks the same: ForceAtlas2 (graphology-layout-forceatlas2) places linked
 * entities together, then noverlap (graphology-layout-noverlap) pushes apart nodes whose
 * labels would overlap. Both are deterministic given the starting positions, which are a
 * circle in key order.
 *
 * Labels are measured in layout units for a reference graph area of REFERENCE_WIDTH_PX (the
 * graph pane of a 1024 px wide window, less sigma's stage padding): each label is a box to the right of its node, and
 * noverlap runs on a circle around the box's centre. Rounds of "fit to LAYOUT_SIZE, remove
 * overlaps" repeat until the layout stops growing, so the labels fit once sigma scales the
 * whole layout into the pane.
 */
import graphology from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import noverlapModule from 'graphology-layout-noverlap';

// Both packages are CommonJS whose typings declare `export default`; under NodeNext the
// default import is module.exports itself, which is the layout function.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;
const noverlap = noverlapModule as unknown as typeof noverlapModule.default;
type Graph = AbstractGraph;

export interface LayoutInput {
  /** Node keys; the order fixes the starting circle, so pass them sorted. */
  nodes: readonly string[];
  edges: ReadonlyArray<readonly [string, string]>;
  /** Label per node (its width is kept free of other labels); none means no label. */
  labels?: Readonly<Record<string, string>>;
  /** Node radius in pixels as the viewer draws it. */
  sizes?: Readonly<Record<string, number>>;
}

export type Positions = Record<string, { x: number; y: number }>;

/** Width and height the layout is fitted into (layout units). */
export const LAYOUT_SIZE = 1000;
/** Graph pane width the labels are measured for: the narrowest window the viewer is made for. */
export const REFERENCE_WIDTH_PX = 440;
/** Average advance of a 13 px system-ui character, and the label line height, in pixels. */
export const LABEL_CHAR_PX = 7.2;
export const LABEL_HEIGHT_PX = 16;
/** Gap kept between a node and its label (sigma draws the label this far right). */
const LABEL_OFFSET_PX = 3;
const FA2_ITERATIONS = 300;
/** Above this many nodes, FA2 uses the Barnes–Hut approximation (n log n instead of n²). */
const BARNES_HUT_ABOVE = 300;
const NOVERLAP_ROUNDS = 12;
/** Width over height of a typical label: the squeeze that turns label boxes into circles. */
const LABEL_ASPECT = 4;
const NOVERLAP_ITERATIONS = 300;
/** A round that grows the layout by less than this share ends the rounds. */
const SETTLED_GROWTH = 0.05;
/** Above this many nodes, labels are not kept apart: sigma shows only some of them anyway. */
const MAX_LABELLED_NODES = 400;

export function forceLayout({ nodes, edges, labels = {}, sizes = {} }: LayoutInput): Positions {
  const n = nodes.length;
  const graph: Graph = new graphology.UndirectedGraph();
  nodes.forEach((key, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, n);
    graph.addNode(key, { x: (LAYOUT_SIZE / 2) * Math.cos(angle), y: (LAYOUT_SIZE / 2) * Math.sin(angle), size: sizes[key] ?? 1 });
  });
  for (const [s, t] of edges) if (s !== t && graph.hasNode(s) && graph.hasNode(t)) graph.mergeEdge(s, t);

  if (n > 1) {
    forceAtlas2.assign(graph, {
      iterations: FA2_ITERATIONS,
      settings: {
        ...forceAtlas2.inferSettings(graph),
        barnesHutOptimize: n > BARNES_HUT_ABOVE,
        // Strong gravity keeps small components and lone entities near the centre.
        strongGravityMode: true,
        gravity: 0.5,
        scalingRatio: 10,
      },
    });
    if (n <= MAX_LABELLED_NODES && Object.keys(labels).length > 0) {
      separateLabels(graph, labels);
      // Centred but not scaled back: shrinking would bring the labels together again. A
      // layout that grew past LAYOUT_SIZE shows smaller; zooming in separates its labels.
      fit(graph, false);
    } else fit(graph);
  } else fit(graph);
  const out: Positions = {};
  graph.forEachNode((key, a) => {
    out[key] = { x: Math.round(a.x * 100) / 100, y: Math.round(a.y * 100) / 100 };
  });
  return out;
}

/** Rounds of fit + noverlap on label boxes, until a round no longer grows the layout. */
function separateLabels(graph: Graph, labels: Readonly<Record<string, string>>): void {
  const unitsPerPx = LAYOUT_SIZE / REFERENCE_WIDTH_PX;
  const box = (key: string, size: number) => labelBox(labels[key], size);
  for (let round = 0; round < NOVERLAP_ROUNDS; round++) {
    fit(graph);
    noverlap.assign(graph, {
      maxIterations: NOVERLAP_ITERATIONS,
      settings: { margin: 2 * unitsPerPx, ratio: 1, expansion: 1.05, gridSize: 20 },
      // noverlap keeps circles apart; labels are wide and short, so x is squeezed by
      // LABEL_ASPECT first and the circle around the label box's centre becomes an ellipse.
      inputReducer: (key: string, a: { x: number; y: number; size?: number }) => {
        const size = a.size ?? 1;
        const { width, height } = box(key, size);
        return { x: (a.x + width / 2 - size * unitsPerPx) / LABEL_ASPECT, y: a.y, size: Math.max(width / LABEL_ASPECT, height) / 2 };
      },
      outputReducer: (key: string, a: { x: number; y: number }) => {
        const size = graph.getNodeAttribute(key, 'size') as number;
        const { width } = box(key, size);
        return { x: a.x * LABEL_ASPECT - width / 2 + size * unitsPerPx, y: a.y };
      },
    });
    const grown = extent(graph) / LAYOUT_SIZE - 1;
    if (grown < SETTLED_GROWTH) break;
  }
}

/** The box a node's label takes, in layout units at REFERENCE_WIDTH_PX: width from the node's centre. */
export function labelBox(label: string | undefined, size: number): { width: number; height: number } {
  const unitsPerPx = LAYOUT_SIZE / REFERENCE_WIDTH_PX;
  const width = (LABEL_OFFSET_PX + size + [...(label ?? '')].length * LABEL_CHAR_PX) * unitsPerPx;
  const height = Math.max(LABEL_HEIGHT_PX, 2 * size) * unitsPerPx;
  return { width, height };
}

/**
 * The area the nodes and their labels cover, for the viewer to fit (sigma's custom bbox):
 * sigma fits node centres only, which cuts the labels of the rightmost nodes.
 */
export function labelledExtent(positions: Positions, labels: Readonly<Record<string, string>>, sizes: Readonly<Record<string, number>>): { x: [number, number]; y: [number, number] } {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const [key, p] of Object.entries(positions)) {
    const { width, height } = labelBox(labels[key], sizes[key] ?? 1);
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x + width);
    minY = Math.min(minY, p.y - height / 2);
    maxY = Math.max(maxY, p.y + height / 2);
  }
  if (!Number.isFinite(minX)) return { x: [0, 1], y: [0, 1] };
  return { x: [Math.round(minX), Math.round(maxX)], y: [Math.round(minY), Math.round(maxY)] };
}

function extent(graph: Graph): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_k, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  return Math.max(maxX - minX, maxY - minY, 0);
}

/** Centres the layout and (with `scale`) scales it so its larger side is LAYOUT_SIZE. */
function fit(graph: Graph, scale = true): void {
  if (graph.order < 2) {
    graph.forEachNode((k) => graph.mergeNodeAttributes(k, { x: 0, y: 0 }));
    return;
  }
  let sx = 0;
  let sy = 0;
  graph.forEachNode((_k, a) => {
    sx += a.x;
    sy += a.y;
  });
  const cx = sx / graph.order;
  const cy = sy / graph.order;
  const factor = scale ? LAYOUT_SIZE / (extent(graph) || 1) : 1;
  graph.forEachNode((k, a) => graph.mergeNodeAttributes(k, { x: (a.x - cx) * factor, y: (a.y - cy) * factor }));
}
