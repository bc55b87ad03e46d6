/** What `kg eval` does once its options are parsed (../commands/eval.ts defines them). */
import { resolve } from 'node:path';
import { formatEvalTable, formatEvalVerbose, formatRate } from '../../eval/format.js';
import { readGold } from '../../eval/read-gold.js';
import type { EvalMetrics } from '../../eval/report.js';
import { scoreSnapshot } from '../../eval/score.js';
import { findDuplicates, formatDuplicates } from '../../resolve/duplicates.js';
import { nameRules } from '../../resolve/name-rules.js';
import { readSnapshot } from '../../snapshot/io.js';
import { entityViews } from '../../snapshot/views.js';
import type { EvalOptions } from '../commands/eval.js';
import { type CliIO, println } from '../io.js';
import { snapshotPathOf } from '../snapshot-arg.js';

const THRESHOLDS: ReadonlyArray<[keyof EvalOptions, keyof EvalMetrics, string]> = [
  ['minF1', 'f1', 'F1'],
  ['minPrecision', 'precision', 'precision'],
  ['minRecall', 'recall', 'recall'],
];

/** Scores the snapshot against the gold facts and prints the report; sets exit code 1 below a --min-* threshold. */
export async function runEval(io: CliIO, positional: string | undefined, options: EvalOptions): Promise<void> {
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
}
