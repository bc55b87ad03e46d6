/**
 * Row 13: a corpus too large for the heap used to run for minutes and then die with V8's
 * "heap out of memory" (exit 134), writing nothing. Now it is refused right after reading,
 * with E_INPUT_TOO_LARGE and what to do; --ignore-memory-limit overrides.
 */
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_HEAP_BYTES, BYTES_PER_INPUT_CHAR, checkMemoryBudget, estimatedBuildBytes } from '../../src/pipeline/memory.js';
import { BIN, tempDir } from './support/helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('memory')));
afterAll(async () => cleanup());

const MB = 1024 * 1024;

describe('row 13: input larger than the heap allows', () => {
  it('the estimate grows with the text and is checked against the heap limit', () => {
    expect(estimatedBuildBytes(0)).toBe(BASE_HEAP_BYTES);
    expect(estimatedBuildBytes(361 * MB)).toBe(BASE_HEAP_BYTES + 361 * MB * BYTES_PER_INPUT_CHAR);
    // The 361 MB corpus of the report against a 4 GB heap: refused, naming sizes and the way out.
    expect(() => checkMemoryBudget(361 * MB, 4096 * MB)).toThrow(/361 MB of text; building it in one go needs about \d+ MB/u);
    expect(() => checkMemoryBudget(10 * MB, 4096 * MB)).not.toThrow();
  });

  it('kg build in a small heap stops at once with E_INPUT_TOO_LARGE instead of crashing minutes later', async () => {
    const file = join(dir, 'corpus.jsonl');
    const line = JSON.stringify({ text: `${'Meta invested $1 billion in Scale AI, the company said. '.repeat(30)}` });
    const lines: string[] = [];
    for (let i = 0; i < 2500; i++) lines.push(line.replace('said.', `said ${i}.`));
    await writeFile(file, `${lines.join('\n')}\n`); // about 4 MB: 64 + 4 × 24 MB > the 144 MB heap below
    const started = Date.now();
    const r = spawnSync(process.execPath, ['--max-old-space-size=96', BIN, 'build', file, '--out', join(dir, 'out'), '--lang', 'en'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error [E_INPUT_TOO_LARGE]');
    expect(r.stderr).toContain('--ignore-memory-limit');
    expect(r.stderr).not.toContain('heap out of memory');
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
