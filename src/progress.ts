/**
 * A one-line progress bar on stderr, drawn only on a terminal so logs and pipes stay
 * clean. Redraws at most every REDRAW_MS to keep a fast load from spending time on it.
 */
import { rawStream } from './terminal.js';

export const BAR_WIDTH = 28;
export const REDRAW_MS = 80;

export interface Progress {
  tick(label: string, amount?: number): void;
  done(): void;
}

export function createProgress(
  stream: { write(chunk: string): unknown; isTTY?: boolean },
  total: number,
  now: () => number = Date.now,
): Progress {
  if (!stream.isTTY || total <= 0) return { tick() {}, done() {} };
  // The bar's own CR and ESC[K must reach the terminal; labels are kg's own text.
  stream = rawStream(stream);
  let current = 0;
  let lastDraw = -Infinity;
  let drawn = false;
  const draw = (label: string) => {
    const filled = Math.round((current / total) * BAR_WIDTH);
    const pct = Math.floor((current / total) * 100);
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${String(pct).padStart(3)}% ${label}\u001b[K`);
    drawn = true;
  };
  return {
    tick(label, amount = 1) {
      current = Math.min(total, current + amount);
      const t = now();
      if (current === total || t - lastDraw >= REDRAW_MS) {
        lastDraw = t;
        draw(label);
      }
    },
    done() {
      if (drawn) stream.write('\r\u001b[K');
    },
  };
}
