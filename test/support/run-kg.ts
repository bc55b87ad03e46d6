/** Runs kg in-process with captured output, as a user would see it. */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runKg(argv: string[], options: { cwd?: string; stdin?: string; env?: Record<string, string | undefined> } = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]),
    // The extraction cache goes to a folder of the test run, not the user's ~/.cache.
    env: { KG_CACHE_DIR: join(tmpdir(), 'kg-test-extraction-cache'), ...options.env },
    cwd: options.cwd ?? process.cwd(),
    exitCode: 0,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
