/**
 * Which real Neo4j 5 the server suites run against, shared by every one of them:
 *
 * - NEO4J_URI set (with NEO4J_USERNAME/NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE): that
 *   server. `.ci/run` starts one with `node neo4j/server.mjs` and sets these; so can you
 *   (`npm run neo4j` in another shell). The suites delete kg's :Entity and :Document nodes
 *   there, so never point them at a database you care about.
 * - else a container runtime: a testcontainers `neo4j:5.26-community` (docker-compose.yml's
 *   image) per suite, with the same assertions.
 * - else the suite is skipped and its title says why; in CI (CI set and not "false"/"0") it
 *   fails instead, because a Neo4j suite that quietly skips in CI tests nothing.
 *
 * The suites share one database, so they run one after another inside ./servers.test.ts
 * (vitest.config.ts leaves their files out of its list), each declared sequential.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { resolveNeo4jOptions, type Neo4jOptions } from '../../src/neo4j/connection.js';

const COMPOSE = readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8');
export const NEO4J_IMAGE = /^\s*image:\s*(neo4j:\S+)/m.exec(COMPOSE)?.[1] ?? 'neo4j:5.26-community';

export const IN_CI = Boolean(process.env.CI) && !['false', '0'].includes(process.env.CI!.toLowerCase());

export type Neo4jTarget =
  | { kind: 'server'; options: Neo4jOptions }
  | { kind: 'container' }
  | { kind: 'skip'; reason: string };

/** The environment as kg reads it; NEO4J_USER is accepted too (what some tools export). */
export function serverOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jOptions {
  return resolveNeo4jOptions({}, { ...env, NEO4J_USERNAME: env.NEO4J_USERNAME || env.NEO4J_USER });
}

let found: Promise<Neo4jTarget> | undefined;
export function findNeo4jTarget(): Promise<Neo4jTarget> {
  found ??= (async (): Promise<Neo4jTarget> => {
    if (process.env.NEO4J_URI) return { kind: 'server', options: serverOptionsFromEnv() };
    try {
      const { getContainerRuntimeClient } = await import('testcontainers');
      await getContainerRuntimeClient();
      return { kind: 'container' };
    } catch (err) {
      const why = (err as Error).message.split('\n')[0];
      return { kind: 'skip', reason: `no container runtime (${why}) and NEO4J_URI is not set` };
    }
  })();
  return found;
}

export interface Neo4jServer {
  /** Connection settings of the server; valid inside tests and hooks. */
  options(): Neo4jOptions;
  /** "bolt://127.0.0.1:7687" or the image name, for titles and messages. */
  readonly label: string;
  readonly kind: 'server' | 'container';
}

/**
 * `describe` for a suite that needs a real Neo4j: the body's hooks and tests run against the
 * target above, one after the other (describe.sequential: ./servers.test.ts runs the suites
 * with servers of their own beside them); skipped (outside CI) or one failing test (in CI)
 * when there is none.
 */
export async function describeNeo4j(title: string, body: (server: Neo4jServer) => void): Promise<void> {
  const target = await findNeo4jTarget();
  if (target.kind === 'skip') {
    describeUnavailable(title, target.reason, () => body(unavailable));
    return;
  }

  let options: Neo4jOptions | undefined = target.kind === 'server' ? target.options : undefined;
  let stop: (() => Promise<unknown>) | undefined;
  const label = target.kind === 'server' ? target.options.uri : NEO4J_IMAGE;
  describe.sequential(`${title} (against ${label})`, () => {
    beforeAll(async () => {
      if (target.kind !== 'container') return;
      const { Neo4jContainer } = await import('@testcontainers/neo4j');
      const container = await new Neo4jContainer(NEO4J_IMAGE).withPassword('kg-test-password').start();
      stop = () => container.stop();
      options = { uri: container.getBoltUri(), user: container.getUsername(), password: container.getPassword() };
    }, 600_000);
    afterAll(async () => {
      await stop?.();
    });
    body({
      options: () => {
        if (!options) throw new Error('the Neo4j container has not started');
        return options;
      },
      label,
      kind: target.kind,
    });
  });
}

/**
 * A suite that cannot run here: skipped with the reason in its title, or, in CI, one
 * failing test that says what to do.
 */
export function describeUnavailable(title: string, reason: string, body: () => void): void {
  if (IN_CI) {
    describe.sequential(title, () => {
      it('has what it needs to run (in CI a skipped Neo4j suite is a failure)', () => {
        throw new Error(
          `E_NEO4J_MISSING ${reason}. Run the suite through .ci/run, which fetches the Neo4j jars, starts Neo4j 5.26 ` +
            'and sets NEO4J_URI; or start one with `npm run neo4j` and set NEO4J_URI=bolt://127.0.0.1:7687.',
        );
      });
    });
    return;
  }
  console.warn(`[${title}] skipped: ${reason}`);
  describe.skip(`${title} (skipped: ${reason})`, body);
}

const unavailable: Neo4jServer = {
  options: () => {
    throw new Error('no Neo4j server');
  },
  label: '(none)',
  kind: 'server',
};
