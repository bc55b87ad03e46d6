import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildFromPaths } from '../../src/pipeline/index.js';
import { parseSnapshot } from '../../src/snapshot/io.js';
import { documentViews, entityViews, factViews } from '../../src/snapshot/views.js';
import { runKg } from '../support/run-kg.js';
import { completion, startFakeServer, userText, type FakeServer } from './fake-openai.js';

const KEY = 'sk-kg-test-8d2f77a1-do-not-print';
const GOOD_TEXT = 'Meta investiert 14,3 Milliarden US-Dollar in Scale AI.\nMark Zuckerberg, CEO von Meta, bestätigte den Deal.\n';
const BAD_TEXT = 'Jason Droege ist Interims-CEO von Scale AI.\n';

const GOOD_REPLY = {
  entities: [
    { name: 'Meta', type: 'Organization', sentence: 0, text: 'Meta' },
    { name: 'Scale AI', type: 'Organization', sentence: 0, text: 'Scale AI' },
    { name: 'Mark Zuckerberg', type: 'Person', sentence: 1, text: 'Mark Zuckerberg' },
    { name: 'Meta', type: 'Organization', sentence: 1, text: 'Meta' },
  ],
  claims: [
    { relation: 'INVESTED_IN', subject: 'Meta', object: 'Scale AI', sentence: 0, amount: 14.3e9, currency: 'USD' },
    { relation: 'CEO_OF', subject: 'Mark Zuckerberg', object: 'Meta', sentence: 1 },
  ],
};

/** The article about Droege gets a reply that is not JSON; the other a good one. */
const handler = (req: Parameters<Parameters<FakeServer['setHandler']>[0]>[0]) =>
  userText(req).includes('Droege') ? completion('{"entities": [{"name": "Jason Droege"') : completion(GOOD_REPLY);

let server: FakeServer;
let dir: string;
beforeAll(async () => {
  server = await startFakeServer(handler);
});
afterAll(() => server.close());
beforeEach(async () => {
  server.setHandler(handler);
  server.requests.length = 0;
  dir = await mkdtemp(join(tmpdir(), 'kg-llm-'));
  await mkdir(join(dir, 'in'));
  await writeFile(join(dir, 'in', 'a-good.txt'), GOOD_TEXT);
  await writeFile(join(dir, 'in', 'b-bad.txt'), BAD_TEXT);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('buildFromPaths with the llm extractor', () => {
  it('keeps a document whose reply broke the schema as an issue, without facts, and builds the others', async () => {
    const r = await buildFromPaths([join(dir, 'in')], { extractor: 'llm', llm: { baseUrl: server.baseUrl, model: 'm' }, lang: 'de' });
    expect(server.requests).toHaveLength(2);
    const bad = join(dir, 'in', 'b-bad.txt');
    expect(r.issues).toEqual([{ code: 'llm-reply', where: bad, message: expect.stringMatching(/the model's reply did not follow the schema: it is not JSON/u) }]);
    expect(r.issues[0].message.startsWith(`${bad}: the model's reply did not follow the schema: `)).toBe(true);
    expect(r.snapshot.attributes.extractor).toBe('llm');
    expect(documentViews(r.snapshot).map((d) => d.path).sort()).toEqual([join(dir, 'in', 'a-good.txt'), bad]);
    expect(entityViews(r.snapshot).map((e) => e.name)).not.toContain('Jason Droege');
    const facts = factViews(r.snapshot);
    expect(facts.map((f) => f.key).sort()).toEqual(['CEO_OF:person:mark-zuckerberg->organization:meta', 'INVESTED_IN:organization:meta->organization:scale-ai']);
    expect(facts.find((f) => f.type === 'INVESTED_IN')?.claims[0]).toMatchObject({ ruleId: 'de.invested_in.llm', amount: 14.3e9, subjectText: 'Meta', objectText: 'Scale AI' });
  });

  it('stops the build when the server does not answer in time', async () => {
    server.setHandler(() => 'hang');
    await expect(buildFromPaths([join(dir, 'in')], { extractor: 'llm', llm: { baseUrl: server.baseUrl, model: 'm', timeoutMs: 200 } })).rejects.toMatchObject({ code: 'E_LLM_UNAVAILABLE' });
  });

  it('records the rules extractor by default', async () => {
    const r = await buildFromPaths([join(dir, 'in')]);
    expect(r.snapshot.attributes.extractor).toBe('rules');
    expect(server.requests).toHaveLength(0);
  });
});

describe('kg build --extractor llm', () => {
  it('writes a valid snapshot whose extractor is llm, with the key sent but never printed', async () => {
    const r = await runKg(['build', 'in', '--extractor', 'llm', '--llm-url', server.baseUrl, '--llm-model', 'qwen2.5:7b'], { cwd: dir, env: { KG_LLM_API_KEY: KEY } });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning \[llm-reply\]: .*b-bad\.txt: the model's reply did not follow the schema/u);
    expect(r.stdout).toMatch(/wrote out\/graph\.json: 2 documents/u);
    expect(`${r.stdout}${r.stderr}`).not.toContain(KEY);
    expect(server.requests.every((q) => q.headers.authorization === `Bearer ${KEY}` && q.body.model === 'qwen2.5:7b')).toBe(true);
    const snap = parseSnapshot(JSON.parse(await readFile(join(dir, 'out', 'graph.json'), 'utf8')));
    expect(snap.attributes.extractor).toBe('llm');
    expect(factViews(snap).map((f) => f.type).sort()).toEqual(['CEO_OF', 'INVESTED_IN']);
  });

  it('takes the URL and model from KG_LLM_URL and KG_LLM_MODEL, and the key from OPENAI_API_KEY', async () => {
    const r = await runKg(['build', 'in', '--extractor', 'llm', '--quiet'], { cwd: dir, env: { KG_LLM_URL: server.baseUrl, KG_LLM_MODEL: 'from-env', OPENAI_API_KEY: KEY } });
    expect(r.code).toBe(0);
    expect(server.requests[0].body.model).toBe('from-env');
    expect(server.requests[0].headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('exits with E_LLM_AUTH on a refused key, without printing the key', async () => {
    server.setHandler(() => ({ status: 401, json: { error: { message: `Incorrect API key provided: ${KEY}` } } }));
    const r = await runKg(['build', 'in', '--extractor', 'llm', '--llm-url', server.baseUrl, '--llm-model', 'm'], { cwd: dir, env: { KG_LLM_API_KEY: KEY } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error [E_LLM_AUTH]');
    expect(r.stderr).toContain('KG_LLM_API_KEY');
    expect(`${r.stdout}${r.stderr}`).not.toContain(KEY);
  });

  it('needs a model, and accepts only the known extractors', async () => {
    const noModel = await runKg(['build', 'in', '--extractor', 'llm', '--llm-url', server.baseUrl], { cwd: dir, env: {} });
    expect(noModel.code).toBe(2);
    expect(noModel.stderr).toContain('--llm-model');
    const unknown = await runKg(['build', 'in', '--extractor', 'gpt'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/rules, llm/u);
    expect(server.requests).toHaveLength(0);
  });
});
