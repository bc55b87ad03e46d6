/** What `kg diff` does once its options are parsed (../commands/diff.ts defines them). */
import { resolve } from 'node:path';
import { diffSnapshots } from '../../diff/diff.js';
import { formatDiffText } from '../../diff/format.js';
import { UsageError } from '../../errors.js';
import { readSnapshot } from '../../snapshot/io.js';
import type { DiffOptions } from '../commands/diff.js';
import type { CliIO } from '../io.js';

/** Prints the diff of the OLD and NEW snapshots; sets exit code 1 on changes with --exit-code. */
export async function runDiff(io: CliIO, first: string | undefined, second: string | undefined, options: DiffOptions): Promise<void> {
  const given = [first, second].filter((p): p is string => p !== undefined);
  const oldPath = options.old ?? given.shift();
  const newPath = options.new ?? options.snapshot ?? given.shift();
  if (oldPath === undefined || newPath === undefined || given.length > 0) {
    throw new UsageError('kg diff compares two snapshots: OLD and NEW', 'For example: kg diff out/graph.json out/new/graph.json (or --old FILE --snapshot FILE)');
  }
  const [before, after] = await Promise.all([readSnapshot(resolve(io.cwd, oldPath)), readSnapshot(resolve(io.cwd, newPath))]);
  const diff = diffSnapshots(before, after);
  if (options.json) io.stdout.write(`${JSON.stringify(diff, null, 2)}\n`);
  else io.stdout.write(formatDiffText(diff, { old: oldPath, new: newPath }));
  if (options.exitCode && !diff.identical) io.exitCode = 1;
}
