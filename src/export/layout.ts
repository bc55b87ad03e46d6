/**
 * A small deterministic force layout (Fruchterman–Reingold with gravity) for the HTML viewer,
 * run at export time so the page opens instantly and the same snapshot always looks the same.
 * graphology-layout-forceatlas2 is not a dependency; this is enough for news-sized graphs.
 */

export interface LayoutInput {
  /** Node keys; the order fixes the starting circle, so pass them sorted. */
  nodes: readonly string[];
  edges: ReadonlyArray<readonly [string, string]>;
}

export type Positions = Record<string, { x: number; y: number }>;

/** Total pairwise work budget (iterations × n²); keeps big exports under a second or so. */
const WORK_BUDGET = 40_000_000;
const MAX_ITERATIONS = 300;
const MIN_ITERATIONS = 15;
/** Above this many nodes the quadratic repulsion is skipped and the circle is kept. */
const MAX_FORCE_NODES = 4000;
const GRAVITY = 3;
const LAYOUT_SIZE = 1000;

export function forceLayout({ nodes, edges }: LayoutInput): Positions {
  const n = nodes.length;
  const index = new Map(nodes.map((key, i) => [key, i]));
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const angle = (2 * Math.PI * i) / Math.max(1, n);
    xs[i] = (LAYOUT_SIZE / 2) * Math.cos(angle);
    ys[i] = (LAYOUT_SIZE / 2) * Math.sin(angle);
  }
  const links: Array<[number, number]> = [];
  for (const [s, t] of edges) {
    const a = index.get(s);
    const b = index.get(t);
    if (a !== undefined && b !== undefined && a !== b) links.push([a, b]);
  }

  if (n > 1 && n <= MAX_FORCE_NODES) {
    const k = Math.sqrt((LAYOUT_SIZE * LAYOUT_SIZE) / n); // ideal edge length
    const iterations = Math.max(MIN_ITERATIONS, Math.min(MAX_ITERATIONS, Math.floor(WORK_BUDGET / (n * n))));
    const dx = new Float64Array(n);
    const dy = new Float64Array(n);
    let temperature = LAYOUT_SIZE / 10;
    const cooling = temperature / (iterations + 1);
    for (let it = 0; it < iterations; it++) {
      dx.fill(0);
      dy.fill(0);
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          let ddx = xs[i] - xs[j];
          let ddy = ys[i] - ys[j];
          let dist2 = ddx * ddx + ddy * ddy;
          if (dist2 < 1e-6) {
            // Coincident nodes: push apart along a direction fixed by their indices.
            ddx = Math.cos(i + j);
            ddy = Math.sin(i + j);
            dist2 = 1;
          }
          const force = (k * k) / dist2; // = (k²/d) / d, so multiplying by ddx gives the unit vector
          dx[i] += ddx * force;
          dy[i] += ddy * force;
          dx[j] -= ddx * force;
          dy[j] -= ddy * force;
        }
      }
      for (const [a, b] of links) {
        const ddx = xs[a] - xs[b];
        const ddy = ys[a] - ys[b];
        const dist = Math.sqrt(ddx * ddx + ddy * ddy) || 1e-3;
        const force = dist / k; // = (d²/k) / d
        dx[a] -= ddx * force;
        dy[a] -= ddy * force;
        dx[b] += ddx * force;
        dy[b] += ddy * force;
      }
      for (let i = 0; i < n; i++) {
        // Gravity keeps isolated nodes and small components from drifting off: the total
        // repulsion on an outlying node is about LAYOUT_SIZE²/r, so it settles near
        // r = LAYOUT_SIZE / sqrt(GRAVITY).
        dx[i] -= GRAVITY * xs[i];
        dy[i] -= GRAVITY * ys[i];
        const len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
        if (len > 0) {
          const step = Math.min(len, temperature);
          xs[i] += (dx[i] / len) * step;
          ys[i] += (dy[i] / len) * step;
        }
      }
      temperature -= cooling;
    }
  }

  const out: Positions = {};
  for (let i = 0; i < n; i++) out[nodes[i]] = { x: Math.round(xs[i] * 100) / 100, y: Math.round(ys[i] * 100) / 100 };
  return out;
}
