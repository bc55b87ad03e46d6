import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { KgError } from '../../src/errors.js';
import { createProgress } from '../../src/progress.js';
import { backoffDelay, isTransientNeo4jError, MAX_ATTEMPTS, MAX_DELAY_MS, withRetry } from '../../src/neo4j/retry.js';

describe('createProgress', () => {
  it('draws nothing when stderr is not a terminal', () => {
    const out: string[] = [];
    const p = createProgress({ write: (s: string) => out.push(s) }, 10);
    p.tick('x');
    p.done();
    expect(out).toEqual([]);
  });

  it('redraws at most every 80 ms but always shows the end', () => {
    const out: string[] = [];
    let t = 0;
    const p = createProgress({ isTTY: true, write: (s: string) => out.push(s) }, 4, () => t);
    p.tick('a'); // t=0: drawn
    t = 10;
    p.tick('b'); // too soon
    t = 20;
    p.tick('c'); // too soon
    t = 30;
    p.tick('d'); // last: drawn
    expect(out).toHaveLength(2);
    expect(out[0]).toContain(' 25% a');
    expect(out[1]).toContain('100% d');
  });
});

describe('withRetry', () => {
  const transient = driverError('leader switch', 'Neo.TransientError.General.DatabaseUnavailable');

  it('recognises transient driver errors, also when wrapped in a KgError', () => {
    expect(isTransientNeo4jError(transient)).toBe(true);
    expect(isTransientNeo4jError(new KgError('E_X', 'wrapped', { cause: transient }))).toBe(true);
    expect(isTransientNeo4jError(driverError('x', 'Neo.ClientError.Security.Unauthorized'))).toBe(false);
    expect(isTransientNeo4jError(driverError('refused', 'ServiceUnavailable'))).toBe(true);
  });

  it('gives up after the last attempt with the last error', async () => {
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw transient;
        },
        { sleep: async () => undefined },
      ),
    ).rejects.toBe(transient);
    expect(calls).toBe(MAX_ATTEMPTS);
  });

  it('doubles the wait each time up to a ceiling', () => {
    expect([1, 2, 3].map((a) => backoffDelay(a, 200, () => 1))).toEqual([200, 400, 800]);
    expect(backoffDelay(20, 200, () => 1)).toBe(MAX_DELAY_MS);
  });
});

function driverError(message: string, code: string): Neo4jError {
  return new Neo4jError(message, code as never, '50N42', 'error: general processing exception');
}
