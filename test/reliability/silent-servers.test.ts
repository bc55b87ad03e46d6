/**
 * Row 2: a server that accepts the connection and the login and then never answers.
 * A fake Bolt server (support/fake-bolt.ts) stands in for Neo4j; a raw HTTP server that
 * sends headers and then nothing stands in for an LLM endpoint. Every call must end within
 * its bound with E_NEO4J_TIMEOUT (or the LLM's timeout error), and the process must exit.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKg } from '../support/run-kg.js';
import { startFakeBolt, type FakeBolt } from './support/fake-bolt.js';
import { BIN, expectNoInternal, SEEDS, tempDir } from './support/helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
let snapshot: string;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('silent'));
  expect((await runKg(['build', SEEDS, '--out', dir, '--quiet'])).code).toBe(0);
  snapshot = join(dir, 'graph.json');
});
afterAll(async () => cleanup());

async function withBolt<T>(answerRuns: number, work: (bolt: FakeBolt) => Promise<T>): Promise<T> {
  const bolt = await startFakeBolt({ answerRuns });
  try {
    return await work(bolt);
  } finally {
    await bolt.close();
  }
}

// Concurrent: each test mostly waits out a timeout of its own fake server.
describe.concurrent('row 2: Neo4j that logs in and then goes silent', () => {
  it.each([
    ['load', (uri: string) => ['load', snapshot, '--uri', uri, '--neo4j-timeout', '1']],
    ['entity --neo4j', (uri: string) => ['entity', 'Meta', '--neo4j', '--uri', uri, '--neo4j-timeout', '1']],
    ['ask --neo4j', (uri: string) => ['ask', 'Who invested in Scale AI?', '--neo4j', '--uri', uri, '--neo4j-timeout', '1']],
  ])('kg %s ends with E_NEO4J_TIMEOUT after the bound', async (_, argv) => {
    await withBolt(1, async (bolt) => {
      const started = Date.now();
      const r = await runKg(argv(bolt.uri));
      expectNoInternal(r);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('error [E_NEO4J_TIMEOUT]');
      expect(r.stderr).toContain('did not answer a statement within 1 s');
      expect(Date.now() - started).toBeLessThan(10_000);
    });
  });

  it('a load that stops half-way says how many batches were loaded', async () => {
    // Answered: RETURN 1, the schema statements and the index wait, then one batch.
    const schemaRuns = 1 + (await import('../../src/neo4j/statements.js')).SCHEMA_STATEMENTS.length + 1;
    await withBolt(schemaRuns + 1, async (bolt) => {
      const r = await runKg(['load', snapshot, '--uri', bolt.uri, '--batch-size', '10'], { env: { KG_NEO4J_TIMEOUT: '1' } });
      expectNoInternal(r);
      expect(r.stderr).toContain('error [E_NEO4J_TIMEOUT]');
      expect(r.stderr).toMatch(/; 1 of \d+ batches were loaded/u);
    });
  });

  it('the kg process exits by itself after the timeout (no socket keeps it alive)', async () => {
    await withBolt(1, async (bolt) => {
      const started = Date.now();
      const child = spawn(process.execPath, [BIN, 'load', snapshot, '--uri', bolt.uri, '--neo4j-timeout', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (c) => (stderr += c));
      const code = await new Promise<number | null>((resolve) => {
        const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
        child.on('exit', (c) => {
          clearTimeout(killer);
          resolve(c);
        });
      });
      expect(code).toBe(1);
      expect(stderr).toContain('E_NEO4J_TIMEOUT');
      expect(Date.now() - started).toBeLessThan(15_000);
    });
  });

  it('a bad --neo4j-timeout is a usage error', async () => {
    const r = await runKg(['load', snapshot, '--neo4j-timeout', 'soon']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--neo4j-timeout expects a positive number of seconds');
  });
});

describe('row 2 (LLM): an endpoint that sends headers and then nothing', () => {
  it('kg build --extractor llm ends after --llm-timeout with a clear error', async () => {
    const sockets = new Set<import('node:net').Socket>();
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"choices": [');
    });
    server.on('connection', (s) => sockets.add(s));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const started = Date.now();
      const r = await runKg(['build', SEEDS, '--out', join(dir, 'llm'), '--extractor', 'llm', '--llm-model', 'm', '--llm-url', `http://127.0.0.1:${port}/v1`, '--llm-timeout', '1']);
      expectNoInternal(r);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain('did not answer within 1 s');
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
