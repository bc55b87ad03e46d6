/** `kg build`: inputs → out/graph.json, then a summary of what was found. */
import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { NoInputError, UsageError } from '../../errors.js';
import { DEFAULT_MAX_BYTES, describeSkipped } from '../../ingest/index.js';
import { supportedLanguages } from '../../lang/index.js';
import { DEFAULT_TIMEOUT_SECONDS, defaultLlmUrl, EXTRACTORS, llmSettingsFrom, type LlmCliOptions } from '../../llm/settings.js';
import { formatQualifiers } from '../../model/format.js';
import { createProgress, type Progress } from '../../progress.js';
import { buildFromPaths, type BuildResult } from '../../pipeline/index.js';
import { defaultCacheDir } from '../../pipeline/cache.js';
import { writeSnapshot } from '../../snapshot/io.js';
import { documentViews, entityViews, factViews } from '../../snapshot/views.js';
import { type CliIO, println } from '../io.js';

const MB = 1024 * 1024;
/** Facts shown in the summary, those with the most sources first. */
const TOP_FACTS = 6;

export function buildCommand(io: CliIO): Command {
  return new Command('build')
    .description('Build the knowledge graph from articles and write DIR/graph.json (the snapshot).')
    .argument('<paths...>', 'files or folders of .txt, .md and .jsonl articles (folders are read recursively); - reads standard input')
    .option('-o, --out <dir>', 'folder for graph.json', 'out')
    .option('-l, --lang <code>', `language of every document (ISO 639-1), instead of detecting it; packs: ${supportedLanguages().join(', ')}`)
    .option('--lexicon <file...>', 'extra gazetteer files of entities and aliases (JSON, see docs/lexicon.md)')
    .addOption(new Option('--max-size <MB>', 'skip files larger than this many megabytes').default(DEFAULT_MAX_BYTES / MB).argParser(parsePositive))
    .addOption(new Option('--workers <n>', 'worker threads for extraction (0: one per core when the input is large)').default(0).argParser(parseCount))
    .addOption(new Option('--extractor <name>', 'extract stage: rules (offline) or llm (an OpenAI-compatible server, see docs/llm.md)').choices(EXTRACTORS).default('rules'))
    .option('--llm-url <url>', 'base URL of the OpenAI-compatible API for --extractor llm (env KG_LLM_URL); the key comes from KG_LLM_API_KEY', defaultLlmUrl(io.env))
    .option('--llm-model <name>', 'model for --extractor llm (env KG_LLM_MODEL)', io.env.KG_LLM_MODEL)
    .addOption(new Option('--llm-timeout <seconds>', 'seconds to wait for each model reply').default(DEFAULT_TIMEOUT_SECONDS).argParser(Number))
    .option('--cache-dir <dir>', 'folder of the extraction cache (default: $KG_CACHE_DIR, else $XDG_CACHE_HOME/kg/extractions, else ~/.cache/kg/extractions)')
    .option('--no-cache', 'extract every document again, neither reading nor writing the extraction cache')
    .option('--quiet', 'print only problems and the final line')
    .addHelpText('after', '\nExamples:\n  kg build seeds\n  kg build articles.jsonl --out snapshots/today\n  cat article.txt | kg build - --lang de\n')
    .action(async (paths: string[], opts: { out: string; lang?: string; lexicon?: string[]; maxSize: number; workers: number; quiet?: boolean; cache: boolean; cacheDir?: string } & LlmCliOptions) => {
      if (opts.lang !== undefined && !/^[a-z]{2,3}$/u.test(opts.lang)) {
        throw new UsageError(`--lang expects an ISO 639-1 code such as de or tr, not "${opts.lang}"`, `Languages with a pack: ${supportedLanguages().join(', ')}`);
      }
      const llm = llmSettingsFrom(opts, io.env);
      const started = performance.now();
      let bar: Progress | undefined;
      let extracted = 0;
      const result = await buildFromPaths(paths, {
        lang: opts.lang,
        maxBytes: Math.round(opts.maxSize * MB),
        stdin: io.stdin,
        cwd: io.cwd,
        lexiconFiles: opts.lexicon?.map((f) => resolve(io.cwd, f)),
        workers: opts.workers,
        // The LLM extract stage has no cache: its output depends on a server kg does not fingerprint.
        cacheDir: opts.cache && opts.extractor !== 'llm' ? resolve(io.cwd, opts.cacheDir ?? defaultCacheDir(io.env)) : undefined,
        extractor: opts.extractor,
        llm,
        onProgress: (done, total) => {
          bar ??= createProgress(io.stderr, total);
          bar.tick(`extracting ${done}/${total} documents`, done - extracted);
          extracted = done;
        },
      });
      bar?.done();
      for (const issue of result.issues) io.stderr.write(`warning [${issue.code}]: ${issue.message}\n`);
      if (result.documents.length === 0) {
        throw new NoInputError(
          `no document could be read from ${paths.join(', ')}${result.issues.length ? ` (${result.issues.length} problem${result.issues.length === 1 ? '' : 's'} above)` : ''}`,
          'Pass .txt, .md or .jsonl files or folders that contain them, e.g. kg build seeds',
        );
      }
      const outPath = join(opts.out, 'graph.json');
      await writeSnapshot(result.snapshot, resolve(io.cwd, outPath));
      if (!opts.quiet) printSummary(io, result);
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      const facts = factViews(result.snapshot).length;
      const entities = entityViews(result.snapshot).filter((e) => e.type !== 'Topic').length;
      println(io.stdout, `wrote ${outPath}: ${result.documents.length} documents, ${entities} entities, ${facts} facts in ${seconds}s`);
    });
}

function parseCount(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--workers expects a whole number (0 for automatic), not "${v}"`);
  return n;
}

function parsePositive(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--max-size expects a positive number of megabytes, not "${v}"`);
  return n;
}

function count<T>(xs: readonly T[], key: (x: T) => string): string {
  const m = new Map<string, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(', ');
}

function printSummary(io: CliIO, r: BuildResult): void {
  const out = io.stdout;
  const docs = documentViews(r.snapshot);
  const all = entityViews(r.snapshot);
  const entities = all.filter((e) => e.type !== 'Topic');
  const facts = factViews(r.snapshot);
  println(out, `documents  ${docs.length} (${count(docs, (d) => d.lang)})`);
  println(out, `entities   ${entities.length} (${count(entities, (e) => e.type)})`);
  println(out, `facts      ${facts.length} (${count(facts, (f) => f.type)}), ${facts.reduce((n, f) => n + f.claims.length, 0)} claims`);
  const top = [...entities].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)).slice(0, 8);
  println(out, `most named ${top.map((e) => `${e.name} (${e.mentions})`).join(', ')}`);
  const names = new Map(all.map((e) => [e.key, e.name]));
  const best = [...facts].sort((a, b) => b.sources - a.sources || b.claims.length - a.claims.length || a.key.localeCompare(b.key)).slice(0, TOP_FACTS);
  if (best.length) println(out, 'top facts');
  for (const f of best) {
    const q = formatQualifiers(f);
    const sources = `${f.sources} source${f.sources === 1 ? '' : 's'}${f.conflict ? ', sources disagree' : ''}`;
    println(out, `  ${names.get(f.source)} ${f.type} ${names.get(f.target)}${q ? `: ${q}` : ''} (${sources})`);
  }
  const conflicts = facts.filter((f) => f.conflict);
  if (conflicts.length) println(out, `sources disagree on ${conflicts.length} fact${conflicts.length === 1 ? '' : 's'}`);
  if (r.cache) println(out, `cache      ${r.cache.hits} of ${docs.length} extractions reused${r.cache.corrupt ? `, ${r.cache.corrupt} damaged entries redone` : ''}`);
  const skipped = describeSkipped(r.skipped);
  if (skipped) println(out, skipped);
  if (r.issues.length) println(out, `problems   ${r.issues.length} input${r.issues.length === 1 ? '' : 's'} skipped or reported (see warnings above)`);
}
