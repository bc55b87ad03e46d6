import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import graphology from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../src/snapshot/io.js';
import { loadSnapshot, SMALL_SNAPSHOT_PATH } from './fixtures.js';
import { runKg } from '../support/run-kg.js';

let workdir: string;
beforeAll(async () => {
  workdir = await mkdtemp(join(tmpdir(), 'kg-export-'));
  await mkdir(join(workdir, 'out'));
  await copyFile(SMALL_SNAPSHOT_PATH, join(workdir, 'out', 'graph.json'));
});
afterAll(async () => {
  await rm(workdir, { recursive: true, force: true });
});

describe('kg export', () => {
  it('writes GraphML to stdout from the default snapshot out/graph.json', async () => {
    const { code, stdout } = await runKg(['export', '--format', 'graphml'], { cwd: workdir });
    expect(code).toBe(0);
    expect(parseGraphml(graphology.MultiDirectedGraph, stdout).order).toBe(9);
  });

  it('takes the format from the --out extension and says what it wrote', async () => {
    const { code, stderr } = await runKg(['export', '--out', 'exports/graph.gexf'], { cwd: workdir });
    expect(code).toBe(0);
    expect(stderr).toContain('wrote gexf to exports/graph.gexf (5 entities, 1 topic, 5 facts)');
    const gexf = await readFile(join(workdir, 'exports', 'graph.gexf'), 'utf8');
    expect(parseGexf(graphology.MultiDirectedGraph, gexf).size).toBe(13);
  });

  it('writes JSON that is the snapshot again', async () => {
    const { stdout } = await runKg(['export', 'out/graph.json', '--format', 'json', '--out', '-'], { cwd: workdir });
    expect(parseSnapshot(JSON.parse(stdout))).toEqual(loadSnapshot(SMALL_SNAPSHOT_PATH));
  });

  it('writes the HTML viewer to a file with the given title', async () => {
    const { code } = await runKg(['export', '--format', 'html', '--out', 'view/graph.html', '--title', 'Meta & Scale'], { cwd: workdir });
    expect(code).toBe(0);
    const html = await readFile(join(workdir, 'view', 'graph.html'), 'utf8');
    expect(html).toContain('<title>Meta &amp; Scale</title>');
    expect(html).toContain('id="kg-data"');
  });

  it('writes a Cypher script to stdout', async () => {
    const { code, stdout } = await runKg(['export', '--format', 'cypher'], { cwd: workdir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/MERGE|CREATE/);
  });

  it('writes the CSV files into --out DIR and prints the neo4j-admin command to run there', async () => {
    const { code, stdout } = await runKg(['export', '--format', 'csv', '--out', 'csv'], { cwd: workdir });
    expect(code).toBe(0);
    const files = await readdir(join(workdir, 'csv'));
    expect(files).toContain('nodes_Entity.csv');
    expect(stdout).toContain('cd csv');
    expect(stdout).toContain('neo4j-admin database import full kg ');
    expect(stdout).toContain('a new database named kg');
    expect(stdout).toContain('This replaces nothing');
  });

  it('refuses html and csv without --out, and says what to pass', async () => {
    const html = await runKg(['export', '--format', 'html'], { cwd: workdir });
    expect(html.code).toBe(2);
    expect(html.stderr).toContain('--format html needs --out FILE');
    const csv = await runKg(['export', '--format', 'csv'], { cwd: workdir });
    expect(csv.stderr).toContain('--format csv needs --out DIR');
  });

  it('asks for a format it cannot infer, and rejects unknown ones', async () => {
    const none = await runKg(['export'], { cwd: workdir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no export format given');
    expect(none.stderr).toContain('--format json|graphml|gexf|cypher|csv|html');
    const bad = await runKg(['export', '--format', 'png'], { cwd: workdir });
    expect(bad.code).toBe(2);
  });

  it('reports a missing snapshot with what to do', async () => {
    const { code, stderr } = await runKg(['export', 'nope.json', '--format', 'gexf'], { cwd: workdir });
    expect(code).toBe(1);
    expect(stderr).toContain('snapshot not found');
    expect(stderr).toContain('kg build');
  });

  it('explains each format in --help', async () => {
    const { stdout } = await runKg(['export', '--help'], { cwd: workdir });
    for (const word of ['Gephi', 'neo4j-admin', 'cypher-shell', 'self-contained']) expect(stdout).toContain(word);
  });
});
