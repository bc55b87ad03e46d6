/**
 * The suites against real Neo4j servers, which ./servers.test.ts runs (vitest.config.ts
 * leaves their files out of its list). Paths from the repository root.
 *
 * SHARED_DATABASE_SUITES use the one Neo4j database of the server NEO4J_URI names (CI's):
 * each deletes and loads kg's graph there, so never two may run at once; they run one after
 * the other. OWN_SERVER_SUITES start servers of their own and run beside them.
 */
export const SHARED_DATABASE_SUITES = [
  'test/neo4j/integration.test.ts',
  'test/neo4j/edge-cases.server.test.ts',
  'test/neo4j/browser.server.test.ts',
  'test/query/neo4j.containers.test.ts',
] as const;

export const OWN_SERVER_SUITES = ['test/neo4j/own-server.server.test.ts'] as const;
