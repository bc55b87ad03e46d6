/**
 * Retrying work that failed for a reason that may pass (deadlock, leader switch, server
 * restart): exponential backoff with jitter, a bounded number of attempts. What is
 * transient is the driver's call (Neo4jError.isRetryable), looked up on the error or on
 * the driver error a KgError wraps.
 */
import neo4j from 'neo4j-driver';

export const MAX_ATTEMPTS = 5;
export const BASE_DELAY_MS = 200;
export const MAX_DELAY_MS = 5_000;

export interface RetryOptions {
  attempts?: number;
  baseDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  isTransient?: (err: unknown) => boolean;
  /** Called before each wait, e.g. to tell the user. */
  onRetry?: (err: unknown, attempt: number, delayMs: number) => void;
}

export function isTransientNeo4jError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    if (neo4j.isRetryableError(e as Error)) return true;
  }
  return false;
}

export function backoffDelay(attempt: number, baseDelayMs: number, random: () => number): number {
  const exponential = Math.min(MAX_DELAY_MS, baseDelayMs * 2 ** (attempt - 1));
  // Half fixed, half random: concurrent loaders that collided do not collide again.
  return Math.round(exponential / 2 + (random() * exponential) / 2);
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function withRetry<T>(work: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? MAX_ATTEMPTS;
  const isTransient = options.isTransient ?? isTransientNeo4jError;
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      if (attempt >= attempts || !isTransient(err)) throw err;
      const delay = backoffDelay(attempt, options.baseDelayMs ?? BASE_DELAY_MS, random);
      options.onRetry?.(err, attempt, delay);
      await sleep(delay);
    }
  }
}
