import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_NEO4J_PASSWORD } from '../../src/neo4j/connection.js';

const compose = readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8');

describe('docker-compose.yml', () => {
  it('runs a pinned Neo4j 5 community image, not a moving "latest"', () => {
    expect(compose).toMatch(/^\s*image:\s*neo4j:5\.\d+(\.\d+)?-community\s*$/m);
  });

  it('publishes Browser (7474) and Bolt (7687)', () => {
    expect(compose).toMatch(/"\$\{NEO4J_HTTP_PORT:-7474\}:7474"/);
    expect(compose).toMatch(/"\$\{NEO4J_BOLT_PORT:-7687\}:7687"/);
  });

  it('takes the password from NEO4J_PASSWORD with the default kg also uses', () => {
    expect(compose).toContain(`NEO4J_AUTH: "neo4j/\${NEO4J_PASSWORD:-${DEFAULT_NEO4J_PASSWORD}}"`);
  });

  it('keeps data in a named volume and has a healthcheck that asks Bolt', () => {
    expect(compose).toMatch(/- neo4j-data:\/data/);
    expect(compose).toMatch(/^volumes:\s*\n\s+neo4j-data:/m);
    expect(compose).toMatch(/healthcheck:[\s\S]*?test: \[.*cypher-shell.*RETURN 1/);
    // $$ so compose leaves the variable to the container's shell: no password in the file.
    expect(compose).toContain('$${NEO4J_AUTH#neo4j/}');
  });
});
