import { describe, expect, it } from 'vitest';
import { KgError } from '../src/errors.js';
import { parseTimeoutSeconds, withTimeout } from '../src/timeout.js';

describe('the timeout policy', () => {
  it('passes a result or an error through when the work ends in time', async () => {
    await expect(withTimeout(Promise.resolve(3), 1000, () => new Error('late'))).resolves.toBe(3);
    await expect(withTimeout(Promise.reject(new Error('own')), 1000, () => new Error('late'))).rejects.toThrow('own');
  });

  it('rejects with the given error after the bound and runs the release step', async () => {
    let released = false;
    const never = new Promise<number>(() => undefined);
    await expect(withTimeout(never, 20, () => new KgError('E_NEO4J_TIMEOUT', 'late'), () => (released = true))).rejects.toMatchObject({ code: 'E_NEO4J_TIMEOUT' });
    expect(released).toBe(true);
  });

  it('reads seconds, defaults when unset, and refuses anything but a positive finite number', () => {
    expect(parseTimeoutSeconds('1.5', '--x', 60_000)).toBe(1500);
    expect(parseTimeoutSeconds(undefined, '--x', 60_000)).toBe(60_000);
    expect(parseTimeoutSeconds('', '--x', 60_000)).toBe(60_000);
    for (const bad of ['0', '-1', 'soon', 'Infinity', Number.NaN]) expect(() => parseTimeoutSeconds(bad, '--x', 60_000)).toThrow(/--x expects a positive number of seconds/u);
  });
});
