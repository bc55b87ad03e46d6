/**
 * Neo4j failures a user can act on, each with its own code and a hint. Messages name the
 * URI, the user and the database, never the password (see `redact`).
 */
import { KgError } from '../errors.js';

const START_HINT =
  'Start Neo4j with `docker compose up -d` in the kg folder and wait until `docker compose ps` shows it healthy (or, without Docker, `npm run neo4j` and wait for NEO4J_READY), or point kg at your server with --uri or NEO4J_URI.';

/** Nothing accepts connections at the URI (refused, unknown host, unreachable network). */
export class Neo4jUnavailableError extends KgError {
  constructor(uri: string, reason: string, cause?: unknown) {
    super('E_NEO4J_UNAVAILABLE', `cannot reach Neo4j at ${uri}: ${reason}`, { hint: START_HINT, cause });
  }
}

/** The server refused the credentials (or asks for a password change). */
export class Neo4jAuthError extends KgError {
  constructor(uri: string, user: string, reason: string, cause?: unknown) {
    super('E_NEO4J_AUTH', `Neo4j at ${uri} rejected user "${user}": ${reason}`, {
      hint:
        'Pass --user/--password or set NEO4J_USERNAME/NEO4J_PASSWORD. With docker compose the password is the one the data volume was first created with (docs/neo4j.md); `docker compose down -v` resets it.',
      cause,
    });
  }
}

/** Something accepted the TCP connection but did not speak Bolt in time. */
export class Neo4jTimeoutError extends KgError {
  constructor(uri: string, timeoutMs: number, cause?: unknown) {
    super(
      'E_NEO4J_TIMEOUT',
      `${uri} accepted the connection but did not answer as Neo4j within ${formatSeconds(timeoutMs)}`,
      {
        hint:
          "Check that the URI names Neo4j's Bolt port (7687, not the Browser's 7474) and that Neo4j has finished starting (`docker compose ps` shows healthy).",
        cause,
      },
    );
  }
}

/** Connected and logged in, but a statement got no answer within the bound (src/timeout.ts). */
export class Neo4jStatementTimeoutError extends KgError {
  constructor(uri: string, timeoutMs: number, done?: string) {
    super('E_NEO4J_TIMEOUT', `Neo4j at ${uri} did not answer a statement within ${formatSeconds(timeoutMs)}${done ? `; ${done}` : ''}`, {
      hint:
        'The server may be overloaded, stuck in a long transaction or paused; check `docker compose logs neo4j`. Raise the bound with --neo4j-timeout SECONDS (or KG_NEO4J_TIMEOUT) if the statements are simply slow.',
    });
  }
}

export class Neo4jDatabaseNotFoundError extends KgError {
  constructor(uri: string, database: string, cause?: unknown) {
    super('E_NEO4J_DATABASE', `database "${database}" does not exist on ${uri}`, {
      hint:
        'Neo4j Community has a single user database, "neo4j": leave out --database/NEO4J_DATABASE, or create the database first (Enterprise: CREATE DATABASE <name>).',
      cause,
    });
  }
}

/** A statement failed for another reason; the Neo4j status code is kept for scripts. */
export class Neo4jQueryError extends KgError {
  readonly neo4jCode: string;
  constructor(neo4jCode: string, message: string, cause?: unknown) {
    super('E_NEO4J_QUERY', `Neo4j failed: ${message}${neo4jCode ? ` (${neo4jCode})` : ''}`, {
      hint: 'Check the server log (`docker compose logs neo4j`); run the statement in Neo4j Browser to see it in context.',
      cause,
    });
    this.neo4jCode = neo4jCode;
  }
}

/** Replaces every occurrence of a secret in text meant for people. */
export function redact(text: string, secret: string | undefined): string {
  if (!secret) return text;
  return text.split(secret).join('***');
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}
