/**
 * The HTML viewer: reads the graph data embedded by `kg export --format html`, draws entities
 * (coloured by type, sized by mentions) and facts with sigma, and wires search, filters and
 * the side panel. Bundled by scripts/build-viewer.mjs into dist/viewer/viewer.js.
 */
import graphology from 'graphology';
import Sigma from 'sigma';
import type { ViewerData } from '../src/export/viewer-data.js';
import { clear, el } from './dom.js';
import { countBy, renderFilterGroup } from './filters.js';
import { buildModel } from './model.js';
import { renderEntity, renderFact, renderPair } from './panel.js';
import { graphCounts } from '../src/snapshot/counts.js';
import { MAX_SEARCH_HITS, searchEntities } from './search.js';

const DIM_COLOR = '#e4e4e4';
const EDGE_COLOR = '#b8b8b8';
/** Edges no source asserts (denials, rumours, talks): light, so they never read as facts. */
const UNASSERTED_EDGE_COLOR = '#dcd6ee';
const EDGE_HIGHLIGHT = '#333333';
const ZOOM_IN_ABOVE_NODES = 60;
const CROWDED_NODES = 150;
const SEARCH_ZOOM_RATIO = 0.4;

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
  const status = byId<HTMLElement>('kg-status');
  const searchInput = byId<HTMLInputElement>('kg-search-input');
  const searchResults = byId<HTMLUListElement>('kg-search-results');

  const graph = new graphology.DirectedGraph({ type: 'directed', multi: false, allowSelfLoops: false });
  for (const e of data.entities) {
    // `type` would pick a sigma node program, so the entity type is kept as `entityType`.
    graph.addNode(e.key, { x: e.x, y: -e.y, size: e.size, color: e.color, label: e.name, entityType: e.type });
  }
  for (const pair of model.pairs.values()) {
    graph.addDirectedEdgeWithKey(pair.key, pair.source, pair.target, {
      relations: pair.facts.map((f) => f.type),
      size: Math.min(6, 1 + pair.facts.reduce((n, f) => n + f.claims.length, 0) * 0.5),
      // A pair whose facts are only denied, hedged or rumoured is drawn faint: it is no fact.
      color: pair.facts.every((f) => f.status !== undefined) ? UNASSERTED_EDGE_COLOR : EDGE_COLOR,
      // Symmetric relations (COMPETES_WITH, PARTNERS_WITH) have no direction to show.
      type: pair.facts.every((f) => f.symmetric) ? 'line' : 'arrow',
    });
  }

  const hiddenTypes = new Set<string>();
  const hiddenRelations = new Set<string>();
  let selection: Selection = null;
  let focus: Set<string> | null = null; // the selected node and its neighbours
  let focusEdges: Set<string> | null = null;

  const renderer = new Sigma(graph, container, {
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    defaultEdgeType: 'arrow',
    // Every label on small graphs; on big ones only the larger nodes', spread over the screen.
    labelRenderedSizeThreshold: graph.order > CROWDED_NODES ? 6 : 0,
    labelDensity: graph.order > CROWDED_NODES ? 0.2 : 1,
    labelGridCellSize: graph.order > CROWDED_NODES ? 100 : 30,
    labelSize: 13,
    edgeLabelSize: 11,
    edgeLabelColor: { color: '#555' },
    // Labels sit to the right of their node; keep the outermost ones on screen.
    stagePadding: 70,
    zIndex: true,
    nodeReducer: (key, attrs) => {
      const out: Record<string, unknown> = { ...attrs };
      if (hiddenTypes.has(attrs.entityType as string)) out.hidden = true;
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
      const visible = (attrs.relations as string[]).filter((r) => !hiddenRelations.has(r));
      const [s, t] = graph.extremities(key);
      const endHidden = hiddenTypes.has(graph.getNodeAttribute(s, 'entityType')) || hiddenTypes.has(graph.getNodeAttribute(t, 'entityType'));
      if (visible.length === 0 || endHidden) return { ...out, hidden: true };
      out.label = visible.join(' · ');
      const selectedPair = selection && selection.kind !== 'node' ? (selection.kind === 'pair' ? selection.key : model.pairOfFact.get(selection.key)) : undefined;
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
    clear(): void {
      selection = null;
      focus = null;
      focusEdges = null;
      renderer.refresh();
    },
  };

  renderer.on('clickNode', ({ node }) => actions.selectNode(node));
  renderer.on('clickEdge', ({ edge }) => actions.selectPair(edge));
  renderer.on('clickStage', () => actions.clear());
  renderer.on('enterNode', () => container.classList.add('kg-pointer'));
  renderer.on('leaveNode', () => container.classList.remove('kg-pointer'));
  renderer.on('enterEdge', () => container.classList.add('kg-pointer'));
  renderer.on('leaveEdge', () => container.classList.remove('kg-pointer'));

  // Search: any name or alias in any script; Enter opens the best match.
  const entries = data.entities.map((e) => ({ key: e.key, name: e.name, type: e.type, mentions: e.mentions, aliases: e.aliases }));
  let hits = searchEntities(entries, '');
  const showHits = (): void => {
    hits = searchEntities(entries, searchInput.value, MAX_SEARCH_HITS, data.nameRules);
    clear(searchResults);
    for (const hit of hits) {
      const button = el('button', { attrs: { type: 'button', 'data-entity': hit.key } }, [
        el('span', { className: 'kg-hit-name', text: hit.name, attrs: { dir: 'auto' } }),
        el('span', { className: 'kg-hit-meta', text: hit.matched === hit.name ? ` ${hit.type}` : ` ${hit.type} · “${hit.matched}”` }),
      ]);
      button.addEventListener('click', () => {
        actions.selectNode(hit.key);
        clear(searchResults);
      });
      searchResults.append(el('li', {}, [button]));
    }
    if (searchInput.value.trim() && hits.length === 0) searchResults.append(el('li', { className: 'kg-hint', text: 'No entity has that name.' }));
  };
  searchInput.addEventListener('input', showHits);
  searchInput.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      showHits();
      if (hits[0]) {
        actions.selectNode(hits[0].key);
        clear(searchResults);
      }
    } else if (event.key === 'Escape') {
      searchInput.value = '';
      clear(searchResults);
    }
  });

  // The same counts as kg build and kg export: topics apart from entities.
  const counts = graphCounts(data.entities.map((e) => e.type), data.facts.length, data.documents.length);
  const total = `${counts.entities} entities · ${counts.topics} topic${counts.topics === 1 ? '' : 's'} · ${counts.facts} facts · ${counts.documents} documents`;
  const updateStatus = (): void => {
    const shown = data.entities.filter((e) => !hiddenTypes.has(e.type));
    const shownKeys = new Set(shown.map((e) => e.key));
    const facts = data.facts.filter((f) => !hiddenRelations.has(f.type) && shownKeys.has(f.source) && shownKeys.has(f.target));
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

  updateStatus();
  container.dataset.nodes = String(graph.order);
  container.dataset.edges = String(graph.size);
  container.dataset.ready = 'true';
}

try {
  start();
} catch (err) {
  const status = document.getElementById('kg-status');
  if (status) status.textContent = `The viewer could not start: ${(err as Error).message}`;
  throw err;
}
