/**
 * `kg diff OLD NEW`: what changed between two snapshots — entities and facts added and
 * removed, qualifiers that moved, claims that appeared or went (docs/exports.md#kg-diff).
 * Exits 0 whether or not anything changed, like `git diff`; --exit-code makes changes exit 1.
 */
import { Command } from 'commander';
import type { CliIO } from '../io.js';

export interface DiffOptions {
  old?: string;
  new?: string;
  json?: boolean;
  exitCode?: boolean;
  snapshot?: string;
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
    // Comparing is loaded when it runs: --help and other commands never need it.
    .action(async (first: string | undefined, second: string | undefined, options: DiffOptions) => (await import('../run/diff.js')).runDiff(io, first, second, options));
}
