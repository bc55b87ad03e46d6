/**
 * A Bolt handshake on a socket of our own, before the driver connects. The driver cannot
 * be made to give up a connection whose handshake never completes: after its acquisition
 * timeout it reports the error but keeps the socket open, and the process never exits.
 * Here the socket is always destroyed, so a silent server costs the timeout and no more.
 */
import net from 'node:net';
import tls from 'node:tls';
import type { KgError } from '../errors.js';
import { Neo4jTimeoutError, Neo4jUnavailableError } from './errors.js';
import { mapNeo4jError } from './error-map.js';

export const DEFAULT_BOLT_PORT = 7687;
/** "GoGoBolt" preamble followed by four protocol versions (5.8–5.0, 4.4, 4.3, 3.0). */
const HANDSHAKE = Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 8, 8, 5, 0, 0, 4, 4, 0, 0, 3, 4, 0, 0, 0, 3]);
const REPLY_BYTES = 4;

export interface BoltAddress {
  host: string;
  port: number;
  tls: boolean;
}

export function boltAddress(uri: string): BoltAddress {
  const url = new URL(uri.replace(/^[a-z0-9+]+:/i, 'http:'));
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : DEFAULT_BOLT_PORT,
    tls: /^[a-z0-9]+\+s/i.test(uri),
  };
}

/** Resolves when the server answers the Bolt handshake; otherwise throws the KgError to show. */
export function probeBolt(uri: string, timeoutMs: number): Promise<void> {
  const address = boltAddress(uri);
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    let received = Buffer.alloc(0);
    const socket = address.tls
      ? // Certificates are the driver's business; this only asks whether Bolt answers.
        tls.connect({ host: address.host, port: address.port, servername: address.host, rejectUnauthorized: false })
      : net.connect({ host: address.host, port: address.port });
    const finish = (error?: KgError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(() => finish(new Neo4jTimeoutError(uri, timeoutMs)), timeoutMs);
    socket.once(address.tls ? 'secureConnect' : 'connect', () => socket.write(HANDSHAKE));
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.subarray(0, 4).toString('latin1') === 'HTTP') {
        finish(new Neo4jUnavailableError(uri, 'it answered in HTTP, not Bolt (7474 is the Browser; Bolt is 7687)'));
      } else if (received.length >= REPLY_BYTES) {
        finish();
      }
    });
    socket.on('error', (err) => finish(mapNeo4jError(err, { uri, user: '', timeoutMs })));
    socket.on('close', () => finish(new Neo4jUnavailableError(uri, 'the server closed the connection (is this a Bolt port?)')));
  });
}
