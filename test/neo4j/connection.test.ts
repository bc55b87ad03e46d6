import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { isKgError, type KgError } from '../../src/errors.js';
import {
  addNeo4jOptions,
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_NEO4J_PASSWORD,
  DEFAULT_NEO4J_URI,
  openNeo4j,
  resolveNeo4jOptions,
} from '../../src/neo4j/connection.js';
import { CREDENTIALS_EXPIRED, DATABASE_NOT_FOUND, mapNeo4jError, UNAUTHORIZED } from '../../src/neo4j/error-map.js';
import { freePort, startFakeBoltServer, startSilentServer } from './fake-bolt-server.js';

const SECRET = 'hunter2-very-secret';

async function openError(...args: Parameters<typeof openNeo4j>): Promise<KgError> {
  try {
    const conn = await openNeo4j(...args);
    await conn.close();
  } catch (err) {
    expect(isKgError(err)).toBe(true);
    return err as KgError;
  }
  throw new Error('openNeo4j succeeded where it should have failed');
}

function expectNoSecret(err: KgError): void {
  expect(`${err.message}\n${err.hint ?? ''}`).not.toContain(SECRET);
}

describe('resolveNeo4jOptions', () => {
  it('uses flags over environment over defaults', () => {
    const env = { NEO4J_URI: 'bolt://env:7687', NEO4J_USERNAME: 'envuser', NEO4J_PASSWORD: 'envpw', NEO4J_DATABASE: 'envdb' };
    expect(resolveNeo4jOptions({ uri: 'neo4j://flag:7687', user: 'flaguser' }, env)).toEqual({
      uri: 'neo4j://flag:7687',
      user: 'flaguser',
      password: 'envpw',
      database: 'envdb',
    });
    expect(resolveNeo4jOptions({}, {})).toEqual({ uri: DEFAULT_NEO4J_URI, user: 'neo4j', password: DEFAULT_NEO4J_PASSWORD });
  });

  it('treats empty environment variables as unset', () => {
    expect(resolveNeo4jOptions({}, { NEO4J_URI: '', NEO4J_DATABASE: '' })).toEqual({
      uri: DEFAULT_NEO4J_URI,
      user: 'neo4j',
      password: DEFAULT_NEO4J_PASSWORD,
    });
  });

  it('rejects a URI that is not Bolt, pointing at the right scheme', () => {
    expect(() => resolveNeo4jOptions({ uri: 'http://localhost:7474' }, {})).toThrow(/not a Neo4j Bolt URI/);
    expect(() => resolveNeo4jOptions({ uri: 'localhost:7687' }, {})).toThrow(/not a Neo4j Bolt URI/);
  });

  it('refuses credentials inside the URI without repeating them', () => {
    let message = '';
    try {
      resolveNeo4jOptions({}, { NEO4J_URI: `bolt://neo4j:${SECRET}@localhost:7687` });
    } catch (err) {
      message = `${(err as KgError).message} ${(err as KgError).hint}`;
    }
    expect(message).toContain('must not contain a user name or password');
    expect(message).not.toContain(SECRET);
  });

  it('the default password is the one docker-compose.yml uses', async () => {
    const { readFile } = await import('node:fs/promises');
    const compose = await readFile(new URL('../../docker-compose.yml', import.meta.url), 'utf8');
    expect(compose).toContain(`\${NEO4J_PASSWORD:-${DEFAULT_NEO4J_PASSWORD}}`);
  });
});

describe('addNeo4jOptions', () => {
  it('adds the four options and names the environment variables in the help', () => {
    const cmd = addNeo4jOptions(new Command('x'));
    cmd.parse(['--uri', 'bolt://h:1', '--user', 'u', '--password', 'p', '--database', 'd'], { from: 'user' });
    expect(cmd.opts()).toEqual({ uri: 'bolt://h:1', user: 'u', password: 'p', database: 'd' });
    const help = cmd.helpInformation();
    for (const name of ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) expect(help).toContain(name);
  });
});

describe('openNeo4j against local sockets', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });

  it('fails within a second when nothing listens, naming the URI and docker compose', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const started = Date.now();
    const err = await openError({ uri, user: 'neo4j', password: SECRET });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(err.code).toBe('E_NEO4J_UNAVAILABLE');
    expect(err.message).toContain(uri);
    expect(err.message).toContain('nothing is listening');
    expect(err.hint).toContain('docker compose up -d');
    expectNoSecret(err);
  });

  it('fails fast too with the routing scheme neo4j://', async () => {
    const uri = `neo4j://127.0.0.1:${await freePort()}`;
    const started = Date.now();
    const err = await openError({ uri, user: 'neo4j', password: SECRET });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(err.code).toBe('E_NEO4J_UNAVAILABLE');
    expect(err.hint).toContain('docker compose up -d');
  });

  it('gives up on a server that accepts the connection and never answers, after the connect timeout', async () => {
    const silent = await startSilentServer();
    cleanups.push(silent.close);
    const started = Date.now();
    const err = await openError({ uri: silent.uri, user: 'neo4j', password: SECRET }, { connectTimeoutMs: 400 });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(350);
    expect(elapsed).toBeLessThan(3000);
    expect(err.code).toBe('E_NEO4J_TIMEOUT');
    expect(err.message).toContain(silent.uri);
    expect(err.message).toMatch(/did not answer as Neo4j within 400 ms/);
    expectNoSecret(err);
  });

  it('lets go of the socket after that timeout, so kg can exit', async () => {
    const silent = await startSilentServer();
    cleanups.push(silent.close);
    await openError({ uri: silent.uri, user: 'neo4j', password: SECRET }, { connectTimeoutMs: 300 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(silent.openConnections()).toBe(0);
  });

  it('says so when the port answers in HTTP (the Browser port)', async () => {
    const http = await startSilentServer('HTTP/1.1 400 Bad Request\r\n\r\n');
    cleanups.push(http.close);
    const err = await openError({ uri: http.uri, user: 'neo4j', password: SECRET }, { connectTimeoutMs: 2000 });
    expect(err.code).toBe('E_NEO4J_UNAVAILABLE');
    expect(err.message).toContain('answered in HTTP');
  });

  it('keeps the default connect timeout about ten seconds', () => {
    expect(DEFAULT_CONNECT_TIMEOUT_MS).toBe(10_000);
  });

  it('reports a wrong password without repeating it', async () => {
    const fake = await startFakeBoltServer({ helloFailure: UNAUTHORIZED });
    cleanups.push(fake.close);
    const err = await openError({ uri: fake.uri, user: 'alice', password: SECRET }, { connectTimeoutMs: 2000 });
    expect(fake.credentials).toContain(SECRET); // the driver did send it, so the mapping is real
    expect(err.code).toBe('E_NEO4J_AUTH');
    expect(err.message).toContain('"alice"');
    expect(err.message).toContain('wrong user name or password');
    expect(err.hint).toContain('NEO4J_PASSWORD');
    expectNoSecret(err);
  });

  it('reports an unknown database by name', async () => {
    const fake = await startFakeBoltServer({ runFailure: DATABASE_NOT_FOUND });
    cleanups.push(fake.close);
    const err = await openError({ uri: fake.uri, user: 'neo4j', password: SECRET, database: 'nosuchdb' }, { connectTimeoutMs: 2000 });
    expect(err.code).toBe('E_NEO4J_DATABASE');
    expect(err.message).toBe(`database "nosuchdb" does not exist on ${fake.uri}`);
    expectNoSecret(err);
  });

  it('opens, runs and closes against a server that answers', async () => {
    const fake = await startFakeBoltServer({});
    cleanups.push(fake.close);
    const conn = await openNeo4j({ uri: fake.uri, user: 'neo4j', password: SECRET }, { connectTimeoutMs: 2000 });
    expect(conn.serverAgent).toBe('Neo4j/4.4.0');
    await conn.close();
  });
});

describe('mapNeo4jError', () => {
  const ctx = { uri: 'bolt://h:7687', user: 'neo4j', password: SECRET, timeoutMs: 10_000 };

  it('maps an expired password to an auth error that says what to do', () => {
    const err = mapNeo4jError(Object.assign(new Error('expired'), { code: CREDENTIALS_EXPIRED }), ctx);
    expect(err.code).toBe('E_NEO4J_AUTH');
    expect(err.message).toMatch(/must be changed/);
  });

  it('removes the password from a driver message it passes on', () => {
    const err = mapNeo4jError(Object.assign(new Error(`syntax near '${SECRET}'`), { code: 'Neo.ClientError.Statement.SyntaxError' }), ctx);
    expect(err.code).toBe('E_NEO4J_QUERY');
    expect(err.message).toContain('Neo.ClientError.Statement.SyntaxError');
    expectNoSecret(err);
  });
});
