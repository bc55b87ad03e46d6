#!/usr/bin/env node
/**
 * `npm run neo4j`: a real Neo4j 5.26 Community server on 127.0.0.1 without Docker.
 *
 * 1. finds a JDK that Neo4j 5.26 supports (17 or 21; never 25: 5.26 does not run on it),
 * 2. fetches the server's jars with Maven into neo4j/deps/ once (Maven caches them in ~/.m2;
 *    the folder is refetched when neo4j/pom.xml or neo4j/Unsign.java changes) and takes the
 *    signatures out of the signed ones (Unsign.java),
 * 3. starts neo4j/Main.java in a fresh temporary folder and passes its output through; the
 *    line `NEO4J_READY bolt://127.0.0.1:7687 …` says it accepts queries. Main.java is compiled
 *    once with the JDK's javac into neo4j/deps/.main-<hash>/ (the source launcher compiled it
 *    again at every start, ~2 CPU-s of each); without javac it runs from source as before,
 * 4. on Ctrl-C or SIGTERM stops the server, deletes the folder and exits 0.
 *
 * `--fetch-only` does step 2 (and compiles Main.java) and exits (CI fetches before it starts the clock on the server).
 * Environment: NEO4J_BOLT_PORT (7687), NEO4J_HTTP_PORT (7474, "off" = no HTTP/Browser),
 * NEO4J_PASSWORD (kgpassword), NEO4J_DATA_DIR (keep the databases there across restarts),
 * NEO4J_HEAP (2g), NEO4J_JAVA_OPTS, NEO4J_PAGECACHE_MB (256), NEO4J_READY_FILE,
 * NEO4J_JAVA (a java binary to use instead of the search below).
 *
 * Errors go to stderr as `kg neo4j: E_… message` and a line saying what to do.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const POM = join(HERE, 'pom.xml');
const DEPS = join(HERE, 'deps');
const STAMP = join(DEPS, '.pom-sha256');
const UNSIGN = join(HERE, 'Unsign.java');
const JDK17 = '/usr/lib/jvm/java-17-openjdk-amd64';
/** Neo4j 5.26 LTS supports Java 17 and 21 (upgrade guide); 25 needs Neo4j 2025.10+. */
const SUPPORTED_JAVA = new Set([17, 21]);
/** What neo4j.conf of the 5.26 distribution passes; without them Neo4j falls back to slower paths. */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+ExitOnOutOfMemoryError',
];
/** How long a stopping server may take before it is killed. */
const STOP_GRACE_MS = 60_000;

class LauncherError extends Error {
  constructor(code, message, hint) {
    super(message);
    this.code = code;
    this.hint = hint;
  }
}

function javaProperties(java) {
  const r = spawnSync(java, ['-XshowSettings:properties', '-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return undefined;
  const m = /java\.specification\.version = (\d+)/.exec(r.stderr);
  if (!m) return undefined;
  return { major: Number(m[1]), vm: /java\.vm\.version = (\S+)/.exec(r.stderr)?.[1] ?? m[1] };
}

/** NEO4J_JAVA, then JAVA_HOME, then Debian's JDK 17, then `java` on PATH: the first 17 or 21. */
export function findJava(env = process.env) {
  const candidates = [];
  if (env.NEO4J_JAVA) candidates.push(env.NEO4J_JAVA);
  if (env.JAVA_HOME) candidates.push(join(env.JAVA_HOME, 'bin', 'java'));
  candidates.push(join(JDK17, 'bin', 'java'), 'java');
  const seen = [];
  for (const java of candidates) {
    const props = javaProperties(java);
    const major = props?.major;
    if (major !== undefined && SUPPORTED_JAVA.has(major)) return { java, home: dirname(dirname(java)), major, vm: props.vm };
    seen.push(`${java}: ${major === undefined ? 'not found' : `Java ${major}`}`);
    // An explicit choice that is wrong is an error, not something to silently work around.
    if (java === env.NEO4J_JAVA) {
      throw new LauncherError('E_NEO4J_JAVA', `NEO4J_JAVA=${java} is ${major === undefined ? 'not a working java' : `Java ${major}`}`, 'Point NEO4J_JAVA at a JDK 17 or 21 java binary (Neo4j 5.26 does not run on Java 25), or unset it.');
    }
  }
  throw new LauncherError('E_NEO4J_JAVA', `no Java 17 or 21 found (${seen.join('; ')})`, 'Install OpenJDK 17 (apt-get install openjdk-17-jdk-headless) or set NEO4J_JAVA to its java binary.');
}

function pomHash() {
  return createHash('sha256').update(readFileSync(POM)).digest('hex');
}

/** What deps/ is made from, written to its stamp: pom.xml and the unsigning step (Unsign.java); a change refetches the folder. */
function depsHash() {
  return createHash('sha256').update(readFileSync(POM)).update(readFileSync(UNSIGN)).digest('hex');
}

/** neo4j/deps/ with the jars of pom.xml; Maven runs only when the folder is missing or stale. */
export function fetchJars(javaHome, log = (line) => process.stderr.write(`${line}\n`)) {
  const hash = depsHash();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === hash) return DEPS;
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error) {
    throw new LauncherError('E_NEO4J_MAVEN', 'Maven (mvn) is not installed', 'Install it (apt-get install maven) or use Docker: docker compose up -d.');
  }
  log('kg neo4j: fetching the Neo4j 5.26 jars with Maven (once; about 160 MB, cached in ~/.m2)…');
  // Into a fresh folder, renamed into place at the end: an interrupted fetch never leaves a
  // half-filled deps/ that a later start would take for complete.
  const tmp = `${DEPS}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  const started = Date.now();
  const r = spawnSync(
    'mvn',
    ['-q', '-B', '-ntp', '-Dstyle.color=never', '-f', POM, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${tmp}`],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, JAVA_HOME: javaHome }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  // Maven 3.8's -q still writes bare ANSI colour resets; keep only lines with words in them.
  const said = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.replace(/\u001b\[[0-9;]*m/g, '').split('\n').filter((l) => l.trim());
  if (said.length > 0) process.stderr.write(`${said.join('\n')}\n`);
  if (r.status !== 0) {
    rmSync(tmp, { recursive: true, force: true });
    throw new LauncherError('E_NEO4J_MAVEN', `Maven could not fetch the Neo4j jars (exit ${r.status ?? r.signal})`, 'Check that this machine reaches Maven Central (https://repo.maven.apache.org) and see Maven’s output above; then run again.');
  }
  // The signed jars unsigned (Unsign.java says why): their classes then go into the class
  // archive and are not verified at every start. Should it fail, the jars stay as Maven gave them.
  const unsigned = spawnSync(join(javaHome, 'bin', 'java'), [UNSIGN, tmp], { encoding: 'utf8' });
  if (unsigned.status !== 0) log(`kg neo4j: the signed jars stay signed (servers start ~2 CPU-s slower): ${(unsigned.error?.message ?? unsigned.stderr ?? '').trim().slice(0, 2000)}`);
  writeFileSync(join(tmp, '.pom-sha256'), `${hash}\n`);
  rmSync(DEPS, { recursive: true, force: true });
  renameSync(tmp, DEPS);
  log(`kg neo4j: jars in neo4j/deps/ (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  return DEPS;
}

/**
 * Main.class compiled from this Main.java against these jars, in a jar of its own
 * (`deps/.main-<hash>/main.jar`), compiled now if it is missing; undefined when this JDK has
 * no javac or javac fails (the caller then runs Main.java from source, as Java's single-file
 * launcher compiles it in memory at every start). A jar, not the class folder, because a
 * class-data-sharing archive (classArchivePath below) accepts only jars on the class path.
 * Keyed by the hashes of Main.java and pom.xml; inside deps/, so a refetch drops it; written to
 * a temporary folder and renamed, so a half-compiled class is never used.
 */
export function compiledMain(javaHome) {
  const hash = createHash('sha256').update(readFileSync(join(HERE, 'Main.java'))).update(pomHash()).digest('hex').slice(0, 16);
  const dir = join(DEPS, `.main-${hash}`);
  const jar = join(dir, 'main.jar');
  if (existsSync(jar)) return jar;
  const javac = join(javaHome, 'bin', 'javac');
  const jarTool = join(javaHome, 'bin', 'jar');
  if (!existsSync(javac) || !existsSync(jarTool)) return undefined;
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  const classes = join(tmp, 'classes');
  const r = spawnSync(javac, ['-nowarn', '-cp', `${DEPS}/*`, '-d', classes, join(HERE, 'Main.java')], { encoding: 'utf8' });
  const packed = r.status === 0 && spawnSync(jarTool, ['cf', join(tmp, 'main.jar'), '-C', classes, '.'], { encoding: 'utf8' }).status === 0;
  if (!packed || !existsSync(join(tmp, 'main.jar'))) {
    rmSync(tmp, { recursive: true, force: true });
    return undefined;
  }
  for (const name of readdirSync(DEPS)) if (name.startsWith('.main-') && !name.includes('.tmp-')) rmSync(join(DEPS, name), { recursive: true, force: true });
  try {
    renameSync(tmp, dir);
  } catch {
    // another launcher renamed its copy first: the same class
    rmSync(tmp, { recursive: true, force: true });
  }
  return existsSync(jar) ? jar : undefined;
}

/**
 * The class-data-sharing archive (JDK 17's AppCDS, `-XX:SharedArchiveFile`) of the classes a
 * server loads, for this JVM build and these jars: `deps/.cds-<hash>.jsa`. A JVM started with
 * it maps ~15,000 parsed and verified classes instead of loading them from 240 jars: a
 * start took ~6 CPU-s instead of ~11 with the test servers' flags (QUICK_JIT in
 * test/neo4j/own-server.ts). The JVM checks the archive against its own build and the class
 * path, and runs without it (a warning on stdout) if they differ.
 */
export function classArchivePath(vm, mainJar) {
  const hash = createHash('sha256').update(vm).update(mainJar).update(readFileSync(mainJar)).digest('hex').slice(0, 16);
  return join(DEPS, `.cds-${hash}.jsa`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Bolt queries of the kinds kg sends (schema, batched MERGEs, reads, a delete), so that their classes are in the archive. */
async function warmUp(boltPort, password) {
  let neo4j;
  try {
    ({ default: neo4j } = await import('neo4j-driver'));
  } catch {
    return; // no node_modules yet: the archive holds the start-up's classes only
  }
  const driver = neo4j.driver(`bolt://127.0.0.1:${boltPort}`, neo4j.auth.basic('neo4j', password));
  try {
    const session = driver.session();
    await session.run('CREATE CONSTRAINT warm_up_key IF NOT EXISTS FOR (n:WarmUp) REQUIRE n.key IS UNIQUE');
    await session.run('CREATE FULLTEXT INDEX warm_up_names IF NOT EXISTS FOR (n:WarmUp) ON EACH [n.name]');
    const rows = Array.from({ length: 200 }, (_, i) => ({ key: `k${i}`, name: `name ${i}`, list: [`a${i}`, ''], amount: i * 1.5 }));
    await session.executeWrite((tx) => tx.run('UNWIND $rows AS r MERGE (n:WarmUp {key: r.key}) SET n += r', { rows }));
    await session.executeWrite((tx) =>
      tx.run('UNWIND $rows AS r MATCH (a:WarmUp {key: r.key}), (b:WarmUp {key: "k0"}) MERGE (a)-[x:WARM_UP {key: r.key}]->(b) SET x.amount = r.amount', { rows }),
    );
    await session.executeRead((tx) => tx.run('MATCH (a:WarmUp)-[x]->(b) WHERE a.amount > $min RETURN a.name, type(x), b.key ORDER BY a.name LIMIT 50', { min: 3 }));
    await session.run('CALL db.index.fulltext.queryNodes("warm_up_names", "name") YIELD node RETURN count(node)');
    await session.run('MATCH (n:WarmUp) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 100 ROWS');
    await session.run('DROP INDEX warm_up_names IF EXISTS');
    await session.run('DROP CONSTRAINT warm_up_key IF EXISTS');
    await session.close();
  } finally {
    await driver.close();
  }
}

/**
 * Makes the class archive (classArchivePath) unless it is there: starts the server once with
 * `-XX:ArchiveClassesAtExit`, Bolt and HTTP on free loopback ports, sends it a few queries
 * (warmUp) and stops it; the JVM writes the archive as it exits (~15 s, once per JDK and jars;
 * `--fetch-only` does it, so CI's clock does not see it). Written under a temporary name and
 * renamed. Returns the archive's path, or undefined when it could not be made (servers then
 * start without one, as before).
 */
export async function makeClassArchive(java, vm, mainJar, log = (line) => process.stderr.write(`${line}\n`)) {
  const archive = classArchivePath(vm, mainJar);
  if (existsSync(archive)) return archive;
  const tmp = `${archive}.tmp-${process.pid}`;
  const workDir = mkdtempSync(join(tmpdir(), 'kg-neo4j-cds-'));
  const [bolt, http] = [await freePort(), await freePort()];
  const password = `cds-${process.pid}-${Date.now()}`;
  const started = Date.now();
  log('kg neo4j: making the class archive of the server (once per JDK and jars; ~15 s)…');
  // Bytecode verification stays on here: an archive made without it is refused by JVMs that verify.
  const child = spawn(java, [...JVM_FLAGS, '-Xms512m', '-Xmx1g', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', `-XX:ArchiveClassesAtExit=${tmp}`, '-cp', `${DEPS}/*:${mainJar}`, 'Main'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, NEO4J_BOLT_PORT: String(bolt), NEO4J_HTTP_PORT: String(http), NEO4J_PASSWORD: password, NEO4J_WORK_DIR: workDir, NEO4J_DATA_DIR: '', NEO4J_STOP_ON_STDIN_EOF: '1' },
  });
  let errors = '';
  child.stderr.on('data', (d) => (errors += d));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const ready = await new Promise((resolve) => {
    // Read to the ready line; what follows (the JVM's notes on classes it leaves out) is drained unread.
    let out = '';
    child.stdout.on('data', (d) => {
      if (out === undefined) return;
      out += d;
      if (/^NEO4J_READY /m.test(out)) {
        out = undefined;
        resolve(true);
      }
    });
    void exited.then(() => resolve(false));
  });
  try {
    if (ready) {
      await warmUp(bolt, password).catch((err) => log(`kg neo4j: warm-up queries failed (${err.message}); the archive has the start-up's classes`));
      await fetch(`http://127.0.0.1:${http}/browser/`).then((r) => r.arrayBuffer()).catch(() => undefined);
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
    rmSync(workDir, { recursive: true, force: true });
  }
  if (!ready || !existsSync(tmp)) {
    rmSync(tmp, { force: true });
    log(`kg neo4j: no class archive (the server ${ready ? 'wrote none' : 'did not start'}); servers start without one${errors ? `:\n${errors.slice(-2000)}` : ''}`);
    return undefined;
  }
  for (const name of readdirSync(DEPS)) if (name.startsWith('.cds-') && name.endsWith('.jsa')) rmSync(join(DEPS, name), { force: true });
  renameSync(tmp, archive);
  log(`kg neo4j: class archive in neo4j/deps/ (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  return archive;
}

async function start() {
  const { java, home, major, vm } = findJava();
  fetchJars(home);
  const compiled = compiledMain(home);
  if (process.argv.includes('--fetch-only')) {
    if (compiled) await makeClassArchive(java, vm, compiled);
    return;
  }
  const archive = compiled && classArchivePath(vm, compiled);
  const sharing = archive && existsSync(archive) ? [`-XX:SharedArchiveFile=${archive}`] : [];
  const workDir = mkdtempSync(join(tmpdir(), 'kg-neo4j-'));
  const heap = process.env.NEO4J_HEAP || '2g';
  const extra = (process.env.NEO4J_JAVA_OPTS ?? '').split(/\s+/).filter(Boolean);
  const child = spawn(
    java,
    [...JVM_FLAGS, '-Xms512m', `-Xmx${heap}`, ...sharing, ...extra, ...(compiled ? ['-cp', `${DEPS}/*:${compiled}`, 'Main'] : ['-cp', `${DEPS}/*`, join(HERE, 'Main.java')])],
    {
      // stdin stays a pipe: Main.java stops when it closes, so a killed launcher never leaves
      // a server running behind it.
      stdio: ['pipe', 'inherit', 'inherit'],
      env: { ...process.env, NEO4J_WORK_DIR: workDir, NEO4J_STOP_ON_STDIN_EOF: '1' },
    },
  );
  const where = process.env.NEO4J_DATA_DIR ? `data in ${process.env.NEO4J_DATA_DIR} (kept)` : `data in ${workDir} (deleted on stop; set NEO4J_DATA_DIR to keep it)`;
  process.stderr.write(`kg neo4j: starting Neo4j on Java ${major} (${java}), ${where}\n`);

  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`kg neo4j: ${signal}, stopping Neo4j…\n`);
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS).unref();
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));
  // `npm run neo4j` killed with SIGTERM dies without passing the signal on (its shell child
  // goes, this process is re-parented): a changed parent means nobody can stop us any more.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop('launcher parent exited');
  }, 1000).unref();

  child.on('exit', (code, signal) => {
    rmSync(workDir, { recursive: true, force: true });
    if (stopping) process.exit(0);
    process.stderr.write(`kg neo4j: E_NEO4J_SERVER the server exited on its own (${code ?? signal})\n  do: read NEO4J_FAILED/NEO4J_HINT above\n`);
    process.exit(typeof code === 'number' && code !== 0 ? code : 1);
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await start();
  } catch (err) {
    if (err instanceof LauncherError) {
      process.stderr.write(`kg neo4j: ${err.code} ${err.message}\n  do: ${err.hint}\n`);
      process.exit(1);
    }
    throw err;
  }
}
