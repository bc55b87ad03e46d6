/** What `kg build` does once its options are parsed (./commands/build.ts defines them). */
import { lstat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { MissingInputError, NoInputError, UsageError } from '../../errors.js';
import { explainSkipped } from '../../ingest/index.js';
import { FALLBACK_LANGUAGE, supportedLanguages } from '../../lang/index.js';
import { QUALIFIER_KEYS } from '../../model/qualifiers.js';
import { llmSettingsFrom } from '../../llm/settings.js';
import { formatQualifiers } from '../../model/format.js';
import { createProgress, type Progress } from '../../progress.js';
import { buildFromPaths, type BuildResult } from '../../pipeline/index.js';
import { lockFolder } from '../../io/lock.js';
import { prepareOutputFolder } from '../../io/output.js';
import { defaultCacheDir } from '../../pipeline/cache.js';
import { readSnapshot } from '../../snapshot/io.js';
import type { Snapshot } from '../../snapshot/schema.js';
import { summarySnapshot, writeSnapshotParts } from '../../snapshot/write.js';
import { formatCounts } from '../../snapshot/counts.js';
import { documentViews, entityViews, factViews, snapshotCounts } from '../../snapshot/views.js';
import { findDuplicates, formatDuplicates } from '../../resolve/duplicates.js';
import { nameRules } from '../../resolve/name-rules.js';
import type { PreviousEntity } from '../../resolve/resolve.js';
import { type CliIO, println } from '../io.js';
import { oneLine } from '../../terminal.js';
import type { BuildOptions } from '../commands/build.js';

const MB = 1024 * 1024;
/** Facts shown in the summary, those with the most sources first. */
const TOP_FACTS = 6;
/** Names listed per merge tier and duplicate pairs listed by --verbose. */
const TOP_MERGES = 12;
const TOP_DUPLICATES = 30;

/** Builds the snapshot from `paths` and prints the summary; throws KgErrors for bad input. */
export async function runBuild(io: CliIO, paths: string[], opts: BuildOptions): Promise<void> {
  if (opts.lang !== undefined && !/^[a-z]{2,3}$/u.test(opts.lang)) {
    throw new UsageError(`--lang expects an ISO 639-1 code such as de or tr, not "${opts.lang}"`, `Languages with a pack: ${supportedLanguages().join(', ')}`);
  }
  await assertNamedInputsExist(paths, io.cwd);
  const packs = supportedLanguages();
  if (opts.lang !== undefined && !packs.includes(opts.lang)) {
    io.stderr.write(`warning [no-pack]: kg has no language pack for --lang ${opts.lang}; every document is read with the ${FALLBACK_LANGUAGE} pack (packs: ${packs.join(', ')})\n`);
  }
  const llm = llmSettingsFrom(opts, io.env);
  // Checked and locked before the work: a bad --out or a second build into it fails at once.
  const outFolder = resolve(io.cwd, opts.out);
  await prepareOutputFolder(outFolder);
  await using _lock = await lockFolder(outFolder);
  const started = performance.now();
  let bar: Progress | undefined;
  let extracted = 0;
  const outPath = join(opts.out, 'graph.json');
  const result = await buildFromPaths(paths, {
    previous: await previousEntities(resolve(io.cwd, outPath)),
    lang: opts.lang,
    maxBytes: Math.round(opts.maxSize * MB),
    stdin: io.stdin,
    cwd: io.cwd,
    lexiconFiles: opts.lexicon?.map((f) => resolve(io.cwd, f)),
    workers: opts.workers,
    ignoreMemoryLimit: opts.ignoreMemoryLimit,
    // The LLM extract stage has no cache: its output depends on a server kg does not fingerprint.
    cacheDir: opts.cache && opts.extractor !== 'llm' ? resolve(io.cwd, opts.cacheDir ?? defaultCacheDir(io.env)) : undefined,
    extractor: opts.extractor,
    llm,
    // Builds from paths count bytes of input (the total comes from the files' sizes).
    onProgress: (done, total) => {
      bar ??= createProgress(io.stderr, total);
      bar.tick(`reading and extracting ${byteSize(done)} of ${byteSize(total)}`, done - extracted);
      extracted = done;
    },
  });
  bar?.done();
  for (const issue of result.issues) io.stderr.write(`warning [${issue.code}]: ${oneLine(issue.message)}\n`);
  if (opts.lang === undefined) warnUnpackedLanguages(io, summarySnapshot(result.parts));
  if (result.documents.length === 0) {
    throw new NoInputError(
      `no document could be read from ${paths.join(', ')}${result.issues.length ? ` (${result.issues.length} problem${result.issues.length === 1 ? '' : 's'} above)` : ''}`,
      'Pass .txt, .md or .jsonl files or folders that contain them, e.g. kg build seeds',
    );
  }
  // Streamed from the graph's parts: no second copy of the graph and no whole JSON text in memory.
  await writeSnapshotParts(result.parts, resolve(io.cwd, outPath));
  const summary = summarySnapshot(result.parts);
  if (!opts.quiet) printSummary(io, result, summary);
  if (opts.verbose) printResolution(io, result, summary);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  println(io.stdout, `wrote ${outPath}: ${formatCounts(snapshotCounts(summary))} in ${seconds}s`);
}

function count<T>(xs: readonly T[], key: (x: T) => string): string {
  const m = new Map<string, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(', ');
}

/** "2 versions replaced, 1 duplicate, 3 near-copies of 1 story", or '' when every article was read once. */
export function articleCounts(r: Pick<BuildResult, 'issues' | 'documents'>): string {
  const superseded = r.issues.filter((i) => i.code === 'superseded').length;
  const duplicates = r.issues.filter((i) => i.code === 'duplicate').length;
  const copies = r.documents.filter((d) => d.copyOf !== undefined);
  const stories = new Set(copies.map((d) => d.copyOf)).size;
  const parts: string[] = [];
  if (superseded) parts.push(`${superseded} version${superseded === 1 ? '' : 's'} replaced by a later one`);
  if (duplicates) parts.push(`${duplicates} duplicate${duplicates === 1 ? '' : 's'} read once`);
  if (copies.length) parts.push(`${copies.length} near-cop${copies.length === 1 ? 'y' : 'ies'} of ${stories} stor${stories === 1 ? 'y' : 'ies'} counted as one source each`);
  return parts.join(', ');
}

/** `snapshot`: the build's summarySnapshot (nodes and facts; MENTIONS edges are not needed here). */
function printSummary(io: CliIO, r: BuildResult, snapshot: Snapshot): void {
  const out = io.stdout;
  const docs = documentViews(snapshot);
  const all = entityViews(snapshot);
  const entities = all.filter((e) => e.type !== 'Topic');
  const facts = factViews(snapshot);
  const claims = facts.reduce((n, f) => n + f.claims.length, 0);
  println(out, `documents  ${docs.length} (${count(docs, (d) => d.lang)})`);
  const topics = all.length - entities.length;
  println(out, `entities   ${entities.length} (${count(entities, (e) => e.type)})${topics ? `, and ${plural(topics, 'topic')}` : ''}`);
  println(out, `facts      ${facts.length} (${count(facts, (f) => f.type)})`);
  println(out, `           from ${plural(claims, 'claim')}: a claim is one sentence stating a fact; a fact merges its claims from every document`);
  // Edges that only deny, hedge or rumour a relation are kept, never counted as done.
  const unasserted = facts.filter((f) => f.status !== undefined);
  if (unasserted.length) println(out, `not facts  ${plural(unasserted.length, 'relation')} only denied, hedged or rumoured (${count(unasserted, (f) => f.status!.replace('_', ' '))})`);
  const versions = articleCounts(r);
  if (versions) println(out, `articles   ${versions}`);
  const top = [...entities].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)).slice(0, 8);
  println(out, `most named ${top.map((e) => `${e.name} (${e.mentions})`).join(', ')}`);
  println(out, '           (mentions: how often any name of the entity occurs in the articles)');
  const names = new Map(all.map((e) => [e.key, e.name]));
  const best = facts.filter((f) => f.status === undefined).sort((a, b) => b.sources - a.sources || b.claims.length - a.claims.length || a.key.localeCompare(b.key)).slice(0, TOP_FACTS);
  if (best.length) println(out, 'top facts  (sources: documents that state the fact)');
  for (const f of best) {
    const q = formatQualifiers(f);
    const sources = `${plural(f.sources, 'source')}${f.conflict ? ', sources disagree' : ''}`;
    println(out, `  ${names.get(f.source)} ${f.type} ${names.get(f.target)}${q ? `: ${q}` : ''} (${sources})`);
  }
  const conflicts = facts.filter((f) => f.conflict);
  if (conflicts.length) {
    println(out, `sources disagree on ${plural(conflicts.length, 'fact')} (their claims state different values; kg keeps each with its sources):`);
    for (const f of conflicts.slice(0, TOP_FACTS)) {
      const on = disagreeingQualifiers(f.claims as unknown as Array<Record<string, unknown>>);
      println(out, `  ${names.get(f.source)} ${f.type} ${names.get(f.target)}${on.length ? ` (${on.join(', ')})` : ''}`);
    }
    if (conflicts.length > TOP_FACTS) println(out, `  … and ${conflicts.length - TOP_FACTS} more (kg diff and the viewer's "conflicts only" list them all)`);
  }
  if (r.cache) println(out, `cache      ${r.cache.hits} of ${plural(docs.length, 'extraction')} reused (kg build --no-cache bypasses it)${r.cache.corrupt ? `, ${r.cache.corrupt} damaged entries redone` : ''}`);
  const skipped = explainSkipped(r.skipped);
  if (skipped) println(out, skipped);
  if (r.issues.length) println(out, `problems   ${plural(r.issues.length, 'input')} skipped or reported (see warnings above)`);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * A path named on the command line that does not exist is an error before any work, not a
 * warning: the user meant that file. Inside folders a vanished file stays a warning.
 */
async function assertNamedInputsExist(paths: readonly string[], cwd: string): Promise<void> {
  const missing: string[] = [];
  for (const p of paths) {
    if (p === '-') continue;
    // lstat: a broken symbolic link exists and is reported by the walk with its own message.
    if (!(await lstat(resolve(cwd, p)).then(() => true, () => false))) missing.push(p);
  }
  if (missing.length > 0) {
    throw new MissingInputError(
      `${missing.length === 1 ? 'no such file or folder' : 'no such files or folders'}: ${missing.join(', ')} (relative paths are read from ${cwd})`,
      'Check the path; kg build reads .txt, .md and .jsonl files and folders of them, e.g. kg build seeds',
    );
  }
}

/** Documents tagged with a language kg has no pack for (JSONL "lang"): one warning per language. */
function warnUnpackedLanguages(io: CliIO, snapshot: Snapshot): void {
  const packs = new Set(supportedLanguages());
  const byLang = new Map<string, string[]>();
  for (const d of documentViews(snapshot)) {
    if (packs.has(d.lang) || d.lang === 'und') continue;
    const list = byLang.get(d.lang) ?? [];
    list.push(d.path);
    byLang.set(d.lang, list);
  }
  for (const [lang, docs] of byLang) {
    const where = docs.length === 1 ? docs[0] : `${docs[0]} and ${docs.length - 1} more`;
    io.stderr.write(`warning [no-pack]: kg has no language pack for "${lang}" (${plural(docs.length, 'document')}: ${where}); they were read with the ${FALLBACK_LANGUAGE} pack (packs: ${[...packs].join(', ')})\n`);
  }
}

/** The qualifiers whose values differ between the claims of a fact ("amount", "stake"). */
function disagreeingQualifiers(claims: ReadonlyArray<Record<string, unknown>>): string[] {
  return QUALIFIER_KEYS.filter((k) => k !== 'currency' && new Set(claims.map((c) => c[k]).filter((v) => v !== undefined)).size > 1);
}

/** The entities of the snapshot a build replaces, so their keys survive; none if there is no readable one. */
async function previousEntities(path: string): Promise<PreviousEntity[] | undefined> {
  try {
    const snapshot = await readSnapshot(path);
    return entityViews(snapshot).map((e) => ({ key: e.key, type: e.type, names: [e.name, ...e.aliases] }));
  } catch {
    // No snapshot yet, or one kg cannot read: the build names every entity afresh.
    return undefined;
  }
}

/** How many entities each tier merged, the names left apart as ties, and probable duplicates left. */
function printResolution(io: CliIO, r: BuildResult, snapshot: Snapshot): void {
  const out = io.stdout;
  const all = entityViews(snapshot);
  const byTier = new Map<string, string[]>();
  for (const e of all) for (const t of e.mergedBy ?? []) byTier.set(t, [...(byTier.get(t) ?? []), e.name]);
  println(out, `merged by  ${[...byTier].map(([t, names]) => `${t} ${names.length}`).join(', ') || 'nothing'}`);
  for (const [t, names] of byTier) println(out, `  ${t}: ${names.slice(0, TOP_MERGES).join(', ')}${names.length > TOP_MERGES ? ', …' : ''}`);
  const names = new Map(all.map((e) => [e.key, e.name]));
  const ties = r.ties ?? [];
  if (ties.length) println(out, `ties       ${ties.length} name${ties.length === 1 ? '' : 's'} left apart (several candidates fit)`);
  for (const t of ties) println(out, `  ${t.type} "${t.name}" (${t.tier}): ${t.candidates.map((c) => names.get(c) ?? c).join(' | ')}`);
  for (const line of formatDuplicates(findDuplicates(all, nameRules()), names, TOP_DUPLICATES)) println(out, line);
}

/** Bytes for a progress line in the unit that shows them best: "812 B", "4.2 kB", "1.3 MB". */
function byteSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < MB) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / MB).toFixed(1)} MB`;
}
