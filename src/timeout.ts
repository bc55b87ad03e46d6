/**
 * The one timeout policy for calls to other servers (each Neo4j statement or transaction,
 * each LLM request): every such call is bounded, the bound is configurable in seconds
 * (a flag or an environment variable), and going over it ends the call with a KgError that
 * says what was waited for. A server that accepts a connection and then never answers
 * costs the bound, never a hung process.
 */
import { UsageError } from './errors.js';

/** Default bound on one Neo4j statement or transaction (seconds → ms). A load batch of 1,000 rows takes well under a second on a healthy server. */
export const DEFAULT_NEO4J_TIMEOUT_MS = 60_000;
/** Default bound on one LLM request: local models on a CPU are slow. */
export const DEFAULT_LLM_TIMEOUT_MS = 120_000;

/**
 * Resolves or rejects as `work` does, unless `ms` pass first: then `onTimeout()` runs (to
 * release what the call holds, e.g. close the connection) and the promise rejects with the
 * error `timeoutError()` builds. The timer never keeps the process alive.
 */
export function withTimeout<T>(work: Promise<T>, ms: number, timeoutError: () => Error, onTimeout?: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      try {
        onTimeout?.();
      } finally {
        reject(timeoutError());
      }
    }, ms);
    timer.unref?.();
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}

/**
 * A timeout given in seconds (flag or environment variable `name`) → milliseconds.
 * Throws UsageError for anything but a positive finite number.
 */
export function parseTimeoutSeconds(value: string | number | undefined, name: string, defaultMs: number): number {
  if (value === undefined || value === '') return defaultMs;
  const seconds = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new UsageError(`${name} expects a positive number of seconds, not "${String(value)}"`, `The default is ${defaultMs / 1000} seconds.`);
  }
  return Math.round(seconds * 1000);
}
