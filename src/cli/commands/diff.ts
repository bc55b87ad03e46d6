/**
 * `kg diff OLD NEW`: what changed between two snapshots — entities and facts added and
 * removed, qualifiers that moved, claims that appeared or went (docs/exports.md#kg-diff).
 * Exits 0 whether or not anything changed, like `git diff`; --exit-code makes changes exit 1.
 */
import { resolve } from 'node:path';
import { Command } from 'commander';
import { diffSnapshots } from '../../diff/diff.js';
import { formatDiffText } from '../../diff/format.js';
import { UsageError } from '../../errors.js';
import { readSnapshot } from '../../snapshot/io.js';
import type { CliIO } from '../io.js';

interface DiffOptions {
  old?: string;
  new?: string;
  json?: boolean;
  exitCode?: boolean;
}

export function diffCommand(io: CliIO): Command {
  return new Command('diff')
    .description('Compare two snapshots: entities and facts added and removed, qualifiers changed (old → new), new claims on existing facts.')
    .argument('[old]', 'the earlier snapshot (graph.json)')
    .argument('[new]', 'the later snapshot (graph.json)')
    .option('--old <file>', 'the earlier snapshot, instead of the first argument')
    .option('--new <file>', 'the later snapshot, instead of the second argument (--snapshot is a synonym)')
    .option('--snapshot <file>', 'the later snapshot, compared with --old or the one argument')
    .option('--json', 'print the diff as JSON (documented in docs/exports.md)')
    .option('--exit-code', 'exit 1 when the snapshots differ (0 otherwise), for scripts and CI')
    .addHelpText(
      'after',
      '\nEntities and documents are matched by key, facts by edge key, claims by (doc, start, end, ruleId).\n' +
        'Exit code: 0 whether or not anything changed, unless --exit-code is given.\n\n' +
        'Example:\n  kg build seeds --out out/new && kg diff out/graph.json out/new/graph.json\n',
    )
    .action(async (first: string | undefined, second: string | undefined, options: DiffOptions & { snapshot?: string }) => {
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
    });
}
