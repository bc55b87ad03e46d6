/** Runs kg in-process with captured output (shared by the export and diff command tests). */
import { Readable } from 'node:stream';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

export async function runKg(argv: string[], cwd = process.cwd()): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from([]),
    env: {},
    cwd,
    exitCode: 0,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
