/**
 * A Neo4j server of the test's own, for what cannot be done to the shared one: stopping it
 * in the middle of a load, starting it on a database neo4j-admin imported. It is the
 * project's launcher (neo4j/server.mjs) on free loopback ports, without HTTP, with a data
 * directory the test chooses so that a restart finds the data again.
 *
 * It needs JDK 17 and the jars in neo4j/deps/ (`npm run neo4j -- --fetch-only`; .ci/run
 * fetches them). Without them suites skip outside CI and fail in CI (see ./server.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import type { Neo4jOptions } from '../../src/neo4j/connection.js';
import { IN_CI } from './server.js';

export const LAUNCHER = new URL('../../neo4j/server.mjs', import.meta.url).pathname;
export const DEPS_DIR = new URL('../../neo4j/deps/', import.meta.url).pathname;
const JDK17_JAVA = '/usr/lib/jvm/java-17-openjdk-amd64/bin/java';
/**
 * JVM flags for the short-lived JVMs of the tests, all about CPU on a busy 2-core machine:
 * C1 only (no C2 compiling for minutes of work never reached); the serial collector (one
 * thread, no parallel GC workers competing with the other test files for a 1 GB heap); no
 * bytecode verification of the Neo4j jars (Maven Central's, checksummed by Maven; a tenth
 * of a start's CPU is verifying their classes). A start went from ~12-13 to ~10-11 CPU-s, and
 * to ~6 with the class archive the launcher maps (neo4j/README.md, "Class archive").
 */
export const QUICK_JIT = '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:+UnlockDiagnosticVMOptions -XX:-BytecodeVerificationRemote';

/**
 * The class path and JVM flag for another JVM on the Neo4j jars (neo4j-admin) that maps the
 * launcher's class archive (neo4j/README.md, "Class archive"): its class path must begin with
 * the one the archive was made with, the jars and Main's jar. Without an archive, the jars
 * alone. A stale archive the JVM refuses with a warning and runs without.
 */
export function neo4jClassPath(): { classPath: string; sharing: string } {
  const names = existsSync(DEPS_DIR) ? readdirSync(DEPS_DIR) : [];
  const archive = names.find((n) => n.startsWith('.cds-') && n.endsWith('.jsa'));
  const main = names.find((n) => n.startsWith('.main-') && !n.includes('.tmp-') && existsSync(`${DEPS_DIR}${n}/main.jar`));
  if (!archive || !main) return { classPath: `${DEPS_DIR}*`, sharing: '' };
  return { classPath: `${DEPS_DIR}*:${DEPS_DIR}${main}/main.jar`, sharing: `-XX:SharedArchiveFile=${DEPS_DIR}${archive}` };
}

/** Why an own server cannot start here, or undefined when it can. */
export function ownServerUnavailable(): string | undefined {
  // Opt-in like the other server suites: these start two servers and neo4j-admin (a minute), which a
  // plain `npm test` without Neo4j should not do behind the developer's back.
  if (!process.env.NEO4J_URI && !IN_CI) return 'NEO4J_URI is not set (these suites run when you test against Neo4j, and always in CI)';
  if (!existsSync(`${DEPS_DIR}.pom-sha256`)) return 'the Neo4j jars are not in neo4j/deps/ (run `npm run neo4j -- --fetch-only`)';
  if (!process.env.NEO4J_JAVA && !existsSync(JDK17_JAVA)) return `no JDK 17 at ${JDK17_JAVA} and NEO4J_JAVA is not set`;
  return undefined;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface OwnServer {
  options: Neo4jOptions;
  /** Launch to NEO4J_READY, in ms. */
  startMs: number;
  /** SIGTERM, as Ctrl-C or a service manager would stop it; resolves once it has exited. */
  stop(): Promise<void>;
  readonly process: ChildProcess;
}

/**
 * `avoidPort`: a port the server must not take, e.g. the one of a stopped server that a
 * client may still be retrying (it would reach the new server instead of failing).
 */
export async function startOwnServer(dataDir: string, password = 'own-server-pw', avoidPort?: number): Promise<OwnServer> {
  let port = await freePort();
  while (port === avoidPort) port = await freePort();
  const started = Date.now();
  const child = spawn(process.execPath, [LAUNCHER], {
    env: {
      ...process.env,
      NEO4J_JAVA: process.env.NEO4J_JAVA || JDK17_JAVA,
      NEO4J_BOLT_PORT: String(port),
      NEO4J_HTTP_PORT: 'off',
      NEO4J_PASSWORD: password,
      NEO4J_DATA_DIR: dataDir,
      NEO4J_HEAP: '1g',
      // The quick JIT only: half the CPU of a start, and faster through these short loads
      // (a start took ~19 CPU-s with both JITs, ~10 without the optimising one).
      NEO4J_JAVA_OPTS: QUICK_JIT,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stderr!.on('data', (d: Buffer) => output.push(d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`own Neo4j not ready in 180 s:\n${output.join('')}`)), 180_000);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`own Neo4j exited before it was ready:\n${output.join('')}`));
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      output.push(`${line}\n`);
      if (line.startsWith('NEO4J_READY ')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return {
    options: { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password },
    startMs: Date.now() - started,
    process: child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
