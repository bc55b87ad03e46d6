/** `kg eval --gold <file|dir> [SNAPSHOT]`: scores a snapshot against gold facts (docs/eval.md). */
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_SNAPSHOT_PATH } from '../../snapshot/default-path.js';
import type { CliIO } from '../io.js';

export interface EvalOptions {
  gold: string;
  snapshot?: string;
  json?: boolean;
  verbose?: boolean;
  minF1?: number;
  minPrecision?: number;
  minRecall?: number;
}

/** Thresholds are shares (0.8) or percentages (80, 80%). */
function parseShare(value: string): number {
  const percent = value.trim().endsWith('%');
  const n = Number(value.trim().replace(/%$/, ''));
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) {
    throw new InvalidArgumentError('expected a share such as 0.8 or a percentage such as 80');
  }
  return percent || n > 1 ? n / 100 : n;
}

export function evalCommand(io: CliIO): Command {
  return new Command('eval')
    .description('Score a snapshot against gold facts: precision, recall, F1, attribute accuracy and entity recall, per language and overall.')
    .argument('[snapshot]', `snapshot written by kg build (default ${DEFAULT_SNAPSHOT_PATH})`)
    .option('--snapshot <file>', 'the same as the positional SNAPSHOT')
    .requiredOption('--gold <file|dir>', 'gold JSON file, or a folder whose *.json gold files are concatenated')
    .option('--json', 'print the full report (overall, per language, per document) as JSON')
    .option('-v, --verbose', 'list misses, false positives (with rule id and evidence) and attribute disagreements per document')
    .addOption(new Option('--min-f1 <share>', 'exit 1 when overall F1 is below this (0.8 or 80)').argParser(parseShare))
    .addOption(new Option('--min-precision <share>', 'exit 1 when overall precision is below this').argParser(parseShare))
    .addOption(new Option('--min-recall <share>', 'exit 1 when overall recall is below this').argParser(parseShare))
    .addHelpText('after', '\nExample:\n  kg eval --gold seeds/seeds.gold.json out/graph.json --verbose\n')
    // Scoring is loaded when it runs: --help and other commands never need it.
    .action(async (positional: string | undefined, options: EvalOptions) => (await import('../run/eval.js')).runEval(io, positional, options));
}
