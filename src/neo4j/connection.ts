/**
 * Connecting to Neo4j: where the settings come from (flags over environment over
 * defaults), and one `openNeo4j` that proves the server answers before any work starts,
 * so a wrong URI, password or database fails in seconds with a code and a hint instead of
 * a driver stack trace. A Bolt handshake on a socket of kg's own comes first (probe.ts):
 * the driver never lets go of a connection whose handshake hangs.
 *
 * Defaults match docker-compose.yml: bolt://localhost:7687, user neo4j, password
 * DEFAULT_NEO4J_PASSWORD (override with NEO4J_PASSWORD before the first `docker compose up`).
 */
import type { Command } from 'commander';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { UsageError } from '../errors.js';
import { DEFAULT_NEO4J_TIMEOUT_MS, parseTimeoutSeconds, withTimeout } from '../timeout.js';
import { VERSION } from '../version.js';
import { mapNeo4jError } from './error-map.js';
import { Neo4jStatementTimeoutError } from './errors.js';
import { probeBolt } from './probe.js';

export const DEFAULT_NEO4J_URI = 'bolt://localhost:7687';
export const DEFAULT_NEO4J_USER = 'neo4j';
/** Also the default in docker-compose.yml; a local-only development password. */
export const DEFAULT_NEO4J_PASSWORD = 'kgpassword';
/**
 * How long a connection may take from TCP connect to a usable Bolt session. A server that
 * accepts the TCP connection and never answers is caught by this bound.
 */
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

export interface Neo4jOptions {
  uri: string;
  user: string;
  password: string;
  /** Omitted: the server's default database ("neo4j" on Community). */
  database?: string;
  /** Bound on each statement or transaction once connected (default DEFAULT_NEO4J_TIMEOUT_MS). */
  statementTimeoutMs?: number;
}

/** What commander yields for the options added by `addNeo4jOptions`. */
export interface Neo4jFlags {
  uri?: string;
  user?: string;
  password?: string;
  database?: string;
  /** Seconds, as typed. */
  neo4jTimeout?: string;
}

export function addNeo4jOptions(cmd: Command): Command {
  return cmd
    .option('--uri <uri>', `Neo4j Bolt URI (env NEO4J_URI; default ${DEFAULT_NEO4J_URI})`)
    .option('--user <name>', `Neo4j user (env NEO4J_USERNAME; default ${DEFAULT_NEO4J_USER})`)
    .option(
      '--password <password>',
      'Neo4j password (env NEO4J_PASSWORD, preferred: flags show up in the process list; default: the docker-compose.yml password)',
    )
    .option('--database <name>', "Neo4j database (env NEO4J_DATABASE; default: the server's default database)")
    .option('--neo4j-timeout <seconds>', `seconds to wait for each Neo4j statement before giving up (env KG_NEO4J_TIMEOUT; default ${DEFAULT_NEO4J_TIMEOUT_MS / 1000})`);
}

const URI_SCHEME = /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^/\s]+/;

/** Flags win over NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE, which win over defaults. */
export function resolveNeo4jOptions(flags: Neo4jFlags, env: Record<string, string | undefined>): Neo4jOptions {
  const pick = (flag: string | undefined, name: string): string | undefined => {
    if (flag !== undefined && flag !== '') return flag;
    const value = env[name];
    return value !== undefined && value !== '' ? value : undefined;
  };
  const uri = pick(flags.uri, 'NEO4J_URI') ?? DEFAULT_NEO4J_URI;
  // Checked first, and the URI not repeated: it would print the password.
  // Any "@" before the query: a password may itself hold "/" ("bolt://neo4j:pa/ss@host").
  if (/^[^?#]*@/.test(uri)) {
    throw new UsageError(
      'the Neo4j URI must not contain a user name or password',
      'Give them with --user/--password or NEO4J_USERNAME/NEO4J_PASSWORD, and the URI as bolt://host:7687.',
    );
  }
  if (!URI_SCHEME.test(uri) || !parsesAsUrl(uri)) {
    throw new UsageError(
      `not a Neo4j Bolt URI: ${uri}`,
      'Use bolt://host:7687 (one server) or neo4j://host:7687 (cluster routing); add +s for TLS, e.g. neo4j+s://xxxx.databases.neo4j.io for Aura.',
    );
  }
  const options: Neo4jOptions = {
    uri,
    user: pick(flags.user, 'NEO4J_USERNAME') ?? DEFAULT_NEO4J_USER,
    password: pick(flags.password, 'NEO4J_PASSWORD') ?? DEFAULT_NEO4J_PASSWORD,
  };
  const database = pick(flags.database, 'NEO4J_DATABASE');
  if (database !== undefined) options.database = database;
  const timeout = pick(flags.neo4jTimeout, 'KG_NEO4J_TIMEOUT');
  // Left out when not given: openNeo4j applies DEFAULT_NEO4J_TIMEOUT_MS.
  if (timeout !== undefined) options.statementTimeoutMs = parseTimeoutSeconds(timeout, flags.neo4jTimeout ? '--neo4j-timeout' : 'KG_NEO4J_TIMEOUT', DEFAULT_NEO4J_TIMEOUT_MS);
  return options;
}

function parsesAsUrl(uri: string): boolean {
  try {
    new URL(uri.replace(/^[a-z0-9+]+:/i, 'http:'));
    return true;
  } catch {
    return false;
  }
}

export interface OpenNeo4jSettings {
  /** Bound on connecting (TCP plus Bolt handshake and login); tests pass a short one. */
  connectTimeoutMs?: number;
}

export type Row = Record<string, unknown>;

/**
 * An open, verified connection. Integers come back as JS numbers (the graph holds no
 * integers beyond 2^53). Every method throws KgError subclasses (src/neo4j/errors.ts).
 */
export interface Neo4jConnection {
  readonly driver: Driver;
  readonly uri: string;
  /** The database asked for, or undefined for the server's default. */
  readonly database: string | undefined;
  /** e.g. "Neo4j/5.26.0". */
  readonly serverAgent: string;
  /** One auto-commit statement; rows as plain objects keyed by the RETURN names. */
  run(cypher: string, params?: Row, options?: { mode?: 'read' | 'write'; timeoutMs?: number }): Promise<Row[]>;
  /** One explicit write transaction (no retries here; see retry.ts). */
  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Opens and verifies a connection: Bolt handshake probe, login, `RETURN 1` on the
 * database. Throws Neo4jUnavailableError (nothing listening: within a second),
 * Neo4jTimeoutError (accepts but never answers: after `connectTimeoutMs`, default 10 s),
 * Neo4jAuthError, Neo4jDatabaseNotFoundError or UsageError. Close it when done.
 *
 *   const db = await openNeo4j(resolveNeo4jOptions(flags, io.env));
 *   try { const rows = await db.run('MATCH (e:Entity {name: $name}) RETURN e.id AS id', { name }); }
 *   finally { await db.close(); }
 */
export async function openNeo4j(options: Neo4jOptions, settings: OpenNeo4jSettings = {}): Promise<Neo4jConnection> {
  const timeoutMs = settings.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  const context = { ...options, timeoutMs };
  const fail = (err: unknown) => mapNeo4jError(err, context);
  await probeBolt(options.uri, timeoutMs);
  // Loaded here, not at the top: every kg command imports this module for its options, and
  // loading the driver costs ~0.15 CPU-s, which `kg build` and snapshot queries never use.
  const { default: neo4j } = await import('neo4j-driver');
  let driver: Driver;
  try {
    driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      connectionTimeout: timeoutMs,
      connectionAcquisitionTimeout: timeoutMs,
      // kg retries transient failures itself (retry.ts), with its own bounds and messages.
      maxTransactionRetryTime: 0,
      disableLosslessIntegers: true,
      userAgent: `kg/${VERSION}`,
    });
  } catch (err) {
    throw fail(err);
  }
  const statementTimeoutMs = options.statementTimeoutMs ?? DEFAULT_NEO4J_TIMEOUT_MS;
  // A statement past its bound: the driver cannot cancel it, so the driver is closed (its
  // sockets with it, or the process would never exit) and the caller gets E_NEO4J_TIMEOUT.
  let timedOut = false;
  const bounded = <T>(work: Promise<T>, ms = statementTimeoutMs): Promise<T> =>
    withTimeout(
      work,
      ms,
      () => new Neo4jStatementTimeoutError(options.uri, ms),
      () => {
        timedOut = true;
        void driver.close().catch(() => undefined);
      },
    );
  // Closing a session waits for its statement's answer: after a timeout that wait is skipped.
  const closeSession = async (session: { close(): Promise<void> }) => {
    const closing = session.close().catch(() => undefined);
    if (!timedOut) await closing;
  };
  const sessionConfig = (mode: 'read' | 'write') => ({
    database: options.database,
    defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
  });

  const connection: Neo4jConnection = {
    driver,
    uri: options.uri,
    database: options.database,
    serverAgent: '',
    async run(cypher, params = {}, runOptions = {}) {
      const session = driver.session(sessionConfig(runOptions.mode ?? 'read'));
      try {
        const result = await bounded(Promise.resolve(session.run(cypher, params)), runOptions.timeoutMs);
        return result.records.map((r) => r.toObject() as Row);
      } catch (err) {
        throw fail(err);
      } finally {
        await closeSession(session);
      }
    },
    async write(work) {
      const session = driver.session(sessionConfig('write'));
      try {
        return await bounded(session.executeWrite(work));
      } catch (err) {
        throw fail(err);
      } finally {
        await closeSession(session);
      }
    },
    async close() {
      const closing = driver.close().catch(() => undefined);
      if (!timedOut) await closing;
    },
  };

  try {
    const info = await bounded(driver.getServerInfo(options.database === undefined ? {} : { database: options.database }));
    // getServerInfo only logs in; a statement proves the database exists and is online.
    await connection.run('RETURN 1 AS ok');
    return { ...connection, serverAgent: info.agent ?? '' };
  } catch (err) {
    await connection.close();
    throw fail(err);
  }
}
