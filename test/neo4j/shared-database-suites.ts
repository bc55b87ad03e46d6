/**
 * The suites that use the one Neo4j database of the server NEO4J_URI names (CI's): each
 * deletes and loads kg's graph there, so never two may run at once. vitest.config.ts leaves
 * them out of its file list and ./shared-database.test.ts runs them one after the other.
 * Paths from the repository root.
 */
export const SHARED_DATABASE_SUITES = [
  'test/neo4j/integration.test.ts',
  'test/neo4j/edge-cases.server.test.ts',
  'test/neo4j/browser.server.test.ts',
  'test/query/neo4j.containers.test.ts',
] as const;
