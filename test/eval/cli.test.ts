import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKg } from '../support/run-kg.js';
import type { EvalReport } from '../../src/eval/report.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const SNAPSHOT = join(FIXTURES, 'snapshot.small.json');
const GOLD = join(FIXTURES, 'eval', 'small.gold.json');

const run = (argv: string[], cwd = process.cwd()) => runKg(argv, { cwd });

let workdir: string;
beforeAll(async () => {
  workdir = await mkdtemp(join(tmpdir(), 'kg-eval-'));
  await mkdir(join(workdir, 'out'));
  await copyFile(SNAPSHOT, join(workdir, 'out', 'graph.json'));
});
afterAll(async () => {
  await rm(workdir, { recursive: true, force: true });
});

// The small snapshot against small.gold.json: de 3 of 4 found, 3 correct of 3 predicted;
// tr 1/1, 1/1 (valuation missing); ar 1 of 2 found, 1 correct of 2 (CEO_OF is not in gold).
describe('kg eval', () => {
  it('prints a table per language and overall with micro-averaged rates', async () => {
    const { code, stdout } = await run(['eval', '--gold', GOLD, SNAPSHOT]);
    expect(code).toBe(0);
    const rows = Object.fromEntries(
      stdout
        .split('\n')
        .filter((l) => /^(ar|de|tr|all) /.test(l))
        .map((l) => [l.split(/\s+/)[0], l.split(/\s+/).slice(1)]),
    );
    expect(Object.keys(rows)).toEqual(['ar', 'de', 'tr', 'all']);
    // docs gold found predicted correct P R F1 attr entity
    expect(rows.de).toEqual(['1', '4', '3', '3', '3', '100.0%', '75.0%', '85.7%', '100.0%', '80.0%']);
    expect(rows.ar).toEqual(['1', '2', '1', '2', '1', '50.0%', '50.0%', '50.0%', '100.0%', '66.7%']);
    expect(rows.tr.slice(-2)).toEqual(['0.0%', '100.0%']);
    expect(rows.all).toEqual(['3', '7', '5', '6', '5', '83.3%', '71.4%', '76.9%', '75.0%', '80.0%']);
  });

  it('writes the same numbers and per-document details with --json', async () => {
    const { code, stdout } = await run(['eval', '--gold', GOLD, SNAPSHOT, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as EvalReport;
    expect(report.overall).toMatchObject({ predicted: 6, matchedPredicted: 5, goldFacts: 7, matchedGold: 5 });
    expect(report.overall.precision).toBeCloseTo(5 / 6, 10);
    expect(report.byLanguage.tr.attributeAccuracy).toBe(0);
    const ar = report.documents.find((d) => d.doc === 'ar.txt');
    expect(ar?.falsePositives.map((p) => p.evidence[0].ruleId)).toEqual(['ar.ceo.title']);
    expect(ar?.entityMisses).toEqual(['OpenAI']);
  });

  it('lists misses with evidence and false positives with rule and sentence under --verbose', async () => {
    const { stdout } = await run(['eval', '--gold', GOLD, SNAPSHOT, '--verbose']);
    expect(stdout).toContain('- Alexandr Wang FOUNDED Scale AI\n      evidence: Scale-AI-Gründer Alexandr Wang wechselt zu Meta.');
    expect(stdout).toMatch(/- Mark Zuckerberg CEO_OF Meta {2}rule ar\.ceo\.title\n {6}evidence: \S/);
    expect(stdout).toMatch(/Meta INVESTED_IN Scale AI \[US\$14 billion, valued at US\$29 billion\]: predicted \[US\$14 billion\]; wrong: valuation/);
    expect(stdout).toContain('entities not linked by MENTIONS (1): Nvidia');
    expect(stdout).not.toContain('PARTNERS_WITH'); // optional and not predicted: not a miss
  });

  it('reads out/graph.json from the working directory by default and accepts a gold folder', async () => {
    const { code, stdout } = await run(['eval', '--gold', join(FIXTURES, 'eval', 'gold-dir'), '--json'], workdir);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as EvalReport;
    expect(report.documents.map((d) => d.doc)).toEqual(['de.txt', 'ar.txt']);
    expect(report.overall).toMatchObject({ goldFacts: 2, matchedGold: 2 });
  });

  it('exits 1 when a --min threshold is not met, and 0 when it is', async () => {
    const failing = await run(['eval', '--gold', GOLD, SNAPSHOT, '--min-f1', '0.8', '--min-precision', '80']);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toContain('F1 76.9% is below the required 80.0%');
    expect(failing.stderr).not.toContain('precision');
    const passing = await run(['eval', '--gold', GOLD, SNAPSHOT, '--min-recall', '0.7', '--min-f1', '76%']);
    expect(passing.code).toBe(0);
    const percentSign = await run(['eval', '--gold', GOLD, SNAPSHOT, '--min-recall', '72%']);
    expect(percentSign.code).toBe(1);
    const bad = await run(['eval', '--gold', GOLD, SNAPSHOT, '--min-recall', 'high']);
    expect(bad.code).toBe(2);
  });

  it('warns about gold documents that are not in the snapshot', async () => {
    const { stderr } = await run(['eval', '--gold', join(FIXTURES, 'eval', 'gold-dir'), SNAPSHOT]);
    expect(stderr).toBe('');
    const other = await run(['eval', '--gold', GOLD, join(FIXTURES, 'eval', 'snapshot.de-only.json')]);
    expect(other.stderr).toContain('gold document tr.txt is not in the snapshot');
  });

  it('names the file and JSON path of a bad gold file, and explains a missing snapshot', async () => {
    const bad = await run(['eval', '--gold', join(FIXTURES, 'eval', 'bad', 'bad-relation.json'), SNAPSHOT]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/error \[E_GOLD\]: .*bad-relation\.json is not a gold file: \$\[0\]\.facts\[1\]\.relation/);
    const missing = await run(['eval', '--gold', GOLD, join(workdir, 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('error [E_SNAPSHOT]: snapshot not found');
    const noGold = await run(['eval', SNAPSHOT]);
    expect(noGold.code).toBe(2);
    expect(noGold.stderr).toContain("required option '--gold <file|dir>' not specified");
  });
});
