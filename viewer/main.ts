/**
 * The HTML viewer: reads the graph data embedded by `kg export --format html`, draws entities
 * (coloured by type, sized by mentions, placed at export time by src/export/layout.ts) and
 * facts with sigma, and wires search, filters (types, relations, document dates, conflicts
 * only), the legend and the side panel. Bundled by scripts/build-viewer.mjs.
 */
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import graphology from 'graphology';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram } from 'sigma/rendering';
import type { ViewerData } from '../src/export/viewer-data.js';
import type { FactView } from '../src/snapshot/views.js';
import { clear, el } from './dom.js';
import { countBy, renderFilterGroup } from './filters.js';
import { EntityFinder } from './find.js';
import { buildModel, pairKey } from './model.js';
import { renderEntity, renderFact, renderPair } from './panel.js';
import { graphCounts } from '../src/snapshot/counts.js';
import { documentDates, factDates } from './timeline.js';

const DIM_COLOR = '#e4e4e4';
const EDGE_COLOR = '#b8b8b8';
/** Edges no source asserts (denials, rumours, talks): light, so they never read as facts. */
const UNASSERTED_EDGE_COLOR = '#dcd6ee';
const EDGE_HIGHLIGHT = '#333333';
/** Facts whose sources disagree: a colour no entity type uses. */
const CONFLICT_COLOR = '#c2185b';
const ZOOM_IN_ABOVE_NODES = 60;
const CROWDED_NODES = 150;
const SEARCH_ZOOM_RATIO = 0.4;
/** Edge labels show for every visible edge once the camera is zoomed in this far (ratio). */
const EDGE_LABELS_BELOW_RATIO = 0.6;
/** Bend of the two edges between entities with facts in both directions. */
const CURVATURE = 0.35;

type Selection = { kind: 'node'; key: string } | { kind: 'fact'; key: string } | { kind: 'pair'; key: string } | null;

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`viewer page is missing #${id}`);
  return node as T;
}

function start(): void {
  const data = JSON.parse(byId('kg-data').textContent ?? '{}') as ViewerData;
  const model = buildModel(data);
  const container = byId<HTMLDivElement>('kg-graph');
  const panel = byId<HTMLElement>('kg-panel');
  const panelHint = [...panel.childNodes].map((n) => n.cloneNode(true));
  const status = byId<HTMLElement>('kg-status');
  const searchInput = byId<HTMLInputElement>('kg-search-input');
  const searchResults = byId<HTMLUListElement>('kg-search-results');

  const graph = new graphology.DirectedGraph({ type: 'directed', multi: false, allowSelfLoops: false });
  for (const e of data.entities) {
    // `type` would pick a sigma node program, so the entity type is kept as `entityType`.
    graph.addNode(e.key, { x: e.x, y: -e.y, size: e.size, color: e.color, label: e.name, entityType: e.type });
  }
  for (const pair of model.pairs.values()) {
    const mutual = model.pairs.has(pairKey(pair.target, pair.source));
    graph.addDirectedEdgeWithKey(pair.key, pair.source, pair.target, {
      facts: pair.facts,
      size: Math.min(6, 1 + pair.facts.reduce((n, f) => n + f.claims.length, 0) * 0.5),
      // A pair whose facts are only denied, hedged or rumoured is drawn faint: it is no fact.
      color: pair.facts.every((f) => f.status !== undefined) ? UNASSERTED_EDGE_COLOR : pair.facts.some((f) => f.conflict) ? CONFLICT_COLOR : EDGE_COLOR,
      // Facts in both directions between two entities: two curves, one each side. Symmetric
      // relations (COMPETES_WITH, PARTNERS_WITH) have no direction to show.
      type: mutual ? 'curvedArrow' : pair.facts.every((f) => f.symmetric) ? 'line' : 'arrow',
      ...(mutual ? { curvature: CURVATURE } : {}),
    });
  }

  const hiddenTypes = new Set<string>();
  const hiddenRelations = new Set<string>();
  let conflictsOnly = false;
  const dates = documentDates(data.documents);
  let dateRange: [string, string] | null = null; // null: every date
  let selection: Selection = null;
  let focus: Set<string> | null = null; // the selected node and its neighbours
  let focusEdges: Set<string> | null = null;
  let hoverEdges = new Set<string>();
  // Kept here, not read from the camera: sigma runs the reducers before the renderer exists.
  let zoomedIn = false;

  const factShown = (f: FactView): boolean => {
    if (hiddenRelations.has(f.type)) return false;
    if (conflictsOnly && !f.conflict) return false;
    if (dateRange) {
      const stated = factDates(f, model.document);
      // Facts only from undated documents stay: no date says they are outside the range.
      if (stated.length > 0 && !stated.some((d) => d >= dateRange![0] && d <= dateRange![1])) return false;
    }
    return true;
  };
  const factFiltering = (): boolean => conflictsOnly || dateRange !== null;
  /** With fact filters on, only entities with a fact left are shown. */
  const entityShown = (key: string): boolean => {
    if (hiddenTypes.has(graph.getNodeAttribute(key, 'entityType') as string)) return false;
    if (!factFiltering()) return true;
    return (model.factsOf.get(key) ?? []).some((f) => factShown(f) && !hiddenTypes.has(model.entity.get(f.source === key ? f.target : f.source)?.type ?? ''));
  };

  const renderer = new Sigma(graph, container, {
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    defaultEdgeType: 'arrow',
    edgeProgramClasses: { arrow: EdgeArrowProgram, line: EdgeLineProgram, curvedArrow: EdgeCurvedArrowProgram },
    // Every label on small graphs; on big ones only the larger nodes', spread over the screen.
    labelRenderedSizeThreshold: graph.order > CROWDED_NODES ? 6 : 0,
    // Small graphs: every label (the export-time layout keeps them apart).
    labelDensity: graph.order > CROWDED_NODES ? 0.2 : graph.order > ZOOM_IN_ABOVE_NODES ? 0.5 : 8,
    labelGridCellSize: graph.order > CROWDED_NODES ? 100 : graph.order > ZOOM_IN_ABOVE_NODES ? 60 : 30,
    labelSize: 13,
    edgeLabelSize: 11,
    edgeLabelColor: { color: '#555' },
    // The custom bbox below already holds the labels; this is only a margin.
    stagePadding: 24,
    zIndex: true,
    nodeReducer: (key, attrs) => {
      const out: Record<string, unknown> = { ...attrs };
      if (!entityShown(key)) out.hidden = true;
      if (focus && !focus.has(key)) {
        out.color = DIM_COLOR;
        out.label = '';
        out.zIndex = 0;
      } else out.zIndex = 1;
      if (selection?.kind === 'node' && selection.key === key) out.highlighted = true;
      return out;
    },
    edgeReducer: (key, attrs) => {
      const out: Record<string, unknown> = { ...attrs };
      const visible = (attrs.facts as FactView[]).filter(factShown);
      const [s, t] = graph.extremities(key);
      if (visible.length === 0 || !entityShown(s) || !entityShown(t)) return { ...out, hidden: true };
      const label = [...new Set(visible.map((f) => f.type))].join(' · ');
      const selectedPair = selection && selection.kind !== 'node' ? (selection.kind === 'pair' ? selection.key : model.pairOfFact.get(selection.key)) : undefined;
      // Edge labels only where they are read: hovered, selected, or zoomed in.
      out.label = zoomedIn || hoverEdges.has(key) || focusEdges?.has(key) ? label : '';
      if (selectedPair === key) {
        out.color = EDGE_HIGHLIGHT;
        out.size = (attrs.size as number) + 1.5;
        out.zIndex = 2;
      } else if (focusEdges && !focusEdges.has(key)) {
        out.color = DIM_COLOR;
        out.label = '';
        out.zIndex = 0;
      }
      return out;
    },
  });

  // Fit nodes and their labels, not only node centres (y is drawn upside down).
  if (data.entities.length > 1 && data.bbox) {
    renderer.setCustomBBox({ x: data.bbox.x, y: [-data.bbox.y[1], -data.bbox.y[0]] });
    renderer.refresh();
  }

  const actions = {
    selectNode(key: string): void {
      if (!graph.hasNode(key)) return;
      selection = { kind: 'node', key };
      focus = new Set([key, ...graph.neighbors(key)]);
      focusEdges = new Set(graph.edges(key));
      renderEntity(panel, model, key, actions);
      const display = renderer.getNodeDisplayData(key);
      // Small graphs stay whole on screen; on big ones the camera flies to the node.
      if (display && graph.order > ZOOM_IN_ABOVE_NODES) {
        const camera = renderer.getCamera();
        void camera.animate({ x: display.x, y: display.y, ratio: Math.min(camera.ratio, SEARCH_ZOOM_RATIO) }, { duration: 400 });
      }
      renderer.refresh();
    },
    selectFact(key: string): void {
      const fact = model.fact.get(key);
      if (!fact) return;
      selection = { kind: 'fact', key };
      focus = new Set([fact.source, fact.target]);
      focusEdges = new Set([model.pairOfFact.get(key) ?? '']);
      renderFact(panel, model, key, actions);
      renderer.refresh();
    },
    selectPair(key: string): void {
      const pair = model.pairs.get(key);
      if (!pair) return;
      selection = { kind: 'pair', key };
      focus = new Set([pair.source, pair.target]);
      focusEdges = new Set([key]);
      renderPair(panel, model, pair, actions);
      renderer.refresh();
    },
    /** Empty space clicked: no highlight, and the panel back to its hint. */
    clear(): void {
      selection = null;
      focus = null;
      focusEdges = null;
      clear(panel);
      panel.append(...panelHint.map((n) => n.cloneNode(true)));
      renderer.refresh();
    },
  };

  renderer.on('clickNode', ({ node }) => actions.selectNode(node));
  renderer.on('clickEdge', ({ edge }) => actions.selectPair(edge));
  renderer.on('clickStage', () => actions.clear());
  renderer.on('enterNode', ({ node }) => {
    container.classList.add('kg-pointer');
    hoverEdges = new Set(graph.edges(node));
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('leaveNode', () => {
    container.classList.remove('kg-pointer');
    hoverEdges = new Set();
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('enterEdge', ({ edge }) => {
    container.classList.add('kg-pointer');
    hoverEdges = new Set([edge]);
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('leaveEdge', () => {
    container.classList.remove('kg-pointer');
    hoverEdges = new Set();
    renderer.refresh({ skipIndexation: true });
  });
  // Crossing the zoom threshold turns edge labels on or off.
  renderer.getCamera().on('updated', (state) => {
    const now = state.ratio < EDGE_LABELS_BELOW_RATIO;
    if (now !== zoomedIn) {
      zoomedIn = now;
      container.dataset.edgeLabels = now ? 'all' : 'hover';
      renderer.refresh({ skipIndexation: true });
    }
  });
  container.dataset.edgeLabels = 'hover';

  // Search: the command line's matcher with the packs' name rules (any alias, any script,
  // legal forms, endings, typos); ties as a list; type-ahead while typing; Enter opens the one best match.
  const finder = new EntityFinder(data.entities, data.nameRules);
  const showHits = (): ReturnType<EntityFinder['find']> => {
    const result = finder.find(searchInput.value);
    clear(searchResults);
    result.hits.forEach((hit, i) => {
      const how = hit.kind === 'exact' ? '' : hit.kind === 'fuzzy' ? ` · close to “${hit.matched}”` : hit.matched === hit.name ? '' : ` · “${hit.matched}”`;
      const button = el('button', { attrs: { type: 'button', 'data-entity': hit.key, 'data-kind': hit.kind, ...(i < result.best ? { 'data-best': 'true' } : {}) } }, [
        el('span', { className: 'kg-hit-name', text: hit.name, attrs: { dir: 'auto' } }),
        el('span', { className: 'kg-hit-meta', text: ` ${hit.type}${how}` }),
      ]);
      button.addEventListener('click', () => {
        actions.selectNode(hit.key);
        clear(searchResults);
      });
      searchResults.append(el('li', {}, [button]));
    });
    if (result.best > 1) searchResults.prepend(el('li', { className: 'kg-hint kg-ties', text: `${result.best} entities have this name; choose one:` }));
    if (searchInput.value.trim() && result.hits.length === 0) searchResults.append(el('li', { className: 'kg-hint', text: 'No entity has that name.' }));
    return result;
  };
  searchInput.addEventListener('input', () => void showHits());
  searchInput.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      const result = showHits();
      // One best match opens; a tie keeps the list open to choose from.
      const only = result.best === 1 ? result.hits[0] : result.best === 0 && result.hits.length === 1 ? result.hits[0] : undefined;
      if (only) {
        actions.selectNode(only.key);
        clear(searchResults);
      }
    } else if (event.key === 'ArrowDown') {
      searchResults.querySelector<HTMLButtonElement>('button')?.focus();
      event.preventDefault();
    } else if (event.key === 'Escape') {
      searchInput.value = '';
      clear(searchResults);
    }
  });

  // The same counts as kg build and kg export: topics apart from entities.
  const counts = graphCounts(data.entities.map((e) => e.type), data.facts.length, data.documents.length);
  const total = `${counts.entities} entities · ${counts.topics} topic${counts.topics === 1 ? '' : 's'} · ${counts.facts} facts · ${counts.documents} documents`;
  const updateStatus = (): void => {
    const shown = data.entities.filter((e) => entityShown(e.key));
    const shownKeys = new Set(shown.map((e) => e.key));
    const facts = data.facts.filter((f) => factShown(f) && shownKeys.has(f.source) && shownKeys.has(f.target));
    const filtered = shown.length < data.entities.length || facts.length < data.facts.length;
    status.textContent = filtered ? `${total} · showing ${shown.length} entities, ${facts.length} facts` : total;
    container.dataset.visibleNodes = String(shown.length);
    container.dataset.visibleFacts = String(facts.length);
  };
  const refresh = (): void => {
    updateStatus();
    renderer.refresh();
  };
  renderFilterGroup(
    byId('kg-filter-types'),
    'type',
    countBy(data.entities, (e) => e.type).map((item) => ({ ...item, color: data.colors[item.value as keyof ViewerData['colors']] })),
    hiddenTypes,
    refresh,
  );
  renderFilterGroup(byId('kg-filter-relations'), 'relation', countBy(data.facts, (f) => f.type), hiddenRelations, refresh);

  const conflicts = data.facts.filter((f) => f.conflict).length;
  byId('kg-conflict-count').textContent = String(conflicts);
  const conflictBox = byId<HTMLInputElement>('kg-conflicts-only');
  conflictBox.disabled = conflicts === 0;
  conflictBox.addEventListener('change', () => {
    conflictsOnly = conflictBox.checked;
    refresh();
  });

  wireTimeline(dates, (range) => {
    dateRange = range;
    refresh();
  });
  renderLegend(byId('kg-legend'), data);

  updateStatus();
  // For the browser tests and the developer console: read-only use.
  (window as unknown as { kgViewer: unknown }).kgViewer = { renderer, graph };
  container.dataset.nodes = String(graph.order);
  container.dataset.edges = String(graph.size);
  container.dataset.ready = 'true';
}

/** Two sliders over the distinct document dates; the range is null while it spans them all. */
function wireTimeline(dates: readonly string[], onChange: (range: [string, string] | null) => void): void {
  const from = byId<HTMLInputElement>('kg-date-from');
  const to = byId<HTMLInputElement>('kg-date-to');
  const fromOut = byId<HTMLOutputElement>('kg-date-from-value');
  const toOut = byId<HTMLOutputElement>('kg-date-to-value');
  const note = byId<HTMLElement>('kg-timeline-note');
  if (dates.length === 0) {
    from.disabled = to.disabled = true;
    note.textContent = 'No document has a date (publishedAt in JSONL input).';
    return;
  }
  from.max = to.max = String(dates.length - 1);
  from.value = '0';
  to.value = String(dates.length - 1);
  note.textContent = 'Facts from undated documents stay shown.';
  const update = (moved: HTMLInputElement): void => {
    let a = Number(from.value);
    let b = Number(to.value);
    if (a > b) {
      if (moved === from) b = a;
      else a = b;
      from.value = String(a);
      to.value = String(b);
    }
    fromOut.textContent = dates[a] ?? '';
    toOut.textContent = dates[b] ?? '';
    onChange(a === 0 && b === dates.length - 1 ? null : [dates[a]!, dates[b]!]);
  };
  from.addEventListener('input', () => update(from));
  to.addEventListener('input', () => update(to));
  fromOut.textContent = dates[0]!;
  toOut.textContent = dates[dates.length - 1]!;
}

function renderLegend(legend: HTMLElement, data: ViewerData): void {
  const present = new Set(data.entities.map((e) => e.type));
  const items: HTMLElement[] = [];
  for (const [type, color] of Object.entries(data.colors)) {
    if (!present.has(type as keyof ViewerData['colors'])) continue;
    const dot = el('span', { className: 'kg-swatch', attrs: { 'aria-hidden': 'true' } });
    dot.style.backgroundColor = color;
    items.push(el('li', { attrs: { 'data-type': type } }, [dot, type]));
  }
  const line = (color: string, text: string, curved = false): HTMLElement => {
    const mark = el('span', { className: curved ? 'kg-line kg-curved' : 'kg-line', attrs: { 'aria-hidden': 'true' } });
    mark.style.borderColor = color;
    return el('li', {}, [mark, text]);
  };
  items.push(line(EDGE_COLOR, 'fact, subject → object'));
  items.push(line(CONFLICT_COLOR, 'sources disagree'));
  items.push(line(UNASSERTED_EDGE_COLOR, 'only denied, hedged or rumoured'));
  items.push(line(EDGE_COLOR, 'facts both ways', true));
  items.push(el('li', { className: 'kg-legend-note', text: 'Size: mentions. Relation names: hover or zoom in.' }));
  legend.append(el('ul', {}, items));
}

try {
  start();
} catch (err) {
  const status = document.getElementById('kg-status');
  if (status) status.textContent = `The viewer could not start: ${(err as Error).message}`;
  throw err;
}
