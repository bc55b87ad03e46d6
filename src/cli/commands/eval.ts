/** `kg eval --gold <file|dir> [SNAPSHOT]`: scores a snapshot against gold facts (docs/eval.md). */
import { resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { formatEvalTable, formatEvalVerbose, formatRate } from '../../eval/format.js';
import { readGold } from '../../eval/read-gold.js';
import type { EvalMetrics } from '../../eval/report.js';
import { scoreSnapshot } from '../../eval/score.js';
import { findDuplicates, formatDuplicates } from '../../resolve/duplicates.js';
import { nameRules } from '../../resolve/name-rules.js';
import { DEFAULT_SNAPSHOT_PATH, readSnapshot } from '../../snapshot/io.js';
import { entityViews } from '../../snapshot/views.js';
import { type CliIO, println } from '../io.js';
import { snapshotPathOf } from '../snapshot-arg.js';

interface EvalOptions {
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

const THRESHOLDS: ReadonlyArray<[keyof EvalOptions, keyof EvalMetrics, string]> = [
  ['minF1', 'f1', 'F1'],
  ['minPrecision', 'precision', 'precision'],
  ['minRecall', 'recall', 'recall'],
];

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
    .action(async (positional: string | undefined, options: EvalOptions) => {
      const snapshotPath = snapshotPathOf(positional, options.snapshot);
      const gold = await readGold(resolve(io.cwd, options.gold));
      const snapshot = await readSnapshot(resolve(io.cwd, snapshotPath));
      const report = scoreSnapshot(snapshot, gold);
      const entities = entityViews(snapshot);
      const duplicates = findDuplicates(entities, nameRules());

      if (options.json) {
        io.stdout.write(`${JSON.stringify({ ...report, duplicates }, null, 2)}\n`);
      } else {
        if (options.verbose) println(io.stdout, formatEvalVerbose(report));
        io.stdout.write(formatEvalTable(report));
        const names = new Map(entities.map((e) => [e.key, e.name]));
        for (const line of formatDuplicates(duplicates, names, options.verbose ? Infinity : 0)) println(io.stdout, line);
      }

      for (const name of report.missingDocuments) {
        println(io.stderr, `warning: gold document ${name} is not in the snapshot; its facts count as misses`);
      }
      for (const [option, metric, label] of THRESHOLDS) {
        const min = options[option] as number | undefined;
        if (min === undefined) continue;
        const value = report.overall[metric] as number | null;
        if (value === null || value < min) {
          println(io.stderr, `eval: ${label} ${formatRate(value)} is below the required ${formatRate(min)}`);
          io.exitCode = 1;
        }
      }
    });
}
