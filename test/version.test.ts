import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../src/version.js';
import { runKg } from './support/run-kg.js';

describe('kg --version', () => {
  it('prints the version of package.json', async () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    const r = await runKg(['--version']);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('lists every command in --help', async () => {
    const r = await runKg(['--help']);
    for (const c of ['build', 'eval', 'export', 'diff', 'load', 'entity', 'ask']) expect(r.stdout).toMatch(new RegExp(`^\\s+${c}\\b`, 'mu'));
  });
});
