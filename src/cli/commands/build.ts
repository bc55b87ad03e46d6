/** `kg build`: inputs → out/graph.json, then a summary of what was found. */
import { Command, Option } from 'commander';
import { UsageError } from '../../errors.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/types.js';
import { supportedLanguages } from '../../lang/index.js';
import { DEFAULT_TIMEOUT_SECONDS, defaultLlmUrl, EXTRACTORS, type LlmCliOptions } from '../../llm/settings.js';
import type { CliIO } from '../io.js';

const MB = 1024 * 1024;

/** The options of `kg build` as commander parses them. */
export type BuildOptions = { out: string; lang?: string; lexicon?: string[]; maxSize: number; workers: number; quiet?: boolean; verbose?: boolean; ignoreMemoryLimit?: boolean; cache: boolean; cacheDir?: string } & LlmCliOptions;

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
    .option('-v, --verbose', 'also print the merges resolution made (by tier), names left apart as ties, and probable duplicate entities')
    .option('--ignore-memory-limit', 'build even when the input looks too large for the memory Node.js may use')
    .addHelpText('after', '\nExamples:\n  kg build seeds\n  kg build articles.jsonl --out snapshots/today\n  cat article.txt | kg build - --lang de\n')
    // The build itself is loaded when it runs: --help, --version and other commands never need it.
    .action(async (paths: string[], opts: BuildOptions) => (await import('../run/build.js')).runBuild(io, paths, opts));
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
