/**
 * Turns what neo4j-driver throws into the KgErrors of ./errors.ts. The driver reports
 * network trouble as ServiceUnavailable with the socket error in the message, and server
 * refusals as Neo4j status codes; both are matched here and nowhere else.
 */
import { isKgError, KgError } from '../errors.js';
import {
  Neo4jAuthError,
  Neo4jDatabaseNotFoundError,
  Neo4jQueryError,
  Neo4jTimeoutError,
  Neo4jUnavailableError,
  redact,
} from './errors.js';

export interface ErrorContext {
  uri: string;
  user: string;
  password?: string;
  database?: string;
  timeoutMs: number;
}

export const UNAUTHORIZED = 'Neo.ClientError.Security.Unauthorized';
export const RATE_LIMITED = 'Neo.ClientError.Security.AuthenticationRateLimit';
export const CREDENTIALS_EXPIRED = 'Neo.ClientError.Security.CredentialsExpired';
export const DATABASE_NOT_FOUND = 'Neo.ClientError.Database.DatabaseNotFound';

const SOCKET_REASONS: ReadonlyArray<[RegExp, string]> = [
  [/ECONNREFUSED/, 'nothing is listening there (connection refused)'],
  [/ENOTFOUND|EAI_AGAIN/, 'the host name does not resolve'],
  [/EHOSTUNREACH|ENETUNREACH/, 'the host is unreachable'],
  [/ECONNRESET|closed by server/i, 'the server closed the connection (is this a Bolt port?)'],
  [/No routing servers available/, 'no routing server answered (is anything listening?)'],
  [/SSL|TLS|certificate/i, 'the TLS handshake failed (is TLS on at the server? without it use bolt:// or neo4j://, no +s)'],
];

export function mapNeo4jError(err: unknown, ctx: ErrorContext): KgError {
  if (isKgError(err)) return err;
  const e = (err ?? {}) as { code?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  const message = redact(typeof e.message === 'string' ? e.message : String(err), ctx.password);

  if (code === UNAUTHORIZED) return new Neo4jAuthError(ctx.uri, ctx.user, 'wrong user name or password', err);
  if (code === RATE_LIMITED) {
    return new Neo4jAuthError(ctx.uri, ctx.user, 'too many failed logins; wait a few seconds before trying again', err);
  }
  if (code === CREDENTIALS_EXPIRED) {
    return new Neo4jAuthError(ctx.uri, ctx.user, 'the password has expired and must be changed first (Neo4j Browser asks for it)', err);
  }
  if (code === DATABASE_NOT_FOUND) return new Neo4jDatabaseNotFoundError(ctx.uri, ctx.database ?? '(default)', err);

  // The pool gave up waiting: TCP connected but the Bolt handshake or login never completed.
  if (/acquisition timed out|Server didn't respond in/i.test(message)) return new Neo4jTimeoutError(ctx.uri, ctx.timeoutMs, err);
  if (/Failed to establish connection in/i.test(message)) {
    return new Neo4jUnavailableError(ctx.uri, `no TCP connection within ${ctx.timeoutMs} ms (firewall or wrong host?)`, err);
  }
  for (const [pattern, reason] of SOCKET_REASONS) {
    if (pattern.test(message)) return new Neo4jUnavailableError(ctx.uri, reason, err);
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new Neo4jUnavailableError(ctx.uri, firstSentence(message), err);
  }
  return new Neo4jQueryError(code, firstSentence(message), err);
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}
